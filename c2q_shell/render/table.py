"""Result rows as text: tabulate tables with numbers right-aligned, NULL styled apart from
the string 'NULL', cells and wide tables cut by display width with a visible mark, a row
limit with '… K more rows'; plus vertical, csv, tsv, json and markdown."""
from __future__ import annotations

import csv
import io
import json

from .text import Fragments, cls, cut, width

NULL_SENTINEL = "\ue000ULL"        # same display width as "NULL"; replaced by a styled NULL
MACHINE_FORMATS = ("csv", "tsv", "json")
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


def machine(columns: list[str], rows: list[list], fmt: str) -> str:
    """csv / tsv / json: every row, nothing cut (for pipes and export)."""
    if fmt == "json":
        return json.dumps([dict(zip(columns, r)) for r in rows], ensure_ascii=False, indent=2) + "\n"
    buf = io.StringIO()
    if fmt == "csv":
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(columns)
        w.writerows([["" if v is None else v for v in r] for r in rows])
    else:
        clean = lambda v: "NULL" if v is None else str(v).replace("\t", " ").replace("\n", " ")  # noqa: E731
        buf.write("\t".join(columns) + "\n")
        for r in rows:
            buf.write("\t".join(clean(v) for v in r) + "\n")
    return buf.getvalue()


def numeric_columns(columns: list[str], rows: list[list]) -> list[bool]:
    return [bool(rows) and all(r[i] is None or is_number(r[i]) for r in rows) and
            any(r[i] is not None for r in rows) for i in range(len(columns))]


def markdown(columns: list[str], rows: list[list]) -> str:
    """A GitHub-flavoured markdown table, numbers right-aligned, every row."""
    import tabulate
    return tabulate.tabulate([["NULL" if v is None else v for v in r] for r in rows], headers=columns,
                             tablefmt="github", disable_numparse=True,
                             colalign=["right" if n else "left" for n in numeric_columns(columns, rows)])


def render(columns: list[str], rows: list[list], fmt: str = "table", max_rows: int = 50, max_cell: int = 40,
           term_width: int = 120) -> Fragments:
    if fmt in MACHINE_FORMATS:
        return [("", machine(columns, rows, fmt))]
    if not columns:
        return [(cls("info"), "(no columns)\n")]
    shown = rows[:max_rows] if max_rows and max_rows > 0 else rows
    more = len(rows) - len(shown)
    if fmt == "table" and len(shown) <= 3 and _min_width(columns) > term_width:
        fmt = "vertical"            # a row too wide for the screen reads better one field a line
    if fmt == "vertical":
        out = _vertical(columns, shown, max(max_cell, 20) * 3)
    else:
        out = _tabular(columns, shown, ALIASES.get(fmt, fmt), max_cell, term_width)
    if not rows:
        out.append((cls("info"), "(no rows)\n"))
    elif more > 0:
        out.append((cls("truncated"), f"… {more} more row{'s' if more != 1 else ''}"
                                      f" ({len(rows)} in all; \\rows N shows more, \\export saves all)\n"))
    return out


def short_number(text: str) -> str:
    """Long decimals shown to four places on screen (exports keep every digit): 18.9195678947 -> 18.9196."""
    head, dot, tail = text.partition(".")
    if dot and len(tail) > 4 and tail.isdigit() and head.lstrip("-").isdigit():
        return f"{float(text):.4f}".rstrip("0").rstrip(".")
    return text


def _min_width(columns: list[str]) -> int:
    """The width of a boxed table whose cells are cut to 8 cells wide."""
    return sum(min(max(width(c), 4), 8) + 3 for c in columns) + 1


def _cell(v, limit: int) -> tuple[str, bool]:
    if v is None:
        return NULL_SENTINEL, False
    text = short_number(str(v)).replace("\r", "").replace("\n", "⏎").replace("\t", " ")
    return cut(text, limit)


def _tabular(columns, rows, tablefmt: str, max_cell: int, term_width: int) -> Fragments:
    import tabulate
    numeric = numeric_columns(columns, rows)
    limit = max_cell
    while True:
        cells = [[_cell(v, limit)[0] for v in r] for r in rows]
        headers = [cut(c, max(limit, 4))[0] for c in columns]
        text = tabulate.tabulate(cells, headers=headers, tablefmt=tablefmt, disable_numparse=True,
                                 colalign=["right" if n else "left" for n in numeric])
        widest = max((width(line) for line in text.splitlines()), default=0)
        if widest <= term_width or limit <= 8:
            break
        limit = max(8, limit - max(2, (widest - term_width) // max(1, len(columns))))
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
