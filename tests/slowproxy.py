"""A real HTTP proxy on loopback that forwards to a Chat2Query server and can hold requests:
the test arms a hold for a method and path pattern, sees the request arrive, and releases it
when it has checked what the client shows meanwhile (no sleeps). `python tests/slowproxy.py
UPSTREAM SECONDS` runs one that holds every request that long, for trying the shell by hand."""
from __future__ import annotations

import re
import sys
import threading
import time

import requests
from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

HOP = {"connection", "keep-alive", "transfer-encoding", "content-encoding", "content-length", "host"}


class Hold:
    def __init__(self, method: str, pattern: str):
        self.method, self.pattern = method, re.compile(pattern)
        self.arrived = threading.Event()
        self.release = threading.Event()

    def matches(self, method: str, path: str) -> bool:
        return method == self.method and self.pattern.search(path) is not None


class SlowProxy:
    def __init__(self, upstream: str, delay: float = 0.0):
        self.upstream = upstream.rstrip("/")
        self.delay = delay
        self.holds: list[Hold] = []
        self._lock = threading.Lock()
        self._http = requests.Session()
        self._srv = make_server("127.0.0.1", 0, self, threaded=True)
        self.port = self._srv.server_port
        self._thread = threading.Thread(target=self._srv.serve_forever, daemon=True)

    def url_for(self, upstream_url: str) -> str:
        """The proxy's address for an upstream URL (the same path, so digest auth still matches)."""
        host = re.match(r"https?://[^/]+", self.upstream).group(0)
        return f"http://127.0.0.1:{self.port}" + upstream_url[len(host):]

    def hold(self, method: str, pattern: str) -> Hold:
        """The next request that matches waits until `release` is set."""
        h = Hold(method, pattern)
        with self._lock:
            self.holds.append(h)
        return h

    def __call__(self, environ, start_response):
        req = Request(environ)
        with self._lock:
            hold = next((h for h in self.holds if h.matches(req.method, req.full_path)), None)
            if hold is not None:
                self.holds.remove(hold)
        if hold is not None:
            hold.arrived.set()
            hold.release.wait(120)
        elif self.delay:
            time.sleep(self.delay)
        host = re.match(r"https?://[^/]+", self.upstream).group(0)
        headers = {k: v for k, v in req.headers.items() if k.lower() not in HOP}
        r = self._http.request(req.method, host + req.full_path.rstrip("?"), data=req.get_data(), headers=headers,
                               allow_redirects=False, timeout=120)
        resp = Response(r.content, status=r.status_code,
                        headers=[(k, v) for k, v in r.headers.items() if k.lower() not in HOP])
        return resp(environ, start_response)

    def start(self) -> SlowProxy:
        self._thread.start()
        return self

    def stop(self) -> None:
        with self._lock:
            for h in self.holds:
                h.release.set()
        self._srv.shutdown()


if __name__ == "__main__":
    p = SlowProxy(sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else 3.0).start()
    print(p.url_for(sys.argv[1]), flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        p.stop()
