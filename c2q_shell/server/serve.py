"""Running the server: build the app from settings, serve it on a thread (in-process for the
shell and tests) or in the foreground (`c2q serve`)."""
from __future__ import annotations

import io
import json
import logging
import os
import secrets
import signal
import sys
import threading
import time
from pathlib import Path

from .app import App, ServerConfig
from .demo import DEMO_NAME, ensure
from .sources import SQLiteSource, open_source
from .statedir import StateError
from .store import StoreUnavailable

# ServerConfig limits that `c2q serve` takes as flags (--max-body-bytes, --job-timeout, ...)
LIMIT_FLAGS = ("max_body_bytes", "max_result_bytes", "max_value_bytes", "max_job_bytes", "job_timeout",
               "workers", "slow_workers", "slow_after", "max_queue", "max_connections", "socket_timeout",
               "max_question_chars", "max_sql_chars", "keep_jobs")


def default_state_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "c2q"


def generate_keys() -> tuple[str, str]:
    return secrets.token_hex(4).upper(), secrets.token_urlsafe(24)


def make_app(config: ServerConfig, db_urls: list[str] | None = None) -> App:
    state = Path(config.state_dir)
    state.mkdir(parents=True, exist_ok=True, mode=0o700)
    if db_urls:
        sources = [open_source(u) for u in db_urls]
    else:
        sources = [SQLiteSource(ensure(state), name=DEMO_NAME)]
    return App(config, sources)


_BUSY_BODY = b'{"code": 503, "msg": "too many connections at once; retry in 1 s", "result": {}}'
BUSY = (b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nRetry-After: 1\r\n"
        b"Connection: close\r\nContent-Length: %d\r\n\r\n" % len(_BUSY_BODY)) + _BUSY_BODY


def bounded_server(host: str, port: int, app, max_connections: int, socket_timeout: float):
    """Werkzeug's WSGI server with one thread per connection, but at most `max_connections` of them
    (a connection beyond that gets a 503 at once and is closed) and a read timeout on every socket
    (an idle or trickling connection is closed after `socket_timeout` seconds)."""
    from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler

    class Handler(WSGIRequestHandler):
        timeout = socket_timeout             # socketserver sets it on the connection

        def setup(self):
            super().setup()
            # every read checks one deadline per request, so a client trickling a byte at a time
            # (each read well within the timeout: slowloris) cannot hold a connection either
            self.rfile = io.BufferedReader(_DeadlineReader(self.connection, self))

        def handle_one_request(self):
            self.deadline = time.monotonic() + socket_timeout   # head and body within the timeout
            return super().handle_one_request()

        def log_request(self, *args, **kw):  # the shell and tests want quiet; errors still log
            pass

        def send_error(self, code, message=None, explain=None):
            """Errors found before the app runs (a request line or header too long, HTTP/2 or a
            version unknown, bad syntax): the JSON envelope with a status line, never HTML, never
            a 5xx (http.server answers an unknown version with 505)."""
            code = 400 if code == 505 else int(code)
            reason = message or {400: "bad request", 414: "request line too long",
                                 431: "request headers too large"}.get(code, "bad request")
            if code == 400 and self.request_version not in ("HTTP/1.0", "HTTP/1.1"):
                reason = f"{reason}: speak HTTP/1.1"
            if self.request_version == "HTTP/0.9":      # unparsed: still answer with a status line
                self.request_version = "HTTP/1.1"
            body = json.dumps({"code": code, "msg": reason, "result": {}}).encode()
            self.close_connection = True
            try:
                self.send_response(code, reason.split(":")[0])
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Connection", "close")
                self.end_headers()
                if getattr(self, "command", None) != "HEAD":
                    self.wfile.write(body)
            except OSError:
                pass

        def make_environ(self):
            environ = super().make_environ()
            # Werkzeug keeps the last of several Content-Length headers; a request whose length is
            # ambiguous (the way requests are smuggled past proxies) is refused instead.
            lengths = {v.strip() for v in self.headers.get_all("Content-Length") or []}
            if len(lengths) > 1:
                environ["c2q.framing"] = f"the request has {len(lengths)} different Content-Length headers"
            return environ

    class Server(BaseWSGIServer):
        multithread = True
        daemon_threads = True

        def __init__(self):
            super().__init__(host, port, app, handler=Handler)
            self.slots = threading.BoundedSemaphore(max_connections)
            self.active = 0

        def process_request(self, request, client_address):
            if not self.slots.acquire(blocking=False):
                try:
                    request.setblocking(False)
                    request.send(BUSY)
                except OSError:
                    pass
                self.shutdown_request(request)
                return
            threading.Thread(target=self._serve_one, args=(request, client_address),
                             name="c2q-conn", daemon=True).start()

        def _serve_one(self, request, client_address):
            try:
                self.finish_request(request, client_address)
            except Exception:
                self.handle_error(request, client_address)
            finally:
                self.shutdown_request(request)
                self.slots.release()

    return Server()


class _DeadlineReader(io.RawIOBase):
    """A socket's reading side that gives up at `owner.deadline` (a TimeoutError, which the
    request handler answers by closing the connection), however the bytes trickle in."""

    def __init__(self, sock, owner):
        self.sock, self.owner = sock, owner

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:
        left = self.owner.deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the request did not arrive within the socket timeout")
        self.sock.settimeout(left)
        try:
            return self.sock.recv_into(buf)
        finally:
            self.sock.settimeout(self.owner.timeout)    # writing the answer gets the whole timeout


def exposure_warnings(app: App) -> list[str]:
    """What each database account can do beyond reading the served database."""
    out = []
    for name, source in app.sources.items():
        try:
            out += [f"database {name}: {w}" for w in source.exposure()]
        except Exception as e:     # a warning about warnings: never a reason not to serve
            out.append(f"database {name}: could not check the account's privileges: {type(e).__name__}: {e}")
    return out


class ServerThread:
    """A WSGI server on a background thread; `url` is the Chat2Query base URL."""

    def __init__(self, app: App, host: str = "127.0.0.1", port: int = 0):
        logging.getLogger("werkzeug").setLevel(logging.ERROR)
        self.app = app
        cfg = app.config
        self._server = bounded_server(host, port, app, cfg.max_connections, cfg.socket_timeout)
        self.host, self.port = host, self._server.server_port
        # a short poll interval so that stopping (at the end of every shell run) is quick
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="c2q-server", daemon=True)

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/api/v1beta/app/{self.app.config.app_id}/endpoint"

    def start(self) -> ServerThread:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._thread.join(timeout=10)
        self.app.close()


def serve_main(args) -> int:
    """`c2q serve`: print the endpoint and keys, serve until Ctrl-C or SIGTERM."""
    pub, priv = os.environ.get("C2Q_PUBLIC_KEY"), os.environ.get("C2Q_PRIVATE_KEY")
    generated = not (pub and priv)
    if generated:
        pub, priv = generate_keys()
    config = ServerConfig(public_key=pub, private_key=priv, cluster_id=args.cluster_id, app_id=args.app_id,
                          state_dir=Path(args.state_dir) if args.state_dir else default_state_dir(),
                          max_rows=args.max_rows, query_timeout=args.query_timeout, rate_limit=args.rate_limit,
                          login_failures=args.max_login_failures,
                          engine=args.engine, llm_base_url=args.llm_base_url or "", llm_model=args.llm_model or "",
                          llm_api_key=os.environ.get("C2Q_LLM_API_KEY", ""),
                          **{k: getattr(args, k) for k in LIMIT_FLAGS if getattr(args, k, None) is not None})
    if config.engine != "rules" and not (config.llm_base_url and config.llm_model):
        print(f"c2q serve: --engine {config.engine} needs --llm-base-url and --llm-model "
              "(the key, if the service wants one, comes from C2Q_LLM_API_KEY)", file=sys.stderr)
        return 2
    if not config.app_id.startswith("chat2query-") or not config.app_id[11:].isalnum():
        print(f"c2q serve: --app-id must look like chat2query-<letters and digits>, got '{config.app_id}'",
              file=sys.stderr)
        return 2
    try:
        app = make_app(config, args.db)
        server = ServerThread(app, args.host, args.port)
    except (OSError, ValueError, ImportError, StateError) as e:
        print(f"c2q serve: {e}", file=sys.stderr)
        return 2
    except StoreUnavailable as e:    # a read-only state file, a full disk
        print(f"c2q serve: cannot start: the state cannot be written: {e.detail}; make room on the disk or"
              " make the state file writable (or give another --state-dir)", file=sys.stderr)
        return 2
    except Exception as e:    # a database that cannot be opened, for one
        print(f"c2q serve: cannot start: {type(e).__name__}: {e}", file=sys.stderr)
        return 2
    # Before the endpoint is printed (a client may signal as soon as it reads it): SIGTERM and
    # SIGINT stop the server cleanly — SIGINT too when started from a script's background job
    # (`c2q serve &`), which inherits SIGINT ignored so Python never raises KeyboardInterrupt.
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s", stream=sys.stderr)
    for warning in app.warnings + exposure_warnings(app):    # before the endpoint line, so a reader has them
        print(f"c2q serve: warning: {warning}", file=sys.stderr, flush=True)
    print(f"endpoint: {server.url}")
    print(f"public key: {config.public_key}")
    print(f"cluster id: {config.cluster_id}")
    print("databases: " + ", ".join(f"{name} ({s.describe()})" for name, s in app.sources.items()))
    if config.engine != "rules":
        print(f"engine: {config.engine} ({config.llm_model} at {config.llm_base_url})")
    if generated:
        print(f"private key: {config.private_key}")
    print(f"state dir: {config.state_dir}")
    sys.stdout.flush()
    for name in app.sources:          # build the summaries now so the first question needs no wait
        app.summaries.ensure(config.cluster_id, name)
    server.start()
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    print("stopping", file=sys.stderr)
    server.stop()
    return 0
