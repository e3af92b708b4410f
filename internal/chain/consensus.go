package chain

import (
	"context"
	"crypto/rand"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/chain/bindings"
)

// Defaults of ValidatorConsensus's epochs.
const (
	DefaultEpochLength  = time.Hour
	DefaultCommitWindow = 30 * time.Minute
)

// Consensus is a connection's handle on a deployed ValidatorConsensus: validators commit, then reveal,
// per-node weights each epoch; anyone finalizes a finished epoch, which pays rewards from the funded pool
// into pull balances and writes the scored nodes' reputations into the NodeRegistry. The math is
// internal/consensus's, bit for bit (TestConsensusDifferential).
type Consensus struct {
	c    *Conn
	addr common.Address
	abi  *bindings.ValidatorConsensus
}

// DeployConsensus deploys a ValidatorConsensus over the suite's token and registry and grants it the
// registry's SCORER_ROLE (admin must be the registry's admin). Zero durations take the defaults.
func (c *Conn) DeployConsensus(ctx context.Context, admin *Account, epoch, commit time.Duration) (*Consensus, error) {
	if epoch == 0 {
		epoch = DefaultEpochLength
	}
	if commit == 0 {
		commit = min(DefaultCommitWindow, epoch/2)
	}
	if commit <= 0 || commit >= epoch {
		return nil, cohort.Errorf(cohort.EInvalid, "consensus commit window %v must be shorter than the epoch %v", commit, epoch)
	}
	ep, err := seconds32(epoch)
	if err != nil {
		return nil, err
	}
	cw, err := seconds32(commit)
	if err != nil {
		return nil, err
	}
	s := c.Suite()
	if s.Token == (common.Address{}) || s.Registry == (common.Address{}) {
		return nil, cohort.Errorf(cohort.EInvalid, "deploy consensus: no suite (deploy or use one first)")
	}
	b := bindings.NewValidatorConsensus()
	code := append(common.FromHex(bindings.ValidatorConsensusMetaData.Bin), b.PackConstructor(s.Token, s.Registry, admin.Addr, ep, cw)...)
	addr, _, err := c.Deploy(ctx, admin, code, "ValidatorConsensus")
	if err != nil {
		return nil, extraRevert(err)
	}
	if _, err := c.GrantScorer(ctx, admin, addr); err != nil {
		return nil, err
	}
	return &Consensus{c: c, addr: addr, abi: b}, nil
}

// SuiteConsensus returns a handle on the suite's ValidatorConsensus (cohort.ENotFound when it has none).
func (c *Conn) SuiteConsensus() (*Consensus, error) {
	a := c.Suite().Consensus
	if a == (common.Address{}) {
		return nil, cohort.Errorf(cohort.ENotFound, "the suite has no ValidatorConsensus (redeploy with this version)")
	}
	return c.ConsensusAt(a), nil
}

// ConsensusAt returns a handle on a ValidatorConsensus already deployed at addr.
func (c *Conn) ConsensusAt(addr common.Address) *Consensus {
	return &Consensus{c: c, addr: addr, abi: bindings.NewValidatorConsensus()}
}

// Address returns the contract's address.
func (k *Consensus) Address() common.Address { return k.addr }

func (k *Consensus) send(ctx context.Context, from *Account, data []byte, what string) (*types.Receipt, error) {
	r, err := k.c.Send(ctx, from, Tx{To: k.addr, Data: data, What: what})
	return r, extraRevert(err)
}

func (k *Consensus) call(ctx context.Context, data []byte, what string) ([]byte, error) {
	out, err := k.c.Call(ctx, k.addr, data, what)
	return out, extraRevert(err)
}

// Vector is what a validator commits to and reveals: a weight in basis points per node, and a secret salt.
type Vector struct {
	Nodes   []common.Address
	Weights []uint16
	Salt    [32]byte
}

// NewSalt draws a random salt.
func NewSalt() ([32]byte, error) {
	var s [32]byte
	_, err := rand.Read(s[:])
	return s, err
}

var commitArgs = func() abi.Arguments {
	t := func(s string) abi.Type {
		ty, err := abi.NewType(s, "", nil)
		if err != nil {
			panic(err) // constant type names: a broken invariant
		}
		return ty
	}
	return abi.Arguments{{Type: t("uint256")}, {Type: t("address")}, {Type: t("address[]")}, {Type: t("uint16[]")}, {Type: t("bytes32")}}
}()

// Commitment is the hash a validator commits to: keccak256(abi.encode(epoch, validator, nodes, weights,
// salt)), as the contract's commitmentFor computes it.
func Commitment(epoch uint64, validator common.Address, v Vector) (common.Hash, error) {
	blob, err := commitArgs.Pack(new(big.Int).SetUint64(epoch), validator, v.Nodes, v.Weights, v.Salt)
	if err != nil {
		return common.Hash{}, cohort.Errorf(cohort.EInvalid, "encode commitment: %v", err)
	}
	return crypto.Keccak256Hash(blob), nil
}

// Commit commits the validator to v for the current epoch (its commit phase) and returns that epoch.
func (k *Consensus) Commit(ctx context.Context, from *Account, v Vector) (uint64, *types.Receipt, error) {
	st, err := k.Status(ctx)
	if err != nil {
		return 0, nil, err
	}
	h, err := Commitment(st.Epoch, from.Addr, v)
	if err != nil {
		return 0, nil, err
	}
	r, err := k.CommitHash(ctx, from, h)
	return st.Epoch, r, err
}

// CommitHash sends a raw commitment (tests and attack simulations commit hashes they did not compute).
func (k *Consensus) CommitHash(ctx context.Context, from *Account, h common.Hash) (*types.Receipt, error) {
	return k.send(ctx, from, k.abi.PackCommit(h), "consensus commit")
}

// Reveal reveals v for epoch (its reveal phase).
func (k *Consensus) Reveal(ctx context.Context, from *Account, epoch uint64, v Vector) (*types.Receipt, error) {
	return k.send(ctx, from, k.abi.PackReveal(new(big.Int).SetUint64(epoch), v.Nodes, v.Weights, v.Salt), "consensus reveal")
}

// Finalize finalizes a finished epoch (anyone).
func (k *Consensus) Finalize(ctx context.Context, from *Account, epoch uint64) (*types.Receipt, error) {
	return k.send(ctx, from, k.abi.PackFinalize(new(big.Int).SetUint64(epoch)), "consensus finalize")
}

// Fund approves and adds amount to the reward pool.
func (k *Consensus) Fund(ctx context.Context, from *Account, amount *big.Int) (*types.Receipt, error) {
	if _, err := k.c.Approve(ctx, from, k.addr, amount); err != nil {
		return nil, err
	}
	return k.send(ctx, from, k.abi.PackFund(amount), "consensus fund")
}

// CollectFees moves the fees the suite's market credited to the consensus (its pool share) into the
// reward pool; anyone may send it.
func (k *Consensus) CollectFees(ctx context.Context, from *Account) (*types.Receipt, error) {
	return k.send(ctx, from, k.abi.PackCollectFees(k.c.Suite().Market), "consensus collect market fees")
}

// Claim withdraws the account's credited rewards.
func (k *Consensus) Claim(ctx context.Context, from *Account) (*types.Receipt, error) {
	return k.send(ctx, from, k.abi.PackClaim(), "consensus claim")
}

// SetParams sets the bond EMA weight (units of consensus.One), the nodes' share of a reward (basis
// points) and the reward per epoch (admin).
func (k *Consensus) SetParams(ctx context.Context, admin *Account, alpha uint64, nodeShareBps uint16, rewardPerEpoch *big.Int) (*types.Receipt, error) {
	return k.send(ctx, admin, k.abi.PackSetParams(alpha, nodeShareBps, rewardPerEpoch), "consensus set params")
}

// SetParamsTx is SetParams as a call for a DAO proposal (the timelock holds the admin role).
func (k *Consensus) SetParamsTx(alpha uint64, nodeShareBps uint16, rewardPerEpoch *big.Int) Tx {
	return Tx{To: k.addr, Data: k.abi.PackSetParams(alpha, nodeShareBps, rewardPerEpoch), What: "consensus set params"}
}

// ConsensusStatus is the contract's state as `cohort chain consensus` shows it.
type ConsensusStatus struct {
	Address          common.Address `json:"address"`
	Epoch            uint64         `json:"epoch"`
	Start            uint64         `json:"start"` // unix time of epoch 0
	CommitPhase      bool           `json:"commit_phase"`
	FinalizedThrough uint64         `json:"finalized_through"` // one more than the last finalized epoch
	EpochLength      uint32         `json:"epoch_seconds"`
	CommitWindow     uint32         `json:"commit_seconds"`
	Pool             Amount         `json:"pool"`
	Owed             Amount         `json:"owed"`
	RewardPerEpoch   Amount         `json:"reward_per_epoch"`
	Alpha            uint64         `json:"alpha"`
	NodeShareBps     uint16         `json:"node_share_bps"`
}

// Status reads the contract's epoch, phase, pool and parameters.
func (k *Consensus) Status(ctx context.Context) (ConsensusStatus, error) {
	st := ConsensusStatus{Address: k.addr}
	var err error
	big1 := func(data []byte, unpack func([]byte) (*big.Int, error), what string) *big.Int {
		if err != nil {
			return nil
		}
		var out []byte
		if out, err = k.call(ctx, data, what); err != nil {
			return nil
		}
		var v *big.Int
		v, err = unpack(out)
		return v
	}
	ep := big1(k.abi.PackCurrentEpoch(), k.abi.UnpackCurrentEpoch, "consensus epoch")
	ft := big1(k.abi.PackFinalizedThrough(), k.abi.UnpackFinalizedThrough, "consensus finalized")
	st.Pool.Int = big1(k.abi.PackPool(), k.abi.UnpackPool, "consensus pool")
	st.Owed.Int = big1(k.abi.PackOwed(), k.abi.UnpackOwed, "consensus owed")
	st.RewardPerEpoch.Int = big1(k.abi.PackRewardPerEpoch(), k.abi.UnpackRewardPerEpoch, "consensus reward")
	if err != nil {
		return st, err
	}
	st.Epoch, st.FinalizedThrough = ep.Uint64(), ft.Uint64()
	out, err := k.call(ctx, k.abi.PackInCommitPhase(), "consensus phase")
	if err == nil {
		st.CommitPhase, err = k.abi.UnpackInCommitPhase(out)
	}
	if err == nil {
		if out, err = k.call(ctx, k.abi.PackStart(), "consensus start"); err == nil {
			st.Start, err = k.abi.UnpackStart(out)
		}
	}
	if err == nil {
		if out, err = k.call(ctx, k.abi.PackEpochLength(), "consensus epoch length"); err == nil {
			st.EpochLength, err = k.abi.UnpackEpochLength(out)
		}
	}
	if err == nil {
		if out, err = k.call(ctx, k.abi.PackCommitWindow(), "consensus commit window"); err == nil {
			st.CommitWindow, err = k.abi.UnpackCommitWindow(out)
		}
	}
	if err == nil {
		if out, err = k.call(ctx, k.abi.PackAlpha(), "consensus alpha"); err == nil {
			st.Alpha, err = k.abi.UnpackAlpha(out)
		}
	}
	if err == nil {
		if out, err = k.call(ctx, k.abi.PackNodeShareBps(), "consensus node share"); err == nil {
			st.NodeShareBps, err = k.abi.UnpackNodeShareBps(out)
		}
	}
	return st, err
}

// EpochRecord is one epoch's scored nodes and revealing validators, in the order they appeared.
type EpochRecord struct {
	Nodes      []common.Address
	Validators []common.Address
	Finalized  bool
}

// Epoch reads one epoch's node list and revealers.
func (k *Consensus) Epoch(ctx context.Context, epoch uint64) (EpochRecord, error) {
	out, err := k.call(ctx, k.abi.PackEpochInfo(new(big.Int).SetUint64(epoch)), "consensus epoch info")
	if err != nil {
		return EpochRecord{}, err
	}
	r, err := k.abi.UnpackEpochInfo(out)
	if err != nil {
		return EpochRecord{}, fmt.Errorf("decode epoch info: %w", err)
	}
	return EpochRecord{Nodes: r.Nodes, Validators: r.Validators, Finalized: r.Finalized}, nil
}

// Vote is a validator's revealed vector over its epoch's node list, and its stake when it revealed.
type Vote struct {
	Weights  []uint16
	Stake    *big.Int
	Revealed bool
}

// Vote reads a validator's reveal in an epoch.
func (k *Consensus) Vote(ctx context.Context, epoch uint64, validator common.Address) (Vote, error) {
	out, err := k.call(ctx, k.abi.PackVoteOf(new(big.Int).SetUint64(epoch), validator), "consensus vote")
	if err != nil {
		return Vote{}, err
	}
	r, err := k.abi.UnpackVoteOf(out)
	if err != nil {
		return Vote{}, fmt.Errorf("decode vote: %w", err)
	}
	return Vote{Weights: r.Weights, Stake: r.Stake, Revealed: r.Revealed}, nil
}

// Balance reads an address's claimable rewards.
func (k *Consensus) Balance(ctx context.Context, who common.Address) (*big.Int, error) {
	out, err := k.call(ctx, k.abi.PackBalanceOf(who), "consensus balance")
	if err != nil {
		return nil, err
	}
	return k.abi.UnpackBalanceOf(out)
}

// Bond reads a validator's bond (units of consensus.One) and one more than the epoch it was last updated in.
func (k *Consensus) Bond(ctx context.Context, validator common.Address) (bond, epochPlusOne uint64, err error) {
	out, err := k.call(ctx, k.abi.PackBondOf(validator), "consensus bond")
	if err != nil {
		return 0, 0, err
	}
	if bond, err = k.abi.UnpackBondOf(out); err != nil {
		return 0, 0, err
	}
	if out, err = k.call(ctx, k.abi.PackBondEpochOf(validator), "consensus bond epoch"); err != nil {
		return 0, 0, err
	}
	epochPlusOne, err = k.abi.UnpackBondEpochOf(out)
	return bond, epochPlusOne, err
}

// NodeConsensus reads a node's consensus value c_j (units of consensus.One) from the last finalized epoch
// that scored it: public once finalized, which is all a weight copier can copy.
func (k *Consensus) NodeConsensus(ctx context.Context, node common.Address) (uint64, error) {
	out, err := k.call(ctx, k.abi.PackConsensusOf(node), "consensus of node")
	if err != nil {
		return 0, err
	}
	return k.abi.UnpackConsensusOf(out)
}

// ConsensusScore is one node's outcome in a finalized epoch (a NodeScored event).
type ConsensusScore struct {
	Epoch      uint64         `json:"epoch"`
	Node       common.Address `json:"node"`
	Consensus  uint64         `json:"consensus"`
	Weight     uint64         `json:"weight"`
	Reputation uint16         `json:"reputation_bps"`
	Reward     Amount         `json:"reward"`
}

// Scores decodes the NodeScored events of a finalize receipt.
func (k *Consensus) Scores(r *types.Receipt) []ConsensusScore {
	var out []ConsensusScore
	for _, l := range r.Logs {
		if l.Address != k.addr {
			continue
		}
		if ev, err := k.abi.UnpackNodeScoredEvent(l); err == nil {
			out = append(out, ConsensusScore{Epoch: ev.Epoch.Uint64(), Node: ev.Node, Consensus: ev.Consensus, Weight: ev.Weight,
				Reputation: ev.Reputation, Reward: Amount{ev.Reward}})
		}
	}
	return out
}
