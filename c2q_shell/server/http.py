"""Envelopes, errors and request parsing shared by the WSGI handlers."""
from __future__ import annotations

import json
import re
from typing import Any

from werkzeug.exceptions import HTTPException
from werkzeug.wrappers import Request, Response

MAX_BODY = 1 << 20    # 1 MiB
MAX_DEPTH = 32        # arrays and objects nested deeper than this are refused
MAX_ID = (1 << 63) - 1   # ids are SQLite integers
PAGE_SIZE, MAX_PAGE_SIZE = 100, 1000
MAX_TEXT = 4000       # a stored name or description (every list endpoint returns them)
MAX_ITEMS = 100       # keywords, terms


class ApiError(Exception):
    def __init__(self, code: int, msg: str):
        super().__init__(msg)
        self.code = code
        self.msg = msg


def ok(result: Any) -> Response:
    return _json(200, {"code": 200, "msg": "", "result": result})


def error(code: int, msg: str) -> Response:
    return _json(code, {"code": code, "msg": msg, "result": {}})


def gateway_error(status: int, code: int, message: str) -> Response:
    """The Data Service envelope the real gateway uses for auth and rate-limit failures."""
    return _json(status, {"type": "", "data": {"columns": [], "rows": [], "result": {
        "code": code, "message": message, "start_ms": "", "end_ms": "", "latency": "",
        "row_count": 0, "row_affect": 0, "limit": 0}}})


def _json(status: int, body: dict) -> Response:
    try:
        text = json.dumps(body, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:      # a lone surrogate from somewhere: escaped, still valid JSON
        text = json.dumps(body).encode("ascii")
    return Response(text, status=status, content_type="application/json; charset=utf-8")


def read_body(request: Request) -> None:
    """Reads the request body now, once, at most the limit plus one byte, whether it has a
    Content-Length or is chunked (so a huge body costs nothing); what went wrong is kept for
    `body` to answer. The app calls it before anything answers (a 401, a 404 that never looks at
    the body): a connection closed with bytes of the body still unread is reset, and a client
    still sending them gets an error instead of the answer."""
    env = request.environ
    if "c2q.body" in env:
        return
    limit = env.get("c2q.max_body", MAX_BODY)
    if request.content_length is not None and request.content_length > limit:
        env["c2q.body"] = None
        env["c2q.body_error"] = ApiError(413, f"request body too large: {request.content_length} bytes "
                                              f"(limit {limit})")
        return
    try:
        raw = request.stream.read(limit + 1)
    except (OSError, ValueError, HTTPException) as e:
        # a malformed chunked body, a body shorter than its Content-Length (werkzeug's
        # ClientDisconnected), two Content-Lengths that disagree, a connection cut mid-body
        why = e.description if isinstance(e, HTTPException) else str(e)
        env["c2q.body"] = None
        env["c2q.body_error"] = ApiError(400, f"the request body could not be read: {why}")
        return
    env["c2q.body"] = raw
    if len(raw) > limit:
        env["c2q.body_error"] = ApiError(413, f"request body too large: more than {limit} bytes (the limit)")
    elif request.content_length is not None and len(raw) < request.content_length and \
            not env.get("wsgi.input_terminated"):
        env["c2q.body_error"] = ApiError(400, f"the request body could not be read: {len(raw)} of the"
                                              f" {request.content_length} bytes its Content-Length announced arrived")


def body(request: Request) -> dict:
    """The JSON object in the request body; {} for an empty body."""
    read_body(request)
    if (failed := request.environ.get("c2q.body_error")) is not None:
        raise failed
    raw = request.environ["c2q.body"]
    if not raw.strip():
        return {}
    try:
        data = json.loads(raw, parse_constant=_no_constant)
    except RecursionError:
        raise ApiError(400, f"request body is nested deeper than {MAX_DEPTH} levels") from None
    except (ValueError, UnicodeDecodeError) as e:
        raise ApiError(400, f"request body is not valid JSON: {e}") from None
    if not isinstance(data, dict):
        raise ApiError(400, "request body must be a JSON object")
    _check(data)
    return data


def _no_constant(name: str):
    raise ValueError(f"{name} is not a JSON number")


def _check(data: dict) -> None:
    """Nesting at most MAX_DEPTH, and every string storable UTF-8 (a lone surrogate such as
    "\\ud800" is refused): a 400 naming the field."""
    stack: list[tuple[Any, str, int]] = [(data, "", 1)]
    while stack:
        value, where, depth = stack.pop()
        if isinstance(value, str):
            if not _encodable(value):
                raise ApiError(400, f"field '{where}' holds text that is not valid Unicode (a lone surrogate)")
            continue
        if not isinstance(value, (dict, list)):
            continue
        if depth > MAX_DEPTH:
            raise ApiError(400, f"field '{where}' is nested deeper than {MAX_DEPTH} levels")
        if isinstance(value, dict):
            for k, v in value.items():
                if not _encodable(k):
                    raise ApiError(400, f"a field name in '{where or '(body)'}' is not valid Unicode"
                                        " (a lone surrogate)")
                stack.append((v, f"{where}.{k}" if where else k, depth + 1))
        else:
            stack.extend((v, f"{where}[{i}]", depth + 1) for i, v in enumerate(value))


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


_MISSING = object()


def field(data: dict, name: str, kind: type | tuple, required: bool = True, default: Any = None,
          empty_ok: bool = False) -> Any:
    """One field of a body, type-checked, with an error that names it."""
    value = data.get(name, _MISSING)
    if value is _MISSING or value is None:
        if required:
            raise ApiError(400, f"missing required field '{name}'")
        return default
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if isinstance(value, bool) and bool not in kinds:
        raise ApiError(400, f"field '{name}' must be {_kind_name(kinds)}, got a boolean")
    if not isinstance(value, kinds):
        raise ApiError(400, f"field '{name}' must be {_kind_name(kinds)}, got {type(value).__name__}")
    if isinstance(value, str) and required and not empty_ok and not value.strip():
        raise ApiError(400, f"field '{name}' must not be empty")
    return value


def _kind_name(kinds: tuple) -> str:
    names = {str: "a string", int: "an integer", bool: "a boolean", dict: "an object", list: "an array"}
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def capped(value: str | None, name: str, limit: int = MAX_TEXT) -> str | None:
    """A stored text at most `limit` characters, else a 400 naming the field."""
    if isinstance(value, str) and len(value) > limit:
        raise ApiError(400, f"field '{name}' is {len(value)} characters long; at most {limit} are kept")
    return value


_DIGITS = re.compile(r"[0-9]{1,19}")


def int_id(value: str, what: str) -> int:
    """A path id: ASCII digits within SQLite's integer range, else a 404 naming it."""
    if not _DIGITS.fullmatch(value) or int(value) > MAX_ID:
        raise ApiError(404, f"{what} '{value[:40]}' not found")
    return int(value)


def body_id(value: Any, name: str) -> int:
    """An id given in a body (a number or a string of digits), else a 400 naming the field."""
    if isinstance(value, bool) or not isinstance(value, (int, str)) or \
            not _DIGITS.fullmatch(str(value)) or int(value) > MAX_ID:
        raise ApiError(400, f"field '{name}' must be an id (an integer from 0 to {MAX_ID})")
    return int(value)


def paging(args, default_size: int = PAGE_SIZE) -> tuple[int, int]:
    """(page, page_size) from the query string: `page` from 1, `page_size` 1..1000. Without
    either, page 1 of `default_size` (-1: everything, for lists that grow only by hand)."""
    if default_size < 0 and not args.get("page") and not args.get("page_size"):
        return 1, -1
    out = []
    for name, default, top in (("page", 1, 1 << 31), ("page_size", PAGE_SIZE, MAX_PAGE_SIZE)):
        raw = args.get(name)
        if raw is None or raw == "":
            out.append(default)
            continue
        if not re.fullmatch(r"[0-9]{1,10}", raw) or not 1 <= int(raw) <= top:
            raise ApiError(400, f"query parameter '{name}' must be an integer from 1 to {top}")
        out.append(int(raw))
    return out[0], out[1]


def query(args, name: str) -> str | None:
    """A text query parameter (werkzeug has already replaced undecodable bytes)."""
    value = args.get(name)
    return value if value else None
