package node

import (
	"testing"

	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/protocol"
	"github.com/cohort-net/cohort/internal/task"
)

// TestDevnetRecordLevelPrivacy runs a task with a record-level budget over HTTP: every round's summary
// carries the ε spent so far, the last within the budget, and the model still learns.
func TestDevnetRecordLevelPrivacy(t *testing.T) {
	if testing.Short() {
		t.Skip("a 10-round networked task")
	}
	train, test, _, err := dataset.LoadSource("breast_cancer", "", "", 3)
	if err != nil {
		t.Fatal(err)
	}
	s := dataset.FitScaler(train)
	train, test = s.Apply(train), s.Apply(test)
	no := false
	p := fl.DPDefaults(fl.DatasetBreastCancer, 3)
	o := DevnetOptions{Chain: noChain, TrainSet: train, TestSet: test, Nodes: 4, Partition: fl.PartitionIID, CentralizedEpochs: -1,
		Task: task.Options{Rounds: p.Rounds, Seed: 3, Standardize: &no, LocalEpochs: p.Train.Epochs, LR: p.Train.LR, Momentum: p.Train.Momentum,
			Privacy: task.PrivacyOptions{Mode: protocol.PrivacyRecord, Epsilon: 3, Delta: 1e-5, Clip: p.Train.DP.Clip, SampleRate: p.Train.DP.SampleRate}},
	}
	d, res := runDevnet(t, o)
	spec := d.Spec()
	if !(spec.Train.DP.NoiseMultiplier > 0) || len(res.History) != spec.Rounds {
		t.Fatalf("dp %+v, %d rounds of %d", spec.Train.DP, len(res.History), spec.Rounds)
	}
	prev := 0.0
	for _, h := range res.History {
		if h.Epsilon == nil || *h.Epsilon <= prev || *h.Epsilon > 3 {
			t.Fatalf("round %d: ε %v after %v", h.Round, h.Epsilon, prev)
		}
		prev = *h.Epsilon
	}
	if prev < 2.9 {
		t.Errorf("ε after the last round %v: the noise was solved for the whole budget of 3", prev)
	}
	t.Logf("σ %.3f, ε per round up to %.4f, test accuracy %.4f", spec.Train.DP.NoiseMultiplier, prev, res.FederatedAccuracy)
	if res.FederatedAccuracy < 0.85 {
		t.Errorf("test accuracy %v under ε 3", res.FederatedAccuracy)
	}
}
