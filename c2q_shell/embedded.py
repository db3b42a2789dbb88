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
    from .server.statedir import StateLocked
    cleanup = None
    try:
        app = make_app(config, db_urls or None)
    except StateLocked as e:
        # Another shell's server holds the state dir: this shell's sessions go to a temporary
        # one (removed on exit); the demo database is shared, read-only.
        import logging
        import shutil
        import tempfile
        logging.getLogger("c2q.server").warning("%s; this shell keeps its sessions in a temporary state dir", e)
        demo = Path(config.state_dir) / "sp500insight.sqlite"
        if not db_urls and demo.is_file():
            db_urls = [f"sqlite:///{demo}"]
        config.state_dir = Path(tempfile.mkdtemp(prefix="c2q-state-"))
        cleanup = lambda: shutil.rmtree(config.state_dir, ignore_errors=True)  # noqa: E731
        app = make_app(config, db_urls or None)
    server = ServerThread(app).start()
    stop = server.stop if cleanup is None else (lambda: (server.stop(), cleanup()))
    names = list(app.sources)
    if database and database not in names:
        stop()
        raise ValueError(f"database '{database}' is not served; the embedded server has: {', '.join(names)}")
    db = database or names[0]
    return Connection(server.url, pub, priv, config.cluster_id, db, stop)


def _log_to_file(path: Path) -> None:
    """The embedded server logs to a file, never onto the shell's screen."""
    import logging
    log = logging.getLogger("c2q.server")
    log.propagate = False
    if not any(isinstance(h, logging.FileHandler) for h in log.handlers):
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            import os
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o600))   # private, like the state
            handler = logging.FileHandler(path, encoding="utf-8")
        except OSError:
            handler = logging.NullHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        log.addHandler(handler)
