package protocol

import (
	"testing"

	"github.com/cohort-net/cohort/internal/fl"
)

func TestVerifySpecRefusesWhatCannotBeReExecuted(t *testing.T) {
	base := TaskSpec{ID: "t", Classes: []string{"0", "1"}, Model: fl.ModelSpec{Kind: "logreg", Inputs: 2, Classes: 2},
		Train: fl.TrainConfig{Optimizer: "sgd", LR: 0.1, Epochs: 1, BatchSize: 2}, Strategy: fl.StrategyConfig{Name: "fedavg"},
		Rounds: 1, Trainers: 1, MinParticipants: 1, RoundTimeoutMS: 1000, Verify: VerifySpec{BlockSteps: 4}}
	if err := base.Validate(); err != nil {
		t.Fatal(err)
	}
	for name, f := range map[string]func(s *TaskSpec){
		"dp-sgd":         func(s *TaskSpec) { s.Train.DP = fl.DPSGD{NoiseMultiplier: 1, Clip: 1, SampleRate: 0.1} },
		"secagg":         func(s *TaskSpec) { s.SecureAgg = SecureSecAgg },
		"negative block": func(s *TaskSpec) { s.Verify.BlockSteps = -1 },
		"huge block":     func(s *TaskSpec) { s.Verify.BlockSteps = fl.MaxBlockSteps + 1 },
	} {
		s := base
		f(&s)
		if err := s.checkVerify(); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	cc := &CheckpointCommit{Checkpoints: 3, Rows: 10, Steps: 8, BlockSteps: 4, Sig: make([]byte, 65)}
	if err := base.CheckCommit(cc); err != nil {
		t.Fatal(err)
	}
	for name, f := range map[string]func(c *CheckpointCommit){
		"block size":  func(c *CheckpointCommit) { c.BlockSteps = 2 },
		"checkpoints": func(c *CheckpointCommit) { c.Checkpoints = 5 },
		"signature":   func(c *CheckpointCommit) { c.Sig = nil },
	} {
		c := *cc
		f(&c)
		if err := base.CheckCommit(&c); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if err := base.CheckCommit(nil); err == nil {
		t.Error("a missing commitment accepted")
	}
}
