"""Result rows as text: tabulate tables with numbers right-aligned, NULL styled apart from
the string 'NULL', cells and wide tables cut by display width with a visible mark, a row
limit with '… K more rows'; plus vertical, csv, tsv, json and markdown."""
from __future__ import annotations

import io
import json
import re

from .text import Fragments, cls, cut, width

NULL_SENTINEL = "\ue000ULL"        # same display width as "NULL"; replaced by a styled NULL
MACHINE_FORMATS = ("csv", "tsv", "json")
BUILTIN_FORMATS = ("table", "vertical", "csv", "tsv", "json", "markdown")
ALIASES = {"table": "rounded_outline", "markdown": "github", "md": "github", "plain": "plain"}


def known_formats() -> list[str]:
    import tabulate
    return sorted(set(tabulate.tabulate_formats) | {"table", "vertical", "csv", "tsv", "json", "markdown"})


def is_number(v) -> bool:
    if v is None or isinstance(v, bool):
        return False
    if isinstance(v, (int, float)):
        return True
    try:
        float(str(v))
        return str(v).strip() != "" and str(v).lower() not in ("nan", "inf", "-inf", "infinity")
    except ValueError:
        return False


NUMBER_STYLES = ("grouped", "human", "raw")
JSON_NUMBER = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?")
NUMERIC_TYPES = ("INT", "DECIMAL", "NUMERIC", "FLOAT", "DOUBLE", "REAL", "BIT")


def number_columns(columns: list[str], rows: list[list], types: list[str] | None = None) -> list[bool]:
    """Which columns hold numbers: by the column type when the API gives one (data_type), else
    when every value is a number written as one ("007" is a code, not a number)."""
    if types and len(types) == len(columns) and all(types):
        return [any(t.upper().startswith(n) or n in t.upper() for n in NUMERIC_TYPES) for t in types]
    out = []
    for i in range(len(columns)):
        vals = [r[i] for r in rows if r[i] is not None]
        out.append(bool(vals) and all(isinstance(v, (int, float)) and not isinstance(v, bool) or
                                      isinstance(v, str) and JSON_NUMBER.fullmatch(v) is not None for v in vals))
    return out


def _csv_field(v) -> str:
    if v is None:
        return ""                                   # NULL: an empty field
    s = str(v)
    if s == "" or any(c in s for c in ',"\r\n') or s != s.strip():
        return '"' + s.replace('"', '""') + '"'     # an empty string is "" (so it differs from NULL)
    return s


def _json_value(v, numeric: bool) -> str:
    if v is None:
        return "null"
    if numeric and not isinstance(v, bool):
        text = str(v)
        if JSON_NUMBER.fullmatch(text):
            return text                             # the digits as sent: no float rounding
    return json.dumps(v, ensure_ascii=False)


def json_rows(columns: list[str], rows: list[list], types: list[str] | None = None, indent: str = "") -> str:
    """A JSON array of row objects; numbers stay numbers (by column type), NULL is null."""
    if not rows:
        return indent + "[]"
    numeric = number_columns(columns, rows, types)
    keys = [json.dumps(c, ensure_ascii=False) for c in columns]
    items = []
    for r in rows:
        fields = ", ".join(f"{k}: {_json_value(v, n)}" for k, v, n in zip(keys, r, numeric))
        items.append(f"{indent}  {{{fields}}}")
    return indent + "[\n" + ",\n".join(items) + "\n" + indent + "]"


def _number(text: str):
    """A JSON-number text as an int, or a float when the float says exactly the same number;
    else the text (no digit is lost to rounding)."""
    if "." not in text and "e" not in text.lower():
        return int(text)
    from decimal import Decimal
    f = float(text)
    return f if Decimal(repr(f)) == Decimal(text) else text


def typed_rows(columns: list[str], rows: list[list], types: list[str] | None = None) -> list[dict]:
    """Rows as objects for json.dumps: numbers as numbers by column type (as json_rows writes
    them), NULL as None."""
    numeric = number_columns(columns, rows, types)
    return [{c: _number(str(v)) if n and v is not None and JSON_NUMBER.fullmatch(str(v)) else v
             for c, v, n in zip(columns, r, numeric)} for r in rows]


def machine(columns: list[str], rows: list[list], fmt: str, types: list[str] | None = None) -> str:
    """csv / tsv / json: every row, every digit, nothing cut (for pipes and export). NULL is an
    empty field in CSV (an empty string is ""), NULL in TSV, null in JSON."""
    if fmt == "json":
        return json_rows(columns, rows, types) + "\n"
    buf = io.StringIO()
    if fmt == "csv":
        buf.write(",".join(_csv_field(c) for c in columns) + "\n")
        for r in rows:
            buf.write(",".join(_csv_field(v) for v in r) + "\n")
    else:
        clean = lambda v: "NULL" if v is None else str(v).replace("\t", " ").replace("\n", " ")  # noqa: E731
        buf.write("\t".join(columns) + "\n")
        for r in rows:
            buf.write("\t".join(clean(v) for v in r) + "\n")
    return buf.getvalue()


def numeric_columns(columns: list[str], rows: list[list]) -> list[bool]:
    """Right-aligned columns: every value a number, or a number shown for people (1,234, 3.31%, 5.20T)."""
    return [bool(rows) and all(r[i] is None or is_number(r[i]) or _shown_number(r[i]) for r in rows) and
            any(r[i] is not None for r in rows) for i in range(len(columns))]


SHOWN_NUMBER = re.compile(r"-?[0-9][0-9,]*(\.[0-9]+)?[%KMBT]?")


def _shown_number(v) -> bool:
    return isinstance(v, str) and SHOWN_NUMBER.fullmatch(v) is not None


def markdown(columns: list[str], rows: list[list]) -> str:
    """A GitHub-flavoured markdown table, numbers right-aligned, every row."""
    import tabulate
    return tabulate.tabulate([["NULL" if v is None else v for v in r] for r in rows], headers=columns,
                             tablefmt="github", disable_numparse=True,
                             colalign=["right" if n else "left" for n in numeric_columns(columns, rows)])


def render(columns: list[str], rows: list[list], fmt: str = "table", max_rows: int = 50, max_cell: int = 40,
           term_width: int = 120, numbers: str = "grouped", types: list[str] | None = None,
           fractions: frozenset[str] = frozenset(), noun: str = "row") -> Fragments:
    """Rows for people: only the rows shown are formatted (a 100k-row answer costs what its first
    screen costs); numbers grouped (or K/M/B/T, or raw), fractions of percentage columns as %,
    long decimals trimmed; the last line always says how many rows there are."""
    if fmt in MACHINE_FORMATS:
        return [("", machine(columns, rows, fmt, types))]
    if not columns:
        return [(cls("info"), "(no columns)\n")]
    shown = list(rows[:max_rows] if max_rows and max_rows > 0 else rows)   # read once (rows may be lazy)
    more = len(rows) - len(shown)
    numeric = number_columns(columns, shown, types)     # by the values sent, not as shown ("3M" is a name)
    shown = humanize(columns, shown, numbers, types, fractions)
    if fmt == "table" and len(shown) <= 3 and _min_width(columns) > term_width:
        fmt = "vertical"            # a row too wide for the screen reads better one field a line
    out = None
    if fmt != "vertical":
        # the default table becomes vertical when even cut it is wider than the terminal
        out = _tabular(columns, shown, ALIASES.get(fmt, fmt), max_cell, term_width, numeric, fmt == "table")
    if out is None:
        out = _vertical(columns, shown, max(max_cell, 20) * 3)
    if more > 0:
        out.append((cls("truncated"), f"… {more:,} more row{'s' if more != 1 else ''}"
                                      f" (\\rows N shows more, \\rows 0 all, \\export saves all)\n"))
    out.append((cls("info"), row_count(len(rows), noun) + "\n"))
    return out


def row_count(total: int, noun: str = "row") -> str:
    """'503 rows', '1 row', '0 rows': the last line of every result, cut or not (a listing of
    the shell's own says what it counts: '4 rounds', '2 sessions')."""
    return f"{total:,} {noun}{'' if total == 1 else 's'}"


def short_number(text: str) -> str:
    """Long decimals shown to four places (for \\numbers raw): 18.9195678947 -> 18.9196."""
    head, dot, tail = text.partition(".")
    if dot and len(tail) > 4 and tail.isdigit() and head.lstrip("-").isdigit():
        return f"{float(text):.4f}".rstrip("0").rstrip(".")
    return text


# numbers for people -------------------------------------------------------------------------
PERCENT_WORDS = re.compile(r"(yield|percent|pct|share|margin|ratio_pct|growth|_rate$|^rate$|%)", re.I)
NO_GROUPING = re.compile(r"((^|_)id$|code|zip|phone|cik|^#$|^session$)", re.I)
# a column of years, by its name: year, fiscal_year, founded, min(founded), built_yr (not yearly, years)
YEAR_NAME = re.compile(r"(?<![a-z])(year|yr|founded|established|incorporated|inception|built|born)(?![a-z])", re.I)


def _decimal(text: str) -> tuple[float, bool] | None:
    """(value, is_integer) for a number written as one, else None."""
    if not JSON_NUMBER.fullmatch(text):
        return None
    try:
        return float(text), "." not in text and "e" not in text.lower()
    except ValueError:
        return None


def _plain_fraction(v: float) -> str:
    return f"{v:.4f}".rstrip("0").rstrip(".") if abs(v) < 100 else f"{v:.2f}"


def human_units(v: float) -> str:
    for size, unit in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(v) >= size:
            return f"{v / size:.2f}{unit}"
    return _plain_fraction(v)


def format_number(text: str, style: str = "grouped", percent: bool = False, group: bool = True) -> str:
    """One value for the screen: 5200733011968 -> 5,200,733,011,968 (grouped) or 5.20T (human);
    157700698729.0256 -> 157,700,698,729.03; 18.919567894736844 -> 18.9196; 0.0331 -> 3.31% in a
    percentage column. Anything that is not a plain number is returned as it is."""
    if style == "raw":
        return short_number(text)
    parsed = _decimal(text)
    if parsed is None:
        return text
    v, integer = parsed
    if percent:
        return f"{v * 100:.2f}%"
    if not group:
        return text if integer else _plain_fraction(v)
    if style == "human" and abs(v) >= 1e4:
        return human_units(v)
    if integer:
        return f"{int(text):,}" if abs(v) >= 1e4 or abs(v) >= 1000 and len(text.lstrip("-")) == 4 else text
    return f"{v:,.2f}" if abs(v) >= 100 else _plain_fraction(v)


def percent_columns(columns: list[str], rows: list[list], numeric: list[bool],
                    fractions: frozenset[str] = frozenset()) -> list[bool]:
    """Columns that hold a percentage as a fraction: named so (yield, percent, margin, share…), or
    made from a column the data summary describes as a fraction (`fractions`: such column names;
    `avg_dividend_yield` is made from `dividend_yield`), and whose values are all between -1
    and 1 and not all integers."""
    out = []
    for i, c in enumerate(columns):
        described = any(f in c.lower() for f in fractions)
        if not numeric[i] or not (PERCENT_WORDS.search(c) or described):
            out.append(False)
            continue
        vals = [_decimal(str(r[i])) for r in rows if r[i] is not None]
        out.append(bool(vals) and all(p is not None and abs(p[0]) <= 1 for p in vals) and
                   any(p is not None and not p[1] for p in vals))
    return out


def column_formats(columns: list[str], rows: list[list], style: str = "grouped", types: list[str] | None = None,
                   fractions: frozenset[str] = frozenset()) -> list[tuple[bool, bool, bool]]:
    """(numeric, percent, grouped) for each column, as tables show it: years (by the column's
    name, or values all 1800-2200), ids and codes are not grouped; fractions shown as %."""
    numeric = number_columns(columns, rows, types)
    percent = percent_columns(columns, rows, numeric, fractions) if style != "raw" else [False] * len(columns)
    years = [n and (YEAR_NAME.search(c) is not None or _looks_like_years(rows, i))
             for i, (c, n) in enumerate(zip(columns, numeric))]
    group = [not NO_GROUPING.search(c) and not y for c, y in zip(columns, years)]
    return list(zip(numeric, percent, group))


def humanize(columns: list[str], rows: list[list], style: str = "grouped", types: list[str] | None = None,
             fractions: frozenset[str] = frozenset()) -> list[list]:
    """The rows as display text (only those given: the caller passes what is shown)."""
    if not rows:
        return rows
    formats = column_formats(columns, rows, style, types, fractions)
    if not any(n for n, _, _ in formats):
        return rows
    return [[format_number(str(v), style, p, g) if n and v is not None else v
             for v, (n, p, g) in zip(r, formats)] for r in rows]


def value_format(columns: list[str], rows: list[list], column: int, style: str = "grouped",
                 types: list[str] | None = None, fractions: frozenset[str] = frozenset()):
    """How a table shows the values of one column, as a function of a value (text or number):
    for a chart's labels, so they read as the table does (2.04%, not 0.0204)."""
    numeric, percent, group = column_formats(columns, rows, style, types, fractions)[column]

    def fmt(v) -> str:
        text = repr(v) if isinstance(v, float) else str(v)
        if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
            text = str(int(v))
        return format_number(text, style, percent, group) if numeric or isinstance(v, (int, float)) else text
    return fmt


FRACTION_WORDS = re.compile(r"\bfraction\b|\bshare of\b|\bas a (ratio|proportion)\b", re.I)


def fraction_columns(descriptions: dict[str, str]) -> frozenset[str]:
    """Column names whose description says their values are fractions ("dividend yield as a
    fraction (0.0175 is 1.75 %)"); a description that only says "percent" is not enough, since
    such columns usually hold 4.5 for 4.5 %."""
    return frozenset(c.lower() for c, d in descriptions.items() if d and FRACTION_WORDS.search(d))


def _looks_like_years(rows: list[list], i: int) -> bool:
    vals = [str(r[i]) for r in rows if r[i] is not None]
    return bool(vals) and all(v.isdigit() and 1800 <= int(v) <= 2200 for v in vals)


def _min_width(columns: list[str]) -> int:
    """The width of a boxed table whose cells are cut to 8 cells wide."""
    return sum(min(max(width(c), 4), 8) + 3 for c in columns) + 1


def _text(v) -> str:
    """A value as one line of a cell (NULL as its sentinel)."""
    if v is None:
        return NULL_SENTINEL
    text = v if isinstance(v, str) else str(v)
    if "\r" in text or "\n" in text or "\t" in text:
        text = text.replace("\r", "").replace("\n", "⏎").replace("\t", " ")
    return text



def _tabular(columns, rows, tablefmt: str, max_cell: int, term_width: int,
             numeric: list[bool] | None = None, or_none: bool = False) -> Fragments | None:
    """A table cut to the terminal: the widest text columns give up room first (down to 8
    cells), numbers are never cut (a cut number reads as another number); what still does not
    fit is cut at the right edge with a mark (or, with `or_none`, None: the caller shows the
    rows one field a line instead, as mycli's auto-vertical output does)."""
    import tabulate
    if numeric is None:
        numeric = numeric_columns(columns, rows)
    texts = [[_text(v) for v in r] for r in rows]
    widths = [[width(t) for t in r] for r in texts]          # measured once
    cell_w = [max((r[i] for r in widths), default=0) for i in range(len(columns))]
    limits = [max(cw, min(width(c), max_cell)) if n else min(max(cw, width(c)), max_cell)
              for c, cw, n in zip(columns, cell_w, numeric)]
    floors = [max(cw, min(lim, 8)) if n else min(lim, 8) for lim, cw, n in zip(limits, cell_w, numeric)]
    for _ in range(8):
        cells, sizes = [], []
        for r, ws in zip(texts, widths):
            if all(w <= lim for w, lim in zip(ws, limits)):
                cells.append(r)
                sizes.append(ws)
            else:
                cut_r = [v if n or w <= lim else cut(v, lim)[0] for v, w, lim, n in zip(r, ws, limits, numeric)]
                cells.append(cut_r)
                sizes.append([width(v) for v in cut_r])
        headers = [cut(c, max(lim, 4))[0] for c, lim in zip(columns, limits)]
        if tablefmt == "rounded_outline" and cells:
            text = rounded(headers, cells, numeric, sizes)   # the default table, drawn as tabulate draws it
        else:
            text = tabulate.tabulate(cells, headers=headers, tablefmt=tablefmt, disable_numparse=True,
                                     colalign=["right" if n else "left" for n in numeric])
        excess = max((width(line) for line in text.splitlines()), default=0) - term_width
        if excess <= 0 or limits == floors:
            break
        while excess > 0:                 # one cell at a time off the widest column that can give
            i = max((j for j in range(len(limits)) if limits[j] > floors[j]), key=lambda j: limits[j], default=None)
            if i is None:
                break
            limits[i] -= 1
            excess -= 1
    if or_none and excess > 0:
        return None
    out: Fragments = []
    lines = text.splitlines()
    for n, line in enumerate(lines):
        wide = width(line) > term_width
        if wide:
            line = cut(line, term_width, "›")[0]
        style = cls("table.header") if n == _header_line(lines, tablefmt) else ""
        _styled_line(out, line, style)
        out.append(("", "\n"))
    return out


def rounded(headers: list[str], cells: list[list[str]], numeric: list[bool],
            cell_widths: list[list[int]] | None = None) -> str:
    """tabulate's rounded_outline table, drawn in one pass (tabulate takes ~8 s for 100,000
    rows; this well under a second): the same characters, padding and alignment. `cell_widths`:
    the cells' display widths when the caller has measured them."""
    widths = [width(h) + 2 for h in headers]          # tabulate leaves a header two cells of room
    if cell_widths is None:
        cell_widths = [[width(c) for c in r] for r in cells]
    for cw in cell_widths:
        for i, w in enumerate(cw):
            if w > widths[i]:
                widths[i] = w

    def line(values: list[str], ws: list[int]) -> str:
        parts = []
        for v, w, cw, right in zip(values, widths, ws, numeric):
            pad = " " * (w - cw)
            parts.append(" " + (pad + v if right else v + pad) + " ")
        return "│" + "│".join(parts) + "│"

    bars = ["─" * (w + 2) for w in widths]
    out = ["╭" + "┬".join(bars) + "╮", line(headers, [width(h) for h in headers]), "├" + "┼".join(bars) + "┤"]
    out.extend(line(r, cw) for r, cw in zip(cells, cell_widths))
    out.append("╰" + "┴".join(bars) + "╯")
    return "\n".join(out)


def _header_line(lines: list[str], tablefmt: str) -> int:
    return 1 if tablefmt in ("rounded_outline", "simple_outline", "grid", "fancy_grid", "psql", "outline",
                             "rounded_grid", "heavy_outline", "double_outline", "mixed_outline") else 0


def _styled_line(out: Fragments, line: str, style: str) -> None:
    parts = line.split(NULL_SENTINEL)
    for i, part in enumerate(parts):
        if i:
            out.append((cls("null"), "NULL"))
        if part:
            segs = part.split("…")
            for j, seg in enumerate(segs):
                if j:
                    out.append((cls("truncated"), "…"))
                if seg:
                    out.append((style, seg))


def _vertical(columns, rows, limit: int) -> Fragments:
    out: Fragments = []
    label_w = max(width(c) for c in columns)
    for n, r in enumerate(rows, 1):
        out.append((cls("table.border"), f"{'*' * 10} {n}. row {'*' * 10}\n"))
        for c, v in zip(columns, r):
            pad = " " * (label_w - width(c))
            out.append((cls("table.header"), f"{pad}{c}: "))
            if v is None:
                out.append((cls("null"), "NULL"))
            else:
                text, was_cut = cut(str(v), limit)
                out.append(("", text[:-1] if was_cut else text))
                if was_cut:
                    out.append((cls("truncated"), "…"))
            out.append(("", "\n"))
    return out
