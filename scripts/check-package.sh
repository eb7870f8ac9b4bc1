#!/usr/bin/env bash
# Packs the package as npm would publish it, then checks the tarball: publint (package.json and
# exports) and are-the-types-wrong (types resolve for ESM, CJS and bundlers).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
[ -f dist/index.js ] || npm run build
tarball=$(npm pack --silent --pack-destination "$dir" | tail -n 1)
echo "packed: $tarball ($(du -h "$dir/$tarball" | cut -f1))"
tar -tzf "$dir/$tarball" | sed 's/^/  /'
npx publint run "$dir/$tarball" --strict
npx attw "$dir/$tarball" --profile node16
