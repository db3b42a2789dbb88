"""The Chat2Query-compatible server (`c2q serve`). Never imports api, shell or render."""
