package coordinator

import (
	"errors"
	"testing"

	"github.com/cohort-net/cohort"
)

// TestSurvivorLedgerSurvivesRestart: a coordinator announces one survivor set per round; after a
// restart on the same store a second, different set for that round is refused.
func TestSurvivorLedgerSurvivesRestart(t *testing.T) {
	dir := t.TempDir()
	st, err := openStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	a := []cohort.NodeID{{1}, {2}, {3}}
	b := []cohort.NodeID{{1}, {3}}
	if err := st.recordSurvivors(4, a); err != nil {
		t.Fatal(err)
	}
	if err := st.recordSurvivors(4, a); err != nil {
		t.Fatalf("the same set again: %v", err)
	}
	st.close()
	st, err = openStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.close()
	err = st.recordSurvivors(4, b)
	var ce *cohort.Error
	if err == nil || !errors.As(err, &ce) || cohort.Code(err) != cohort.EConflict {
		t.Fatalf("a second survivor set after a restart: %v", err)
	}
	if err := st.recordSurvivors(5, b); err != nil {
		t.Fatalf("another round: %v", err)
	}
}
