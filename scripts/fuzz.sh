#!/usr/bin/env bash
# Runs every fuzz target in the module, one after another, each for SECONDS (default 60):
#
#   scripts/fuzz.sh [SECONDS]            # or: make fuzz FUZZTIME=60
#   FUZZ_ONLY='Frame|Statement' scripts/fuzz.sh 10     # targets whose name matches a regexp
#   FUZZ_FLAGS=-parallel=1 scripts/fuzz.sh 30           # extra go test flags (fewer fuzz workers)
#   FUZZ_SAVE_CORPUS=missing scripts/fuzz.sh 5         # also copy what the fuzzer found into
#                                                      # testdata/fuzz/<Target>/ for targets with none
#
# `go test -fuzz` takes one target per run, so the targets are listed from the tracked *_test.go files.
# A crasher is written by go test to the package's testdata/fuzz/<Target>/ (commit it with the fix);
# the script goes on with the other targets and exits 1 if any failed.
set -uo pipefail
secs="${1:-60}"
cd "$(dirname "$0")/.."
cache="$(go env GOCACHE)/fuzz"
failed=()
count=0
while IFS=: read -r file func; do
  [[ -n "${FUZZ_ONLY:-}" && ! "$func" =~ ${FUZZ_ONLY} ]] && continue
  dir="$(dirname "$file")"
  count=$((count + 1))
  echo "== ./$dir $func (${secs}s)"
  had_corpus=0
  [[ -d "$dir/testdata/fuzz/$func" ]] && had_corpus=1
  # shellcheck disable=SC2086
  if ! go test ${FUZZ_FLAGS:-} -run '^$' -fuzz "^${func}\$" -fuzztime "${secs}s" "./$dir"; then
    failed+=("./$dir $func")
  fi
  if [[ "${FUZZ_SAVE_CORPUS:-}" == missing && $had_corpus == 0 ]]; then
    src="$cache/$(go list "./$dir")/$func"
    if [[ -d "$src" ]]; then
      mkdir -p "$dir/testdata/fuzz/$func"
      # a handful of small inputs: seeds for the next run, not an archive
      find "$src" -type f -size -64k | head -n 16 | while read -r f; do cp "$f" "$dir/testdata/fuzz/$func/"; done
    fi
  fi
done < <(git ls-files '*_test.go' | xargs grep -oE '^func Fuzz[A-Za-z0-9_]+' | sed 's/func //' | sort -u)
echo "ran $count fuzz targets for ${secs}s each"
if ((${#failed[@]})); then
  printf 'FAILED: %s\n' "${failed[@]}"
  exit 1
fi
