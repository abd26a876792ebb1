#!/usr/bin/env bash
# Builds everything an admin imports: the web resources (npm), then the signed plugin assembly and the managed and
# unmanaged solution zips in artifacts/solution/ (the Release build packs and checks them).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root/WebResources"
npm ci --no-audit --no-fund
npm run build
cd "$root"
dotnet build CsExtension.sln -c Release
