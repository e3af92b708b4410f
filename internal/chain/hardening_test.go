package chain

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Attacks on InferenceOracle and DataRegistry (issue 14), each written as the attacker plays it. Every
// one of them succeeded before the fix it names.

// oracleRequest posts a request for x (with the consumer as callback when gas is not zero) and returns
// its id and nonce.
func (f *oracleFixture) request(x []int64, fee *big.Int, gas uint32) (uint64, common.Hash) {
	f.t.Helper()
	r := InferenceRequest{ModelID: f.m.id, InputCommit: f.m.commit(x), Fee: fee, TTL: time.Hour}
	if gas != 0 {
		r.Callback, r.CallbackGas = f.consumer, gas
	}
	if fee != nil {
		f.fund(f.pub, fee)
	}
	id, nonce, _, err := f.o.Request(f.ctx, f.pub, r)
	f.must("request", err)
	return id, nonce
}

func (f *fixture) balance(a common.Address) *big.Int {
	f.t.Helper()
	b, err := f.c.TokenBalance(f.ctx, a)
	f.must("balance", err)
	return b
}

// balances snapshots token balances, and unchanged fails the test if any of them moved since.
type balances struct {
	f    *fixture
	addr []common.Address
	was  []*big.Int
}

func (f *fixture) snapshot(addr ...common.Address) *balances {
	b := &balances{f: f, addr: addr}
	for _, a := range addr {
		b.was = append(b.was, f.balance(a))
	}
	return b
}

func (b *balances) unchanged(what string) {
	b.f.t.Helper()
	for i, a := range b.addr {
		if now := b.f.balance(a); now.Cmp(b.was[i]) != 0 {
			b.f.t.Fatalf("%s: the balance of %s moved from %s to %s", what, a.Hex(), b.was[i], now)
		}
	}
}

// TestOracleRefusesAliasedOutputs: a miner with a valid proof of output v submits v - r (or v + r),
// which the verifier reads as the same field element. Before the fix the oracle recorded the alias,
// paid the miner and handed the consumer about -2^254 for a positive logit.
func TestOracleRefusesAliasedOutputs(t *testing.T) {
	f := newOracleFixture(t)
	ctx, o := f.ctx, f.o
	x := []int64{256, -512, 1024}
	fee := Tokens(3)
	id, nonce := f.request(x, fee, 200_000)
	outs, proof, _ := f.m.prove(t, nonce, f.miner.Addr, x)
	alias := func(v int64) *big.Int {
		if v >= 0 {
			return new(big.Int).Sub(big.NewInt(v), fieldModulus)
		}
		return new(big.Int).Add(big.NewInt(v), fieldModulus)
	}
	// The alias packs to the same public input (statement format 3: (bits - 1) + (v + 2^(bits-1)) << 6,
	// mod r): only the range check tells them apart.
	pub, err := o.call(ctx, o.abi.PackPublicInputs(new(big.Int).SetUint64(id), f.miner.Addr, bigs(outs)), "public inputs")
	f.must("public inputs", err)
	want, err := o.abi.UnpackPublicInputs(pub)
	f.must("unpack", err)
	bits := f.m.c.Model.OutputBits()
	packed := new(big.Int).Add(alias(outs[0]), new(big.Int).Lsh(big.NewInt(1), uint(bits-1)))
	packed.Lsh(packed, 6).Add(packed, big.NewInt(int64(bits-1))).Mod(packed, fieldModulus)
	if f.m.c.Model.Outputs() != 1 || len(want) != 4 || want[3].Cmp(packed) != 0 {
		t.Fatalf("alias %s does not pack as output %d mod r", alias(outs[0]), outs[0])
	}

	held := f.snapshot(f.miner.Addr, o.Address(), f.consumer)
	_, err = o.send(ctx, f.miner, o.abi.PackFulfil(new(big.Int).SetUint64(id), []*big.Int{alias(outs[0])}, proof), "fulfil with an alias")
	f.wantRevert(err, "OutputOutOfRange")
	held.unchanged("refused alias")
	if info, err := o.RequestInfo(ctx, id); err != nil || info.Status != RequestPending {
		t.Fatalf("after the alias: %+v %v", info, err)
	}
	if n, err := f.cons.UnpackReceived(f.consumerCall(f.cons.PackReceived(), "received")); err != nil || n.Sign() != 0 {
		t.Fatalf("the consumer received %v results (%v)", n, err)
	}
	// The range is exactly the model's signed width without its least value, as zk.Statement checks.
	lim := int64(1)<<(bits-1) - 1
	for _, v := range []*big.Int{
		big.NewInt(lim + 1),
		big.NewInt(-lim - 1),
		new(big.Int).Sub(fieldModulus, big.NewInt(1)),
	} {
		_, err := o.call(ctx, o.abi.PackPublicInputs(new(big.Int).SetUint64(id), f.miner.Addr, []*big.Int{v}), "public inputs")
		f.wantRevert(err, "OutputOutOfRange")
	}
	for _, v := range []int64{lim, -lim} {
		_, err := o.call(ctx, o.abi.PackPublicInputs(new(big.Int).SetUint64(id), f.miner.Addr, []*big.Int{big.NewInt(v)}), "public inputs")
		f.must("public inputs at the range's end", err)
	}
	if _, err := o.Fulfil(ctx, f.miner, id, []int64{-1 << 63}, proof); err == nil {
		t.Fatal("Fulfil sent -2^63")
	}

	// The honest answer still goes through.
	_, err = o.Fulfil(ctx, f.miner, id, outs, proof)
	f.must("honest fulfil", err)
	if got := new(big.Int).Sub(f.balance(f.miner.Addr), held.was[0]); got.Cmp(fee) != 0 {
		t.Fatalf("miner got %s, want %s", got, fee)
	}
	last, err := f.cons.UnpackLastOutputs(f.consumerCall(f.cons.PackLastOutputs(), "last outputs"))
	f.must("last outputs", err)
	if len(last) != 1 || last[0].Cmp(big.NewInt(outs[0])) != 0 {
		t.Fatalf("consumer saw %v, want %v", last, outs)
	}
}

// TestOracleHugeRevertReason: a consumer whose callback reverts with about 900 KB of revert data
// (affordable within the largest callback gas). Before the fix the oracle copied all of it and logged
// it, which pushed fulfil over the transaction gas cap: the request could never be fulfilled.
func TestOracleHugeRevertReason(t *testing.T) {
	f := newOracleFixture(t)
	ctx, o := f.ctx, f.o
	x := []int64{-100, 300, 50}
	_, err := f.c.Send(ctx, f.admin, Tx{To: f.consumer, Data: f.cons.PackSetMode(4), What: "set mode"})
	f.must("set mode", err)
	_, err = f.c.Send(ctx, f.admin, Tx{To: f.consumer, Data: f.cons.PackSetReasonBytes(big.NewInt(900_000)), What: "set reason size"})
	f.must("set reason size", err)
	fee := Tokens(2)
	id, nonce := f.request(x, fee, 2_000_000)
	outs, proof, _ := f.m.prove(t, nonce, f.miner.Addr, x)
	before := f.balance(f.miner.Addr)
	rc, err := o.Fulfil(ctx, f.miner, id, outs, proof)
	f.must("fulfil with a callback reverting 900 KB", err)
	t.Logf("fulfil gas with a 900 KB revert: %d", rc.GasUsed)
	var reason []byte
	for _, l := range rc.Logs {
		if ev, err := o.abi.UnpackCallbackFailedEvent(l); err == nil && ev.RequestId.Uint64() == id {
			reason = ev.Reason
		}
	}
	if len(reason) != 256 {
		t.Fatalf("CallbackFailed carries %d bytes of reason, want the first 256", len(reason))
	}
	res, ok, err := o.Result(ctx, id)
	f.must("result", err)
	if !ok || res.CallbackOK || res.Miner != f.miner.Addr || res.Outputs[0] != outs[0] {
		t.Fatalf("result %+v", res)
	}
	if got := new(big.Int).Sub(f.balance(f.miner.Addr), before); got.Cmp(fee) != 0 {
		t.Fatalf("miner got %s, want %s", got, fee)
	}
	if rc.GasUsed > 2_000_000+600_000 {
		t.Fatalf("fulfil used %d gas: more than the callback's limit and the verification", rc.GasUsed)
	}
}

// registerAuthorizerService lists a service of the first authorizer at fee and funds the client.
func (f *dataFixture) service(fee *big.Int) uint64 {
	f.t.Helper()
	sid, _, err := f.d.ListService(f.ctx, f.auths[0], testReport(0, true).SchemaID, fee, "http://127.0.0.1:1/validate")
	f.must("list", err)
	f.fund(f.pub, Tokens(100))
	return sid
}

// TestDataRegistryStaleReportReplay: an authorizer signs a report and hands it out, then finds it wrong
// and attests a correction. The holder of the old signature submits it. Before the fix it replaced the
// correction (the signature's nonce had never been used).
func TestDataRegistryStaleReportReplay(t *testing.T) {
	f := newDataFixture(t)
	ctx, d, a := f.ctx, f.d, f.auths[0]
	wrong := testReport(9, true)
	now, err := f.c.HeadTime(ctx)
	f.must("head", err)
	old, err := d.SignReport(ctx, a, wrong, now.Add(time.Hour))
	f.must("sign", err)

	fixed := wrong
	fixed.ReportHash, fixed.Pass, fixed.Rows = crypto.Keccak256Hash([]byte("corrected")), false, 7
	_, err = d.AttestReport(ctx, a, fixed)
	f.must("attest the correction", err)

	_, err = d.AttestBySig(ctx, f.other, old)
	f.wantRevert(err, "StaleReport")
	got, ok, err := d.Attestation(ctx, wrong.Manifest, a.Addr)
	f.must("attestation", err)
	if !ok || got.ReportHash != fixed.ReportHash || got.Pass || got.Version < old.Report.Version {
		t.Fatalf("after the replay the record is %+v", got)
	}

	// The same with both reports signed: the later version stands whatever the submission order.
	v1, err := d.SignReport(ctx, a, QualityReport{Manifest: testReport(10, true).Manifest, SchemaID: wrong.SchemaID,
		ReportHash: wrong.ReportHash, Pass: true, Rows: 1, Version: 100}, now.Add(time.Hour))
	f.must("sign v100", err)
	v2r := v1.Report
	v2r.ReportHash, v2r.Pass, v2r.Version = fixed.ReportHash, false, 101
	v2, err := d.SignReport(ctx, a, v2r, now.Add(time.Hour))
	f.must("sign v101", err)
	_, err = d.AttestBySig(ctx, f.other, v2)
	f.must("submit v101", err)
	_, err = d.AttestBySig(ctx, f.other, v1)
	f.wantRevert(err, "StaleReport")
	if got, _, _ := d.Attestation(ctx, v1.Report.Manifest, a.Addr); got.Version != 101 || got.ReportHash != fixed.ReportHash {
		t.Fatalf("version 100 replaced 101: %+v", got)
	}
}

// TestDataRegistryOrderMaxFee: a client that approved more than the fee (an open allowance) orders at
// the fee it saw; the provider raises its fee first. Before the fix the order took the new fee.
func TestDataRegistryOrderMaxFee(t *testing.T) {
	f := newDataFixture(t)
	ctx, d, a := f.ctx, f.d, f.auths[0]
	seen := Tokens(4)
	sid := f.service(seen)
	_, err := f.c.Send(ctx, f.pub, Tx{To: f.c.Suite().Token, Data: f.c.k.token.PackApprove(d.Address(), Tokens(100)), What: "open allowance"})
	f.must("approve", err)
	_, err = d.UpdateService(ctx, a, sid, Tokens(40), "http://127.0.0.1:1/validate")
	f.must("the provider raises its fee", err)

	held := f.snapshot(f.pub.Addr, a.Addr, d.Address())
	m := testReport(11, true).Manifest
	_, err = d.send(ctx, f.pub, d.abi.PackOrderValidation(new(big.Int).SetUint64(sid), m, 3600, seen), "order at the fee seen")
	f.wantRevert(err, "FeeTooHigh")
	held.unchanged("refused order")
	if _, _, err := d.OrderValidation(ctx, f.pub, sid, m, time.Hour, seen); err == nil {
		t.Fatal("the connector ordered above maxFee")
	}
	held.unchanged("refused order (connector)")
	// At or under maxFee the order goes through and escrows the fee.
	oid, _, err := d.OrderValidation(ctx, f.pub, sid, m, time.Hour, Tokens(40))
	f.must("order at the new fee", err)
	if o, _ := d.Order(ctx, oid); o.Fee.Cmp(Tokens(40)) != 0 {
		t.Fatalf("order %+v", o)
	}
}

// TestDataRegistryPayOrderAttacks: a provider collects fees it did not earn. Before the fix each
// payment below went through: an attestation from before the order, one after its deadline, a frozen
// provider, and one attestation paying two orders.
func TestDataRegistryPayOrderAttacks(t *testing.T) {
	f := newDataFixture(t)
	ctx, d, a := f.ctx, f.d, f.auths[0]
	fee := Tokens(5)
	sid := f.service(fee)
	attest := func(i int) QualityReport {
		r := testReport(i, true)
		_, err := d.AttestReport(ctx, a, r)
		f.must("attest", err)
		return r
	}
	order := func(m common.Hash, ttl time.Duration) uint64 {
		id, _, err := d.OrderValidation(ctx, f.pub, sid, m, ttl, fee)
		f.must("order", err)
		return id
	}
	refused := func(id uint64, name string) {
		t.Helper()
		held := f.snapshot(f.pub.Addr, a.Addr, d.Address())
		_, err := d.PayOrder(ctx, f.other, id)
		f.wantRevert(err, name)
		held.unchanged(name)
		if o, _ := d.Order(ctx, id); o.Status != OrderOpen {
			t.Fatalf("order %d is %s after %s", id, o.Status, name)
		}
	}

	// 1. Attested before the order was placed.
	early := attest(20)
	if err := f.sim.AdvanceTime(time.Second); err != nil {
		t.Fatal(err)
	}
	refused(order(early.Manifest, time.Hour), "AttestationOutsideOrder")

	// 2. Attested after the order's deadline.
	late := testReport(21, true)
	lateID := order(late.Manifest, time.Minute)
	if err := f.sim.AdvanceTime(2 * time.Minute); err != nil {
		t.Fatal(err)
	}
	attest(21)
	refused(lateID, "AttestationOutsideOrder")

	// 3. Frozen after attesting: no payment while frozen.
	m3 := testReport(22, true).Manifest
	id3 := order(m3, time.Hour)
	attest(22)
	_, err := f.c.SetFrozen(ctx, f.admin, a.Addr, true)
	f.must("freeze", err)
	refused(id3, "ProviderInactive")
	_, err = f.c.SetFrozen(ctx, f.admin, a.Addr, false)
	f.must("unfreeze", err)
	_, err = d.PayOrder(ctx, f.other, id3)
	f.must("pay once unfrozen", err)

	// 4. Two orders of one dataset, one attestation: one payment.
	m4 := testReport(23, true).Manifest
	first, second := order(m4, time.Hour), order(m4, time.Hour)
	attest(23)
	before := f.balance(a.Addr)
	_, err = d.PayOrder(ctx, f.other, first)
	f.must("pay the first order", err)
	refused(second, "AttestationSpent")
	if at, _, _ := d.Attestation(ctx, m4, a.Addr); !at.Paid {
		t.Fatalf("attestation %+v not marked paid", at)
	}
	// A new attestation (a new version) pays the second.
	attest(23)
	_, err = d.PayOrder(ctx, f.other, second)
	f.must("pay the second order with a new attestation", err)
	if got := new(big.Int).Sub(f.balance(a.Addr), before); got.Cmp(new(big.Int).Mul(fee, big.NewInt(2))) != 0 {
		t.Fatalf("provider got %s for two orders, want %s", got, new(big.Int).Mul(fee, big.NewInt(2)))
	}
}
