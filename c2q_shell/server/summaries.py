"""Data-summary lifecycle: create (a job that introspects the database), reuse, edit, and the
per-database schema and engine catalog built from it."""
from __future__ import annotations

import hashlib
import json
import threading
import time
import uuid

from .http import MAX_ITEMS, ApiError, capped
from .schema import Schema
from .summary_object import apply_descriptions, build_summary, fingerprint


class SummaryService:
    """Its collaborators: the store, the job runner and the served sources."""

    def __init__(self, store, jobs, sources):
        self.store, self.jobs, self.sources = store, jobs, sources
        self._schemas: dict[str, Schema] = {}
        self._catalogs: dict[str, tuple[str, object]] = {}
        self._lock = threading.Lock()
        self._build_locks: dict[str, threading.Lock] = {}

    # lifecycle --------------------------------------------------------------------
    def create(self, cluster_id: str, database: str, description: str = "", reuse: bool = False,
               default: bool = True, v2: bool = False) -> dict:
        source = self.sources.served(cluster_id, database)
        if reuse:
            existing = self.store.default_summary(cluster_id, database)
            if existing and existing["status"] == "done":
                job_id = uuid.uuid4().hex
                self.store.create_job(job_id, "data_summary")
                self.store.end_job(job_id, "done", existing)
                return {"data_summary_id": existing["data_summary_id"], "job_id": job_id}
        empty = {"description": {"system": "", "user": description}, "keywords": [], "relationships": {},
                 "summary": "", "tables": {}}
        summary_id = self.store.create_summary(cluster_id, database, default, empty)

        def work(progress):
            try:
                schema = source.introspect()
            except Exception as e:
                self.store.update_summary(summary_id, empty, "failed")
                from .jobs import JobFailed
                raise JobFailed(f"could not read database '{database}': {e}") from e
            with self._lock:
                self._schemas[database] = schema
            self.store.update_summary(summary_id, build_summary(schema, description), "done")
            obj = self.store.summary(summary_id)
            return self.as_v2(obj) if v2 else obj

        job_id = self.jobs.submit("data_summary", work)
        return {"data_summary_id": summary_id, "job_id": job_id}

    def ensure(self, cluster_id: str, database: str) -> None:
        """Start a summary for a database that has none (so a first session needs no extra step),
        or whose schema has changed since its summary was built."""
        summary = self.store.default_summary(cluster_id, database)
        if summary is None:
            self.create(cluster_id, database)
        elif summary["status"] == "done" and summary.get("schema_fingerprint") != fingerprint(self.schema(database)):
            self.create(cluster_id, database, description=summary["description"].get("user", ""))

    def get(self, summary_id: int) -> dict:
        obj = self.store.summary(summary_id)
        if obj is None:
            raise ApiError(404, f"data summary '{summary_id}' not found")
        return obj

    def edit(self, summary_id: int, **changes) -> dict:
        _check_texts(changes)
        obj = self.get(summary_id)
        if obj["status"] != "done":
            raise ApiError(400, "Data summary is not ready, please wait for a while and retry")
        table = changes.get("table")
        if table is not None:
            if table not in obj["tables"]:
                raise ApiError(404, f"table '{table}' not found in data summary {summary_id}")
            unknown = [c for c in (changes.get("columns") or {}) if c not in obj["tables"][table]["columns"]]
            if unknown:
                raise ApiError(400, f"unknown column(s) in table '{table}': {', '.join(unknown)}")
        body = {k: obj[k] for k in ("description", "keywords", "relationships", "summary", "tables",
                                    "schema_fingerprint") if k in obj}
        self.store.update_summary(summary_id, apply_descriptions(body, **changes))
        return self.get(summary_id)

    def edit_v2(self, summary_id: int, tables: dict) -> str:
        obj = self.get(summary_id)
        for name, spec in tables.items():       # checked here: a job can only say it failed
            if name not in obj["tables"]:
                raise ApiError(404, f"table '{name}' not found in data summary {summary_id}")
            if not isinstance(spec, dict):
                raise ApiError(400, f"field 'tables.{name}' must be an object")
            desc, cols = spec.get("description"), spec.get("columns") or {}
            if desc is not None and not isinstance(desc, str):
                raise ApiError(400, f"field 'tables.{name}.description' must be a string")
            if not isinstance(cols, dict) or not all(isinstance(v, str) for v in cols.values()):
                raise ApiError(400, f"field 'tables.{name}.columns' must map column names to descriptions")
            unknown = [c for c in cols if c not in obj["tables"][name]["columns"]]
            if unknown:
                raise ApiError(400, f"unknown column(s) in table '{name}': {', '.join(unknown)}")
            _check_texts({"table_description": desc, "columns": cols}, f"tables.{name}.")

        def work(progress):
            for name, spec in tables.items():
                self.edit(summary_id, table=name, table_description=spec.get("description"),
                          columns=spec.get("columns") or {})
            return None

        return self.jobs.submit("data_summary_update", work)

    # shapes -----------------------------------------------------------------------
    @staticmethod
    def as_v2(obj: dict) -> dict:
        return {
            "id": obj["data_summary_id"], "name": "data-context", "type": "data", "org_id": 1,
            "creator": "", "created_at": int(time.time()), "updated_at": int(time.time()),
            "data": {
                "cluster_id": obj["cluster_id"], "db_name": obj["database"], "status": obj["status"],
                "summary": obj.get("summary", ""), "short_summary": obj["description"]["system"],
                "summary_keywords": obj.get("keywords", []),
                "db_schema": {t: {"table_name": t, "description": spec["description"],
                                  "primary_key": ",".join(spec.get("primary_key", [])),
                                  "key_attributes": spec.get("primary_key", []),
                                  "columns": {c: {"name": c, "description": col["description"],
                                                  "type": col.get("type", ""), "nullable": col.get("nullable", True),
                                                  "default": None}
                                              for c, col in spec["columns"].items()}}
                              for t, spec in obj.get("tables", {}).items()},
                "table_relationship": obj.get("relationships", {}),
            },
        }

    # schema and catalog for the engine --------------------------------------------
    def schema(self, database: str) -> Schema:
        with self._lock:
            schema = self._schemas.get(database)
        if schema is None:
            schema = self.sources[database].introspect()
            with self._lock:
                self._schemas[database] = schema
        return schema

    def warm(self, cluster_id: str, database: str) -> None:
        """Build the engine's catalog in the background, so a session's first question is quick."""
        summary = self.store.default_summary(cluster_id, database)
        if summary is not None and summary["status"] == "done" and database not in self._catalogs:
            threading.Thread(target=self._warm, args=(cluster_id, database), daemon=True,
                             name="c2q-warm").start()

    def _warm(self, cluster_id: str, database: str) -> None:
        try:
            self.catalog(cluster_id, database)
        except Exception:      # the first question will build it again and report any error
            pass

    def catalog(self, cluster_id: str, database: str):
        """The engine's view of a database: schema, summary descriptions, knowledge terms."""
        from .engine.catalog import Catalog
        summary = self.store.default_summary(cluster_id, database)
        knowledge = self.store.knowledge_for(cluster_id, database)
        key = hashlib.sha1(json.dumps([summary and summary.get("tables"), knowledge],
                                      sort_keys=True, default=str).encode()).hexdigest()
        with self._lock:
            build_lock = self._build_locks.setdefault(database, threading.Lock())
        with build_lock:            # one build at a time per database; later callers reuse it
            with self._lock:
                cached = self._catalogs.get(database)
            if cached and cached[0] == key:
                return cached[1]
            catalog = Catalog(self.schema(database), summary or {}, knowledge)
            with self._lock:
                self._catalogs[database] = (key, catalog)
            return catalog


def _check_texts(changes: dict, where: str = "") -> None:
    """Descriptions and keywords a client writes are kept small: every list endpoint returns them."""
    capped(changes.get("description"), where + "description")
    capped(changes.get("table_description"), where + "description")
    for col, text in (changes.get("columns") or {}).items():
        capped(text, f"{where}columns.{col}")
    keywords = changes.get("keywords") or []
    if len(keywords) > MAX_ITEMS:
        raise ApiError(400, f"field 'keywords' has {len(keywords)} entries; at most {MAX_ITEMS} are kept")
    for k in keywords:
        capped(k, "keywords", 200)
