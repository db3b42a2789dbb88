"""Data sources behind one protocol: introspect(), profile(), execute(). SQLite opens the file
read-only; MySQL/TiDB/MariaDB sessions are read-only with a statement time limit."""
from __future__ import annotations

import datetime as _dt
import decimal
import re
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol
from urllib.parse import unquote, urlparse

from .schema import Column, ColumnProfile, ForeignKey, Schema, Table

VALUE_LIMIT = 5000      # distinct values kept for matching words in questions
TOP_VALUES = 5
MAX_RESULT_BYTES = 8 << 20     # default: bytes of values one query may return
MAX_VALUE_BYTES = 64 << 10     # default: a longer value is cut (and the cut is noted)
PROFILE_CHARS = 256            # texts are profiled by their first 256 characters
CODE_ROWS = 2000              # a table of codes (kind, code, description) is read whole up to this size


class SourceError(Exception):
    """A query failed in the database (bad SQL, timeout, lost connection)."""


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[list[str | None]]
    truncated: bool                 # more rows than max_rows, or more bytes than max_bytes
    cut_values: int = 0             # values cut to max_value bytes
    size: int = 0                   # bytes of the values kept
    by_bytes: bool = False          # truncated because of max_bytes (not max_rows)


def value_build_limit(max_value: int) -> int:
    """The largest string or blob a query may build (SQLite's SQLITE_LIMIT_LENGTH): large enough
    for any value worth showing, small enough that `printf('%.*c', 1e9, 'x')` fails at once."""
    return max(1 << 20, 16 * max_value)


def collect(rows, columns: list[str], max_rows: int, max_bytes: int, max_value: int,
            deadline: float, timeout: float) -> QueryResult:
    """Read rows one at a time, converting and cutting each value at once, so memory holds at most
    one raw row beyond the kept result: max_rows rows, max_bytes bytes, max_value bytes a value."""
    kept: list[list[str | None]] = []
    size = cut = 0
    truncated = by_bytes = False
    for raw in rows:
        if time.monotonic() > deadline:
            raise SourceError(f"the query ran longer than the {timeout:g} s limit and was stopped")
        if len(kept) >= max_rows:
            truncated = True
            break
        row, row_cut = [], 0
        for v in raw:
            text = json_value(v)
            if text is not None and len(text) > max_value // 4:
                data = text.encode("utf-8", "surrogatepass")
                if len(data) > max_value:
                    text = data[:max_value].decode("utf-8", "ignore") + "…"
                    row_cut += 1
            row.append(text)
        row_size = sum(len(t) for t in row if t is not None) + 1
        if kept and size + row_size > max_bytes:
            truncated = by_bytes = True
            break
        kept.append(row)
        size += row_size
        cut += row_cut
    return QueryResult(columns, kept, truncated, cut, size, by_bytes)


class DataSource(Protocol):
    name: str
    dialect: str

    def introspect(self) -> Schema: ...
    def execute(self, sql: str, max_rows: int, timeout: float, max_bytes: int = MAX_RESULT_BYTES,
                max_value: int = MAX_VALUE_BYTES) -> QueryResult: ...
    def describe(self) -> str: ...
    def exposure(self) -> list[str]: ...


def kind_of(declared: str) -> str:
    t = (declared or "").upper()
    if "INT" in t and "POINT" not in t:
        return "int"
    if any(k in t for k in ("REAL", "FLOA", "DOUB", "DEC", "NUM")):
        return "float"
    if any(k in t for k in ("DATE", "TIME")) or t == "YEAR":
        return "date" if t != "YEAR" else "year"
    return "text"


def json_value(v) -> str | None:
    """Row values travel as strings, like the real service ("1", "3.5"); NULL stays null."""
    if v is None:
        return None
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() and abs(v) < 1e15 else repr(v)
    if isinstance(v, (_dt.datetime, _dt.date, _dt.time)):
        return v.isoformat(sep=" ") if isinstance(v, _dt.datetime) else v.isoformat()
    if isinstance(v, decimal.Decimal):
        return format(v, "f")
    if isinstance(v, (bytes, bytearray, memoryview)):
        return bytes(v).hex()
    return str(v)


ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2})?)?$")
ISO_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")        # a month kept as text: '2024-09'
YEAR_WORDS = ("year", "founded", "established", "born", "built", "since", "incorporated", "opened", "launched",
              "started", "introduced")


def refine_kind(col: Column) -> None:
    """Refine the declared kind from the data: ISO text is a date, a year-ish int is a year."""
    p = col.profile
    if col.kind == "text" and p.values and all(ISO_DATE.match(v) for v in p.values[:200]):
        col.kind = "date"
    elif col.kind == "text" and p.top and p.count and all(ISO_DATE.match(str(v)) for v, _ in p.top) \
            and isinstance(p.min, str) and ISO_DATE.match(p.min) and ISO_DATE.match(str(p.max)):
        col.kind = "date"
    elif col.kind == "text" and is_month_text(col):
        col.kind = "date"                   # months kept as 'YYYY-MM' text: dates at the grain of a month
    elif col.kind == "text" and p.values and all(re.fullmatch(r"1[0-9]{3}|20[0-9]{2}", v) for v in p.values) \
            and any(w in col.name.lower() for w in YEAR_WORDS):
        col.kind = "year"                   # years kept as text ('2014')
    elif col.kind == "int" and isinstance(p.min, (int, float)) and isinstance(p.max, (int, float)) \
            and -5000 <= p.min and 1000 <= p.max <= 2100 and (any(w in col.name.lower() for w in YEAR_WORDS) or
                                                              _names_a_year_short(col.name)):
        col.kind = "year"


def _names_a_year_short(name: str) -> bool:
    """'Yr', 'order_yr', 'FiscalYrs': a name with the usual short word for a year."""
    words = re.sub(r"([a-z])([A-Z])", r"\1 \2", name).replace("_", " ").lower().split()
    return any(w in ("yr", "yrs", "yyyy") for w in words)


def is_month_text(col: Column) -> bool:
    """Whether a text column holds months as 'YYYY-MM' (every value seen, and its first and last)."""
    p = col.profile
    seen = list(p.values[:200]) or [str(v) for v, _ in (p.top or [])]
    return bool(seen) and all(ISO_MONTH.match(str(v)) for v in seen) and \
        isinstance(p.min, str) and bool(ISO_MONTH.match(p.min)) and bool(ISO_MONTH.match(str(p.max)))


class _Profiler:
    """Shared column-profiling queries, written once for both dialects."""

    dialect = "sqlite"

    def _q(self, ident: str) -> str:
        return f'"{ident}"' if self.dialect == "sqlite" else f"`{ident}`"

    def _rows(self, sql: str) -> list[tuple]:
        raise NotImplementedError  # pragma: no cover - each source provides it

    def _profile(self, table: Table) -> None:
        t = self._q(table.name)
        table.row_count = int(self._rows(f"SELECT COUNT(*) FROM {t}")[0][0])
        for col in table.columns.values():
            c = self._q(col.name)
            numeric = col.kind in ("int", "float")
            agg = f", AVG({c})" if numeric else ""
            # long texts: min and max by their first characters, top and distinct values only among
            # short ones, so huge values never reach Python (nor a sorter)
            text = col.kind == "text"
            v = f"SUBSTR({c}, 1, {PROFILE_CHARS})" if text else c
            short = f" AND LENGTH({c}) <= {PROFILE_CHARS}" if text else ""
            cnt, distinct, lo, hi, *mean = self._rows(
                f"SELECT COUNT({c}), COUNT(DISTINCT {c}), MIN({v}), MAX({v}){agg} FROM {t}")[0]
            p = ColumnProfile(count=int(cnt), nulls=table.row_count - int(cnt), distinct=int(distinct),
                              min=_plain(lo), max=_plain(hi), mean=float(mean[0]) if mean and mean[0] is not None else None)
            top = self._rows(f"SELECT {c}, COUNT(*) AS n FROM {t} WHERE {c} IS NOT NULL{short} GROUP BY {c}"
                             f" ORDER BY n DESC, {c} LIMIT {TOP_VALUES}")
            p.top = [(json_value(x), int(n)) for x, n in top]
            if not numeric and 0 < p.distinct <= VALUE_LIMIT:
                p.values = [json_value(r[0]) for r in self._rows(
                    f"SELECT DISTINCT {c} FROM {t} WHERE {c} IS NOT NULL AND LENGTH({c}) <= {PROFILE_CHARS} ORDER BY {c}")]
            col.profile = p
            refine_kind(col)
        self._date_columns(table)
        self._code_rows(table)

    def _code_rows(self, table: Table) -> None:
        """A small table of codes of several kinds (CD_TYP, CD, CD_DESC keyed by kind and code): its rows,
        which say what each code of the other tables' coded columns means."""
        texts = [c.name for c in table.columns.values() if c.kind == "text"]
        key = [c.name for c in table.columns.values() if c.primary_key]
        if len(table.columns) != 3 or len(texts) != 3 or len(key) != 2 or not 0 < table.row_count <= CODE_ROWS:
            return
        desc = next(c for c in texts if c not in key)
        kind, code = key
        table.codes = [tuple(json_value(v) for v in r) for r in self._rows(
            f"SELECT {self._q(kind)}, {self._q(code)}, {self._q(desc)} FROM {self._q(table.name)} "
            f"WHERE LENGTH({self._q(desc)}) <= {PROFILE_CHARS}")]

    def _date_columns(self, table: Table) -> None:
        """In one scan per date column: its grain ("month" when every value is the first of a month
        at midnight: monthly data), and for each number column with empty values, the first and last
        date where it has one ('the index earnings in 2025' over rows of 2025 whose earnings are all
        empty asks for data that is not there)."""
        t = self._q(table.name)
        gappy = [c for c in table.columns.values() if c.kind in ("int", "float") and c.profile.nulls and c.profile.count]
        for d in [c for c in table.columns.values() if c.kind == "date" and c.profile.count]:
            dq = self._q(d.name)
            if self.dialect == "sqlite":
                odd = (f"NOT (SUBSTR({dq}, 9, 2) = '01' AND (LENGTH({dq}) = 10 OR SUBSTR({dq}, 11) IN "
                       f"(' 00:00:00', 'T00:00:00')))")
            else:
                odd = f"(DAY({dq}) <> 1 OR TIME({dq}) <> '00:00:00')"
            parts = [f"COUNT(CASE WHEN {dq} IS NOT NULL AND {odd} THEN 1 END)"]
            parts += [f"MIN(CASE WHEN {self._q(c.name)} IS NOT NULL THEN {dq} END), "
                      f"MAX(CASE WHEN {self._q(c.name)} IS NOT NULL THEN {dq} END)" for c in gappy]
            odd_days, *spans = self._rows(f"SELECT {', '.join(parts)} FROM {t}")[0]
            d.profile.grain = "" if odd_days and not is_month_text(d) else "month"
            for i, c in enumerate(gappy):
                lo, hi = _plain(spans[2 * i]), _plain(spans[2 * i + 1])
                if lo is not None:
                    c.profile.dated[d.name] = [lo, hi]


def _plain(v):
    if isinstance(v, decimal.Decimal):
        return float(v)
    if isinstance(v, (_dt.date, _dt.datetime)):
        return v.isoformat()
    return v


class SQLiteSource(_Profiler):
    """A SQLite file opened read-only (`mode=ro` and `query_only`)."""

    dialect = "sqlite"

    def __init__(self, path: str | Path, name: str | None = None):
        self.path = Path(path)
        if not self.path.is_file():
            raise FileNotFoundError(f"no SQLite database at {self.path.absolute()}")
        with open(self.path, "rb") as f:
            head = f.read(16)
        if head and head != b"SQLite format 3\x00":     # an empty file is an empty database
            raise ValueError(f"{self.path.absolute()} is not a SQLite database (a SQLite file starts with "
                             f"'SQLite format 3')")
        self.name = name or self.path.stem
        self._local = threading.local()

    def describe(self) -> str:
        return f"sqlite:///{self.path}"

    def exposure(self) -> list[str]:
        """The file is opened read-only and alone (nothing attached): nothing to warn about."""
        return []

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            conn.execute("PRAGMA query_only=ON")
            self._local.length = None
            self._local.printf = _BoundedPrintf()
            for name in ("printf", "format"):     # printf('%.*c', 1e9, 'x') loops 1e9 times, limit or not
                conn.create_function(name, -1, self._local.printf, deterministic=True)
            self._local.conn = conn
        return conn

    def _rows(self, sql: str) -> list[tuple]:
        """Profiling reads stored values of any size (inside SQLite; only short ones come back)."""
        conn = self._conn()
        if self._local.length is not None:
            conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 1_000_000_000)
            self._local.length = None
        return conn.execute(sql).fetchall()

    def introspect(self) -> Schema:
        conn = self._conn()
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table','view') AND name NOT LIKE 'sqlite_%'"
            " ORDER BY name")]
        tables, fks = {}, []
        for name in names:
            cols = {}
            for _cid, cname, ctype, notnull, _dflt, pk in conn.execute(f"PRAGMA table_info({self._q(name)})"):
                cols[cname] = Column(cname, ctype or "", kind_of(ctype), nullable=not notnull, primary_key=bool(pk))
            tables[name] = Table(name, cols)
            ddl = conn.execute("SELECT sql FROM sqlite_master WHERE name=?", (name,)).fetchone()[0] or ""
            tables[name].comment = _sqlite_comments(ddl, cols)
            fks += _sqlite_keys(name, conn.execute(f"PRAGMA foreign_key_list({self._q(name)})").fetchall(), tables)
        for t in tables.values():
            self._profile(t)
        return Schema(self.name, self.dialect, tables, fks)

    def execute(self, sql: str, max_rows: int, timeout: float, max_bytes: int = MAX_RESULT_BYTES,
                max_value: int = MAX_VALUE_BYTES) -> QueryResult:
        conn = self._conn()
        length = value_build_limit(max_value)
        if self._local.length != length:      # no value the query builds may be larger
            conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, length)
            self._local.printf.limit(length)
            self._local.length = length
        self._local.printf.error = ""
        deadline = time.monotonic() + timeout
        conn.set_progress_handler(lambda: 1 if time.monotonic() > deadline else 0, 1000)
        try:
            cur = conn.execute(sql)
            cols = [d[0] for d in cur.description or []]
            return collect(cur, cols, max_rows, max_bytes, max_value, deadline, timeout)
        except sqlite3.OperationalError as e:
            if "interrupted" in str(e):
                raise SourceError(f"the query ran longer than the {timeout:g} s limit and was stopped") from e
            raise SourceError(self._local.printf.error or str(e)) from e
        except sqlite3.DataError as e:
            raise SourceError(f"{e}: a value the query builds may be at most {length} bytes") from e
        except sqlite3.Error as e:
            raise SourceError(str(e)) from e
        finally:
            conn.set_progress_handler(None, 0)


class _BoundedPrintf:
    """SQLite's printf()/format(), run by SQLite itself on a private in-memory connection, after
    checking that no width or precision asks for more than the length limit: the built-in spends
    seconds on `printf('%.*c', 1000000000, 'x')` before noticing the result is too big."""

    SPEC = re.compile(r"%[-+ 0#!,]*(\*|\d+)?(?:\.(\*|\d+))?(?:ll|l)?([a-zA-Z%])")

    def __init__(self):
        self.max = 1 << 20
        self.error = ""
        self._helper = sqlite3.connect(":memory:", check_same_thread=False)

    def limit(self, length: int) -> None:
        self.max = length
        self._helper.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, length)

    def __call__(self, fmt=None, *args):
        if isinstance(fmt, str):
            i = 0
            for width, precision, kind in self.SPEC.findall(fmt):
                sizes = []
                for part in (width, precision):
                    if part == "*":
                        sizes.append(_as_int(args[i]) if i < len(args) else 0)
                        i += 1
                    elif part:
                        sizes.append(int(part))
                if kind != "%":
                    i += 1
                if any(abs(n) > self.max for n in sizes):
                    self.error = (f"printf/format: a width or precision of {max(abs(n) for n in sizes)} is more than"
                                  f" the {self.max} bytes a value may have")
                    raise ValueError(self.error)
        marks = ",".join("?" * (1 + len(args)))
        return self._helper.execute(f"SELECT printf({marks})", (fmt, *args)).fetchone()[0]


def _as_int(v) -> int:
    try:
        return int(float(v))
    except (TypeError, ValueError, OverflowError):
        return 0


def _sqlite_keys(name: str, rows: list, tables: dict) -> list[ForeignKey]:
    """The declared keys of one table (PRAGMA foreign_key_list rows: id, seq, table, from, to…):
    the rows of one key of several columns (same id) become one key that joins on all of them."""
    keys: dict[int, list] = {}
    for row in rows:
        ref_table, src, dst = row[2], row[3], row[4]
        if dst is None and ref_table in tables:
            pk = tables[ref_table].primary_key
            dst = pk[row[1]] if row[1] < len(pk) else src
        keys.setdefault(row[0], []).append((row[1], (ref_table, src, dst or src)))
    out = []
    for rows_of_key in keys.values():
        cols = [c for _seq, c in sorted(rows_of_key, key=lambda x: x[0])]
        ref_table, src, dst = cols[0]
        out.append(ForeignKey(name, src, ref_table, dst, more=tuple((s, d) for _t, s, d in cols[1:])))
    return out


def _mysql_keys(rows) -> list[ForeignKey]:
    """KEY_COLUMN_USAGE rows (table, column, ref table, ref column, constraint, position): the
    columns of one constraint become one key that joins on all of them."""
    keys: dict[tuple, list] = {}
    for table, col, ref_table, ref_col, constraint, pos in rows:
        keys.setdefault((table, constraint, ref_table), []).append((pos, col, ref_col))
    out = []
    for (table, _c, ref_table), cols in keys.items():
        cols = [(c, r) for _p, c, r in sorted(cols, key=lambda x: x[0])]
        out.append(ForeignKey(table, cols[0][0], ref_table, cols[0][1], more=tuple(cols[1:])))
    return out


def _sqlite_comments(ddl: str, cols: dict[str, Column]) -> str:
    """Descriptions written as `-- comments` in a SQLite table's DDL (kept in sqlite_master):
    one after a column's definition describes it; one on the CREATE line, the table."""
    table_comment = ""
    for n, line in enumerate(ddl.splitlines()):
        code, sep, comment = line.partition("--")
        if not sep:
            continue
        comment = comment.strip()
        if n == 0:
            table_comment = comment
            continue
        m = re.match(r'\s*[`"\[]?(\w+)[`"\]]?\s', code)
        if m and m.group(1) in cols:
            cols[m.group(1)].comment = comment
    return table_comment


class MySQLSource(_Profiler):
    """MySQL, MariaDB or TiDB over PyMySQL; every session is read-only with a time limit."""

    dialect = "mysql"

    def __init__(self, url: str):
        u = urlparse(url)
        self.params = dict(host=u.hostname or "127.0.0.1", port=u.port or 3306,
                           user=unquote(u.username or "root"), password=unquote(u.password or ""),
                           database=(u.path or "/").lstrip("/"), charset="utf8mb4")
        if not self.params["database"]:
            raise ValueError(f"the MySQL URL must name a database: {redact(url)}")
        self.name = self.params["database"]
        self._url = url
        self._local = threading.local()

    def describe(self) -> str:
        return redact(self._url)

    def exposure(self) -> list[str]:
        """Warnings about the account: it can write, or it can see schemas besides the served one
        (the gate keeps every query inside the served database, but a read-only account is the
        real guarantee)."""
        db = self.params["database"]
        with self._conn().cursor() as cur:
            cur.execute("SHOW GRANTS")
            grants = [str(r[0]) for r in cur.fetchall()]
            cur.execute("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA")
            schemas = sorted(str(r[0]) for r in cur.fetchall())
        account = f"{self.params['user']}@{self.params['host']}"
        out = []
        writes = []
        for g in grants:
            m = _GRANT.match(g)
            if not m:
                continue
            privs = {p.strip().upper() for p in m.group(1).split(",")}
            if privs & _WRITE_PRIVILEGES or any(p.startswith("ALL") for p in privs):
                writes.append(f"{m.group(1).strip()} ON {m.group(2).strip()}")
        if writes:
            out.append(f"the account {account} can write ({'; '.join(writes)}); c2q only reads, but serve"
                       f" with a read-only account: GRANT SELECT ON `{db}`.* TO …")
        others = [x for x in schemas if x != db and x.lower() not in _PUBLIC_SCHEMAS]
        if others:
            shown = ", ".join(others[:8]) + (f" and {len(others) - 8} more" if len(others) > 8 else "")
            out.append(f"the account {account} can see other schemas ({shown}); queries are kept to `{db}`,"
                       " but an account limited to it is safer")
        return out

    def _conn(self):
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            try:
                conn.ping(reconnect=False)
                return conn
            except Exception:
                self._local.conn = None
        import pymysql
        conn = pymysql.connect(**self.params, autocommit=True, connect_timeout=10)
        with conn.cursor() as cur:
            cur.execute("SET SESSION TRANSACTION READ ONLY")
        self._local.conn = conn
        return conn

    def _rows(self, sql: str) -> list[tuple]:
        with self._conn().cursor() as cur:
            cur.execute(sql)
            return list(cur.fetchall())

    def introspect(self) -> Schema:
        db = self.params["database"]
        with self._conn().cursor() as cur:
            cur.execute("SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_KEY, COLUMN_COMMENT"
                        " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA=%s"
                        " ORDER BY TABLE_NAME, ORDINAL_POSITION", (db,))
            tables: dict[str, Table] = {}
            for tname, cname, ctype, nullable, key, comment in cur.fetchall():
                t = tables.setdefault(tname, Table(tname, {}))
                t.columns[cname] = Column(cname, ctype, kind_of(ctype), nullable=nullable == "YES",
                                          primary_key=key == "PRI", comment=comment or "")
            cur.execute("SELECT TABLE_NAME, TABLE_COMMENT FROM information_schema.TABLES WHERE TABLE_SCHEMA=%s", (db,))
            for tname, comment in cur.fetchall():
                if tname in tables:
                    tables[tname].comment = comment or ""
            cur.execute("SELECT TABLE_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME,"
                        " CONSTRAINT_NAME, ORDINAL_POSITION"
                        " FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA=%s"
                        " AND REFERENCED_TABLE_NAME IS NOT NULL ORDER BY TABLE_NAME, COLUMN_NAME", (db,))
            fks = _mysql_keys(cur.fetchall())
        for t in tables.values():
            self._profile(t)
        return Schema(self.name, self.dialect, dict(sorted(tables.items())), fks)

    def execute(self, sql: str, max_rows: int, timeout: float, max_bytes: int = MAX_RESULT_BYTES,
                max_value: int = MAX_VALUE_BYTES) -> QueryResult:
        """The server stops the statement at `timeout` (max_execution_time / max_statement_time);
        the client reads rows one at a time (unbuffered) and gives up at the same deadline, closing
        the connection, so neither a huge result nor a server that ignores the limit holds a job."""
        import pymysql
        import pymysql.cursors
        conn = self._conn()
        deadline = time.monotonic() + timeout
        conn._read_timeout = timeout + 5            # the socket wait, per read, on this connection
        cur = None
        try:
            cur = conn.cursor(pymysql.cursors.SSCursor)
            _set_time_limit(cur, timeout)
            cur.execute(sql)
            cols = [d[0] for d in cur.description or []]
            res = collect(iter(cur.fetchone, None), cols, max_rows, max_bytes, max_value, deadline, timeout)
        except pymysql.MySQLError as e:
            self._drop(conn, cur)
            code = e.args[0] if e.args else 0
            if code in (3024, 1969, 1317, 2013):
                raise SourceError(f"the query ran longer than the {timeout:g} s limit and was stopped") from e
            raise SourceError(str(e.args[1] if len(e.args) > 1 else e)) from e
        except SourceError:
            self._drop(conn, cur)                     # unread rows stay on the wire: not reusable
            raise
        if res.truncated:
            self._drop(conn, cur)
        else:
            cur.close()
        return res

    def _drop(self, conn, cur=None) -> None:
        """Close a connection with rows left unread (never drain them: they may be huge)."""
        self._local.conn = None
        result = getattr(cur, "_result", None)
        if result is not None:
            result.unbuffered_active = False
        try:
            conn.close()
        except Exception:
            pass


_GRANT = re.compile(r"^GRANT\s+(.+?)\s+ON\s+(\S+)\s+TO\s", re.I | re.S)
_WRITE_PRIVILEGES = {"INSERT", "UPDATE", "DELETE", "CREATE", "DROP", "ALTER", "INDEX", "CREATE VIEW",
                     "CREATE ROUTINE", "ALTER ROUTINE", "TRIGGER", "EVENT", "FILE", "SUPER", "REFERENCES",
                     "CREATE TEMPORARY TABLES", "LOCK TABLES", "EXECUTE", "CREATE USER", "GRANT OPTION",
                     "RELOAD", "SHUTDOWN", "PROCESS", "DELETE HISTORY", "CREATE TABLESPACE"}
_PUBLIC_SCHEMAS = {"information_schema", "performance_schema", "metrics_schema"}


def _set_time_limit(cur, timeout: float) -> None:
    import pymysql
    try:
        cur.execute(f"SET SESSION max_execution_time={int(timeout * 1000)}")      # MySQL, TiDB
    except pymysql.MySQLError:
        cur.execute(f"SET SESSION max_statement_time={float(timeout)}")          # MariaDB


def redact(url: str) -> str:
    """A database URL with its password replaced, for printing."""
    u = urlparse(url)
    if u.password:
        netloc = f"{u.username}:***@{u.hostname}" + (f":{u.port}" if u.port else "")
        return u._replace(netloc=netloc).geturl()
    return url


def open_source(url: str) -> DataSource:
    """`sqlite:///path/x.sqlite` (or a bare path) or `mysql://user:pass@host:port/db`."""
    if url.startswith("sqlite:///"):
        path = url[len("sqlite:///"):]
        # SQLAlchemy style: three slashes and a relative path, four for an absolute one; a
        # three-slash path that only exists from the root is taken as absolute.
        if not Path(path).exists() and Path("/" + path).exists():
            path = "/" + path
        elif not Path(path).exists() and not path.startswith("/"):
            raise FileNotFoundError(f"no SQLite database at {Path(path).absolute()} nor at /{path} "
                                    f"(sqlite:///relative/path or sqlite:////absolute/path)")
        return SQLiteSource(path)
    if url.startswith(("mysql://", "mysql+pymysql://", "tidb://", "mariadb://")):
        return MySQLSource(url)
    if "://" not in url:
        return SQLiteSource(url)
    raise ValueError(f"unsupported database URL (use sqlite:///path or mysql://user:pass@host/db): {redact(url)}")


class SourceSet(dict):
    """The served databases by name, with the lookup a request makes (cluster id and database)."""

    def __init__(self, cluster_id: str, sources: list[DataSource]):
        names = [s.name for s in sources]
        if not sources:
            raise ValueError("at least one database must be served")
        if len(set(names)) != len(names):
            raise ValueError(f"two databases have the same name: {names}")
        super().__init__((s.name, s) for s in sources)
        self.cluster_id = cluster_id

    def served(self, cluster_id: str, database: str) -> DataSource:
        from .http import ApiError
        if cluster_id != self.cluster_id:
            raise ApiError(404, f"cluster '{cluster_id}' not found; this server's cluster id is '{self.cluster_id}'")
        if database not in self:
            raise ApiError(404, f"database '{database}' not found; served databases: " + ", ".join(sorted(self)))
        return self[database]
