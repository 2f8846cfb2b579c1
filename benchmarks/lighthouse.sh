#!/usr/bin/env bash
# Lighthouse accessibility and performance scores of the site, mobile form
# factor, for the home page, a playbook page and a rule page.
#
#   bash benchmarks/lighthouse.sh            # print the scores
#   MIN_SCORE=0.95 bash benchmarks/lighthouse.sh   # ... and exit 1 below it
#
# Builds the site into a temporary folder, serves it on 127.0.0.1 and runs
# npm's lighthouse (installed once into benchmarks/.node) in Debian's
# chromium. Full reports go to tests/artifacts/lighthouse/.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
PREFIX="$ROOT/benchmarks/.node"
REPORTS="$ROOT/tests/artifacts/lighthouse"
PYTHON=${PYTHON:-python3}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
PAGES=("" "playbook/situations/" "playground/" "linter/rules/but-bridge/")

if [ ! -x "$CHROME_PATH" ]; then
    echo "lighthouse.sh: no browser at $CHROME_PATH (apt-get install chromium)" >&2
    exit 2
fi
if [ ! -x "$PREFIX/node_modules/.bin/lighthouse" ]; then
    npm install --prefix "$PREFIX" --no-audit --no-fund --loglevel=error lighthouse >&2
fi

work=$(mktemp -d)
server=""
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

NO_MKDOCS_2_WARNING=1 "$PYTHON" -m mkdocs build --strict --quiet --site-dir "$work/site"

port=$("$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# A static server that compresses text as any real host does (http.server
# does not, and Lighthouse would measure the uncompressed bytes).
"$PYTHON" - "$port" "$work/site" >/dev/null 2>&1 <<'PY' &
import functools, gzip, http.server, io, os, sys

class Handler(http.server.SimpleHTTPRequestHandler):
    TEXT = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map")

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        if not path.endswith(self.TEXT) or "gzip" not in self.headers.get("Accept-Encoding", "") \
                or not os.path.isfile(path):
            return super().send_head()
        if os.path.isdir(self.translate_path(self.path)) and not self.path.split("?")[0].endswith("/"):
            return super().send_head()  # the redirect to the slash URL
        with open(path, "rb") as fh:
            body = gzip.compress(fh.read(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        if "/assets/" in self.path:
            self.send_header("Cache-Control", "public, max-age=31536000, immutable")
        self.end_headers()
        return io.BytesIO(body)

handler = functools.partial(Handler, directory=sys.argv[2])
http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), handler).serve_forever()
PY
server=$!
for _ in $(seq 50); do
    if "$PYTHON" -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/')" 2>/dev/null; then break; fi
    sleep 0.1
done

mkdir -p "$REPORTS"
status=0
printf '%-34s %14s %12s\n' "page" "accessibility" "performance"
for page in "${PAGES[@]}"; do
    name=${page%/}
    name=${name//\//-}
    name=${name:-home}
    "$PREFIX/node_modules/.bin/lighthouse" "http://127.0.0.1:$port/$page" \
        --quiet \
        --form-factor=mobile \
        --only-categories=accessibility,performance \
        --output=json --output=html \
        --output-path="$REPORTS/$name" \
        --chrome-flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run --disable-sync --user-data-dir=$work/profile-$name"
    "$PYTHON" - "$REPORTS/$name.report.json" "/$page" "${MIN_SCORE:-0}" <<'PY' || status=1
import json, sys

report = json.load(open(sys.argv[1], encoding="utf-8"))
scores = {k: report["categories"][k]["score"] for k in ("accessibility", "performance")}
print(f"{sys.argv[2]:<34} {scores['accessibility']:>14.2f} {scores['performance']:>12.2f}")
failed = [a for a in report["audits"].values()
          if a.get("scoreDisplayMode") == "binary" and a.get("score") == 0
          and a["id"] in {r["id"] for r in report["categories"]["accessibility"]["auditRefs"]}]
for audit in failed:
    print(f"    accessibility: {audit['id']}: {audit['title']}")
sys.exit(1 if min(scores.values()) < float(sys.argv[3]) else 0)
PY
done
echo "reports: $REPORTS"
exit $status
