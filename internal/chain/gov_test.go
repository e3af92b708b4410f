package chain

import (
	"context"
	"math/big"
	"reflect"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/chain/bindings"
)

// gfix is a simulated chain with the whole suite (DeployAll) under the DAO. Accounts: 0 deployer (holds
// the DAO's votes), 1..16 free, 17-19 the guardians (2 of 3).
type gfix struct {
	*fixture
	dep Deployment
}

func newGovFixture(t *testing.T) *gfix {
	t.Helper()
	ctx := context.Background()
	sim, err := NewSimulated(ctx, 20, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Close() })
	f := &fixture{t: t, ctx: ctx, sim: sim, c: sim.Conn, admin: sim.Accounts[0], pub: sim.Accounts[1], coord: sim.Accounts[2],
		vals: sim.Accounts[3:6], trs: sim.Accounts[6:17]}
	dep, err := f.c.DeployAll(ctx, f.admin, DeployParams{Gov: DevGovParams()}, "")
	if err != nil {
		t.Fatal(err)
	}
	f.suite = dep.Suite
	return &gfix{fixture: f, dep: dep}
}

// TestDeployHandsEveryRoleToTheDAO enumerates every role of every contract (from the ABIs) and checks
// that the deployer holds none, that each role the hand-over names is held where it should be, and
// that the token and the timelock answer to the DAO alone.
func TestDeployHandsEveryRoleToTheDAO(t *testing.T) {
	g := newGovFixture(t)
	s, dep := g.suite, g.admin.Addr
	checked := 0
	for name, e := range suiteABIs(s) {
		if e.At == (common.Address{}) {
			t.Fatalf("DeployAll left %s undeployed", name)
		}
		a, err := e.ABI.ParseABI()
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := a.Methods["hasRole"]; !ok {
			continue
		}
		for _, role := range roleNames(a) {
			held, err := g.c.HasRole(g.ctx, e.At, role, dep)
			g.must("hasRole", err)
			if held {
				t.Errorf("the deployer still holds %s.%s", name, role)
			}
			checked++
		}
	}
	if checked < 15 {
		t.Fatalf("only %d roles enumerated", checked)
	}
	want := append(handovers(s),
		Handover{"registry", "LOCKER_ROLE", s.Market}, Handover{"registry", "SCORER_ROLE", s.Consensus},
		Handover{"registry", "SLASHER_ROLE", s.TrainingDispute}, Handover{"registry", "LOCKER_ROLE", s.TrainingDispute},
		Handover{"inference_oracle", "GUARDIAN_ROLE", s.Guardian},
		Handover{"arbitration", "DEFAULT_ADMIN_ROLE", s.Timelock}, Handover{"arbitration", "JUDGE_ROLE", s.Timelock},
		Handover{"arbitration", "FREEZER_ROLE", s.Timelock},
		Handover{"timelock", "DEFAULT_ADMIN_ROLE", s.Timelock}, Handover{"timelock", "PROPOSER_ROLE", s.Governor},
		Handover{"timelock", "EXECUTOR_ROLE", s.Governor}, Handover{"timelock", "CANCELLER_ROLE", s.Governor})
	abis := suiteABIs(s)
	for _, h := range want {
		held, err := g.c.HasRole(g.ctx, abis[h.Contract].At, h.Role, h.To)
		g.must("hasRole", err)
		if !held {
			t.Errorf("%s.%s is not held by %s", h.Contract, h.Role, h.To.Hex())
		}
	}
	out, err := g.c.Call(g.ctx, s.Token, g.c.k.token.PackOwner(), "owner")
	g.must("owner", err)
	if owner, _ := g.c.k.token.UnpackOwner(out); owner != s.Timelock {
		t.Fatalf("token owner %s, want the timelock %s", owner.Hex(), s.Timelock.Hex())
	}
	if g.dep.Deployer != dep || g.dep.Contracts["governor"] != s.Governor || g.dep.Governance.VotingPeriod != 15 {
		t.Fatalf("deployment record %+v", g.dep)
	}
}

// gatedFunctions are state-changing functions behind a role the DAO does not exercise through
// proposals (the timelock's proposer and executor, the governor's own settings, the guardians,
// contracts' roles); openFunctions anyone may call (their own checks decide).
var gatedFunctions = map[string][]string{
	"registry":         {"bond", "release", "releaseOne", "bondFor", "slashBond"},
	"inference_oracle": {"pauseRequests"},
	"market":           {"setPaused", "challengeOpened", "challengeClosed"},
	"timelock":         {"schedule", "scheduleBatch", "cancel", "execute", "executeBatch"},
	"governor":         {"relay", "setCallable", "setProposalThreshold", "setVotingDelay", "setVotingPeriod", "updateQuorumNumerator", "updateTimelock"},
	"guardian":         {"submit", "confirm"},
}

var openFunctions = map[string][]string{
	"token":    {"approve", "permit", "transfer", "transferFrom"},
	"registry": {"register", "renounceRole", "requestUnbond", "stake", "updateProfile", "withdrawUnbonded"},
	"market": {"attest", "bid", "cancel", "commitRound", "dispute", "expire", "publish", "renounceRole", "select", "settle", "withdraw", "withdrawBid",
		"payOut", "collectPool"},
	"data_registry":    {"attest", "attestBySig", "delistService", "listService", "orderValidation", "payOrder", "refundOrder", "renounceRole", "updateService"},
	"inference_oracle": {"cancel", "fulfil", "renounceRole", "request", "setModelActive"},
	"training_dispute": {"choose", "disclose", "open", "postMidpoint", "timeout", "vote"},
	"consensus":        {"claim", "commit", "finalize", "fund", "renounceRole", "reveal", "collectFees"},
	"subnet_registry":  {"attach", "renounceRole"},
	"model_registry": {"declare", "declareData", "mint", "rate", "renounceRole", "approve", "setApprovalForAll", "transferFrom",
		"safeTransferFrom", "safeTransferFrom0"},
	"delegation": {"delegate", "undelegate", "withdraw", "claim", "claimNodeRewards", "distribute", "setCommission", "slash"},
	"votes":      {"approve", "delegate", "delegateBySig", "depositFor", "transfer", "transferFrom", "withdrawTo"},
	"governor": {"cancel", "castVote", "castVoteBySig", "castVoteWithReason", "castVoteWithReasonAndParams", "castVoteWithReasonAndParamsBySig",
		"execute", "onERC1155BatchReceived", "onERC1155Received", "onERC721Received", "propose", "queue"},
	"timelock":    {"onERC1155BatchReceived", "onERC1155Received", "onERC721Received", "renounceRole"},
	"arbitration": {"expire", "renounceRole", "report"},
}

// accessErrors are the reverts of a caller without the role.
var accessErrors = []string{"AccessControlUnauthorizedAccount", "OwnableUnauthorizedAccount", "GovernorOnlyExecutor", "TimelockUnauthorizedCaller", "NotSigner"}

// TestGovernedFunctions classifies every state-changing function of every contract from the ABIs as
// governed (the DAO's), gated (another role's) or open, so that a new function without an entry fails
// here; then the ex-deployer attacks every governed and gated function and must get an access error.
func TestGovernedFunctions(t *testing.T) {
	g := newGovFixture(t)
	for name, e := range suiteABIs(g.suite) {
		a, err := e.ABI.ParseABI()
		if err != nil {
			t.Fatal(err)
		}
		for fn, m := range a.Methods {
			if m.IsConstant() {
				continue
			}
			n := 0
			for _, list := range []map[string][]string{governedFunctions, gatedFunctions, openFunctions} {
				if slices.Contains(list[name], fn) {
					n++
				}
			}
			if n != 1 {
				t.Errorf("%s.%s is listed %d times: put it in exactly one of governedFunctions (gov.go), gatedFunctions or openFunctions", name, fn, n)
				continue
			}
			if slices.Contains(openFunctions[name], fn) {
				continue
			}
			data := append(slices.Clone(m.ID), zeroArgs(t, m.Inputs)...)
			_, err := g.c.Send(g.ctx, g.admin, Tx{To: e.At, Data: data, What: name + "." + fn})
			if got := RevertName(err); !slices.Contains(accessErrors, got) {
				t.Errorf("ex-deployer calling %s.%s: got %q (%v), want an access error", name, fn, got, err)
			}
		}
	}
	// The list also names nothing that is not in an ABI.
	for _, lists := range []map[string][]string{governedFunctions, gatedFunctions, openFunctions} {
		for name, fns := range lists {
			a, _ := suiteABIs(g.suite)[name].ABI.ParseABI()
			for _, fn := range fns {
				if _, ok := a.Methods[fn]; !ok {
					t.Errorf("%s.%s is listed but not in the ABI", name, fn)
				}
			}
		}
	}
}

// zeroArgs packs zero values for a method's inputs.
func zeroArgs(t *testing.T, in abi.Arguments) []byte {
	t.Helper()
	vals := make([]any, len(in))
	for i, a := range in {
		vals[i] = zeroOf(a.Type.GetType()).Interface()
	}
	b, err := in.Pack(vals...)
	if err != nil {
		t.Fatalf("pack zero args: %v", err)
	}
	return b
}

func zeroOf(rt reflect.Type) reflect.Value {
	if rt == reflect.TypeOf((*big.Int)(nil)) {
		return reflect.ValueOf(new(big.Int))
	}
	v := reflect.New(rt).Elem()
	switch rt.Kind() {
	case reflect.Struct:
		for i := 0; i < rt.NumField(); i++ {
			v.Field(i).Set(zeroOf(rt.Field(i).Type))
		}
	case reflect.Array:
		for i := 0; i < rt.Len(); i++ {
			v.Index(i).Set(zeroOf(rt.Elem()))
		}
	}
	return v
}

// TestProposalFlow passes a market parameter change and attacks the flow: a double vote, a vote after
// the deadline, queueing before the vote closes and executing before the timelock all fail with the
// governor's or timelock's custom errors, and nothing changes until execution.
func TestProposalFlow(t *testing.T) {
	g := newGovFixture(t)
	tx, err := g.c.SetParamAction(g.ctx, []string{"fee_bps=250", "dispute_window=2h"})
	g.must("set-param action", err)
	p := Proposal{Calls: []Tx{tx}, Description: "raise the fee"}
	id, _, err := g.c.Propose(g.ctx, g.admin, p)
	g.must("propose", err)
	st, err := g.c.ProposalState(g.ctx, id)
	g.must("state", err)
	if st.State != "pending" {
		t.Fatalf("state %s, want pending", st.State)
	}
	_, err = g.c.CastVote(g.ctx, g.admin, id, VoteFor)
	g.wantRevert(err, "GovernorUnexpectedProposalState") // before the snapshot
	g.must("wait", g.c.WaitChainTime(g.ctx, g.admin, st.Snapshot+1))
	r, err := g.c.CastVote(g.ctx, g.admin, id, VoteFor)
	g.must("vote", err)
	t.Logf("castVote gas %d", r.GasUsed)
	if r.GasUsed > 100_000 {
		t.Errorf("castVote used %d gas, target 100k", r.GasUsed)
	}
	_, err = g.c.CastVote(g.ctx, g.admin, id, VoteAgainst)
	g.wantRevert(err, "GovernorAlreadyCastVote")
	_, err = g.c.QueueProposal(g.ctx, g.admin, p)
	g.wantRevert(err, "GovernorUnexpectedProposalState") // the vote is still open
	g.must("wait", g.c.WaitChainTime(g.ctx, g.admin, st.Deadline+1))
	late := g.trs[0]
	g.fund(late, Tokens(100))
	g.must("stake late", g.c.StakeVotes(g.ctx, late, Tokens(100)))
	_, err = g.c.CastVote(g.ctx, late, id, VoteAgainst)
	g.wantRevert(err, "GovernorUnexpectedProposalState") // after the deadline
	_, err = g.c.QueueProposal(g.ctx, g.admin, p)
	g.must("queue", err)
	_, err = g.c.ExecuteProposal(g.ctx, g.admin, p)
	g.wantRevert(err, "TimelockUnexpectedOperationState") // the timelock has not passed
	if mp, _ := g.c.MarketParams(g.ctx); mp.FeeBps == 250 {
		t.Fatal("the fee changed before execution")
	}
	st, err = g.c.ProposalState(g.ctx, id)
	g.must("state", err)
	g.must("wait", g.c.WaitChainTime(g.ctx, g.admin, st.ETA))
	found, err := g.c.FindProposal(g.ctx, id, 0)
	g.must("find proposal", err)
	_, err = g.c.ExecuteProposal(g.ctx, late, found) // anyone executes a passed proposal
	g.must("execute", err)
	mp, err := g.c.MarketParams(g.ctx)
	g.must("params", err)
	if mp.FeeBps != 250 || mp.DisputeWindow != 7200 {
		t.Fatalf("params after execution %+v", mp)
	}
	if st, _ = g.c.ProposalState(g.ctx, id); st.State != "executed" {
		t.Fatalf("state %s", st.State)
	}
}

// TestUnknownFunctionRefused: a proposal calling a function that is not on the DAO's list (a token
// transfer out of the market, a selector that exists nowhere) is refused at propose time.
func TestUnknownFunctionRefused(t *testing.T) {
	g := newGovFixture(t)
	for _, tx := range []Tx{
		{To: g.suite.Market, Data: []byte{0xde, 0xad, 0xbe, 0xef}},
		{To: g.suite.Registry, Data: g.c.k.registry.PackWithdrawUnbonded()},
		{To: g.trs[0].Addr, Data: nil},
	} {
		_, _, err := g.c.Propose(g.ctx, g.admin, Proposal{Calls: []Tx{tx}, Description: "bad"})
		g.wantRevert(err, "UnknownFunction")
		if cohort.Code(g.c.CheckCall(g.ctx, tx)) != cohort.EInvalid {
			t.Fatalf("CheckCall accepted %x", tx.Data)
		}
	}
	tx, _ := g.c.SetParamAction(g.ctx, []string{"fee_bps=1"})
	g.must("check a known call", g.c.CheckCall(g.ctx, tx))
}

// TestArbitration: validators' reports freeze a node; the DAO's judgement slashes it within the cap to
// the treasury or the harmed party only, naming the case's dispute; a case nobody judges in time
// releases the node by default, after which no late judgement can slash it.
func TestArbitration(t *testing.T) {
	g := newGovFixture(t)
	node := g.trs[0]
	g.registerTrainer(node, Tokens(100), 0)
	for _, v := range g.vals {
		g.registerValidator(v)
	}
	dispute := [32]byte{7}
	_, err := g.c.ReportNode(g.ctx, node, node.Addr, dispute)
	g.wantRevert(err, "NotValidator")
	for i, v := range g.vals {
		_, err := g.c.ReportNode(g.ctx, v, node.Addr, dispute)
		g.must("report", err)
		if i == 0 {
			_, err = g.c.ReportNode(g.ctx, v, node.Addr, dispute)
			g.wantRevert(err, "AlreadyReported")
		}
	}
	n, _ := g.c.Node(g.ctx, node.Addr)
	cs, err := g.c.Case(g.ctx, node.Addr)
	g.must("case", err)
	if !n.Frozen || !cs.Open || cs.Cap.Cmp(Tokens(50)) != 0 {
		t.Fatalf("after the quorum's reports: frozen %v case %+v", n.Frozen, cs)
	}
	// The ex-deployer cannot judge alone.
	_, err = g.c.Send(g.ctx, g.admin, g.c.ReleaseAction(node.Addr, dispute))
	g.wantRevert(err, "AccessControlUnauthorizedAccount")

	treasury := g.admin.Addr // DeployParams' default treasury
	over, _ := g.c.SlashAction(node.Addr, Tokens(51), treasury, dispute)
	_, err = g.c.PassProposal(g.ctx, g.admin, Proposal{Calls: []Tx{over}, Description: "slash over the cap"})
	g.wantRevert(err, "SlashOverCap")
	stranger, _ := g.c.SlashAction(node.Addr, Tokens(10), g.trs[1].Addr, dispute)
	_, err = g.c.PassProposal(g.ctx, g.admin, Proposal{Calls: []Tx{stranger}, Description: "slash to a stranger"})
	g.wantRevert(err, "NotPayee")
	wrong, _ := g.c.SlashAction(node.Addr, Tokens(10), treasury, [32]byte{8})
	_, err = g.c.PassProposal(g.ctx, g.admin, Proposal{Calls: []Tx{wrong}, Description: "slash naming another dispute"})
	g.wantRevert(err, "WrongDispute")
	before, _ := g.c.TokenBalance(g.ctx, treasury)
	ok, _ := g.c.SlashAction(node.Addr, Tokens(40), treasury, dispute)
	_, err = g.c.PassProposal(g.ctx, g.admin, Proposal{Calls: []Tx{ok}, Description: "slash 40 to the treasury"})
	g.must("slash by proposal", err)
	after, _ := g.c.TokenBalance(g.ctx, treasury)
	n, _ = g.c.Node(g.ctx, node.Addr)
	if new(big.Int).Sub(after, before).Cmp(Tokens(40)) != 0 || n.Stake.Cmp(Tokens(60)) != 0 || n.Frozen {
		t.Fatalf("after the judgement: treasury +%s, stake %s, frozen %v", new(big.Int).Sub(after, before), n.Stake, n.Frozen)
	}

	// A second case, frozen by proposal with a harmed party, that nobody judges: the default releases.
	harmed := g.trs[2].Addr
	_, err = g.c.PassProposal(g.ctx, g.admin, Proposal{Calls: []Tx{g.c.FreezeAction(node.Addr, dispute, harmed)}, Description: "freeze again"})
	g.must("freeze by proposal", err)
	cs, _ = g.c.Case(g.ctx, node.Addr)
	_, err = g.c.ExpireCase(g.ctx, g.trs[3], node.Addr)
	g.wantRevert(err, "CaseNotExpired")
	late, _ := g.c.SlashAction(node.Addr, Tokens(10), harmed, dispute)
	p := Proposal{Calls: []Tx{late}, Description: "a slash executed too late"}
	id, _, err := g.c.Propose(g.ctx, g.admin, p)
	g.must("propose late slash", err)
	st, _ := g.c.ProposalState(g.ctx, id)
	g.must("wait", g.c.WaitChainTime(g.ctx, g.admin, st.Snapshot+1))
	_, err = g.c.CastVote(g.ctx, g.admin, id, VoteFor)
	g.must("vote late slash", err)
	g.must("wait", g.c.WaitChainTime(g.ctx, g.admin, st.Deadline+1))
	_, err = g.c.QueueProposal(g.ctx, g.admin, p)
	g.must("queue late slash", err)
	g.must("wait", g.c.WaitChainTime(g.ctx, g.admin, cs.Deadline+1)) // the judgement window closes first
	_, err = g.c.ExecuteProposal(g.ctx, g.admin, p)
	g.wantRevert(err, "CaseExpired")
	_, err = g.c.ExpireCase(g.ctx, g.trs[3], node.Addr)
	g.must("expire", err)
	if n, _ = g.c.Node(g.ctx, node.Addr); n.Frozen {
		t.Fatal("the default outcome did not release the node")
	}
	_, err = g.c.ExecuteProposal(g.ctx, g.admin, p)
	g.wantRevert(err, "NoCase")
	if n, _ = g.c.Node(g.ctx, node.Addr); n.Stake.Cmp(Tokens(60)) != 0 {
		t.Fatalf("stake %s after a refused late slash", n.Stake)
	}
}

// TestGuardian: two of the three guardians pause new inference requests; the guardians cannot move
// funds, slash, freeze, change parameters or resume: every such call fails at its target, and only
// the DAO resumes requests.
func TestGuardian(t *testing.T) {
	g := newGovFixture(t)
	gs := g.sim.Accounts[17:20]
	s := g.suite
	_, _, err := g.c.GuardianSubmit(g.ctx, g.trs[0], g.c.PauseRequestsCall())
	g.wantRevert(err, "NotSigner")
	id, _, err := g.c.GuardianSubmit(g.ctx, gs[0], g.c.PauseRequestsCall())
	g.must("submit pause", err)
	_, err = g.c.GuardianConfirm(g.ctx, gs[0], id)
	g.wantRevert(err, "AlreadyConfirmed")
	if paused(g) {
		t.Fatal("one guardian paused requests alone")
	}
	_, err = g.c.GuardianConfirm(g.ctx, gs[1], id)
	g.must("confirm pause", err)
	if !paused(g) {
		t.Fatal("two guardians did not pause requests")
	}
	o := g.c.OracleAt(s.InferenceOracle)
	_, _, _, err = o.Request(g.ctx, g.pub, InferenceRequest{ModelID: common.Hash{1}, InputCommit: common.Hash{2}, TTL: time.Hour, Fee: new(big.Int)})
	g.wantRevert(err, "RequestsPaused")

	g.registerTrainer(g.trs[1], Tokens(10), 0)
	mp, _ := g.c.MarketParams(g.ctx)
	mp.FeeBps = 1000
	oracle := bindings.NewInferenceOracle()
	for _, tx := range []Tx{
		{To: s.Token, Data: g.c.k.token.PackTransfer(gs[0].Addr, Tokens(1)), What: "move tokens"},
		{To: s.Registry, Data: g.c.k.registry.PackSlash(g.trs[1].Addr, Tokens(1), gs[0].Addr), What: "slash"},
		{To: s.Registry, Data: g.c.k.registry.PackSetFrozen(g.trs[1].Addr, true), What: "freeze"},
		{To: s.Arbitration, Data: g.c.gk.arb.PackFreeze(g.trs[1].Addr, [32]byte{1}, gs[0].Addr), What: "open a case"},
		{To: s.Market, Data: g.c.k.market.PackSetParams(mp), What: "set params"},
		{To: s.InferenceOracle, Data: oracle.PackUnpauseRequests(), What: "resume"},
		{To: s.Token, Data: g.c.k.token.PackMint(gs[0].Addr, Tokens(1)), What: "mint"},
	} {
		id, _, err := g.c.GuardianSubmit(g.ctx, gs[0], tx)
		g.must("submit "+tx.What, err)
		_, err = g.c.GuardianConfirm(g.ctx, gs[2], id)
		g.wantRevert(err, "CallFailed")
	}
	if n, _ := g.c.Node(g.ctx, g.trs[1].Addr); n.Frozen || n.Stake.Cmp(Tokens(10)) != 0 {
		t.Fatalf("the guardians touched a node: %+v", n)
	}
	// Withdrawals never pause: the node unbonds while requests are paused (the unbonding delay would
	// then let it withdraw; the registry has no pause at all).
	_, err = g.c.RequestUnbond(g.ctx, g.trs[1], Tokens(1))
	g.must("unbond while paused", err)
	_, err = g.c.PassProposal(g.ctx, g.admin, Proposal{Calls: []Tx{{To: s.InferenceOracle, Data: oracle.PackUnpauseRequests()}}, Description: "resume requests"})
	g.must("resume by proposal", err)
	if paused(g) {
		t.Fatal("the DAO did not resume requests")
	}
}

func paused(g *gfix) bool {
	oracle := bindings.NewInferenceOracle()
	out, err := g.c.Call(g.ctx, g.suite.InferenceOracle, oracle.PackRequestsPaused(), "paused")
	g.must("paused", err)
	p, err := oracle.UnpackRequestsPaused(out)
	g.must("paused", err)
	return p
}

// TestRoleNames keeps roleNames' order: the admin role first.
func TestRoleNames(t *testing.T) {
	a, _ := bindings.NodeRegistryMetaData.ParseABI()
	got := roleNames(a)
	if !sort.StringsAreSorted(got[1:]) || got[0] != "DEFAULT_ADMIN_ROLE" || len(got) != 4 {
		t.Fatalf("roleNames %v", got)
	}
}
