package chain

import (
	"context"
	"math/big"

	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
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
