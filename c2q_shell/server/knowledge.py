"""Knowledge bases: few-shot pairs, term sheets and instructions, validated and stored."""
from __future__ import annotations

import json

from .http import MAX_ITEMS, MAX_TEXT, ApiError, capped, int_id

TYPES = {"few-shot": {"question": str, "answer": str},
         "term-sheet": {"term": list, "description": str},
         "instruction": {"instruction": str}}
MAX_INSTRUCTION = 512


class KnowledgeService:
    """Its collaborator: the store."""

    def __init__(self, store):
        self.store = store

    def public(self, kb: dict) -> dict:
        return {"knowledge_base_id": kb["knowledge_base_id"], "description": kb["description"],
                "default": bool(kb["is_default"]), "cluster_id": kb["cluster_id"], "database": kb["database"]}

    def create(self, cluster_id: str, database: str, description: str) -> dict:
        return self.public(self.store.kb(self.store.create_kb(cluster_id, database, description)))

    def require(self, kid: str) -> int:
        kb_id = int_id(kid, "knowledge base")
        if self.store.kb(kb_id) is None:
            raise ApiError(404, f"knowledge base '{kid}' not found")
        return kb_id

    def validate(self, data: dict) -> dict:
        kind = data.get("type")
        if not isinstance(kind, str) or kind not in TYPES:
            raise ApiError(400, "field 'type' must be one of: " + ", ".join(TYPES))
        meta = data.get("meta_data", {})
        if not isinstance(meta, dict):
            raise ApiError(400, "field 'meta_data' must be an object")
        raw = data.get("raw_data")
        if not isinstance(raw, dict):
            raise ApiError(400, "missing required field 'raw_data' (an object)")
        for name, kind_ in TYPES[kind].items():
            value = raw.get(name)
            if not isinstance(value, kind_) or (isinstance(value, (str, list)) and not value):
                what = "a non-empty string" if kind_ is str else "a non-empty array of strings"
                raise ApiError(400, f"field 'raw_data.{name}' must be {what} for type '{kind}'")
        if kind == "term-sheet" and not all(isinstance(t, str) and t.strip() for t in raw["term"]):
            raise ApiError(400, "field 'raw_data.term' must be an array of non-empty strings")
        if len(json.dumps(meta)) > MAX_TEXT:
            raise ApiError(400, f"field 'meta_data' is more than {MAX_TEXT} characters as JSON")
        for name in TYPES[kind]:
            capped(raw[name], f"raw_data.{name}", 65536 if name == "answer" else MAX_TEXT)
        if len(json.dumps(raw)) > 65536 + MAX_TEXT:
            raise ApiError(400, f"field 'raw_data' is more than {65536 + MAX_TEXT} characters as JSON")
        if kind == "term-sheet" and len(raw["term"]) > MAX_ITEMS:
            raise ApiError(400, f"field 'raw_data.term' has {len(raw['term'])} entries; at most {MAX_ITEMS}")
        if kind == "term-sheet":
            for t in raw["term"]:
                capped(t, "raw_data.term", 200)
        if kind == "instruction" and len(raw["instruction"]) > MAX_INSTRUCTION:
            raise ApiError(400, f"field 'raw_data.instruction' is {len(raw['instruction'])} characters;"
                                f" the limit is {MAX_INSTRUCTION}")
        return {"type": kind, "meta_data": meta, "raw_data": raw}

    def add(self, kb_id: int, data: dict) -> dict:
        body = self.validate(data)
        return {"knowledge_data_id": self.store.add_knowledge(kb_id, body), **body}

    def update(self, kb_id: int, data_id: int, data: dict) -> dict:
        body = self.validate(data)
        if not self.store.update_knowledge(kb_id, data_id, body):
            raise ApiError(404, f"knowledge data '{data_id}' not found in knowledge base {kb_id}")
        return {"knowledge_data_id": data_id, **body}
