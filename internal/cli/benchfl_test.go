package cli

import (
	"strings"
	"testing"
)

// TestBenchFLOnlyRefusesUnknownGroups: `cohort bench fl --only` takes the suite's groups and refuses
// anything else as a usage error before any entry runs.
func TestBenchFLOnlyRefusesUnknownGroups(t *testing.T) {
	_, errOut, code := runCLI(t, t.TempDir(), "bench", "fl", "--only", "fashion,fashon", "--skip-overhead", "--fashion", t.TempDir())
	if code != 2 || !strings.Contains(errOut, `"fashon"`) {
		t.Fatalf("--only fashon: code %d, stderr %q; want 2 naming the group", code, errOut)
	}
}
