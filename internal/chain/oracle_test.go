package chain

import (
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/chain/bindings"
	"github.com/cohort-net/cohort/internal/zk"
)

// testModel is a committed test model (testdata/<dir>, written by testdata/genverifier): its circuit,
// proving key and compiled Solidity verifier.
type testModel struct {
	c        *zk.Compiled
	pk       *zk.ProvingKey
	id       common.Hash
	verifier []byte
	salt     zk.Element // the requester's input salt, sent to the prover with the input
}

func loadTestModel(t *testing.T, dir string) *testModel {
	t.Helper()
	dir = filepath.Join("testdata", dir)
	cf, pk, _, err := zk.LoadKeys(dir, true)
	if err != nil {
		t.Fatal(err)
	}
	c, err := zk.CompileWith(cf.Model, cf.Options())
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "verifier.json"))
	if err != nil {
		t.Fatal(err)
	}
	var v struct {
		Bin string `json:"bin"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	return &testModel{c: c, pk: pk, id: common.Hash(cf.ModelID), verifier: common.FromHex(v.Bin), salt: zk.NewSalt()}
}

// prove answers a request for nonce as prover: the statement's outputs and the Solidity-form proof.
func (m *testModel) prove(t *testing.T, nonce common.Hash, prover common.Address, x []int64) ([]int64, []byte, *zk.Statement) {
	t.Helper()
	st, proof, err := m.c.Prove(m.pk, zk.Element(m.id), &zk.Request{ModelID: zk.Element(m.id), Nonce: zk.Element(nonce),
		Prover: cohort.NodeID(prover), Input: x, Salt: m.salt})
	if err != nil {
		t.Fatal(err)
	}
	sp, err := zk.SolidityProof(zk.Groth16, proof)
	if err != nil {
		t.Fatal(err)
	}
	return st.Outputs, sp, st
}

func (m *testModel) commit(x []int64) common.Hash {
	return common.Hash(m.c.Model.InputCommitment(x, m.salt))
}

type oracleFixture struct {
	*fixture
	m        *testModel
	o        *InferenceOracle
	verifier common.Address
	consumer common.Address
	cons     *bindings.OracleConsumer
	miner    *Account
	miner2   *Account
}

func newOracleFixture(t *testing.T) *oracleFixture {
	t.Helper()
	f := newFixture(t, 2, DeployParams{})
	of := &oracleFixture{fixture: f, m: loadTestModel(t, "logreg3"), miner: f.trs[0], miner2: f.trs[1]}
	var err error
	of.o, err = f.c.DeployOracle(f.ctx, f.admin, common.Address{})
	f.must("deploy oracle", err)
	of.verifier, err = f.c.DeployVerifier(f.ctx, f.admin, of.m.verifier)
	f.must("deploy verifier", err)
	_, err = of.o.RegisterModel(f.ctx, f.admin, of.m.id, of.verifier, of.m.c.Model.Outputs(), of.m.c.Model.OutputBits(), f.pub.Addr)
	f.must("register model", err)
	of.cons = bindings.NewOracleConsumer()
	of.consumer, _, err = f.c.Deploy(f.ctx, f.admin, append(common.FromHex(bindings.OracleConsumerMetaData.Bin), of.cons.PackConstructor(of.o.Address())...), "consumer")
	f.must("deploy consumer", err)
	return of
}

func (f *oracleFixture) consumerCall(data []byte, what string) []byte {
	f.t.Helper()
	out, err := f.c.Call(f.ctx, f.consumer, data, what)
	f.must(what, err)
	return out
}

func TestOracleRegisterModel(t *testing.T) {
	f := newOracleFixture(t)
	ctx, o := f.ctx, f.o
	m, err := o.Model(ctx, f.m.id)
	f.must("model", err)
	if m.Verifier != f.verifier || m.NumOutputs != 1 || int(m.OutputBits) != f.m.c.Model.OutputBits() || !m.Active || m.Owner != f.pub.Addr {
		t.Fatalf("model %+v", m)
	}
	other := common.HexToHash("0x0123")
	_, err = o.RegisterModel(ctx, f.pub, other, f.verifier, 1, 32, f.pub.Addr)
	f.wantRevert(err, "AccessControlUnauthorizedAccount")
	_, err = o.RegisterModel(ctx, f.admin, f.m.id, f.verifier, 1, 32, f.pub.Addr)
	f.wantRevert(err, "ModelExists")
	_, err = o.RegisterModel(ctx, f.admin, other, f.pub.Addr, 1, 32, f.pub.Addr)
	f.wantRevert(err, "InvalidVerifier")
	_, err = o.send(ctx, f.admin, o.abi.PackRegisterModel(other, f.verifier, 0, 32, f.pub.Addr), "register")
	f.wantRevert(err, "InvalidOutputCount")
	for _, b := range []uint8{0, 1, 65} {
		if _, err := o.RegisterModel(ctx, f.admin, other, f.verifier, 1, int(b), f.pub.Addr); cohort.Code(err) != cohort.EInvalid {
			t.Errorf("output width %d: %v", b, err)
		}
		_, err = o.send(ctx, f.admin, o.abi.PackRegisterModel(other, f.verifier, 1, b, f.pub.Addr), "register")
		f.wantRevert(err, "InvalidOutputBits")
	}
	big := common.BytesToHash(fieldModulus.Bytes())
	if _, err := o.RegisterModel(ctx, f.admin, big, f.verifier, 1, 32, f.pub.Addr); cohort.Code(err) != cohort.EInvalid {
		t.Errorf("model id = modulus: %v", err)
	}
	_, err = o.send(ctx, f.admin, o.abi.PackRegisterModel(big, f.verifier, 1, 32, f.pub.Addr), "register")
	f.wantRevert(err, "NotInField")
	_, err = o.Model(ctx, other)
	f.wantRevert(err, "UnknownModel")
	if cohort.Code(err) != cohort.ENotFound {
		t.Errorf("UnknownModel code %q", cohort.Code(err))
	}

	// Pause: the owner or a registrar, nobody else; a paused model takes no requests.
	_, err = o.SetModelActive(ctx, f.miner, f.m.id, false)
	f.wantRevert(err, "NotModelOwner")
	_, err = o.SetModelActive(ctx, f.pub, f.m.id, false)
	f.must("pause", err)
	_, _, _, err = o.Request(ctx, f.pub, InferenceRequest{ModelID: f.m.id, InputCommit: common.HexToHash("0x01")})
	f.wantRevert(err, "ModelInactive")
	_, err = o.SetModelActive(ctx, f.admin, f.m.id, true)
	f.must("resume", err)
	_, _, _, err = o.Request(ctx, f.pub, InferenceRequest{ModelID: other, InputCommit: common.HexToHash("0x01")})
	f.wantRevert(err, "UnknownModel")
}

// TestOracleEndToEnd proves a request with a real gnark proof, fulfils it on chain, and checks the
// payment, the recorded result, the callback and every way a fulfilment must fail.
func TestOracleEndToEnd(t *testing.T) {
	f := newOracleFixture(t)
	ctx, o, m := f.ctx, f.o, f.m
	x := []int64{256, -512, 1024} // 1.0, -2.0, 4.0 at 8 fractional bits
	fee := Tokens(10)
	f.fund(f.pub, fee)

	id, nonce, _, err := o.Request(ctx, f.pub, InferenceRequest{ModelID: m.id, InputCommit: m.commit(x), Fee: fee,
		Callback: f.consumer, CallbackGas: 200_000, TTL: time.Hour})
	f.must("request", err)
	if nonce != RequestNonce(f.c.ChainID(), o.Address(), id) {
		t.Fatalf("nonce %s, Go computes %s", nonce, RequestNonce(f.c.ChainID(), o.Address(), id))
	}
	info, err := o.RequestInfo(ctx, id)
	f.must("request info", err)
	if info.Status != RequestPending || info.Nonce != nonce || info.InputCommit != m.commit(x) || info.Fee.Cmp(fee) != 0 || info.Requester != f.pub.Addr {
		t.Fatalf("request %+v", info)
	}
	if _, ok, err := o.Result(ctx, id); ok || err != nil {
		t.Fatalf("result before fulfilment: %v %v", ok, err)
	}

	start := time.Now()
	outs, proof, st := m.prove(t, nonce, f.miner.Addr, x)
	t.Logf("prove: %v, outputs %v, proof %d bytes (Solidity form)", time.Since(start), outs, len(proof))

	// The contract's public inputs are the statement's.
	pubOut, err := o.call(ctx, o.abi.PackPublicInputs(new(big.Int).SetUint64(id), f.miner.Addr, bigs(outs)), "public inputs")
	f.must("public inputs", err)
	pub, err := o.abi.UnpackPublicInputs(pubOut)
	f.must("unpack public inputs", err)
	want := st.PublicInputs()
	for i := range want {
		if pub[i].Cmp(want[i]) != 0 {
			t.Fatalf("public input %d: contract %s, zk %s", i, pub[i], want[i])
		}
	}

	// The verifier alone: gas of a direct verifyProof transaction.
	gas, err := f.c.VerifyGas(ctx, f.miner.Addr, f.verifier, proof, want)
	f.must("verify gas", err)
	t.Logf("onchain_verify_gas (direct verifyProof tx, %d public inputs, no commitment): %d", len(want), gas)
	if gas > 300_000 {
		t.Errorf("on-chain verification %d gas, target 300k", gas)
	}

	// Every wrong fulfilment reverts.
	flipped := append([]byte{}, proof...)
	flipped[70] ^= 0x01
	_, err = o.Fulfil(ctx, f.miner, id, outs, flipped)
	f.wantRevert(err, "ProofRejected")
	_, otherProof, _ := m.prove(t, RequestNonce(f.c.ChainID(), o.Address(), id+1), f.miner.Addr, x)
	_, err = o.Fulfil(ctx, f.miner, id, outs, otherProof)
	f.wantRevert(err, "ProofRejected")
	_, err = o.Fulfil(ctx, f.miner2, id, outs, proof)
	f.wantRevert(err, "ProofRejected")
	wrong := []int64{outs[0] + 1}
	_, err = o.Fulfil(ctx, f.miner, id, wrong, proof)
	f.wantRevert(err, "ProofRejected")
	_, err = o.Fulfil(ctx, f.miner, id, []int64{outs[0], 0}, proof)
	f.wantRevert(err, "InvalidOutputCount")
	// A proof for another input (other commitment).
	_, otherInput, _ := m.prove(t, nonce, f.miner.Addr, []int64{1, 2, 3})
	_, err = o.Fulfil(ctx, f.miner, id, outs, otherInput)
	f.wantRevert(err, "ProofRejected")
	// An output at the field modulus is refused, not reduced.
	_, err = o.send(ctx, f.miner, o.abi.PackFulfil(new(big.Int).SetUint64(id), []*big.Int{new(big.Int).Set(fieldModulus)}, proof), "fulfil")
	f.wantRevert(err, "OutputOutOfRange")

	before, err := f.c.TokenBalance(ctx, f.miner.Addr)
	f.must("balance", err)
	rc, err := o.Fulfil(ctx, f.miner, id, outs, proof)
	f.must("fulfil", err)
	t.Logf("fulfil gas (verify, record, pay, callback): %d", rc.GasUsed)
	after, err := f.c.TokenBalance(ctx, f.miner.Addr)
	f.must("balance", err)
	if new(big.Int).Sub(after, before).Cmp(fee) != 0 {
		t.Fatalf("miner got %s, want the fee %s", new(big.Int).Sub(after, before), fee)
	}
	res, ok, err := o.Result(ctx, id)
	f.must("result", err)
	if !ok || res.Miner != f.miner.Addr || !res.CallbackOK || len(res.Outputs) != 1 || res.Outputs[0] != outs[0] {
		t.Fatalf("result %+v", res)
	}
	if ev := fulfilledEvent(t, o, rc); ev == nil || !ev.CallbackOk {
		t.Fatalf("InferenceFulfilled %+v", ev)
	}
	// The callback fired with the outputs.
	got, err := f.cons.UnpackLastOutputs(f.consumerCall(f.cons.PackLastOutputs(), "last outputs"))
	f.must("unpack", err)
	last, err := f.cons.UnpackLastRequest(f.consumerCall(f.cons.PackLastRequest(), "last request"))
	f.must("unpack", err)
	if len(got) != 1 || got[0].Int64() != outs[0] || last.Uint64() != id {
		t.Fatalf("consumer saw request %s outputs %v", last, got)
	}
	if info, _ := o.RequestInfo(ctx, id); info.Status != RequestFulfilled {
		t.Fatalf("status %s", info.Status)
	}
	// Replay: fulfilled once.
	_, err = o.Fulfil(ctx, f.miner, id, outs, proof)
	f.wantRevert(err, "NotPending")
	if cohort.Code(err) != cohort.EConflict {
		t.Errorf("NotPending code %q", cohort.Code(err))
	}
	// The same proof does not answer a new request for the same input.
	id2, _, _, err := o.Request(ctx, f.pub, InferenceRequest{ModelID: m.id, InputCommit: m.commit(x)})
	f.must("request", err)
	_, err = o.Fulfil(ctx, f.miner, id2, outs, proof)
	f.wantRevert(err, "ProofRejected")
	_, _, err = o.Result(ctx, 999)
	f.wantRevert(err, "UnknownRequest")
}

func bigs(v []int64) []*big.Int {
	out := make([]*big.Int, len(v))
	for i, x := range v {
		out[i] = big.NewInt(x)
	}
	return out
}

func fulfilledEvent(t *testing.T, o *InferenceOracle, rc *types.Receipt) *bindings.InferenceOracleInferenceFulfilled {
	t.Helper()
	for _, l := range rc.Logs {
		if ev, err := o.abi.UnpackInferenceFulfilledEvent(l); err == nil && l.Address == o.Address() {
			return ev
		}
	}
	return nil
}

// TestOracleCallbacks: a contract requests; a callback that reverts or burns its gas does not block
// the result; a request bound to one miner refuses another's valid proof.
func TestOracleCallbacks(t *testing.T) {
	f := newOracleFixture(t)
	ctx, o, m := f.ctx, f.o, f.m
	x := []int64{-100, 300, 50}

	for _, mode := range []uint8{1, 2} {
		_, err := f.c.Send(ctx, f.admin, Tx{To: f.consumer, Data: f.cons.PackSetMode(mode), What: "set mode"})
		f.must("set mode", err)
		rc, err := f.c.Send(ctx, f.pub, Tx{To: f.consumer, Data: f.cons.PackAsk(m.id, new(big.Int).SetBytes(m.commit(x).Bytes()), 100_000, common.Address{}), What: "ask"})
		f.must("consumer asks", err)
		var id uint64
		var nonce common.Hash
		for _, l := range rc.Logs {
			if ev, err := o.abi.UnpackInferenceRequestedEvent(l); err == nil {
				id = ev.RequestId.Uint64()
				ev.Nonce.FillBytes(nonce[:])
				if ev.Requester != f.consumer {
					t.Fatalf("requester %s, want the consumer contract", ev.Requester.Hex())
				}
			}
		}
		outs, proof, _ := m.prove(t, nonce, f.miner.Addr, x)
		rc, err = o.Fulfil(ctx, f.miner, id, outs, proof)
		f.must("fulfil with a failing callback", err)
		var failed bool
		for _, l := range rc.Logs {
			if ev, err := o.abi.UnpackCallbackFailedEvent(l); err == nil && ev.RequestId.Uint64() == id && ev.Callback == f.consumer {
				failed = true
			}
		}
		if !failed {
			t.Fatalf("mode %d: no CallbackFailed event", mode)
		}
		res, ok, err := o.Result(ctx, id)
		f.must("result", err)
		if !ok || res.CallbackOK || res.Outputs[0] != outs[0] {
			t.Fatalf("mode %d: result %+v", mode, res)
		}
		t.Logf("mode %d: fulfil gas %d", mode, rc.GasUsed)
	}

	// A callback may post the consumer's next request (fulfil is not reentrancy-locked).
	_, err := f.c.Send(ctx, f.admin, Tx{To: f.consumer, Data: f.cons.PackSetMode(3), What: "set mode"})
	f.must("set mode", err)
	id3, nonce3, _, err := o.Request(ctx, f.pub, InferenceRequest{ModelID: m.id, InputCommit: m.commit(x), Callback: f.consumer, CallbackGas: 500_000})
	f.must("request", err)
	outs3, proof3, _ := m.prove(t, nonce3, f.miner.Addr, x)
	_, err = o.Fulfil(ctx, f.miner, id3, outs3, proof3)
	f.must("fulfil", err)
	next, err := f.cons.UnpackFollowUp(f.consumerCall(f.cons.PackFollowUp(), "follow-up"))
	f.must("unpack", err)
	if res, ok, err := o.Result(ctx, id3); !ok || err != nil || !res.CallbackOK || next.Uint64() != id3+1 {
		t.Fatalf("follow-up %s after %d: %+v %v %v", next, id3, res, ok, err)
	}
	if info, err := o.RequestInfo(ctx, id3+1); err != nil || info.Status != RequestPending || info.Requester != f.consumer {
		t.Fatalf("follow-up request %+v %v", info, err)
	}

	// A callback address without code is a failed callback, not a blocked result.
	id0, nonce0, _, err := o.Request(ctx, f.pub, InferenceRequest{ModelID: m.id, InputCommit: m.commit(x), Callback: f.admin.Addr, CallbackGas: 50_000})
	f.must("request with an EOA callback", err)
	outs0, proof0, _ := m.prove(t, nonce0, f.miner.Addr, x)
	_, err = o.Fulfil(ctx, f.miner, id0, outs0, proof0)
	f.must("fulfil with an EOA callback", err)
	if res, ok, err := o.Result(ctx, id0); !ok || err != nil || res.CallbackOK {
		t.Fatalf("EOA callback result %+v %v %v", res, ok, err)
	}

	// A request bound to one miner.
	id, nonce, _, err := o.Request(ctx, f.pub, InferenceRequest{ModelID: m.id, InputCommit: m.commit(x), Prover: f.miner.Addr})
	f.must("request", err)
	outs, proof2, _ := m.prove(t, nonce, f.miner2.Addr, x)
	_, err = o.Fulfil(ctx, f.miner2, id, outs, proof2)
	f.wantRevert(err, "WrongProver")
	if cohort.Code(err) != cohort.EForbidden {
		t.Errorf("WrongProver code %q", cohort.Code(err))
	}
	// FulfilProof checks the binding before sending; the caller converts zk's statement and proof.
	st, raw, err := m.c.Prove(m.pk, zk.Element(m.id), &zk.Request{ModelID: zk.Element(m.id), Nonce: zk.Element(nonce),
		Prover: cohort.NodeID(f.miner.Addr), Input: x, Salt: m.salt})
	f.must("prove", err)
	ans := oracleAnswer(t, st, raw)
	if _, err := o.FulfilProof(ctx, f.miner2, id, ans); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("proof of another miner: %v", err)
	}
	wrongNonce := ans
	wrongNonce.Nonce[31] ^= 1
	if _, err := o.FulfilProof(ctx, f.miner, id, wrongNonce); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("proof for another nonce: %v", err)
	}
	if _, err := zk.SolidityProof(zk.Groth16, raw[:10]); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("truncated proof: %v", err)
	}
	_, err = o.FulfilProof(ctx, f.miner, id, ans)
	f.must("fulfil by the named miner", err)
	if _, err := o.FulfilProof(ctx, f.miner, id, ans); cohort.Code(err) != cohort.EConflict {
		t.Fatalf("second fulfilment: %v", err)
	}
}

// oracleAnswer converts a zk statement and gnark proof to the chain's answer, as a miner does.
func oracleAnswer(t *testing.T, st *zk.Statement, proof []byte) OracleAnswer {
	t.Helper()
	sp, err := zk.SolidityProof(zk.Groth16, proof)
	if err != nil {
		t.Fatal(err)
	}
	return OracleAnswer{ModelID: common.Hash(st.ModelID), Nonce: common.Hash(st.Nonce), InputCommit: common.Hash(st.InputCommit),
		Prover: common.Address(st.Prover), Outputs: st.Outputs, Proof: sp}
}

// TestOracleExpiry: an unanswered request expires; only its requester cancels it, and gets the fee back.
func TestOracleExpiry(t *testing.T) {
	f := newOracleFixture(t)
	ctx, o, m := f.ctx, f.o, f.m
	x := []int64{1, 1, 1}
	fee := Tokens(3)
	f.fund(f.pub, new(big.Int).Mul(fee, big.NewInt(2)))
	if _, _, _, err := o.Request(ctx, f.pub, InferenceRequest{ModelID: m.id, InputCommit: m.commit(x), TTL: time.Millisecond}); cohort.Code(err) != cohort.EInvalid {
		t.Errorf("sub-second ttl: %v", err)
	}
	if _, _, _, err := o.Request(ctx, f.pub, InferenceRequest{ModelID: m.id, InputCommit: m.commit(x), CallbackGas: 10}); cohort.Code(err) != cohort.EInvalid {
		t.Errorf("callback gas without callback: %v", err)
	}
	_, err := o.send(ctx, f.pub, o.abi.PackRequest(bindings.InferenceParams{ModelId: m.id, InputCommit: new(big.Int), Fee: new(big.Int), Ttl: 0}), "request")
	f.wantRevert(err, "InvalidRequest")
	_, err = o.send(ctx, f.pub, o.abi.PackRequest(bindings.InferenceParams{ModelId: m.id, InputCommit: fieldModulus, Fee: new(big.Int), Ttl: 60}), "request")
	f.wantRevert(err, "NotInField")

	id, nonce, _, err := o.Request(ctx, f.pub, InferenceRequest{ModelID: m.id, InputCommit: m.commit(x), Fee: fee, TTL: time.Minute})
	f.must("request", err)
	idLong, _, _, err := o.Request(ctx, f.pub, InferenceRequest{ModelID: m.id, InputCommit: m.commit(x), Fee: fee, TTL: time.Hour})
	f.must("request", err)
	_, err = o.Cancel(ctx, f.pub, id)
	f.wantRevert(err, "NotExpired")
	if err := f.sim.AdvanceTime(2 * time.Minute); err != nil {
		t.Fatal(err)
	}
	outs, proof, _ := m.prove(t, nonce, f.miner.Addr, x)
	_, err = o.Fulfil(ctx, f.miner, id, outs, proof)
	f.wantRevert(err, "RequestExpired")
	_, err = o.Cancel(ctx, f.miner, id)
	f.wantRevert(err, "NotRequester")
	before, err := f.c.TokenBalance(ctx, f.pub.Addr)
	f.must("balance", err)
	_, err = o.Cancel(ctx, f.pub, id)
	f.must("cancel", err)
	after, err := f.c.TokenBalance(ctx, f.pub.Addr)
	f.must("balance", err)
	if new(big.Int).Sub(after, before).Cmp(fee) != 0 {
		t.Fatalf("refund %s, want %s", new(big.Int).Sub(after, before), fee)
	}
	_, err = o.Cancel(ctx, f.pub, id)
	f.wantRevert(err, "NotPending")
	if info, _ := o.RequestInfo(ctx, id); info.Status != RequestCancelled {
		t.Fatalf("status %s", info.Status)
	}
	_, err = o.Cancel(ctx, f.pub, idLong)
	f.wantRevert(err, "NotExpired")
	// The oracle holds exactly the open escrow.
	bal, err := f.c.TokenBalance(ctx, o.Address())
	f.must("oracle balance", err)
	if bal.Cmp(fee) != 0 {
		t.Fatalf("oracle holds %s, want %s", bal, fee)
	}
}

// TestOracleCommitmentVerifierGas measures the gnark default circuit (with a Pedersen commitment and
// its extra pairing) for comparison; the oracle tests use the cheaper no-commitment variant.
func TestOracleCommitmentVerifierGas(t *testing.T) {
	f := newFixture(t, 1, DeployParams{})
	m := loadTestModel(t, "logreg3c")
	v, err := f.c.DeployVerifier(f.ctx, f.admin, m.verifier)
	f.must("deploy verifier", err)
	nonce := common.HexToHash("0x0102")
	_, proof, st := m.prove(t, nonce, f.trs[0].Addr, []int64{5, 6, 7})
	gas, err := f.c.VerifyGas(f.ctx, f.trs[0].Addr, v, proof, st.PublicInputs())
	f.must("verify gas", err)
	t.Logf("onchain_verify_gas with commitment: %d (proof %d bytes)", gas, len(proof))
	bad := st.PublicInputs()
	bad[1] = new(big.Int).Add(bad[1], big.NewInt(1))
	if _, err := f.c.VerifyGas(f.ctx, f.trs[0].Addr, v, proof, bad); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("other nonce: %v", err)
	}
}

func FuzzDecodeResult(f *testing.F) {
	b := bindings.NewInferenceOracle()
	args := b.GetABI().Methods["result"].Outputs
	good, err := args.Pack(bindings.InferenceResult{Miner: common.HexToAddress("0x01"), FulfilledAt: 5, CallbackOk: true,
		Outputs: []*big.Int{big.NewInt(-3), big.NewInt(1 << 40)}})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add(good[:len(good)-7])
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		res, ok, err := decodeResult(b, 7, data)
		if err != nil {
			if cohort.Code(err) != cohort.EInvalid {
				t.Fatalf("code %q: %v", cohort.Code(err), err)
			}
			return
		}
		if ok && res.Miner == (common.Address{}) {
			t.Fatal("fulfilled without a miner")
		}
	})
}

// TestOracleActivity: the requests the dashboard lists carry the proof status the chain holds:
// verified (with the miner whose proof passed), cancelled, expired and pending; a failed fulfilment
// (a proof for another miner) leaves its request pending.
func TestOracleActivity(t *testing.T) {
	f := newOracleFixture(t)
	ctx, o, m := f.ctx, f.o, f.m
	x := []int64{1, 2, 3}
	fee := Tokens(1)
	f.fund(f.pub, new(big.Int).Mul(fee, big.NewInt(4)))
	ask := func(ttl time.Duration) (uint64, common.Hash) {
		id, nonce, _, err := o.Request(ctx, f.pub, InferenceRequest{ModelID: m.id, InputCommit: m.commit(x), Fee: fee, TTL: ttl})
		f.must("request", err)
		return id, nonce
	}
	proven, nonce := ask(time.Hour)
	cancelled, _ := ask(time.Minute)
	expired, _ := ask(time.Minute)
	pending, nonceP := ask(time.Hour)
	outs, proof, _ := m.prove(t, nonce, f.miner.Addr, x)
	_, err := o.Fulfil(ctx, f.miner, proven, outs, proof)
	f.must("fulfil", err)
	stolen, proofP, _ := m.prove(t, nonceP, f.miner.Addr, x)
	_, err = o.Fulfil(ctx, f.miner2, pending, stolen, proofP) // another miner's proof: refused
	if err == nil {
		t.Fatal("a proof bound to another miner was accepted")
	}
	if err := f.sim.AdvanceTime(2 * time.Minute); err != nil {
		t.Fatal(err)
	}
	_, err = o.Cancel(ctx, f.pub, cancelled)
	f.must("cancel", err)
	acts, err := o.Activity(ctx, 0, 0)
	f.must("activity", err)
	want := map[uint64]string{proven: ProofVerified, cancelled: ProofCancelled, expired: ProofExpired, pending: ProofPending}
	if len(acts) != len(want) {
		t.Fatalf("%d requests listed, want %d: %+v", len(acts), len(want), acts)
	}
	for _, a := range acts {
		if a.Status != want[a.ID] {
			t.Errorf("request %d: status %s, want %s", a.ID, a.Status, want[a.ID])
		}
		if a.Requester != cohort.NodeID(f.pub.Addr) || a.Fee.Cmp(fee) != 0 {
			t.Errorf("request %d: requester %s fee %s", a.ID, a.Requester, a.Fee)
		}
		if (a.ID == proven) != (a.Miner == cohort.NodeID(f.miner.Addr)) || (a.ID == proven && a.Outputs != len(outs)) {
			t.Errorf("request %d: miner %s, %d outputs", a.ID, a.Miner, a.Outputs)
		}
	}
	if last, err := o.Activity(ctx, 0, 2); err != nil || len(last) != 2 || last[1].ID != pending {
		t.Errorf("limit 2: %+v %v, want the newest two", last, err)
	}
}
