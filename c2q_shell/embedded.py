"""The embedded Chat2Query server the shell uses when no endpoint is configured: `c2q serve`
started in-process on 127.0.0.1 with one-time keys, reached over HTTP like TiDB Cloud."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Connection:
    endpoint: str
    public_key: str
    private_key: str = field(repr=False)
    cluster_id: str
    database: str
    stop: object = None


def start(db_urls: list[str], database: str = "", state_dir: Path | None = None) -> Connection:
    from .server.app import ServerConfig
    from .server.serve import ServerThread, default_state_dir, generate_keys, make_app
    pub, priv = generate_keys()
    config = ServerConfig(public_key=pub, private_key=priv, state_dir=state_dir or default_state_dir())
    _log_to_file(Path(config.state_dir) / "server.log")
    app = make_app(config, db_urls or None)
    server = ServerThread(app).start()
    names = list(app.sources)
    if database and database not in names:
        server.stop()
        raise ValueError(f"database '{database}' is not served; the embedded server has: {', '.join(names)}")
    db = database or names[0]
    return Connection(server.url, pub, priv, config.cluster_id, db, server.stop)


def _log_to_file(path: Path) -> None:
    """The embedded server logs to a file, never onto the shell's screen."""
    import logging
    log = logging.getLogger("c2q.server")
    log.propagate = False
    if not any(isinstance(h, logging.FileHandler) for h in log.handlers):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handler = logging.FileHandler(path, encoding="utf-8")
        except OSError:
            handler = logging.NullHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        log.addHandler(handler)
