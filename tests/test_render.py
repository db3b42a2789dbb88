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
    # one bar or one point (a 'which sector has the most?' answer) is no chart: the table says it all
    bar.rows, line.rows = [["A", "10"]], [["2020", "31.9"]]
    assert chart.render(bar, 80) == [] and chart.render(line, 80) == []


def test_long_decimals_are_shortened_on_screen_only():
    text = plain(table.render(["v"], [["18.919567894736844"], ["3"]], "table", 50, 40, 100))
    assert "18.9196" in text and "18.91956" not in text
    assert "18.919567894736844" in table.machine(["v"], [["18.919567894736844"]], "csv")


def test_numbers_for_people_data_for_machines():
    cols = ["name", "market_cap", "avg_dividend_yield", "ebitda", "year", "long_interest_rate", "zip"]
    rows = [["Nvidia", "5200733011968", "0.0204", "157700698729.0256", "2001", "4.5", "02134"],
            ["B", None, "0.0331", "18.919567894736844", "2021", "3.25", "10001"]]
    grouped = plain(table.render(cols, rows, "table", 50, 40, 200))
    assert "5,200,733,011,968" in grouped and "157,700,698,729.03" in grouped and "18.9196" in grouped
    assert "2.04%" in grouped and "3.31%" in grouped              # a yield column of fractions
    assert "│   2001 │" in grouped and "4.5 " in grouped and "02134" in grouped   # years, rates, codes as they are
    assert "2,001" not in grouped and "450%" not in grouped
    human = plain(table.render(cols, rows, "table", 50, 40, 200, numbers="human"))
    assert "5.20T" in human and "157.70B" in human and "2.04%" in human
    raw = plain(table.render(cols, rows, "table", 50, 40, 200, numbers="raw"))
    assert "5200733011968" in raw and "0.0204" in raw and "%" not in raw
    # machine formats keep every digit; JSON numbers are numbers (by type when the API sends one)
    data = json.loads(table.machine(cols, rows, "json"))
    assert data[0]["market_cap"] == 5200733011968 and data[0]["ebitda"] == 157700698729.0256
    assert data[0]["zip"] == "02134" and data[1]["market_cap"] is None and data[0]["year"] == 2001
    typed = json.loads(table.machine(["code", "v"], [["10", "1.50"]], "json", types=["VARCHAR", "DECIMAL(10,2)"]))
    assert typed == [{"code": "10", "v": 1.50}]
    assert '"v": 1.50' in table.machine(["code", "v"], [["10", "1.50"]], "json", types=["VARCHAR", "DECIMAL"])
    assert "5200733011968,0.0204,157700698729.0256" in table.machine(cols, rows, "csv")
    assert table.machine(["a", "b"], [[None, ""]], "csv") == 'a,b\n,""\n'     # NULL empty, '' quoted
    assert table.machine(["a", "b"], [[None, ""]], "tsv") == "a\tb\nNULL\t\n"
    col = parse_result({"type": "data_retrieval", "sql": "x", "data": {
        "columns": [{"col": "v", "data_type": "BIGINT"}], "rows": [["1"]]}}).types
    assert col == ["BIGINT"]


def test_every_result_ends_with_its_row_count():
    assert lines(table.render(["i"], [["1"]], "table", 50, 40, 100))[-1] == "1 row"
    assert lines(table.render(["i"], [], "table", 50, 40, 100))[-1] == "0 rows"
    text = lines(table.render(["i"], [[str(i)] for i in range(1503)], "table", 10, 40, 100))
    assert text[-1] == "1,503 rows" and text[-2].startswith("… 1,493 more rows")
    assert lines(table.render(["i"], [["1"], ["2"]], "vertical", 50, 40, 100))[-1] == "2 rows"


def test_sql_laid_out_by_clause_and_never_cut_inside_a_name():
    from c2q_shell.render.sql import pretty
    sql = ("SELECT c.symbol, c.name, AVG(f.dividend_yield) AS average_dividend_yield_of_the_company FROM companies "
           "AS c JOIN fundamentals AS f ON f.symbol = c.symbol WHERE c.sector = 'Information Technology' "
           "GROUP BY c.symbol, c.name ORDER BY average_dividend_yield_of_the_company DESC LIMIT 5")
    for w in (40, 60, 100):
        out = pretty(sql, w)
        assert out.splitlines()[0] == "SELECT" and "\nFROM companies AS c\n" in out and "\nLIMIT 5" in out
        assert all(len(line) <= w or len(line.split()) == 1 for line in out.splitlines())   # or one name
        assert out.split() == pretty(sql, 1000).split()          # the same words whatever the width
        assert "'Information Technology'" in out                  # a string is never broken
    # SQL that sqlglot would rewrite (IFNULL -> COALESCE) is laid out by clause, as written
    odd = "SELECT IFNULL(f.pe_ratio, 0) AS pe FROM fundamentals f LEFT JOIN companies c ON c.symbol = f.symbol LIMIT 3"
    out = pretty(odd, 80)
    assert "IFNULL(f.pe_ratio, 0)" in out and "COALESCE" not in out and "\nLEFT JOIN companies c" in out
    assert pretty("not ( sql", 80) == "not ( sql"
    a = Answer("0", "done", "t", "", [], sql, None, ["x"], [["1"]])
    b = Breakdown("0", "done", "overview", "", [], [a])
    text = plain(ra.render_round(Round(1, "q", "auto_breakdown", result=b), ra.View(width=70)))
    body = text.split("\n  1. t\n")[1]
    sql_lines = body.split("\n╭")[0].splitlines()
    assert sql_lines[0] == "     SELECT" and all(line.startswith("     ") for line in sql_lines)
    assert all(len(line) <= 70 for line in sql_lines)


def test_line_chart_runs_in_x_order():
    from c2q_shell.api.models import Chart
    from c2q_shell.render import chart
    rows = [["2000", "1"], ["2021", "9"], ["2001", "2"], ["2010", "5"]]        # sorted by value, descending
    a = Answer("0", "done", "t", "", [], "", None, ["year", "v"], sorted(rows, key=lambda r: -int(r[1])),
               Chart("LineChart", "t", {"x": "year", "y": "v"}))
    text = plain(chart.render(a, 80)).splitlines()
    assert "2000 → 2021" in text[0] and text[1] == "▁▁▄█"              # 1, 2, 5, 9 in year order
    months = [["2020-03", "3"], ["2020-01", "1"], ["2020-02", "2"]]
    a = Answer("0", "done", "t", "", [], "", None, ["m", "v"], months, Chart("LineChart", "t", {"x": "m", "y": "v"}))
    assert "2020-01 → 2020-03" in plain(chart.render(a, 80))


def test_a_column_the_summary_calls_a_fraction_is_shown_as_percent():
    hints = table.fraction_columns({"payout": "Dividends paid as a fraction of earnings (0.4 is 40 %)",
                                    "long_rate": "Long-term interest rate, percent", "pe": "Price to earnings"})
    assert hints == frozenset({"payout"})
    rows = [["0.25"], ["0.4"]]
    assert "25.00%" in plain(table.render(["avg_payout"], rows, "table", 50, 40, 100, fractions=hints))
    assert "%" not in plain(table.render(["avg_payout"], rows, "table", 50, 40, 100))
    assert "%" not in plain(table.render(["avg_payout"], [["2"], ["40"]], "table", 50, 40, 100, fractions=hints))
    view = ra.View(fractions=hints)
    a = Answer("0", "done", "t", "", [], "", None, ["avg_payout"], rows)
    assert "40.00%" in plain(ra.render_round(Round(1, "q", "direct", result=a), view))


def test_exported_json_rows_keep_numbers_as_numbers_without_rounding():
    rows = [["a", "157700698729.0256", "12", "1.50", "0.1234567890123456789012"], ["b", None, "7", "2", "1"]]
    got = table.typed_rows(["n", "v", "i", "d", "long"], rows)
    assert got[0] == {"n": "a", "v": 157700698729.0256, "i": 12, "d": 1.5, "long": "0.1234567890123456789012"}
    assert got[1]["v"] is None and got[1]["i"] == 7


def test_long_task_lines_wrap_between_words():
    task = "Find the average dividend yield where sector is 'Utilities' and the market cap is above 10 billion"
    a = Answer("0", "done", task, "A description that is long enough to need a second line on a narrow screen.",
               [Assumption("market cap", "the latest snapshot in fundamentals, in US dollars, not adjusted")],
               "SELECT 1", None, ["x"], [["1"]])
    b = Breakdown("0", "done", "overview", "Answer in 2 steps: (1) " + task + " (2) " + task, [], [a, a])
    for res in (a, b):
        text = plain(ra.render_round(Round(12, "q", "direct", result=res), ra.View(width=60)))
        assert all(width(line) <= 60 for line in text.splitlines()), text
        words = text.split()
        for w in ("'Utilities'", "dividend", "billion", "description", "fundamentals,"):
            assert w in words                                   # no word is cut in two
    text = plain(ra.render_round(Round(12, "q", "direct", result=a), ra.View(width=60)))
    assert text.startswith("[12] Find the average dividend yield where sector is\n     'Utilities'")


def test_the_default_table_is_drawn_as_tabulate_draws_it():
    import random

    import tabulate
    rng = random.Random(7)
    alphabet = ["a", "bb", "東", "🙂", "…", "x y", table.NULL_SENTINEL, "1,234", ""]
    for _ in range(300):
        n = rng.randint(1, 4)
        headers = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 3))) for _ in range(n)]
        cells = [["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 4))) for _ in range(n)]
                 for _ in range(rng.randint(1, 5))]
        numeric = [rng.random() < 0.5 for _ in range(n)]
        assert table.rounded(headers, cells, numeric) == tabulate.tabulate(
            cells, headers=headers, tablefmt="rounded_outline", disable_numparse=True,
            colalign=["right" if x else "left" for x in numeric])


def test_alignment_follows_the_values_sent_not_how_they_look():
    text = lines(table.render(["name", "n"], [["3M", "5"], ["10X", "12"]], "table", 50, 40, 100))
    assert "│ 3M     │" in text[3] and "│ 10X    │" in text[4]           # names that look like 3 million
    ids = lines(table.render(["session", "rounds"], [[300001, 6]], "table", 50, 40, 100))
    assert "300001" in ids[3] and "300,001" not in ids[3]               # an id is not a quantity


def test_a_wide_table_cuts_text_columns_first_and_never_a_number():
    cols = ["name", "sector", "sub_industry", "hq_region", "founded", "market_cap", "dividend_yield"]
    rows = [["Alphabet Inc. (Class A)", "Communication Services", "Interactive Media & Services", "California",
             "1998", "4217126256640", "0.0019"],
            ["Nvidia", "Information Technology", "Semiconductors", "California", "1993", "5200733011968", None]]
    text = lines(table.render(cols, rows, "table", 50, 40, 110))
    assert max(width(line) for line in text) <= 110 and "›" not in "".join(text)
    assert "4,217,126,256,640" in text[3] and "5,200,733,011,968" in text[4] and "0.19%" in text[3]
    assert "Alphabet" in text[3] and "…" in text[3]                     # the text gave up the room
    # too wide even cut: one field a line (as mycli's auto-vertical output), every value whole
    vert = lines(table.render(cols, rows, "table", 50, 40, 80))
    assert max(width(line) for line in vert) <= 80 and "1. row" in vert[0] and vert[-1] == "2 rows"
    assert "market_cap: 4,217,126,256,640" in [v.strip() for v in vert]
    # a format asked for by name is cut at the edge with a mark instead
    psql = lines(table.render(cols, rows, "psql", 50, 40, 80))
    assert all(width(line) <= 80 for line in psql) and psql[3].endswith("›")


def test_is_not_null_keeps_its_form_and_the_pretty_layout():
    from c2q_shell.render.sql import pretty
    laid = pretty("SELECT c.name FROM companies AS c WHERE c.sector = 'Energy' AND c.founded IS NOT NULL "
                  "ORDER BY c.name LIMIT 3")
    assert laid.splitlines() == ["SELECT", "  c.name", "FROM companies AS c", "WHERE",
                                 "  c.sector = 'Energy' AND c.founded IS NOT NULL", "ORDER BY", "  c.name", "LIMIT 3"]
    assert "NOT a IS NULL" in pretty("SELECT a FROM t WHERE NOT a IS NULL")        # as written, too
    assert "`t`.`a b` IS NOT NULL" in pretty("SELECT `a b` FROM t WHERE `t`.`a b` IS NOT NULL")
