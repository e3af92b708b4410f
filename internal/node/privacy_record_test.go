package node

import (
	"os"
	"testing"

	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/task"
)

// TestValidatorChecksPrivacyRecord: a validator recomputes each committed ε from the task's public spec
// and refuses (a reason) a record that understates it, a budget that is not the document's, or a
// record on a task without a budget.
func TestValidatorChecksPrivacyRecord(t *testing.T) {
	b, err := os.ReadFile("../../examples/tasks/breast-cancer-dp.toml")
	if err != nil {
		t.Fatal(err)
	}
	f, err := task.Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	spec, err := f.Spec("1337/1", 1337, 3)
	if err != nil {
		t.Fatal(err)
	}
	last, err := spec.PrivacyRounds()
	if err != nil {
		t.Fatal(err)
	}
	sp, err := spec.PrivacySpent(last)
	if err != nil {
		t.Fatal(err)
	}
	eps, _ := chain.EpsilonFixed(sp.Epsilon)
	onChain := &chain.Privacy{Budget: 3_000_000, Delta: 10_000_000_000_000, Spent: eps}
	if why := privacyRecordMismatch(&f, &spec, uint32(last), eps, onChain); why != "" {
		t.Fatalf("an honest record refused: %s", why)
	}
	cases := map[string]struct {
		round    int
		recorded uint64
		onChain  *chain.Privacy
	}{
		"understated ε":        {last, eps / 2, onChain},
		"round beyond budget":  {last + 1, eps, onChain}, // a coordinator that ran on and recorded the old ε
		"another budget":       {last, eps, &chain.Privacy{Budget: 8_000_000, Delta: 10_000_000_000_000}},
		"another delta":        {last, eps, &chain.Privacy{Budget: 3_000_000, Delta: 1}},
		"no budget on chain":   {last, eps, nil},
		"ε off by two micro-ε": {last, eps - 2, onChain},
	}
	for name, c := range cases {
		if why := privacyRecordMismatch(&f, &spec, uint32(c.round), c.recorded, c.onChain); why == "" {
			t.Errorf("%s: accepted", name)
		} else {
			t.Logf("%s: %s", name, why)
		}
	}
	plain := f
	plain.Privacy = task.PrivacyOptions{}
	pspec, err := plain.Spec("1337/1", 1337, 3)
	if err != nil {
		t.Fatal(err)
	}
	if why := privacyRecordMismatch(&plain, &pspec, 3, 0, nil); why != "" {
		t.Fatalf("a task without a budget refused: %s", why)
	}
	if why := privacyRecordMismatch(&plain, &pspec, 3, 0, onChain); why == "" {
		t.Fatal("a budget on chain that the document lacks was accepted")
	}
}
