package coordinator

import (
	"context"
	"math"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/protocol"
)

// runPrivateTask runs spec with one fake trainer that answers every round with delta, and returns
// the coordinator's final status and the global model after each round.
func runPrivateTask(t *testing.T, spec protocol.TaskSpec, delta []float64) (protocol.Status, [][]float64) {
	t.Helper()
	cKey, _ := identity.Generate()
	tr := newFakeTrainer(t)
	spec.Trainers, spec.MinParticipants = 1, 1
	c, err := New(Config{Spec: spec, DataDir: t.TempDir(), Key: cKey, Recover: identity.Recover, Limits: testLimits})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	h := &harness{t: t, c: c, srv: httptest.NewServer(c.Handler()), cKey: cKey}
	defer h.srv.Close()
	if got, _ := h.send(protocol.PathJoin, tr.key, 0, joinBody(tr.srv.URL, 3), nil); got != http.StatusOK {
		t.Fatalf("join: %d", got)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- c.Run(ctx) }()
	for {
		select {
		case r := <-tr.got:
			if got, _ := h.send(protocol.PathUpdate, tr.key, r, updateBody(r, delta), nil); got != http.StatusOK {
				t.Fatalf("update of round %d: %d", r, got)
			}
			continue
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
		}
		break
	}
	st, err := c.Status()
	if err != nil {
		t.Fatal(err)
	}
	var models [][]float64
	for r := range st.History {
		m, err := c.Model(uint64(r + 1))
		if err != nil {
			t.Fatal(err)
		}
		models = append(models, m)
	}
	return st, models
}

// A task whose budget covers fewer rounds than it asks for stops before the round that would exceed it,
// and every round's summary records the ε spent so far.
func TestPrivacyBudgetEndsTaskEarly(t *testing.T) {
	spec := testSpec()
	spec.Rounds = 6
	spec.Train.DP = fl.DPSGD{NoiseMultiplier: 2, Clip: 1, SampleRate: 0.5} // 2 steps a round
	spec.Privacy = protocol.PrivacySpec{Mode: protocol.PrivacyRecord, Epsilon: 4, Delta: 1e-5}
	want, err := spec.PrivacyRounds()
	if err != nil || want < 1 || want >= spec.Rounds {
		t.Fatalf("test setup: %d of %d rounds within budget (%v)", want, spec.Rounds, err)
	}
	st, _ := runPrivateTask(t, spec, []float64{0.1, 0.1, 0.1, 0.1})
	if st.State != protocol.StateDone || len(st.History) != want {
		t.Fatalf("state %s after %d rounds, want done after %d", st.State, len(st.History), want)
	}
	prev := 0.0
	for _, s := range st.History {
		if s.Epsilon == nil || *s.Epsilon <= prev || *s.Epsilon > spec.Privacy.Epsilon {
			t.Fatalf("round %d: ε %v (previous %v, budget %v)", s.Round, s.Epsilon, prev, spec.Privacy.Epsilon)
		}
		prev = *s.Epsilon
	}
	next, _ := spec.PrivacySpent(want + 1)
	if next.Epsilon <= spec.Privacy.Epsilon {
		t.Fatalf("round %d would spend ε %v, within the budget: the task stopped too early", want+1, next.Epsilon)
	}
}

// Client-level DP: the coordinator clips the update and adds Gaussian noise of standard deviation
// z*C/n to the mean. A trainer's large delta moves the model by at most C plus noise, and the noise is
// there (the model is not the clipped delta).
func TestClientLevelNoiseAtCoordinator(t *testing.T) {
	spec := testSpec()
	spec.Rounds = 1
	spec.Strategy = fl.StrategyConfig{Name: fl.StratFedAvg, ClipNorm: 0.5, DPNoise: 2}
	spec.Privacy = protocol.PrivacySpec{Mode: protocol.PrivacyClient, Epsilon: 10, Delta: 1e-5}
	delta := []float64{30, 40, 0, 0} // norm 50, clipped to 0.5: (0.3, 0.4, 0, 0)
	st, models := runPrivateTask(t, spec, delta)
	if len(models) != 1 || st.History[0].Epsilon == nil {
		t.Fatalf("status %+v", st)
	}
	clipped := []float64{0.3, 0.4, 0, 0}
	dev := 0.0
	for k, v := range models[0] {
		dev = math.Max(dev, math.Abs(v-clipped[k]))
	}
	// σ per coordinate = z*C/n = 1; four coordinates all within 1e-3 of the clipped delta would mean no noise.
	if dev < 1e-3 || dev > 6 {
		t.Fatalf("largest deviation from the clipped update %v, want noise of standard deviation 1", dev)
	}
}
