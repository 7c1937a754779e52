#!/usr/bin/env bash
# SQLite under load for 10 minutes (or $1 seconds): 8 audit writers and 16 readers against one portal on loopback.
# Fails on any error ("database is locked" included) or any audit entry missing from the verified chain.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build Portal.sln -c Debug -nologo -v q -clp:ErrorsOnly
PORTAL_SOAK_SECONDS="${1:-600}" dotnet test tests/Portal.IntegrationTests --no-build -c Debug \
  --filter "FullyQualifiedName~SqliteSoakTests" --logger "console;verbosity=normal"
