#!/usr/bin/env bash
# Browser test of the clinician dashboard: builds the real imr-clinic binary, starts two
# clinics on free loopback ports with throwaway databases — `serve` (an admin made with
# `create-admin`, logging in with password + TOTP) and `demo` (simulated participants, one
# red) — and drives Debian's headless Chromium through them with Selenium
# (server/browser-tests/dashboard_test.py). Screenshots go to build/browser/.
# Chromium and chromedriver come from Debian (installed in CI or with IMR_INSTALL=1),
# Selenium from PyPI into .tools/; anything missing is an error, never a skip. The servers
# are always stopped. Exit code 0 = all green.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=tools.sh
source "$ROOT/scripts/tools.sh"

ensure_chromium || { echo "error: chromium and chromedriver are required for the browser test" >&2; exit 1; }
ensure_selenium || { echo "error: selenium is required for the browser test" >&2; exit 1; }
echo "browser: $("$CHROMIUM" --version 2>/dev/null | head -n 1); driver: $("$CHROMEDRIVER" --version | head -n 1)" >&2

cargo build -p imr-clinic --bin imr-clinic
SERVER="${CARGO_TARGET_DIR:-$ROOT/target}/debug/imr-clinic"
[ -x "$SERVER" ] || { echo "error: $SERVER was not built" >&2; exit 1; }

WORK="$(mktemp -d -t imr-browser-XXXXXX)"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# Waits until the server writing to log $1 (process $2) says it listens; fails if it dies.
wait_listening() {
  local log="$1" pid="$2"
  for _ in $(seq 1 600); do
    grep -q "listening on" "$log" && return 0
    kill -0 "$pid" 2>/dev/null || { echo "error: the server exited:" >&2; cat "$log" >&2; return 1; }
    sleep 0.2
  done
  echo "error: the server did not start listening within 120 s:" >&2
  cat "$log" >&2
  return 1
}

# serve: a real clinic whose admin logs in with password + TOTP.
SERVE_PORT="$(free_port)"
SERVE_PASSWORD="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')-x1"
SERVE_EMAIL="admin@browser-test.example"
IMR_ADMIN_PASSWORD="$SERVE_PASSWORD" "$SERVER" create-admin --db "$WORK/serve.db" \
  --clinic "Browser Test Clinic" --email "$SERVE_EMAIL" --name "Ada Admin" >"$WORK/admin.txt"
SERVE_SECRET="$(sed -n 's/.*authenticator app: \([A-Z2-7]*\).*/\1/p' "$WORK/admin.txt")"
[ -n "$SERVE_SECRET" ] || { echo "error: create-admin printed no TOTP secret:" >&2; cat "$WORK/admin.txt" >&2; exit 1; }
"$SERVER" serve --allow-http --addr "127.0.0.1:$SERVE_PORT" --db "$WORK/serve.db" >"$WORK/serve.log" 2>&1 &
PIDS+=("$!")
wait_listening "$WORK/serve.log" "$!"

# demo: simulated participants; the demo clinician logs in without a second factor.
DEMO_PORT="$(free_port)"
"$SERVER" demo --addr "127.0.0.1:$DEMO_PORT" --db "$WORK/demo.db" >"$WORK/demo.log" 2>&1 &
PIDS+=("$!")
wait_listening "$WORK/demo.log" "$!"
DEMO_LOGIN="$(sed -n 's/^Demo clinician login: //p' "$WORK/demo.log")"
[ -n "$DEMO_LOGIN" ] || { echo "error: the demo printed no login:" >&2; cat "$WORK/demo.log" >&2; exit 1; }

mkdir -p "$ROOT/build/browser"
status=0
IMR_SERVE_URL="http://127.0.0.1:$SERVE_PORT" IMR_SERVE_EMAIL="$SERVE_EMAIL" \
  IMR_SERVE_PASSWORD="$SERVE_PASSWORD" IMR_SERVE_TOTP_SECRET="$SERVE_SECRET" \
  IMR_DEMO_URL="http://127.0.0.1:$DEMO_PORT" IMR_DEMO_EMAIL="${DEMO_LOGIN%% / *}" \
  IMR_DEMO_PASSWORD="${DEMO_LOGIN#* / }" IMR_SCREENSHOTS="$ROOT/build/browser" \
  "$BROWSER_PYTHON" server/browser-tests/dashboard_test.py "$@" || status=$?

if [ "$status" -ne 0 ]; then
  echo "browser test FAILED; server logs follow" >&2
  tail -n 40 "$WORK/serve.log" "$WORK/demo.log" >&2
else
  echo "browser test passed; screenshots in build/browser/" >&2
fi
exit "$status"
