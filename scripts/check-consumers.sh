#!/usr/bin/env bash
# Type-checks the packed package the way its users will: throw-away consumer projects, one per
# module setting (nodenext, node16 ESM, bundler, CommonJS), each with strict: true and
# skipLibCheck: false, type-check scripts/konsumen/pakai.ts against the tarball's declarations.
# The tarball is installed offline: extracted into node_modules/sakip next to this repo's
# decimal.js and zod; tsc is this repo's.
#
# Usage: scripts/check-consumers.sh [REPO_DIR | TARBALL.tgz]   (default: this repo; packs REPO_DIR,
# building it first when dist/index.js is missing)
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tsc="$repo/node_modules/.bin/tsc"
sumber=${1:-$repo}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ -f "$sumber" ]; then
  tarball=$(cd "$(dirname "$sumber")" && pwd)/$(basename "$sumber")
else
  sumber=$(cd "$sumber" && pwd)
  [ -f "$sumber/dist/index.js" ] || (cd "$sumber" && npm run build)
  nama=$(cd "$sumber" && npm pack --silent --pack-destination "$tmp" | tail -n 1)
  tarball="$tmp/$nama"
fi
echo "tarball: $tarball"

# One node_modules shared by every consumer (Node and tsc look up the parent directories).
mkdir -p "$tmp/node_modules/sakip"
tar -xzf "$tarball" -C "$tmp/node_modules/sakip" --strip-components=1
for dep in decimal.js zod; do
  ln -s "$repo/node_modules/$dep" "$tmp/node_modules/$dep"
done

# konsumen NAMA TYPE MODULE MODULE_RESOLUTION
konsumen() {
  local dir="$tmp/$1"
  mkdir -p "$dir"
  cp "$repo/scripts/konsumen/pakai.ts" "$dir/pakai.ts"
  printf '{ "name": "konsumen-%s", "private": true, "type": "%s" }\n' "$1" "$2" >"$dir/package.json"
  cat >"$dir/tsconfig.json" <<EOF
{
  "compilerOptions": {
    "target": "ES2022",
    "module": "$3",
    "moduleResolution": "$4",
    "strict": true,
    "skipLibCheck": false,
    "noEmit": true,
    "types": []
  },
  "files": ["pakai.ts"]
}
EOF
}

konsumen nodenext module NodeNext NodeNext
konsumen node16 module Node16 Node16
konsumen bundler module ESNext Bundler
# CommonJS: the same imports compile to require() and resolve the "require" condition (index.d.cts).
konsumen commonjs commonjs Node16 Node16

# The four tsc runs go in parallel (a few seconds each: skipLibCheck: false checks zod's types too).
konsumen=(nodenext node16 bundler commonjs)
for k in "${konsumen[@]}"; do
  (cd "$tmp" && if "$tsc" -p "$k" >"$k.log" 2>&1; then echo 0; else echo 1; fi >"$k.rc") &
done
wait

gagal=0
for k in "${konsumen[@]}"; do
  if [ "$(cat "$tmp/$k.rc")" = 0 ]; then
    echo "konsumen $k: ok"
  else
    echo "konsumen $k: GAGAL"
    sed 's/^/  /' "$tmp/$k.log"
    gagal=1
  fi
done
exit "$gagal"
