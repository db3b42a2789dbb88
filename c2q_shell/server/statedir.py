"""The state directory a server owns: private (0700 directory, 0600 files), locked by one
server at a time, and checked at start so that a damaged or emptied state file is never
silently replaced by an empty one, and no id is ever handed out twice."""
from __future__ import annotations

import json
import logging
import os
import sqlite3
import stat
from pathlib import Path

log = logging.getLogger("c2q.server")
STATE_FILE = "state.sqlite"
LOCK_FILE = "server.lock"
IDS_FILE = "state.ids.json"       # ids handed out and reserved, kept beside the state file
ID_BLOCK = 1000                   # ids reserved ahead: after a crash, new ids start past the block
REQUIRED = ("sessions", "messages", "summaries", "knowledge_bases", "knowledge_data", "jobs")


class StateError(Exception):
    """The state directory cannot be used; the message names the file and the way out."""


class StateLocked(StateError):
    """Another server holds the state directory."""


class StateDir:
    """Open with `StateDir.open(path)`; `close()` releases the lock.

    Ids: `state.ids.json` keeps, per table, the highest id `issued` (at start and stop) and the
    end of a `reserved` block that is always ahead of every id handed out (extended as ids pass
    it). A state file that is behind what was issued (new after a loss, restored from a backup)
    continues after the reserved block, so no id is ever handed out twice — crash or not."""

    def __init__(self, path: Path, lock_fd: int | None, floor: dict[str, int], warnings: list[str],
                 issued: dict[str, int] | None = None, reserved: dict[str, int] | None = None):
        self.path = path
        self.state_file = path / STATE_FILE
        self._lock_fd = lock_fd
        self.floor = floor
        self.warnings = warnings
        self.issued = dict(issued or {})
        self.reserved = dict(reserved or {})

    @classmethod
    def open(cls, path: Path | str) -> StateDir:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        warnings = _permissions(path)
        fd = _lock(path)
        try:
            floor, issued, reserved = _check(path)
        except BaseException:
            _unlock(fd)
            raise
        return cls(path, fd, floor, warnings, issued, reserved)

    def record(self, high_water: dict[str, int], reserve: bool = False) -> None:
        """Remember the highest ids handed out (never lowered); with `reserve`, also start a new
        block ahead of them. Written atomically, 0600."""
        for k, v in high_water.items():
            self.issued[k] = max(int(v), self.issued.get(k, 0))
            if reserve:
                self.reserved[k] = max(self.reserved.get(k, 0), self.issued[k] + ID_BLOCK)
        self._write()

    def extend(self, table: str, issued_id: int) -> int:
        """An id has reached the end of its table's block: reserve the next one; its new end."""
        self.reserved[table] = max(self.reserved.get(table, 0), issued_id + ID_BLOCK)
        self._write()
        return self.reserved[table]

    def _write(self) -> None:
        tmp = self.path / (IDS_FILE + ".tmp")
        fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as f:
            json.dump({"issued": self.issued, "reserved": self.reserved}, f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.path / IDS_FILE)

    def close(self) -> None:
        _unlock(self._lock_fd)
        self._lock_fd = None


def _permissions(path: Path) -> list[str]:
    """Warn about a directory others can read; make our own files 0600 (and say so)."""
    warnings = []
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        warnings.append(f"state dir {path} is open to other users (mode {mode:04o}); its files are kept 0600,"
                        f" `chmod 700 {path}` hides their names too")
    for name in (STATE_FILE, STATE_FILE + "-wal", STATE_FILE + "-shm", IDS_FILE, LOCK_FILE, "server.log"):
        f = path / name
        try:
            fmode = stat.S_IMODE(f.stat().st_mode)
        except FileNotFoundError:
            continue
        if fmode & 0o077:
            try:
                os.chmod(f, 0o600)
                warnings.append(f"state file {f} was readable by other users (mode {fmode:04o}); made it 0600")
            except OSError as e:
                warnings.append(f"state file {f} is readable by other users (mode {fmode:04o}) and could not"
                                f" be made private: {e}")
    return warnings


def _lock(path: Path) -> int | None:
    try:
        import fcntl
    except ImportError:          # not POSIX: no lock, as before
        return None
    lock = path / LOCK_FILE
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "unknown"
        os.close(fd)
        raise StateLocked(f"the state dir {path} is in use by another c2q server ({holder}); stop that"
                         " server first, or give this one another --state-dir") from None
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"pid {os.getpid()}".encode(), 0)
    return fd


def _unlock(fd: int | None) -> None:
    if fd is not None:
        os.close(fd)          # closing the descriptor releases the flock


def _recover_hint(f: Path) -> str:
    return (f"restore it from a backup, or move it aside (`mv {f} {f}.damaged`) to start with an empty"
            f" store — new ids then continue after the old ones ({f.parent / IDS_FILE} remembers them)")


def _floor(seqs: dict, issued: dict[str, int], reserved: dict[str, int]) -> dict[str, int]:
    """Where each table's ids go on: its own sequence, or — when the state file is behind what
    was issued (new, restored) — past the reserved block."""
    floor = {}
    for t in set(seqs) | set(issued) | set(reserved):
        own = int(seqs.get(t, 0))
        floor[t] = max(issued.get(t, 0), reserved.get(t, 0), own) if own < issued.get(t, 0) else own
    return floor


def _read_ids(ids_file: Path) -> tuple[dict[str, int], dict[str, int]]:
    try:
        raw = json.loads(ids_file.read_text(encoding="utf-8"))
        if "issued" not in raw:                          # the first format: the issued ids alone
            raw = {"issued": raw, "reserved": raw}
        return ({str(k): int(v) for k, v in raw["issued"].items()},
                {str(k): int(v) for k, v in raw.get("reserved", {}).items()})
    except (ValueError, TypeError, AttributeError, KeyError, OSError) as e:
        raise StateError(f"the id record {ids_file} is damaged ({e}); restore it from a backup, or delete"
                         " it if the state file is whole (its ids are then read from the state file)") from None


def _check(path: Path) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """(floor, issued, reserved): where ids go on, after checking the state file; StateError
    when it is damaged or emptied."""
    ids_file, f = path / IDS_FILE, path / STATE_FILE
    issued, reserved = _read_ids(ids_file) if ids_file.exists() else ({}, {})
    if not f.exists():
        if issued:
            log.warning("state file %s is missing; starting with an empty store, ids continue after %s",
                        f, reserved or issued)
        return _floor({}, issued, reserved), issued, reserved
    size = f.stat().st_size
    if size == 0 and not ids_file.exists():      # created, then stopped before SQLite wrote to it
        return {}, issued, reserved
    if size == 0:
        raise StateError(f"the state file {f} is empty (0 bytes) but should hold this server's state; "
                         + _recover_hint(f))
    with open(f, "rb") as fh:
        header = fh.read(16)
    if header != b"SQLite format 3\x00":
        raise StateError(f"the state file {f} is not a SQLite database (damaged or overwritten); " + _recover_hint(f))
    try:
        conn = sqlite3.connect(f"file:{f}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            seqs = dict(conn.execute("SELECT name, seq FROM sqlite_sequence").fetchall()) \
                if "sqlite_sequence" in tables else {}
        finally:
            conn.close()
    except sqlite3.Error as e:
        raise StateError(f"the state file {f} cannot be read ({e}); " + _recover_hint(f)) from None
    if result != "ok":
        raise StateError(f"the state file {f} is damaged (integrity check: {result}); " + _recover_hint(f))
    missing = [t for t in REQUIRED if t not in tables]
    if missing and (tables - {"sqlite_sequence"} or issued):
        raise StateError(f"the state file {f} lacks the tables {', '.join(missing)} (emptied or not c2q's); "
                         + _recover_hint(f))
    return _floor(seqs, issued, reserved), issued, reserved
