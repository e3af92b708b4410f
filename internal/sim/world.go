package sim

import (
	"context"
	"fmt"
	"math/big"
	"math/rand/v2"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/dataset"
)

// world is a simulated chain with the suite, a TrainingDispute and the market's cast registered:
// admin (arbiter, treasury), publisher, coordinator, a compute provider the trainers pay, five
// validators (vals[0] also spot-checks and challenges; vals[1..] are the dispute's arbiters), four
// trainers and, for the sybil strategy, the sybil identities.
type world struct {
	cfg                      Config
	sim                      *chain.Simulated
	c                        *chain.Conn
	td                       *chain.TrainingDispute
	admin, pub, coord, cloud *chain.Account
	vals, trs, sybils        []*chain.Account
	data                     []*dataset.Dataset
	test                     *dataset.Dataset
	rng                      *rand.Rand
	start                    map[cohort.NodeID]*big.Int
}

const (
	trainerStake   = 500
	validatorStake = 100
	disputeBond    = 5
	sybilStake     = 22 // a sybil's whole stake: the minimum plus one bid's bonds
	moveTimeout    = 2 * time.Hour
	disputeWindow  = time.Hour // also the unbonding delay: the shortest the market allows
)

func newWorld(ctx context.Context, cfg Config, sybils int) (*world, error) {
	s, err := chain.NewSimulated(ctx, 4+validators+trainers+sybils, nil)
	if err != nil {
		return nil, err
	}
	a := s.Accounts
	w := &world{cfg: cfg, sim: s, c: s.Conn, admin: a[0], pub: a[1], coord: a[2], cloud: a[3],
		vals: a[4 : 4+validators], trs: a[4+validators : 4+validators+trainers], sybils: a[4+validators+trainers:],
		rng: rand.New(rand.NewPCG(cfg.Seed, 0x5157)), start: map[cohort.NodeID]*big.Int{}}
	if err := w.deploy(ctx); err != nil {
		s.Close()
		return nil, err
	}
	for range w.trs {
		w.data = append(w.data, synthData(w.rng, localRows))
	}
	w.test = synthData(w.rng, 400)
	return w, nil
}

func (w *world) close() { w.sim.Close() }

// deploySuite deploys the suite with the dev DAO and passes the proposal that hands admin the
// operator roles (the simulated chain's clock is moved, so it costs no waiting): the simulation plays
// the arbiter and wires contracts itself, which after deployment only the DAO may do.
func deploySuite(ctx context.Context, c *chain.Conn, admin *chain.Account, p chain.DeployParams) error {
	p.Gov = chain.DevGovParams()
	if _, err := c.DeploySuite(ctx, admin, p); err != nil {
		return err
	}
	return c.GrantOperator(ctx, admin, admin.Addr)
}

func (w *world) deploy(ctx context.Context) error {
	c, cfg := w.c, w.cfg
	err := deploySuite(ctx, c, w.admin, chain.DeployParams{AttestQuorum: cfg.quorum, FeeBps: 500, DisputeWindow: disputeWindow,
		UnbondingDelay: disputeWindow, TrainerBond: cfg.TrainerBond, BidBond: cfg.BidBond,
		MinStake: map[cohort.Role]*big.Int{cohort.RoleTrainer: chain.Tokens(10)}})
	if err != nil {
		return fmt.Errorf("deploy suite: %w", err)
	}
	if w.td, err = c.DeployTrainingDispute(ctx, w.admin, chain.DisputeParams{Bond: chain.Tokens(disputeBond), Slash: cfg.DisputeSlash,
		MoveTimeout: moveTimeout, VoteTimeout: 24 * time.Hour}); err != nil {
		return fmt.Errorf("deploy training dispute: %w", err)
	}
	if _, err := c.Transfer(ctx, w.admin, w.pub.Addr, chain.Tokens(1_000_000)); err != nil {
		return err
	}
	for _, v := range w.vals {
		if err := w.register(ctx, v, cohort.RoleValidator, 2*validatorStake, validatorStake, 0); err != nil {
			return err
		}
	}
	for _, t := range w.trs {
		if err := w.register(ctx, t, cohort.RoleTrainer, 2*trainerStake, trainerStake, 8000); err != nil {
			return err
		}
	}
	for _, s := range w.sybils { // new identities: no reputation yet
		if err := w.register(ctx, s, cohort.RoleTrainer, sybilStake, sybilStake, 0); err != nil {
			return err
		}
	}
	for _, acct := range append(append(append([]*chain.Account{}, w.vals...), w.trs...), w.sybils...) {
		if w.start[cohort.NodeID(acct.Addr)], err = w.wealth(ctx, acct); err != nil {
			return err
		}
	}
	return nil
}

func (w *world) register(ctx context.Context, a *chain.Account, role cohort.Role, fund, stake int64, rep uint16) error {
	if _, err := w.c.Transfer(ctx, w.admin, a.Addr, chain.Tokens(fund)); err != nil {
		return err
	}
	if _, err := w.c.Register(ctx, a, chain.NodeProfile{Roles: []cohort.Role{role}, Endpoint: "sim://" + a.Addr.Hex()[:10],
		CPUCores: 8, MemoryMB: 16384, HourlyRate: chain.Tokens(rateTokens)}, chain.Tokens(stake)); err != nil {
		return fmt.Errorf("register %s: %w", role, err)
	}
	if rep != 0 {
		if _, err := w.c.SetReputation(ctx, w.admin, a.Addr, rep); err != nil {
			return err
		}
	}
	return nil
}

// wealth is everything an account holds, read on chain: tokens, market credit, and stake free, bonded
// and unbonding in the registry.
func (w *world) wealth(ctx context.Context, a *chain.Account) (*big.Int, error) {
	addr := a.Addr
	t, err := w.c.TokenBalance(ctx, addr)
	if err != nil {
		return nil, err
	}
	m, err := w.c.MarketBalance(ctx, addr)
	if err != nil {
		return nil, err
	}
	n, err := w.c.Node(ctx, addr)
	if err != nil {
		return nil, err
	}
	sum := new(big.Int).Add(t, m)
	for _, x := range []chain.Amount{n.Stake, n.Bonded, n.Unbonding} {
		if x.Int != nil {
			sum.Add(sum, x.Int)
		}
	}
	return sum, nil
}

// profit is an account's wealth change since the world was set up, in tokens.
func (w *world) profit(ctx context.Context, a *chain.Account) (float64, error) {
	now, err := w.wealth(ctx, a)
	if err != nil {
		return 0, err
	}
	return tokens(new(big.Int).Sub(now, w.start[cohort.NodeID(a.Addr)])), nil
}

// meanProfit is the mean profit of accts.
func (w *world) meanProfit(ctx context.Context, accts []*chain.Account) (float64, error) {
	sum := 0.0
	for _, a := range accts {
		p, err := w.profit(ctx, a)
		if err != nil {
			return 0, err
		}
		sum += p
	}
	return sum / float64(len(accts)), nil
}

// earned is the mean market credit of accts (what settlement paid them), in tokens.
func (w *world) earned(ctx context.Context, accts []*chain.Account) (float64, error) {
	sum := 0.0
	for _, a := range accts {
		b, err := w.c.MarketBalance(ctx, a.Addr)
		if err != nil {
			return 0, err
		}
		sum += tokens(b)
	}
	return sum / float64(len(accts)), nil
}
