#!/usr/bin/env python3
"""Loopback HTTP server for test_fetch: fixtures from a folder and the odd cases of the web.

Usage: fetch_server.py FIXTURE_DIR LOG_FILE. Listens on 127.0.0.1 and a free port, prints the port on the
first line, logs every request's path (one a line) to LOG_FILE before answering, and the most /hold/
requests it answered at once to LOG_FILE.max.
"""
import http.server
import os
import sys
import threading
import time

FIXTURES, LOG = sys.argv[1], sys.argv[2]
lock = threading.Lock()
flaky_seen = set()
in_flight = [0, 0]  # now, most at once (of /hold/ requests), written to LOG_FILE.max


class Handler(http.server.BaseHTTPRequestHandler):
    # Keep-alive: with HTTP/1.0's closed connections, Qt re-sends some requests and the counts would vary.
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, code, body=b"", headers=()):
        self.send_response(code)
        for k, v in headers:
            self.send_header(k, v)
        if not any(k == "Content-Length" for k, _ in headers):
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def fixture(self, name):
        with open(os.path.join(FIXTURES, name), "rb") as f:
            return f.read()

    def do_GET(self):
        path = self.path
        with lock:
            with open(LOG, "a") as log:
                log.write(path + "\n")
        if path.startswith("/img/"):
            body = self.fixture(path[5:])
            return self.send(200, body, [("Content-Length", str(len(body)))])
        if path.startswith("/hold/"):
            with lock:
                in_flight[0] += 1
                in_flight[1] = max(in_flight)
                with open(LOG + ".max", "w") as f:
                    f.write(str(in_flight[1]))
            time.sleep(0.4)
            with lock:
                in_flight[0] -= 1
            body = self.fixture("a.jpg")
            return self.send(200, body, [("Content-Length", str(len(body)))])
        if path == "/flaky.jpg":
            with lock:
                first = path not in flaky_seen
                flaky_seen.add(path)
            if first:
                return self.send(500, b"busy")
            body = self.fixture("a.jpg")
            return self.send(200, body, [("Content-Length", str(len(body)))])
        if path == "/slow.jpg":
            time.sleep(3)
            return self.send(200, self.fixture("a.jpg"))
        if path == "/page.jpg":
            return self.send(200, b"<html><body>Rate limit exceeded</body></html>", [("Content-Type", "text/html")])
        if path == "/big.jpg":  # no Content-Length: the cap must stop the stream itself
            self.send_response(200)
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            chunk = self.fixture("a.jpg") + b"\0" * 65536
            try:
                for _ in range(200):
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
            return
        if path == "/loop.jpg":
            return self.send(302, headers=[("Location", "/loop.jpg")])
        if path == "/evil.jpg":
            return self.send(302, headers=[("Location", "file:///etc/passwd")])
        if path == "/hop.jpg":
            return self.send(301, headers=[("Location", "/img/b.png")])
        if path in ("/drip.jpg", "/trunc.jpg"):
            # Half the image announced whole; then the connection breaks (trunc) or stays silent (drip: the
            # client gets killed meanwhile).
            body = self.fixture("a.jpg")
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            if path == "/drip.jpg":
                time.sleep(30)
            else:
                self.connection.shutdown(2)
            self.close_connection = True
            return
        return self.send(404, b"not here")


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
print(server.server_address[1], flush=True)
server.serve_forever()
