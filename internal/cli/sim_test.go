package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

// `cohort sim incentives --json` prints one document: {"results": [{"strategy", "detection_rate",
// "profit_vs_honest", ...}]}, one entry per strategy played, honest at 0.
func TestSimIncentivesJSON(t *testing.T) {
	rc, out, stderr := runChainCLI(t, "sim", "incentives", "--json", "--tasks", "1", "--epochs", "1", "--only", "honest,sybil_bidder")
	if rc != 0 {
		t.Fatalf("exit %d: %s", rc, stderr)
	}
	var doc struct {
		Results []map[string]any `json:"results"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || len(doc.Results) != 2 {
		t.Fatalf("%v: %s", err, out)
	}
	for _, r := range doc.Results {
		for _, k := range []string{"strategy", "detection_rate", "profit_vs_honest"} {
			if _, ok := r[k]; !ok {
				t.Errorf("result without %q: %v", k, r)
			}
		}
	}
	if doc.Results[0]["strategy"] != "honest" || doc.Results[0]["profit_vs_honest"] != 0.0 {
		t.Errorf("first result %v", doc.Results[0])
	}
	for _, args := range [][]string{{"--tasks", "0"}, {"--only", "nosuch"}} {
		rc, _, stderr := runChainCLI(t, append([]string{"sim", "incentives"}, args...)...)
		if rc != 2 || !strings.Contains(stderr, args[0]) {
			t.Errorf("sim incentives %v: exit %d, %q", args, rc, stderr)
		}
	}
}
