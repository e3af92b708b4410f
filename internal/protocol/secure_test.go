package protocol

import (
	"slices"
	"testing"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/fl"
)

func secureSpec() *TaskSpec {
	return &TaskSpec{ID: "fuzz", Rounds: 5, Model: fl.ModelSpec{Kind: "logreg", Inputs: 2, Classes: 2},
		SecureAgg: SecureSecAgg, SecAgg: SecAggSpec{Bits: 24, Clip: 4, StageTimeoutMS: 1000}}
}

// FuzzTrainHeaderSecure decodes train frames carrying a SecureRound and derives the session a trainer
// would check: nothing may panic, and an accepted session names an attempt in 1..MaxSecureAttempts.
func FuzzTrainHeaderSecure(f *testing.F) {
	ids := []cohort.NodeID{{1}, {2}, {3}, {4}, {5}}
	g := []float64{0.1, 0.2, 0.3, 0.4, 0.5, 0.6}
	for _, sr := range []SecureRound{
		{Attempt: 1, Clients: ids, ModelHash: ModelHash(g), WeightScale: 0.5, Beacons: make([][32]byte, len(ids))},
		{Attempt: MaxSecureAttempts + 1, Clients: ids, WeightScale: 1},
		{Attempt: 2, Clients: ids[:1], WeightScale: -1},
	} {
		b, _ := EncodeFrame(TrainHeader{Round: 3, Secure: &sr}, g, nil, nil)
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var h TrainHeader
		if _, err := DecodeFrame(b, Limits{MaxHeader: 1 << 12, MaxTensors: 4, MaxElems: 1 << 12}, &h); err != nil || h.Secure == nil {
			return
		}
		if len(h.Secure.Clients) > 64 {
			return
		}
		cfg, err := SecAggConfig(secureSpec(), h.Round, h.Secure)
		if err == nil && (h.Secure.Attempt == 0 || h.Secure.Attempt > MaxSecureAttempts || cfg.Neighbours() < 1) {
			t.Fatalf("accepted attempt %d", h.Secure.Attempt)
		}
	})
}

// TestSessionBindsRoundValues: attempt, model hash, weight scale and every client's beacon root
// each change the session id; no ring is known before the clients reveal their beacons; a session
// without every client's beacon root is refused, so a coordinator cannot fall back to a ring it can
// compute (and grind) itself.
func TestSessionBindsRoundValues(t *testing.T) {
	ids := []cohort.NodeID{{1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}, {9}, {10}, {11}, {12}}
	roots := make([][32]byte, len(ids))
	for i := range roots {
		roots[i] = [32]byte{byte(i + 1), 'r'}
	}
	base := SecureRound{Attempt: 1, Clients: ids, ModelHash: ModelHash([]float64{1}), WeightScale: 0.25, Beacons: roots}
	ref, err := SecAggConfig(secureSpec(), 2, &base)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ref.NeighboursOf(ids[0]); err == nil {
		t.Fatal("the ring is known before the clients revealed their beacons")
	}
	for name, mod := range map[string]func(*SecureRound){
		"attempt": func(s *SecureRound) { s.Attempt = 2 },
		"model":   func(s *SecureRound) { s.ModelHash[0] ^= 1 },
		"scale":   func(s *SecureRound) { s.WeightScale = 1e-9 },
		"beacon":  func(s *SecureRound) { s.Beacons = slices.Clone(s.Beacons); s.Beacons[3][0] ^= 1 },
	} {
		sr := base
		mod(&sr)
		cfg, err := SecAggConfig(secureSpec(), 2, &sr)
		if err != nil {
			t.Fatal(err)
		}
		if cfg.Session() == ref.Session() {
			t.Errorf("%s: same session", name)
		}
	}
	for name, bs := range map[string][][32]byte{"no beacons": nil, "one missing": roots[1:]} {
		sr := base
		sr.Beacons = bs
		if _, err := SecAggConfig(secureSpec(), 2, &sr); cohort.Code(err) != cohort.EInvalid {
			t.Errorf("%s: %v", name, err)
		}
	}
	// A fixed k, t that misses the bound is refused.
	spec := secureSpec()
	spec.SecAgg.Neighbours, spec.SecAgg.Threshold = 2, 2
	if _, err := SecAggConfig(spec, 2, &base); err == nil {
		t.Fatal("k=2, t=2 accepted for 12 trainers at γ=0.2")
	}
}
