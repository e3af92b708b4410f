package node

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/task"
)

// schemaCSV writes a CSV as users bring it: an id column, a numeric column with NA cells, a
// categorical column, a label that depends on both; the row testOnly (if >= 0) holds a category no
// other row has.
func schemaCSV(t *testing.T, rows int, seed uint64, testOnly int) string {
	t.Helper()
	r := rand.New(rand.NewPCG(seed, seed))
	var b strings.Builder
	b.WriteString("id,x,kind,y\n")
	for i := range rows {
		kind := []string{"a", "b", "c"}[r.IntN(3)]
		x := r.NormFloat64()
		score := x + map[string]float64{"a": -1.5, "b": 0, "c": 1.5}[kind] + 0.5*r.NormFloat64()
		y := 0
		if score > 0 {
			y = 1
		}
		cell := fmt.Sprintf("%.3f", x)
		if i%6 == 0 {
			cell = "NA"
		}
		if i == testOnly {
			kind = "only-in-test"
		}
		fmt.Fprintf(&b, "r%04d,%s,%s,%d\n", i, cell, kind, y)
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
// the validator attests it, so the task settles and pays.
func TestDevnetSchemaOnChainAutoRounds(t *testing.T) {
	if testing.Short() {
		t.Skip("an on-chain devnet with automatic rounds: not in -short")
	}
	path := schemaCSV(t, 400, 5, -1)
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
