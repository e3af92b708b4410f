package chain

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cohort-net/cohort"
)

// modelTask runs a task to settlement with trainers 0..2 selected (10 tokens x 1 hour each, 2 planned
// rounds): round 1 names all three, round 2 trainers 0 and 1; the coordinator declares data owners
// (when owners is not nil) before settlement; the validators attest metric. Returns the task id.
func (f *fixture) modelTask(metric uint32, owners []common.Address, samples []uint64, declare func(id *big.Int)) *big.Int {
	f.t.Helper()
	spec := f.spec(Tokens(1000))
	spec.MetricThreshold, spec.BonusBps, spec.Rounds = 8000, 0, 2
	id := f.publish(spec)
	if declare != nil {
		declare(id)
	}
	for i := 0; i < 3; i++ {
		_, err := f.c.Bid(f.ctx, f.trs[i], id, Tokens(10), 1)
		f.must("bid", err)
	}
	_, err := f.c.Select(f.ctx, f.pub, id)
	f.must("select", err)
	f.commitAll(id, 2, f.addrs(3), f.addrs(2))
	if owners != nil {
		lib := f.lib()
		_, err = lib.DeclareData(f.ctx, f.coord, id, owners, samples)
		f.must("declare data", err)
	}
	f.settled(id, metric, metric, metric)
	return id
}

func (f *fixture) lib() *ModelLibrary {
	f.t.Helper()
	lib, err := f.c.ModelLibrary()
	f.must("model library", err)
	return lib
}

func newModelFixture(t *testing.T) *fixture {
	t.Helper()
	f := newFixture(t, 4, DeployParams{FeeBps: 500, AttestQuorum: 3, DisputeWindow: time.Hour, UnbondingDelay: 2 * time.Hour})
	for _, a := range f.trs {
		f.registerTrainer(a, Tokens(10), 5000)
	}
	f.registerValidators()
	return f
}

// near reports whether got is want or one base unit less (the dividend per share rounds down).
func near(got, want *big.Int) bool {
	d := new(big.Int).Sub(want, got)
	return d.Sign() >= 0 && d.Cmp(big.NewInt(1)) <= 0
}

func frac(total *big.Int, num, den int64) *big.Int {
	x := new(big.Int).Mul(total, big.NewInt(num))
	return x.Div(x, big.NewInt(den))
}

// royaltyShares reads holder's shares of model id.
func (f *fixture) royaltyShares(id uint64, holder common.Address) *big.Int {
	f.t.Helper()
	r, err := f.lib().Royalty(f.ctx, id, holder)
	f.must("royalty", err)
	return r.Shares.Int
}

// The minted model's shares follow the documented algorithm; fees flow to holders pro rata, shares that
// move carry no past dividends, and nobody claims beyond its share.
func TestModelMintSharesAndClaims(t *testing.T) {
	f := newModelFixture(t)
	lib := f.lib()
	tr := f.trs
	owners := []common.Address{tr[0].Addr, tr[3].Addr} // a trainer that owns data, and a data owner that did not train
	id := f.modelTask(9000, owners, []uint64{300, 100}, nil)
	rc, err := lib.Mint(f.ctx, f.pub, id)
	f.must("mint", err)
	t.Logf("mint gas (3 trainers, 2 data owners, 3 validators, treasury): %d", rc.GasUsed)

	m, err := lib.Model(f.ctx, id.Uint64())
	f.must("model", err)
	if m.TaskID != id.Uint64() || string(m.CID) != string(cid(2)) || m.Score != 9000 || m.BaseModel != 0 || m.Subnet != 0 {
		t.Fatalf("model %+v", m)
	}
	// R = all shares (no base). Data 30 % by samples 300:100, trainers 40 % by rounds 2:2:1, validators
	// 10 % equally, the treasury (the admin) the rest.
	R := RoyaltyShares
	data, train, val := frac(R, 3000, 10_000), frac(R, 4000, 10_000), frac(R, 1000, 10_000)
	want := map[common.Address]*big.Int{
		tr[0].Addr: new(big.Int).Add(frac(data, 300, 400), frac(train, 2, 5)),
		tr[1].Addr: frac(train, 2, 5),
		tr[2].Addr: frac(train, 1, 5),
		tr[3].Addr: frac(data, 100, 400),
	}
	given := new(big.Int)
	for _, v := range f.vals {
		want[v.Addr] = new(big.Int).Div(val, big.NewInt(3))
	}
	for _, w := range want {
		given.Add(given, w)
	}
	want[f.admin.Addr] = new(big.Int).Sub(R, given)
	total := new(big.Int)
	for a, w := range want {
		if got := f.royaltyShares(id.Uint64(), a); got.Cmp(w) != 0 {
			t.Errorf("%s holds %s shares, want %s", a.Hex()[:10], got, w)
		}
		total.Add(total, w)
	}
	if total.Cmp(R) != 0 || len(m.Contributors) != 9 {
		t.Fatalf("allocation sums to %s over %d entries", total, len(m.Contributors))
	}

	// An inference fee earned off chain: paid to the royalty token, split at the next claim.
	fee := Tokens(1000)
	f.fund(f.pub, fee)
	_, err = lib.PayRoyalty(f.ctx, f.pub, id.Uint64(), fee)
	f.must("pay royalty", err)
	r0, _ := lib.Royalty(f.ctx, id.Uint64(), tr[0].Addr)
	wantPay := new(big.Int).Div(new(big.Int).Mul(fee, want[tr[0].Addr]), R)
	if !near(r0.Claimable.Int, wantPay) || r0.Undistributed.Sign() != 0 {
		t.Fatalf("claimable %s, want %s", r0.Claimable, wantPay)
	}
	before := f.balance(tr[0].Addr)
	rc, err = lib.Claim(f.ctx, tr[0], id.Uint64(), nil)
	f.must("claim", err)
	t.Logf("claim gas (distributes first): %d", rc.GasUsed)
	if got := new(big.Int).Sub(f.balance(tr[0].Addr), before); !near(got, wantPay) || lib.Claimed(rc).Cmp(got) != 0 {
		t.Fatalf("trainer 0 claimed %s, want %s", got, wantPay)
	}

	// Attacker: a holder claims more than its share; nothing moves.
	r1, _ := lib.Royalty(f.ctx, id.Uint64(), tr[1].Addr)
	snap := f.balance(r1.Token)
	_, err = lib.Claim(f.ctx, tr[1], id.Uint64(), new(big.Int).Add(r1.Claimable.Int, big.NewInt(1)))
	f.wantRevert(err, "ClaimExceedsShare")
	if f.balance(r1.Token).Cmp(snap) != 0 {
		t.Fatal("a refused claim moved tokens")
	}
	// Attacker: a holder that already claimed claims again.
	_, err = lib.Claim(f.ctx, tr[0], id.Uint64(), big.NewInt(1))
	f.wantRevert(err, "ClaimExceedsShare")
	// Attacker: an outsider with no shares claims.
	_, err = lib.Claim(f.ctx, f.coord, id.Uint64(), big.NewInt(1))
	f.wantRevert(err, "ClaimExceedsShare")

	// Trainer 2 sells its shares to the publisher: the buyer gets later fees only, the seller keeps what
	// was paid while it held them.
	_, err = f.c.Send(f.ctx, tr[2], Tx{To: r1.Token, Data: lib.rt.PackTransfer(f.pub.Addr, want[tr[2].Addr]), What: "transfer shares"})
	f.must("transfer shares", err)
	if r, _ := lib.Royalty(f.ctx, id.Uint64(), f.pub.Addr); r.Claimable.Sign() != 0 || r.Pending.Sign() != 0 {
		t.Fatalf("the buyer inherited past royalties: %+v", r)
	}
	f.fund(f.pub, Tokens(100))
	_, err = lib.PayRoyalty(f.ctx, f.pub, id.Uint64(), Tokens(100))
	f.must("pay royalty", err)
	claim := func(a *Account) *big.Int {
		b := f.balance(a.Addr)
		_, err := lib.Claim(f.ctx, a, id.Uint64(), nil)
		f.must("claim", err)
		return new(big.Int).Sub(f.balance(a.Addr), b)
	}
	share := func(amount *big.Int, a common.Address) *big.Int {
		return new(big.Int).Div(new(big.Int).Mul(amount, want[a]), R)
	}
	if got, w := claim(f.pub), share(Tokens(100), tr[2].Addr); !near(got, w) {
		t.Fatalf("buyer claimed %s, want %s", got, w)
	}
	if got, w := claim(tr[2]), share(fee, tr[2].Addr); !near(got, w) {
		t.Fatalf("seller claimed %s, want %s", got, w)
	}
	// Everyone claims: what stays in the token is rounding dust only.
	for _, a := range append([]*Account{tr[0], tr[1], tr[3], f.admin}, f.vals...) {
		claim(a)
	}
	if dust := f.balance(r1.Token); dust.Cmp(big.NewInt(16)) > 0 {
		t.Fatalf("%s left in the royalty token after every claim", dust)
	}
}

// A model is minted once, from a settled and accepted task, with exactly the task's evidence.
func TestModelMintAttacks(t *testing.T) {
	f := newModelFixture(t)
	lib := f.lib()
	spec := f.spec(Tokens(1000))
	spec.Rounds = 1
	id := f.publish(spec)
	_, err := f.c.Bid(f.ctx, f.trs[0], id, Tokens(10), 1)
	f.must("bid", err)
	_, err = f.c.Select(f.ctx, f.pub, id)
	f.must("select", err)
	f.commitAll(id, 1, f.addrs(1))
	// Unsettled: minting before settlement.
	_, err = lib.Mint(f.ctx, f.trs[0], id)
	f.wantRevert(err, "WrongTaskStatus")
	// A non-coordinator declares itself the data owner of every sample.
	_, err = lib.DeclareData(f.ctx, f.trs[0], id, []common.Address{f.trs[0].Addr}, []uint64{1_000_000})
	f.wantRevert(err, "NotCoordinator")
	f.settled(id, 9500, 9500, 9500)
	// The coordinator declares data after settlement (after the shares are known).
	_, err = lib.DeclareData(f.ctx, f.coord, id, []common.Address{f.coord.Addr}, []uint64{1})
	f.wantRevert(err, "WrongTaskStatus")

	last, vals, err := lib.taskEvidence(f.ctx, id)
	f.must("evidence", err)
	mint := func(cid []byte, parts []common.Address, eps uint64, vs []common.Address) error {
		_, err := lib.send(f.ctx, f.trs[1], lib.addr, lib.abi.PackMint(id, cid, parts, eps, vs), "mint")
		return err
	}
	// Forged contributors: an extra participant, a different model, two validators, an outsider as a
	// validator, a validator named twice.
	f.wantRevert(mint(last.ModelCid, []common.Address{f.trs[0].Addr, f.trs[1].Addr}, 0, vals), "WrongModel")
	f.wantRevert(mint(cid(9), last.Participants, 0, vals), "WrongModel")
	f.wantRevert(mint(last.ModelCid, last.Participants, 0, vals[:2]), "WrongValidators")
	outsider := append([]common.Address{f.trs[1].Addr}, vals[1:]...)
	f.wantRevert(mint(last.ModelCid, last.Participants, 0, outsider), "WrongValidators")
	f.wantRevert(mint(last.ModelCid, last.Participants, 0, []common.Address{vals[0], vals[0], vals[1]}), "WrongValidators")
	f.wantRevert(mint(last.ModelCid, last.Participants, 0, []common.Address{vals[1], vals[0], vals[2]}), "WrongValidators")
	f.must("mint", mint(last.ModelCid, last.Participants, 0, vals))
	// Minting twice.
	_, err = lib.Mint(f.ctx, f.trs[1], id)
	f.wantRevert(err, "AlreadyMinted")
	if cohort.Code(err) != cohort.EConflict {
		t.Errorf("AlreadyMinted code %q", cohort.Code(err))
	}
	// The trainer that did the work holds the trainers' pool and the (undeclared) data pool.
	if got, w := f.royaltyShares(id.Uint64(), f.trs[0].Addr), frac(RoyaltyShares, 7000, 10_000); got.Cmp(w) != 0 {
		t.Fatalf("sole trainer holds %s, want %s", got, w)
	}
	if n, _ := lib.Models(f.ctx); len(n) != 1 {
		t.Fatalf("%d models listed", len(n))
	}

	// A task below its threshold settles without pay and is not listed.
	spec = f.spec(Tokens(1000))
	spec.Rounds = 1
	id2 := f.publish(spec)
	_, err = f.c.Bid(f.ctx, f.trs[1], id2, Tokens(10), 1)
	f.must("bid", err)
	_, err = f.c.Select(f.ctx, f.pub, id2)
	f.must("select", err)
	f.commitAll(id2, 1, []common.Address{f.trs[1].Addr})
	f.settled(id2, 1000, 1000, 1000)
	_, err = lib.Mint(f.ctx, f.trs[1], id2)
	f.wantRevert(err, "NotAccepted")
}

// A fine-tuning task names its base model; the base's holders receive their fixed share of the new
// model's royalties. Ratings: one per address, 1..5.
func TestModelFineTuneRoyaltyAndRating(t *testing.T) {
	f := newModelFixture(t)
	lib := f.lib()
	base := f.modelTask(9000, nil, nil, nil)
	_, err := lib.Mint(f.ctx, f.admin, base)
	f.must("mint base", err)
	b := base.Uint64()

	child := f.modelTask(9200, nil, nil, func(id *big.Int) {
		_, err := lib.Declare(f.ctx, f.trs[0], id, b, 0)
		f.wantRevert(err, "NotPublisher")
		_, err = lib.Declare(f.ctx, f.pub, id, 77, 0)
		f.wantRevert(err, "UnknownModel")
		_, err = lib.Declare(f.ctx, f.pub, id, b, 3)
		f.must("declare", err)
		_, err = lib.Declare(f.ctx, f.pub, id, 0, 0)
		f.wantRevert(err, "AlreadyDeclared")
	})
	_, err = lib.Mint(f.ctx, f.admin, child)
	f.must("mint child", err)
	cm, err := lib.Model(f.ctx, child.Uint64())
	f.must("model", err)
	bt, _ := lib.RoyaltyToken(f.ctx, b)
	if cm.BaseModel != b || cm.Subnet != 3 {
		t.Fatalf("child lineage %+v", cm)
	}
	baseCut := frac(RoyaltyShares, 1000, 10_000)
	if got := f.royaltyShares(child.Uint64(), bt); got.Cmp(baseCut) != 0 {
		t.Fatalf("the base's royalty token holds %s of the child, want %s", got, baseCut)
	}

	// 1000 tokens of fees for the child: 100 reach the base's holders through collect.
	f.fund(f.pub, Tokens(1000))
	_, err = lib.PayRoyalty(f.ctx, f.pub, child.Uint64(), Tokens(1000))
	f.must("pay", err)
	_, err = lib.Collect(f.ctx, f.coord, b, child.Uint64())
	f.must("collect", err)
	if got := f.balance(bt); !near(got, Tokens(100)) {
		t.Fatalf("base token received %s, want 100 tokens", got)
	}
	r, _ := lib.Royalty(f.ctx, b, f.trs[0].Addr)
	want := new(big.Int).Div(new(big.Int).Mul(f.balance(bt), r.Shares.Int), RoyaltyShares)
	if !near(r.Claimable.Int, want) {
		t.Fatalf("base trainer may claim %s, want %s", r.Claimable, want)
	}

	// Declaring after selection: bidders must see the base before they bid.
	late := f.modelTask(9000, nil, nil, nil)
	_, err = lib.Declare(f.ctx, f.pub, late, b, 0)
	f.wantRevert(err, "WrongTaskStatus")

	// Ratings.
	_, err = lib.Rate(f.ctx, f.pub, b, 4)
	f.must("rate", err)
	_, err = lib.Rate(f.ctx, f.coord, b, 5)
	f.must("rate", err)
	_, err = lib.Rate(f.ctx, f.pub, b, 1)
	f.wantRevert(err, "AlreadyRated")
	_, err = lib.send(f.ctx, f.trs[0], lib.addr, lib.abi.PackRate(base, 6), "rate")
	f.wantRevert(err, "BadRating")
	_, err = lib.Rate(f.ctx, f.pub, 999, 3)
	f.wantRevert(err, "UnknownModel")
	bm, _ := lib.Model(f.ctx, b)
	if bm.Ratings != 2 || bm.Rating != 4.5 {
		t.Fatalf("ratings %d mean %v", bm.Ratings, bm.Rating)
	}
}

// The oracle routes a model's royalty to its royalty token; only the registrar sets it.
func TestOracleRoyaltyToModelHolders(t *testing.T) {
	f := newOracleFixture(t)
	for _, a := range f.trs {
		f.registerTrainer(a, Tokens(10), 5000)
	}
	f.registerValidators()
	lib := f.lib()
	spec := f.spec(Tokens(1000))
	spec.Rounds = 1
	id := f.publish(spec)
	_, err := f.c.Bid(f.ctx, f.trs[1], id, Tokens(10), 1)
	f.must("bid", err)
	_, err = f.c.Select(f.ctx, f.pub, id)
	f.must("select", err)
	f.commitAll(id, 1, []common.Address{f.trs[1].Addr})
	f.settled(id, 9500, 9500, 9500)
	_, err = lib.Mint(f.ctx, f.pub, id)
	f.must("mint", err)
	tok, _ := lib.RoyaltyToken(f.ctx, id.Uint64())

	_, err = f.o.SetRoyalty(f.ctx, f.pub, f.m.id, tok, 2000)
	f.wantRevert(err, "AccessControlUnauthorizedAccount")
	_, err = f.o.SetRoyalty(f.ctx, f.admin, f.m.id, tok, 10_001)
	f.wantRevert(err, "InvalidRoyalty")
	_, err = f.o.SetRoyalty(f.ctx, f.admin, f.m.id, tok, 2000)
	f.must("set royalty", err)

	x := []int64{256, -512, 1024}
	fee := Tokens(10)
	f.fund(f.pub, fee)
	rid, nonce, _, err := f.o.Request(f.ctx, f.pub, InferenceRequest{ModelID: f.m.id, InputCommit: f.m.commit(x), Fee: fee, TTL: time.Hour})
	f.must("request", err)
	outs, proof, _ := f.m.prove(t, nonce, f.miner.Addr, x)
	before := f.balance(f.miner.Addr)
	_, err = f.o.Fulfil(f.ctx, f.miner, rid, outs, proof)
	f.must("fulfil", err)
	if got := new(big.Int).Sub(f.balance(f.miner.Addr), before); got.Cmp(Tokens(8)) != 0 {
		t.Fatalf("miner got %s, want 8 tokens", got)
	}
	if got := f.balance(tok); got.Cmp(Tokens(2)) != 0 {
		t.Fatalf("royalty token got %s, want 2 tokens", got)
	}
	r, _ := lib.Royalty(f.ctx, id.Uint64(), f.trs[1].Addr)
	want := new(big.Int).Div(new(big.Int).Mul(Tokens(2), r.Shares.Int), RoyaltyShares)
	if r.Pending.Cmp(want) != 0 || want.Sign() == 0 {
		t.Fatalf("trainer's pending oracle royalty %s, want %s", r.Pending, want)
	}
}
