#!/usr/bin/env bash
# Adds an EF Core migration for both database providers and checks that neither has model changes left:
#   scripts/add-migration.sh <Name>
# SQLite: PortalDbContext, src/Data/Migrations. PostgreSQL: PostgresPortalDbContext, src/Data/Migrations/Postgres
# (the design-time factory needs no server). Raw SQL a migration needs goes in the feature's *Sql class, one
# constant per provider, called from each provider's migration.
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: scripts/add-migration.sh <Name>}"
dotnet tool restore >/dev/null
dotnet ef migrations add "$name" --context PortalDbContext --project Portal.csproj --output-dir src/Data/Migrations
dotnet ef migrations add "$name" --context PostgresPortalDbContext --project Portal.csproj --output-dir src/Data/Migrations/Postgres --no-build
# Built again here, with both new migrations in it.
dotnet ef migrations has-pending-model-changes --context PortalDbContext --project Portal.csproj
dotnet ef migrations has-pending-model-changes --context PostgresPortalDbContext --project Portal.csproj --no-build
