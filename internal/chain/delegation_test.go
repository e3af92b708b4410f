package chain

import (
	"context"
	"math/big"
	"testing"
	"time"
)

// delegationFixture: trainer 0 is the node (100 tokens of its own stake); trainers 1 and 2 are
// delegators holding 1,000 tokens each; the unbonding delay is one hour.
func delegationFixture(t *testing.T) (*fixture, *Delegation) {
	f := newFixture(t, 3, DeployParams{UnbondingDelay: time.Hour})
	f.registerTrainer(f.trs[0], Tokens(100), 0)
	f.fund(f.trs[1], Tokens(1000))
	f.fund(f.trs[2], Tokens(1000))
	d, err := f.c.Delegations()
	f.must("delegations", err)
	return f, d
}

func (f *fixture) wantTokens(what string, got *big.Int, want *big.Int) {
	f.t.Helper()
	if got.Cmp(want) != 0 {
		f.t.Fatalf("%s: %s, want %s", what, FormatTokens(got), FormatTokens(want))
	}
}

func (f *fixture) position(d *Delegation, who *Account) DelegationPosition {
	f.t.Helper()
	p, err := d.Position(f.ctx, f.trs[0].Addr, who.Addr)
	f.must("position", err)
	return p
}

// TestDelegationRewardShare: rewards split between the node's own stake and its delegations by size,
// the node's commission taken from the delegators' part, the rest pro rata by shares; a claim beyond a
// delegator's share is refused with ClaimExceedsShare and moves nothing.
func TestDelegationRewardShare(t *testing.T) {
	f, d := delegationFixture(t)
	node, a, b := f.trs[0], f.trs[1], f.trs[2]
	_, err := d.Delegate(f.ctx, a, node.Addr, Tokens(100))
	f.must("delegate a", err)
	_, err = d.Delegate(f.ctx, b, node.Addr, Tokens(300))
	f.must("delegate b", err)
	_, err = d.SetCommission(f.ctx, node, 1000) // 10 %: a raise from 0, in force after the delay
	f.must("set commission", err)
	f.must("advance", f.sim.AdvanceTime(time.Hour+time.Second))

	// 500 tokens of rewards: own stake 100 of 500 -> 100 to the node; 400 to delegations, 40 of it
	// commission; 360 split 1:3.
	_, err = d.Distribute(f.ctx, f.admin, node.Addr, Tokens(500))
	f.must("distribute", err)
	f.wantTokens("a's rewards", f.position(d, a).Rewards.Int, Tokens(90))
	f.wantTokens("b's rewards", f.position(d, b).Rewards.Int, Tokens(270))
	nr, err := d.NodeRewards(f.ctx, node.Addr)
	f.must("node rewards", err)
	f.wantTokens("node rewards", nr, Tokens(140))

	// The attacker: a delegator claiming more than it earned.
	before, _ := f.c.TokenBalance(f.ctx, d.Address())
	_, err = d.Claim(f.ctx, a, node.Addr, Tokens(91))
	f.wantRevert(err, "ClaimExceedsShare")
	after, _ := f.c.TokenBalance(f.ctx, d.Address())
	f.wantTokens("contract balance after a refused claim", after, before)

	bal0, _ := f.c.TokenBalance(f.ctx, a.Addr)
	r, err := d.Claim(f.ctx, a, node.Addr, nil)
	f.must("claim", err)
	t.Logf("claim gas %d", r.GasUsed)
	bal1, _ := f.c.TokenBalance(f.ctx, a.Addr)
	f.wantTokens("a's claim", new(big.Int).Sub(bal1, bal0), Tokens(90))
	_, err = d.Claim(f.ctx, a, node.Addr, big.NewInt(1))
	f.wantRevert(err, "ClaimExceedsShare")
	_, err = d.ClaimNodeRewards(f.ctx, node, nil)
	f.must("claim node rewards", err)
}

// TestDelegationCommissionRaiseDelayed: the attacker is the node, raising its commission to the maximum
// right before a reward payment: the payment is split at the old rate; the raise applies only after the
// unbonding delay (by when delegators could have left). Commission above the bound is refused.
func TestDelegationCommissionRaiseDelayed(t *testing.T) {
	f, d := delegationFixture(t)
	node, a := f.trs[0], f.trs[1]
	_, err := d.Delegate(f.ctx, a, node.Addr, Tokens(100)) // as large as the node's own stake
	f.must("delegate", err)
	if _, err = d.SetCommission(f.ctx, node, DelegationMaxCommissionBps+1); err == nil {
		t.Fatal("the client sent a commission above the bound")
	}
	// The contract refuses it too (a node sending the transaction itself).
	_, err = d.send(f.ctx, node, d.abi.PackSetCommission(DelegationMaxCommissionBps+1), "set commission")
	f.wantRevert(err, "CommissionTooHigh")
	_, err = d.SetCommission(f.ctx, node, DelegationMaxCommissionBps)
	f.must("raise commission", err)
	p, err := d.Pool(f.ctx, node.Addr)
	f.must("pool", err)
	if p.CommissionBps != 0 || p.PendingBps != DelegationMaxCommissionBps || p.PendingAt == 0 {
		t.Fatalf("pool after a raise: %+v", p)
	}
	_, err = d.Distribute(f.ctx, f.admin, node.Addr, Tokens(200))
	f.must("distribute", err)
	f.wantTokens("rewards at the old commission", f.position(d, a).Rewards.Int, Tokens(100))

	f.must("advance", f.sim.AdvanceTime(time.Hour+time.Second))
	_, err = d.Distribute(f.ctx, f.admin, node.Addr, Tokens(200))
	f.must("distribute", err)
	f.wantTokens("rewards after the delay", f.position(d, a).Rewards.Int, Tokens(150)) // +100 less 50 %
}

// TestDelegationSlashReachesUndelegated: the attacker is a delegator who sees a slash coming and
// undelegates: its tokens wait out the unbonding delay, cannot be withdrawn while the node is frozen,
// and the slash reaches them pro rata like the staying delegator's and the node's own stake. A stranger
// cannot call the delegation's slash.
func TestDelegationSlashReachesUndelegated(t *testing.T) {
	f, d := delegationFixture(t)
	node, a, b := f.trs[0], f.trs[1], f.trs[2]
	_, err := d.Delegate(f.ctx, a, node.Addr, Tokens(100))
	f.must("delegate a", err)
	_, err = d.Delegate(f.ctx, b, node.Addr, Tokens(200))
	f.must("delegate b", err)

	_, err = d.Undelegate(f.ctx, a, node.Addr, nil) // a runs
	f.must("undelegate", err)
	_, err = d.Withdraw(f.ctx, a, node.Addr)
	f.wantRevert(err, "StillUnbonding")
	_, err = f.c.SetFrozen(f.ctx, f.admin, node.Addr, true)
	f.must("freeze", err)
	f.must("advance", f.sim.AdvanceTime(time.Hour+time.Second))
	_, err = d.Withdraw(f.ctx, a, node.Addr)
	f.wantRevert(err, "NodeFrozen")

	// Slash 200 of the 400 at stake (node 100, a 100 unbonding, b 200): everyone loses half.
	t0, _ := f.c.TokenBalance(f.ctx, f.admin.Addr)
	_, err = f.c.Slash(f.ctx, f.admin, node.Addr, Tokens(200), f.admin.Addr)
	f.must("slash", err)
	t1, _ := f.c.TokenBalance(f.ctx, f.admin.Addr)
	f.wantTokens("treasury received", new(big.Int).Sub(t1, t0), Tokens(200))
	f.wantTokens("a's unbonding", f.position(d, a).Unbonding.Int, Tokens(50))
	f.wantTokens("b's value", f.position(d, b).Value.Int, Tokens(100))
	n, err := f.c.Node(f.ctx, node.Addr)
	f.must("node", err)
	f.wantTokens("node's own stake", n.Stake.Int, Tokens(50))

	// Only the registry slashes delegated stake.
	_, err = d.send(f.ctx, f.admin, d.abi.PackSlash(node.Addr, Tokens(1), f.admin.Addr), "slash delegation directly")
	f.wantRevert(err, "NotRegistry")

	_, err = f.c.SetFrozen(f.ctx, f.admin, node.Addr, false)
	f.must("unfreeze", err)
	a0, _ := f.c.TokenBalance(f.ctx, a.Addr)
	_, err = d.Withdraw(f.ctx, a, node.Addr)
	f.must("withdraw", err)
	a1, _ := f.c.TokenBalance(f.ctx, a.Addr)
	f.wantTokens("a withdrew", new(big.Int).Sub(a1, a0), Tokens(50))

	// b undelegates half its shares, waits, withdraws what is left of them.
	pos := f.position(d, b)
	half := new(big.Int).Div(pos.Shares.Int, big.NewInt(2))
	_, err = d.Undelegate(f.ctx, b, node.Addr, new(big.Int).Add(pos.Shares.Int, big.NewInt(1)))
	f.wantRevert(err, "InsufficientShares")
	_, err = d.Undelegate(f.ctx, b, node.Addr, half)
	f.must("undelegate half", err)
	f.must("advance", f.sim.AdvanceTime(time.Hour+time.Second))
	b0, _ := f.c.TokenBalance(f.ctx, b.Addr)
	_, err = d.Withdraw(f.ctx, b, node.Addr)
	f.must("withdraw b", err)
	b1, _ := f.c.TokenBalance(f.ctx, b.Addr)
	f.wantTokens("b withdrew", new(big.Int).Sub(b1, b0), Tokens(50))
	list, err := d.Positions(f.ctx, b.Addr, 100)
	f.must("positions", err)
	if len(list) != 1 || list[0].Value.Cmp(Tokens(50)) != 0 {
		t.Fatalf("b's positions %+v", list)
	}
}

// TestMeasureDelegationGas runs the bench's delegation steps once (their figures are the bench's).
func TestMeasureDelegationGas(t *testing.T) {
	g, err := MeasureDelegationGas(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if g.Delegate == 0 || g.Claim == 0 || g.Withdraw == 0 || g.SlashShared <= g.SlashNodeOnly {
		t.Fatalf("gas %+v", g)
	}
	t.Logf("%+v", g)
}
