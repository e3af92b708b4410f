package cli

import (
	"regexp"
	"testing"
)

// TestDevnetPrintsDashboard: `cohort devnet` says where its dashboard is, on stderr, in the line the
// issue's checks read (`dashboard http://127.0.0.1:PORT/`). internal/node's TestDashboardInChromium
// loads it.
func TestDevnetPrintsDashboard(t *testing.T) {
	out, stderr, code := runCLI(t, t.TempDir(), "devnet", "--once", "--json", "--rpc", "none", "--data", "breast_cancer",
		"--nodes", "2", "--rounds", "1")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !regexp.MustCompile(`(?m)^dashboard http://127\.0\.0\.1:[0-9]+/$`).MatchString(stderr) {
		t.Fatalf("no dashboard line on stderr:\n%s", stderr)
	}
	if regexp.MustCompile(`dashboard http`).MatchString(out) {
		t.Errorf("the dashboard line went to stdout (the --json document's place)")
	}
}
