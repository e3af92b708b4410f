package sim

import (
	"context"
	"fmt"
	"math"

	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/verify"
)

// tally sums a market run's outcomes.
type tally struct {
	tasks, flaggedHonest, caught, firstCaught, sybilBids, sybilRefused, sybilChosen, expired int
	slashed, escaped                                                                         float64
	outvoted, maxShift                                                                       int
	metricSum                                                                                float64
}

// playMarket plays cfg.Tasks market tasks under strategy s's plan and builds its row.
func playMarket(ctx context.Context, cfg Config, s string) (Result, error) {
	var p plan
	sybils := 0
	switch s {
	case LazyTrainer:
		p.lazy = map[int]laziness{0: skipBlock}
	case StakeEscape:
		p.lazy, p.escape = map[int]laziness{0: noisedUpdate}, true
	case ColludingValidatorPair:
		p.colluders = 2
	case SybilBidder:
		p.sybils, sybils = true, 8
	}
	w, err := newWorld(ctx, cfg, sybils)
	if err != nil {
		return Result{}, err
	}
	defer w.close()
	var t tally
	for k := range cfg.Tasks {
		o, err := w.runTask(ctx, k, p)
		if err != nil {
			return Result{}, fmt.Errorf("task %d: %w", k+1, err)
		}
		t.add(o, p, k)
	}
	switch s {
	case Honest:
		return w.honestRow(ctx, t)
	case LazyTrainer, StakeEscape:
		return w.cheatRow(ctx, s, t)
	case ColludingValidatorPair:
		return w.colludeRow(ctx, t)
	}
	return w.sybilRow(ctx, t)
}

func (t *tally) add(o outcome, p plan, k int) {
	t.tasks++
	for i := range o.flagged {
		if p.lazy[i] == diligent {
			t.flaggedHonest++
		}
	}
	if o.caught[0] && p.lazy[0] != diligent {
		t.caught++
		t.slashed += o.slashed[0]
		if t.firstCaught == 0 {
			t.firstCaught = k + 1
		}
	}
	t.escaped += o.escaped
	t.sybilBids += o.sybilBids
	t.sybilRefused += o.sybilRefused
	t.sybilChosen += o.sybilChosen
	if o.expired {
		t.expired++
		return
	}
	t.metricSum += float64(o.metric)
	if d := int(o.metric) - int(o.honestMetric); d > t.maxShift || -d > t.maxShift {
		t.maxShift = max(d, -d)
	}
	if p.colluders > 0 && int(chain.MaxMetric)-int(o.metric) > 100 { // outside the market's agreement tolerance: unpaid
		t.outvoted++
	}
}

func (w *world) honestRow(ctx context.Context, t tally) (Result, error) {
	h, err := w.meanProfit(ctx, w.trs)
	if err != nil {
		return Result{}, err
	}
	e, err := w.earned(ctx, w.trs)
	if err != nil {
		return Result{}, err
	}
	v, err := w.meanProfit(ctx, w.vals[1:])
	if err != nil {
		return Result{}, err
	}
	return Result{Role: "trainer", Mechanism: "none to meet: every spot check and attestation passes",
		Attempts: t.tasks, Caught: t.flaggedHonest, DetectionRate: float64(t.flaggedHonest) / float64(t.tasks*trainers),
		Profit: h, HonestProfit: h, Earned: e,
		Extra: map[string]any{"validator_profit": v, "mean_metric_bps": t.metricSum / float64(t.tasks), "false_positives": t.flaggedHonest},
		Note:  "detection_rate here is the rate of honest work wrongly flagged"}, nil
}

// cheatRow is the row of a cheating trainer (trainers[0]) against the honest trainers of the same run.
func (w *world) cheatRow(ctx context.Context, s string, t tally) (Result, error) {
	r, err := w.trainerRow(ctx, t)
	if err != nil {
		return r, err
	}
	if s == StakeEscape {
		return w.escapeRow(r, t), nil
	}
	return w.lazyRow(ctx, r, t)
}

func (w *world) trainerRow(ctx context.Context, t tally) (Result, error) {
	p, err := w.profit(ctx, w.trs[0])
	if err != nil {
		return Result{}, err
	}
	h, err := w.meanProfit(ctx, w.trs[1:])
	if err != nil {
		return Result{}, err
	}
	e, err := w.earned(ctx, w.trs[:1])
	if err != nil {
		return Result{}, err
	}
	return Result{Role: "trainer", Attempts: t.tasks, Caught: t.caught, CaughtWithin: t.firstCaught,
		DetectionRate: float64(t.caught) / float64(t.tasks), Profit: p, HonestProfit: h, Earned: e, Slashed: t.slashed,
		Extra: map[string]any{"honest_flagged": t.flaggedHonest}}, nil
}

// lazyRow adds what the lazy trainer's target needs: the chance of being caught within 44 tasks
// (closed form and simulated with verify.Selected over many trainers) and the expected profit per
// task priced with the run's own pay and slash.
func (w *world) lazyRow(ctx context.Context, r Result, t tally) (Result, error) {
	const within = 44
	blocks := 8
	const lazies = 10_000
	sim, err := verify.LazySim{P: w.cfg.P, Blocks: blocks, Faked: 1, Tasks: within, Trainers: lazies, Seed: w.cfg.Seed}.Run()
	if err != nil {
		return r, err
	}
	honestPay, err := w.earned(ctx, w.trs[1:])
	if err != nil {
		return r, err
	}
	slash := tokens(w.cfg.DisputeSlash) + tokens(w.cfg.TrainerBond) + tokens(w.cfg.BidBond)
	if t.caught > 0 {
		slash = t.slashed / float64(t.caught)
	}
	econ := verify.Economics{Pay: honestPay / float64(t.tasks), Cost: costTokens, Saved: 1 / float64(blocks), Slash: slash, P: w.cfg.P, Faked: 1}
	closed := verify.CaughtWithin(w.cfg.P, 1, within)
	r.Mechanism = "checkpoint chain spot-checked at rate p from the on-chain round commitment (verify.SpotCheck, fl.ReplayBlock); TrainingDispute on chain; market SlashContributor"
	r.Target = "caught within 44 tasks at p = 0.1 with probability >= 0.99; expected profit per task negative"
	// the simulated fraction is an estimate: it meets the target within three standard errors
	se := math.Sqrt(closed * (1 - closed) / lazies)
	r.TargetMet = met(closed >= 0.99 && sim.CaughtWithin >= 0.99-3*se && econ.Lazy() < 0)
	stale, noised, err := w.updateChecks(ctx)
	if err != nil {
		return r, err
	}
	r.Extra["skips_blocks_per_task"] = 1
	r.Extra["caught_within_44_closed_form"] = round6(closed)
	r.Extra["caught_within_44_simulated"] = round6(sim.CaughtWithin)
	r.Extra["simulated_lazy_trainers"] = lazies
	r.Extra["tasks_to_catch_p99"] = "never"
	r.Extra["break_even_slash"] = "none (never caught)"
	if w.cfg.P > 0 {
		r.Extra["tasks_to_catch_p99"] = verify.TasksToCatch(w.cfg.P, 1, 0.99)
		r.Extra["break_even_slash"] = round3(econ.BreakEvenSlash())
	}
	r.Extra["expected_profit_per_task"] = round3(econ.Lazy())
	r.Extra["honest_profit_per_task"] = round3(econ.Honest())
	r.Extra["stale_update_caught"], r.Extra["noised_update_caught"] = stale, noised
	r.Note = "skips one interior step block a task (the hardest laziness to see); a stale or noised update fails the always-checked last block"
	return r, nil
}

// updateChecks spot-checks a stale and a noised update once each (off chain: the same check).
func (w *world) updateChecks(ctx context.Context) (stale, noised bool, err error) {
	for _, mode := range []laziness{staleUpdate, noisedUpdate} {
		g := make([]float64, modelSpec.NumParams())
		wk, err := train(ctx, g, w.data[0], 7, mode, w.rng)
		if err != nil {
			return false, false, err
		}
		wk.commit([32]byte{1}, [20]byte{2}, g, 7)
		rep, err := verify.SpotCheck(ctx, wk.job, [32]byte{3}, w.cfg.P, wk.fetch)
		if err != nil {
			return false, false, err
		}
		if mode == staleUpdate {
			stale = rep.Failed()
		} else {
			noised = rep.Failed()
		}
	}
	return stale, noised, nil
}

func (w *world) escapeRow(r Result, t tally) Result {
	r.Mechanism = "per-task trainer bond (held until the task's final state) and the bid bond, slashed by SlashContributor; TrainingDispute's stake bond"
	per := 0.0
	if t.caught > 0 {
		per = t.slashed / float64(t.caught)
	}
	bonds := tokens(w.cfg.TrainerBond) + tokens(w.cfg.BidBond)
	r.Extra["withdrawn_during_dispute"] = round3(t.escaped)
	r.Extra["dispute_slash_escaped"] = round3(float64(t.caught)*(tokens(w.cfg.DisputeSlash)+bonds) - t.slashed)
	r.Extra["slashed_per_catch"] = round3(per)
	r.Target = "every caught escape still slashed (>= 10 tokens) and it ends below honest play"
	r.TargetMet = met(t.caught == t.tasks && per >= 10 && r.Profit < r.HonestProfit)
	r.Extra["unbonding_delay_s"] = int(disputeWindow.Seconds())
	r.Extra["dispute_move_timeout_s"] = int(moveTimeout.Seconds())
	r.Note = "unbonds all free stake right after selection, sends a noised update and stalls its dispute; with the shortest unbonding delay " +
		"the market allows (1 h, its dispute window) and a 2 h move timeout, its withdrawal of unbonded stake during the dispute game " +
		"escapes TrainingDispute's stake slash (dispute_slash_escaped: nothing checks the game's length against the delay); the market's per-task bond does not escape"
	return r
}

func (w *world) colludeRow(ctx context.Context, t tally) (Result, error) {
	p, err := w.meanProfit(ctx, w.vals[validators-2:])
	if err != nil {
		return Result{}, err
	}
	q3, err := quorum3Shift(ctx, w.cfg)
	if err != nil {
		return Result{}, err
	}
	h, err := w.meanProfit(ctx, w.vals[1:validators-2])
	if err != nil {
		return Result{}, err
	}
	return Result{Role: "validator", Attempts: t.tasks, Caught: t.outvoted, DetectionRate: float64(t.outvoted) / float64(t.tasks),
		Mechanism: "stake-weighted median of a quorum of 5 attestations; the fee's validator share only to validators within tolerance of the result",
		Profit:    p, HonestProfit: h, Earned: p,
		Extra: map[string]any{"max_metric_shift_bps": t.maxShift, "quorum": validators, "mean_metric_bps": t.metricSum / float64(t.tasks),
			"quorum_3_metric_shift_bps": q3},
		Target:    "the pair cannot move the median and earns less than an honest validator",
		TargetMet: met(t.maxShift == 0 && p < h),
		Note: "two of five validators attest the top metric first; at the market's default quorum of 3 the pair is the quorum's majority " +
			"and sets the median (quorum_3_metric_shift_bps, measured on one task): deploy with a quorum above twice the largest colluding group"}, nil
}

// quorum3Shift plays one task of the colluding pair on a market deployed with quorum 3 and returns
// how far the result moved from what the honest validators measured.
func quorum3Shift(ctx context.Context, cfg Config) (int, error) {
	cfg.quorum = 3
	w, err := newWorld(ctx, cfg, 0)
	if err != nil {
		return 0, err
	}
	defer w.close()
	o, err := w.runTask(ctx, 0, plan{colluders: 2})
	if err != nil {
		return 0, err
	}
	return int(o.metric) - int(o.honestMetric), nil
}

func (w *world) sybilRow(ctx context.Context, t tally) (Result, error) {
	p, err := w.meanProfit(ctx, w.sybils)
	if err != nil {
		return Result{}, err
	}
	p *= float64(len(w.sybils)) // the operator's whole profit
	h, err := w.meanProfit(ctx, w.trs)
	if err != nil {
		return Result{}, err
	}
	// a flood: one task's bid list filled by staked identities, one more bid, and select over all of them
	flood, err := chain.SelectAtBidLimit(ctx, nil)
	if err != nil {
		return Result{}, fmt.Errorf("bid flood: %w", err)
	}
	unpaid := t.sybilBids - t.sybilChosen
	return Result{Role: "trainer (8 identities)", Attempts: t.sybilBids, Caught: unpaid, DetectionRate: float64(unpaid) / float64(max(t.sybilBids, 1)),
		Mechanism: "bid bond and trainer bond from free stake, the role's minimum stake, the task's reputation floor at bid, select's eligibility re-check, the bid limit",
		Profit:    p, HonestProfit: h,
		Extra: map[string]any{"sybil_bids": t.sybilBids, "refused_at_bid": t.sybilRefused, "slots_taken": t.sybilChosen, "tasks_expired": t.expired,
			"flood_bids": flood.Bids, "flood_extra_bid": flood.ExtraRefused, "flood_select_gas": flood.SelectGas},
		Target:    "no sybil takes a slot; the operator ends no better than an honest trainer; a bid flood is capped and select over it stays under 5M gas",
		TargetMet: met(t.sybilChosen == 0 && p <= h && flood.ExtraRefused == "TooManyBids" && flood.SelectGas <= 5_000_000),
		Note: "eight fresh identities bid the lowest rate on every task before the honest trainers; then one task's bid list is filled to the limit " +
			"by staked identities (flood_*)"}, nil
}
