"""Envelopes, errors and request parsing shared by the WSGI handlers."""
from __future__ import annotations

import json
from typing import Any

from werkzeug.wrappers import Request, Response

MAX_BODY = 1 << 20    # 1 MiB


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
    return Response(json.dumps(body, ensure_ascii=False), status=status, content_type="application/json")


def body(request: Request) -> dict:
    """The JSON object in the request body; {} for an empty body. At most the limit plus one byte
    is read, whether the body has a Content-Length or is chunked, so a huge body costs nothing."""
    limit = request.environ.get("c2q.max_body", MAX_BODY)
    if request.content_length is not None and request.content_length > limit:
        raise ApiError(413, f"request body too large: {request.content_length} bytes (limit {limit})")
    raw = request.environ.get("c2q.body")
    if raw is None:
        raw = request.stream.read(limit + 1)
        request.environ["c2q.body"] = raw
    if len(raw) > limit:
        raise ApiError(413, f"request body too large: more than {limit} bytes (the limit)")
    if not raw.strip():
        return {}
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as e:
        raise ApiError(400, f"request body is not valid JSON: {e}") from None
    if not isinstance(data, dict):
        raise ApiError(400, "request body must be a JSON object")
    return data


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


def int_id(value: str, what: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise ApiError(404, f"{what} '{value}' not found") from None
