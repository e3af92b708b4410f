package trainer

import (
	"testing"

	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/protocol"
)

// A trainer takes DP-SGD's parameters from the task's spec, whatever the train request says, and draws
// its noise from a seed only its key gives.
func TestPrivateTrainingFollowsTheSpec(t *testing.T) {
	k1, _ := identity.Generate()
	k2, _ := identity.Generate()
	spec := &protocol.TaskSpec{ID: "t1", Train: fl.TrainConfig{DP: fl.DPSGD{NoiseMultiplier: 3, Clip: 1, SampleRate: 0.1}}}
	seed := func(k *identity.Key, round uint64) uint64 {
		tr := &Trainer{cfg: Config{Key: k}}
		cfg := fl.TrainConfig{DP: fl.DPSGD{NoiseMultiplier: 0.01, Clip: 100, SampleRate: 1}} // a coordinator's lowered request
		if err := tr.privateTraining(&cfg, spec, round); err != nil {
			t.Fatal(err)
		}
		if cfg.DP != spec.Train.DP {
			t.Fatalf("trained with %+v, the spec says %+v", cfg.DP, spec.Train.DP)
		}
		return cfg.NoiseSeed
	}
	a, b := seed(k1, 1), seed(k1, 1)
	if a == 0 || a != b {
		t.Fatalf("noise seed %x then %x: want a fixed non-zero seed per round", a, b)
	}
	if seed(k1, 2) == a || seed(k2, 1) == a {
		t.Fatal("the noise seed does not depend on the round and the key")
	}
	// A task without DP: a request that asks for it is not obeyed either.
	tr := &Trainer{cfg: Config{Key: k1}}
	cfg := fl.TrainConfig{DP: fl.DPSGD{Clip: 1, SampleRate: 0.5}}
	if err := tr.privateTraining(&cfg, &protocol.TaskSpec{ID: "t2"}, 1); err != nil || cfg.DP.Enabled() || cfg.NoiseSeed != 0 {
		t.Fatalf("no-DP task: %+v, %v", cfg, err)
	}
}
