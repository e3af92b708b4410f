#!/usr/bin/env bash
# Rebuilds the contract suite: solc-js (npm) compiles contracts/src into artifacts/combined.json, then
# abigen v2 (the go-ethereum version in go.mod) regenerates internal/chain/bindings. Run from anywhere;
# needs `npm ci` in contracts/ first. The first abigen run builds it (minutes on 2 cores).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
cd "$here"
[ -d node_modules/solc ] || npm ci --no-audit --no-fund
node build.js
abigen="${ABIGEN:-go run github.com/ethereum/go-ethereum/cmd/abigen@v1.17.10}"
mkdir -p "$repo/internal/chain/bindings"
$abigen --v2 --combined-json "$here/artifacts/combined.json" --pkg bindings \
  --out "$repo/internal/chain/bindings/bindings.go"
node dedup-bindings.js "$repo/internal/chain/bindings/bindings.go"
gofmt -l "$repo/internal/chain/bindings" | (! grep .) || gofmt -w "$repo/internal/chain/bindings"
