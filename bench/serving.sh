#!/usr/bin/env bash
# Serving benchmark (docs/PERFORMANCE.md, "Serving"): 100,000 stories in SQLite, the article and home pages served by
# `wiredesk serve`, side by side with nginx serving the very same HTML saved as static files, measured with wrk in one
# run. Everything listens on 127.0.0.1 only; each wrk run is bounded by DURATION.
# Usage: bench/serving.sh [STORIES] [DURATION] [CONNECTIONS]      (defaults 100000 10s 64)
set -euo pipefail
cd "$(dirname "$0")/.."
STORIES=${1:-100000}
DURATION=${2:-10s}
CONNECTIONS=${3:-64}
WD_PORT=5190
NGINX_PORT=5191
for tool in wrk nginx curl; do command -v $tool >/dev/null || { echo "needs $tool (apt-get install wrk nginx-light curl)"; exit 2; }; done

# On tmpfs when there is one: the seeding writes 100,000 transactions and this measures serving, not the disk.
ROOT=$(mktemp -d "${TMPDIR:-/dev/shm}/wiredesk-bench-XXXXXX" 2>/dev/null || mktemp -d)
DATA=$ROOT/data; STATIC=$ROOT/static; mkdir -p "$DATA" "$STATIC"
cleanup() {
  [ -n "${WD_PID:-}" ] && kill "$WD_PID" 2>/dev/null || true
  [ -f "$ROOT/nginx.pid" ] && kill "$(cat "$ROOT/nginx.pid")" 2>/dev/null || true
  rm -rf "$ROOT"
}
trap cleanup EXIT

echo "== build (Release)"
dotnet build -c Release -v q src/WireDesk/WireDesk.csproj >/dev/null
dotnet build -c Release -v q bench/WireDesk.Serving.Seed/WireDesk.Serving.Seed.csproj >/dev/null

echo "== seed $STORIES stories"
dotnet bench/WireDesk.Serving.Seed/bin/Release/net10.0/WireDesk.Serving.Seed.dll "$DATA" "$STORIES" | tail -1
echo '{ "Site": { "BaseUrl": "http://127.0.0.1:'$WD_PORT'" } }' > "$DATA/site.json"

echo "== start wiredesk serve"
DOTNET_gcServer=1 DOTNET_TieredPGO=1 dotnet src/WireDesk/bin/Release/net10.0/wiredesk.dll serve --data "$DATA" --urls "http://127.0.0.1:$WD_PORT" > "$ROOT/wiredesk.log" 2>&1 &
WD_PID=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$WD_PORT/" -o /dev/null && break; sleep 0.2; done

HOME_URL="http://127.0.0.1:$WD_PORT/"
ARTICLE_PATH=$(curl -s "$HOME_URL" | grep -o 'class="teaser lead"><p class="kicker">[^<]*</p><h3><a href="[^"]*"' | sed 's/.*href="//; s/"$//')
[ -n "$ARTICLE_PATH" ] || { echo "could not find an article on the home page"; exit 1; }
ARTICLE_URL="http://127.0.0.1:$WD_PORT$ARTICLE_PATH"
curl -s "$ARTICLE_URL" -o "$STATIC/article.html"
curl -s "$HOME_URL" -o "$STATIC/home.html"
echo "article $ARTICLE_PATH: $(wc -c < "$STATIC/article.html") bytes; home: $(wc -c < "$STATIC/home.html") bytes"

cat > "$ROOT/nginx.conf" <<NGINX
worker_processes auto;
pid $ROOT/nginx.pid;
error_log $ROOT/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on; tcp_nopush on; tcp_nodelay on;
  keepalive_requests 100000;
  types { text/html html; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $STATIC;
    location / { etag on; add_header Cache-Control "public, max-age=0, must-revalidate, s-maxage=300"; }
  }
}
NGINX
chmod -R a+rX "$ROOT"   # nginx's workers run as www-data
nginx -c "$ROOT/nginx.conf"
sleep 0.5

run() { # name url -> "rps p99"
  local out; out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$2")
  local rps p99; rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}'); p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  local errors; errors=$(echo "$out" | awk '/Non-2xx/ {print $5}')
  printf "%-22s %12s req/s   p99 %8s %s\n" "$1" "$rps" "$p99" "${errors:+(non-2xx: $errors)}" >&2
  echo "$rps"
}
echo "== wrk -t2 -c$CONNECTIONS -d$DURATION (warm-up first)"
wrk -t2 -c"$CONNECTIONS" -d2s "$ARTICLE_URL" >/dev/null; wrk -t2 -c"$CONNECTIONS" -d2s "$HOME_URL" >/dev/null
NA=$(run "nginx article" "http://127.0.0.1:$NGINX_PORT/article.html")
WA=$(run "wiredesk article" "$ARTICLE_URL")
NH=$(run "nginx home" "http://127.0.0.1:$NGINX_PORT/home.html")
WH=$(run "wiredesk home" "$HOME_URL")
awk -v wa="$WA" -v na="$NA" -v wh="$WH" -v nh="$NH" 'BEGIN { printf "article: %.2fx nginx (target >= 0.8)\nhome:    %.2fx nginx (target >= 0.5)\n", wa/na, wh/nh }'
