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
