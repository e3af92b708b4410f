package node

import (
	"testing"

	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/task"
)

// TestDevnetAutoRounds runs `cohort devnet --rounds auto` over the network: the coordinator holds a
// validation split of the training rows, records each round's validation log-loss, and ends the task
// exactly where fl.Plateau over those losses says, before the cap.
func TestDevnetAutoRounds(t *testing.T) {
	_, res := runDevnet(t, DevnetOptions{Chain: noChain, Data: "breast_cancer", Nodes: 3, CentralizedEpochs: -1,
		Task: task.Options{AutoRounds: true, Rounds: 60, Seed: 3}})
	if res.Rounds >= 60 || res.Rounds != len(res.History) {
		t.Fatalf("automatic rounds ran %d rounds (history %d), cap 60", res.Rounds, len(res.History))
	}
	p := fl.NewPlateau(fl.EarlyStop{Patience: task.DefaultAutoPatience, MinDelta: fl.DefaultMinDelta}, 60)
	for i, h := range res.History {
		if h.ValLogLoss == nil {
			t.Fatalf("round %d: no validation log-loss", h.Round)
		}
		if stop := p.Add(*h.ValLogLoss); stop != (i == len(res.History)-1) {
			t.Fatalf("round %d: plateau %v, but the task ran %d rounds", h.Round, stop, len(res.History))
		}
	}
	t.Logf("stopped after %d rounds, federated accuracy %.4f", res.Rounds, res.FederatedAccuracy)
}
