package chain

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/chain/bindings"
)

// RoyaltySplit is ModelRegistry's distribution of a new model's royalty shares, in basis points: data
// owners by samples, trainers by contributed rounds, the attesting validators equally, the treasury the
// rest; a fine-tuned model first gives BaseRoyaltyBps of its shares to its base model's royalty token.
type RoyaltySplit struct {
	DataBps        uint16 `json:"data_bps"`
	TrainerBps     uint16 `json:"trainer_bps"`
	ValidatorBps   uint16 `json:"validator_bps"`
	BaseRoyaltyBps uint16 `json:"base_royalty_bps"`
}

// DefaultRoyaltySplit is the split DeploySuite sets: data owners 30 %, trainers 40 %, validators 10 %,
// the treasury 20 %, and 10 % of a fine-tuned model's shares to its base model's holders.
var DefaultRoyaltySplit = RoyaltySplit{DataBps: 3000, TrainerBps: 4000, ValidatorBps: 1000, BaseRoyaltyBps: 1000}

// RoyaltyShares is every model's royalty share supply (10^24 base units: one million shares).
var RoyaltyShares = new(big.Int).Mul(big.NewInt(1_000_000), Ether)

// ModelLibrary is a connection's handle on a deployed ModelRegistry: settled tasks' models minted as
// ERC-721 assets with per-model RoyaltyToken clones, their ratings, and royalty claims.
type ModelLibrary struct {
	c    *Conn
	addr common.Address
	abi  *bindings.ModelRegistry
	rt   *bindings.RoyaltyToken
}

// DeployModelLibrary deploys a ModelRegistry (which deploys its RoyaltyToken implementation) for the
// connection's market, with admin as the admin that may change the split.
func (c *Conn) DeployModelLibrary(ctx context.Context, admin *Account, split RoyaltySplit) (*ModelLibrary, error) {
	market := c.Suite().Market
	if market == (common.Address{}) {
		return nil, cohort.Errorf(cohort.EInvalid, "deploy model registry: no market (deploy or use a suite first)")
	}
	b := bindings.NewModelRegistry()
	code := append(common.FromHex(bindings.ModelRegistryMetaData.Bin), b.PackConstructor(market, admin.Addr, bindings.RoyaltySplit(split))...)
	addr, _, err := c.Deploy(ctx, admin, code, "ModelRegistry")
	if err != nil {
		return nil, extraRevert(err)
	}
	return c.ModelLibraryAt(addr), nil
}

// ModelLibraryAt returns a handle on a ModelRegistry deployed at addr.
func (c *Conn) ModelLibraryAt(addr common.Address) *ModelLibrary {
	return &ModelLibrary{c: c, addr: addr, abi: bindings.NewModelRegistry(), rt: bindings.NewRoyaltyToken()}
}

// ModelLibrary returns a handle on the suite's ModelRegistry (cohort.ENotFound when it has none).
func (c *Conn) ModelLibrary() (*ModelLibrary, error) {
	addr := c.Suite().ModelRegistry
	if addr == (common.Address{}) {
		return nil, cohort.Errorf(cohort.ENotFound, "the suite has no model registry (redeploy with `cohort chain deploy`)")
	}
	return c.ModelLibraryAt(addr), nil
}

// Address returns the registry's address.
func (l *ModelLibrary) Address() common.Address { return l.addr }

func (l *ModelLibrary) send(ctx context.Context, from *Account, to common.Address, data []byte, what string) (*types.Receipt, error) {
	r, err := l.c.Send(ctx, from, Tx{To: to, Data: data, What: what})
	return r, extraRevert(err)
}

func (l *ModelLibrary) call(ctx context.Context, to common.Address, data []byte, what string) ([]byte, error) {
	out, err := l.c.Call(ctx, to, data, what)
	return out, extraRevert(err)
}

// Declare records, for a task still open for bids, the listed model it fine-tunes (0 for none) and its
// subnet (0 for none); the task's publisher only, once.
func (l *ModelLibrary) Declare(ctx context.Context, publisher *Account, task *big.Int, baseModel, subnet uint64) (*types.Receipt, error) {
	return l.send(ctx, publisher, l.addr, l.abi.PackDeclare(task, baseModel, subnet), "declare base model")
}

// DeclareData records the task's data owners and the samples each contributed; the task's coordinator
// only, once, after selection and before settlement.
func (l *ModelLibrary) DeclareData(ctx context.Context, coordinator *Account, task *big.Int, owners []common.Address, samples []uint64) (*types.Receipt, error) {
	if len(owners) != len(samples) {
		return nil, cohort.Errorf(cohort.EInvalid, "declare data: %d owners, %d sample counts", len(owners), len(samples))
	}
	s := make([]*big.Int, len(samples))
	for i, n := range samples {
		s[i] = new(big.Int).SetUint64(n)
	}
	return l.send(ctx, coordinator, l.addr, l.abi.PackDeclareData(task, owners, s), "declare data owners")
}

// Mint mints a settled, accepted task's final model (anyone may): it reads the last RoundCommitted
// event (CID, participants, epsilon) and the validators' Attested events, and the contract checks them
// against the market. The model id is the task id.
func (l *ModelLibrary) Mint(ctx context.Context, from *Account, task *big.Int) (*types.Receipt, error) {
	last, validators, err := l.taskEvidence(ctx, task)
	if err != nil {
		return nil, err
	}
	return l.send(ctx, from, l.addr, l.abi.PackMint(task, last.ModelCid, last.Participants, last.Epsilon, validators), "mint model")
}

// taskEvidence reads the task's last RoundCommitted event and its attesting validators in increasing
// address order.
func (l *ModelLibrary) taskEvidence(ctx context.Context, task *big.Int) (*bindings.TaskMarketRoundCommitted, []common.Address, error) {
	m := l.c.k.market
	evs := m.GetABI().Events
	q := ethereum.FilterQuery{FromBlock: new(big.Int), Addresses: []common.Address{l.c.Suite().Market},
		Topics: [][]common.Hash{{evs[EvRoundCommitted].ID, evs[EvAttested].ID}, {common.BigToHash(task)}}}
	var logs []types.Log
	err := l.c.retry(ctx, "task evidence", func(ctx context.Context) error {
		var err error
		logs, err = l.c.b.FilterLogs(ctx, q)
		return err
	})
	if err != nil {
		return nil, nil, wrap(cohort.EUnavailable, "read the task's rounds and attestations", err)
	}
	var last *bindings.TaskMarketRoundCommitted
	var vals []common.Address
	for i := range logs {
		if logs[i].Removed {
			continue
		}
		if ev, err := m.UnpackRoundCommittedEvent(&logs[i]); err == nil {
			if last == nil || ev.Round > last.Round {
				last = ev
			}
		} else if ev, err := m.UnpackAttestedEvent(&logs[i]); err == nil {
			vals = append(vals, ev.Validator)
		}
	}
	if last == nil {
		return nil, nil, cohort.Errorf(cohort.EConflict, "task %v has no committed round", task)
	}
	sort.Slice(vals, func(i, j int) bool { return bytes.Compare(vals[i][:], vals[j][:]) < 0 })
	return last, vals, nil
}

// Shareholder is one entry of a model's initial royalty allocation.
type Shareholder struct {
	Address common.Address `json:"address"`
	Shares  Amount         `json:"shares"`
}

// Model is a listed model.
type Model struct {
	ID           uint64         `json:"id"`
	CID          []byte         `json:"-"` // binary CID; the CLI prints its string form
	TaskID       uint64         `json:"task_id"`
	RoyaltyToken common.Address `json:"royalty_token"`
	Subnet       uint64         `json:"subnet"`
	BaseModel    uint64         `json:"base_model"`
	// Score is the validators' attested median metric on hold-out data, basis points.
	Score        uint32        `json:"score_bps"`
	Ratings      uint32        `json:"ratings"`
	Rating       float64       `json:"rating"` // mean of the ratings, 0 when none
	Contributors []Shareholder `json:"contributors"`
}

// Model reads a listed model and its royalty allocation (cohort.ENotFound when unknown).
func (l *ModelLibrary) Model(ctx context.Context, id uint64) (Model, error) {
	out, err := l.call(ctx, l.addr, l.abi.PackModel(new(big.Int).SetUint64(id)), "model")
	if err != nil {
		return Model{}, err
	}
	mi, err := l.abi.UnpackModel(out)
	if err != nil {
		return Model{}, fmt.Errorf("decode model: %w", err)
	}
	m := Model{ID: id, CID: mi.Cid, TaskID: mi.TaskId.Uint64(), RoyaltyToken: mi.RoyaltyToken, Subnet: mi.SubnetId,
		BaseModel: mi.BaseModelId, Score: mi.Metric, Ratings: mi.RatingCount}
	if mi.RatingCount != 0 {
		m.Rating = float64(mi.RatingSum) / float64(mi.RatingCount)
	}
	out, err = l.call(ctx, mi.RoyaltyToken, l.rt.PackAllocation(), "royalty allocation")
	if err != nil {
		return Model{}, err
	}
	alloc, err := l.rt.UnpackAllocation(out)
	if err != nil {
		return Model{}, fmt.Errorf("decode royalty allocation: %w", err)
	}
	for i, h := range alloc.Holders {
		m.Contributors = append(m.Contributors, Shareholder{Address: h, Shares: Amount{alloc.Shares[i]}})
	}
	return m, nil
}

// Models lists every listed model in mint order (from the registry's ModelMinted events: one filtered
// log query over the whole chain).
func (l *ModelLibrary) Models(ctx context.Context) ([]Model, error) {
	q := ethereum.FilterQuery{FromBlock: new(big.Int), Addresses: []common.Address{l.addr},
		Topics: [][]common.Hash{{l.abi.GetABI().Events["ModelMinted"].ID}}}
	var logs []types.Log
	err := l.c.retry(ctx, "minted models", func(ctx context.Context) error {
		var err error
		logs, err = l.c.b.FilterLogs(ctx, q)
		return err
	})
	if err != nil {
		return nil, wrap(cohort.EUnavailable, "read the minted models", err)
	}
	var models []Model
	for i := range logs {
		if logs[i].Removed {
			continue
		}
		ev, err := l.abi.UnpackModelMintedEvent(&logs[i])
		if err != nil {
			continue
		}
		m, err := l.Model(ctx, ev.ModelId.Uint64())
		if err != nil {
			return nil, err
		}
		models = append(models, m)
	}
	return models, nil
}

// Rate rates a listed model, 1..5, once per address.
func (l *ModelLibrary) Rate(ctx context.Context, from *Account, id uint64, stars uint8) (*types.Receipt, error) {
	if stars < 1 || stars > 5 {
		return nil, cohort.Errorf(cohort.EInvalid, "rating %d, want 1 to 5", stars)
	}
	return l.send(ctx, from, l.addr, l.abi.PackRate(new(big.Int).SetUint64(id), stars), "rate model")
}

// RoyaltyToken returns a listed model's royalty token.
func (l *ModelLibrary) RoyaltyToken(ctx context.Context, id uint64) (common.Address, error) {
	out, err := l.call(ctx, l.addr, l.abi.PackRoyaltyTokenOf(new(big.Int).SetUint64(id)), "royalty token")
	if err != nil {
		return common.Address{}, err
	}
	return l.abi.UnpackRoyaltyTokenOf(out)
}

// Royalty is a holder's position in one model's royalty token.
type Royalty struct {
	Model     uint64         `json:"model"`
	Token     common.Address `json:"royalty_token"`
	Holder    common.Address `json:"holder"`
	Shares    Amount         `json:"shares"`
	Claimable Amount         `json:"claimable"` // distributed and not yet withdrawn
	Pending   Amount         `json:"pending"`   // the holder's part of what arrived since the last distribution
	Withdrawn Amount         `json:"withdrawn"`
	// Undistributed is what arrived at the token since the last distribution (all holders).
	Undistributed Amount `json:"undistributed"`
}

// Royalty reads holder's shares and what it may claim of model id's royalties.
func (l *ModelLibrary) Royalty(ctx context.Context, id uint64, holder common.Address) (Royalty, error) {
	tok, err := l.RoyaltyToken(ctx, id)
	if err != nil {
		return Royalty{}, err
	}
	r := Royalty{Model: id, Token: tok, Holder: holder}
	get := func(data []byte, what string, unpack func([]byte) (*big.Int, error)) (*big.Int, error) {
		out, err := l.call(ctx, tok, data, what)
		if err != nil {
			return nil, err
		}
		return unpack(out)
	}
	var bal, acc *big.Int
	steps := []struct {
		dst  **big.Int
		data []byte
		what string
		f    func([]byte) (*big.Int, error)
	}{
		{&r.Shares.Int, l.rt.PackBalanceOf(holder), "royalty shares", l.rt.UnpackBalanceOf},
		{&r.Claimable.Int, l.rt.PackClaimable(holder), "claimable royalty", l.rt.UnpackClaimable},
		{&r.Withdrawn.Int, l.rt.PackWithdrawn(holder), "withdrawn royalty", l.rt.UnpackWithdrawn},
		{&acc, l.rt.PackAccounted(), "royalty accounted", l.rt.UnpackAccounted},
	}
	for _, s := range steps {
		if *s.dst, err = get(s.data, s.what, s.f); err != nil {
			return Royalty{}, err
		}
	}
	if bal, err = l.c.TokenBalance(ctx, tok); err != nil {
		return Royalty{}, err
	}
	pending := new(big.Int).Sub(bal, acc)
	r.Undistributed = Amount{new(big.Int).Set(pending)}
	r.Pending = Amount{pending.Div(pending.Mul(pending, r.Shares.Int), RoyaltyShares)}
	return r, nil
}

// Claim withdraws amount of the caller's share of model id's royalties (nil: everything it may),
// distributing first what arrived since the last distribution (a separate transaction, only when
// something is pending). A claim beyond the share reverts with ClaimExceedsShare.
func (l *ModelLibrary) Claim(ctx context.Context, from *Account, id uint64, amount *big.Int) (*types.Receipt, error) {
	r, err := l.Royalty(ctx, id, from.Addr)
	if err != nil {
		return nil, err
	}
	if r.Undistributed.Sign() > 0 {
		if _, err := l.Distribute(ctx, from, id); err != nil {
			return nil, err
		}
	}
	data := l.rt.PackClaimAll()
	if amount != nil {
		data = l.rt.PackClaim(amount)
	}
	return l.send(ctx, from, r.Token, data, "claim royalty")
}

// Distribute adds what arrived at model id's royalty token since the last distribution to its holders'
// claimable amounts. Anyone may call.
func (l *ModelLibrary) Distribute(ctx context.Context, from *Account, id uint64) (*types.Receipt, error) {
	tok, err := l.RoyaltyToken(ctx, id)
	if err != nil {
		return nil, err
	}
	return l.send(ctx, from, tok, l.rt.PackDistribute(), "distribute royalty")
}

// Claimed returns the amount a claim receipt paid (its Claimed event), zero when none.
func (l *ModelLibrary) Claimed(r *types.Receipt) *big.Int {
	paid := new(big.Int)
	for _, lg := range r.Logs {
		if ev, err := l.rt.UnpackClaimedEvent(lg); err == nil {
			paid.Add(paid, ev.Amount)
		}
	}
	return paid
}

// Collect moves base model's royalty from the fine-tuned model child (the base's royalty token holds
// part of child's shares) to the base's holders. Anyone may call.
func (l *ModelLibrary) Collect(ctx context.Context, from *Account, base, child uint64) (*types.Receipt, error) {
	bt, err := l.RoyaltyToken(ctx, base)
	if err != nil {
		return nil, err
	}
	ct, err := l.RoyaltyToken(ctx, child)
	if err != nil {
		return nil, err
	}
	return l.send(ctx, from, bt, l.rt.PackCollect(ct), "collect base royalty")
}

// PayRoyalty pays amount of the suite's token to model id's holders (an inference fee earned off
// chain): a transfer to its royalty token, then a distribution.
func (l *ModelLibrary) PayRoyalty(ctx context.Context, from *Account, id uint64, amount *big.Int) (*types.Receipt, error) {
	tok, err := l.RoyaltyToken(ctx, id)
	if err != nil {
		return nil, err
	}
	if _, err := l.c.Transfer(ctx, from, tok, amount); err != nil {
		return nil, err
	}
	return l.Distribute(ctx, from, id)
}

// SetRoyalty routes bps of every fee the oracle pays for modelID to payee (a model's royalty token;
// zero payee and bps remove it). Registrar role.
func (o *InferenceOracle) SetRoyalty(ctx context.Context, from *Account, modelID common.Hash, payee common.Address, bps uint16) (*types.Receipt, error) {
	return o.send(ctx, from, o.abi.PackSetRoyalty(modelID, payee, bps), "set oracle royalty")
}

// EnsureMinted mints the settled task's model unless it is listed already, and returns its id (the
// task id). A task below its threshold is never listed (NotAccepted).
func (l *ModelLibrary) EnsureMinted(ctx context.Context, from *Account, task *big.Int) (uint64, error) {
	id := task.Uint64()
	if _, err := l.Model(ctx, id); err == nil {
		return id, nil
	} else if cohort.Code(err) != cohort.ENotFound {
		return 0, err
	}
	if _, err := l.Mint(ctx, from, task); err != nil && RevertName(err) != "AlreadyMinted" {
		return 0, err
	}
	return id, nil
}
