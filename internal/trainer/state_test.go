package trainer

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/identity"
)

// TestRestartedTrainerRefusesReRun: a trainer that took part in attempt 2 of round 1 is restarted
// (a new process from the same key and state file); the coordinator then re-runs attempt 2. The
// restarted trainer remembers the attempt and refuses, and it rejoins with the same beacon root, so
// it reveals leaves of the tree it committed to. Without the state file it would take part again.
func TestRestartedTrainerRefusesReRun(t *testing.T) {
	for _, persisted := range []bool{true, false} {
		e := newEvilCoord(t, attackTrainers)
		global := attackGlobal(e.spec.Model.NumParams())
		key, _ := identity.Generate()
		state := ""
		if persisted {
			state = filepath.Join(t.TempDir(), "trainer-state.json")
		}
		start := func() *Trainer {
			tr, err := New(Config{Key: key, Recover: identity.Recover, CoordinatorURL: e.srv.URL, Coordinator: e.key.ID(),
				Endpoint: "http://x", Data: randomData(99), StateFile: state})
			if err != nil {
				t.Fatal(err)
			}
			if err := tr.Join(context.Background()); err != nil {
				t.Fatal(err)
			}
			ts := httptest.NewServer(tr.Handler())
			t.Cleanup(ts.Close)
			e.urls[tr.ID()] = ts.URL
			e.beacons[tr.ID()] = tr.beacon
			return tr
		}
		first := start()
		root := first.beacon.Root()
		ids := append(e.ids(), key.ID())
		slices.SortFunc(ids, func(a, b cohort.NodeID) int { return bytes.Compare(a[:], b[:]) })
		sr := e.honestRound(2, global)
		sr.Clients, sr.Beacons = ids, e.roots(ids)
		if code, body := e.train(key.ID(), 1, &sr, global); code != http.StatusAccepted {
			t.Fatalf("attempt 2 refused: %d %s", code, body)
		}
		first.Close()

		second := start()
		if persisted && second.beacon.Root() != root {
			t.Fatal("the restarted trainer committed to another beacon tree")
		}
		sr.Beacons = e.roots(ids)
		code, body := e.train(key.ID(), 1, &sr, global)
		refused := code == http.StatusConflict && strings.Contains(body, "not above attempt 2")
		if persisted && !refused {
			t.Fatalf("the restarted trainer took part in attempt 2 again: %d %s", code, body)
		}
		if !persisted && refused {
			t.Fatal("a trainer without a state file remembered its attempts: the test does not exercise the state file")
		}
		second.Close()
	}
}
