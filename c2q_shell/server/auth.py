"""HTTP Digest (RFC 7616: MD5, qop="auth") and Basic authentication for the local server.
Nonces are stateless (a timestamp signed with HMAC) and expire; a replayed nc is refused."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import threading
import time
from collections import OrderedDict

REALM = "c2q"
NONCE_TTL = 300            # seconds a nonce stays valid
_PARAM = re.compile(r'(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))')


def _md5(text: str) -> str:
    return hashlib.md5(text.encode("utf-8", "surrogateescape")).hexdigest()


def _same(a: str, b: str) -> bool:
    """Constant-time comparison of any two strings (compare_digest refuses non-ASCII str)."""
    return hmac.compare_digest(a.encode("utf-8", "surrogateescape"), b.encode("utf-8", "surrogateescape"))


def _basic_credentials(rest: str) -> tuple[str, str] | None:
    """(user, password) of a Basic Authorization header (after the scheme); None when malformed."""
    try:
        user, _, pwd = base64.b64decode(rest.strip(), validate=True).decode("utf-8").partition(":")
    except ValueError:          # binascii.Error and UnicodeDecodeError are ValueErrors
        return None
    return user, pwd


def _digest_params(rest: str) -> dict[str, str]:
    """The name=value pairs of a Digest Authorization header (after the scheme)."""
    return {m.group(1).lower(): (m.group(2) if m.group(2) is not None else m.group(3)) for m in _PARAM.finditer(rest)}


class Authenticator:
    """Checks the Authorization header against one key pair."""

    def __init__(self, public_key: str, private_key: str, now=time.time):
        self.public_key = public_key
        self._private_key = private_key
        self._secret = os.urandom(32)
        self._now = now
        self._seen: OrderedDict[str, int] = OrderedDict()    # nonce -> highest nc used
        self._lock = threading.Lock()

    def __repr__(self) -> str:   # never show the private key
        return f"Authenticator(public_key={self.public_key!r})"

    def nonce(self) -> str:
        # timestamp and a random salt, signed: unique per challenge, checkable without storage
        stamp = f"{int(self._now())}.{os.urandom(6).hex()}"
        sig = hmac.new(self._secret, stamp.encode(), hashlib.sha256).hexdigest()[:32]
        return base64.b64encode(f"{stamp}:{sig}".encode()).decode()

    def challenge(self, stale: bool = False) -> str:
        extra = ', stale=true' if stale else ''
        return f'Digest realm="{REALM}", qop="auth", nonce="{self.nonce()}", algorithm=MD5{extra}'

    def names_this_key(self, header: str | None) -> bool:
        """Do the credentials name this server's public key? The login throttle counts failures with
        other keys (a script with a stale key) apart, so they never lock out the right key's users;
        guesses at the right key's private key are still throttled."""
        scheme, _, rest = (header or "").partition(" ")
        if scheme.lower() == "digest":
            user = _digest_params(rest).get("username") or ""
        elif scheme.lower() == "basic":
            user = (_basic_credentials(rest) or ("", ""))[0]
        else:
            user = ""
        return bool(user) and _same(user, self.public_key)

    def _nonce_state(self, nonce: str) -> str:
        """'ok', 'stale' or 'bad'."""
        try:
            stamp, sig = base64.b64decode(nonce, validate=True).decode().split(":", 1)
            good = hmac.new(self._secret, stamp.encode(), hashlib.sha256).hexdigest()[:32]
            issued = int(stamp.split(".", 1)[0])
        except Exception:
            return "bad"
        if not _same(sig, good):
            return "bad"
        return "ok" if self._now() - issued <= NONCE_TTL else "stale"

    def check(self, header: str | None, method: str, uri: str | tuple[str, ...]) -> tuple[bool, bool]:
        """(authorized, stale). `uri` is the request target (path and query) — or the forms it
        may take (as sent, percent-decoded). Malformed credentials of any kind are simply not
        authorized."""
        try:
            return self._check(header, method, uri)
        except (ValueError, TypeError, UnicodeError):
            return False, False

    def _check(self, header: str | None, method: str, uri: str | tuple[str, ...]) -> tuple[bool, bool]:
        if not header:
            return False, False
        scheme, _, rest = header.partition(" ")
        if scheme.lower() == "basic":
            pair = _basic_credentials(rest)
            if pair is None:
                return False, False
            return _same(pair[0], self.public_key) & _same(pair[1], self._private_key), False
        if scheme.lower() != "digest":
            return False, False
        p = _digest_params(rest)
        need = ("username", "realm", "nonce", "uri", "response")
        if any(k not in p for k in need) or p["username"] != self.public_key or p["realm"] != REALM:
            return False, False
        if p.get("algorithm", "MD5").upper() != "MD5":
            return False, False
        state = self._nonce_state(p["nonce"])
        if state != "ok":
            return False, state == "stale"
        if p["uri"] not in ((uri,) if isinstance(uri, str) else uri):
            return False, False
        ha1 = _md5(f"{p['username']}:{REALM}:{self._private_key}")
        ha2 = _md5(f"{method}:{p['uri']}")
        qop = p.get("qop")
        if qop == "auth":
            if "nc" not in p or "cnonce" not in p:
                return False, False
            expected = _md5(f"{ha1}:{p['nonce']}:{p['nc']}:{p['cnonce']}:auth:{ha2}")
        elif qop is None:
            expected = _md5(f"{ha1}:{p['nonce']}:{ha2}")
        else:
            return False, False
        if not _same(expected, p["response"]):
            return False, False
        return self._fresh_nc(p["nonce"], p.get("nc")), False

    def _fresh_nc(self, nonce: str, nc: str | None) -> bool:
        """A nonce count must grow with each use of a nonce; a repeat is a replay."""
        try:
            count = int(nc or "0", 16)
        except ValueError:
            return False
        with self._lock:
            last = self._seen.get(nonce, -1 if nc else None)
            if last is None:        # RFC 2069 style (no qop): the nonce may be used once
                self._seen[nonce] = 0
            elif count <= last:
                return False
            else:
                self._seen[nonce] = count
            self._seen.move_to_end(nonce)
            while len(self._seen) > 10000:
                self._seen.popitem(last=False)
        return True


class LoginThrottle:
    """Failed logins per client (an address, and whether the key is the server's: see
    Authenticator.names_this_key): after `limit` failures within `window` seconds the client is
    refused (429 with Retry-After) until the oldest of them leaves the window."""

    def __init__(self, limit: int = 10, window: float = 60.0, now=time.monotonic, clients: int = 10000):
        self.limit, self.window = limit, window
        self._now = now
        self._clients = clients
        self._failures: OrderedDict[str, list[float]] = OrderedDict()
        self._lock = threading.Lock()

    def retry_after(self, client: str) -> int:
        """Seconds the client must wait before trying again; 0 when it may try now."""
        if self.limit <= 0:
            return 0
        now = self._now()
        with self._lock:
            times = self._recent(client, now)
            if len(times) < self.limit:
                return 0
            return max(1, int(times[0] + self.window - now + 0.999))

    def failed(self, client: str) -> None:
        if self.limit <= 0:
            return
        now = self._now()
        with self._lock:
            times = self._recent(client, now)
            times.append(now)
            del times[:-self.limit]
            self._failures[client] = times
            self._failures.move_to_end(client)
            while len(self._failures) > self._clients:
                self._failures.popitem(last=False)

    def _recent(self, client: str, now: float) -> list[float]:
        times = [t for t in self._failures.get(client, ()) if now - t < self.window]
        if not times:
            self._failures.pop(client, None)
        return times
