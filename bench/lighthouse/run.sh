#!/usr/bin/env bash
# Lighthouse over home, catalogue (a search and two filters), a practice page, statistics, recommendations and
# sign-in, in Spanish and English, mobile preset with its default throttling, on Debian's Chromium. Publishes the
# portal in Release, starts it in Production on a fresh SQLite file with the sample data, and rewrites the
# "Lighthouse" section of docs/performance.md.
#   bench/lighthouse/run.sh              3 runs per page (median), about 10 minutes
#   bench/lighthouse/run.sh --runs 1     one run per page
#   bench/lighthouse/run.sh --no-report  print the table, leave docs/performance.md alone
# Measure on a quiet machine: Lighthouse simulates the network and CPU, but its traces come from this one.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
work=/tmp/mirps-lighthouse
port=5091
runs=3
report=(--report "$root/docs/performance.md")
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift ;;
    --no-report) report=() ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium (Debian package)"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi
if [ ! -d bench/lighthouse/node_modules/lighthouse ]; then
  echo "Installing Lighthouse (npm ci, versions pinned in bench/lighthouse/package-lock.json)"
  (cd bench/lighthouse && npm ci --no-audit --no-fund --loglevel=error)
fi

echo "Publishing the portal (Release)"
rm -rf "$work" && mkdir -p "$work"
dotnet publish src/MirpsPractices.Web -c Release -o "$work/app" -nologo -clp:ErrorsOnly -warnaserror >/dev/null

echo "Starting it on http://127.0.0.1:$port (Production, sample data)"
(
  cd "$work/app"
  ASPNETCORE_ENVIRONMENT=Production \
  Database__Provider=Sqlite \
  ConnectionStrings__Sqlite="Data Source=$work/portal.db" \
  Demo__Seed=true Demo__PrintCredentials=false \
  Demo__Password="lh-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')" \
  Security__SecureCookies=false \
  Commitments__RemindersEnabled=false \
  exec dotnet MirpsPractices.Web.dll --urls "http://127.0.0.1:$port"
) >"$work/portal.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  if curl -fs -o /dev/null "http://127.0.0.1:$port/health"; then break; fi
  if ! kill -0 $server 2>/dev/null; then echo "The portal stopped; see $work/portal.log" >&2; tail -20 "$work/portal.log" >&2; exit 1; fi
  sleep 1
done
curl -fsS -o /dev/null "http://127.0.0.1:$port/health"

cd bench/lighthouse
node lighthouse.mjs --base "http://127.0.0.1:$port" --runs "$runs" --work "$work" "${report[@]}"
