package coordinator

import (
	"context"
	"math/rand/v2"
	"net/http/httptest"
	"slices"
	"sync"
	"testing"

	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/protocol"
	"github.com/cohort-net/cohort/internal/trainer"
)

// A verification task with three real trainers over 127.0.0.1, one of them lazy in the sense that
// matters to the aggregate (it sends a noised update behind an honestly trained chain): the
// coordinator's spot check leaves its update out and names it, and keeps the honest ones.
func TestVerificationRejectsLazyTrainer(t *testing.T) {
	spec := testSpec()
	spec.Rounds, spec.Trainers, spec.MinParticipants = 1, 3, 3
	spec.Verify = protocol.VerifySpec{BlockSteps: 2, Rate: 0.2}
	if err := spec.Validate(); err != nil {
		t.Fatal(err)
	}
	ckey, _ := identity.Generate()
	var mu sync.Mutex
	var sums []protocol.RoundSummary
	c, err := New(Config{Spec: spec, DataDir: t.TempDir(), Key: ckey, Recover: identity.Recover,
		OnRound: func(s protocol.RoundSummary) { mu.Lock(); sums = append(sums, s); mu.Unlock() }})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	cs := httptest.NewServer(c.Handler())
	defer cs.Close()
	var trainers []*trainer.Trainer
	var lazy string
	for i := range 3 {
		r := rand.New(rand.NewPCG(uint64(i), 3))
		d := &dataset.Dataset{N: 24, D: 3, Label: "y", Classes: []string{"0", "1"}, Features: []string{"a", "b", "c"}}
		for range d.N {
			d.X = append(d.X, r.NormFloat64(), r.NormFloat64(), r.NormFloat64())
			d.Y = append(d.Y, r.IntN(2))
		}
		key, _ := identity.Generate()
		var adv trainer.Adversary
		if i == 0 {
			lazy = key.ID().String()
			adv = func(_ context.Context, _ uint64, _, delta []float64) []float64 {
				for j := range delta {
					delta[j] *= 0.5 // half the work's effect, an honest-looking chain
				}
				return delta
			}
		}
		tr, err := trainer.New(trainer.Config{Key: key, Recover: identity.Recover, CoordinatorURL: cs.URL, Coordinator: ckey.ID(), Data: d, Adversary: adv})
		if err != nil {
			t.Fatal(err)
		}
		defer tr.Close()
		ts := httptest.NewServer(tr.Handler())
		defer ts.Close()
		tr.SetEndpoint(ts.URL)
		trainers = append(trainers, tr)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	joined := make(chan error, len(trainers))
	for _, tr := range trainers {
		go func() { joined <- tr.Join(ctx) }()
	}
	run := make(chan error, 1)
	go func() { run <- c.Run(ctx) }()
	for range trainers {
		if err := <-joined; err != nil {
			t.Fatal(err)
		}
	}
	if err := <-run; err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(sums) != 1 || !slices.Equal(sums[0].Rejected, []string{lazy}) || len(sums[0].Participants) != 2 || slices.Contains(sums[0].Participants, lazy) {
		t.Fatalf("round summaries %+v, want %s rejected and the two others kept", sums, lazy)
	}
}
