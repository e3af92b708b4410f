#!/usr/bin/env bash
# CI for the chain part: installs solc-js + OpenZeppelin (contracts/package-lock.json) and Anvil
# (npm @foundry-rs/anvil-linux-amd64@1.7.1, into .tools/anvil), rebuilds the contract artifacts and the
# abigen v2 bindings, and fails when they differ from the committed ones. With --test it also runs the
# chain package's tests, the Anvil end-to-end lifecycle included (it finds .tools/anvil by itself).
#
#   scripts/ci-chain.sh [--test]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"

echo "ci-chain: npm ci in contracts/"
(cd contracts && npm ci --no-audit --no-fund --loglevel=error)

anvil_dir="$repo/.tools/anvil"
anvil_bin="$anvil_dir/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil"
if [ ! -x "$anvil_bin" ]; then
  echo "ci-chain: installing @foundry-rs/anvil-linux-amd64@1.7.1 into .tools/anvil"
  mkdir -p "$anvil_dir"
  npm install --no-audit --no-fund --no-save --loglevel=error --prefix "$anvil_dir" @foundry-rs/anvil-linux-amd64@1.7.1
fi
"$anvil_bin" --version

echo "ci-chain: rebuilding contracts and bindings"
contracts/build.sh
if ! git diff --exit-code --stat -- contracts/artifacts internal/chain/bindings; then
  echo "ci-chain: generated files are stale: run contracts/build.sh and commit contracts/artifacts and internal/chain/bindings" >&2
  exit 1
fi
if [ -n "$(git status --porcelain -- contracts/artifacts internal/chain/bindings)" ]; then
  echo "ci-chain: untracked generated files:" >&2
  git status --porcelain -- contracts/artifacts internal/chain/bindings >&2
  exit 1
fi
echo "ci-chain: generated files up to date"

if [ "${1:-}" = "--test" ]; then
  COHORT_ANVIL="$anvil_bin" go test -count=1 ./internal/chain/...
fi
