"""Big answers kept as the bytes they came in: the rows array of a large response is not
turned into Python lists and strings all at once (that costs 6-9x the payload); it stays in
the response body and each row is parsed when it is used. Showing the first screen of a
100,000-row answer parses 50 rows; an export parses them one at a time as it writes.

Only done when it is certainly right: the rows are a flat array of arrays of scalars, and the
row boundaries found in the bytes are checked against the same bytes with every string
literal checked to hold no bracket (so a "],[" inside a value cannot fool it); anything else is parsed the
ordinary way."""
from __future__ import annotations

import json
import re
from array import array
from collections.abc import Sequence
from typing import Any

BIG = 1_000_000                     # bytes; smaller bodies are parsed the ordinary way
CHUNK = 5_000                       # rows parsed at once when all of them are read
_ROWS = re.compile(rb'"rows"\s*:\s*(\[)\s*\[')
_SEP = re.compile(rb"\]\s*,\s*\[")
_END = re.compile(rb"\]\s*\]")
# text in which no string literal holds a bracket: the brackets are then all structure
_NO_BRACKET_IN_STRINGS = re.compile(rb'(?:[^"]++|"[^"\\\[\]]*+(?:\\.[^"\\\[\]]*+)*+")*+')
_MARK = "\x00c2q-rows:"


class LazyRows(Sequence):
    """A read-only list of rows backed by the JSON bytes: rows are parsed when used, and where
    each row starts is found (one bytes.find a row) only as far as rows are asked for."""

    def __init__(self, buf: bytes, first: int, last_end: int, sep: bytes, count: int):
        self._buf, self._last_end, self._sep, self._count = buf, last_end, sep, count
        self._starts = array("Q", [first])

    def __len__(self) -> int:
        return self._count

    def _start(self, k: int) -> int:
        starts, buf, sep = self._starts, self._buf, self._sep
        while len(starts) <= k:
            j = buf.find(sep, starts[-1], self._last_end)
            starts.append(j + len(sep) - 1)
        return starts[k]

    def _row(self, k: int) -> list:
        begin = self._start(k)
        end = self._last_end if k == self._count - 1 else self._start(k + 1) - len(self._sep) + 2
        return json.loads(self._buf[begin:end].decode("utf-8"))

    def _range(self, a: int, b: int) -> list:
        """Rows a..b-1, which lie side by side in the bytes: one parse for all of them."""
        if b <= a:
            return []
        begin = self._start(a)
        end = self._last_end if b == self._count else self._start(b) - len(self._sep) + 2
        return json.loads("[" + self._buf[begin:end].decode("utf-8") + "]")

    def __getitem__(self, i):
        if isinstance(i, slice):
            a, b, step = i.indices(len(self))
            if step == 1:
                return self._range(a, b)
            return [self._row(k) for k in range(a, b, step)]
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("row index out of range")
        return self._row(i)

    def __iter__(self):
        for a in range(0, len(self), CHUNK):             # a chunk at a time: bounded memory
            yield from self._range(a, min(len(self), a + CHUNK))

    def __eq__(self, other) -> bool:
        if isinstance(other, (list, LazyRows)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    __hash__ = None                 # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"LazyRows({len(self)} rows)"


def loads(body: bytes) -> Any:
    """json.loads(body), except that big "rows" arrays become LazyRows."""
    if len(body) < BIG:
        return json.loads(body)
    try:
        return _lazy(body)
    except ValueError:
        return json.loads(body)


def _lazy(body: bytes) -> Any:
    pieces: list[bytes] = []
    found: list[LazyRows] = []
    pos = 0
    for m in _ROWS.finditer(body):
        if m.start() < pos:
            continue
        outer, first = m.start(1), m.end() - 1
        end = _END.search(body, first)
        if end is None:
            raise ValueError("no end")
        last_end, after = end.start() + 1, end.end()
        one = _SEP.search(body, first, last_end)
        sep = one.group(0) if one else b"],["
        n = body.count(sep, first, last_end) + 1
        # every bracket is structure (none inside a string), and every row boundary is `sep`
        ok = _NO_BRACKET_IN_STRINGS.match(body, outer, after)
        if ok is None or ok.end() != after or body.count(b"[", outer, after) != n + 1 or \
                body.count(b"]", outer, after) != n + 1:
            raise ValueError("not a flat array of rows")
        pieces.append(body[pos:outer])
        pieces.append(json.dumps(_MARK + str(len(found))).encode())
        found.append(LazyRows(body, first, last_end, sep, n))
        pos = after
    if not found:
        return json.loads(body)
    pieces.append(body[pos:])
    return _place(json.loads(b"".join(pieces)), found)


def _place(value: Any, found: list[LazyRows]) -> Any:
    if isinstance(value, dict):
        return {k: _place(v, found) for k, v in value.items()}
    if isinstance(value, list):
        return [_place(v, found) for v in value]
    if isinstance(value, str) and value.startswith(_MARK):
        return found[int(value[len(_MARK):])]
    return value
