#!/usr/bin/env bash
# CI for the chain part: installs solc-js + OpenZeppelin (contracts/package-lock.json), Anvil and
# forge (npm @foundry-rs/anvil-linux-amd64@1.7.1 and @foundry-rs/forge-linux-amd64@1.7.1, into
# .tools/anvil and .tools/forge), rebuilds the contract artifacts and the abigen v2 bindings, and fails
# when they differ from the committed ones; then runs the contracts' forge invariant and fuzz tests
# with the CI profile (256 runs x depth 100; offline: solc-js through contracts/script/solc-js-forge).
# With --test it also runs the chain package's tests, the Anvil end-to-end lifecycle included (it finds
# .tools/anvil by itself). COHORT_SKIP_FORGE=1 skips the forge run.
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

forge_dir="$repo/.tools/forge"
forge_bin="$forge_dir/node_modules/@foundry-rs/forge-linux-amd64/bin/forge"
if [ ! -x "$forge_bin" ]; then
  echo "ci-chain: installing @foundry-rs/forge-linux-amd64@1.7.1 into .tools/forge"
  mkdir -p "$forge_dir"
  npm install --no-audit --no-fund --no-save --loglevel=error --prefix "$forge_dir" @foundry-rs/forge-linux-amd64@1.7.1
fi
"$forge_bin" --version | head -1

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

if [ "${COHORT_SKIP_FORGE:-}" != 1 ]; then
  echo "ci-chain: forge test (FOUNDRY_PROFILE=ci)"
  (cd contracts && FOUNDRY_PROFILE=ci "$forge_bin" test)
fi

if [ "${1:-}" = "--test" ]; then
  COHORT_ANVIL="$anvil_bin" go test -count=1 ./internal/chain/...
fi
