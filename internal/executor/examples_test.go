package executor

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ipfs/go-cid"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/artifact"
	"github.com/cohort-net/cohort/internal/artifact/fsstore"
	"github.com/cohort-net/cohort/internal/artifact/sealed"
	"github.com/cohort-net/cohort/internal/identity"
)

// needModules skips the test unless the scripts' Python finds the modules (in the clean PATH a script
// gets); with COHORT_REQUIRE_TORCH set (CI, once python3-torch is installed) their absence fails it.
func needModules(t *testing.T, modules string) {
	t.Helper()
	cmd := exec.Command("/bin/sh", "-c", "python3 -c 'import "+modules+"'")
	cmd.Env = []string{"PATH=/usr/local/bin:/usr/bin:/bin"}
	if err := cmd.Run(); err != nil {
		if os.Getenv("COHORT_REQUIRE_TORCH") != "" {
			t.Fatalf("COHORT_REQUIRE_TORCH is set but python3 cannot import %s: %v", modules, err)
		}
		t.Skipf("python3 cannot import %s (Debian python3-torch, python3-numpy)", modules)
	}
}

// digitsSplit returns the bundled digits data as CSV, 80 % training rows and 20 % test rows, after a
// seeded shuffle.
func digitsSplit(t *testing.T) (train, test []byte) {
	t.Helper()
	raw, err := cohort.Datasets.ReadFile("datasets/digits.csv")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(raw)), "\n")
	header, rows := lines[0], lines[1:]
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(rows), func(i, j int) { rows[i], rows[j] = rows[j], rows[i] })
	n := len(rows) * 8 / 10
	csv := func(rs []string) []byte { return []byte(header + "\n" + strings.Join(rs, "\n") + "\n") }
	return csv(rows[:n]), csv(rows[n:])
}

func readScript(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "examples", "exec", path))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// evaluate runs the script in evaluation mode (no training) on the model and returns its accuracy.
func evaluate(t *testing.T, r *Runner, script, model, test []byte) float64 {
	t.Helper()
	res, err := r.Run(context.Background(), Job{
		Command: []string{"python3", "train.py"},
		Inputs: []Input{{Name: "train.py", Data: bytes.NewReader(script)}, {Name: "model.f32", Data: bytes.NewReader(model)},
			{Name: "test.csv", Data: bytes.NewReader(test)}},
		Outputs: []string{"metrics.json"}, Env: []string{"COHORT_EPOCHS=0"},
	})
	if err != nil {
		t.Fatal(err)
	}
	var m Metrics
	if err := json.Unmarshal(res.Outputs["metrics.json"], &m); err != nil {
		t.Fatal(err)
	}
	return m.Accuracy
}

// parallelRun trains script data-parallel on nodes selected nodes, each holding one shard sealed by
// the publisher to its key alone, for rounds epochs of local local epochs; it returns the final
// global model.
func parallelRun(t *testing.T, r *Runner, script, train []byte, nodes, rounds, local int) []byte {
	t.Helper()
	ctx := context.Background()
	store, err := fsstore.New(t.TempDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	keys := identity.DevAccounts(nodes)
	var selected []cohort.NodeID
	for _, k := range keys {
		selected = append(selected, k.ID())
	}
	scriptCID, err := store.Put(ctx, bytes.NewReader(script))
	if err != nil {
		t.Fatal(err)
	}
	var workers []Worker
	var recipients []sealed.Recipient
	for _, k := range keys {
		recipients = append(recipients, sealed.RecipientOf(k))
	}
	envelopes, err := SealShards(train, recipients)
	if err != nil {
		t.Fatal(err)
	}
	for i, k := range keys {
		shard, err := store.Put(ctx, bytes.NewReader(envelopes[i]))
		if err != nil {
			t.Fatal(err)
		}
		workers = append(workers, &NodeWorker{Runner: r, Store: store, Key: k, ModelInput: "model.f32", Base: Assignment{
			Task: "1337/1", Node: k.ID(), Selected: selected, Command: []string{"python3", "train.py"},
			Inputs:  []StoredInput{{Name: "train.py", CID: scriptCID}, {Name: "train.csv", CID: shard, Sealed: true}},
			Outputs: []string{"model.f32", "metrics.json"}, Env: []string{"COHORT_EPOCHS=" + itoa(local)},
			Limits: Limits{Wall: 2 * time.Minute, Memory: 2 << 30, Output: 1 << 20},
		}})
	}
	sums, err := RunParallel(ctx, store, workers, Parallel{Epochs: rounds, Model: "model.f32", Metrics: "metrics.json"})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sums {
		t.Logf("epoch %d: model %s, mean loss %.4f, %d nodes", s.Epoch, artifact.String(s.Model), s.Loss, len(s.Outcomes))
	}
	return getBytes(t, store, sums[len(sums)-1].Model)
}

func getBytes(t *testing.T, store artifact.Store, c cid.Cid) []byte {
	t.Helper()
	b, err := getAll(context.Background(), store, c)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// aloneRun trains script on all the training rows in one run and returns its accuracy on test.
func aloneRun(t *testing.T, r *Runner, script, train, test []byte, epochs int) float64 {
	t.Helper()
	res, err := r.Run(context.Background(), Job{
		Command: []string{"python3", "train.py"},
		Inputs: []Input{{Name: "train.py", Data: bytes.NewReader(script)}, {Name: "train.csv", Data: bytes.NewReader(train)},
			{Name: "test.csv", Data: bytes.NewReader(test)}},
		Outputs: []string{"model.f32", "metrics.json"}, Env: []string{"COHORT_EPOCHS=" + itoa(epochs)},
		Limits: Limits{Wall: 5 * time.Minute, Memory: 2 << 30},
	})
	if err != nil {
		t.Fatal(err)
	}
	var m Metrics
	if err := json.Unmarshal(res.Outputs["metrics.json"], &m); err != nil {
		t.Fatal(err)
	}
	t.Logf("alone: %d epochs in %s wall, %s CPU, peak %d MiB", epochs, res.Wall.Round(time.Millisecond), res.CPU.Round(time.Millisecond), res.PeakRSS>>20)
	return m.Accuracy
}

// The PyTorch example trained data-parallel on 3 nodes (each a shard sealed to it, models averaged
// every epoch) ends within 1 point of the same script run alone on all the rows.
func TestTorchDataParallelMatchesAlone(t *testing.T) {
	needModules(t, "torch, numpy")
	testParallelMatchesAlone(t, "torch-mlp/train.py", 8, 2)
}

// The same for the plain NumPy example.
func TestNumpyDataParallelMatchesAlone(t *testing.T) {
	needModules(t, "numpy")
	testParallelMatchesAlone(t, "numpy-softmax/train.py", 8, 2)
}

func testParallelMatchesAlone(t *testing.T, path string, rounds, local int) {
	r, _ := newRunner(t)
	script := readScript(t, path)
	train, test := digitsSplit(t)
	alone := aloneRun(t, r, script, train, test, rounds*local)
	model := parallelRun(t, r, script, train, 3, rounds, local)
	dp := evaluate(t, r, script, model, test)
	t.Logf("%s: alone %.4f, data-parallel on 3 nodes %.4f (difference %.2f points)", path, alone, dp, 100*math.Abs(alone-dp))
	if alone < 0.85 {
		t.Fatalf("alone: accuracy %.4f, the example does not learn", alone)
	}
	if math.Abs(alone-dp) > 0.01 {
		t.Fatalf("data-parallel %.4f vs alone %.4f: over 1 point apart", dp, alone)
	}
}
