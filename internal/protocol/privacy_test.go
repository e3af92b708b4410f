package protocol

import (
	"math"
	"testing"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/fl"
)

func privateSpec() TaskSpec {
	return TaskSpec{
		ID: "t1", ChainID: 1337, Label: "y", Classes: []string{"0", "1"},
		Model:    fl.ModelSpec{Kind: "logreg", Inputs: 3, Classes: 2},
		Train:    fl.TrainConfig{Optimizer: "sgd", LR: 0.1, Epochs: 1, BatchSize: 4, DP: fl.DPSGD{NoiseMultiplier: 4, Clip: 1, SampleRate: 0.5}},
		Strategy: fl.StrategyConfig{Name: "fedavg"},
		Rounds:   3, Trainers: 2, MinParticipants: 2, RoundTimeoutMS: 20_000, Seed: 1,
		Privacy: PrivacySpec{Mode: PrivacyRecord, Epsilon: 3, Delta: 1e-5},
	}
}

func TestPrivacySpecValidate(t *testing.T) {
	s := privateSpec()
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
	for name, mod := range map[string]func(*TaskSpec){
		"dp without a budget": func(s *TaskSpec) { s.Privacy = PrivacySpec{} },
		"client noise, no budget": func(s *TaskSpec) {
			s.Privacy, s.Train.DP, s.Strategy.ClipNorm, s.Strategy.DPNoise = PrivacySpec{}, fl.DPSGD{}, 1, 1
		},
		"bad mode":          func(s *TaskSpec) { s.Privacy.Mode = "rows" },
		"zero epsilon":      func(s *TaskSpec) { s.Privacy.Epsilon = 0 },
		"delta 0":           func(s *TaskSpec) { s.Privacy.Delta = 0 },
		"record without dp": func(s *TaskSpec) { s.Train.DP = fl.DPSGD{} },
		"record, no noise":  func(s *TaskSpec) { s.Train.DP.NoiseMultiplier = 0 },
		"record, bad q":     func(s *TaskSpec) { s.Train.DP.SampleRate = 2 },
		"client without":    func(s *TaskSpec) { s.Privacy.Mode = PrivacyClient },
		"over budget":       func(s *TaskSpec) { s.Train.DP.NoiseMultiplier = 0.3 },
		"client with secagg": func(s *TaskSpec) {
			s.Privacy.Mode, s.Train.DP, s.Strategy.ClipNorm, s.Strategy.DPNoise = PrivacyClient, fl.DPSGD{}, 1, 5
			s.SecureAgg, s.SecAgg = SecureSecAgg, SecAggSpec{Bits: 24, Clip: 4, StageTimeoutMS: 1000}
		},
	} {
		s := privateSpec()
		mod(&s)
		if err := s.Validate(); cohort.Code(err) != cohort.EInvalid {
			t.Errorf("%s: %v, want an invalid-input error", name, err)
		}
	}
}

func TestPrivacyAccounting(t *testing.T) {
	s := privateSpec()
	q, sigma, steps := s.PrivacyMechanism()
	if q != 0.5 || sigma != 4 || steps != 2 {
		t.Fatalf("mechanism q %v σ %v steps %v", q, sigma, steps)
	}
	prev := 0.0
	for r := 1; r <= 3; r++ {
		sp, err := s.PrivacySpent(r)
		if err != nil || sp.Epsilon <= prev || sp.Delta != 1e-5 {
			t.Fatalf("round %d: %+v %v", r, sp, err)
		}
		prev = sp.Epsilon
	}
	s.Privacy.Mode, s.Strategy.DPNoise = PrivacyClient, 2
	if q, sigma, steps := s.PrivacyMechanism(); q != 1 || sigma != 2 || steps != 1 {
		t.Fatalf("client mechanism q %v σ %v steps %v", q, sigma, steps)
	}
}

func distributedSpec() TaskSpec {
	s := privateSpec()
	s.Train.DP = fl.DPSGD{}
	s.Trainers, s.MinParticipants = 10, 10
	s.Strategy = fl.StrategyConfig{Name: "fedavg", ClipNorm: 1, DPNoise: 2, MaxSamples: 1}
	s.Privacy = PrivacySpec{Mode: PrivacyClient, Epsilon: 10, Delta: 1e-5, Noise: NoiseDistributed}
	s.SecureAgg, s.SecAgg = SecureSecAgg, SecAggSpec{Bits: 24, Clip: 8, StageTimeoutMS: 1000}
	return s
}

// Distributed noise: each trainer's share is σC/√n_min with n_min the honest survivors the threat
// model guarantees, and a survivor set below the dropout bound is refused.
func TestDistributedNoise(t *testing.T) {
	s := distributedSpec()
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ n, nMin int }{{10, 7}, {100, 70}, {5, 4}, {2, 2}, {1000, 700}} {
		std, nMin, err := s.DistributedNoise(c.n)
		if err != nil || nMin != c.nMin || math.Abs(std-2/math.Sqrt(float64(c.nMin))) > 1e-12 {
			t.Errorf("n %d: std %v, n_min %d (%v), want n_min %d", c.n, std, nMin, err, c.nMin)
		}
		// The honest survivors' shares alone carry at least the accountant's noise σ²C² on the sum.
		if v := float64(nMin) * std * std; v < 4-1e-12 {
			t.Errorf("n %d: honest noise variance %v < σ²C² = 4", c.n, v)
		}
	}
	if err := s.CheckNoiseSurvivors(10, 9); err != nil {
		t.Errorf("9 of 10 survivors at δ 0.1: %v", err)
	}
	if err := s.CheckNoiseSurvivors(10, 8); cohort.Code(err) != cohort.EForbidden {
		t.Errorf("8 of 10 survivors at δ 0.1: %v, want refused", err)
	}
	central := s
	central.Privacy.Noise = ""
	if err := central.CheckNoiseSurvivors(10, 2); err != nil {
		t.Errorf("central noise checks no survivors: %v", err)
	}
	for name, mod := range map[string]func(*TaskSpec){
		"unknown noise":  func(s *TaskSpec) { s.Privacy.Noise = "local" },
		"plaintext":      func(s *TaskSpec) { s.SecureAgg = SecureNone },
		"threshold-he":   func(s *TaskSpec) { s.SecureAgg = SecureThresholdHE },
		"clip too small": func(s *TaskSpec) { s.SecAgg.Clip = 4 }, // 1 + 6·2/√7 = 5.5
	} {
		s := distributedSpec()
		mod(&s)
		if err := s.Validate(); cohort.Code(err) != cohort.EInvalid {
			t.Errorf("%s: %v, want an invalid-input error", name, err)
		}
	}
}
