package miner

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/protocol"
	"github.com/cohort-net/cohort/internal/zk"
)

const chainID = 31337

// fixture is a tiny logistic regression (4 inputs) compiled and set up once per test binary.
type fixture struct {
	q  *zk.QModel
	c  *zk.Compiled
	pk *zk.ProvingKey
	vk *zk.VerifyingKey
	id zk.Element
}

var (
	fixOnce sync.Once
	fix     *fixture
	fixErr  error
)

func tiny(t testing.TB) *fixture {
	t.Helper()
	fixOnce.Do(func() {
		m := &fl.Model{Spec: fl.ModelSpec{Kind: fl.KindLogReg, Inputs: 4, Classes: 2}, Params: []float64{0.5, -1.25, 0.75, 2, 0.1}}
		q, err := zk.FromFL(m, zk.QuantOptions{InFrac: 8, InBits: 13})
		if err != nil {
			fixErr = err
			return
		}
		c, err := zk.Compile(q, false, zk.Groth16)
		if err != nil {
			fixErr = err
			return
		}
		pk, vk, err := c.Setup()
		if err != nil {
			fixErr = err
			return
		}
		id, err := c.ModelID(vk)
		fix = &fixture{q, c, pk, vk, id}
		fixErr = err
	})
	if fixErr != nil {
		t.Fatal(fixErr)
	}
	return fix
}

func key(t testing.TB, label string) *identity.Key {
	k, err := identity.DevKey("miner-test/" + label)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

type env struct {
	f         *fixture
	m         *Miner
	srv       *httptest.Server
	validator *identity.Key
}

func newEnv(t testing.TB, mode Mode) *env {
	f := tiny(t)
	val := key(t, "validator")
	m, err := New(Config{Key: key(t, "miner-"+string(mode)), ChainID: chainID, Model: f.q, Prover: f.c, ProvingKey: f.pk,
		ModelID: f.id, Validators: []cohort.NodeID{val.ID()}, Mode: mode, MaxBodyBytes: 4 << 10})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(m.Handler())
	t.Cleanup(srv.Close)
	return &env{f, m, srv, val}
}

func (e *env) request(x []int64) *zk.Request {
	return &zk.Request{ModelID: e.f.id, Nonce: zk.NewNonce(), Prover: e.m.ID(), Input: x, Salt: zk.NewSalt()}
}

func (e *env) call(t testing.TB, req *zk.Request) (*zk.Response, error) {
	t.Helper()
	return Call(context.Background(), http.DefaultClient, e.srv.URL, e.validator, chainID, 1, req)
}

// post sends body signed by s (nil: unsigned) and returns the status and the error body.
func (e *env) post(t testing.TB, body []byte, s protocol.Signer) (int, string) {
	t.Helper()
	hr, _ := http.NewRequest(http.MethodPost, e.srv.URL+InferPath, bytes.NewReader(body))
	if s != nil {
		if err := protocol.Sign(hr.Header, hr.Method, hr.URL.Path, body, s, chainID, Task, 1, time.Minute); err != nil {
			t.Fatal(err)
		}
	}
	resp, err := http.DefaultClient.Do(hr)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var b bytes.Buffer
	b.ReadFrom(resp.Body)
	return resp.StatusCode, b.String()
}

var input = []int64{256, -128, 64, 300}

func TestHonestProofVerifies(t *testing.T) {
	e := newEnv(t, ModeHonest)
	req := e.request(input)
	resp, err := e.call(t, req)
	if err != nil {
		t.Fatal(err)
	}
	st := resp.Statement
	if st.Nonce != req.Nonce || st.Prover != e.m.ID() || st.ModelID != e.f.id {
		t.Fatalf("statement not bound to the request: %+v", st)
	}
	if err := zk.Verify(e.f.vk, &st, resp.Proof); err != nil {
		t.Fatalf("honest proof: %v", err)
	}
	want, _ := e.f.q.Infer(input)
	if st.Outputs[0] != want[0] {
		t.Errorf("output %d, reference %d", st.Outputs[0], want[0])
	}
	if s := e.m.Stats(); s.Answered != 1 || s.MeanProveMS <= 0 {
		t.Errorf("stats %+v", s)
	}
}

func TestDishonestModesFail(t *testing.T) {
	for _, mode := range []Mode{ModeWrongOutput, ModeReplay} {
		t.Run(string(mode), func(t *testing.T) {
			e := newEnv(t, mode)
			var failed int
			for i := range 3 {
				x := []int64{input[0] + int64(i), input[1], input[2], input[3]}
				req := e.request(x)
				resp, err := e.call(t, req)
				if err != nil {
					t.Fatal(err)
				}
				if err := zk.Verify(e.f.vk, &resp.Statement, resp.Proof); err != nil {
					if !errors.Is(err, zk.ErrProof) {
						t.Errorf("answer %d: %v, want ErrProof", i, err)
					}
					failed++
				}
			}
			want := 3
			if mode == ModeReplay {
				want = 2 // the first answer is a real proof
			}
			if failed != want {
				t.Errorf("%d of 3 answers failed, want %d", failed, want)
			}
		})
	}
}

func TestRefusals(t *testing.T) {
	e := newEnv(t, ModeHonest)
	good, _ := json.Marshal(e.request(input))
	stranger := key(t, "stranger")

	// A reused request nonce: the second request (a new signed message) is refused.
	req := e.request(input)
	if _, err := e.call(t, req); err != nil {
		t.Fatal(err)
	}
	if _, err := e.call(t, req); cohort.Code(err) != cohort.EConflict || !strings.Contains(err.Error(), "already answered") {
		t.Errorf("reused nonce: %v", err)
	}
	// A replayed signed message (same headers and body).
	body, _ := json.Marshal(e.request(input))
	hr, _ := http.NewRequest(http.MethodPost, e.srv.URL+InferPath, bytes.NewReader(body))
	if err := protocol.Sign(hr.Header, hr.Method, hr.URL.Path, body, e.validator, chainID, Task, 1, time.Minute); err != nil {
		t.Fatal(err)
	}
	for i, want := range []int{200, 409} {
		r2, _ := http.NewRequest(http.MethodPost, hr.URL.String(), bytes.NewReader(body))
		r2.Header = hr.Header.Clone()
		resp, err := http.DefaultClient.Do(r2)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Errorf("signed message sent %d times: status %d, want %d", i+1, resp.StatusCode, want)
		}
	}
	other := e.request(input)
	other.Prover = stranger.ID()
	otherBody, _ := json.Marshal(other)
	wrongModel := e.request(input)
	wrongModel.ModelID[31] ^= 1
	wrongModelBody, _ := json.Marshal(wrongModel)
	outOfRange, _ := json.Marshal(e.request([]int64{1 << 20, 0, 0, 0}))
	short, _ := json.Marshal(e.request([]int64{1, 2}))
	cases := []struct {
		name   string
		body   []byte
		signer protocol.Signer
		status int
		reason string
	}{
		{"unsigned", good, nil, 401, "unsigned"},
		{"not a validator", good, stranger, 403, "not a validator"},
		{"oversized body", bytes.Repeat([]byte{'x'}, 5<<10), e.validator, 413, "limit 4096"},
		{"garbage bytes", []byte("\x00\xff garbage {"), e.validator, 400, "request"},
		{"another miner", otherBody, e.validator, 400, "addressed to miner"},
		{"another model", wrongModelBody, e.validator, 400, "request for model"},
		{"input out of range", outOfRange, e.validator, 400, ""},
		{"wrong input length", short, e.validator, 400, ""},
		{"nonce = field modulus", withNonce(good, bn254R), e.validator, 400, "modulus"},
	}
	for _, c := range cases {
		status, msg := e.post(t, c.body, c.signer)
		if status != c.status || !strings.Contains(msg, c.reason) {
			t.Errorf("%s: %d %s, want %d containing %q", c.name, status, strings.TrimSpace(msg), c.status, c.reason)
		}
	}
}

// bn254R is the BN254 scalar field modulus: a nonce equal to it aliases 0.
const bn254R = "0x30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001"

func withNonce(body []byte, nonce string) []byte {
	var m map[string]any
	if err := json.Unmarshal(body, &m); err != nil {
		panic(err)
	}
	m["nonce"] = nonce
	b, _ := json.Marshal(m)
	return b
}

func TestParseMode(t *testing.T) {
	for in, want := range map[string]Mode{"": ModeHonest, "honest": ModeHonest, "replay": ModeReplay, "wrong-output": ModeWrongOutput} {
		if got, err := ParseMode(in); err != nil || got != want {
			t.Errorf("%q: %v %v", in, got, err)
		}
	}
	if _, err := ParseMode("lazy"); cohort.Code(err) != cohort.EInvalid {
		t.Errorf("bad mode: %v", err)
	}
}

// FuzzInferBody sends arbitrary signed bodies to the miner's handler: it must answer 200 or a 4xx
// with a reason, never panic or fail internally.
func FuzzInferBody(f *testing.F) {
	e := newEnv(f, ModeHonest)
	good, _ := json.Marshal(e.request(input))
	f.Add(good)
	f.Add([]byte(`{"model_id":"0x1","nonce":"0x2","prover":"0x00","input":[1]}`))
	f.Add([]byte(`{"input":[99999999999999999999]}`))
	f.Add([]byte("\x00\x01garbage"))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, body []byte) {
		hr := httptest.NewRequest(http.MethodPost, InferPath, bytes.NewReader(body))
		if err := protocol.Sign(hr.Header, hr.Method, hr.URL.Path, body, e.validator, chainID, Task, 1, time.Minute); err != nil {
			t.Fatal(err)
		}
		w := httptest.NewRecorder()
		e.m.Handler().ServeHTTP(w, hr)
		// 503 is the validator's replay-guard quota filling up over a long fuzz run (tens of
		// thousands of fresh nonces inside their expiry): back-pressure, not a failure.
		if w.Code != 200 && w.Code != http.StatusServiceUnavailable && (w.Code < 400 || w.Code >= 500) {
			t.Fatalf("status %d: %s", w.Code, w.Body)
		}
	})
}

func TestLoadRegistered(t *testing.T) {
	f := tiny(t)
	dir := t.TempDir()
	if err := zk.SaveKeys(dir, &zk.CircuitFile{Model: f.q, Scheme: zk.Groth16, ModelID: f.id}, f.pk, f.vk); err != nil {
		t.Fatal(err)
	}
	r, err := LoadRegistered(dir, true)
	if err != nil {
		t.Fatal(err)
	}
	req := &zk.Request{ModelID: r.ModelID, Nonce: zk.NewNonce(), Prover: key(t, "loaded").ID(), Input: input, Salt: zk.NewSalt()}
	st, proof, err := r.Circuit.Prove(r.PK, r.ModelID, req)
	if err != nil {
		t.Fatal(err)
	}
	if err := zk.Verify(f.vk, st, proof); err != nil {
		t.Fatalf("proof from loaded keys: %v", err)
	}
	// A directory that names another model id is refused.
	bad := t.TempDir()
	other := f.id
	other[31] ^= 1
	if err := zk.SaveKeys(bad, &zk.CircuitFile{Model: f.q, Scheme: zk.Groth16, ModelID: other}, f.pk, f.vk); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadRegistered(bad, false); cohort.Code(err) != cohort.EInvalid {
		t.Errorf("mismatched model id: %v", err)
	}
}
