"""'How many jobs did Lumen Theatre send us?' (not answered) → 'total sheets ordered?': a bare
figure fragment after a round not answered continues that round's rows and is declined; said alone
it is over every row."""
from __future__ import annotations

import pytest
from test_engine import Conv, answered_after_a_decline, make_db

from c2q_shell.server.engine import Engine


@pytest.fixture(scope="module")
def plots_db(tmp_path_factory):
    return make_db(tmp_path_factory.mktemp("plots") / "plots.sqlite", """
    CREATE TABLE plots (plot_id INTEGER PRIMARY KEY, owner TEXT, annual_rent REAL);
    INSERT INTO plots VALUES (1, 'North', 50), (2, 'North', 60), (3, 'South', 70), (4, 'South', 80), (5, 'East', 90);
    """)


def test_a_bare_figure_after_a_declined_round_is_declined(plots_db):
    c = Conv(plots_db)
    with pytest.raises(Engine.CannotAnswer) as e:
        answered_after_a_decline(c, "How many plots did North hand over to us?", "total annual rent?")
    assert "has nothing to continue" in str(e.value)
    c = Conv(plots_db).ask("total annual rent?")                  # said alone: every plot
    assert float(c.rows[0][0]) == 350
