package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cohort-net/cohort"
)

// Helpers for nodes that act on the market by themselves: they take and return Cohort's types, so
// the wiring code never handles go-ethereum's.

// Addr returns a node id as a chain address.
func Addr(id cohort.NodeID) common.Address { return common.Address(id) }

// Addrs returns node ids as chain addresses.
func Addrs(ids []cohort.NodeID) []common.Address {
	out := make([]common.Address, len(ids))
	for i, id := range ids {
		out[i] = common.Address(id)
	}
	return out
}

// IsDevChain reports whether the chain is a local dev chain (the embedded one, id 1337, or Anvil's
// and Hardhat's default, 31337), whose well-known accounts are funded.
func (c *Conn) IsDevChain() bool {
	id := c.chainID.Int64()
	return id == DevChainID || id == 31337
}

// EnsureFunds gives acct gas money (10 ether when it has less than 1) and tokens up to want, from
// admin. Dev chains and tests: a faucet, not an action on acct's behalf.
func (c *Conn) EnsureFunds(ctx context.Context, admin, acct *Account, want *big.Int) error {
	return c.ensureFunds(ctx, admin, acct, want)
}

// HasAttested reports whether validator attested the task.
func (c *Conn) HasAttested(ctx context.Context, task *big.Int, validator cohort.NodeID) (bool, error) {
	out, err := c.Call(ctx, c.Suite().Market, c.k.market.PackHasAttested(task, common.Address(validator)), "has attested")
	if err != nil {
		return false, err
	}
	return c.k.market.UnpackHasAttested(out)
}

// DisputeWindow returns the market's dispute window.
func (c *Conn) DisputeWindow(ctx context.Context) (time.Duration, error) {
	out, err := c.Call(ctx, c.Suite().Market, c.k.market.PackDisputeWindow(), "dispute window")
	if err != nil {
		return 0, err
	}
	w, err := c.k.market.UnpackDisputeWindow(out)
	if err != nil {
		return 0, fmt.Errorf("decode dispute window: %w", err)
	}
	return time.Duration(w) * time.Second, nil
}

// Selected returns the task's selected nodes, in bid order.
func (t TaskInfo) SelectedNodes() []cohort.NodeID {
	var ids []cohort.NodeID
	for _, b := range t.Bids {
		if b.Selected {
			ids = append(ids, cohort.NodeID(b.Node))
		}
	}
	return ids
}

// HasBid reports whether node bid on the task.
func (t TaskInfo) HasBid(node cohort.NodeID) bool {
	for _, b := range t.Bids {
		if cohort.NodeID(b.Node) == node {
			return true
		}
	}
	return false
}

// IsRevert reports whether err is the chain refusing a transaction (a revert), as opposed to the chain
// being unreachable.
func IsRevert(err error) bool {
	var re *RevertError
	return errors.As(err, &re)
}

// TaskPublication fills info's spec and data hashes from the task's TaskPublished event (a log query
// over the whole chain, filtered by the indexed task id). found is false when the node at the RPC URL
// does not serve the log.
func (c *Conn) TaskPublication(ctx context.Context, info *TaskInfo) (found bool, err error) {
	q := ethereum.FilterQuery{FromBlock: new(big.Int), Addresses: []common.Address{c.Suite().Market},
		Topics: [][]common.Hash{{c.k.market.GetABI().Events[EvTaskPublished].ID}, {common.BigToHash(info.ID)}}}
	var logs []types.Log
	err = c.retry(ctx, "task publication", func(ctx context.Context) error {
		var err error
		logs, err = c.b.FilterLogs(ctx, q)
		return err
	})
	if err != nil {
		return false, wrap(cohort.EUnavailable, "read the task's publication", err)
	}
	for _, l := range logs {
		if ev, err := c.k.market.UnpackTaskPublishedEvent(&l); err == nil {
			ms, ds := common.Hash(ev.ModelSpecHash), common.Hash(ev.DataSchemaHash)
			info.ModelSpecHash, info.DataSchemaHash = &ms, &ds
			found = true
		}
	}
	return found, nil
}

// TaskSpecHash returns the task document digest its TaskPublished event carries (the document's CID
// is the raw-block CIDv1 of this SHA-256).
func (c *Conn) TaskSpecHash(ctx context.Context, id *big.Int) ([32]byte, error) {
	info := TaskInfo{ID: id}
	found, err := c.TaskPublication(ctx, &info)
	if err != nil {
		return [32]byte{}, err
	}
	if !found {
		return [32]byte{}, cohort.Errorf(cohort.ENotFound, "task %s: no TaskPublished event (or the node at the RPC URL does not serve it)", id)
	}
	return *info.ModelSpecHash, nil
}

// Payments returns what settlement credited each node for the task (address -> base units as a
// decimal string), from its Paid events; empty before settlement.
func (c *Conn) Payments(ctx context.Context, id *big.Int) (map[string]string, error) {
	return c.paidEvents(ctx, id, EvPaid)
}

// ValidatorPayments returns the validators' shares of the task's fee (address -> base units), from its
// ValidatorPaid events; empty before settlement or when no validator agreed with the result.
func (c *Conn) ValidatorPayments(ctx context.Context, id *big.Int) (map[string]string, error) {
	return c.paidEvents(ctx, id, "ValidatorPaid")
}

func (c *Conn) paidEvents(ctx context.Context, id *big.Int, event string) (map[string]string, error) {
	m := c.Suite().Market
	q := ethereum.FilterQuery{FromBlock: new(big.Int), Addresses: []common.Address{m},
		Topics: [][]common.Hash{{c.k.market.GetABI().Events[event].ID}, {common.BigToHash(id)}}}
	logs, err := c.filter(ctx, "payments", q)
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, l := range logs {
		if ev, err := c.k.market.UnpackPaidEvent(&l); err == nil {
			out[ev.Node.Hex()] = ev.Amount.String()
		} else if ev, err := c.k.market.UnpackValidatorPaidEvent(&l); err == nil {
			out[ev.Validator.Hex()] = ev.Amount.String()
		}
	}
	return out, nil
}

// TxGas returns the gas a mined transaction used.
func (c *Conn) TxGas(ctx context.Context, tx common.Hash) (uint64, error) {
	var r *types.Receipt
	err := c.retry(ctx, "receipt", func(ctx context.Context) error {
		var err error
		r, err = c.b.TransactionReceipt(ctx, tx)
		return err
	})
	if err != nil {
		return 0, wrap(cohort.EUnavailable, "read receipt "+tx.Hex(), err)
	}
	return r.GasUsed, nil
}
