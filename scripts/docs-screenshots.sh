#!/usr/bin/env bash
# Regenerates the screenshots of the user guide (docs/images/workflow-*.png) from the Playwright round-trip test.
set -euo pipefail
cd "$(dirname "$0")/.."
MIRPS_DOCS_IMAGES="$PWD/docs/images" dotnet test tests/MirpsPractices.BrowserTests --nologo --filter "FullyQualifiedName~SubmissionAndModerationBrowserTests"
