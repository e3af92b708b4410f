package node

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/task"
)

// TestDevnetEncodingFromTrainersOnly: the encoding a devnet fits for a CSV read through its schema
// comes from the trainers' statistics of the training split: its mean fills equal those of the
// training rows, not those of the whole file (the test rows never inform it).
func TestDevnetEncodingFromTrainersOnly(t *testing.T) {
	path := filepath.Join(t.TempDir(), "d.csv")
	r := rand.New(rand.NewPCG(9, 9))
	y := make([]int, 300)
	for i := range y {
		y[i] = r.IntN(2)
	}
	// One test row (the split depends on the labels and the seed only) holds a category no trainer has.
	_, testRows, err := dataset.StratifiedIndices(y, 2, 0.2, 4)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString("id,x,kind,y\n")
	for i := range 300 {
		x := fmt.Sprintf("%.3f", r.NormFloat64()*10+float64(i%7))
		if i%6 == 0 {
			x = "NA"
		}
		kind := []string{"a", "b", "c"}[r.IntN(3)]
		if i == testRows[0] {
			kind = "only-in-test"
		}
		fmt.Fprintf(&b, "%d,%s,%s,%d\n", i, x, kind, y[i])
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := StartDevnet(t.Context(), DevnetOptions{Data: path, Label: "y", Nodes: 3, Partition: "iid", Chain: ChainOptions{RPC: "none"},
		Task: task.Options{Rounds: 1, Seed: 4}, CentralizedEpochs: -1})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	enc := d.enc.encoding
	if enc == nil || d.train.D != 4 || enc.Excluded[0] != "id" {
		t.Fatalf("encoding %+v, %d features", enc, d.train.D)
	}
	tab, _, _, err := dataset.ReadCSVTable(path, "y", "")
	if err != nil {
		t.Fatal(err)
	}
	tr, _, err := dataset.StratifiedIndices(tab.Y, len(tab.Classes), 0.2, 4)
	if err != nil {
		t.Fatal(err)
	}
	trainFit, err := dataset.FitEncoding(tab, tab.Subset(tr).Stats())
	if err != nil {
		t.Fatal(err)
	}
	wholeFit, err := dataset.FitEncoding(tab, tab.Stats())
	if err != nil {
		t.Fatal(err)
	}
	got, train, whole := enc.Columns[0].Fill, trainFit.Columns[0].Fill, wholeFit.Columns[0].Fill
	if d := got - train; d > 1e-9 || d < -1e-9 || train == whole {
		t.Fatalf("mean fill %v; the training split's %v, the whole file's %v", got, train, whole)
	}
	if cats := enc.Columns[1].Categories; !slices.Equal(cats, []string{"a", "b", "c"}) || d.enc.Unseen["kind"] != 1 {
		t.Fatalf("categories %v (unseen in test rows %v): want the trainers' union, the test row's category unseen", cats, d.enc.Unseen)
	}
	if _, err := d.Wait(t.Context()); err != nil {
		t.Fatal(err)
	}
}
