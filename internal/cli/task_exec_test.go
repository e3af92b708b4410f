package cli

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// `task submit --dry-run` on an [executor] task runs its script here, on the shard one node would get,
// and reports what it measured with the projection and gas; no chain is needed.
func TestTaskSubmitDryRunRunsScript(t *testing.T) {
	if err := exec.Command("/bin/sh", "-c", "PATH=/usr/local/bin:/usr/bin:/bin python3 -c 'import numpy'").Run(); err != nil {
		if os.Getenv("COHORT_REQUIRE_TORCH") != "" {
			t.Fatalf("COHORT_REQUIRE_TORCH is set but python3 cannot import numpy: %v", err)
		}
		t.Skip("python3 cannot import numpy (Debian python3-numpy)")
	}
	out, errOut, code := runCLI(t, t.TempDir(), "task", "submit", "../../examples/exec/digits-numpy.toml", "--dry-run", "--json")
	var rep struct {
		ShardRows int     `json:"shard_rows"`
		WallS     float64 `json:"wall_s"`
		PeakMemMB float64 `json:"peak_memory_mb"`
		Outputs   map[string]int
		Metrics   struct{ Samples int }
		GasTotal  int64 `json:"gas_total"`
		Limit     string
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil || code != 0 {
		t.Fatalf("code %d, %v\n%s\n%s", code, err, out, errOut)
	}
	if rep.ShardRows != 599 || rep.WallS <= 0 || rep.PeakMemMB <= 0 || rep.Metrics.Samples != 599 || rep.Outputs["model.f32"] != 4*(64*10+10) || rep.GasTotal <= 0 || rep.Limit != "" {
		t.Fatalf("report: %+v\n%s", rep, out)
	}
}

// A script over its limit in the dry run is stopped, the limit named, and the command fails.
func TestTaskSubmitDryRunNamesTheLimit(t *testing.T) {
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not installed")
	}
	dir := t.TempDir()
	src, err := os.ReadFile("../../examples/exec/digits-numpy.toml")
	if err != nil {
		t.Fatal(err)
	}
	doc := strings.NewReplacer(`file = "../../datasets/digits.csv"`, `file = "data.csv"`, `file = "numpy-softmax/train.py"`, `file = "slow.py"`,
		`wall_time = "5m"`, `wall_time = "1s"`).Replace(string(src))
	for name, body := range map[string]string{"task.toml": doc, "data.csv": "a,digit\n1,0\n2,1\n", "slow.py": "import time\ntime.sleep(60)\n"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, _, code := runCLI(t, t.TempDir(), "task", "submit", filepath.Join(dir, "task.toml"), "--dry-run", "--json")
	var rep struct{ Limit, Error string }
	if err := json.Unmarshal([]byte(out), &rep); err != nil || code == 0 || rep.Limit != "wall_time" {
		t.Fatalf("code %d, report %+v (%v)\n%s", code, rep, err, out)
	}
}

// Without --dry-run an [executor] task is refused before anything is stored or escrowed: nodes do not
// run such tasks from the chain yet.
func TestTaskSubmitExecutorNeedsDryRun(t *testing.T) {
	_, errOut, code := runCLI(t, t.TempDir(), "task", "submit", "../../examples/exec/digits-numpy.toml", "--rpc", "http://127.0.0.1:1")
	if code != 1 || !strings.Contains(errOut, "--dry-run") {
		t.Fatalf("code %d: %s", code, errOut)
	}
}
