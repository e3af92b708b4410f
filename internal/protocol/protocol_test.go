package protocol

import (
	"bytes"
	"math"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/identity"
)

func newAuth(t *testing.T) *Authenticator {
	t.Helper()
	return &Authenticator{ChainID: 1337, Recover: identity.Recover, Guard: NewReplayGuard(1000)}
}

func signedRequest(t *testing.T, k Signer, body []byte, chain uint64, ttl time.Duration) *http.Request {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, PathUpdate, bytes.NewReader(body))
	if err := Sign(req.Header, req.Method, req.URL.Path, body, k, chain, "task-1", 3, ttl); err != nil {
		t.Fatal(err)
	}
	return req
}

func TestSignedRequests(t *testing.T) {
	k, _ := identity.Generate()
	body := []byte("payload")
	a := newAuth(t)

	req := signedRequest(t, k, body, 1337, time.Minute)
	env, err := a.Verify(req.Header, req.Method, req.URL.Path, body)
	if err != nil {
		t.Fatalf("valid message refused: %v", err)
	}
	if env.Signer != k.ID() || env.Task != "task-1" || env.Round != 3 {
		t.Fatalf("envelope: %+v", env)
	}
	if _, err := a.Verify(req.Header, req.Method, req.URL.Path, body); cohort.Code(err) != cohort.EConflict {
		t.Fatalf("replay: got %v, want conflict", err)
	}

	cases := map[string]func() (*http.Request, []byte){
		"unsigned": func() (*http.Request, []byte) {
			return httptest.NewRequest(http.MethodPost, PathUpdate, nil), body
		},
		"body changed": func() (*http.Request, []byte) {
			return signedRequest(t, k, body, 1337, time.Minute), []byte("payloaD")
		},
		"round changed": func() (*http.Request, []byte) {
			r := signedRequest(t, k, body, 1337, time.Minute)
			r.Header.Set(HeaderRound, "4")
			return r, body
		},
		"signer forged": func() (*http.Request, []byte) {
			other, _ := identity.Generate()
			r := signedRequest(t, k, body, 1337, time.Minute)
			r.Header.Set(HeaderSigner, other.ID().String())
			return r, body
		},
		"wrong chain": func() (*http.Request, []byte) { return signedRequest(t, k, body, 1, time.Minute), body },
		"expired":     func() (*http.Request, []byte) { return signedRequest(t, k, body, 1337, -time.Second), body },
		"too far":     func() (*http.Request, []byte) { return signedRequest(t, k, body, 1337, time.Hour), body },
		"garbage sig": func() (*http.Request, []byte) {
			r := signedRequest(t, k, body, 1337, time.Minute)
			r.Header.Set(HeaderSignature, "zz")
			return r, body
		},
	}
	for name, mk := range cases {
		r, b := mk()
		if _, err := a.Verify(r.Header, r.Method, r.URL.Path, b); cohort.Code(err) != cohort.EUnauthorized {
			t.Errorf("%s: got %v, want unauthorized", name, err)
		}
	}
}

func TestReplayGuardBounded(t *testing.T) {
	g := NewReplayGuard(2)
	now := time.Now()
	var id cohort.NodeID
	n := func(b byte) [16]byte { return [16]byte{b} }
	if g.Check(id, n(1), now.Add(time.Second), now) != nil || g.Check(id, n(2), now.Add(time.Minute), now) != nil {
		t.Fatal("fresh nonces refused")
	}
	if err := g.Check(id, n(3), now.Add(time.Minute), now); cohort.Code(err) != cohort.EUnavailable {
		t.Fatalf("full guard must refuse, not forget: %v", err)
	}
	later := now.Add(2 * time.Second) // nonce 1 expired: room again
	if err := g.Check(id, n(3), later.Add(time.Minute), later); err != nil {
		t.Fatalf("expired nonces must be pruned: %v", err)
	}
}

func TestFrameRoundTrip(t *testing.T) {
	type hdr struct {
		Round uint64 `json:"round"`
	}
	a, b := []float64{1, -2.5, 3e-3}, []float64{}
	raw, err := EncodeFrame(hdr{7}, a, b)
	if err != nil {
		t.Fatal(err)
	}
	var h hdr
	ts, err := DecodeFrame(raw, DefaultLimits, &h)
	if err != nil || h.Round != 7 || len(ts) != 2 || len(ts[1]) != 0 {
		t.Fatalf("decode: %v %+v %v", err, h, ts)
	}
	for i, x := range a {
		if ts[0][i] != float64(float32(x)) {
			t.Fatalf("element %d: %v", i, ts[0][i])
		}
	}
	// Every truncation is refused with a clear error.
	for n := 0; n < len(raw); n++ {
		if _, err := DecodeFrame(raw[:n], DefaultLimits, &h); err == nil {
			t.Fatalf("truncated frame of %d bytes accepted", n)
		}
	}
	if _, err := DecodeFrame(append(bytes.Clone(raw), 0), DefaultLimits, &h); err == nil {
		t.Fatal("trailing byte accepted")
	}
	small := Limits{MaxHeader: 64, MaxTensors: 2, MaxElems: 2}
	if _, err := DecodeFrame(raw, small, &h); cohort.Code(err) != cohort.ETooLarge {
		t.Fatalf("oversized tensor: %v", err)
	}
	nan, _ := EncodeFrame(hdr{1}, []float64{math.NaN()})
	if _, err := DecodeFrame(nan, DefaultLimits, &h); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("NaN: %v", err)
	}
	unknown, _ := EncodeFrame(map[string]int{"round": 1, "evil": 2})
	if _, err := DecodeFrame(unknown, DefaultLimits, &h); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("unknown header field: %v", err)
	}
}

func FuzzDecodeFrame(f *testing.F) {
	seed, _ := EncodeFrame(UpdateHeader{Round: 1, Samples: 10}, []float64{1, 2, 3})
	f.Add(seed)
	f.Add([]byte("CMSG"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		var h UpdateHeader
		lim := Limits{MaxHeader: 1 << 10, MaxTensors: 4, MaxElems: 1 << 12}
		ts, err := DecodeFrame(b, lim, &h)
		var hc UpdateHeader
		lens, cerr := CheckFrame(b, lim, &hc)
		if (err == nil) != (cerr == nil) {
			t.Fatalf("DecodeFrame says %v, CheckFrame %v", err, cerr)
		}
		if err != nil {
			return
		}
		for i := range ts {
			if lens[i] != len(ts[i]) {
				t.Fatalf("tensor %d: CheckFrame length %d, decoded %d", i, lens[i], len(ts[i]))
			}
		}
		// What decodes must re-encode to the same bytes' meaning.
		again, err := EncodeFrame(h, ts...)
		if err != nil {
			t.Fatal(err)
		}
		var h2 UpdateHeader
		ts2, err := DecodeFrame(again, lim, &h2)
		if err != nil || h2 != h || len(ts2) != len(ts) {
			t.Fatalf("re-decode: %v", err)
		}
	})
}

func FuzzVerify(f *testing.F) {
	f.Add("0x0000000000000000000000000000000000000001", "1337", "1", "00112233445566778899aabbccddeeff", "9999999999", "00")
	f.Fuzz(func(t *testing.T, signer, chain, round, nonce, expiry, sig string) {
		req := httptest.NewRequest(http.MethodPost, PathUpdate, nil)
		req.Header.Set(HeaderSigner, signer)
		req.Header.Set(HeaderChain, chain)
		req.Header.Set(HeaderRound, round)
		req.Header.Set(HeaderNonce, nonce)
		req.Header.Set(HeaderExpiry, expiry)
		req.Header.Set(HeaderSignature, sig)
		a := &Authenticator{ChainID: 1337, Recover: identity.Recover, Guard: NewReplayGuard(16)}
		if _, err := a.Verify(req.Header, req.Method, req.URL.Path, nil); err == nil {
			t.Fatal("an unsigned message was accepted")
		}
	})
}

func TestDigestCoversEveryField(t *testing.T) {
	base := Envelope{ChainID: 1, Task: "t", Round: 2, Expiry: time.Unix(100, 0)}
	d0 := Digest(base, "POST", "/p", []byte("b"))
	mutations := map[string]func(e *Envelope) (string, string, []byte){
		"signer": func(e *Envelope) (string, string, []byte) { e.Signer[0] = 1; return "POST", "/p", []byte("b") },
		"chain":  func(e *Envelope) (string, string, []byte) { e.ChainID = 2; return "POST", "/p", []byte("b") },
		"task":   func(e *Envelope) (string, string, []byte) { e.Task = "u"; return "POST", "/p", []byte("b") },
		"round":  func(e *Envelope) (string, string, []byte) { e.Round = 3; return "POST", "/p", []byte("b") },
		"nonce":  func(e *Envelope) (string, string, []byte) { e.Nonce[0] = 1; return "POST", "/p", []byte("b") },
		"expiry": func(e *Envelope) (string, string, []byte) {
			e.Expiry = time.Unix(101, 0)
			return "POST", "/p", []byte("b")
		},
		"method": func(e *Envelope) (string, string, []byte) { return "GET", "/p", []byte("b") },
		"path":   func(e *Envelope) (string, string, []byte) { return "POST", "/q", []byte("b") },
		"body":   func(e *Envelope) (string, string, []byte) { return "POST", "/p", []byte("c") },
	}
	for name, mut := range mutations {
		e := base
		m, p, b := mut(&e)
		if Digest(e, m, p, b) == d0 {
			t.Errorf("changing the %s does not change the digest", name)
		}
	}
}

func TestCheckFrameAgreesWithDecode(t *testing.T) {
	good, _ := EncodeFrame(UpdateHeader{Round: 1}, []float64{1, 2}, []float64{3})
	var h UpdateHeader
	lens, err := CheckFrame(good, DefaultLimits, &h)
	if err != nil || len(lens) != 2 || lens[0] != 2 || lens[1] != 1 {
		t.Fatalf("CheckFrame: %v %v", lens, err)
	}
	inf, _ := EncodeFrame(UpdateHeader{Round: 1}, []float64{1, math.Inf(-1)})
	if _, err := CheckFrame(inf, DefaultLimits, &h); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("CheckFrame must refuse Inf: %v", err)
	}
}

func TestRecentForgetsOldest(t *testing.T) {
	r := NewRecent[int](3)
	for i := range 5 {
		if !r.Add(i) {
			t.Fatalf("%d refused", i)
		}
	}
	if r.Add(4) || r.Add(2) || !r.Has(3) || r.Has(1) {
		t.Error("recent entries must be refused, forgotten ones absent")
	}
	if !r.Add(0) {
		t.Error("forgotten entry refused")
	}
	if r.Len() != 3 {
		t.Errorf("holds %d", r.Len())
	}
}

// A route's admission runs on the signed header, before the body: a refused signer leaves nothing in
// the replay guard, a body that does not match the signed hash records nothing either, and only an
// admitted, matching request records its nonce.
func TestVerifyHeaderAdmitsBeforeTheBody(t *testing.T) {
	member, _ := identity.Generate()
	stranger, _ := identity.Generate()
	a := newAuth(t)
	admit := func(id cohort.NodeID) error {
		if id != member.ID() {
			return cohort.Errorf(cohort.EForbidden, "not a member")
		}
		return nil
	}
	body := []byte("payload")
	for range 50 {
		r := signedRequest(t, stranger, body, 1337, time.Minute)
		if _, err := a.VerifyHeader(r.Header, r.Method, r.URL.Path, admit); cohort.Code(err) != cohort.EForbidden {
			t.Fatalf("stranger: %v, want forbidden", err)
		}
	}
	if n := a.Guard.Len(); n != 0 {
		t.Fatalf("refused strangers left %d nonces in the guard", n)
	}
	r := signedRequest(t, member, body, 1337, time.Minute)
	env, err := a.VerifyHeader(r.Header, r.Method, r.URL.Path, admit)
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Accept(env, []byte("payloaD")); cohort.Code(err) != cohort.EUnauthorized || a.Guard.Len() != 0 {
		t.Fatalf("a body that is not the signed one: %v, %d nonces", err, a.Guard.Len())
	}
	if err := a.Accept(env, body); err != nil || a.Guard.Len() != 1 {
		t.Fatalf("the signed body: %v, %d nonces", err, a.Guard.Len())
	}
	if _, err := a.VerifyHeader(r.Header, r.Method, r.URL.Path, admit); cohort.Code(err) != cohort.EConflict {
		t.Fatalf("replay seen from the header: %v", err)
	}
	// A forged signer header fails the signature check before the body.
	r = signedRequest(t, stranger, body, 1337, time.Minute)
	r.Header.Set(HeaderSigner, member.ID().String())
	if _, err := a.VerifyHeader(r.Header, r.Method, r.URL.Path, admit); cohort.Code(err) != cohort.EUnauthorized {
		t.Fatalf("forged signer: %v", err)
	}
}

// One signer can fill only its own share of the guard: a stranger with valid signatures exhausts
// its quota, and an honest signer still gets its nonces recorded. (With one shared pool, the
// stranger's nonces would refuse the honest signer with 503 until they expire.)
func TestReplayGuardQuotaPerSigner(t *testing.T) {
	honest, stranger := cohort.NodeID{1}, cohort.NodeID{2}
	g := NewReplayGuardQuota(100, 10)
	now := time.Now()
	exp := now.Add(MaxTTL)
	refused := 0
	for i := range 100 {
		if err := g.Check(stranger, [16]byte{byte(i)}, exp, now); err != nil {
			if cohort.Code(err) != cohort.EUnavailable {
				t.Fatal(err)
			}
			refused++
		}
	}
	if refused != 90 {
		t.Fatalf("stranger: %d of 100 refused, want 90", refused)
	}
	for i := range 10 {
		if err := g.Check(honest, [16]byte{byte(i)}, exp, now); err != nil {
			t.Fatalf("honest nonce %d refused after a stranger's flood: %v", i, err)
		}
	}
	// Expired nonces free the share again.
	if err := g.Check(stranger, [16]byte{200}, exp, exp.Add(time.Second)); err != nil {
		t.Fatalf("after expiry: %v", err)
	}
}

func FuzzVerifyHeader(f *testing.F) {
	f.Add("0x0000000000000000000000000000000000000001", "1337", "1", "00112233445566778899aabbccddeeff", "9999999999", "00", "00")
	f.Fuzz(func(t *testing.T, signer, chain, round, nonce, expiry, sig, bodyHash string) {
		req := httptest.NewRequest(http.MethodPost, PathUpdate, nil)
		req.Header.Set(HeaderSigner, signer)
		req.Header.Set(HeaderChain, chain)
		req.Header.Set(HeaderRound, round)
		req.Header.Set(HeaderNonce, nonce)
		req.Header.Set(HeaderExpiry, expiry)
		req.Header.Set(HeaderSignature, sig)
		req.Header.Set(HeaderBody, bodyHash)
		a := &Authenticator{ChainID: 1337, Recover: identity.Recover, Guard: NewReplayGuard(16)}
		if _, err := a.VerifyHeader(req.Header, req.Method, req.URL.Path, nil); err == nil {
			t.Fatal("an unsigned message was accepted")
		}
		if a.Guard.Len() != 0 {
			t.Fatal("a refused message was recorded")
		}
	})
}

func TestCheckJoinRefusesLies(t *testing.T) {
	spec := TaskSpec{Classes: []string{"0", "1"}}
	spec.Model.Inputs = 2
	ok := JoinHeader{Samples: 4, Features: 2, Classes: []string{"0", "1"}}
	sum, sq := []float64{2, -4}, []float64{2, 8}
	if err := spec.CheckJoin(ok, sum, sq); err != nil {
		t.Fatalf("honest join: %v", err)
	}
	bad := func(mut func(h *JoinHeader, sum, sq []float64)) error {
		h := ok
		h.Classes = append([]string(nil), ok.Classes...)
		s, q := append([]float64(nil), sum...), append([]float64(nil), sq...)
		mut(&h, s, q)
		return spec.CheckJoin(h, s, q)
	}
	for name, mut := range map[string]func(h *JoinHeader, sum, sq []float64){
		"uncapped samples":     func(h *JoinHeader, _, _ []float64) { h.Samples = MaxJoinSamples + 1 },
		"no samples":           func(h *JoinHeader, _, _ []float64) { h.Samples = 0 },
		"feature count":        func(h *JoinHeader, _, _ []float64) { h.Features = 3 },
		"NaN sum":              func(_ *JoinHeader, s, _ []float64) { s[0] = math.NaN() },
		"infinite square":      func(_ *JoinHeader, _, q []float64) { q[1] = math.Inf(1) },
		"negative square":      func(_ *JoinHeader, _, q []float64) { q[0] = -1 },
		"square below sum²/n":  func(_ *JoinHeader, s, q []float64) { s[0], q[0] = 100, 1 },
		"huge mean":            func(_ *JoinHeader, s, q []float64) { s[0], q[0] = 1e300, 1e300 },
		"repeated class":       func(h *JoinHeader, _, _ []float64) { h.Classes = []string{"1", "1"} },
		"unknown class":        func(h *JoinHeader, _, _ []float64) { h.Classes = []string{"7"} },
		"too many classes":     func(h *JoinHeader, _, _ []float64) { h.Classes = []string{"0", "1", "0"} },
		"endpoint over limits": func(h *JoinHeader, _, _ []float64) { h.Endpoint = string(make([]byte, 513)) },
	} {
		if err := bad(mut); cohort.Code(err) != cohort.EInvalid {
			t.Errorf("%s: %v, want invalid", name, err)
		}
	}
}
