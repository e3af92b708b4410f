package node

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/task"
)

// schemaCSV writes a CSV as users bring it: an id column, a numeric column with NA cells, a
// categorical column, a label that depends on both. The first row of the test split a devnet with
// seed splitSeed deals (the split depends on the labels and the seed only) holds a category no other
// row has.
func schemaCSV(t *testing.T, rows int, seed, splitSeed uint64) string {
	t.Helper()
	r := rand.New(rand.NewPCG(seed, seed))
	type row struct {
		x, kind string
		y       int
	}
	all := make([]row, rows)
	y := make([]int, rows)
	for i := range all {
		kind := []string{"a", "b", "c"}[r.IntN(3)]
		x := r.NormFloat64()
		if x+map[string]float64{"a": -1.5, "b": 0, "c": 1.5}[kind]+0.5*r.NormFloat64() > 0 {
			y[i] = 1
		}
		cell := fmt.Sprintf("%.3f", x)
		if i%6 == 0 {
			cell = "NA"
		}
		all[i] = row{cell, kind, y[i]}
	}
	_, testRows, err := dataset.StratifiedIndices(y, 2, 0.2, splitSeed)
	if err != nil {
		t.Fatal(err)
	}
	all[testRows[0]].kind = "only-in-test"
	var b strings.Builder
	b.WriteString("id,x,kind,y\n")
	for i, w := range all {
		fmt.Fprintf(&b, "r%04d,%s,%s,%d\n", i, w.x, w.kind, w.y)
	}
	path := filepath.Join(t.TempDir(), "rows.csv")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestDevnetSchemaOnChainAutoRounds runs a task published on chain whose document embeds its schema,
// with automatic rounds: every node reads raw rows (an id column, NA cells, a categorical column)
// through the task's schema as the off-chain network does — the trainers their parts, the
// coordinator its validation rows, the validator its hold-out with the final model's encoding — the
// coordinator ends the task at the validation plateau before the cap and marks that round final, and
// the validator attests it, so the task settles and pays. A test row's category no trainer holds is
// encoded all-zero by the validator as by the devnet (the attested accuracy is the devnet's).
func TestDevnetSchemaOnChainAutoRounds(t *testing.T) {
	path := schemaCSV(t, 400, 5, 4)
	const cap = 60
	d, res := runDevnet(t, DevnetOptions{Data: path, Label: "y", Nodes: 3, Partition: "iid", CentralizedEpochs: -1,
		Task: task.Options{AutoRounds: true, Rounds: cap, Seed: 4}})
	c := res.Chain
	if c == nil || d.market == nil {
		t.Fatal("no chain result")
	}
	spec := d.market.spec
	if spec.Schema == nil || spec.Stop == nil || len(d.market.file.Data.SchemaDoc) == 0 {
		t.Fatalf("the published task has no schema or no automatic rounds: %+v", d.market.file.Data)
	}
	if res.Rounds >= cap || len(c.ModelCIDs) != res.Rounds || len(c.Payments) != 3 {
		t.Fatalf("ran %d rounds (cap %d), %d committed, %d paid", res.Rounds, cap, len(c.ModelCIDs), len(c.Payments))
	}
	p := fl.NewPlateau(*spec.Stop, cap)
	for i, h := range res.History {
		if h.ValLogLoss == nil {
			t.Fatalf("round %d: no validation log-loss", h.Round)
		}
		if stop := p.Add(*h.ValLogLoss); stop != (i == len(res.History)-1) {
			t.Fatalf("round %d: plateau %v, but the task ran %d rounds", h.Round, stop, len(res.History))
		}
	}
	if c.Metric != uint32(res.FederatedAccuracy*10000+0.5) {
		t.Fatalf("attested %d bps for accuracy %.4f", c.Metric, res.FederatedAccuracy)
	}
	if res.DataEncoding == nil || res.DataEncoding.Unseen["kind"] != 1 {
		t.Fatalf("data encoding %+v: want one test row with an unseen category", res.DataEncoding)
	}
	if res.FederatedAccuracy < 0.7 {
		t.Fatalf("federated accuracy %.4f", res.FederatedAccuracy)
	}
	// The trainers held raw rows: the id column and NA cells are in their files.
	raw, err := os.ReadFile(filepath.Join(d.dir, "trainer-1.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(raw), "id,x,kind,y\n") || !strings.Contains(string(raw), ",NA,") {
		t.Fatalf("trainer-1.csv is not raw rows: %.80q", raw)
	}
	t.Logf("stopped after %d rounds (cap %d), federated accuracy %.4f, attested %d bps", res.Rounds, cap, res.FederatedAccuracy, c.Metric)
}
