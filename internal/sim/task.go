package sim

import (
	"context"
	"crypto/sha256"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/verify"
)

// plan is how the strategy under test plays a task; the zero plan is honest play.
type plan struct {
	lazy      map[int]laziness // trainer index -> how it cheats
	escape    bool             // trainer 0 unbonds its free stake right after selection and stalls its dispute
	colluders int              // the last colluders validators attest the top metric, and attest first
	sybils    bool             // the sybil identities bid the lowest rate before anyone else
}

// outcome is what one task showed.
type outcome struct {
	flagged      map[int]bool    // trainers whose spot check failed
	caught       map[int]bool    // trainers that lost their dispute and were slashed on the market
	slashed      map[int]float64 // tokens the trainer lost to the dispute and the market's slash
	escaped      float64         // tokens the escaping trainer withdrew while its dispute ran
	metric       uint32          // the quorum's median
	honestMetric uint32          // what the honest validators measured
	sybilBids    int
	sybilRefused int
	sybilChosen  int
	expired      bool
}

// runTask plays one task: publish, bid, select, train (really), commit the round, spot-check every
// trainer from the round's on-chain commitment, dispute and slash what failed, attest, settle.
func (w *world) runTask(ctx context.Context, t int, p plan) (outcome, error) {
	o := outcome{flagged: map[int]bool{}, caught: map[int]bool{}, slashed: map[int]float64{}}
	id, err := w.publish(ctx)
	if err != nil {
		return o, err
	}
	if err := w.bid(ctx, id, p, &o); err != nil {
		return o, err
	}
	if _, err := w.c.Select(ctx, w.pub, id); err != nil {
		return o, err
	}
	info, err := w.c.Task(ctx, id)
	if err != nil {
		return o, err
	}
	sel := map[int]bool{}
	for _, b := range info.Bids {
		if !b.Selected {
			continue
		}
		for i, tr := range w.trs {
			if tr.Addr == b.Node {
				sel[i] = true
			}
		}
		for _, s := range w.sybils {
			if s.Addr == b.Node {
				o.sybilChosen++
			}
		}
	}
	if p.escape && sel[0] {
		if err := w.unbondAll(ctx, w.trs[0]); err != nil {
			return o, err
		}
	}
	seed := w.cfg.Seed*1_000_003 + uint64(t)
	gm, err := fl.NewModel(modelSpec, seed)
	if err != nil {
		return o, err
	}
	works, global, err := w.trainRound(ctx, id, gm.Params, sel, p, seed)
	if err != nil {
		return o, err
	}
	if len(works) == 0 { // nobody trained (sybils took every slot): the task runs out
		o.expired = true
		return o, w.expire(ctx, id)
	}
	if err := w.commitRound(ctx, id, works, global); err != nil {
		return o, err
	}
	if err := w.verifyRound(ctx, id, works, p, &o); err != nil {
		return o, err
	}
	return o, w.attestAndSettle(ctx, id, global, p, &o)
}

func (w *world) publish(ctx context.Context) (*big.Int, error) {
	now, err := w.c.HeadTime(ctx)
	if err != nil {
		return nil, err
	}
	spec := chain.TaskSpec{ModelSpecHash: [32]byte{31: 1}, DataSchemaHash: [32]byte{31: 2}, Budget: chain.Tokens(100),
		MaxHourlyRate: chain.Tokens(100), BiddingDeadline: now.Add(time.Hour), ExecutionDeadline: now.Add(48 * time.Hour),
		MinReputation: uint16(w.cfg.MinReputation), MetricID: 1, MetricThreshold: 5000, MaxNodes: trainers, BonusBps: 1000,
		Scheduler: chain.SchedulerLowestPrice, Coordinator: w.coord.Addr, Rounds: 1}
	id, _, err := w.c.Publish(ctx, w.pub, spec)
	return id, err
}

// bid places the sybils' bids (first, at the lowest rate) and the trainers'; a trainer that unbonded
// last task stakes again first.
func (w *world) bid(ctx context.Context, id *big.Int, p plan, o *outcome) error {
	if p.sybils {
		for _, s := range w.sybils {
			o.sybilBids++
			if _, err := w.c.Bid(ctx, s, id, chain.Tokens(1), 1); err != nil {
				if chain.RevertName(err) == "" {
					return err
				}
				o.sybilRefused++
			}
		}
	}
	need := new(big.Int).Add(w.cfg.TrainerBond, w.cfg.BidBond)
	need.Add(need, chain.Tokens(10)) // the role's minimum stays free
	for _, tr := range w.trs {
		n, err := w.c.Node(ctx, tr.Addr)
		if err != nil {
			return err
		}
		if n.Stake.Cmp(need) < 0 {
			if _, err := w.c.Stake(ctx, tr, new(big.Int).Sub(need, n.Stake.Int)); err != nil {
				return fmt.Errorf("restake: %w", err)
			}
		}
		if _, err := w.c.Bid(ctx, tr, id, chain.Tokens(rateTokens), 1); err != nil {
			return fmt.Errorf("bid: %w", err)
		}
	}
	return nil
}

func (w *world) unbondAll(ctx context.Context, a *chain.Account) error {
	n, err := w.c.Node(ctx, a.Addr)
	if err != nil {
		return err
	}
	if n.Stake.Sign() > 0 {
		_, err = w.c.RequestUnbond(ctx, a, n.Stake.Int)
	}
	return err
}

// trainRound trains every selected trainer (as its plan says), charges its compute on chain and
// returns the works and the new global model (the mean update applied).
func (w *world) trainRound(ctx context.Context, id *big.Int, global []float64, sel map[int]bool, p plan, seed uint64) (map[int]*work, []float64, error) {
	var key [32]byte
	id.FillBytes(key[:])
	works := map[int]*work{}
	next := slices.Clone(global)
	for i, tr := range w.trs {
		if !sel[i] {
			continue
		}
		wk, err := train(ctx, global, w.data[i], seed+uint64(i), p.lazy[i], w.rng)
		if err != nil {
			return nil, nil, err
		}
		wk.commit(key, cohort.NodeID(tr.Addr), global, seed+uint64(i))
		works[i] = wk
		milli := int64(costTokens * 1000 * (1 - wk.saved))
		if cost := new(big.Int).Div(chain.Tokens(milli), big.NewInt(1000)); cost.Sign() > 0 {
			if _, err := w.c.Transfer(ctx, tr, w.cloud.Addr, cost); err != nil {
				return nil, nil, fmt.Errorf("pay compute: %w", err)
			}
		}
	}
	for _, wk := range works {
		for j, d := range wk.update {
			next[j] += d / float64(len(works))
		}
	}
	return works, next, nil
}

func (w *world) commitRound(ctx context.Context, id *big.Int, works map[int]*work, global []float64) error {
	var parts []*chain.Account
	for i, tr := range w.trs {
		if works[i] != nil {
			parts = append(parts, tr)
		}
	}
	h := verify.ModelHash(global)
	cid := append([]byte("\x01\x55\x12\x20"), h[:]...)
	_, err := w.c.CommitRound(ctx, w.coord, id, 1, cid, chain.Addrs(nodeIDs(parts)), 0)
	return err
}

func nodeIDs(accts []*chain.Account) []cohort.NodeID {
	out := make([]cohort.NodeID, len(accts))
	for i, a := range accts {
		out[i] = cohort.NodeID(a.Addr)
	}
	return out
}

func (w *world) expire(ctx context.Context, id *big.Int) error {
	if err := w.sim.AdvanceTime(49 * time.Hour); err != nil {
		return err
	}
	_, err := w.c.Expire(ctx, w.admin, id)
	return err
}

// verifyRound has vals[0] spot-check every trainer at rate P from the round commitment (the beacon:
// on chain only after every update was in) and dispute each failure on chain; a trainer that loses is
// also slashed on the market by the arbiter.
func (w *world) verifyRound(ctx context.Context, id *big.Int, works map[int]*work, p plan, o *outcome) error {
	beacon, err := w.c.LastRoundCommitment(ctx, id)
	if err != nil {
		return err
	}
	for i, wk := range works {
		rep, err := verify.SpotCheck(ctx, wk.job, beacon, w.cfg.P, wk.fetch)
		if err != nil {
			return err
		}
		if !rep.Failed() {
			continue
		}
		o.flagged[i] = true
		tr := w.trs[i]
		before, err := w.wealth(ctx, tr)
		if err != nil {
			return err
		}
		won, escaped, err := w.dispute(ctx, tr, wk, rep.Fault, p.escape && i == 0)
		if err != nil {
			return fmt.Errorf("dispute: %w", err)
		}
		if !won {
			continue
		}
		if _, err := w.c.SlashContributor(ctx, w.admin, id, tr.Addr); err != nil {
			return fmt.Errorf("slash contributor: %w", err)
		}
		after, err := w.wealth(ctx, tr)
		if err != nil {
			return err
		}
		o.caught[i], o.escaped = true, o.escaped+escaped
		o.slashed[i] = tokens(new(big.Int).Sub(before, after))
	}
	return nil
}

// dispute opens a TrainingDispute over block fault and plays it out: the trainer answers from its
// chain (or, escaping, stays silent and withdraws its unbonded stake while the clock runs), the
// arbiters re-execute the block and vote. It reports whether the challenger won.
func (w *world) dispute(ctx context.Context, tr *chain.Account, wk *work, fault int, escape bool) (won bool, escaped float64, err error) {
	sig, err := chain.SignCommitment(tr, wk.job.Commitment)
	if err != nil {
		return false, 0, err
	}
	chal := w.vals[0]
	id, _, err := w.td.Open(ctx, chal, wk.job.Commitment, sig, uint32(fault), uint32(fault+1))
	if err != nil {
		return false, 0, err
	}
	if escape {
		n, err := w.c.Node(ctx, tr.Addr)
		if err != nil {
			return false, 0, err
		}
		if err := w.sim.AdvanceTime(disputeWindow + time.Second); err != nil {
			return false, 0, err
		}
		if n.Unbonding.Sign() > 0 {
			if _, err := w.c.WithdrawUnbonded(ctx, tr); err == nil {
				escaped = tokens(n.Unbonding.Int)
			}
		}
		if err := w.sim.AdvanceTime(moveTimeout); err != nil {
			return false, 0, err
		}
		if _, err := w.td.Timeout(ctx, w.admin, id); err != nil {
			return false, 0, err
		}
	} else if err := w.playDispute(ctx, tr, wk, id); err != nil {
		return false, 0, err
	}
	st, err := w.td.Dispute(ctx, id)
	if err != nil {
		return false, 0, err
	}
	return st.Outcome == verify.ChallengerWins, escaped, nil
}

// playDispute makes the moves until the arbiters decided.
func (w *world) playDispute(ctx context.Context, tr *chain.Account, wk *work, id uint64) error {
	chal := w.vals[0]
	for range 64 {
		st, err := w.td.Dispute(ctx, id)
		if err != nil {
			return err
		}
		if !st.Open {
			return nil
		}
		switch st.Phase {
		case verify.AwaitMidpoint:
			_, err = w.td.PostMidpoint(ctx, tr, id, wk.chain.Tree.Leaf(int(st.Mid)), wk.chain.Tree.Proof(int(st.Mid)))
		case verify.AwaitChoice:
			var first bool
			if first, err = verify.Halve(ctx, wk.job, &verify.Game{Lo: int(st.Lo), Hi: int(st.Hi), Mid: int(st.Mid)}, wk.fetch); err == nil {
				_, err = w.td.Choose(ctx, chal, id, first)
			}
		case verify.AwaitDisclosure:
			var b []byte
			if b, err = disclosure(wk, int(st.Lo)); err == nil {
				_, err = w.td.Disclose(ctx, tr, id, sha256.Sum256(b))
			}
		case verify.AwaitVotes:
			err = w.vote(ctx, wk, id, int(st.Lo))
		default:
			return cohort.Errorf(cohort.EInternal, "dispute %d in phase %v", id, st.Phase)
		}
		if err != nil {
			return err
		}
	}
	return cohort.Errorf(cohort.EInternal, "dispute %d did not end", id)
}

func disclosure(wk *work, b int) ([]byte, error) {
	ds, err := wk.chain.Disclose(b)
	if err != nil {
		return nil, err
	}
	return ds.MarshalBinary()
}

// vote has the arbiters (validators other than the challenger) re-execute block lo and vote.
func (w *world) vote(ctx context.Context, wk *work, id uint64, lo int) error {
	ds, err := wk.chain.Disclose(lo)
	if err != nil {
		return err
	}
	for _, a := range w.vals[1:] {
		st, err := w.td.Dispute(ctx, id)
		if err != nil {
			return err
		}
		if !st.Open {
			return nil
		}
		if _, err := w.td.Vote(ctx, a, id, verify.Judge(ctx, wk.job, ds) == nil); err != nil {
			return err
		}
	}
	return nil
}

// attestAndSettle has the validators attest (colluders first, the top metric; the others what they
// measured on the test set), waits out the dispute window and settles.
func (w *world) attestAndSettle(ctx context.Context, id *big.Int, global []float64, p plan, o *outcome) error {
	o.honestMetric = accuracy(global, w.test)
	commitment, err := w.c.LastRoundCommitment(ctx, id)
	if err != nil {
		return err
	}
	order := append(slices.Clone(w.vals[validators-p.colluders:]), w.vals[:validators-p.colluders]...)
	for k, v := range order[:w.cfg.quorum] { // the task is attested once the quorum is in
		m := o.honestMetric
		if k < p.colluders {
			m = chain.MaxMetric
		}
		if _, err := w.c.Attest(ctx, v, id, commitment, m); err != nil {
			return fmt.Errorf("attest: %w", err)
		}
	}
	info, err := w.c.Task(ctx, id)
	if err != nil {
		return err
	}
	o.metric = info.Metric
	if err := w.sim.AdvanceTime(disputeWindow + time.Second); err != nil {
		return err
	}
	_, err = w.c.Settle(ctx, w.admin, id)
	return err
}
