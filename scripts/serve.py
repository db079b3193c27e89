#!/usr/bin/env python3
"""Static server for www/: sends application/wasm, and serves csp.html with a strict CSP.

    serve.py [--port 8080] [--host 127.0.0.1] DIR
"""
import argparse, functools, http.server, sys

# Pages served with a Content-Security-Policy header, to prove the widget works under it.
CSP_PAGES = {
    "/csp.html": "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'; base-uri 'none'",
    "/csp-nowasm.html": "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'",
    "/trusted-types.html": "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'",
}


# The same page under each policy: the path picks the header, the file is csp.html.
ALIASES = {"/csp-nowasm.html": "/csp.html", "/trusted-types.html": "/csp.html"}


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".js": "text/javascript", ".mjs": "text/javascript",
                      ".json": "application/json", ".txt": "text/plain; charset=utf-8"}

    def translate_path(self, path):
        bare = path.split("?", 1)[0].split("#", 1)[0]
        return super().translate_path(ALIASES.get(bare, path))

    def end_headers(self):
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        if path in CSP_PAGES:
            self.send_header("Content-Security-Policy", CSP_PAGES[path])
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, fmt, *args):
        if "--verbose" in sys.argv:
            super().log_message(fmt, *args)


class Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # A browser that closes a connection early (a cancelled preload, a closed test page)
        # is not an error of the server.
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return
        super().handle_error(request, client_address)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--port", type=int, default=8080)
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("dir")
    args = ap.parse_args()
    handler = functools.partial(Handler, directory=args.dir)
    with Server((args.host, args.port), handler) as server:
        print(f"article-lens: serving {args.dir} at http://{args.host}:{args.port}/", flush=True)
        server.serve_forever()


if __name__ == "__main__":
    main()
