"""Rendering as pure functions: tables, NULL, number alignment, CJK and wide text, row limits,
formats, SQL highlighting and whole rounds."""
from __future__ import annotations

import json

from c2q_shell.api.models import Answer, Assumption, Breakdown, parse_result
from c2q_shell.render import answer as ra
from c2q_shell.render import table
from c2q_shell.render.sql import highlight
from c2q_shell.render.text import cut, plain, width
from c2q_shell.shell.state import Round


def lines(frags) -> list[str]:
    return plain(frags).splitlines()


def test_numbers_right_aligned_and_null_styled_apart():
    frags = table.render(["name", "n", "note"], [["a", "5", None], ["bb", "1234", "NULL"]], "table", 50, 40, 100)
    text = lines(frags)
    assert "│     5 │" in text[3] and "│ 1,234 │" in text[4]             # grouped thousands
    nulls = [t for s, t in frags if s == "class:null"]
    assert nulls == ["NULL"]                                    # only the real NULL is styled as one
    assert "NULL" in text[4]                                    # the string "NULL" is shown as text


def test_cjk_and_emoji_align_by_display_width():
    rows = [["東京", "1"], ["Zürich", "2"], ["🙂🙂", "3"]]
    text = lines(table.render(["city", "n"], rows, "table", 50, 40, 100))
    widths = {width(line) for line in text[:-1]}
    assert len(widths) == 1 and text[-1] == "3 rows"            # every line as wide on screen


def test_long_cells_and_wide_tables_are_cut_with_a_mark():
    long = "x" * 100
    frags = table.render(["a"], [[long]], "table", 50, 20, 200)
    assert max(width(line) for line in lines(frags)) < 30
    assert ("class:truncated", "…") in frags
    wide_rows = [[f"value-{i}-" + "y" * 30 for i in range(10)]]
    text = lines(table.render([f"column_{i}" for i in range(10)], wide_rows, "table", 50, 40, 80))
    assert max(width(line) for line in text) <= 80
    assert cut("日本語テキスト", 7) == ("日本語…", True)


def test_row_limit_says_how_many_more():
    rows = [[str(i)] for i in range(30)]
    text = plain(table.render(["i"], rows, "table", 10, 40, 100))
    assert "… 20 more rows" in text and "\n│   9 │" in text and "│  10 │" not in text


def test_machine_formats_keep_every_row_and_null():
    rows = [["a,b", None], ["c", "2"]]
    assert table.machine(["x", "y"], rows, "csv") == 'x,y\n"a,b",\nc,2\n'
    assert table.machine(["x", "y"], rows, "tsv") == "x\ty\na,b\tNULL\nc\t2\n"
    assert json.loads(table.machine(["x", "y"], rows, "json")) == [{"x": "a,b", "y": None}, {"x": "c", "y": 2}]
    md = plain(table.render(["x"], [["1"]], "markdown", 50, 40, 100))
    assert md.splitlines()[1].startswith("|--")
    vert = plain(table.render(["x", "long_name"], [["1", None]], "vertical", 50, 40, 100))
    assert "1. row" in vert and "long_name: NULL" in vert


def test_sql_highlighting_uses_theme_classes():
    frags = highlight("SELECT name FROM companies WHERE sector = 'Energy' LIMIT 5")
    styles = {t.strip(): s for s, t in frags if t.strip()}
    assert styles["SELECT"] == "class:sql.keyword" and styles["Energy"] == "class:sql.string"
    assert styles["5"] == "class:sql.number"


def test_round_and_breakdown_rendering():
    a = Answer("0", "done", "Count companies per sector", "Rows were cut.", [Assumption("x", "y")],
               "SELECT 1", None, ["sector", "n"], [["Energy", "21"]])
    text = plain(ra.render_round(Round(3, "q", "direct", result=a, elapsed=0.25), ra.View()))
    assert text.startswith("[3] Count companies per sector") and "• x: y" in text and "0.25 s" in text
    b = Breakdown("0", "done", "overview", "two steps", [], [a, a])
    text = plain(ra.render_round(Round(4, "q", "auto_breakdown", result=b), ra.View()))
    assert "Task summary: two steps" in text and "\n  1. Count" in text and "\n  2. Count" in text
    assert "     SELECT\n       1\n" in text                       # sub-task bodies are indented
    assert ra.sql_only(Round(4, "q", "auto_breakdown", result=b)).count("SELECT 1;") == 2


def test_models_accept_both_relationship_shapes_and_nulls():
    res = parse_result({"type": "data_retrieval", "task_id": "0", "status": "done", "sql": "SELECT 1",
                        "data": {"columns": None, "rows": None}, "chart_options": None})
    assert res.columns == [] and res.rows == [] and res.chart is None
    from c2q_shell.api.models import parse_summary
    s = parse_summary({"data_summary_id": 1, "tables": {}, "relationships": {
        "a": {"referencing_table": "a", "referencing_table_column": "x", "referenced_table": "b",
              "referenced_table_column": "y"}}})
    assert s.relationships == [("a", "x", "b", "y")]


def test_text_charts():
    from c2q_shell.api.models import Chart
    from c2q_shell.render import chart
    bar = Answer("0", "done", "t", "", [], "", None, ["sector", "n"], [["A", "10"], ["B", "5"], ["C", None]],
                 Chart("BarChart", "t", {"x": "sector", "y": "n"}))
    assert chart.render(bar, 80) == []                          # a NULL value: no chart rather than a wrong one
    bar.rows = [["A", "10"], ["B", "5"]]
    text = plain(chart.render(bar, 80))
    a_line, b_line = text.splitlines()[1:3]
    assert a_line.count("█") == 2 * b_line.count("█") and a_line.endswith(" 10")
    pie = Answer("0", "done", "t", "", [], "", None, ["k", "v"], [["x", "3"], ["y", "1"]],
                 Chart("PieChart", "t", {"label": "k", "value": "v"}))
    assert "(75.0%)" in plain(chart.render(pie, 80))
    line = Answer("0", "done", "t", "", [], "", None, ["year", "v"], [[str(2000 + i), str(i)] for i in range(8)],
                  Chart("LineChart", "t", {"x": "year", "y": "v"}))
    assert plain(chart.render(line, 80)).splitlines()[1] == "▁▂▃▄▅▆▇█"
    assert chart.render(Answer("0", "done", "t", "", [], "", None, ["a"], [["1"]], Chart("Table", "t", {})), 80) == []


def test_long_decimals_are_shortened_on_screen_only():
    text = plain(table.render(["v"], [["18.919567894736844"], ["3"]], "table", 50, 40, 100))
    assert "18.9196" in text and "18.91956" not in text
    assert "18.919567894736844" in table.machine(["v"], [["18.919567894736844"]], "csv")
