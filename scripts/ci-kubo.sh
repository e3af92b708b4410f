#!/usr/bin/env bash
# Builds a kubo (go-ipfs) binary once into a cache directory and prints its path.
# Reuses the binary when it is already there. Used by CI before the artifact e2e test:
#
#   export COHORT_KUBO_BIN="$(scripts/ci-kubo.sh)"
#   go test ./internal/artifact/ipfs/ -run E2E
#
# Environment: KUBO_VERSION (default v0.42.0), KUBO_CACHE (default ${XDG_CACHE_HOME:-$HOME/.cache}/cohort/kubo-$KUBO_VERSION).
set -euo pipefail

KUBO_VERSION="${KUBO_VERSION:-v0.42.0}"
D="${KUBO_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/cohort/kubo-$KUBO_VERSION}"
BIN="$D/ipfs"

if [ -x "$BIN" ] && "$BIN" version >/dev/null 2>&1; then
	echo "$BIN"
	exit 0
fi

mkdir -p "$D"
(
	cd "$D"
	[ -f go.mod ] || go mod init tmp >&2
	go get "github.com/ipfs/kubo/cmd/ipfs@$KUBO_VERSION" >&2
	go build -o ipfs.tmp github.com/ipfs/kubo/cmd/ipfs >&2
	mv ipfs.tmp ipfs
)
"$BIN" version >&2
echo "$BIN"
