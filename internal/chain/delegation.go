package chain

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/chain/bindings"
)

// DelegationMaxCommissionBps is Delegation's MAX_COMMISSION_BPS.
const DelegationMaxCommissionBps = 5000

// Delegation is a connection's handle on the suite's Delegation contract: token holders delegate stake
// to nodes, share their rewards after a commission, undelegate through the registry's unbonding delay
// and bear slashes pro rata.
type Delegation struct {
	c    *Conn
	addr common.Address
	abi  *bindings.Delegation
}

// Delegations returns a handle on the suite's Delegation contract (cohort.ENotFound when none).
func (c *Conn) Delegations() (*Delegation, error) {
	addr := c.Suite().Delegation
	if addr == (common.Address{}) {
		return nil, cohort.Errorf(cohort.ENotFound, "the suite has no Delegation contract (redeploy with `cohort chain deploy`)")
	}
	return &Delegation{c: c, addr: addr, abi: bindings.NewDelegation()}, nil
}

// Address returns the contract's address.
func (d *Delegation) Address() common.Address { return d.addr }

func (d *Delegation) send(ctx context.Context, from *Account, data []byte, what string) (*types.Receipt, error) {
	r, err := d.c.Send(ctx, from, Tx{To: d.addr, Data: data, What: what})
	return r, extraRevert(err)
}

func (d *Delegation) call(ctx context.Context, data []byte, what string) ([]byte, error) {
	out, err := d.c.Call(ctx, d.addr, data, what)
	return out, extraRevert(err)
}

func positive(what string, v *big.Int) error {
	if v == nil || v.Sign() <= 0 {
		return cohort.Errorf(cohort.EInvalid, "%s: want a positive amount", what)
	}
	return nil
}

// Delegate approves and delegates amount tokens to node.
func (d *Delegation) Delegate(ctx context.Context, from *Account, node common.Address, amount *big.Int) (*types.Receipt, error) {
	if err := positive("delegate", amount); err != nil {
		return nil, err
	}
	if _, err := d.c.Approve(ctx, from, d.addr, amount); err != nil {
		return nil, err
	}
	return d.send(ctx, from, d.abi.PackDelegate(node, amount), "delegate")
}

// Undelegate moves shares of the account's active shares in node into unbonding; a nil shares means
// all of them.
func (d *Delegation) Undelegate(ctx context.Context, from *Account, node common.Address, shares *big.Int) (*types.Receipt, error) {
	if shares == nil {
		pos, err := d.Position(ctx, node, from.Addr)
		if err != nil {
			return nil, err
		}
		shares = pos.Shares.Int
	}
	if err := positive("undelegate", shares); err != nil {
		return nil, err
	}
	return d.send(ctx, from, d.abi.PackUndelegate(node, shares), "undelegate")
}

// SharesFor returns the active shares worth amount tokens in node's pool now (rounded up, capped at
// the account's shares), for undelegating an amount of tokens.
func (d *Delegation) SharesFor(ctx context.Context, node, delegator common.Address, amount *big.Int) (*big.Int, error) {
	p, err := d.Pool(ctx, node)
	if err != nil {
		return nil, err
	}
	pos, err := d.Position(ctx, node, delegator)
	if err != nil {
		return nil, err
	}
	if p.Active.Sign() == 0 {
		return pos.Shares.Int, nil
	}
	num := new(big.Int).Mul(amount, p.Shares.Int)
	s := num.Add(num, new(big.Int).Sub(p.Active.Int, big.NewInt(1))).Div(num, p.Active.Int)
	if s.Cmp(pos.Shares.Int) > 0 {
		return nil, cohort.Errorf(cohort.EInvalid, "undelegate %s tokens: the delegation is worth %s", FormatTokens(amount), FormatTokens(pos.Value.Int))
	}
	return s, nil
}

// Withdraw withdraws the account's undelegated tokens from node once the unbonding delay has passed.
func (d *Delegation) Withdraw(ctx context.Context, from *Account, node common.Address) (*types.Receipt, error) {
	return d.send(ctx, from, d.abi.PackWithdraw(node), "withdraw delegation")
}

// Claim claims amount of the account's rewards from delegating to node (nil: all of them).
func (d *Delegation) Claim(ctx context.Context, from *Account, node common.Address, amount *big.Int) (*types.Receipt, error) {
	if amount == nil {
		pos, err := d.Position(ctx, node, from.Addr)
		if err != nil {
			return nil, err
		}
		amount = pos.Rewards.Int
	}
	if err := positive("claim", amount); err != nil {
		return nil, err
	}
	return d.send(ctx, from, d.abi.PackClaim(node, amount), "claim delegation rewards")
}

// ClaimNodeRewards claims amount of the node account's own rewards and commission (nil: all).
func (d *Delegation) ClaimNodeRewards(ctx context.Context, from *Account, amount *big.Int) (*types.Receipt, error) {
	if amount == nil {
		var err error
		if amount, err = d.NodeRewards(ctx, from.Addr); err != nil {
			return nil, err
		}
	}
	if err := positive("claim node rewards", amount); err != nil {
		return nil, err
	}
	return d.send(ctx, from, d.abi.PackClaimNodeRewards(amount), "claim node rewards")
}

// SetCommission sets the node account's commission: a cut applies at once, a raise after the
// registry's unbonding delay.
func (d *Delegation) SetCommission(ctx context.Context, from *Account, bps uint16) (*types.Receipt, error) {
	if bps > DelegationMaxCommissionBps {
		return nil, cohort.Errorf(cohort.EInvalid, "commission %d bps: at most %d", bps, DelegationMaxCommissionBps)
	}
	return d.send(ctx, from, d.abi.PackSetCommission(bps), "set commission")
}

// Distribute approves and pays amount of rewards to node and its delegators.
func (d *Delegation) Distribute(ctx context.Context, from *Account, node common.Address, amount *big.Int) (*types.Receipt, error) {
	if err := positive("distribute", amount); err != nil {
		return nil, err
	}
	if _, err := d.c.Approve(ctx, from, d.addr, amount); err != nil {
		return nil, err
	}
	return d.send(ctx, from, d.abi.PackDistribute(node, amount), "distribute rewards")
}

// DelegationPool is one node's delegation pool.
type DelegationPool struct {
	Node          common.Address `json:"node"`
	Active        Amount         `json:"active"`    // delegated tokens earning rewards
	Shares        Amount         `json:"shares"`    // active shares
	Unbonding     Amount         `json:"unbonding"` // undelegated, not yet withdrawn (still slashable)
	CommissionBps uint16         `json:"commission_bps"`
	PendingBps    uint16         `json:"pending_commission_bps,omitempty"` // a scheduled raise
	PendingAt     uint64         `json:"pending_commission_at,omitempty"`  // when it applies (unix)
	NodeRewards   Amount         `json:"node_rewards"`                     // the node's claimable share and commission
}

// Pool reads node's pool.
func (d *Delegation) Pool(ctx context.Context, node common.Address) (DelegationPool, error) {
	out, err := d.call(ctx, d.abi.PackPool(node), "delegation pool")
	if err != nil {
		return DelegationPool{}, err
	}
	p, err := d.abi.UnpackPool(out)
	if err != nil {
		return DelegationPool{}, fmt.Errorf("decode delegation pool: %w", err)
	}
	nr, err := d.NodeRewards(ctx, node)
	if err != nil {
		return DelegationPool{}, err
	}
	return DelegationPool{Node: node, Active: Amount{p.Active}, Shares: Amount{p.Shares}, Unbonding: Amount{p.Unbonding},
		CommissionBps: p.CommissionBps, PendingBps: p.PendingBps, PendingAt: p.PendingAt, NodeRewards: Amount{nr}}, nil
}

// NodeRewards reads a node's claimable rewards (own share and commission).
func (d *Delegation) NodeRewards(ctx context.Context, node common.Address) (*big.Int, error) {
	out, err := d.call(ctx, d.abi.PackNodeRewards(node), "node rewards")
	if err != nil {
		return nil, err
	}
	return d.abi.UnpackNodeRewards(out)
}

// DelegationPosition is one delegator's stake in one node.
type DelegationPosition struct {
	Node      common.Address `json:"node"`
	Delegator common.Address `json:"delegator"`
	Shares    Amount         `json:"shares"`
	Value     Amount         `json:"value"`     // the active shares' tokens now
	Rewards   Amount         `json:"rewards"`   // claimable
	Unbonding Amount         `json:"unbonding"` // undelegated, not yet withdrawn
	ReleaseAt uint64         `json:"release_at,omitempty"`
}

// Position reads a delegator's stake in node.
func (d *Delegation) Position(ctx context.Context, node, delegator common.Address) (DelegationPosition, error) {
	out, err := d.call(ctx, d.abi.PackDelegation(node, delegator), "delegation")
	if err != nil {
		return DelegationPosition{}, err
	}
	p, err := d.abi.UnpackDelegation(out)
	if err != nil {
		return DelegationPosition{}, fmt.Errorf("decode delegation: %w", err)
	}
	return DelegationPosition{Node: node, Delegator: delegator, Shares: Amount{p.Shares}, Value: Amount{p.Value},
		Rewards: Amount{p.Rewards}, Unbonding: Amount{p.Unbonding}, ReleaseAt: p.ReleaseAt}, nil
}

// Positions reads delegator's stake in every registered node it has a stake in (the registry's first
// limit nodes).
func (d *Delegation) Positions(ctx context.Context, delegator common.Address, limit int) ([]DelegationPosition, error) {
	out, err := d.c.Call(ctx, d.c.Suite().Registry, d.c.k.registry.PackNodes(new(big.Int), big.NewInt(int64(limit))), "list nodes")
	if err != nil {
		return nil, err
	}
	nodes, err := d.c.k.registry.UnpackNodes(out)
	if err != nil {
		return nil, fmt.Errorf("decode node list: %w", err)
	}
	var list []DelegationPosition
	for _, n := range nodes {
		p, err := d.Position(ctx, n, delegator)
		if err != nil {
			return nil, err
		}
		if p.Shares.Sign() > 0 || p.Rewards.Sign() > 0 || p.Unbonding.Sign() > 0 {
			list = append(list, p)
		}
	}
	return list, nil
}

// ReleaseTime converts a position's ReleaseAt to a time (zero when nothing is unbonding).
func (p DelegationPosition) ReleaseTime() time.Time {
	if p.ReleaseAt == 0 {
		return time.Time{}
	}
	return time.Unix(int64(p.ReleaseAt), 0)
}
