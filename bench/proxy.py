"""A counting HTTP proxy between a client and the local emulator.

    python proxy.py UPSTREAM_URL PORT_FILE

Listens on a free port (written to PORT_FILE), forwards every request to UPSTREAM_URL, and
counts them by AWS action (from X-Amz-Target, or the Action form field). GET /__counts returns
the counts as JSON; POST /__reset clears them.
"""
import http.client
import json
import sys
import threading
import urllib.parse
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

upstream = urllib.parse.urlparse(sys.argv[1])
counts = Counter()
lock = threading.Lock()
local = threading.local()


def connection():
    if getattr(local, "conn", None) is None:
        local.conn = http.client.HTTPConnection(upstream.hostname, upstream.port, timeout=120)
    return local.conn


class Proxy(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def reply(self, status, body, headers=()):
        self.send_response(status)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def forward(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if self.path == "/__counts":
            with lock:
                return self.reply(200, json.dumps(dict(counts)).encode())
        if self.path == "/__reset":
            with lock:
                counts.clear()
            return self.reply(200, b"{}")
        action = (self.headers.get("X-Amz-Target") or "").split(".")[-1]
        if not action and body:
            action = urllib.parse.parse_qs(body.decode(errors="replace")).get("Action", ["?"])[0]
        with lock:
            counts[action or "?"] += 1
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("connection", "keep-alive")}
        for attempt in range(2):
            try:
                conn = connection()
                conn.request(self.command, self.path, body, headers)
                resp = conn.getresponse()
                data = resp.read()
                break
            except (http.client.HTTPException, OSError):
                local.conn = None
                if attempt:
                    raise
        out = [(k, v) for k, v in resp.getheaders() if k.lower() not in ("transfer-encoding", "connection", "content-length")]
        self.reply(resp.status, data, out)

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = forward


server = ThreadingHTTPServer(("127.0.0.1", 0), Proxy)
server.daemon_threads = True
with open(sys.argv[2], "w") as f:
    f.write(str(server.server_address[1]))
server.serve_forever()
