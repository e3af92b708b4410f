package chain

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cohort-net/cohort"
)

// SendETHNoWait sends amount wei from one account to another and returns the transaction without
// waiting for its receipt (SendETH waits). It skips gas estimation: a plain transfer costs 21,000.
// The benchmarks (internal/bench) time the receipt wait with it.
func (c *Conn) SendETHNoWait(ctx context.Context, from *Account, to common.Address, amount *big.Int) (*types.Transaction, error) {
	tip, feeCap, err := c.fees(ctx)
	if err != nil {
		return nil, err
	}
	from.mu.Lock()
	defer from.mu.Unlock()
	return c.signAndSend(ctx, from, &to, nil, amount, 21_000, tip, feeCap, "transfer")
}

// WaitMinedBind waits for a transaction's receipt with go-ethereum's bind.WaitMined (a 1 s ticker)
// instead of the connector's 5 ms poller (WaitMined): the comparison the chain benchmark reports.
func (c *Conn) WaitMinedBind(ctx context.Context, tx common.Hash) (*types.Receipt, error) {
	return bind.WaitMined(ctx, c.Backend().(bind.DeployBackend), tx)
}

// MaxTaskBids is the most bids a task takes (the market's MAX_BIDS).
const MaxTaskBids = 128

// BidLimitRun is the outcome of SelectAtBidLimit.
type BidLimitRun struct {
	Bids         int    // bids placed: MaxTaskBids
	ExtraRefused string // the revert of one more bid (TooManyBids)
	SelectGas    uint64 // gas of select over all the bids, selecting MaxTaskNodes
	Selected     int
	BidGas       uint64 // gas of the last bid (the most expensive: the longest list)
}

// SelectAtBidLimit fills one task's bid list to MaxTaskBids on a fresh simulated chain (one staked
// trainer per bid, as a sybil bidder would need), checks that one more bid is refused, and measures
// select choosing MaxTaskNodes of them: the worst case of selection, which must stay far below the
// 2^24 per-transaction gas cap.
func SelectAtBidLimit(ctx context.Context, log *slog.Logger) (BidLimitRun, error) {
	var run BidLimitRun
	s, err := NewSimulated(ctx, 3+MaxTaskBids+1, log)
	if err != nil {
		return run, err
	}
	defer s.Close()
	c, admin, pub := s.Conn, s.Accounts[0], s.Accounts[1]
	if _, err := c.DeploySuite(ctx, admin, DeployParams{FeeBps: 200}); err != nil {
		return run, err
	}
	head, err := c.HeadTime(ctx)
	if err != nil {
		return run, err
	}
	spec := TaskSpec{Budget: Tokens(1_000_000), MaxHourlyRate: Tokens(1000), MetricID: 1, MetricThreshold: 9000, MaxNodes: MaxTaskNodes,
		Rounds: 1, BiddingDeadline: head.Add(time.Hour), ExecutionDeadline: head.Add(24 * time.Hour), Coordinator: s.Accounts[2].Addr}
	if _, err := c.Transfer(ctx, admin, pub.Addr, spec.Budget); err != nil {
		return run, err
	}
	id, _, err := c.Publish(ctx, pub, spec)
	if err != nil {
		return run, err
	}
	bidders := s.Accounts[3:]
	for i, a := range bidders {
		prof := NodeProfile{Roles: []cohort.Role{cohort.RoleTrainer}, Endpoint: "http://127.0.0.1/" + a.Addr.Hex(), HourlyRate: Tokens(1)}
		if err := c.ensureNode(ctx, admin, a, prof, Tokens(2)); err != nil { // the trainer bond and a bid bond
			return run, err
		}
		// Rates in a scrambled order, so the strategy's sort does real work.
		r, err := c.Bid(ctx, a, id, Tokens(int64(1+(i*37)%MaxTaskBids)), 1)
		if i == MaxTaskBids {
			run.ExtraRefused = RevertName(err)
			break
		}
		if err != nil {
			return run, fmt.Errorf("bid %d: %w", i, err)
		}
		run.Bids++
		run.BidGas = r.GasUsed
	}
	r, err := c.Select(ctx, pub, id)
	if err != nil {
		return run, err
	}
	run.SelectGas = r.GasUsed
	info, err := c.Task(ctx, id)
	if err != nil {
		return run, err
	}
	for _, b := range info.Bids {
		if b.Selected {
			run.Selected++
		}
	}
	return run, nil
}

// DelegationGas is the gas of each delegation step, as MeasureDelegationGas measures it.
type DelegationGas struct {
	Delegate      uint64 // the first delegation to a node (its pool's slots cold)
	DelegateWarm  uint64 // a second delegator to the same node
	Distribute    uint64 // a reward payment split between the node and two delegators
	Claim         uint64 // a delegator claiming its rewards
	Undelegate    uint64 // moving shares into unbonding
	Withdraw      uint64 // withdrawing after the unbonding delay
	SlashNodeOnly uint64 // NodeRegistry.slash of a node without delegations
	SlashShared   uint64 // NodeRegistry.slash reaching a node's delegations pro rata
}

// MeasureDelegationGas runs a node, two delegators and a reward payment through Delegation on a fresh
// simulated chain and returns each step's gas.
func MeasureDelegationGas(ctx context.Context, log *slog.Logger) (DelegationGas, error) {
	var g DelegationGas
	s, err := NewSimulated(ctx, 5, log)
	if err != nil {
		return g, err
	}
	defer s.Close()
	c, admin := s.Conn, s.Accounts[0]
	if _, err := c.DeploySuite(ctx, admin, DeployParams{UnbondingDelay: time.Hour, Gov: DevGovParams()}); err != nil {
		return g, err
	}
	// The slash step needs the registry's slasher role, which the DAO holds: a proposal grants the
	// admin the operator roles (the simulated chain's clock is moved, so it costs no waiting).
	if err := c.GrantOperator(ctx, admin, admin.Addr); err != nil {
		return g, err
	}
	d, err := c.Delegations()
	if err != nil {
		return g, err
	}
	node, lone, a, b := s.Accounts[1], s.Accounts[2], s.Accounts[3], s.Accounts[4]
	for _, n := range []*Account{node, lone} {
		if err := c.ensureNode(ctx, admin, n, NodeProfile{Roles: []cohort.Role{cohort.RoleTrainer}, Endpoint: "http://127.0.0.1/" + n.Addr.Hex()}, Tokens(100)); err != nil {
			return g, err
		}
	}
	for _, x := range []*Account{a, b} {
		if _, err := c.Transfer(ctx, admin, x.Addr, Tokens(1000)); err != nil {
			return g, err
		}
	}
	gas := func(dst *uint64, r *types.Receipt, err error) error {
		if err == nil {
			*dst = r.GasUsed
		}
		return err
	}
	steps := []func() error{
		func() error { r, err := d.Delegate(ctx, a, node.Addr, Tokens(100)); return gas(&g.Delegate, r, err) },
		func() error {
			r, err := d.Delegate(ctx, b, node.Addr, Tokens(300))
			return gas(&g.DelegateWarm, r, err)
		},
		func() error {
			r, err := d.Distribute(ctx, admin, node.Addr, Tokens(50))
			return gas(&g.Distribute, r, err)
		},
		func() error { r, err := d.Claim(ctx, a, node.Addr, nil); return gas(&g.Claim, r, err) },
		func() error { r, err := d.Undelegate(ctx, a, node.Addr, nil); return gas(&g.Undelegate, r, err) },
		func() error { return s.AdvanceTime(time.Hour + time.Second) },
		func() error { r, err := d.Withdraw(ctx, a, node.Addr); return gas(&g.Withdraw, r, err) },
		func() error {
			r, err := c.Slash(ctx, admin, lone.Addr, Tokens(10), admin.Addr)
			return gas(&g.SlashNodeOnly, r, err)
		},
		func() error {
			r, err := c.Slash(ctx, admin, node.Addr, Tokens(10), admin.Addr)
			return gas(&g.SlashShared, r, err)
		},
	}
	for i, step := range steps {
		if err := step(); err != nil {
			return g, fmt.Errorf("delegation step %d: %w", i, err)
		}
	}
	return g, nil
}
