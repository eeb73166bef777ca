#!/usr/bin/env bash
# Reliability under write load, the long version of the suite's short tests (issue 8):
#   - 50 clients creating and submitting practices for 30 s against SQLite: every acknowledged write stored, no "database is locked";
#   - the portal as its own process, SIGKILLed after 30 s of writes: restart healthy, integrity_check ok, nothing acknowledged lost;
#   - an online backup in the middle of 30 s of writes, restored into a new file: every write acknowledged before it is there.
# The same tests as in the suite (tests/MirpsPractices.IntegrationTests/Reliability), with MIRPS_RELIABILITY_SECONDS set.
#   bench/Reliability/run.sh                 30 s each, Release build, rewrites the "Reliability under write load" section of docs/performance.md
#   bench/Reliability/run.sh --seconds 10    any duration; --no-report leaves docs/performance.md alone
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
seconds=30
update_docs=1
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --no-report) update_docs=0; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

rows="$(mktemp)"
trap 'rm -f "$rows"' EXIT
load="$(cut -d' ' -f1-3 /proc/loadavg)"
dotnet build tests/MirpsPractices.IntegrationTests -c Release -warnaserror -nologo -clp:ErrorsOnly
MIRPS_RELIABILITY_SECONDS="$seconds" MIRPS_RELIABILITY_REPORT="$rows" dotnet test tests/MirpsPractices.IntegrationTests -c Release --no-build --nologo \
  --filter "FullyQualifiedName~Reliability.ConcurrentWritesTests|FullyQualifiedName~Reliability.CrashSafetyTests|FullyQualifiedName~Reliability.BackupRestoreTests.A_backup"

section="$(mktemp)"
{
  echo "<!-- reliability:begin (written by bench/Reliability/run.sh; do not edit by hand) -->"
  echo "## Reliability under write load"
  echo
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores (load average before the run: $load), SQLite in WAL mode, ${seconds} s per scenario, Release build."
  echo "Every scenario passed its checks: acknowledged writes all present, integrity_check ok, no \"database is locked\"."
  echo
  echo "| scenario | result |"
  echo "|---|---|"
  cat "$rows"
  echo "<!-- reliability:end -->"
} > "$section"
cat "$section"

if [ "$update_docs" -eq 1 ]; then
  doc="$root/docs/performance.md"
  [ -f "$doc" ] || printf '# Performance\n' > "$doc"
  python3 - "$doc" "$section" <<'PY'
import re, sys
doc, section = open(sys.argv[1]).read(), open(sys.argv[2]).read().strip()
pattern = re.compile(r"<!-- reliability:begin.*?<!-- reliability:end -->", re.S)
doc = pattern.sub(lambda _: section, doc) if pattern.search(doc) else doc.rstrip() + "\n\n" + section + "\n"
open(sys.argv[1], "w").write(doc)
PY
  echo "docs/performance.md updated"
fi
