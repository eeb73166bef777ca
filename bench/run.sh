#!/usr/bin/env bash
# One command for docs/performance.md: builds the portal, the ceiling app and the harness in Release, generates synthetic
# catalogues of 1,000, 10,000 and 100,000 published practices, measures every scenario with wrk (median of 3 runs),
# runs the write path and rewrites the measured section of docs/performance.md.
#   bench/run.sh                        the full measurement (about 25 minutes)
#   bench/run.sh --quick                a smoke run: 1,000 practices, 1 run of 5 s (does not touch docs/performance.md)
#   bench/run.sh --sizes 100000 --runs 1 --no-report …   any option of MirpsPractices.Bench run
# Measure on a quiet machine: the load average before measuring is printed and written into the report.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

if ! command -v wrk >/dev/null 2>&1; then
  echo "Installing wrk (Debian package)"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends wrk >/dev/null
fi

report=(--report "$root/docs/performance.md")
args=()
for arg in "$@"; do
  case "$arg" in
    --quick) args+=(--sizes 1000 --runs 1 --duration 5 --small-duration 5 --warmup 2 --stress-duration 3 --write-seconds 5); report=() ;;
    --no-report) report=() ;;
    *) args+=("$arg") ;;
  esac
done

echo "Building (Release)"
dotnet build src/MirpsPractices.Web -c Release -nologo -clp:ErrorsOnly -warnaserror >/dev/null
dotnet build bench/MirpsPractices.Bench.Ceiling -c Release -nologo -clp:ErrorsOnly -warnaserror >/dev/null
dotnet build bench/MirpsPractices.Bench -c Release -nologo -clp:ErrorsOnly -warnaserror >/dev/null

export MIRPS_BENCH_COMMAND="bench/run.sh $*"
exec dotnet bench/MirpsPractices.Bench/bin/Release/net10.0/MirpsPractices.Bench.dll run --repo "$root" "${args[@]}" "${report[@]}"
