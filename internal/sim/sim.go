package sim

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/chain"
)

// Strategy names, in report order.
const (
	Honest                 = "honest"
	LazyTrainer            = "lazy_trainer"
	ColludingValidatorPair = "colluding_validator_pair"
	WeightCopyingValidator = "weight_copying_validator"
	ReplayingMiner         = "replaying_miner"
	Cartel20               = "cartel_20pct"
	SybilBidder            = "sybil_bidder"
	StakeEscape            = "stake_escape_unbonding"
)

// Strategies lists every strategy the simulation plays.
var Strategies = []string{Honest, LazyTrainer, ColludingValidatorPair, WeightCopyingValidator, ReplayingMiner, Cartel20, SybilBidder, StakeEscape}

// Config sets a run. Zero fields take the defaults (DefaultConfig). The protection knobs exist so that
// tests can switch a protection off and watch its assertion fail; a user keeps them at the defaults.
type Config struct {
	Tasks  int    // market tasks per task strategy; default 30
	Epochs int    // consensus epochs (copier, cartel) and oracle requests (miner); default 8
	Seed   uint64 // drives data, models and the validators' salts; default 1
	Only   []string
	Log    *slog.Logger
	// Repo is the source tree that holds the oracle fixtures (internal/chain/testdata); empty: found
	// from the working directory. Without them the replaying miner's row says it was skipped.
	Repo string

	P            float64  // spot-check rate; default 0.1 (NoSpotChecks for none)
	TrainerBond  *big.Int // the market's per-task trainer bond; default 10 tokens
	BidBond      *big.Int // the market's bid bond; default 1 token
	DisputeSlash *big.Int // TrainingDispute's slash; default 100 tokens
	// MinReputation is the tasks' reputation floor (bps); default 5000, NoReputationFloor for none.
	MinReputation int

	quorum uint8 // the market's attestation quorum; default 5 (all the validators)
}

// NoSpotChecks and NoReputationFloor switch those protections off (tests only).
const (
	NoSpotChecks      = -1.0
	NoReputationFloor = -1
)

// Economics of one task, in tokens: each of the four selected trainers bids Rate for one hour and pays
// Cost for the compute.
const (
	rateTokens = 10
	costTokens = 6
	trainers   = 4
	validators = 5
)

func (c *Config) defaults() {
	if c.Tasks <= 0 {
		c.Tasks = 30
	}
	if c.Epochs <= 0 {
		c.Epochs = 8
	}
	if c.Seed == 0 {
		c.Seed = 1
	}
	if c.Log == nil {
		c.Log = slog.New(slog.DiscardHandler)
	}
	switch {
	case c.P == 0:
		c.P = 0.1
	case c.P < 0:
		c.P = 0
	}
	if c.TrainerBond == nil {
		c.TrainerBond = chain.Tokens(10)
	}
	if c.BidBond == nil {
		c.BidBond = chain.Tokens(1)
	}
	if c.DisputeSlash == nil {
		c.DisputeSlash = chain.Tokens(100)
	}
	if c.quorum == 0 {
		c.quorum = validators
	}
	switch {
	case c.MinReputation == 0:
		c.MinReputation = 5000
	case c.MinReputation < 0:
		c.MinReputation = 0
	}
}

// Result is one strategy's row. DetectionRate is the fraction of the strategy's attempts the protocol
// caught or neutralized (for honest play: the fraction of honest work wrongly flagged); ProfitVsHonest
// is (Profit - HonestProfit)/|HonestProfit| (0 for honest). Profits are in tokens over the whole run.
type Result struct {
	Strategy       string         `json:"strategy"`
	DetectionRate  float64        `json:"detection_rate"`
	ProfitVsHonest float64        `json:"profit_vs_honest"`
	Role           string         `json:"role"`
	Mechanism      string         `json:"mechanism"`
	Attempts       int            `json:"attempts"` // tasks, epochs or requests played
	Caught         int            `json:"caught"`
	CaughtWithin   int            `json:"caught_within,omitempty"` // the attempt at which it was first caught (1-based)
	Profit         float64        `json:"profit"`                  // the strategy's wealth change, tokens
	HonestProfit   float64        `json:"honest_profit"`           // an honest peer's over the same run
	Earned         float64        `json:"earned"`                  // paid by the market, the consensus or the oracle
	Slashed        float64        `json:"slashed"`
	Target         string         `json:"target,omitempty"`
	TargetMet      *bool          `json:"target_met,omitempty"`
	Extra          map[string]any `json:"extra,omitempty"`
	Note           string         `json:"note,omitempty"`
	Seconds        float64        `json:"seconds"`
}

// Report is what `cohort sim incentives --json` prints.
type Report struct {
	Results []Result `json:"results"`
	Tasks   int      `json:"tasks"`
	Epochs  int      `json:"epochs"`
	P       float64  `json:"p"`
	Seed    uint64   `json:"seed"`
}

// Incentives plays every strategy (or c.Only) and returns their rows in Strategies order.
func Incentives(ctx context.Context, c Config) (Report, error) {
	c.defaults()
	want := map[string]bool{}
	for _, s := range c.Only {
		if !validStrategy(s) {
			return Report{}, cohort.Errorf(cohort.EInvalid, "unknown strategy %q (have %v)", s, Strategies)
		}
		want[s] = true
	}
	rep := Report{Tasks: c.Tasks, Epochs: c.Epochs, P: c.P, Seed: c.Seed}
	for _, s := range Strategies {
		if len(want) > 0 && !want[s] {
			continue
		}
		start := time.Now()
		c.Log.Info("playing", "strategy", s)
		r, err := play(ctx, c, s)
		if err != nil {
			return rep, fmt.Errorf("strategy %s: %w", s, err)
		}
		r.Strategy, r.Seconds = s, round3(time.Since(start).Seconds())
		if s == Honest {
			r.ProfitVsHonest = 0
		} else {
			r.ProfitVsHonest = vsHonest(r.Profit, r.HonestProfit)
		}
		r.DetectionRate = round3(r.DetectionRate)
		rep.Results = append(rep.Results, r)
	}
	return rep, nil
}

func validStrategy(s string) bool {
	for _, x := range Strategies {
		if x == s {
			return true
		}
	}
	return false
}

func play(ctx context.Context, c Config, s string) (Result, error) {
	switch s {
	case Honest, LazyTrainer, ColludingValidatorPair, SybilBidder, StakeEscape:
		return playMarket(ctx, c, s)
	case WeightCopyingValidator:
		return playCopier(ctx, c)
	case Cartel20:
		return playCartel(ctx, c)
	case ReplayingMiner:
		return playMiner(ctx, c)
	}
	return Result{}, cohort.Errorf(cohort.EInvalid, "unknown strategy %q", s)
}

// vsHonest is (p - h)/|h|, 0 when both are 0, and ±1 when only h is 0.
func vsHonest(p, h float64) float64 {
	switch {
	case h != 0:
		return round3((p - h) / abs(h))
	case p > 0:
		return 1
	case p < 0:
		return -1
	}
	return 0
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func round3(x float64) float64 { return float64(int64(x*1000+sign(x)*0.5)) / 1000 }

func sign(x float64) float64 {
	if x < 0 {
		return -1
	}
	return 1
}

// tokens converts base units to tokens.
func tokens(v *big.Int) float64 {
	f, _ := new(big.Rat).SetFrac(v, chain.Tokens(1)).Float64()
	return f
}

func met(ok bool) *bool { return &ok }
