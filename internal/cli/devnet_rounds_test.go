package cli

import (
	"encoding/json"
	"testing"
)

// TestDevnetRoundsAuto runs the documented interface with --rounds auto: the JSON result keeps
// federated_accuracy and centralized_accuracy, and the task ends before its cap.
func TestDevnetRoundsAuto(t *testing.T) {
	out, stderr, code := runCLI(t, t.TempDir(), "devnet", "--once", "--json", "--rpc", "none", "--data", "breast_cancer",
		"--nodes", "3", "--seed", "2", "--rounds", "auto", "--rounds-cap", "80")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var res struct {
		Rounds      int      `json:"rounds"`
		Federated   *float64 `json:"federated_accuracy"`
		Centralized *float64 `json:"centralized_accuracy"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	if res.Federated == nil || res.Centralized == nil || *res.Federated < 0.9 || res.Rounds < 1 || res.Rounds >= 80 {
		t.Fatalf("result %s", out)
	}
	t.Logf("%d rounds, federated %.4f, centralized %.4f", res.Rounds, *res.Federated, *res.Centralized)
}
