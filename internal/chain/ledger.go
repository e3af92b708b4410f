package chain

import (
	"context"
	"math/big"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cohort-net/cohort"
)

// Reads for people watching the network (the dashboard): what each account earned and lost in the
// market, and the inference requests with their proof status. Both come from events, read from a
// block on.

// Earning is what one account earned and lost in the market, summed over its events.
type Earning struct {
	Paid          *big.Int // Paid: pay for training work
	ValidatorPaid *big.Int // ValidatorPaid: shares of task fees for attesting
	Slashed       *big.Int // ContributorSlashed: bonds taken for bad work
	Tasks         int      // tasks it was paid for (as a node or a validator)
}

func newEarning() *Earning {
	return &Earning{Paid: new(big.Int), ValidatorPaid: new(big.Int), Slashed: new(big.Int)}
}

// Earnings sums the market's Paid, ValidatorPaid and ContributorSlashed events from block from on, per
// account.
func (c *Conn) Earnings(ctx context.Context, from uint64) (map[cohort.NodeID]*Earning, error) {
	m := c.k.market
	ev := m.GetABI().Events
	logs, err := c.filter(ctx, "market earnings", ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from),
		Addresses: []common.Address{c.Suite().Market},
		Topics:    [][]common.Hash{{ev[EvPaid].ID, ev["ValidatorPaid"].ID, ev["ContributorSlashed"].ID}}})
	if err != nil {
		return nil, err
	}
	out := map[cohort.NodeID]*Earning{}
	get := func(a common.Address) *Earning {
		id := cohort.NodeID(a)
		if out[id] == nil {
			out[id] = newEarning()
		}
		return out[id]
	}
	for i := range logs {
		l := &logs[i]
		if l.Removed {
			continue
		}
		if e, err := m.UnpackPaidEvent(l); err == nil {
			g := get(e.Node)
			g.Paid.Add(g.Paid, e.Amount)
			g.Tasks++
		} else if e, err := m.UnpackValidatorPaidEvent(l); err == nil {
			g := get(e.Validator)
			g.ValidatorPaid.Add(g.ValidatorPaid, e.Amount)
			g.Tasks++
		} else if e, err := m.UnpackContributorSlashedEvent(l); err == nil {
			g := get(e.Node)
			g.Slashed.Add(g.Slashed, e.Amount)
		}
	}
	return out, nil
}

// MarketCredit is what an account may withdraw from the market now (its balanceOf there).
func (c *Conn) MarketCredit(ctx context.Context, who cohort.NodeID) (*big.Int, error) {
	out, err := c.Call(ctx, c.Suite().Market, c.k.market.PackBalanceOf(common.Address(who)), "market credit")
	if err != nil {
		return nil, err
	}
	return c.k.market.UnpackBalanceOf(out)
}

// Proof status of an inference request, as OracleActivity reports it.
const (
	ProofPending   = "pending"   // no proof yet, deadline ahead
	ProofVerified  = "verified"  // a miner's proof passed the on-chain verifier; the fee went to it
	ProofCancelled = "cancelled" // the requester took the fee back
	ProofExpired   = "expired"   // the deadline passed without a verified proof
)

// OracleActivity is one inference request with its proof status.
type OracleActivity struct {
	ID        uint64
	ModelID   [32]byte
	Requester cohort.NodeID
	Prover    cohort.NodeID // the only miner that may answer; zero for any
	Miner     cohort.NodeID // the miner whose proof verified; zero until then
	Fee       *big.Int
	Deadline  time.Time
	Status    string // ProofPending, ProofVerified, ProofCancelled or ProofExpired
	Outputs   int    // outputs the verified answer carries
	Block     uint64 // the request's block
}

// OracleActivity returns the suite oracle's requests from block from on (the newest last, at most
// limit of them), each with its proof status as of now (the latest block's time decides expiry).
func (c *Conn) OracleActivity(ctx context.Context, from uint64, limit int) ([]OracleActivity, error) {
	o, err := c.Oracle()
	if err != nil {
		return nil, err
	}
	return o.Activity(ctx, from, limit)
}

// Activity is OracleActivity for this oracle.
func (o *InferenceOracle) Activity(ctx context.Context, from uint64, limit int) ([]OracleActivity, error) {
	c := o.c
	ev := o.abi.GetABI().Events
	logs, err := c.filter(ctx, "oracle requests", ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from),
		Addresses: []common.Address{o.addr},
		Topics:    [][]common.Hash{{ev["InferenceRequested"].ID, ev["InferenceFulfilled"].ID, ev["RequestCancelled"].ID}}})
	if err != nil {
		return nil, err
	}
	var out []OracleActivity
	at := map[uint64]int{}
	for i := range logs {
		l := logs[i]
		if l.Removed {
			continue
		}
		if r, ok := decodeOracleRequest(o.abi, l); ok {
			at[r.ID] = len(out)
			out = append(out, OracleActivity{ID: r.ID, ModelID: r.ModelID, Requester: r.Requester, Prover: r.Prover,
				Fee: r.Fee, Deadline: r.Deadline, Status: ProofPending, Block: r.Block})
		} else if e, err := o.abi.UnpackInferenceFulfilledEvent(&l); err == nil && e.RequestId.IsUint64() {
			if k, ok := at[e.RequestId.Uint64()]; ok {
				out[k].Status, out[k].Miner, out[k].Outputs = ProofVerified, cohort.NodeID(e.Miner), len(e.Outputs)
			}
		} else if e, err := o.abi.UnpackRequestCancelledEvent(&l); err == nil && e.RequestId.IsUint64() {
			if k, ok := at[e.RequestId.Uint64()]; ok {
				out[k].Status = ProofCancelled
			}
		}
	}
	now, err := c.HeadTime(ctx)
	if err != nil {
		return nil, err
	}
	for i := range out {
		if out[i].Status == ProofPending && !now.Before(out[i].Deadline) {
			out[i].Status = ProofExpired
		}
	}
	if limit > 0 && len(out) > limit {
		out = out[len(out)-limit:]
	}
	return out, nil
}

func (c *Conn) filter(ctx context.Context, what string, q ethereum.FilterQuery) ([]types.Log, error) {
	var logs []types.Log
	err := c.retry(ctx, what, func(ctx context.Context) error {
		var err error
		logs, err = c.b.FilterLogs(ctx, q)
		return err
	})
	if err != nil {
		return nil, wrap(cohort.EUnavailable, "read "+what, err)
	}
	return logs, nil
}
