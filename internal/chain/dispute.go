package chain

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/chain/bindings"
	"github.com/cohort-net/cohort/internal/verify"
)

// TrainingDispute is a connection's handle on a deployed TrainingDispute: the on-chain bisection game
// over a trainer's checkpoint chain (internal/verify describes the protocol; the contract mirrors
// verify.Game).
type TrainingDispute struct {
	c    *Conn
	addr common.Address
	abi  *bindings.TrainingDispute
}

// DisputeParams configure a TrainingDispute; zero fields take the defaults.
type DisputeParams struct {
	Bond        *big.Int      // challenger's bond; default 100 tokens
	Slash       *big.Int      // taken from a losing trainer; default 1,000 tokens
	MoveTimeout time.Duration // per move; default 1 hour
	VoteTimeout time.Duration // arbiters' verdict; default 1 day
	Quorum      uint8         // arbiters; default and minimum verify.MinQuorum
	// Market ties the game to a TaskMarket (the suite's market, usually): commitments then name market
	// task ids (TaskIDHash), only a task's selected trainers can be challenged, the task's settlement
	// waits for the game, and a trainer that loses also loses its task bond and bid bond to the
	// challenger and its pay for the task. Zero: games stand alone.
	Market common.Address
}

func (p *DisputeParams) defaults() {
	if p.Bond == nil {
		p.Bond = Tokens(100)
	}
	if p.Slash == nil {
		p.Slash = Tokens(1000)
	}
	if p.MoveTimeout == 0 {
		p.MoveTimeout = time.Hour
	}
	if p.VoteTimeout == 0 {
		p.VoteTimeout = 24 * time.Hour
	}
	if p.Quorum == 0 {
		p.Quorum = verify.MinQuorum
	}
}

// DeployTrainingDispute deploys a TrainingDispute on the suite's token and registry and grants it the
// registry's slasher and locker roles, and the market's verifier role when p.Market is set (admin must be
// the registry's and the market's admin).
func (c *Conn) DeployTrainingDispute(ctx context.Context, admin *Account, p DisputeParams) (*TrainingDispute, error) {
	p.defaults()
	s := c.Suite()
	if s.Token == (common.Address{}) || s.Registry == (common.Address{}) {
		return nil, cohort.Errorf(cohort.EInvalid, "deploy training dispute: no suite (deploy or use one first)")
	}
	move, err := seconds32(p.MoveTimeout)
	if err != nil {
		return nil, err
	}
	vote, err := seconds32(p.VoteTimeout)
	if err != nil {
		return nil, err
	}
	b := bindings.NewTrainingDispute()
	code := append(common.FromHex(bindings.TrainingDisputeMetaData.Bin), b.PackConstructor(s.Token, s.Registry, p.Bond, p.Slash, move, vote, p.Quorum, p.Market)...)
	addr, _, err := c.Deploy(ctx, admin, code, "TrainingDispute")
	if err != nil {
		return nil, extraRevert(err)
	}
	for _, role := range []struct {
		data []byte
		what string
	}{{c.k.registry.PackSLASHERROLE(), "slasher"}, {c.k.registry.PackLOCKERROLE(), "locker"}} {
		id, err := c.registryRole(ctx, role.data)
		if err != nil {
			return nil, err
		}
		if _, err := c.Send(ctx, admin, Tx{To: s.Registry, Data: c.k.registry.PackGrantRole(id, addr), What: "grant " + role.what + " role to the training dispute"}); err != nil {
			return nil, err
		}
	}
	if p.Market != (common.Address{}) {
		out, err := c.Call(ctx, p.Market, c.k.market.PackVERIFIERROLE(), "market verifier role id")
		if err != nil {
			return nil, err
		}
		id, err := c.k.market.UnpackVERIFIERROLE(out)
		if err != nil {
			return nil, err
		}
		if _, err := c.Send(ctx, admin, Tx{To: p.Market, Data: c.k.market.PackGrantRole(id, addr), What: "grant the market's verifier role to the training dispute"}); err != nil {
			return nil, err
		}
	}
	s.TrainingDispute = addr
	c.UseSuite(s)
	return &TrainingDispute{c: c, addr: addr, abi: b}, nil
}

// TaskIDHash is a market task id as the bytes32 a training commitment names (verify.Commitment.Task)
// when the game is tied to the market.
func TaskIDHash(taskID *big.Int) [32]byte {
	var h [32]byte
	taskID.FillBytes(h[:])
	return h
}

// TrainingDisputeAt returns a handle on a TrainingDispute already deployed at addr.
func (c *Conn) TrainingDisputeAt(addr common.Address) *TrainingDispute {
	return &TrainingDispute{c: c, addr: addr, abi: bindings.NewTrainingDispute()}
}

// Address returns the contract's address.
func (d *TrainingDispute) Address() common.Address { return d.addr }

func (d *TrainingDispute) send(ctx context.Context, from *Account, data []byte, what string) (*types.Receipt, error) {
	r, err := d.c.Send(ctx, from, Tx{To: d.addr, Data: data, What: what})
	return r, extraRevert(err)
}

func commitmentArg(c verify.Commitment) bindings.TrainingCommitment {
	return bindings.TrainingCommitment{
		Task: c.Task, Round: c.Round, Trainer: common.Address(c.Trainer), Root: c.Root, Checkpoints: c.Checkpoints,
		GlobalHash: c.GlobalHash, DataRoot: c.DataRoot, UpdateHash: c.UpdateHash, Rows: c.Rows, Steps: c.Steps, BlockSteps: c.BlockSteps,
	}
}

// SignCommitment signs c's digest as an Ethereum signed message with the trainer's key
// (verify.Sign): the signature TrainingDispute.open checks against the trainer's address.
func SignCommitment(trainer *Account, c verify.Commitment) ([]byte, error) {
	return verify.Sign(trainer.key, c)
}

// Open challenges the transition from checkpoint lo to hi of the trainer's committed chain, paying the
// bond from `from` (a staked validator; it approves the bond first). It returns the dispute's id.
func (d *TrainingDispute) Open(ctx context.Context, from *Account, c verify.Commitment, sig []byte, lo, hi uint32) (uint64, *types.Receipt, error) {
	bond, err := d.c.Call(ctx, d.addr, d.abi.PackBond(), "dispute bond")
	if err != nil {
		return 0, nil, err
	}
	amt, err := d.abi.UnpackBond(bond)
	if err != nil {
		return 0, nil, wrap(cohort.EInternal, "decode bond", err)
	}
	if _, err := d.c.Approve(ctx, from, d.addr, amt); err != nil {
		return 0, nil, err
	}
	r, err := d.send(ctx, from, d.abi.PackOpen(commitmentArg(c), sig, lo, hi), "open training dispute")
	if err != nil {
		return 0, r, err
	}
	for _, l := range r.Logs {
		if ev, err := d.abi.UnpackOpenedEvent(l); err == nil && l.Address == d.addr {
			return ev.Id.Uint64(), r, nil
		}
	}
	return 0, r, cohort.Errorf(cohort.EInternal, "open training dispute: no Opened event")
}

// PostMidpoint is the trainer's move: checkpoint Mid's hash and Merkle path.
func (d *TrainingDispute) PostMidpoint(ctx context.Context, from *Account, id uint64, leaf [32]byte, proof [][32]byte) (*types.Receipt, error) {
	return d.send(ctx, from, d.abi.PackPostMidpoint(new(big.Int).SetUint64(id), leaf, proof), "post dispute midpoint")
}

// Choose is the challenger's move: faultFirst names [Lo, Mid].
func (d *TrainingDispute) Choose(ctx context.Context, from *Account, id uint64, faultFirst bool) (*types.Receipt, error) {
	return d.send(ctx, from, d.abi.PackChoose(new(big.Int).SetUint64(id), faultFirst), "choose dispute half")
}

// Disclose is the trainer's last move: the SHA-256 of the disputed block's disclosure bytes.
func (d *TrainingDispute) Disclose(ctx context.Context, from *Account, id uint64, h [32]byte) (*types.Receipt, error) {
	return d.send(ctx, from, d.abi.PackDisclose(new(big.Int).SetUint64(id), h), "disclose disputed block")
}

// Vote is an arbiter's verdict on the disputed block.
func (d *TrainingDispute) Vote(ctx context.Context, from *Account, id uint64, trainerRight bool) (*types.Receipt, error) {
	return d.send(ctx, from, d.abi.PackVote(new(big.Int).SetUint64(id), trainerRight), "vote on training dispute")
}

// Timeout settles a dispute whose deadline passed.
func (d *TrainingDispute) Timeout(ctx context.Context, from *Account, id uint64) (*types.Receipt, error) {
	return d.send(ctx, from, d.abi.PackTimeout(new(big.Int).SetUint64(id)), "time out training dispute")
}

// DisputeState is a dispute as the contract holds it; Phase and Outcome use verify's numbering plus
// one for Phase (0 is "no dispute").
type DisputeState struct {
	Trainer, Challenger common.Address
	Lo, Hi, Mid         uint32
	Deadline            time.Time
	Phase               verify.Phase
	Open                bool
	Outcome             verify.Outcome
	For, Against        int
	Disclosure          [32]byte
}

// Dispute reads dispute id.
func (d *TrainingDispute) Dispute(ctx context.Context, id uint64) (DisputeState, error) {
	out, err := d.c.Call(ctx, d.addr, d.abi.PackDispute(new(big.Int).SetUint64(id)), "read training dispute")
	if err != nil {
		return DisputeState{}, extraRevert(err)
	}
	v, err := d.abi.UnpackDispute(out)
	if err != nil {
		return DisputeState{}, wrap(cohort.EInternal, "decode training dispute", err)
	}
	if v.Phase == 0 {
		return DisputeState{}, cohort.Errorf(cohort.ENotFound, "training dispute %d: none", id)
	}
	return DisputeState{
		Trainer: v.Trainer, Challenger: v.Challenger, Lo: v.Lo, Hi: v.Hi, Mid: v.Mid,
		Deadline: time.Unix(int64(v.Deadline), 0), Phase: verify.Phase(v.Phase - 1), Open: v.Phase != 5,
		Outcome: verify.Outcome(v.Outcome), For: int(v.VotesFor), Against: int(v.VotesAgainst), Disclosure: v.Disclosure,
	}, nil
}
