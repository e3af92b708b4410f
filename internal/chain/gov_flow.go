package chain

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/cohort-net/cohort"
)

// Proposal is what the DAO votes on: calls (target, value, calldata) and a description, which together
// give the proposal's id.
type Proposal struct {
	Calls       []Tx
	Description string
}

func (p Proposal) args() (targets []common.Address, values []*big.Int, calldatas [][]byte) {
	for _, tx := range p.Calls {
		v := tx.Value
		if v == nil {
			v = new(big.Int)
		}
		targets, values, calldatas = append(targets, tx.To), append(values, v), append(calldatas, tx.Data)
	}
	return targets, values, calldatas
}

// DescriptionHash is keccak256 of the description, as queue and execute take it.
func (p Proposal) DescriptionHash() [32]byte { return crypto.Keccak256Hash([]byte(p.Description)) }

// Proposal states, as the governor numbers them (IGovernor.ProposalState).
var proposalStates = []string{"pending", "active", "canceled", "defeated", "succeeded", "queued", "expired", "executed"}

// Vote choices (GovernorCountingSimple).
const (
	VoteAgainst uint8 = 0
	VoteFor     uint8 = 1
	VoteAbstain uint8 = 2
)

// ProposalStatus is a proposal's state and tally (`cohort gov status`).
type ProposalStatus struct {
	ID       *big.Int `json:"id"`
	State    string   `json:"state"`
	Snapshot uint64   `json:"snapshot"` // votes count as of this time
	Deadline uint64   `json:"deadline"` // the vote closes after this time
	ETA      uint64   `json:"eta,omitempty"`
	For      Amount   `json:"for"`
	Against  Amount   `json:"against"`
	Abstain  Amount   `json:"abstain"`
	Quorum   Amount   `json:"quorum"`
}

func (c *Conn) governor() (common.Address, error) {
	g := c.Suite().Governor
	if g == (common.Address{}) {
		return g, cohort.Errorf(cohort.EInvalid, "the suite has no DAO governor")
	}
	return g, nil
}

// ProposalID computes a proposal's id (the governor's hashProposal).
func (c *Conn) ProposalID(ctx context.Context, p Proposal) (*big.Int, error) {
	g, err := c.governor()
	if err != nil {
		return nil, err
	}
	t, v, d := p.args()
	out, err := c.Call(ctx, g, c.gk.governor.PackHashProposal(t, v, d, p.DescriptionHash()), "proposal id")
	if err != nil {
		return nil, err
	}
	return c.gk.governor.UnpackHashProposal(out)
}

// Propose submits a proposal; calls to functions not on the DAO's list revert with UnknownFunction.
func (c *Conn) Propose(ctx context.Context, from *Account, p Proposal) (*big.Int, *types.Receipt, error) {
	g, err := c.governor()
	if err != nil {
		return nil, nil, err
	}
	if len(p.Calls) == 0 {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "a proposal needs at least one call")
	}
	t, v, d := p.args()
	r, err := c.Send(ctx, from, Tx{To: g, Data: c.gk.governor.PackPropose(t, v, d, p.Description), What: "propose"})
	if err != nil {
		return nil, r, extraRevert(err)
	}
	id, err := c.ProposalID(ctx, p)
	return id, r, err
}

// CastVote votes on an active proposal (VoteFor, VoteAgainst, VoteAbstain).
func (c *Conn) CastVote(ctx context.Context, from *Account, id *big.Int, support uint8) (*types.Receipt, error) {
	g, err := c.governor()
	if err != nil {
		return nil, err
	}
	r, err := c.Send(ctx, from, Tx{To: g, Data: c.gk.governor.PackCastVote(id, support), What: "vote"})
	return r, extraRevert(err)
}

// QueueProposal queues a succeeded proposal in the timelock.
func (c *Conn) QueueProposal(ctx context.Context, from *Account, p Proposal) (*types.Receipt, error) {
	g, err := c.governor()
	if err != nil {
		return nil, err
	}
	t, v, d := p.args()
	r, err := c.Send(ctx, from, Tx{To: g, Data: c.gk.governor.PackQueue(t, v, d, p.DescriptionHash()), What: "queue proposal"})
	return r, extraRevert(err)
}

// ExecuteProposal executes a queued proposal whose timelock delay has passed.
func (c *Conn) ExecuteProposal(ctx context.Context, from *Account, p Proposal) (*types.Receipt, error) {
	g, err := c.governor()
	if err != nil {
		return nil, err
	}
	t, v, d := p.args()
	r, err := c.Send(ctx, from, Tx{To: g, Data: c.gk.governor.PackExecute(t, v, d, p.DescriptionHash()), What: "execute proposal"})
	return r, extraRevert(err)
}

// ProposalState reads a proposal's state, times and tally.
func (c *Conn) ProposalState(ctx context.Context, id *big.Int) (ProposalStatus, error) {
	st := ProposalStatus{ID: id, Quorum: Amount{new(big.Int)}}
	g, err := c.governor()
	if err != nil {
		return st, err
	}
	k := c.gk.governor
	call := func(data []byte, what string) ([]byte, error) {
		out, err := c.Call(ctx, g, data, what)
		return out, extraRevert(err)
	}
	out, err := call(k.PackState(id), "proposal state")
	if err != nil {
		return st, err
	}
	s, err := k.UnpackState(out)
	if err != nil || int(s) >= len(proposalStates) {
		return st, fmt.Errorf("decode proposal state %d: %v", s, err)
	}
	st.State = proposalStates[s]
	nums := []struct {
		data   []byte
		unpack func([]byte) (*big.Int, error)
		to     *uint64
	}{{k.PackProposalSnapshot(id), k.UnpackProposalSnapshot, &st.Snapshot}, {k.PackProposalDeadline(id), k.UnpackProposalDeadline, &st.Deadline},
		{k.PackProposalEta(id), k.UnpackProposalEta, &st.ETA}}
	for _, n := range nums {
		out, err := call(n.data, "proposal times")
		if err != nil {
			return st, err
		}
		v, err := n.unpack(out)
		if err != nil {
			return st, err
		}
		*n.to = v.Uint64()
	}
	if out, err = call(k.PackProposalVotes(id), "proposal votes"); err != nil {
		return st, err
	}
	votes, err := k.UnpackProposalVotes(out)
	if err != nil {
		return st, err
	}
	st.For, st.Against, st.Abstain = Amount{votes.ForVotes}, Amount{votes.AgainstVotes}, Amount{votes.AbstainVotes}
	if out, err = call(k.PackQuorum(new(big.Int).SetUint64(st.Snapshot)), "quorum"); err == nil {
		if q, err := k.UnpackQuorum(out); err == nil {
			st.Quorum = Amount{q}
		}
	}
	return st, nil
}

// FindProposal reads a proposal's calls and description back from its ProposalCreated event (from
// block fromBlock on), so that queue and execute need only its id.
func (c *Conn) FindProposal(ctx context.Context, id *big.Int, fromBlock uint64) (Proposal, error) {
	g, err := c.governor()
	if err != nil {
		return Proposal{}, err
	}
	ev := c.gk.governor.GetABI().Events["ProposalCreated"]
	var logs []types.Log
	err = c.retry(ctx, "proposal events", func(ctx context.Context) error {
		var err error
		logs, err = c.b.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(fromBlock), Addresses: []common.Address{g}, Topics: [][]common.Hash{{ev.ID}}})
		return err
	})
	if err != nil {
		return Proposal{}, wrap(cohort.EUnavailable, "read proposals", err)
	}
	for i := range logs {
		e, err := c.gk.governor.UnpackProposalCreatedEvent(&logs[i])
		if err != nil || e.ProposalId.Cmp(id) != 0 {
			continue
		}
		p := Proposal{Description: e.Description}
		for j := range e.Targets {
			p.Calls = append(p.Calls, Tx{To: e.Targets[j], Value: e.Values[j], Data: e.Calldatas[j]})
		}
		return p, nil
	}
	return Proposal{}, cohort.Errorf(cohort.ENotFound, "no proposal %s on governor %s", id, g.Hex())
}

// WaitChainTime returns once the chain's head is at or past t: on the simulated backend by moving its
// clock, elsewhere by sealing blocks with empty transactions from from (a chain that seals on demand
// needs a transaction to move its clock, and moves it at least a second per block), sleeping only
// while the head has caught up with the wall clock.
func (c *Conn) WaitChainTime(ctx context.Context, from *Account, t uint64) error {
	for {
		head, err := c.HeadTime(ctx)
		if err != nil {
			return err
		}
		now := uint64(head.Unix())
		if now >= t {
			return nil
		}
		if c.opts.AdvanceTime != nil {
			if err := c.opts.AdvanceTime(time.Duration(t-now) * time.Second); err != nil {
				return err
			}
			continue
		}
		if wall := time.Now(); !wall.Before(head) && uint64(wall.Unix()) < t {
			timer := time.NewTimer(time.Until(time.Unix(int64(t), 0)) + 100*time.Millisecond)
			select {
			case <-ctx.Done():
				timer.Stop()
				return ctx.Err()
			case <-timer.C:
			}
		}
		if _, err := c.SendETH(ctx, from, from.Addr, new(big.Int)); err != nil {
			return err
		}
	}
}

// PassProposal runs a proposal through the whole flow with voter's votes (staked and delegated
// before): propose, wait out the voting delay, vote for, wait out the vote, queue, wait out the
// timelock, execute. It is for dev chains and tests, where one account holds a quorum; a real DAO runs
// the same steps with `cohort gov`.
func (c *Conn) PassProposal(ctx context.Context, voter *Account, p Proposal) (*types.Receipt, error) {
	id, _, err := c.Propose(ctx, voter, p)
	if err != nil {
		return nil, err
	}
	st, err := c.ProposalState(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := c.WaitChainTime(ctx, voter, st.Snapshot+1); err != nil {
		return nil, err
	}
	if _, err := c.CastVote(ctx, voter, id, VoteFor); err != nil {
		return nil, err
	}
	if err := c.WaitChainTime(ctx, voter, st.Deadline+1); err != nil {
		return nil, err
	}
	if _, err := c.QueueProposal(ctx, voter, p); err != nil {
		return nil, err
	}
	if st, err = c.ProposalState(ctx, id); err != nil {
		return nil, err
	}
	if err := c.WaitChainTime(ctx, voter, st.ETA); err != nil {
		return nil, err
	}
	return c.ExecuteProposal(ctx, voter, p)
}

// Describe names a proposal's calls: its default description.
func Describe(calls []Tx) string {
	var parts []string
	for _, tx := range calls {
		parts = append(parts, tx.What)
	}
	return strings.Join(parts, "; ")
}
