package chain

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Market event kinds, as MarketEvent.Kind names them.
const (
	EvTaskPublished  = "TaskPublished"
	EvBidPlaced      = "BidPlaced"
	EvNodesSelected  = "NodesSelected"
	EvRoundCommitted = "RoundCommitted"
	EvAttested       = "Attested"
	EvTaskAttested   = "TaskAttested"
	EvDisputed       = "Disputed"
	EvPaid           = "Paid"
	EvTaskSettled    = "TaskSettled"
	EvTaskRefunded   = "TaskRefunded"
)

// MarketEvent is one TaskMarket event, decoded. Only the fields of its Kind are set. Removed is set
// when a reorg took back an event delivered before.
type MarketEvent struct {
	Kind    string
	Block   uint64
	Tx      common.Hash
	Removed bool
	Task    *big.Int
	// TaskPublished
	Publisher common.Address
	SpecHash  [32]byte // the task document's SHA-256: its CID is the raw-block CIDv1 of this digest
	DataHash  [32]byte
	Budget    *big.Int
	// BidPlaced, Attested, Paid: the node or validator
	Node common.Address
	// RoundCommitted
	Round        uint32
	ModelCID     []byte
	Participants []common.Address
	Epsilon      uint64 // the task's cumulative ε after the round, x EpsilonUnit (0: no privacy budget)
	// Attested, TaskAttested
	Metric   uint32
	Accepted bool
	// Paid
	Amount *big.Int
}

// DecodeMarketLog decodes a TaskMarket log; ok is false for events the nodes do not act on.
func (c *Conn) DecodeMarketLog(l types.Log) (ev MarketEvent, ok bool) {
	if len(l.Topics) == 0 {
		return ev, false
	}
	m := c.k.market
	ev = MarketEvent{Block: l.BlockNumber, Tx: l.TxHash, Removed: l.Removed}
	events := m.GetABI().Events
	switch l.Topics[0] {
	case events[EvTaskPublished].ID:
		e, err := m.UnpackTaskPublishedEvent(&l)
		if err != nil {
			return ev, false
		}
		ev.Kind, ev.Task, ev.Publisher, ev.SpecHash, ev.DataHash, ev.Budget = EvTaskPublished, e.TaskId, e.Publisher, e.ModelSpecHash, e.DataSchemaHash, e.Budget
	case events[EvBidPlaced].ID:
		e, err := m.UnpackBidPlacedEvent(&l)
		if err != nil {
			return ev, false
		}
		ev.Kind, ev.Task, ev.Node = EvBidPlaced, e.TaskId, e.Node
	case events[EvNodesSelected].ID:
		e, err := m.UnpackNodesSelectedEvent(&l)
		if err != nil {
			return ev, false
		}
		ev.Kind, ev.Task = EvNodesSelected, e.TaskId
	case events[EvRoundCommitted].ID:
		e, err := m.UnpackRoundCommittedEvent(&l)
		if err != nil {
			return ev, false
		}
		ev.Kind, ev.Task, ev.Round, ev.ModelCID, ev.Participants, ev.Epsilon = EvRoundCommitted, e.TaskId, e.Round, e.ModelCid, e.Participants, e.Epsilon
	case events[EvAttested].ID:
		e, err := m.UnpackAttestedEvent(&l)
		if err != nil {
			return ev, false
		}
		ev.Kind, ev.Task, ev.Node, ev.Metric = EvAttested, e.TaskId, e.Validator, e.Metric
	case events[EvTaskAttested].ID:
		e, err := m.UnpackTaskAttestedEvent(&l)
		if err != nil {
			return ev, false
		}
		ev.Kind, ev.Task, ev.Metric, ev.Accepted = EvTaskAttested, e.TaskId, e.Metric, e.Accepted
	case events[EvDisputed].ID:
		e, err := m.UnpackDisputedEvent(&l)
		if err != nil {
			return ev, false
		}
		ev.Kind, ev.Task = EvDisputed, e.TaskId
	case events[EvPaid].ID:
		e, err := m.UnpackPaidEvent(&l)
		if err != nil {
			return ev, false
		}
		ev.Kind, ev.Task, ev.Node, ev.Amount = EvPaid, e.TaskId, e.Node, e.Amount
	case events[EvTaskSettled].ID:
		e, err := m.UnpackTaskSettledEvent(&l)
		if err != nil {
			return ev, false
		}
		ev.Kind, ev.Task = EvTaskSettled, e.TaskId
	case events[EvTaskRefunded].ID:
		e, err := m.UnpackTaskRefundedEvent(&l)
		if err != nil {
			return ev, false
		}
		ev.Kind, ev.Task = EvTaskRefunded, e.TaskId
	default:
		return ev, false
	}
	return ev, true
}

// WatchMarket returns a watcher of the market's events from block from on.
func (c *Conn) WatchMarket(from, confirmations uint64) *EventWatcher[MarketEvent] {
	w := c.NewWatcher(WatchOptions{Addresses: []common.Address{c.Suite().Market}, From: from, Confirmations: confirmations})
	return newEventWatcher(w, c.DecodeMarketLog)
}
