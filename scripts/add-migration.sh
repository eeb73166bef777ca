#!/usr/bin/env bash
# Adds a migration with the same name to both providers' migration sets.
# Usage: scripts/add-migration.sh <Name>
set -euo pipefail
name=${1:?migration name}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet ef migrations add "$name" -p src/MirpsPractices.Core -s src/MirpsPractices.Web --context SqliteAppDbContext -o Data/Migrations/Sqlite
dotnet ef migrations add "$name" -p src/MirpsPractices.Core -s src/MirpsPractices.Web --context SqlServerAppDbContext -o Data/Migrations/SqlServer
