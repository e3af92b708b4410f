package cli

import (
	"encoding/json"
	"runtime"
	"strings"
	"testing"
)

// A command line the user can fix exits 2 before anything starts, and says what is wrong.
func TestUsageErrorsExit2(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string // in stderr
	}{
		{[]string{"bench", "nosuch"}, `unknown command "nosuch" for "cohort bench"`},
		{[]string{"data", "nosuch"}, `unknown command "nosuch" for "cohort data"`},
		{[]string{"nosuch"}, `unknown command "nosuch"`},
		{[]string{"devnet", "--rounds", "0"}, `"--rounds" flag: want at least 1`},
		{[]string{"devnet", "--rounds", "soon"}, `"soon" is neither a number of rounds nor auto`},
		{[]string{"devnet", "--rounds-cap", "5"}, `--rounds-cap 5: only with --rounds auto`},
		{[]string{"devnet", "--nodes", "-3"}, `"--nodes" flag: want 1..1000`},
		{[]string{"devnet", "--nodes", "0"}, `"--nodes" flag: want 1..1000`},
		{[]string{"devnet", "--local-epochs", "0"}, `"--local-epochs" flag: want at least 1`},
		{[]string{"devnet", "--lr", "-0.1"}, `"--lr" flag: want a positive number`},
		{[]string{"devnet", "--alpha", "0"}, `"--alpha" flag: want a positive number`},
		{[]string{"devnet", "--secagg-bits", "64"}, `"--secagg-bits" flag: want 2..52`},
		{[]string{"devnet", "--rpc", "127.0.0.1:8545"}, `want a chain's JSON-RPC URL`},
		{[]string{"devnet", "--rpc", "none", "--procs"}, `--no-chain (or --rpc none)`},
		{[]string{"devnet", "--budget", "0"}, `--budget 0: want at least 1 token`},
		{[]string{"devnet", "--once", "--rpc", "none", "--nodes", "1000"}, `at most 456 trainers`},
		{[]string{"devnet", "--once", "--rpc", "none", "--data", "/nonexistent.csv", "--label", "y"}, `not a bundled data set`},
		{[]string{"data", "split", "--data", "breast_cancer", "--parts", "0", "--out", "x"}, `"--parts" flag: want at least 1`},
		{[]string{"data", "split", "--data", "breast_cancer", "--parts", "600", "--out", t.TempDir()}, `at most 456 owners`},
		{[]string{"secagg", "simulate", "--dropout", "1.5"}, `"--dropout" flag: want 0..1`},
		{[]string{"zk", "setup", "--model", "q.json", "--out", "k", "--variant", "plain"}, `"--variant" flag: want auto, binary or lookup`},
		{[]string{"--log-level", "loud", "version"}, `--log-level "loud"`},
		{[]string{"version", "--nosuch"}, `unknown flag: --nosuch`},
	} {
		rc, _, stderr := runChainCLI(t, c.args...)
		if rc != 2 || !strings.Contains(stderr, c.want) {
			t.Errorf("cohort %s: exit %d, stderr %q; want exit 2 and %q", strings.Join(c.args, " "), rc, stderr, c.want)
		}
	}
}

// A bare command group prints its help and succeeds, as btcli and kubectl do.
func TestBareGroupPrintsHelp(t *testing.T) {
	rc, out, _ := runChainCLI(t, "bench")
	if rc != 0 || !strings.Contains(out, "Available Commands") {
		t.Fatalf("cohort bench: exit %d, %q", rc, out)
	}
}

func TestVersion(t *testing.T) {
	rc, out, _ := runChainCLI(t, "version", "--json")
	var v versionInfo
	if rc != 0 || json.Unmarshal([]byte(out), &v) != nil {
		t.Fatalf("exit %d: %s", rc, out)
	}
	if v.Version == "" || v.Version == "dev" || v.Go != runtime.Version() || v.Module != "github.com/cohort-net/cohort" {
		t.Errorf("version %+v", v)
	}
	rc, out, _ = runChainCLI(t, "version")
	if rc != 0 || !strings.HasPrefix(out, "cohort "+v.Version+" (") || !strings.Contains(out, runtime.Version()) {
		t.Errorf("version line %q", out)
	}
}

// A devnet pointed at a chain that is not there says so, naming the URL, and exits 1 at once.
func TestDevnetUnreachableChain(t *testing.T) {
	rc, _, stderr := runChainCLI(t, "devnet", "--once", "--rpc", "http://127.0.0.1:1")
	if rc != 1 || !strings.Contains(stderr, "http://127.0.0.1:1") || !strings.Contains(stderr, "connection refused") {
		t.Fatalf("exit %d, stderr %q", rc, stderr)
	}
}
