#!/usr/bin/env bash
# The whole test suite, from a fresh machine: installs what the tests need, builds with warnings as errors,
# runs unit, integration and browser tests, and ends with a "N passed, N failed" line.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=()
[ -x /usr/bin/chromium ] || packages+=(chromium)
command -v redis-server >/dev/null 2>&1 || packages+=(redis-server)
command -v soffice >/dev/null 2>&1 || packages+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || packages+=(poppler-utils)
# The mail tests read messages from a real SMTP listener on loopback (Debian's python3, not a pyenv one).
/usr/bin/python3 -c "import aiosmtpd" >/dev/null 2>&1 || packages+=(python3-aiosmtpd)
if [ ${#packages[@]} -gt 0 ]; then
  echo "Installing test prerequisites: ${packages[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

dotnet tool restore >/dev/null
dotnet build MirpsPractices.sln -warnaserror -nologo -clp:ErrorsOnly

results="$PWD/TestResults"
rm -rf "$results"
export MIRPS_TEST_ARTIFACTS="$results/artifacts"
status=0
# One test project after another: the browser tests then have the cores to themselves. Run side by side, the integration
# tests' load made a browser navigation outlast its timeout in some CI runs; one after another costs about a minute.
for project in UnitTests IntegrationTests BrowserTests; do
  dotnet test "tests/MirpsPractices.$project" --no-build --nologo \
    --logger "trx;LogFileName=$project.trx" --results-directory "$results" "$@" || status=$?
done

python3 - "$results" <<'PY'
import sys, glob, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = total = 0
for path in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    counters = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0))
    total += int(counters.get("total", 0))
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed or total == 0 else 0)
PY
exit $status
