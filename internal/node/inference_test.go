package node

import (
	"context"
	"encoding/json"
	"net/http"
	"testing"
	"time"

	"github.com/cohort-net/cohort/internal/miner"
	"github.com/cohort-net/cohort/internal/validator"
)

func runInference(t *testing.T, o InferenceOptions) *InferenceResult {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	d, err := StartInferenceDevnet(ctx, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	res, err := d.Run(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// The validator serves the same scores.
	resp, err := http.Get(d.ValidatorURL() + validator.ScoresPath)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var s validator.Scores
	if err := json.NewDecoder(resp.Body).Decode(&s); err != nil {
		t.Fatal(err)
	}
	if int(s.Rounds) != o.Rounds || len(s.Miners) != len(res.Miners) || s.Miners[0].Score != res.Miners[0].Score {
		t.Errorf("GET /v1/scores: %+v", s)
	}
	return res
}

func checkHonestWin(t *testing.T, res *InferenceResult, rounds int) {
	t.Helper()
	var bad *InferenceMiner
	for i := range res.Miners {
		if !res.Miners[i].Honest {
			bad = &res.Miners[i]
		}
	}
	if bad == nil {
		t.Fatal("no dishonest miner")
	}
	for _, m := range res.Miners {
		if !m.Honest {
			continue
		}
		if m.Valid != rounds || m.Invalid != 0 {
			t.Errorf("honest miner %s: %d valid, %d invalid (%s)", m.Address, m.Valid, m.Invalid, m.LastError)
		}
		if m.Score <= bad.Score {
			t.Errorf("honest miner %s scores %v, dishonest %v", m.Address, m.Score, bad.Score)
		}
	}
	if bad.Valid > 1 || bad.Invalid < rounds-1 {
		t.Errorf("dishonest miner: %d valid, %d invalid", bad.Valid, bad.Invalid)
	}
	if res.ProofsVerified == 0 || res.ProofsFailed == 0 || res.MeanProveMS <= 0 || res.MeanVerifyMS <= 0 {
		t.Errorf("counters: %+v", res)
	}
}

func TestInferenceDevnetTiny(t *testing.T) {
	for _, mode := range []miner.Mode{miner.ModeWrongOutput, miner.ModeReplay} {
		t.Run(string(mode), func(t *testing.T) {
			// A replaying miner's first answer is a real proof and may be the fastest: it takes a few
			// rounds of penalties (x0.6 each) to fall below the honest miners' EMA.
			rounds := 3
			if mode == miner.ModeReplay {
				rounds = 6
			}
			res := runInference(t, InferenceOptions{Model: InferenceModelTiny, Rounds: rounds, DishonestMode: mode, Seed: 1, RPC: "none"})
			if len(res.Miners) != 3 || res.Miners[2].Honest || res.Miners[2].Mode != string(mode) {
				t.Fatalf("miners %+v", res.Miners)
			}
			checkHonestWin(t, res, rounds)
		})
	}
}

func TestInferenceDevnetBreastCancer(t *testing.T) {
	rounds := 3
	if !testing.Short() {
		rounds = 10
	}
	res := runInference(t, InferenceOptions{Rounds: rounds, Seed: 1})
	checkHonestWin(t, res, rounds)
	if res.Model != InferenceModelLogReg || res.Constraints == 0 || res.QuantizedAccuracy < 0.9 ||
		res.QuantizedAccuracy < res.FloatAccuracy-0.02 {
		t.Errorf("model: %s, %d constraints, accuracy float %.3f quantized %.3f", res.Model, res.Constraints, res.FloatAccuracy, res.QuantizedAccuracy)
	}
	b, _ := json.Marshal(res)
	var doc struct {
		Miners []map[string]any `json:"miners"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	for _, m := range doc.Miners {
		for _, k := range []string{"address", "honest", "score", "valid", "invalid"} {
			if _, ok := m[k]; !ok {
				t.Errorf("--json miner entry lacks %q: %v", k, m)
			}
		}
	}
	// The validator's weights went through the devnet's ValidatorConsensus (commit, reveal, finalize):
	// the consensus set the miners' reputation, the best miner's at 10000.
	if res.ChainID != "1337" || res.Registry == "" {
		t.Fatalf("chain: %q %q", res.ChainID, res.Registry)
	}
	var best uint16
	for _, m := range res.Miners {
		if m.ReputationBPS == nil {
			t.Fatalf("miner %s has no on-chain reputation", m.Address)
		}
		best = max(best, *m.ReputationBPS)
		if !m.Honest && *m.ReputationBPS != 0 {
			t.Errorf("the dishonest miner has reputation %d on chain", *m.ReputationBPS)
		}
		if m.Honest && *m.ReputationBPS == 0 {
			t.Errorf("honest miner %s has no reputation from consensus", m.Address)
		}
	}
	if best != 10_000 {
		t.Errorf("the best miner's reputation is %d bps, want 10000", best)
	}
	t.Logf("%d constraints, setup %d ms, prove %.1f ms, verify %.2f ms", res.Constraints, res.SetupMS, res.MeanProveMS, res.MeanVerifyMS)
}

func TestInferenceOptionsRefused(t *testing.T) {
	for name, o := range map[string]InferenceOptions{
		"model":     {Model: "gpt"},
		"miners":    {Miners: -1},
		"dishonest": {Miners: 2, Dishonest: 3},
		"mode":      {DishonestMode: "lazy"},
		"rounds":    {Rounds: -5},
	} {
		if _, err := StartInferenceDevnet(context.Background(), o); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
