package chain

import (
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cohort-net/cohort/internal/chain/bindings"
)

// TestInvariants drives random task lifecycles and checks after every step that the market's token
// balance equals deposits minus releases (open escrows plus credited balances), that no task pays more
// than its budget, and that a withdrawal pays exactly once.
func TestInvariants(t *testing.T) {
	steps := 200
	if testing.Short() {
		steps = 100
	}
	counts := map[string]int{}
	defer func() { t.Logf("operations: %v", counts) }()
	f := newFixture(t, 4, DeployParams{FeeBps: 300, DisputeWindow: time.Minute})
	for i, a := range f.trs {
		f.registerTrainer(a, Tokens(10), uint16(2000*i))
	}
	f.registerValidators()
	rng := rand.New(rand.NewPCG(1, 2))
	escrow := map[string]*big.Int{} // task -> budget while escrowed
	people := []*Account{f.pub, f.admin, f.trs[0], f.trs[1], f.trs[2], f.trs[3], f.vals[0], f.vals[1], f.vals[2]}
	check := func(step string) {
		t.Helper()
		held, err := f.c.TokenBalance(f.ctx, f.suite.Market)
		f.must("market balance", err)
		want := new(big.Int)
		for _, b := range escrow {
			want.Add(want, b)
		}
		for _, p := range people {
			b, err := f.c.MarketBalance(f.ctx, p.Addr)
			f.must("balance", err)
			want.Add(want, b)
		}
		pool, err := f.c.PoolOwed(f.ctx) // the consensus pool's fee share, not yet collected
		f.must("pool owed", err)
		want.Add(want, pool)
		if held.Cmp(want) != 0 {
			t.Fatalf("after %s: market holds %s, escrows+balances+pool owed %s", step, held, want)
		}
	}
	var open, selected []*big.Int
	for i := 0; i < steps; i++ {
		switch op := rng.IntN(6); {
		case op == 0 || len(open)+len(selected) == 0:
			budget := Tokens(int64(20 + rng.IntN(200)))
			id := f.publish(f.spec(budget))
			escrow[id.String()] = budget
			for j, a := range f.trs {
				if rng.IntN(3) > 0 {
					_, err := f.c.Bid(f.ctx, a, id, Tokens(int64(1+rng.IntN(30))), uint32(1+j))
					f.must("bid", err)
				}
			}
			open = append(open, id)
			check("publish")
			counts["publish"]++
		case op == 1 && len(open) > 0:
			id := open[0]
			open = open[1:]
			if _, err := f.c.Select(f.ctx, f.pub, id); err == nil {
				selected = append(selected, id)
			} else if _, err := f.c.Cancel(f.ctx, f.pub, id); err == nil {
				delete(escrow, id.String())
			} else {
				t.Fatalf("neither select nor cancel: %v", err)
			}
			check("select/cancel")
			counts["select/cancel"]++
		case op == 2 && len(selected) > 0:
			id := selected[0]
			selected = selected[1:]
			f.commitSelected(id)
			for _, v := range f.vals {
				_, err := f.c.Attest(f.ctx, v, id, f.lastCommitment(id), uint32(rng.IntN(MaxMetric+1)))
				f.must("attest", err)
			}
			f.must("advance", f.sim.AdvanceTime(61*time.Second))
			r, err := f.c.Settle(f.ctx, f.pub, id)
			f.must("settle", err)
			for _, l := range r.Logs {
				if ev, err := f.c.k.market.UnpackTaskSettledEvent(l); err == nil {
					total := new(big.Int).Add(ev.PaidTotal, ev.Fee)
					if total.Cmp(escrow[id.String()]) > 0 {
						t.Fatalf("task %s paid %s over budget %s", id, total, escrow[id.String()])
					}
				}
			}
			delete(escrow, id.String())
			check("settle")
			counts["settle"]++
		case op == 3:
			var p *Account
			var bal *big.Int
			for _, q := range people {
				if b, _ := f.c.MarketBalance(f.ctx, q.Addr); b.Sign() > 0 && (p == nil || rng.IntN(2) == 0) {
					p, bal = q, b
				}
			}
			if p == nil {
				continue
			}
			before, _ := f.c.TokenBalance(f.ctx, p.Addr)
			_, err := f.c.Withdraw(f.ctx, p, bal)
			f.must("withdraw", err)
			_, err = f.c.Withdraw(f.ctx, p, bal)
			f.wantRevert(err, "InsufficientBalance") // no double withdrawal
			after, _ := f.c.TokenBalance(f.ctx, p.Addr)
			if d := new(big.Int).Sub(after, before); d.Cmp(bal) != 0 {
				t.Fatalf("withdrew %s, balance was %s", d, bal)
			}
			check("withdraw")
			counts["withdraw"]++
		case op == 4 && len(selected) > 0:
			// Let a selected task expire.
			id := selected[len(selected)-1]
			selected = selected[:len(selected)-1]
			f.must("advance", f.sim.AdvanceTime(25*time.Hour))
			_, err := f.c.Expire(f.ctx, f.trs[0], id)
			f.must("expire", err)
			delete(escrow, id.String())
			// Tasks still open were published with the same deadlines; retire them too.
			for _, o := range append(open, selected...) {
				_, err := f.c.Expire(f.ctx, f.trs[0], o)
				f.must("expire rest", err)
				delete(escrow, o.String())
			}
			open, selected = nil, nil
			check("expire")
			counts["expire"]++
		}
	}
}

// TestReentrantWithdraw pays a hostile contract through a token that calls recipients back; its
// reentrant withdrawal fails and it is paid exactly once.
func TestReentrantWithdraw(t *testing.T) {
	f := newFixture(t, 1, DeployParams{})
	ctx, admin := f.ctx, f.admin
	hook := bindings.NewHookToken()
	hookAddr, _, err := f.c.Deploy(ctx, admin, append(common.FromHex(bindings.HookTokenMetaData.Bin), hook.PackConstructor(admin.Addr, Tokens(1_000_000))...), "HookToken")
	f.must("deploy hook token", err)
	k := f.c.k
	regAddr, _, err := f.c.Deploy(ctx, admin, append(common.FromHex(bindings.NodeRegistryMetaData.Bin), k.registry.PackConstructor(hookAddr, admin.Addr, 3600)...), "registry")
	f.must("deploy registry", err)
	params := bindings.MarketParams{Treasury: admin.Addr, FeeBps: 1000, AttestQuorum: 3, DisputeWindow: 60, TrainerBond: Tokens(1),
		ValidatorStake: Tokens(1), BidBond: Tokens(1)}
	marketCode, _, err := f.c.linkedMarketCode(ctx, admin)
	f.must("deploy market settlement", err)
	mktAddr, _, err := f.c.Deploy(ctx, admin, append(marketCode, k.market.PackConstructor(hookAddr, regAddr, admin.Addr, params)...), "market")
	f.must("deploy market", err)
	att := bindings.NewReentrantAttacker()
	attAddr, _, err := f.c.Deploy(ctx, admin, append(common.FromHex(bindings.ReentrantAttackerMetaData.Bin), att.PackConstructor(mktAddr)...), "attacker")
	f.must("deploy attacker", err)
	old := f.c.Suite()
	f.c.UseSuite(Suite{Token: hookAddr, Registry: regAddr, Market: mktAddr, LowestPrice: old.LowestPrice})
	lockerRole, _ := f.c.registryRole(ctx, k.registry.PackLOCKERROLE())
	for _, tx := range []Tx{
		{To: regAddr, Data: k.registry.PackGrantRole(lockerRole, mktAddr), What: "grant"},
		{To: mktAddr, Data: k.market.PackSetScheduler(0, old.LowestPrice), What: "scheduler"},
		// The attacker is the treasury, so settlement credits it the fee.
		{To: mktAddr, Data: k.market.PackSetParams(func() bindings.MarketParams { p := params; p.Treasury = attAddr; return p }()), What: "params"},
		{To: attAddr, Data: att.PackHook(hookAddr), What: "hook"},
	} {
		_, err := f.c.Send(ctx, admin, tx)
		f.must(tx.What, err)
	}
	f.registerTrainer(f.trs[0], Tokens(2), 0) // the trainer bond and the bid bond
	f.registerValidators()
	id := f.runToSelected(f.spec(Tokens(100)), []int64{50}, 1) // fee 10 % of 50 = 5 tokens, no validator share
	f.commitSelected(id)
	f.attestAll(id, 1)
	f.must("advance", f.sim.AdvanceTime(2*time.Minute))
	_, err = f.c.Settle(ctx, f.pub, id)
	f.must("settle", err)
	if b, _ := f.c.MarketBalance(ctx, attAddr); b.Cmp(Tokens(5)) != 0 {
		t.Fatalf("attacker credit %s", b)
	}
	_, err = f.c.Send(ctx, admin, Tx{To: attAddr, Data: att.PackAttack(Tokens(5)), What: "attack"})
	f.must("attack", err)
	out, _ := f.c.Call(ctx, attAddr, att.PackAttempts(), "attempts")
	if n, _ := att.UnpackAttempts(out); n.Int64() != 1 {
		t.Fatalf("the callback did not try to reenter (attempts %s)", n)
	}
	out, _ = f.c.Call(ctx, attAddr, att.PackReentered(), "reentered")
	if n, _ := att.UnpackReentered(out); n.Sign() != 0 {
		t.Fatalf("reentrant withdrawal succeeded %s times", n)
	}
	if b, _ := f.c.TokenBalance(ctx, attAddr); b.Cmp(Tokens(5)) != 0 {
		t.Fatalf("attacker holds %s, want 5 tokens", b)
	}
	if b, _ := f.c.MarketBalance(ctx, attAddr); b.Sign() != 0 {
		t.Fatalf("attacker still credited %s", b)
	}
}
