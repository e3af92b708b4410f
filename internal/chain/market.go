package chain

import (
	"context"
	"fmt"
	"math"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/chain/bindings"
)

// TaskSpec is what a publisher states about a task. Deadlines are absolute times.
type TaskSpec struct {
	ModelSpecHash     common.Hash    `json:"model_spec_hash"`
	DataSchemaHash    common.Hash    `json:"data_schema_hash"`
	Budget            *big.Int       `json:"budget"`
	MaxHourlyRate     *big.Int       `json:"max_hourly_rate"`
	BiddingDeadline   time.Time      `json:"bidding_deadline"`
	ExecutionDeadline time.Time      `json:"execution_deadline"`
	MinReputation     uint16         `json:"min_reputation_bps"`
	MetricID          uint16         `json:"metric_id"`
	MetricThreshold   uint32         `json:"metric_threshold"`
	MinCPUCores       uint16         `json:"min_cpu_cores"`
	MinMemoryMB       uint32         `json:"min_memory_mb"`
	MinGPUCount       uint16         `json:"min_gpu_count"`
	MaxNodes          uint8          `json:"max_nodes"`
	BonusBps          uint16         `json:"bonus_bps"`
	Scheduler         uint8          `json:"scheduler"`
	Coordinator       common.Address `json:"coordinator"`
	// EpsilonBudget is the task's differential-privacy budget (ε, 0 = none) at Delta: the market
	// refuses a round commitment whose cumulative ε exceeds it.
	EpsilonBudget float64 `json:"epsilon_budget,omitempty"`
	Delta         float64 `json:"delta,omitempty"`
	// Rounds is the number of planned rounds (at least 1): each node's pay is its bid prorated by the
	// rounds it contributed to over these, and the publisher is refunded the rest.
	Rounds uint16 `json:"rounds"`
}

// MaxMetric is the top of the market's metric range: metrics are basis points of their unit range
// (accuracy 0..10000).
const MaxMetric = 10_000

// MaxTaskNodes is the most nodes a task may select (the market's MAX_NODES).
const MaxTaskNodes = 64

// Validate checks what the contract would reject, so a CLI user gets the message before signing.
func (s TaskSpec) Validate() error {
	switch {
	case s.Budget == nil || s.Budget.Sign() <= 0:
		return cohort.Errorf(cohort.EInvalid, "task budget must be positive")
	case s.Budget.BitLen() > 96:
		return cohort.Errorf(cohort.EInvalid, "task budget %s does not fit in 96 bits", s.Budget)
	case s.MaxHourlyRate == nil || s.MaxHourlyRate.Sign() <= 0 || s.MaxHourlyRate.BitLen() > 96:
		return cohort.Errorf(cohort.EInvalid, "task max hourly rate must be positive and fit in 96 bits")
	case !s.ExecutionDeadline.After(s.BiddingDeadline):
		return cohort.Errorf(cohort.EInvalid, "execution deadline must come after the bidding deadline")
	case s.ExecutionDeadline.Unix() > math.MaxUint32:
		return cohort.Errorf(cohort.EInvalid, "execution deadline out of range")
	case s.MaxNodes == 0 || s.MaxNodes > MaxTaskNodes:
		return cohort.Errorf(cohort.EInvalid, "max nodes %d, want 1..%d", s.MaxNodes, MaxTaskNodes)
	case s.MetricThreshold > MaxMetric:
		return cohort.Errorf(cohort.EInvalid, "metric threshold %d over %d (basis points)", s.MetricThreshold, MaxMetric)
	case s.Rounds == 0:
		return cohort.Errorf(cohort.EInvalid, "a task plans at least one round")
	case s.BonusBps > 5000:
		return cohort.Errorf(cohort.EInvalid, "bonus %d bps over the 5000 bps limit", s.BonusBps)
	case s.MinReputation > 10000:
		return cohort.Errorf(cohort.EInvalid, "min reputation %d bps over 10000", s.MinReputation)
	case s.EpsilonBudget < 0 || (s.EpsilonBudget > 0) != (s.Delta > 0):
		return cohort.Errorf(cohort.EInvalid, "privacy budget: epsilon %v and delta %v, want both > 0 or both 0", s.EpsilonBudget, s.Delta)
	}
	if _, err := EpsilonFixed(s.EpsilonBudget); err != nil {
		return err
	}
	_, err := DeltaFixed(s.Delta)
	return err
}

func (s TaskSpec) params() bindings.TaskParams {
	eps, _ := EpsilonFixed(s.EpsilonBudget) // checked by Validate
	delta, _ := DeltaFixed(s.Delta)
	return bindings.TaskParams{EpsilonBudget: eps, PrivacyDelta: delta,
		ModelSpecHash: s.ModelSpecHash, DataSchemaHash: s.DataSchemaHash, Budget: s.Budget,
		MaxHourlyRate: s.MaxHourlyRate, BiddingDeadline: uint32(s.BiddingDeadline.Unix()),
		ExecutionDeadline: uint32(s.ExecutionDeadline.Unix()), MinReputation: s.MinReputation,
		MetricId: s.MetricID, MetricThreshold: s.MetricThreshold, MinCpuCores: s.MinCPUCores,
		MinMemoryMB: s.MinMemoryMB, MinGpuCount: s.MinGPUCount, MaxNodes: s.MaxNodes, BonusBps: s.BonusBps,
		SchedulerId: s.Scheduler, Coordinator: s.Coordinator, Rounds: s.Rounds,
	}
}

// Publish approves the market for the budget, publishes the task and returns its id with the publish
// transaction's receipt.
func (c *Conn) Publish(ctx context.Context, from *Account, spec TaskSpec) (*big.Int, *types.Receipt, error) {
	if err := spec.Validate(); err != nil {
		return nil, nil, err
	}
	m := c.Suite().Market
	if _, err := c.Approve(ctx, from, m, spec.Budget); err != nil {
		return nil, nil, err
	}
	r, err := c.Send(ctx, from, Tx{To: m, Data: c.k.market.PackPublish(spec.params()), What: "publish task"})
	if err != nil {
		return nil, nil, err
	}
	for _, l := range r.Logs {
		if ev, err := c.k.market.UnpackTaskPublishedEvent(l); err == nil && l.Address == m {
			return ev.TaskId, r, nil
		}
	}
	return nil, r, cohort.Errorf(cohort.EInternal, "publish: no TaskPublished event in %s", r.TxHash.Hex())
}

func (c *Conn) marketTx(ctx context.Context, from *Account, data []byte, what string) (*types.Receipt, error) {
	return c.Send(ctx, from, Tx{To: c.Suite().Market, Data: data, What: what})
}

// Bid bids on a task as a trainer; the market bonds its bid bond (BidBond) from the node's free stake
// until the bid ends (WithdrawBid, or the task's final state for a selected node).
func (c *Conn) Bid(ctx context.Context, from *Account, task, rate *big.Int, hours uint32) (*types.Receipt, error) {
	return c.marketTx(ctx, from, c.k.market.PackBid(task, rate, hours), "bid")
}

// MarketStakes returns the market's per-task trainer bond and the validators' minimum free stake.
func (c *Conn) MarketStakes(ctx context.Context) (trainerBond, validatorStake *big.Int, err error) {
	m := c.Suite().Market
	out, err := c.Call(ctx, m, c.k.market.PackTrainerBond(), "trainer bond")
	if err != nil {
		return nil, nil, err
	}
	if trainerBond, err = c.k.market.UnpackTrainerBond(out); err != nil {
		return nil, nil, fmt.Errorf("decode trainer bond: %w", err)
	}
	if out, err = c.Call(ctx, m, c.k.market.PackValidatorStake(), "validator stake"); err != nil {
		return nil, nil, err
	}
	if validatorStake, err = c.k.market.UnpackValidatorStake(out); err != nil {
		return nil, nil, fmt.Errorf("decode validator stake: %w", err)
	}
	return trainerBond, validatorStake, nil
}

// BidBond returns the stake the market bonds with every bid.
func (c *Conn) BidBond(ctx context.Context) (*big.Int, error) {
	out, err := c.Call(ctx, c.Suite().Market, c.k.market.PackBidBond(), "bid bond")
	if err != nil {
		return nil, err
	}
	return c.k.market.UnpackBidBond(out)
}

// WithdrawBid withdraws the account's bid while the task is open, or releases its bid bond after the
// task selected other nodes, was cancelled or expired; the bond returns to the node's free stake.
func (c *Conn) WithdrawBid(ctx context.Context, from *Account, task *big.Int) (*types.Receipt, error) {
	return c.marketTx(ctx, from, c.k.market.PackWithdrawBid(task), "withdraw bid")
}

// SlashContributor slashes a selected node's task bond to the treasury for proven cheating; the node
// is not paid for the task (arbiter). The hook a training-verification game resolves into.
func (c *Conn) SlashContributor(ctx context.Context, from *Account, task *big.Int, node common.Address) (*types.Receipt, error) {
	return c.marketTx(ctx, from, c.k.market.PackSlashContributor(task, node), "slash contributor")
}

// SetPaused pauses (or resumes) new publishes and bids on the market; withdrawals, settlements,
// refunds and dispute moves go on. The account needs the market's guardian role.
func (c *Conn) SetPaused(ctx context.Context, guardian *Account, paused bool) (*types.Receipt, error) {
	return c.marketTx(ctx, guardian, c.k.market.PackSetPaused(paused), "set market paused")
}

// MarketPaused reports whether the market's guardian paused new publishes and bids.
func (c *Conn) MarketPaused(ctx context.Context) (bool, error) {
	out, err := c.Call(ctx, c.Suite().Market, c.k.market.PackPaused(), "market paused")
	if err != nil {
		return false, err
	}
	return c.k.market.UnpackPaused(out)
}

// ContributedRounds returns how many committed rounds of a task a node contributed to (what settlement
// pays it for).
func (c *Conn) ContributedRounds(ctx context.Context, task *big.Int, node common.Address) (uint64, error) {
	out, err := c.Call(ctx, c.Suite().Market, c.k.market.PackContributedRounds(task, node), "contributed rounds")
	if err != nil {
		return 0, err
	}
	n, err := c.k.market.UnpackContributedRounds(out)
	if err != nil {
		return 0, fmt.Errorf("decode contributed rounds: %w", err)
	}
	return n.Uint64(), nil
}

// RoundCommitment is what the market records for a round, keccak256(abi.encode(modelCid, participants,
// epsilon)) with epsilon x 1e6: a validator computes it from the RoundCommitted event it checked and
// passes it to Attest.
func RoundCommitment(modelCID []byte, participants []common.Address, epsilon uint64) common.Hash {
	bytesT, _ := abi.NewType("bytes", "", nil)
	addrsT, _ := abi.NewType("address[]", "", nil)
	u64T, _ := abi.NewType("uint64", "", nil)
	if participants == nil {
		participants = []common.Address{}
	}
	enc, err := abi.Arguments{{Type: bytesT}, {Type: addrsT}, {Type: u64T}}.Pack(modelCID, participants, epsilon)
	if err != nil {
		panic(fmt.Sprintf("abi pack of fixed types: %v", err)) // a broken invariant: the types are constants
	}
	return crypto.Keccak256Hash(enc)
}

// LastRoundCommitment returns the commitment of a task's last committed round (zero before any).
func (c *Conn) LastRoundCommitment(ctx context.Context, task *big.Int) (common.Hash, error) {
	info, err := c.Task(ctx, task)
	if err != nil {
		return common.Hash{}, err
	}
	out, err := c.Call(ctx, c.Suite().Market, c.k.market.PackRoundCommitment(task, new(big.Int).SetUint64(uint64(info.Rounds))), "round commitment")
	if err != nil {
		return common.Hash{}, err
	}
	h, err := c.k.market.UnpackRoundCommitment(out)
	if err != nil {
		return common.Hash{}, fmt.Errorf("decode round commitment: %w", err)
	}
	return h, nil
}

// Select runs the task's scheduling strategy.
func (c *Conn) Select(ctx context.Context, from *Account, task *big.Int) (*types.Receipt, error) {
	return c.marketTx(ctx, from, c.k.market.PackSelect(task), "select")
}

// CommitRound commits one round's global model CID, participants and the task's cumulative ε after it
// (0 for a task without a privacy budget; EpsilonFixed rounds it up) (coordinator). The market refuses
// an ε above the task's budget (PrivacyBudgetExceeded) or below the last round's.
func (c *Conn) CommitRound(ctx context.Context, from *Account, task *big.Int, round uint32, cid []byte, participants []common.Address, epsilon float64) (*types.Receipt, error) {
	eps, err := EpsilonFixed(epsilon)
	if err != nil {
		return nil, fmt.Errorf("commit round %d: %w", round, err)
	}
	return c.marketTx(ctx, from, c.k.market.PackCommitRound(task, round, cid, participants, eps), "commit round")
}

// Attest attests the measured metric (basis points, 0..MaxMetric) of the model of the task's last
// committed round, whose commitment (RoundCommitment) the validator checked (validator).
func (c *Conn) Attest(ctx context.Context, from *Account, task *big.Int, commitment common.Hash, metric uint32) (*types.Receipt, error) {
	if metric > MaxMetric {
		return nil, cohort.Errorf(cohort.EInvalid, "metric %d over %d (basis points)", metric, MaxMetric)
	}
	return c.marketTx(ctx, from, c.k.market.PackAttest(task, commitment, metric), "attest")
}

// Dispute disputes an attested task inside its window (publisher).
func (c *Conn) Dispute(ctx context.Context, from *Account, task *big.Int) (*types.Receipt, error) {
	return c.marketTx(ctx, from, c.k.market.PackDispute(task), "dispute")
}

// ResolveDispute resolves a dispute (arbiter).
func (c *Conn) ResolveDispute(ctx context.Context, from *Account, task *big.Int, payNodes bool) (*types.Receipt, error) {
	return c.marketTx(ctx, from, c.k.market.PackResolveDispute(task, payNodes), "resolve dispute")
}

// Settle settles an attested task after its dispute window.
func (c *Conn) Settle(ctx context.Context, from *Account, task *big.Int) (*types.Receipt, error) {
	return c.marketTx(ctx, from, c.k.market.PackSettle(task), "settle")
}

// Cancel cancels an open task (publisher).
func (c *Conn) Cancel(ctx context.Context, from *Account, task *big.Int) (*types.Receipt, error) {
	return c.marketTx(ctx, from, c.k.market.PackCancel(task), "cancel")
}

// Expire refunds a task past its execution deadline.
func (c *Conn) Expire(ctx context.Context, from *Account, task *big.Int) (*types.Receipt, error) {
	return c.marketTx(ctx, from, c.k.market.PackExpire(task), "expire")
}

// Withdraw withdraws amount of the account's market balance.
func (c *Conn) Withdraw(ctx context.Context, from *Account, amount *big.Int) (*types.Receipt, error) {
	return c.marketTx(ctx, from, c.k.market.PackWithdraw(amount), "withdraw")
}

// PoolOwed returns the consensus pool's part of the settled fees that ValidatorConsensus has not
// collected yet.
func (c *Conn) PoolOwed(ctx context.Context) (*big.Int, error) {
	out, err := c.Call(ctx, c.Suite().Market, c.k.market.PackPoolOwed(), "market pool owed")
	if err != nil {
		return nil, err
	}
	return c.k.market.UnpackPoolOwed(out)
}

// PayOut pays each externally owned account in accounts its whole market balance in one transaction
// (anyone may send it; accounts with code and empty balances are skipped).
func (c *Conn) PayOut(ctx context.Context, from *Account, accounts []common.Address) (*types.Receipt, error) {
	return c.marketTx(ctx, from, c.k.market.PackPayOut(accounts), "pay out")
}

// MarketBalance returns an address's withdrawable market balance.
func (c *Conn) MarketBalance(ctx context.Context, who common.Address) (*big.Int, error) {
	out, err := c.Call(ctx, c.Suite().Market, c.k.market.PackBalanceOf(who), "market balance")
	if err != nil {
		return nil, err
	}
	return c.k.market.UnpackBalanceOf(out)
}

// TaskStatus names the market's task states.
var TaskStatus = [...]string{"none", "open", "selected", "attested", "disputed", "settled", "cancelled", "expired", "rejected"}

// Amount is a token amount in base units; JSON renders it as a decimal string, exact for any consumer.
type Amount struct{ *big.Int }

// MarshalJSON writes the amount as a decimal string.
func (a Amount) MarshalJSON() ([]byte, error) {
	if a.Int == nil {
		return []byte(`"0"`), nil
	}
	return []byte(`"` + a.Int.String() + `"`), nil
}

// BidInfo is one bid.
type BidInfo struct {
	Node       common.Address `json:"node"`
	Rate       Amount         `json:"rate"`
	Hours      uint32         `json:"hours"`
	Reputation uint16         `json:"reputation_bps"`
	Selected   bool           `json:"selected"`
}

// TaskInfo is a task's on-chain state.
type TaskInfo struct {
	ID                *big.Int       `json:"id"`
	Status            string         `json:"status"`
	Publisher         common.Address `json:"publisher"`
	Coordinator       common.Address `json:"coordinator"`
	Budget            Amount         `json:"budget"`
	MaxHourlyRate     Amount         `json:"max_hourly_rate"`
	BiddingDeadline   time.Time      `json:"bidding_deadline"`
	ExecutionDeadline time.Time      `json:"execution_deadline"`
	MetricID          uint16         `json:"metric_id"`
	MetricThreshold   uint32         `json:"metric_threshold"`
	MaxNodes          uint8          `json:"max_nodes"`
	BonusBps          uint16         `json:"bonus_bps"`
	Scheduler         uint8          `json:"scheduler"`
	ModelSpecHash     *common.Hash   `json:"model_spec_hash,omitempty"`  // from TaskPublished (TaskPublication): Task leaves it nil
	DataSchemaHash    *common.Hash   `json:"data_schema_hash,omitempty"` // from TaskPublished (TaskPublication): Task leaves it nil
	Rounds            uint32         `json:"rounds"`
	PlannedRounds     uint16         `json:"planned_rounds"`
	Quorum            uint8          `json:"quorum"`
	FeeBps            uint16         `json:"fee_bps"`
	DisputeWindow     uint32         `json:"dispute_window_s"`
	Disputed          bool           `json:"disputed,omitempty"`
	Attestations      uint8          `json:"attestations"`
	Metric            uint32         `json:"metric,omitempty"` // the quorum's stake-weighted median, basis points, once attested
	AttestedAt        uint32         `json:"attested_at,omitempty"`
	BaseTotal         Amount         `json:"base_total"`
	Fee               Amount         `json:"fee"`
	PaidTotal         Amount         `json:"paid_total"`
	Privacy           *Privacy       `json:"privacy,omitempty"` // a task with a privacy budget: it and the ε spent
	Bids              []BidInfo      `json:"bids"`
}

// Task reads a task's state with its bids: contract calls only, cheap enough for nodes to call on
// every event. The hashes its publication carries are read by TaskPublication.
func (c *Conn) Task(ctx context.Context, id *big.Int) (TaskInfo, error) {
	m := c.Suite().Market
	out, err := c.Call(ctx, m, c.k.market.PackGetTask(id), "get task")
	if err != nil {
		return TaskInfo{}, err
	}
	t, err := c.k.market.UnpackGetTask(out)
	if err != nil {
		return TaskInfo{}, fmt.Errorf("decode task: %w", err)
	}
	if t.Status == 0 {
		return TaskInfo{}, cohort.Errorf(cohort.ENotFound, "task %s does not exist", id)
	}
	if out, err = c.Call(ctx, m, c.k.market.PackGetProgress(id), "get progress"); err != nil {
		return TaskInfo{}, err
	}
	p, err := c.k.market.UnpackGetProgress(out)
	if err != nil {
		return TaskInfo{}, fmt.Errorf("decode progress: %w", err)
	}
	info := TaskInfo{ID: id, Publisher: t.Publisher, Coordinator: t.Coordinator, Budget: Amount{t.Budget},
		MaxHourlyRate: Amount{t.MaxHourlyRate}, BiddingDeadline: time.Unix(int64(t.BiddingDeadline), 0).UTC(),
		ExecutionDeadline: time.Unix(int64(t.ExecutionDeadline), 0).UTC(), MetricID: t.MetricId,
		MetricThreshold: t.MetricThreshold, MaxNodes: t.MaxNodes, BonusBps: t.BonusBps, Scheduler: t.SchedulerId,
		Rounds: p.Rounds, PlannedRounds: t.PlannedRounds, Quorum: t.Quorum, FeeBps: t.FeeBps, DisputeWindow: t.DisputeWindow,
		Disputed: p.Disputed, Attestations: p.AttestCount, AttestedAt: p.AttestedAt, Metric: p.Metric,
		BaseTotal: Amount{p.BaseTotal}, Fee: Amount{p.Fee}, PaidTotal: Amount{p.PaidTotal}}
	if int(t.Status) < len(TaskStatus) {
		info.Status = TaskStatus[t.Status]
	} else {
		info.Status = fmt.Sprintf("unknown(%d)", t.Status)
	}
	if pv, err := c.TaskPrivacy(ctx, id); err != nil {
		return info, err
	} else if pv.Budget != 0 {
		info.Privacy = &pv
	}
	for i := 0; i < int(t.BidCount); i++ {
		out, err := c.Call(ctx, m, c.k.market.PackGetBid(id, big.NewInt(int64(i))), "get bid")
		if err != nil {
			return info, err
		}
		b, err := c.k.market.UnpackGetBid(out)
		if err != nil {
			return info, fmt.Errorf("decode bid %d: %w", i, err)
		}
		info.Bids = append(info.Bids, BidInfo{Node: b.Node, Rate: Amount{b.Rate}, Hours: b.Hours, Reputation: b.Reputation,
			Selected: p.SelectedMask.Bit(i) == 1})
	}
	return info, nil
}
