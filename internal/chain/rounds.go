package chain

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cohort-net/cohort"
)

// RoundModels returns the global model CIDs (binary form) a task's RoundCommitted events carry, by
// round: one filtered log query over the whole chain, for tools that read a task once (`cohort model
// export`), not for nodes that follow every event.
func (c *Conn) RoundModels(ctx context.Context, id *big.Int) (map[uint32][]byte, error) {
	q := ethereum.FilterQuery{FromBlock: new(big.Int), Addresses: []common.Address{c.Suite().Market},
		Topics: [][]common.Hash{{c.k.market.GetABI().Events[EvRoundCommitted].ID}, {common.BigToHash(id)}}}
	var logs []types.Log
	err := c.retry(ctx, "round commitments", func(ctx context.Context) error {
		var err error
		logs, err = c.b.FilterLogs(ctx, q)
		return err
	})
	if err != nil {
		return nil, wrap(cohort.EUnavailable, "read the task's round commitments", err)
	}
	out := map[uint32][]byte{}
	for _, l := range logs {
		if l.Removed {
			continue
		}
		if ev, err := c.k.market.UnpackRoundCommittedEvent(&l); err == nil {
			out[ev.Round] = ev.ModelCid
		}
	}
	return out, nil
}
