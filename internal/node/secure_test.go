package node

import (
	"context"
	"math"
	"sync"
	"testing"
	"time"

	"github.com/cohort-net/cohort/internal/protocol"
	"github.com/cohort-net/cohort/internal/task"
)

// TestSecAggMatchesPlaintext runs the same task twice over the network, once in plaintext and once
// with SecAgg+: the models may differ only by the quantization error.
func TestSecAggMatchesPlaintext(t *testing.T) {
	base := DevnetOptions{Chain: noChain, Data: "breast_cancer", Nodes: 5, Partition: "dirichlet", Alpha: 0.5, CentralizedEpochs: -1,
		Task: task.Options{Rounds: 4, Seed: 5}}
	plainNet, plain := runDevnet(t, base)
	sec := base
	sec.Task.SecureAgg = protocol.SecureSecAgg
	secNet, secure := runDevnet(t, sec)
	pm, _, _ := plainNet.coord.Result()
	sm, _, _ := secNet.coord.Result()
	var maxDiff float64
	for i := range pm.Params {
		maxDiff = math.Max(maxDiff, math.Abs(pm.Params[i]-sm.Params[i]))
	}
	// 24-bit quantization of [-4, 4] is a step of 4.8e-7 per element and trainer; four rounds of a few
	// steps each stay far below 1e-4.
	if maxDiff > 1e-4 {
		t.Fatalf("secure and plaintext models differ by up to %g", maxDiff)
	}
	if math.Abs(plain.FederatedAccuracy-secure.FederatedAccuracy) > 0.005 {
		t.Fatalf("accuracy: plaintext %.4f, secagg+ %.4f", plain.FederatedAccuracy, secure.FederatedAccuracy)
	}
	for _, h := range secure.History {
		if len(h.Participants) != 5 || h.Selected != 5 {
			t.Fatalf("round %d: %d survivors of %d", h.Round, len(h.Participants), h.Selected)
		}
		// The coordinator never held an individual update, not even masked, in its store.
		if ups, err := secNet.coord.StoredUpdates(h.Round); err != nil || len(ups) != 0 {
			t.Fatalf("round %d: %d individual updates stored (%v)", h.Round, len(ups), err)
		}
	}
	t.Logf("max parameter difference %.2g; accuracy plaintext %.4f secagg+ %.4f", maxDiff, plain.FederatedAccuracy, secure.FederatedAccuracy)
}

// TestSecAggToleratesADroppedTrainer stops one trainer after the first round: later rounds wait for it
// until the deadline, then aggregate the four survivors securely.
func TestSecAggToleratesADroppedTrainer(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	o := DevnetOptions{Chain: noChain, Data: "breast_cancer", Nodes: 5, CentralizedEpochs: -1,
		Task: task.Options{Rounds: 3, Seed: 6, SecureAgg: protocol.SecureSecAgg, RoundTimeout: task.Duration(3 * time.Second), MinParticipants: 3}}
	round1 := make(chan struct{})
	var once sync.Once
	o.OnRound = func(s protocol.RoundSummary) { once.Do(func() { close(round1) }) }
	d, err := StartDevnet(ctx, o)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	dropped := make(chan struct{})
	go func() {
		<-round1
		d.servers[5].shutdown(time.Second) // trainer 5 goes away: no more train requests reach it
		d.trainers[4].Close()
		close(dropped)
	}()
	res, err := d.Wait(ctx)
	if err != nil {
		t.Fatal(err)
	}
	<-dropped
	if len(res.History) != 3 {
		t.Fatalf("history: %+v", res.History)
	}
	if res.FederatedAccuracy < 0.9 {
		t.Fatalf("accuracy %.4f after a dropout", res.FederatedAccuracy)
	}
	if n := len(res.History[2].Participants); n != 4 {
		t.Fatalf("round 3 aggregated %d survivors, want 4", n)
	}
}
