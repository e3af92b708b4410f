package node

import (
	"math/big"
	"testing"

	"github.com/cohort-net/cohort/internal/chain"
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

// TestDevnetClientLevelPrivacySecure runs client-level DP under SecAgg+ over HTTP: trainers clip and
// weigh their own updates, the coordinator adds the noise to the secure mean and records ε per round.
func TestDevnetClientLevelPrivacySecure(t *testing.T) {
	if testing.Short() {
		t.Skip("a networked SecAgg+ task")
	}
	train, test, _, err := dataset.LoadSource("breast_cancer", "", "", 3)
	if err != nil {
		t.Fatal(err)
	}
	s := dataset.FitScaler(train)
	train, test = s.Apply(train), s.Apply(test)
	no := false
	o := DevnetOptions{Chain: noChain, TrainSet: train, TestSet: test, Nodes: 5, Partition: fl.PartitionIID, CentralizedEpochs: -1,
		Task: task.Options{Rounds: 3, Seed: 3, Standardize: &no, SecureAgg: protocol.SecureSecAgg,
			Privacy: task.PrivacyOptions{Mode: protocol.PrivacyClient, Epsilon: 8, Delta: 1e-5, Clip: 2}},
	}
	d, res := runDevnet(t, o)
	spec := d.Spec()
	if !(spec.Strategy.DPNoise > 0) || spec.Strategy.MaxSamples != 1 || len(res.History) != spec.Rounds {
		t.Fatalf("strategy %+v, %d rounds of %d", spec.Strategy, len(res.History), spec.Rounds)
	}
	last := res.History[len(res.History)-1]
	if last.Epsilon == nil || *last.Epsilon > 8 || *last.Epsilon < 7.9 {
		t.Fatalf("ε after the last round %v, want just under 8", last.Epsilon)
	}
	t.Logf("σ %.3f, ε %.4f, test accuracy %.4f", spec.Strategy.DPNoise, *last.Epsilon, res.FederatedAccuracy)
}

// TestDevnetClientLevelPrivacyDistributed runs client-level DP with distributed noise under SecAgg+ over
// HTTP: every trainer adds its noise share before masking, the coordinator adds none, ε is recorded per
// round, and the model still learns.
func TestDevnetClientLevelPrivacyDistributed(t *testing.T) {
	if testing.Short() {
		t.Skip("a networked SecAgg+ task")
	}
	train, test, _, err := dataset.LoadSource("breast_cancer", "", "", 3)
	if err != nil {
		t.Fatal(err)
	}
	s := dataset.FitScaler(train)
	train, test = s.Apply(train), s.Apply(test)
	no := false
	o := DevnetOptions{Chain: noChain, TrainSet: train, TestSet: test, Nodes: 5, Partition: fl.PartitionIID, CentralizedEpochs: -1,
		Task: task.Options{Rounds: 3, Seed: 3, Standardize: &no, SecureAgg: protocol.SecureSecAgg,
			Privacy: task.PrivacyOptions{Mode: protocol.PrivacyClient, Epsilon: 8, Delta: 1e-5, Clip: 2, Noise: protocol.NoiseDistributed}},
	}
	d, res := runDevnet(t, o)
	spec := d.Spec()
	if spec.Privacy.Noise != protocol.NoiseDistributed || len(res.History) != spec.Rounds {
		t.Fatalf("privacy %+v, %d rounds of %d", spec.Privacy, len(res.History), spec.Rounds)
	}
	last := res.History[len(res.History)-1]
	if last.Epsilon == nil || *last.Epsilon > 8 || *last.Epsilon < 7.9 {
		t.Fatalf("ε after the last round %v, want just under 8", last.Epsilon)
	}
	std, nMin, _ := spec.DistributedNoise(5)
	t.Logf("σ %.3f, noise share %.3f per trainer (n_min %d), secagg clip %g, ε %.4f, test accuracy %.4f", spec.Strategy.DPNoise, std, nMin, spec.SecAgg.Clip, *last.Epsilon, res.FederatedAccuracy)
	if res.FederatedAccuracy < 0.6 {
		t.Errorf("test accuracy %v", res.FederatedAccuracy)
	}
}

// TestDevnetOnChainPrivacy runs a client-level DP task with distributed noise under SecAgg+ on the
// embedded chain, every node acting for itself: the budget is in the task's on-chain record, the
// trainers join only because the coordinator's spec has the document's privacy mechanism, the
// coordinator commits each round with the cumulative ε it recorded, and the validator, having
// recomputed that ε from the task document, attests.
func TestDevnetOnChainPrivacy(t *testing.T) {
	if testing.Short() {
		t.Skip("a task on the embedded chain")
	}
	d, res := runDevnet(t, DevnetOptions{Data: "breast_cancer", Nodes: 5, CentralizedEpochs: -1,
		Task: task.Options{Rounds: 3, Seed: 9, SecureAgg: protocol.SecureSecAgg,
			Privacy: task.PrivacyOptions{Mode: protocol.PrivacyClient, Epsilon: 8, Delta: 1e-5, Clip: 2, Noise: protocol.NoiseDistributed}}})
	c := res.Chain
	if c == nil || c.Metric == 0 {
		t.Fatalf("no attestation: %+v", c)
	}
	dep, err := chain.ReadDeployment(c.Deployment)
	if err != nil {
		t.Fatal(err)
	}
	conn, err := chain.Dial(t.Context(), c.RPC, chain.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.UseSuite(dep.Suite)
	id, _ := new(big.Int).SetString(c.TaskID, 10)
	pv, err := conn.TaskPrivacy(t.Context(), id)
	if err != nil {
		t.Fatal(err)
	}
	last := res.History[len(res.History)-1]
	want, _ := chain.EpsilonFixed(*last.Epsilon)
	if pv.Budget != 8_000_000 || pv.Delta != 10_000_000_000_000 || pv.Spent != want {
		t.Fatalf("on-chain privacy %+v, want budget 8e6, δ 1e13 and ε %d (%.6f after round %d)", pv, want, *last.Epsilon, last.Round)
	}
	spec := d.Spec()
	if spec.SecureAgg != protocol.SecureSecAgg || spec.Privacy.Noise != protocol.NoiseDistributed {
		t.Fatalf("the task ran with secure aggregation %q, noise %q", spec.SecureAgg, spec.Privacy.Noise)
	}
	t.Logf("on chain: ε %.6f of %d-µε budget after %d rounds (%s); test accuracy %.4f, attested %d bps", pv.Epsilon(), pv.Budget, len(res.History), spec.ID, res.FederatedAccuracy, c.Metric)
}
