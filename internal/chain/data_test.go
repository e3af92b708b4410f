package chain

import (
	"crypto/sha256"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	gocid "github.com/ipfs/go-cid"
	multihash "github.com/multiformats/go-multihash"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/chain/bindings"
)

// dataFixture: accounts 6 and 7 are active authorizers, 8 is a trainer (not an authorizer).
type dataFixture struct {
	*fixture
	d     *DataRegistry
	auths []*Account
	other *Account
}

func newDataFixture(t *testing.T) *dataFixture {
	t.Helper()
	f := newFixture(t, 3, DeployParams{MinStake: map[cohort.Role]*big.Int{cohort.RoleAuthorizer: Tokens(100)}})
	df := &dataFixture{fixture: f, auths: f.trs[:2], other: f.trs[2]}
	for _, a := range df.auths {
		f.fund(a, Tokens(100))
		_, err := f.c.Register(f.ctx, a, NodeProfile{Roles: []cohort.Role{cohort.RoleAuthorizer}, Endpoint: "http://127.0.0.1:1/a"}, Tokens(100))
		f.must("register authorizer", err)
	}
	f.registerTrainer(df.other, Tokens(0), 0)
	var err error
	df.d, err = f.c.DeployDataRegistry(f.ctx, f.admin)
	f.must("deploy data registry", err)
	return df
}

func testReport(i int, pass bool) QualityReport {
	return QualityReport{
		Manifest:   common.BytesToHash([]byte{0xaa, byte(i)}),
		SchemaID:   common.HexToHash("0x5c"),
		ReportHash: crypto.Keccak256Hash([]byte{byte(i)}, []byte("report")),
		Pass:       pass, Rows: uint64(1000 + i),
	}
}

func TestDataRegistryServices(t *testing.T) {
	f := newDataFixture(t)
	ctx, d, a := f.ctx, f.d, f.auths[0]
	schema := common.HexToHash("0x5c")

	_, _, err := d.ListService(ctx, f.other, schema, Tokens(5), "http://127.0.0.1:1/validate")
	f.wantRevert(err, "NotAuthorizer")
	if cohort.Code(err) != cohort.EForbidden {
		t.Errorf("NotAuthorizer code %q, want forbidden", cohort.Code(err))
	}
	if _, _, err := d.ListService(ctx, a, schema, Tokens(5), strings.Repeat("x", MaxServiceEndpoint+1)); cohort.Code(err) != cohort.EInvalid {
		t.Errorf("long endpoint: %v", err)
	}
	// The contract refuses an empty endpoint too (bypassing the Go check).
	_, err = d.send(ctx, a, d.abi.PackListService(schema, big.NewInt(1), ""), "list")
	f.wantRevert(err, "InvalidEndpoint")

	id, rc, err := d.ListService(ctx, a, schema, Tokens(5), "validation of breast cancer data")
	f.must("list service", err)
	t.Logf("listService gas: %d", rc.GasUsed)
	id2, _, err := d.ListService(ctx, f.auths[1], schema, Tokens(7), "http://127.0.0.1:2/")
	f.must("list second service", err)
	if id != 0 || id2 != 1 {
		t.Fatalf("service ids %d %d", id, id2)
	}
	s, err := d.Service(ctx, id)
	f.must("service", err)
	if s.Provider != a.Addr || s.SchemaID != schema || s.Fee.Cmp(Tokens(5)) != 0 || !s.Active || s.Endpoint != "validation of breast cancer data" || s.ListedAt.IsZero() {
		t.Fatalf("service %+v", s)
	}

	_, err = d.UpdateService(ctx, f.auths[1], id, Tokens(1), "mine now")
	f.wantRevert(err, "NotProvider")
	_, err = d.UpdateService(ctx, a, id, Tokens(6), "http://127.0.0.1:1/v2")
	f.must("update service", err)
	ss, err := d.Services(ctx, 0, 10)
	f.must("services", err)
	if len(ss) != 2 || ss[0].Fee.Cmp(Tokens(6)) != 0 || ss[0].Endpoint != "http://127.0.0.1:1/v2" || ss[1].ID != 1 {
		t.Fatalf("services %+v", ss)
	}
	if ss, err := d.Services(ctx, 5, 10); err != nil || len(ss) != 0 {
		t.Fatalf("page past the end: %v %v", ss, err)
	}

	// A frozen authorizer can no longer update.
	_, err = f.c.SetFrozen(ctx, f.admin, f.auths[1].Addr, true)
	f.must("freeze", err)
	_, err = d.UpdateService(ctx, f.auths[1], id2, Tokens(1), "x")
	f.wantRevert(err, "NotAuthorizer")

	_, err = d.DelistService(ctx, f.other, id)
	f.wantRevert(err, "NotProvider")
	_, err = d.DelistService(ctx, a, id)
	f.must("delist", err)
	_, err = d.DelistService(ctx, a, id)
	f.wantRevert(err, "ServiceInactive")
	_, err = d.UpdateService(ctx, a, id, Tokens(1), "again")
	f.wantRevert(err, "ServiceInactive")
	// The admin may delist anyone's service.
	_, err = d.DelistService(ctx, f.admin, id2)
	f.must("admin delist", err)
	if s, err := d.Service(ctx, id2); err != nil || s.Active {
		t.Fatalf("delisted service %+v %v", s, err)
	}
	_, err = d.Service(ctx, 99)
	f.wantRevert(err, "UnknownService")
	if cohort.Code(err) != cohort.ENotFound {
		t.Errorf("UnknownService code %q", cohort.Code(err))
	}
	_, err = d.DelistService(ctx, a, 99)
	f.wantRevert(err, "UnknownService")
}

func TestDataRegistryAttest(t *testing.T) {
	f := newDataFixture(t)
	ctx, d, a := f.ctx, f.d, f.auths[0]
	r := testReport(1, true)

	_, err := d.AttestReport(ctx, f.other, r)
	f.wantRevert(err, "NotAuthorizer")
	if _, err := d.AttestReport(ctx, a, QualityReport{}); cohort.Code(err) != cohort.EInvalid {
		t.Errorf("empty report: %v", err)
	}
	_, err = d.send(ctx, a, d.abi.PackAttest(bindings.QualityReport{ReportHash: r.ReportHash}), "attest")
	f.wantRevert(err, "InvalidReport")

	rc, err := d.AttestReport(ctx, a, r)
	f.must("attest", err)
	t.Logf("attest gas (first attestation of a dataset): %d", rc.GasUsed)
	var seen bool
	for _, l := range rc.Logs {
		if ev, err := d.abi.UnpackReportAttestedEvent(l); err == nil {
			seen = ev.Manifest == r.Manifest && ev.Authorizer == a.Addr && ev.ReportHash == r.ReportHash && ev.Pass && ev.Rows == r.Rows
		}
	}
	if !seen {
		t.Fatal("no matching ReportAttested event")
	}
	got, ok, err := d.Attestation(ctx, r.Manifest, a.Addr)
	f.must("attestation", err)
	if !ok || got.ReportHash != r.ReportHash || got.SchemaID != r.SchemaID || !got.Pass || got.Rows != r.Rows || got.AttestedAt.IsZero() ||
		got.Version == 0 || got.Paid {
		t.Fatalf("attestation %+v", got)
	}
	// The same version again (or a lower one) is stale.
	again := r
	again.Version = got.Version
	_, err = d.AttestReport(ctx, a, again)
	f.wantRevert(err, "StaleReport")
	again.Version = got.Version - 1
	_, err = d.AttestReport(ctx, a, again)
	f.wantRevert(err, "StaleReport")
	if _, ok, err := d.Attestation(ctx, r.Manifest, f.auths[1].Addr); ok || err != nil {
		t.Fatalf("attestation by someone who did not attest: %v %v", ok, err)
	}

	// A new report by the same authorizer replaces the old; a second authorizer adds its own.
	r2 := r
	r2.ReportHash, r2.Pass, r2.Rows = crypto.Keccak256Hash([]byte("second")), false, 999
	_, err = d.AttestReport(ctx, a, r2)
	f.must("re-attest", err)
	_, err = d.AttestReport(ctx, f.auths[1], r)
	f.must("attest by second authorizer", err)
	all, err := d.Attestations(ctx, r.Manifest)
	f.must("attestations", err)
	if len(all) != 2 || all[0].Authorizer != a.Addr || all[0].Pass || all[0].Rows != 999 || all[1].Authorizer != f.auths[1].Addr || !all[1].Pass {
		t.Fatalf("attestations %+v", all)
	}
}

func TestDataRegistryAttestBySig(t *testing.T) {
	f := newDataFixture(t)
	ctx, d, a := f.ctx, f.d, f.auths[0]
	r := testReport(2, true)
	now, err := f.c.HeadTime(ctx)
	f.must("head", err)
	deadline := now.Add(time.Hour)

	// The Go digest is the contract's.
	r.Version = 1<<40 + 7
	out, err := d.call(ctx, d.abi.PackAttestationDigest(r.binding(), big.NewInt(deadline.Unix())), "digest")
	f.must("digest", err)
	want, err := d.abi.UnpackAttestationDigest(out)
	f.must("unpack digest", err)
	if got := AttestationDigest(f.c.ChainID(), d.Address(), r, deadline); got != common.Hash(want) {
		t.Fatalf("digest %s, contract %x", got, want)
	}
	r.Version = 0

	sr, err := d.SignReport(ctx, a, r, deadline)
	f.must("sign", err)
	// Anyone submits it; the attestation is the signer's.
	rc, err := d.AttestBySig(ctx, f.pub, sr)
	f.must("attest by sig", err)
	t.Logf("attestBySig gas: %d", rc.GasUsed)
	if at, ok, err := d.Attestation(ctx, r.Manifest, a.Addr); !ok || err != nil || at.ReportHash != r.ReportHash {
		t.Fatalf("signed attestation %+v %v %v", at, ok, err)
	}
	// The version is on record: the same signature is stale.
	_, err = d.AttestBySig(ctx, f.pub, sr)
	f.wantRevert(err, "StaleReport")

	// A signature by someone else, claimed for the authorizer.
	r3 := testReport(3, false)
	forged, err := d.SignReport(ctx, f.other, r3, deadline)
	f.must("sign as other", err)
	forged.Authorizer = a.Addr
	_, err = d.AttestBySig(ctx, f.pub, forged)
	f.wantRevert(err, "InvalidSigner")
	if cohort.Code(err) != cohort.EUnauthorized {
		t.Errorf("InvalidSigner code %q", cohort.Code(err))
	}
	// A valid signature of a non-authorizer.
	own, err := d.SignReport(ctx, f.other, r3, deadline)
	f.must("sign", err)
	_, err = d.AttestBySig(ctx, f.pub, own)
	f.wantRevert(err, "NotAuthorizer")

	// High-s form of a valid signature is refused (malleability).
	good, err := d.SignReport(ctx, a, r3, deadline)
	f.must("sign", err)
	hs := append([]byte{}, good.Signature...)
	n := crypto.S256().Params().N
	s := new(big.Int).SetBytes(hs[32:64])
	new(big.Int).Sub(n, s).FillBytes(hs[32:64])
	hs[64] ^= 1 // 27 <-> 28
	_, err = d.AttestBySig(ctx, f.pub, &SignedReport{Report: r3, Authorizer: a.Addr, Deadline: deadline, Signature: hs})
	f.wantRevert(err, "InvalidSigner")
	// A wrong-length signature is refused before sending.
	if _, err := d.AttestBySig(ctx, f.pub, &SignedReport{Report: r3, Authorizer: a.Addr, Deadline: deadline, Signature: hs[:64]}); cohort.Code(err) != cohort.EInvalid {
		t.Errorf("short signature: %v", err)
	}

	// Expired.
	short, err := d.SignReport(ctx, a, r3, now.Add(time.Minute))
	f.must("sign", err)
	if err := f.sim.AdvanceTime(2 * time.Minute); err != nil {
		t.Fatal(err)
	}
	_, err = d.AttestBySig(ctx, f.pub, short)
	f.wantRevert(err, "SignatureExpired")
	// The good one (deadline in an hour) still works.
	_, err = d.AttestBySig(ctx, f.pub, good)
	f.must("attest by sig", err)
}

func TestManifestDigest(t *testing.T) {
	sum := sha256.Sum256([]byte("manifest"))
	mh, err := multihash.Encode(sum[:], multihash.SHA2_256)
	if err != nil {
		t.Fatal(err)
	}
	c := gocid.NewCidV1(gocid.Raw, mh)
	got, err := ManifestDigest(c.Bytes())
	if err != nil || got != common.Hash(sum) {
		t.Fatalf("digest %s, %v", got, err)
	}
	if _, err := ManifestDigest(append(c.Bytes(), 0)); cohort.Code(err) != cohort.EInvalid {
		t.Errorf("trailing byte: %v", err)
	}
	other, _ := multihash.Sum([]byte("manifest"), multihash.SHA2_512, -1)
	if _, err := ManifestDigest(gocid.NewCidV1(gocid.Raw, other).Bytes()); cohort.Code(err) != cohort.EInvalid {
		t.Errorf("sha2-512 cid: %v", err)
	}
	if _, err := ManifestDigest(make([]byte, MaxCIDBytes+1)); cohort.Code(err) != cohort.ETooLarge {
		t.Errorf("long cid: %v", err)
	}
}

func FuzzManifestDigest(f *testing.F) {
	sum := sha256.Sum256([]byte("seed"))
	mh, _ := multihash.Encode(sum[:], multihash.SHA2_256)
	f.Add(gocid.NewCidV1(gocid.Raw, mh).Bytes())
	f.Add(gocid.NewCidV0(mh).Bytes())
	f.Add([]byte{})
	f.Add([]byte{0x01, 0x55, 0x12, 0x20})
	f.Fuzz(func(t *testing.T, b []byte) {
		h, err := ManifestDigest(b)
		if err != nil {
			if c := cohort.Code(err); c != cohort.EInvalid && c != cohort.ETooLarge {
				t.Fatalf("code %q: %v", c, err)
			}
			return
		}
		if h == (common.Hash{}) && len(b) == 0 {
			t.Fatal("empty input accepted")
		}
	})
}

func FuzzExtraRevert(f *testing.F) {
	o, d := bindings.NewInferenceOracle(), bindings.NewDataRegistry()
	for _, name := range []string{"ProofRejected", "WrongProver", "NotPending"} {
		id := o.GetABI().Errors[name].ID
		f.Add(append(id[:4:4], make([]byte, 96)...))
	}
	na, ir := d.GetABI().Errors["NotAuthorizer"].ID, d.GetABI().Errors["InvalidReport"].ID
	f.Add(append(na[:4:4], make([]byte, 32)...))
	f.Add(ir[:4])
	f.Add([]byte{0x01, 0x02})
	f.Fuzz(func(t *testing.T, data []byte) {
		err := extraRevert(wrap(cohort.EInternal, "call", DecodeRevert(data)))
		var re *RevertError
		if !errors.As(err, &re) {
			t.Fatal("revert error lost")
		}
		if re.Name != "" && re.Name != "Error" && re.Name != "Panic" && cohort.Code(err) == cohort.EInternal {
			if _, suite := errorTable()[[4]byte(data[:4])]; !suite {
				t.Fatalf("decoded %s but left the code internal", re.Name)
			}
		}
	})
}

func TestDataRegistryOrders(t *testing.T) {
	f := newDataFixture(t)
	ctx, d, a := f.ctx, f.d, f.auths[0]
	schema := common.HexToHash("0x5c")
	fee := Tokens(4)
	sid, _, err := d.ListService(ctx, a, schema, fee, "http://127.0.0.1:1/validate")
	f.must("list", err)
	f.fund(f.pub, Tokens(20))
	r := testReport(4, true)

	if _, _, err := d.OrderValidation(ctx, f.pub, sid, r.Manifest, 0, nil); cohort.Code(err) != cohort.EInvalid {
		t.Errorf("zero ttl: %v", err)
	}
	_, err = d.send(ctx, f.pub, d.abi.PackOrderValidation(new(big.Int).SetUint64(sid), r.Manifest, 0, fee), "order")
	f.wantRevert(err, "InvalidTTL")
	_, _, err = d.OrderValidation(ctx, f.pub, 42, r.Manifest, time.Hour, nil)
	f.wantRevert(err, "UnknownService")

	oid, rc, err := d.OrderValidation(ctx, f.pub, sid, r.Manifest, time.Hour, fee)
	f.must("order", err)
	t.Logf("orderValidation gas: %d", rc.GasUsed)
	o, err := d.Order(ctx, oid)
	f.must("read order", err)
	if o.Client != f.pub.Addr || o.ServiceID != sid || o.Manifest != r.Manifest || o.Fee.Cmp(fee) != 0 || o.Status != OrderOpen ||
		o.OrderedAt.IsZero() || o.Deadline.Sub(o.OrderedAt) != time.Hour {
		t.Fatalf("order %+v", o)
	}
	// Not attested yet; attested by someone else, or against another schema, does not count.
	_, err = d.PayOrder(ctx, f.other, oid)
	f.wantRevert(err, "NotAttested")
	_, err = d.AttestReport(ctx, f.auths[1], r)
	f.must("attest by another authorizer", err)
	other := r
	other.SchemaID, other.ReportHash = common.HexToHash("0x99"), crypto.Keccak256Hash([]byte("other schema"))
	_, err = d.AttestReport(ctx, a, other)
	f.must("attest against another schema", err)
	_, err = d.PayOrder(ctx, f.other, oid)
	f.wantRevert(err, "NotAttested")
	_, err = d.RefundOrder(ctx, f.pub, oid)
	f.wantRevert(err, "OrderNotExpired")

	_, err = d.AttestReport(ctx, a, r)
	f.must("attest", err)
	before, err := f.c.TokenBalance(ctx, a.Addr)
	f.must("balance", err)
	rc, err = d.PayOrder(ctx, f.other, oid) // anyone may trigger the payment
	f.must("pay order", err)
	t.Logf("payOrder gas: %d", rc.GasUsed)
	after, err := f.c.TokenBalance(ctx, a.Addr)
	f.must("balance", err)
	if new(big.Int).Sub(after, before).Cmp(fee) != 0 {
		t.Fatalf("provider got %s, want %s", new(big.Int).Sub(after, before), fee)
	}
	_, err = d.PayOrder(ctx, a, oid)
	f.wantRevert(err, "OrderClosed")

	// An order nobody attests is refunded to its client after the deadline, and only then.
	oid2, _, err := d.OrderValidation(ctx, f.pub, sid, testReport(5, true).Manifest, time.Minute, nil)
	f.must("order", err)
	if err := f.sim.AdvanceTime(2 * time.Minute); err != nil {
		t.Fatal(err)
	}
	_, err = d.RefundOrder(ctx, f.other, oid2)
	f.wantRevert(err, "NotClient")
	before, err = f.c.TokenBalance(ctx, f.pub.Addr)
	f.must("balance", err)
	_, err = d.RefundOrder(ctx, f.pub, oid2)
	f.must("refund", err)
	after, err = f.c.TokenBalance(ctx, f.pub.Addr)
	f.must("balance", err)
	if new(big.Int).Sub(after, before).Cmp(fee) != 0 {
		t.Fatalf("refund %s, want %s", new(big.Int).Sub(after, before), fee)
	}
	if o, err := d.Order(ctx, oid2); err != nil || o.Status != OrderRefunded {
		t.Fatalf("refunded order %+v %v", o, err)
	}
	_, err = d.RefundOrder(ctx, f.pub, oid2)
	f.wantRevert(err, "OrderClosed")
	_, err = d.Order(ctx, 77)
	f.wantRevert(err, "UnknownOrder")
	// A delisted service takes no orders.
	_, err = d.DelistService(ctx, a, sid)
	f.must("delist", err)
	_, _, err = d.OrderValidation(ctx, f.pub, sid, r.Manifest, time.Hour, nil)
	f.wantRevert(err, "ServiceInactive")
	// The registry holds no tokens once every order is closed.
	if bal, err := f.c.TokenBalance(ctx, d.Address()); err != nil || bal.Sign() != 0 {
		t.Fatalf("registry holds %s (%v)", bal, err)
	}
}
