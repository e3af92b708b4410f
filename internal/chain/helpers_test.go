package chain

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cohort-net/cohort"
)

// fixture is a simulated chain with the suite deployed. Accounts: 0 admin/treasury, 1 publisher,
// 2 coordinator, 3-5 validators, 6.. trainers.
type fixture struct {
	t     *testing.T
	ctx   context.Context
	sim   *Simulated
	c     *Conn
	admin *Account
	pub   *Account
	coord *Account
	vals  []*Account
	trs   []*Account
	suite Suite
}

func newFixture(t *testing.T, trainers int, p DeployParams) *fixture {
	t.Helper()
	ctx := context.Background()
	sim, err := NewSimulated(ctx, 6+trainers, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Close() })
	f := &fixture{t: t, ctx: ctx, sim: sim, c: sim.Conn, admin: sim.Accounts[0], pub: sim.Accounts[1], coord: sim.Accounts[2],
		vals: sim.Accounts[3:6], trs: sim.Accounts[6:]}
	if p.Gov.Stake == nil {
		p.Gov = DevGovParams()
	}
	if f.suite, err = f.c.DeploySuite(ctx, f.admin, p); err != nil {
		t.Fatal(err)
	}
	// The DAO holds every role now; these tests drive admin functions directly, so a proposal gives
	// the admin account the roles a single-key deployment had (gov_test.go tests the DAO itself).
	if err := f.c.GrantOperator(ctx, f.admin, f.admin.Addr); err != nil {
		t.Fatal(err)
	}
	return f
}

func (f *fixture) must(what string, err error) {
	f.t.Helper()
	if err != nil {
		f.t.Fatalf("%s: %v", what, err)
	}
}

// wantRevert checks that err is the decoded custom error name.
func (f *fixture) wantRevert(err error, name string) {
	f.t.Helper()
	if err == nil {
		f.t.Fatalf("want revert %s, got success", name)
	}
	if got := RevertName(err); got != name {
		f.t.Fatalf("want revert %s, got %q (%v)", name, got, err)
	}
	if cohort.Code(err) == cohort.EInternal {
		f.t.Fatalf("revert %s mapped to internal: %v", name, err)
	}
}

func (f *fixture) fund(a *Account, amount *big.Int) {
	f.t.Helper()
	_, err := f.c.Transfer(f.ctx, f.admin, a.Addr, amount)
	f.must("fund", err)
}

// registerTrainer registers a trainer with stake and funds it with 10 more tokens for bid bonds.
func (f *fixture) registerTrainer(a *Account, stake *big.Int, rep uint16) {
	f.t.Helper()
	f.fund(a, new(big.Int).Add(stake, Tokens(10)))
	_, err := f.c.Register(f.ctx, a, NodeProfile{Roles: []cohort.Role{cohort.RoleTrainer}, Endpoint: "http://127.0.0.1:1/" + a.Addr.Hex()[:8],
		CPUCores: 8, MemoryMB: 16384, GPUCount: 1, GPUModel: "H100", HourlyRate: Tokens(10)}, stake)
	f.must("register trainer", err)
	if rep != 0 {
		_, err = f.c.SetReputation(f.ctx, f.admin, a.Addr, rep)
		f.must("set reputation", err)
	}
}

// registerValidator registers a validator with a 10-token stake.
func (f *fixture) registerValidator(a *Account) {
	f.t.Helper()
	f.fund(a, Tokens(10))
	_, err := f.c.Register(f.ctx, a, NodeProfile{Roles: []cohort.Role{cohort.RoleValidator}, Endpoint: "http://127.0.0.1:1/v"}, Tokens(10))
	f.must("register validator", err)
}

// registerValidators registers the fixture's three validators.
func (f *fixture) registerValidators() {
	f.t.Helper()
	for _, v := range f.vals {
		f.registerValidator(v)
	}
}

// commitSelected commits the task's next round with every selected node as a contributor.
func (f *fixture) commitSelected(id *big.Int) {
	f.t.Helper()
	info, err := f.c.Task(f.ctx, id)
	f.must("task", err)
	var parts []common.Address
	for _, b := range info.Bids {
		if b.Selected {
			parts = append(parts, b.Node)
		}
	}
	_, err = f.c.CommitRound(f.ctx, f.coord, id, info.Rounds+1, cid(int(info.Rounds)+1), parts, 0)
	f.must("commit round", err)
}

// attestAll has the three validators attest metric against the last committed round.
func (f *fixture) attestAll(id *big.Int, metric uint32) {
	f.t.Helper()
	for _, v := range f.vals {
		_, err := f.c.Attest(f.ctx, v, id, f.lastCommitment(id), metric)
		f.must("attest", err)
	}
}

func (f *fixture) spec(budget *big.Int) TaskSpec {
	now, err := f.c.HeadTime(f.ctx)
	f.must("head", err)
	return TaskSpec{
		ModelSpecHash: common.HexToHash("0x01"), DataSchemaHash: common.HexToHash("0x02"), Budget: budget,
		MaxHourlyRate: Tokens(100), BiddingDeadline: now.Add(time.Hour), ExecutionDeadline: now.Add(24 * time.Hour),
		MetricID: 1, MetricThreshold: 9000, MaxNodes: 10, BonusBps: 1000, Coordinator: f.coord.Addr, Rounds: 1,
	}
}

func (f *fixture) publish(spec TaskSpec) *big.Int {
	f.t.Helper()
	f.fund(f.pub, spec.Budget)
	id, _, err := f.c.Publish(f.ctx, f.pub, spec)
	f.must("publish", err)
	return id
}

func cid(i int) []byte {
	return []byte(fmt.Sprintf("\x01\x55\x12\x20round-%02d-model-digest-0000000000", i))
}
