package chain

import (
	"context"
	"log/slog"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"

	"github.com/cohort-net/cohort/internal/identity"
)

// Simulated is an in-memory chain (go-ethereum's simulated backend) with the mainnet-like config, a
// block sealed after every transaction, and prefunded dev accounts. Tests and the benchmark use it.
type Simulated struct {
	Backend  *simulated.Backend
	Conn     *Conn
	Accounts []*Account
}

// WithMainnetLikeConfig is a simulated-backend option that replaces the dev genesis config (which turns
// on not-yet-live forks and inflates gas) with MainnetLikeConfig.
func WithMainnetLikeConfig() func(*node.Config, *ethconfig.Config) {
	return func(_ *node.Config, ec *ethconfig.Config) {
		ec.Genesis.Config = MainnetLikeConfig()
	}
}

// DevAlloc funds the addresses of keys with balance wei each.
func DevAlloc(keys []*identity.Key, balance *big.Int) types.GenesisAlloc {
	alloc := types.GenesisAlloc{}
	for _, k := range keys {
		alloc[common.Address(k.ID())] = types.Account{Balance: new(big.Int).Set(balance)}
	}
	return alloc
}

// NewSimulated starts a simulated chain with n prefunded dev accounts (identity.DevAccount(0..n-1), 10^6 ether each).
func NewSimulated(ctx context.Context, n int, log *slog.Logger) (*Simulated, error) {
	keys := identity.DevAccounts(n)
	be := simulated.NewBackend(DevAlloc(keys, Tokens(1_000_000)), WithMainnetLikeConfig(), simulated.WithBlockGasLimit(60_000_000))
	s := &Simulated{Backend: be}
	conn, err := NewConn(ctx, be.Client(), Options{AfterSend: func() { be.Commit() }, Log: log, PollInterval: time.Millisecond, AdvanceTime: s.AdvanceTime})
	if err != nil {
		be.Close()
		return nil, err
	}
	s.Conn = conn
	for _, k := range keys {
		s.Accounts = append(s.Accounts, NewAccount(k))
	}
	return s, nil
}

// AdvanceTime seals an empty block d later than the head. The pool drops mined transactions a moment
// after the block, so a "non-empty block" refusal is retried briefly.
func (s *Simulated) AdvanceTime(d time.Duration) error {
	var err error
	for i := 0; i < 200; i++ {
		if err = s.Backend.AdjustTime(d); err == nil || !strings.Contains(err.Error(), "non-empty") {
			return err
		}
		time.Sleep(5 * time.Millisecond)
	}
	return err
}

// Close stops the chain.
func (s *Simulated) Close() error { return s.Backend.Close() }
