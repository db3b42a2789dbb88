from heldout_kit import conv  # noqa: F401
SETS = {"carrental": [], "farmcoop": [], "gyms": []}
