"""A counting, fault-injecting HTTP proxy between a client and the local emulator.

    python proxy.py UPSTREAM_URL PORT_FILE

Listens on a free port (written to PORT_FILE) and forwards every request to UPSTREAM_URL,
counting requests by AWS action (X-Amz-Target, or the Action form field).

Control endpoints (not forwarded):
  GET  /__counts   the counts as JSON
  POST /__reset    clear the counts and switch every fault off
  POST /__faults   set faults, a JSON object with any of:
      throttle:  fraction answered 400 ThrottlingException without forwarding
      error5xx:  fraction answered 503 ServiceUnavailable without forwarding
      reset:     fraction whose connection is reset (RST) before forwarding
      delay_ms:  delay before each answer
      drop_reply: {"action": "StartExecution", "count": N}: forward the next N such requests,
                  let the emulator act, then reset the connection instead of answering
      refuse:    true stops listening: every later connection is refused (for good)
"""
import http.client
import json
import random
import socket
import struct
import sys
import threading
import time
import urllib.parse
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

upstream = urllib.parse.urlparse(sys.argv[1])
counts = Counter()
faults = {}
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

    def reset(self):
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True

    def aws_error(self, status, code, message):
        """An AWS error in the request's protocol: JSON (Step Functions, SQS) or XML (STS, IAM)."""
        if self.headers.get("X-Amz-Target"):
            body = json.dumps({"__type": code, "message": message}).encode()
            return self.reply(status, body, [("Content-Type", "application/x-amz-json-1.0")])
        code = "Throttling" if code == "ThrottlingException" else code
        body = (f"<ErrorResponse><Error><Type>Sender</Type><Code>{code}</Code><Message>{message}</Message></Error>"
                f"<RequestId>proxy</RequestId></ErrorResponse>").encode()
        self.reply(status, body, [("Content-Type", "text/xml")])

    def forward(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if self.path.startswith("/__"):
            return self.control(body)
        action = (self.headers.get("X-Amz-Target") or "").split(".")[-1]
        if not action and body:
            action = urllib.parse.parse_qs(body.decode(errors="replace")).get("Action", ["?"])[0]
        with lock:
            counts[action or "?"] += 1
            f = dict(faults)
            drop = f.get("drop_reply") or {}
            drop_this = drop.get("action") == action and drop.get("count", 0) > 0
            if drop_this:
                faults["drop_reply"] = dict(drop, count=drop["count"] - 1)
        if f.get("delay_ms"):
            time.sleep(f["delay_ms"] / 1000)
        roll = random.random()
        if roll < f.get("reset", 0):
            return self.reset()
        roll -= f.get("reset", 0)
        if roll < f.get("throttle", 0):
            return self.aws_error(400, "ThrottlingException", "Rate exceeded")
        roll -= f.get("throttle", 0)
        if roll < f.get("error5xx", 0):
            return self.aws_error(503, "ServiceUnavailable", "Service unavailable")
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
        if drop_this:
            return self.reset()
        out = [(k, v) for k, v in resp.getheaders() if k.lower() not in ("transfer-encoding", "connection", "content-length")]
        self.reply(resp.status, data, out)

    def control(self, body):
        with lock:
            if self.path == "/__counts":
                return self.reply(200, json.dumps(dict(counts)).encode())
            if self.path == "/__reset":
                counts.clear()
                faults.clear()
            elif self.path == "/__faults":
                faults.clear()
                faults.update(json.loads(body or b"{}"))
                if faults.get("refuse"):
                    threading.Thread(target=lambda: (server.shutdown(), server.server_close())).start()
            else:
                return self.reply(404, b"{}")
        self.reply(200, b"{}")

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = forward


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256


server = Server(("127.0.0.1", 0), Proxy)
with open(sys.argv[2], "w") as f:
    f.write(str(server.server_address[1]))
server.serve_forever()
