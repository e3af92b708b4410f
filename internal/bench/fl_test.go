package bench

import (
	"context"
	"encoding/binary"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunFLQuick(t *testing.T) {
	opts := Options{Quick: true, SetsDir: "../../testdata/flsets"} // breast cancer from the copy embedded in the binary
	if testing.Short() {
		opts.FashionDir = t.TempDir() // no Fashion-MNIST: its entries are skipped
	}
	res, err := RunFL(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) == 0 || res[0].Name != "breast_cancer_logreg_dirichlet0.5" {
		t.Fatalf("results %+v", res)
	}
	for _, r := range res {
		t.Logf("%s %v", r.Name, r.Metrics)
	}
	if acc := res[0].Metrics["federated_accuracy"].(float64); acc < 0.9 {
		t.Errorf("breast cancer federated accuracy %v", acc)
	}
	// Accuracy against ε: one entry per privacy level, each with its mean, spread and the non-private
	// accuracy beside it.
	var eps []float64
	for _, r := range res {
		if r.Metrics["epsilon"] == nil {
			continue
		}
		eps = append(eps, r.Metrics["epsilon"].(float64))
		for _, k := range []string{"accuracy", "accuracy_sd", "nonprivate_accuracy", "delta", "noise_multiplier"} {
			if _, ok := r.Metrics[k].(float64); !ok {
				t.Errorf("%s: no %s", r.Name, k)
			}
		}
		if acc := r.Metrics["accuracy"].(float64); !(acc > 0.5 && acc <= 1) {
			t.Errorf("%s: accuracy %v", r.Name, acc)
		}
	}
	if len(eps) != 3 || eps[0] != 1 || eps[1] != 3 || eps[2] != 8 {
		t.Errorf("dp entries at ε %v, want 1, 3, 8", eps)
	}
	// The sets group: every bundled set over 3 seeds, mean ± sd, then the summary.
	sets := map[string]bool{}
	for _, r := range res {
		switch {
		case r.Name == "sets_summary":
			if r.Metrics["sets"] != 4 {
				t.Errorf("sets summary %v", r.Metrics)
			}
			sets[r.Name] = true
		case strings.HasPrefix(r.Name, "set_"):
			if r.Metrics["seeds"] != len(flSetSeeds) || r.Metrics["federated_accuracy_sd"] == nil || r.Metrics["centralized_accuracy_sd"] == nil {
				t.Errorf("%s: %v", r.Name, r.Metrics)
			}
			sets[r.Name] = true
		}
	}
	if !sets["set_breast_cancer"] || !sets["set_digits"] || !sets["set_iris"] || !sets["set_wine"] || !sets["sets_summary"] {
		t.Errorf("sets group entries %v", sets)
	}
	if res[0].Metrics["seeds"] != len(flSetSeeds) || res[0].Metrics["federated_accuracy_sd"] == nil {
		t.Errorf("breast cancer entry not over seeds: %v", res[0].Metrics)
	}
}

// TestRunFLFashionEntries runs the Fashion-MNIST entries on random images in the IDX layout, so that
// the suite's shape is checked where the real files are absent.
func TestRunFLFashionEntries(t *testing.T) {
	if testing.Short() {
		t.Skip("trains the MLP for seconds")
	}
	dir := t.TempDir()
	writeFakeFashion(t, dir, "train", 20_000)
	writeFakeFashion(t, dir, "t10k", 2_000)
	res, err := RunFL(context.Background(), Options{Quick: true, FashionDir: dir, Only: []string{"fashion"}})
	if err != nil {
		t.Fatal(err)
	}
	// --only fashion: no breast cancer, DP or sets entries, the Fashion-MNIST entries alone.
	want := []string{"fashion_mnist_mlp_epoch", "fashion_mnist_mlp_iid", "fashion_mnist_mlp_dirichlet0.5"}
	if len(res) != len(want) {
		t.Fatalf("%d results, want %d", len(res), len(want))
	}
	for i, r := range res {
		if r.Name != want[i] {
			t.Errorf("result %d is %s, want %s", i, r.Name, want[i])
		}
	}
	for _, r := range res[1:] {
		if fr, ok := r.Metrics["first_round_at_target"].([]int); !ok || len(fr) != len(flSetSeeds) {
			t.Errorf("%s: first_round_at_target %v, want one per seed", r.Name, r.Metrics["first_round_at_target"])
		}
	}
	for _, r := range res[1:] {
		for _, k := range []string{"federated_accuracy", "federated_accuracy_sd", "centralized_accuracy", "centralized_accuracy_sd", "centralized_epochs", "gap_points", "meets_target", "first_round_at_target", "seeds"} {
			if _, ok := r.Metrics[k]; !ok {
				t.Errorf("%s: metric %s missing", r.Name, k)
			}
		}
	}
}

// writeFakeFashion writes n random 28x28 images and labels as prefix-images-idx3-ubyte and
// prefix-labels-idx1-ubyte.
func writeFakeFashion(t *testing.T, dir, prefix string, n int) {
	t.Helper()
	rng := rand.New(rand.NewPCG(uint64(n), 1))
	images := binary.BigEndian.AppendUint32([]byte{0, 0, 8, 3}, uint32(n))
	images = binary.BigEndian.AppendUint32(images, 28)
	images = binary.BigEndian.AppendUint32(images, 28)
	labels := binary.BigEndian.AppendUint32([]byte{0, 0, 8, 1}, uint32(n))
	for i := range n {
		for range 28 * 28 {
			images = append(images, byte(rng.IntN(256)))
		}
		labels = append(labels, byte(i%10))
	}
	for name, b := range map[string][]byte{prefix + "-images-idx3-ubyte": images, prefix + "-labels-idx1-ubyte": labels} {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
