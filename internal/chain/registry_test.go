package chain

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cohort-net/cohort"
)

func TestRegistryRegisterAndProfile(t *testing.T) {
	f := newFixture(t, 2, DeployParams{MinStake: map[cohort.Role]*big.Int{cohort.RoleTrainer: Tokens(50)}})
	a, b := f.trs[0], f.trs[1]
	f.fund(a, Tokens(100))

	prof := NodeProfile{Roles: []cohort.Role{cohort.RoleTrainer, cohort.RoleCoordinator}, Endpoint: "http://127.0.0.1:9/",
		CPUCores: 16, MemoryMB: 65536, GPUCount: 2, GPUModel: "A100", HourlyRate: Tokens(3)}
	// Below the trainer minimum: InsufficientStake, and no tokens move.
	_, err := f.c.Register(f.ctx, a, prof, Tokens(10))
	f.wantRevert(err, "InsufficientStake")
	bal, _ := f.c.TokenBalance(f.ctx, a.Addr)
	if bal.Cmp(Tokens(100)) != 0 {
		t.Fatalf("balance moved on a failed register: %s", bal)
	}
	// Bad roles and empty endpoint.
	_, err = f.c.Send(f.ctx, a, Tx{To: f.suite.Registry, Data: f.c.k.registry.PackRegister(0, "x", prof.hw(), big.NewInt(1), big.NewInt(0)), What: "register"})
	f.wantRevert(err, "InvalidRoles")
	_, err = f.c.Send(f.ctx, a, Tx{To: f.suite.Registry, Data: f.c.k.registry.PackRegister(32, "x", prof.hw(), big.NewInt(1), big.NewInt(0)), What: "register"})
	f.wantRevert(err, "InvalidRoles")
	_, err = f.c.Send(f.ctx, a, Tx{To: f.suite.Registry, Data: f.c.k.registry.PackRegister(1, "", prof.hw(), big.NewInt(1), Tokens(60)), What: "register"})
	f.wantRevert(err, "EmptyEndpoint")

	_, err = f.c.Register(f.ctx, a, prof, Tokens(60))
	f.must("register", err)
	_, err = f.c.Register(f.ctx, a, prof, Tokens(60))
	f.wantRevert(err, "AlreadyRegistered")

	n, err := f.c.Node(f.ctx, a.Addr)
	f.must("node", err)
	if !n.Registered || n.Stake.Cmp(Tokens(60)) != 0 || n.CPUCores != 16 || n.MemoryMB != 65536 || n.GPUCount != 2 ||
		n.GPUModel != "A100" || n.Endpoint != "http://127.0.0.1:9/" || n.HourlyRate.Cmp(Tokens(3)) != 0 || len(n.Roles) != 2 {
		t.Fatalf("node info: %+v", n)
	}
	// Update the profile: new endpoint and rate.
	prof.Endpoint, prof.HourlyRate, prof.Roles = "http://127.0.0.1:10/", Tokens(4), []cohort.Role{cohort.RoleTrainer}
	_, err = f.c.UpdateProfile(f.ctx, a, prof)
	f.must("update profile", err)
	n, _ = f.c.Node(f.ctx, a.Addr)
	if n.Endpoint != "http://127.0.0.1:10/" || n.HourlyRate.Cmp(Tokens(4)) != 0 || len(n.Roles) != 1 {
		t.Fatalf("after update: %+v", n)
	}
	_, err = f.c.UpdateProfile(f.ctx, b, prof)
	f.wantRevert(err, "NotRegistered")
	if cohort.Code(err) != cohort.ENotFound {
		t.Fatalf("NotRegistered code %s", cohort.Code(err))
	}

	// Listing.
	f.registerValidator(b)
	nodes, err := f.c.Nodes(f.ctx, 0, 10)
	f.must("nodes", err)
	if len(nodes) != 2 || nodes[0].Address != a.Addr || nodes[1].Address != b.Addr {
		t.Fatalf("nodes: %+v", nodes)
	}
	if nodes, _ = f.c.Nodes(f.ctx, 5, 10); len(nodes) != 0 {
		t.Fatalf("page past the end: %d nodes", len(nodes))
	}
	out, err := f.c.Call(f.ctx, f.suite.Registry, f.c.k.registry.PackNodeCount(), "count")
	f.must("count", err)
	if cnt, _ := f.c.k.registry.UnpackNodeCount(out); cnt.Int64() != 2 {
		t.Fatalf("node count %s", cnt)
	}
	out, _ = f.c.Call(f.ctx, f.suite.Registry, f.c.k.registry.PackRequiredStake(RoleBitTrainer|RoleBitValidator), "required")
	if req, _ := f.c.k.registry.UnpackRequiredStake(out); req.Cmp(Tokens(50)) != 0 {
		t.Fatalf("required stake %s", req)
	}
}

func TestRegistryStakeUnbondSlash(t *testing.T) {
	f := newFixture(t, 2, DeployParams{UnbondingDelay: time.Hour, DisputeWindow: 30 * time.Minute})
	a, other := f.trs[0], f.trs[1]
	f.registerTrainer(a, Tokens(100), 0)

	f.fund(a, Tokens(20))
	_, err := f.c.Stake(f.ctx, a, Tokens(20))
	f.must("top up", err)
	_, err = f.c.Send(f.ctx, a, Tx{To: f.suite.Registry, Data: f.c.k.registry.PackStake(big.NewInt(0)), What: "stake"})
	f.wantRevert(err, "InvalidAmount")
	_, err = f.c.Stake(f.ctx, other, Tokens(1))
	if err == nil {
		t.Fatal("stake by an unregistered node succeeded")
	}

	_, err = f.c.RequestUnbond(f.ctx, a, Tokens(1000))
	f.wantRevert(err, "InvalidAmount")
	_, err = f.c.WithdrawUnbonded(f.ctx, a)
	f.wantRevert(err, "NothingUnbonding")
	_, err = f.c.RequestUnbond(f.ctx, a, Tokens(50))
	f.must("unbond", err)
	_, err = f.c.WithdrawUnbonded(f.ctx, a)
	f.wantRevert(err, "StillBonded")

	// Unbonding cannot escape a slash inside the delay: the slash reaches the unbonding tokens.
	_, err = f.c.Slash(f.ctx, f.admin, a.Addr, Tokens(100), f.admin.Addr)
	f.must("slash", err)
	n, _ := f.c.Node(f.ctx, a.Addr)
	if n.Stake.Sign() != 0 || n.Unbonding.Cmp(Tokens(20)) != 0 {
		t.Fatalf("after slash of 100 from 70 staked + 50 unbonding: stake %s unbonding %s", n.Stake, n.Unbonding)
	}
	// Only the slasher slashes and freezes.
	_, err = f.c.Slash(f.ctx, a, a.Addr, Tokens(1), a.Addr)
	f.wantRevert(err, "AccessControlUnauthorizedAccount")
	if cohort.Code(err) != cohort.EForbidden {
		t.Fatalf("unauthorized code %s", cohort.Code(err))
	}
	_, err = f.c.SetFrozen(f.ctx, a, a.Addr, true)
	f.wantRevert(err, "AccessControlUnauthorizedAccount")
	_, err = f.c.Slash(f.ctx, f.admin, a.Addr, big.NewInt(0), f.admin.Addr)
	f.wantRevert(err, "InvalidAmount")

	// Frozen: cannot withdraw even after the delay.
	_, err = f.c.SetFrozen(f.ctx, f.admin, a.Addr, true)
	f.must("freeze", err)
	f.must("advance", f.sim.AdvanceTime(2*time.Hour))
	_, err = f.c.WithdrawUnbonded(f.ctx, a)
	f.wantRevert(err, "NodeFrozen")
	_, err = f.c.SetFrozen(f.ctx, f.admin, a.Addr, false)
	f.must("unfreeze", err)
	before, _ := f.c.TokenBalance(f.ctx, a.Addr)
	_, err = f.c.WithdrawUnbonded(f.ctx, a)
	f.must("withdraw unbonded", err)
	after, _ := f.c.TokenBalance(f.ctx, a.Addr)
	if d := new(big.Int).Sub(after, before); d.Cmp(Tokens(20)) != 0 {
		t.Fatalf("withdrew %s, want 20 tokens", d)
	}
	_, err = f.c.WithdrawUnbonded(f.ctx, a)
	f.wantRevert(err, "NothingUnbonding")
}

func TestRegistryAdminFunctions(t *testing.T) {
	f := newFixture(t, 1, DeployParams{UnbondingDelay: time.Hour})
	a := f.trs[0]
	f.registerTrainer(a, Tokens(10), 0)
	reg := f.suite.Registry
	k := f.c.k.registry

	_, err := f.c.SetReputation(f.ctx, f.admin, a.Addr, 10_001)
	f.wantRevert(err, "ReputationOutOfRange")
	_, err = f.c.SetReputation(f.ctx, a, a.Addr, 10)
	f.wantRevert(err, "AccessControlUnauthorizedAccount")
	_, err = f.c.SetReputation(f.ctx, f.admin, a.Addr, 7500)
	f.must("set reputation", err)
	if n, _ := f.c.Node(f.ctx, a.Addr); n.Reputation != 7500 {
		t.Fatalf("reputation %d", n.Reputation)
	}

	_, err = f.c.Send(f.ctx, f.admin, Tx{To: reg, Data: k.PackSetMinStake(3, big.NewInt(1)), What: "min stake"})
	f.wantRevert(err, "InvalidRoles")
	_, err = f.c.SetMinStake(f.ctx, a, cohort.RoleTrainer, big.NewInt(1))
	f.wantRevert(err, "AccessControlUnauthorizedAccount")
	_, err = f.c.SetMinStake(f.ctx, f.admin, cohort.RoleTrainer, Tokens(20))
	f.must("min stake", err)
	out, _ := f.c.Call(f.ctx, reg, k.PackIsActive(a.Addr, RoleBitTrainer), "active")
	if ok, _ := k.UnpackIsActive(out); ok {
		t.Fatal("node below the new minimum is still active")
	}
	out, _ = f.c.Call(f.ctx, reg, k.PackEligibility(a.Addr, RoleBitTrainer), "eligibility")
	if e, _ := k.UnpackEligibility(out); e.Active || e.Reputation != 7500 || e.CpuCores != 8 {
		t.Fatalf("eligibility %+v", e)
	}

	_, err = f.c.Send(f.ctx, f.admin, Tx{To: reg, Data: k.PackSetUnbondingDelay(10), What: "delay"})
	f.wantRevert(err, "DelayTooShort")
	_, err = f.c.Send(f.ctx, f.admin, Tx{To: reg, Data: k.PackSetUnbondingDelay(7200), What: "delay"})
	f.must("delay", err)

	_, err = f.c.Send(f.ctx, f.admin, Tx{To: reg, Data: k.PackSetUnbondingDelay(91 * 24 * 3600), What: "delay"})
	f.wantRevert(err, "DelayTooLong") // bounded: a release time never wraps, stake is never held for years

	// bond, release, slashBond: only the locker role (the market); bonded stake cannot be unbonded.
	_, err = f.c.Send(f.ctx, f.admin, Tx{To: reg, Data: k.PackBond([]common.Address{a.Addr}, Tokens(4)), What: "bond"})
	f.wantRevert(err, "AccessControlUnauthorizedAccount")
	lockerRole, _ := f.c.registryRole(f.ctx, k.PackLOCKERROLE())
	_, err = f.c.Send(f.ctx, f.admin, Tx{To: reg, Data: k.PackGrantRole(lockerRole, f.admin.Addr), What: "grant"})
	f.must("grant", err)
	_, err = f.c.Send(f.ctx, f.admin, Tx{To: reg, Data: k.PackBond([]common.Address{a.Addr}, Tokens(11)), What: "bond"})
	f.wantRevert(err, "InsufficientBond")
	_, err = f.c.Send(f.ctx, f.admin, Tx{To: reg, Data: k.PackBond([]common.Address{a.Addr}, Tokens(4)), What: "bond"})
	f.must("bond", err)
	_, err = f.c.RequestUnbond(f.ctx, a, Tokens(7))
	f.wantRevert(err, "InvalidAmount") // only the 6 free tokens can unbond
	_, err = f.c.Send(f.ctx, f.admin, Tx{To: reg, Data: k.PackSlashBond(a.Addr, Tokens(1), f.admin.Addr), What: "slash bond"})
	f.must("slash bond", err)
	_, err = f.c.Send(f.ctx, f.admin, Tx{To: reg, Data: k.PackRelease([]common.Address{a.Addr}, []*big.Int{Tokens(3)}), What: "release"})
	f.must("release", err)
	if n, _ := f.c.Node(f.ctx, a.Addr); n.Bonded.Sign() != 0 || n.Stake.Cmp(Tokens(9)) != 0 {
		t.Fatalf("after bond 4, slash 1, release 3: bonded %s stake %s", n.Bonded, n.Stake)
	}
	_, err = f.c.RequestUnbond(f.ctx, a, Tokens(5))
	f.must("unbond", err)
	f.must("advance", f.sim.AdvanceTime(3*time.Hour))
	_, err = f.c.WithdrawUnbonded(f.ctx, a)
	f.must("withdraw after the delay", err)
}

func TestTokenMintAndPermit(t *testing.T) {
	f := newFixture(t, 1, DeployParams{})
	a := f.trs[0]
	tok := f.c.k.token
	_, err := f.c.Send(f.ctx, a, Tx{To: f.suite.Token, Data: tok.PackMint(a.Addr, big.NewInt(1)), What: "mint"})
	f.wantRevert(err, "OwnableUnauthorizedAccount")
	// The deployer no longer owns the token: minting takes a passed proposal (the timelock owns it).
	_, err = f.c.Send(f.ctx, f.admin, Tx{To: f.suite.Token, Data: tok.PackMint(a.Addr, Tokens(7)), What: "mint"})
	f.wantRevert(err, "OwnableUnauthorizedAccount")
	_, err = f.c.PassProposal(f.ctx, f.admin, Proposal{Calls: []Tx{{To: f.suite.Token, Data: tok.PackMint(a.Addr, Tokens(7))}}, Description: "mint 7 to a"})
	f.must("mint by proposal", err)
	if b, _ := f.c.TokenBalance(f.ctx, a.Addr); b.Cmp(Tokens(7)) != 0 {
		t.Fatalf("minted balance %s", b)
	}
	// Permit: a signs, the admin submits; the allowance appears without a transaction from a.
	head, _ := f.c.HeadTime(f.ctx)
	deadline := big.NewInt(head.Add(time.Hour).Unix())
	v, r, s, err := f.c.SignPermit(f.ctx, a, f.admin.Addr, Tokens(3), deadline)
	f.must("sign permit", err)
	_, err = f.c.Send(f.ctx, f.admin, Tx{To: f.suite.Token, Data: tok.PackPermit(a.Addr, f.admin.Addr, Tokens(3), deadline, v, r, s), What: "permit"})
	f.must("permit", err)
	out, _ := f.c.Call(f.ctx, f.suite.Token, tok.PackAllowance(a.Addr, f.admin.Addr), "allowance")
	if al, _ := tok.UnpackAllowance(out); al.Cmp(Tokens(3)) != 0 {
		t.Fatalf("allowance %s", al)
	}
	// Replaying the same signature fails (the nonce moved on).
	_, err = f.c.Send(f.ctx, f.admin, Tx{To: f.suite.Token, Data: tok.PackPermit(a.Addr, f.admin.Addr, Tokens(3), deadline, v, r, s), What: "permit"})
	f.wantRevert(err, "ERC2612InvalidSigner")
	_ = common.Address{}
}
