package sim

import (
	"context"
	"math/big"
	"math/rand/v2"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/consensus"
)

// cworld is a simulated chain with the suite's ValidatorConsensus, equally staked validators and scored
// trainers, a funded reward pool of 1,000 tokens an epoch.
type cworld struct {
	sim   *chain.Simulated
	c     *chain.Conn
	k     *chain.Consensus
	st    chain.ConsensusStatus
	admin *chain.Account
	vals  []*chain.Account
	nodes []*chain.Account
	rng   *rand.Rand
	// copyOf names the validators that copy another's commitment in the same epoch (index -> index):
	// they commit its hash, then reveal its vector once it is revealed; refused counts the reveals the
	// contract refused with CommitmentMismatch (the hash binds the validator's address).
	copyOf  map[int]int
	refused int
}

func newCWorld(ctx context.Context, cfg Config, nv, nn int) (*cworld, error) {
	s, err := chain.NewSimulated(ctx, 1+nv+nn, nil)
	if err != nil {
		return nil, err
	}
	w := &cworld{sim: s, c: s.Conn, admin: s.Accounts[0], vals: s.Accounts[1 : 1+nv], nodes: s.Accounts[1+nv:],
		rng: rand.New(rand.NewPCG(cfg.Seed, 0xC0)), st: chain.ConsensusStatus{}}
	if err := w.setup(ctx); err != nil {
		s.Close()
		return nil, err
	}
	return w, nil
}

func (w *cworld) setup(ctx context.Context) error {
	c := w.c
	if err := deploySuite(ctx, c, w.admin, chain.DeployParams{}); err != nil {
		return err
	}
	var err error
	if w.k, err = c.SuiteConsensus(); err != nil {
		return err
	}
	reg := func(a *chain.Account, role cohort.Role, stake int64) error {
		if _, err := c.Transfer(ctx, w.admin, a.Addr, chain.Tokens(stake)); err != nil {
			return err
		}
		_, err := c.Register(ctx, a, chain.NodeProfile{Roles: []cohort.Role{role}, Endpoint: "sim://c", HourlyRate: chain.Tokens(1)}, chain.Tokens(stake))
		return err
	}
	for _, v := range w.vals {
		if err := reg(v, cohort.RoleValidator, 100); err != nil {
			return err
		}
	}
	for _, n := range w.nodes {
		if err := reg(n, cohort.RoleTrainer, 10); err != nil {
			return err
		}
	}
	if _, err := w.k.Fund(ctx, w.admin, chain.Tokens(1_000_000)); err != nil {
		return err
	}
	if _, err := w.k.SetParams(ctx, w.admin, consensus.Default.Alpha, consensus.Default.NodeShareBps, chain.Tokens(1000)); err != nil {
		return err
	}
	w.st, err = w.k.Status(ctx)
	return err
}

// toPhase moves the clock to the next commit phase, or to the current epoch's reveal phase.
func (w *cworld) toPhase(ctx context.Context, commit bool) (uint64, error) {
	now, err := w.c.HeadTime(ctx)
	if err != nil {
		return 0, err
	}
	l, cw := uint64(w.st.EpochLength), uint64(w.st.CommitWindow)
	off := (uint64(now.Unix()) - w.st.Start) % l
	var d uint64
	switch {
	case commit && off+60 >= cw:
		d = l - off
	case !commit && off < cw:
		d = cw - off
	}
	if d != 0 {
		if err := w.sim.AdvanceTime(time.Duration(d) * time.Second); err != nil {
			return 0, err
		}
	}
	st, err := w.k.Status(ctx)
	if err != nil {
		return 0, err
	}
	if st.CommitPhase != commit {
		return 0, cohort.Errorf(cohort.EInternal, "consensus clock: commit phase %v, want %v", st.CommitPhase, commit)
	}
	return st.Epoch, nil
}

// epoch commits and reveals one vector per validator, finalizes the epoch and returns each validator's
// reward and the nodes' scores as the chain computed them.
func (w *cworld) epoch(ctx context.Context, weights [][]uint16) ([]*big.Int, []chain.ConsensusScore, error) {
	e, err := w.toPhase(ctx, true)
	if err != nil {
		return nil, nil, err
	}
	vecs := make([]chain.Vector, len(w.vals))
	for i, v := range w.vals {
		if j, ok := w.copyOf[i]; ok { // the copier sees j's commitment hash on chain and commits it
			h, err := chain.Commitment(e, w.vals[j].Addr, vecs[j])
			if err == nil {
				_, err = w.k.CommitHash(ctx, v, h)
			}
			if err != nil {
				return nil, nil, err
			}
			continue
		}
		salt, err := chain.NewSalt()
		if err != nil {
			return nil, nil, err
		}
		vecs[i] = chain.Vector{Nodes: chain.Addrs(nodeIDs(w.nodes)), Weights: weights[i], Salt: salt}
		if _, _, err := w.k.Commit(ctx, v, vecs[i]); err != nil {
			return nil, nil, err
		}
	}
	if _, err := w.toPhase(ctx, false); err != nil {
		return nil, nil, err
	}
	for i, v := range w.vals {
		j, copying := w.copyOf[i]
		if !copying {
			if _, err := w.k.Reveal(ctx, v, e, vecs[i]); err != nil {
				return nil, nil, err
			}
			continue
		}
		_, err := w.k.Reveal(ctx, v, e, vecs[j]) // j's vector, revealed a moment ago
		switch {
		case chain.RevertName(err) == "CommitmentMismatch":
			w.refused++
		case err != nil:
			return nil, nil, err
		}
	}
	before, err := w.balances(ctx)
	if err != nil {
		return nil, nil, err
	}
	if _, err := w.toPhase(ctx, true); err != nil {
		return nil, nil, err
	}
	rc, err := w.k.Finalize(ctx, w.admin, e)
	if err != nil {
		return nil, nil, err
	}
	after, err := w.balances(ctx)
	if err != nil {
		return nil, nil, err
	}
	for i := range after {
		after[i].Sub(after[i], before[i])
	}
	return after, w.k.Scores(rc), nil
}

func (w *cworld) balances(ctx context.Context) ([]*big.Int, error) {
	out := make([]*big.Int, len(w.vals))
	for i, v := range w.vals {
		b, err := w.k.Balance(ctx, v.Addr)
		if err != nil {
			return nil, err
		}
		out[i] = b
	}
	return out, nil
}

// drift moves every node's quality by a random step, as a network's nodes change between epochs.
func (w *cworld) drift(q []float64) {
	for j := range q {
		q[j] = min(max(q[j]+w.rng.NormFloat64()*0.15, 0.02), 1)
	}
}

func (w *cworld) honestWeights(q []float64, noise float64) []uint16 {
	ws := make([]uint16, len(q))
	for j, x := range q {
		ws[j] = consensus.DefaultMix.Weight(consensus.Score{Quality: x + w.rng.NormFloat64()*noise, Inference: x, Uptime: 1})
	}
	return ws
}

// playCopier: three honest validators and one that reveals the previous epoch's consensus, the only
// thing it can copy (this epoch's vectors stay hidden behind commitments until its commit is in).
func playCopier(ctx context.Context, cfg Config) (Result, error) {
	w, err := newCWorld(ctx, cfg, 5, 8)
	if err != nil {
		return Result{}, err
	}
	defer w.sim.Close()
	w.copyOf = map[int]int{4: 0} // validator 4 tries to copy validator 0 within the epoch
	q := make([]float64, len(w.nodes))
	for j := range q {
		q[j] = 0.2 + 0.8*w.rng.Float64()
	}
	cop, hon := new(big.Int), new(big.Int)
	caught := 0
	for range cfg.Epochs {
		w.drift(q)
		ws := make([][]uint16, 5)
		for i := range 3 {
			ws[i] = w.honestWeights(q, 0.01)
		}
		ws[3] = make([]uint16, len(w.nodes))
		for j, n := range w.nodes {
			c, err := w.k.NodeConsensus(ctx, n.Addr)
			if err != nil {
				return Result{}, err
			}
			ws[3][j] = uint16(min(c/(consensus.One/consensus.MaxWeight), consensus.MaxWeight))
			if c == 0 {
				ws[3][j] = consensus.MaxWeight // nothing to copy yet
			}
		}
		got, _, err := w.epoch(ctx, ws)
		if err != nil {
			return Result{}, err
		}
		low := true
		for i := range 3 {
			hon.Add(hon, got[i])
			low = low && got[3].Cmp(got[i]) < 0
		}
		cop.Add(cop, got[3])
		if low {
			caught++
		}
	}
	front, err := w.k.Balance(ctx, w.vals[4].Addr)
	if err != nil {
		return Result{}, err
	}
	p, h := tokens(cop), tokens(hon)/3
	return Result{Role: "validator", Attempts: cfg.Epochs, Caught: caught, DetectionRate: float64(caught) / float64(cfg.Epochs),
		Mechanism: "ValidatorConsensus commit-reveal (only last epoch's consensus is public) and rewards by agreement with consensus",
		Profit:    p, HonestProfit: h, Earned: p,
		Extra:     map[string]any{"same_epoch_copies_refused": w.refused, "same_epoch_copier_earned": tokens(front)},
		Target:    "a weight-copying validator earns less than an honest one; a same-epoch copy is refused",
		TargetMet: met(p < h && w.refused == cfg.Epochs && front.Sign() == 0),
		Note: "copies the last finalized epoch's consensus (all that is public in time); detection_rate is the fraction of epochs in which it " +
			"earned less than every honest validator. A second copier commits an honest validator's commitment hash and reveals its vector " +
			"after it: refused (CommitmentMismatch) every epoch"}, nil
}
