package chain

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cohort-net/cohort"
)

// TrainerPlan is one trainer of a lifecycle run.
type TrainerPlan struct {
	Account *Account
	Profile NodeProfile // Roles default to trainer
	Stake   *big.Int    // registered with this stake when not yet registered; default the trainer bond plus the bid bond
	Rate    *big.Int    // bid rate per hour; default Profile.HourlyRate
	Hours   uint32      // estimated hours; default 1
}

// Plan describes a whole task on chain. Zero deadlines default to one hour of bidding and one day of
// execution from now.
type Plan struct {
	Admin          *Account // funds the others with tokens and gas when they lack them
	Publisher      *Account
	Coordinator    *Account // commits rounds; default Publisher
	Trainers       []TrainerPlan
	Validators     []*Account
	ValidatorStake *big.Int // default the market's validator stake
	Spec           TaskSpec // Spec.Rounds defaults to len(RoundCIDs)
	RoundCIDs      [][]byte // one per round, binary CIDs
	Metric         uint32   // what the validators attest, basis points
	// AdvanceTime moves chain time on the simulated backend; nil on a live chain, where the run waits
	// in real time (and seals a block with an empty transaction) when the dispute window is not zero.
	AdvanceTime func(time.Duration) error
	// Withdraw makes every payee withdraw its balance at the end.
	Withdraw bool
	// PayOut (with Withdraw) has the publisher withdraw its refund and pay every other payee out in one
	// payOut transaction ("payout") instead of a withdrawal each.
	PayOut bool
}

// Payment is one node's pay in a Summary.
type Payment struct {
	Node   string `json:"node"`
	Amount string `json:"amount"`
}

// Summary is the on-chain outcome of a task: token base units as decimal strings, with
// PaidTotal + Fees + Refund == Budget (the validators' pay is part of Fees).
type Summary struct {
	ChainID   string    `json:"chain_id"`
	TaskID    string    `json:"task_id"`
	Budget    string    `json:"budget"`
	PaidTotal string    `json:"paid_total"`
	Fees      string    `json:"fees"`
	Refund    string    `json:"refund"`
	Payments  []Payment `json:"payments"`
	// ValidatorPayments are the validators' shares of the fee (those that agreed with the result).
	ValidatorPayments []Payment `json:"validator_payments,omitempty"`
	// Gas is gas used per step ("publish", "bid", "select", "commit_round", "attest", "settle",
	// "withdraw"; steps done several times are summed, Count says how often) and "total".
	Gas   map[string]uint64 `json:"gas"`
	Count map[string]int    `json:"-"`
}

// RunTask runs a whole training task on chain: funds and registers the trainers and validators that are
// not registered yet, publishes with escrow, bids, selects, commits every round, attests, settles after
// the dispute window, and (with Plan.Withdraw) withdraws every balance.
func (c *Conn) RunTask(ctx context.Context, p Plan) (Summary, error) {
	run, err := c.OpenTask(ctx, p)
	if err != nil {
		return run.Summary(), err
	}
	for i, cid := range p.RoundCIDs {
		if err := run.CommitRound(ctx, uint32(i+1), cid); err != nil {
			return run.Summary(), err
		}
	}
	return run.Finish(ctx, p.Metric)
}

// TaskRun is one task on chain, driven step by step beside the off-chain work: OpenTask before training
// (registration, escrow, bids, selection), CommitRound as each round closes, Finish with the validators'
// measured metric (attestation, dispute window, settlement, withdrawals).
type TaskRun struct {
	c        *Conn
	p        Plan
	coord    *Account
	id       *big.Int
	selected []common.Address
	last     common.Hash // the last committed round's commitment
	sum      Summary
}

// ID returns the task's id on chain.
func (t *TaskRun) ID() *big.Int { return new(big.Int).Set(t.id) }

// Selected returns the nodes the task's scheduler selected.
func (t *TaskRun) Selected() []common.Address { return append([]common.Address(nil), t.selected...) }

// Summary returns what the run has spent and paid so far.
func (t *TaskRun) Summary() Summary { return t.sum }

func (t *TaskRun) track(step string, r *types.Receipt) {
	if r != nil {
		t.sum.Gas[step] += r.GasUsed
		t.sum.Count[step]++
		t.sum.Gas["total"] += r.GasUsed
	}
}

// OpenTask registers and funds the plan's nodes where needed, publishes the task with its budget in
// escrow, has every trainer bid and the publisher select.
func (c *Conn) OpenTask(ctx context.Context, p Plan) (*TaskRun, error) {
	t := &TaskRun{c: c, p: p, sum: Summary{ChainID: c.chainID.String(), Gas: map[string]uint64{}, Count: map[string]int{}}}
	if p.Publisher == nil || len(p.Trainers) == 0 || len(p.Validators) == 0 {
		return t, cohort.Errorf(cohort.EInvalid, "a task needs a publisher, trainers and validators")
	}
	t.coord = p.Coordinator
	if t.coord == nil {
		t.coord = p.Publisher
	}
	spec := p.Spec
	spec.Coordinator = t.coord.Addr
	if spec.BiddingDeadline.IsZero() || spec.ExecutionDeadline.IsZero() {
		now, err := c.HeadTime(ctx)
		if err != nil {
			return t, err
		}
		spec.BiddingDeadline = now.Add(time.Hour)
		spec.ExecutionDeadline = now.Add(24 * time.Hour)
	}
	if spec.MaxNodes == 0 {
		spec.MaxNodes = uint8(min(len(p.Trainers), MaxTaskNodes))
	}
	if spec.Rounds == 0 {
		spec.Rounds = uint16(max(1, min(len(p.RoundCIDs), 65535)))
	}
	bond, vstake, err := c.MarketStakes(ctx)
	if err != nil {
		return t, err
	}
	if p.ValidatorStake == nil {
		p.ValidatorStake = vstake
	}
	bidBond, err := c.BidBond(ctx)
	if err != nil {
		return t, err
	}
	if err := spec.Validate(); err != nil {
		return t, err
	}

	// Registration (not counted in the task's gas).
	if err := c.registerPlan(ctx, p, t.coord, spec.Budget, new(big.Int).Add(bond, bidBond)); err != nil {
		return t, err
	}

	// Publish: the approval is part of what a publisher pays.
	r, err := c.Approve(ctx, p.Publisher, c.Suite().Market, spec.Budget)
	if err != nil {
		return t, err
	}
	t.track("approve", r)
	r, err = c.Send(ctx, p.Publisher, Tx{To: c.Suite().Market, Data: c.k.market.PackPublish(spec.params()), What: "publish task"})
	if err != nil {
		return t, err
	}
	t.track("publish", r)
	for _, l := range r.Logs {
		if ev, err := c.k.market.UnpackTaskPublishedEvent(l); err == nil {
			t.id = ev.TaskId
		}
	}
	if t.id == nil {
		return t, cohort.Errorf(cohort.EInternal, "publish: no TaskPublished event")
	}
	t.sum.TaskID, t.sum.Budget = t.id.String(), spec.Budget.String()

	for _, tr := range p.Trainers {
		rate := tr.Rate
		if rate == nil {
			rate = tr.Profile.HourlyRate
		}
		hours := tr.Hours
		if hours == 0 {
			hours = 1
		}
		r, err := c.Bid(ctx, tr.Account, t.id, rate, hours)
		if err != nil {
			return t, err
		}
		t.track("bid", r)
	}
	if r, err = c.Select(ctx, p.Publisher, t.id); err != nil {
		return t, err
	}
	t.track("select", r)
	info, err := c.Task(ctx, t.id)
	if err != nil {
		return t, err
	}
	for _, b := range info.Bids {
		if b.Selected {
			t.selected = append(t.selected, b.Node)
		}
	}
	return t, nil
}

// registerPlan registers and stakes the plan's trainers (trainerStake each unless the plan says) and
// validators where needed, and funds the publisher with the budget and the coordinator with gas.
func (c *Conn) registerPlan(ctx context.Context, p Plan, coord *Account, budget, trainerStake *big.Int) error {
	for _, tr := range p.Trainers {
		prof := tr.Profile
		if len(prof.Roles) == 0 {
			prof.Roles = []cohort.Role{cohort.RoleTrainer}
		}
		if prof.Endpoint == "" {
			prof.Endpoint = "http://127.0.0.1/" + tr.Account.Addr.Hex()
		}
		stake := tr.Stake
		if stake == nil {
			stake = trainerStake
		}
		if err := c.ensureNode(ctx, p.Admin, tr.Account, prof, stake); err != nil {
			return err
		}
	}
	for _, v := range p.Validators {
		prof := NodeProfile{Roles: []cohort.Role{cohort.RoleValidator}, Endpoint: "http://127.0.0.1/" + v.Addr.Hex()}
		if err := c.ensureNode(ctx, p.Admin, v, prof, p.ValidatorStake); err != nil {
			return err
		}
	}
	if err := c.ensureFunds(ctx, p.Admin, p.Publisher, budget); err != nil {
		return err
	}
	if coord != p.Publisher {
		if err := c.ensureFunds(ctx, p.Admin, coord, nil); err != nil {
			return err
		}
	}
	return nil
}

// CommitRound records round's global model CID (binary form) and the selected participants.
func (t *TaskRun) CommitRound(ctx context.Context, round uint32, cid []byte) error {
	r, err := t.c.CommitRound(ctx, t.coord, t.id, round, cid, t.selected, 0)
	if err != nil {
		return err
	}
	t.last = RoundCommitment(cid, t.selected, 0)
	t.track("commit_round", r)
	return nil
}

// Finish has the validators attest metric until the quorum is reached, waits out the dispute window,
// settles, and (with Plan.Withdraw) withdraws every balance.
func (t *TaskRun) Finish(ctx context.Context, metric uint32) (Summary, error) {
	c, p := t.c, t.p
	var info TaskInfo
	for _, v := range p.Validators {
		r, err := c.Attest(ctx, v, t.id, t.last, metric)
		if err != nil {
			return t.sum, err
		}
		t.track("attest", r)
		if info, err = c.Task(ctx, t.id); err != nil {
			return t.sum, err
		}
		if info.Status == "attested" {
			break
		}
	}
	if info.Status != "attested" {
		return t.sum, cohort.Errorf(cohort.EConflict, "task %s: %d attestations did not reach the quorum", t.id, len(p.Validators))
	}
	if err := c.waitDisputeWindow(ctx, p, info); err != nil {
		return t.sum, err
	}
	r, err := c.Settle(ctx, p.Publisher, t.id)
	if err != nil {
		return t.sum, err
	}
	t.track("settle", r)
	payees := map[common.Address]bool{}
	for _, l := range r.Logs {
		if ev, err := c.k.market.UnpackPaidEvent(l); err == nil {
			t.sum.Payments = append(t.sum.Payments, Payment{Node: ev.Node.Hex(), Amount: ev.Amount.String()})
			payees[ev.Node] = true
		}
		if ev, err := c.k.market.UnpackValidatorPaidEvent(l); err == nil {
			t.sum.ValidatorPayments = append(t.sum.ValidatorPayments, Payment{Node: ev.Validator.Hex(), Amount: ev.Amount.String()})
			payees[ev.Validator] = true
		}
		if ev, err := c.k.market.UnpackTaskSettledEvent(l); err == nil {
			t.sum.PaidTotal, t.sum.Fees, t.sum.Refund = ev.PaidTotal.String(), ev.Fee.String(), ev.Refund.String()
		}
	}
	if t.sum.PaidTotal == "" {
		return t.sum, cohort.Errorf(cohort.EInternal, "settle: no TaskSettled event")
	}
	if p.Withdraw {
		accounts := []*Account{p.Publisher}
		for _, tr := range p.Trainers {
			if payees[tr.Account.Addr] {
				accounts = append(accounts, tr.Account)
			}
		}
		for _, v := range p.Validators {
			if payees[v.Addr] {
				accounts = append(accounts, v)
			}
		}
		if p.PayOut {
			others := make([]common.Address, 0, len(accounts)-1)
			for _, a := range accounts[1:] {
				others = append(others, a.Addr)
			}
			if r, err = c.PayOut(ctx, p.Publisher, others); err != nil {
				return t.sum, err
			}
			t.track("payout", r)
			accounts = accounts[:1]
		}
		for _, a := range accounts {
			bal, err := c.MarketBalance(ctx, a.Addr)
			if err != nil {
				return t.sum, err
			}
			if bal.Sign() == 0 {
				continue
			}
			if r, err = c.Withdraw(ctx, a, bal); err != nil {
				return t.sum, err
			}
			t.track("withdraw", r)
		}
	}
	return t.sum, nil
}

// HeadTime returns the latest block's timestamp.
func (c *Conn) HeadTime(ctx context.Context) (time.Time, error) {
	var h *types.Header
	err := c.retry(ctx, "head", func(ctx context.Context) error {
		var err error
		h, err = c.b.HeaderByNumber(ctx, nil)
		return err
	})
	if err != nil {
		return time.Time{}, wrap(cohort.EUnavailable, "read head", err)
	}
	return time.Unix(int64(h.Time), 0), nil
}

func (c *Conn) waitDisputeWindow(ctx context.Context, p Plan, info TaskInfo) error {
	out, err := c.Call(ctx, c.Suite().Market, c.k.market.PackDisputeWindow(), "dispute window")
	if err != nil {
		return err
	}
	window, err := c.k.market.UnpackDisputeWindow(out)
	if err != nil {
		return fmt.Errorf("decode dispute window: %w", err)
	}
	if window == 0 {
		return nil
	}
	until := time.Unix(int64(info.AttestedAt)+int64(window), 0)
	if p.AdvanceTime != nil {
		return p.AdvanceTime(time.Duration(window)*time.Second + time.Second)
	}
	return c.WaitChainTime(ctx, p.Publisher, uint64(until.Unix()))
}

// ensureNode registers acct with prof and stake unless it is registered, funding it from admin first.
func (c *Conn) ensureNode(ctx context.Context, admin, acct *Account, prof NodeProfile, stake *big.Int) error {
	n, err := c.Node(ctx, acct.Addr)
	if err != nil {
		return err
	}
	if n.Registered {
		return nil
	}
	if err := c.ensureFunds(ctx, admin, acct, stake); err != nil {
		return err
	}
	_, err = c.Register(ctx, acct, prof, stake)
	return err
}

// ensureFunds gives acct gas money (10 ether when it has less than 1) and tokens up to want, from admin.
func (c *Conn) ensureFunds(ctx context.Context, admin, acct *Account, want *big.Int) error {
	if admin == nil || admin == acct {
		return nil
	}
	var eth *big.Int
	err := c.retry(ctx, "balance", func(ctx context.Context) error {
		var err error
		eth, err = c.b.BalanceAt(ctx, acct.Addr, nil)
		return err
	})
	if err != nil {
		return wrap(cohort.EUnavailable, fmt.Sprintf("balance of %s", acct.Addr.Hex()), err)
	}
	if eth.Cmp(Ether) < 0 {
		if _, err := c.SendETH(ctx, admin, acct.Addr, Tokens(10)); err != nil {
			return err
		}
	}
	if want == nil || want.Sign() == 0 {
		return nil
	}
	have, err := c.TokenBalance(ctx, acct.Addr)
	if err != nil {
		return err
	}
	if have.Cmp(want) < 0 {
		if _, err := c.Transfer(ctx, admin, acct.Addr, new(big.Int).Sub(want, have)); err != nil {
			return err
		}
	}
	return nil
}
