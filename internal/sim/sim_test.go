package sim

import (
	"context"
	"encoding/json"
	"math/big"
	"testing"
)

func run(t *testing.T, c Config) map[string]Result {
	t.Helper()
	rep, err := Incentives(context.Background(), c)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]Result{}
	for _, r := range rep.Results {
		b, _ := json.Marshal(r)
		t.Logf("%s", b)
		out[r.Strategy] = r
	}
	return out
}

func wantMet(t *testing.T, r Result) {
	t.Helper()
	if r.TargetMet == nil || !*r.TargetMet {
		t.Errorf("%s: target %q missed: %+v", r.Strategy, r.Target, r)
	}
}

// TestIncentives plays every strategy with few tasks and asserts each target: the lazy trainer (over
// the target's 44 tasks) is caught, expects a loss and ends below honest play; stale and noised
// updates are always caught; the colluding pair does not move the median; the copier, the cartel and
// the colluders earn less than honest validators; the replaying miner earns nothing; the cartel stays
// within the clip; no sybil takes a slot; every escape is slashed; no strategy ends with more than
// honest play.
func TestIncentives(t *testing.T) {
	tasks, epochs := 4, 3
	if !testing.Short() {
		tasks, epochs = 10, 6
	}
	rs := run(t, Config{Tasks: tasks, Epochs: epochs, Only: []string{Honest, ColludingValidatorPair, WeightCopyingValidator,
		ReplayingMiner, Cartel20, SybilBidder, StakeEscape}})
	for k, v := range run(t, Config{Tasks: 44, Only: []string{LazyTrainer}}) {
		rs[k] = v
	}
	if h := rs[Honest]; h.Caught != 0 || h.Profit <= 0 || h.ProfitVsHonest != 0 {
		t.Errorf("honest play: %d false positives, profit %v, vs honest %v", h.Caught, h.Profit, h.ProfitVsHonest)
	}
	lazy := rs[LazyTrainer]
	wantMet(t, lazy)
	if lazy.Caught == 0 || lazy.Extra["stale_update_caught"] != true || lazy.Extra["noised_update_caught"] != true {
		t.Errorf("lazy trainer: caught %d times in 44 tasks; stale caught %v, noised caught %v", lazy.Caught,
			lazy.Extra["stale_update_caught"], lazy.Extra["noised_update_caught"])
	}
	for _, s := range []string{ColludingValidatorPair, WeightCopyingValidator, Cartel20, SybilBidder, StakeEscape} {
		wantMet(t, rs[s])
	}
	if m := rs[ReplayingMiner]; m.Note != "" && m.Attempts == 0 {
		t.Errorf("replaying miner not played: %s", m.Note)
	} else {
		wantMet(t, m)
		if m.Caught != m.Attempts || m.Earned != 0 {
			t.Errorf("replaying miner: %d of %d refused, earned %v", m.Caught, m.Attempts, m.Earned)
		}
	}
	for s, r := range rs {
		if s != Honest && (r.Profit > r.HonestProfit || r.ProfitVsHonest > 0) {
			t.Errorf("%s ends with more than honest play: %v vs %v (%+v)", s, r.Profit, r.HonestProfit, r.ProfitVsHonest)
		}
	}
}

// Without spot checks (p = 0) the lazy trainer is never caught and out-earns honest play: its target
// reports a miss. This is the lazy trainer's assertion with its protection removed.
func TestLazyTrainerWithoutSpotChecks(t *testing.T) {
	r := run(t, Config{Tasks: 4, P: NoSpotChecks, Only: []string{LazyTrainer}})[LazyTrainer]
	if r.TargetMet == nil || *r.TargetMet || r.Caught != 0 || r.Profit <= r.HonestProfit {
		t.Fatalf("without spot checks: %+v", r)
	}
}

// Without the reputation floor, fresh sybil identities bidding the lowest rate take every slot: the
// sybil target reports a miss.
func TestSybilWithoutReputationFloor(t *testing.T) {
	r := run(t, Config{Tasks: 2, MinReputation: NoReputationFloor, Only: []string{SybilBidder}})[SybilBidder]
	if r.TargetMet == nil || *r.TargetMet || r.Extra["slots_taken"].(int) == 0 {
		t.Fatalf("without the reputation floor: %+v", r)
	}
}

// With the market's bonds at 1 wei, the escaping trainer's withdrawal during its dispute leaves
// nothing to slash: the stake-escape target reports a miss.
func TestStakeEscapeWithoutBonds(t *testing.T) {
	r := run(t, Config{Tasks: 2, TrainerBond: big.NewInt(1), BidBond: big.NewInt(1), Only: []string{StakeEscape}})[StakeEscape]
	if r.TargetMet == nil || *r.TargetMet || r.Slashed >= 1 {
		t.Fatalf("without bonds: %+v", r)
	}
}

func TestUnknownStrategy(t *testing.T) {
	if _, err := Incentives(context.Background(), Config{Only: []string{"nope"}}); err == nil {
		t.Fatal("an unknown strategy was accepted")
	}
}
