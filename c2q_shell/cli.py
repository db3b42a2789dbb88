"""Command line: `c2q` (the chat shell, interactive or batch) and `c2q serve` (the local
Chat2Query-compatible server). Parses flags, builds Settings, runs one mode, returns an exit code."""
from __future__ import annotations

import argparse
import sys

from .config import MAX_ROWS_SHOWN

EXIT_OK, EXIT_ROUND_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class Parser(argparse.ArgumentParser):
    """A usage error is one line naming the flag, and where the full usage is (exit 2)."""

    def error(self, message: str):
        self.exit(EXIT_USAGE, f"{self.prog}: {message} ({self.prog} --help lists the options)\n")


def port(text: str) -> int:
    """A TCP port for argparse: 0 (any free port) to 65535, else a usage error (exit 2)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a port number (0-65535)") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"{value} is not a port number: use 0 (any free port) to 65535")
    return value


def rows_shown(text: str) -> int:
    """--rows N: 0 (every row) up to MAX_ROWS_SHOWN."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of rows") from None
    if not 0 <= value <= MAX_ROWS_SHOWN:
        raise argparse.ArgumentTypeError(f"{value}: use 0 (every row) to {MAX_ROWS_SHOWN:,}")
    return value


def serve_parser() -> argparse.ArgumentParser:
    p = Parser(prog="c2q serve", description=(
        "Serve the Chat2Query API locally over real databases. Keys come from C2Q_PUBLIC_KEY and "
        "C2Q_PRIVATE_KEY; when unset, fresh ones are generated and printed."))
    p.add_argument("--db", action="append", metavar="URL",
                   help="sqlite:///path/file.sqlite or mysql://user:pass@host:port/db (repeatable); "
                        "default: the bundled sp500insight demo")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=port, default=0, help="port (default 0: any free port)")
    p.add_argument("--app-id", default="chat2query-local", help="the app id in the endpoint path")
    p.add_argument("--cluster-id", default="local", help="the cluster id clients send")
    p.add_argument("--state-dir", help="where sessions, summaries and jobs are kept (default: ~/.local/share/c2q)")
    p.add_argument("--max-rows", type=int, default=1000, help="rows returned at most per answer")
    p.add_argument("--query-timeout", type=float, default=30.0, help="seconds a query may run")
    p.add_argument("--rate-limit", type=int, default=0, help="requests per minute per key (0: no limit)")
    p.add_argument("--max-login-failures", type=int, default=10, metavar="N",
                   help="failed logins per client and key per minute before it gets 429 (0: no limit)")
    p.add_argument("--engine", choices=["rules", "llm", "hybrid"], default="rules",
                   help="NL-to-SQL engine (llm/hybrid need --llm-base-url and --llm-model)")
    p.add_argument("--llm-base-url", help="OpenAI-compatible base URL, e.g. http://127.0.0.1:11434/v1")
    p.add_argument("--llm-model", help="model name for the LLM engine")
    lim = p.add_argument_group("limits", "each has a safe default; README 'Reliability and security'")
    for flag, kind, text in (
            ("--max-body-bytes", int, "request body, chunked or not (default 1 MiB; larger: 413)"),
            ("--max-result-bytes", int, "bytes of values one answer returns (default 8 MiB; more rows are cut)"),
            ("--max-value-bytes", int, "bytes of one value (default 64 KiB; longer values are cut)"),
            ("--max-job-bytes", int, "bytes one job may add to the state (default 16 MiB; more: the job fails)"),
            ("--job-timeout", float, "seconds before the watchdog fails a job (default 300)"),
            ("--keep-jobs", float, "days an ended job and its result are kept (default 7; 0: for ever)"),
            ("--workers", int, "quick-lane jobs at once (default 4)"),
            ("--slow-workers", int, "slow-lane jobs at once (default 4)"),
            ("--slow-after", float, "seconds after which a job moves to the slow lane (default 0.5)"),
            ("--max-queue", int, "jobs waiting at most (default 256; more: 503 with Retry-After)"),
            ("--max-connections", int, "connections served at once, one thread each (default 64; more: 503)"),
            ("--socket-timeout", float, "seconds a request may take to arrive; idle connections are closed (default 30)"),
            ("--max-question-chars", int, "characters of a question or feedback (default 4000; more: 400)"),
            ("--max-sql-chars", int, "characters of SQL given to refineSql (default 65536; more: 400)")):
        lim.add_argument(flag, type=kind, help=text)
    return p


def shell_parser() -> argparse.ArgumentParser:
    p = Parser(prog="c2q", description=(
        "Chat with your database through TiDB Cloud's Chat2Query API. With no endpoint configured, "
        "c2q starts a local Chat2Query server on the sp500insight demo database. "
        "`c2q serve --help` for the server."))
    p.add_argument("-e", "--execute", action="append", metavar="QUESTION",
                   help="ask QUESTION and exit (repeatable: rounds of one session)")
    p.add_argument("--endpoint", help="Chat2Query base URL (…/api/v1beta/app/chat2query-<ID>/endpoint)")
    p.add_argument("--public-key", help="API public key")
    p.add_argument("--private-key-env", metavar="VAR", help="read the private key from environment variable VAR")
    p.add_argument("--cluster-id", help="TiDB cluster id")
    p.add_argument("--database", help="database name")
    p.add_argument("--profile", help="profile from the config file")
    p.add_argument("--mode", choices=["direct", "auto_breakdown"], help="SQL generation mode")
    p.add_argument("--theme", help="colour theme")
    p.add_argument("--no-color", action="store_true", help="no colours (also: NO_COLOR)")
    p.add_argument("--format", help="output format: table, vertical, csv, tsv, json, markdown or a tabulate format")
    p.add_argument("--sql-only", action="store_true", help="print only the generated SQL")
    p.add_argument("--session", metavar="NAME",
                   help="continue the latest session called NAME (created if there is none); without it, "
                        "the shell starts a session named by its first question and batch runs reuse one "
                        "session, 'c2q batch'")
    demo = p.add_mutually_exclusive_group()
    demo.add_argument("--script", metavar="FILE",
                   help="a demo script: one question or \\command a line; each prompt is pre-filled with the "
                        "next (edit it or press Enter); not on a terminal, the lines run as a batch")
    demo.add_argument("--replay", metavar="FILE.json",
                   help="play back a conversation written by \\export conversation FILE.json, offline, a round "
                        "per Enter (all at once when not on a terminal)")
    p.add_argument("--db", action="append", metavar="URL", help="database for the embedded server (repeatable)")
    p.add_argument("--rows", type=rows_shown, help="rows shown per result (0: all; at most 1,000,000)")
    p.add_argument("--config", help="config file (default: $XDG_CONFIG_HOME/c2q/config.toml)")
    p.add_argument("--version", action="store_true", help="print the version and exit")
    return p


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "serve":
        args = serve_parser().parse_args(argv[1:])
        from .server.serve import serve_main
        return serve_main(args)
    try:
        args = shell_parser().parse_args(argv)
    except SystemExit as e:
        return EXIT_USAGE if e.code else EXIT_OK
    if args.version:
        from . import __version__
        print(f"c2q {__version__}")
        return EXIT_OK
    from .config import load
    settings = load(args)
    if settings.error:
        print(f"c2q: {settings.error}", file=sys.stderr)
        return EXIT_USAGE
    if settings.endpoint and not is_url(settings.endpoint):
        print(f"c2q: the endpoint '{settings.endpoint}' is not a URL: expected "
              "http(s)://HOST/api/v1beta/app/chat2query-<ID>/endpoint", file=sys.stderr)
        return EXIT_USAGE
    if settings.endpoint:
        missing = [n for n, v in (("--public-key / C2Q_PUBLIC_KEY", settings.public_key),
                                  ("--private-key-env VAR / C2Q_PRIVATE_KEY", settings.private_key),
                                  ("--cluster-id / C2Q_CLUSTER_ID", settings.cluster_id),
                                  ("--database / C2Q_DATABASE", settings.database)) if not v]
        if missing:
            print("c2q: with an endpoint, also set: " + "; ".join(missing), file=sys.stderr)
            return EXIT_USAGE
    from .shell.main import run
    return run(args, settings, connector(settings))


def is_url(text: str) -> bool:
    """An http(s) URL with a host (what a Chat2Query endpoint must be)."""
    from urllib.parse import urlsplit
    try:
        parts = urlsplit(text.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def connector(settings):
    """How the shell reaches its Chat2Query service: the configured endpoint, or an embedded
    server started in-process (imported here, so the shell never imports the server)."""
    from .shell.backend import Target
    if settings.endpoint:
        return lambda: Target(settings.endpoint, settings.public_key, settings.private_key,
                              settings.cluster_id, settings.database)

    def start_embedded() -> Target:
        from . import embedded
        c = embedded.start(settings.db_urls, settings.database)
        return Target(c.endpoint, c.public_key, c.private_key, c.cluster_id, c.database, stop=c.stop)

    return start_embedded


if __name__ == "__main__":
    sys.exit(main())
