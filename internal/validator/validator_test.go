package validator

import (
	"bytes"
	"context"
	"encoding/json"
	"github.com/cohort-net/cohort/internal/protocol"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/miner"
	"github.com/cohort-net/cohort/internal/zk"
)

const chainID = 31337

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

// tiny is a 4-input logistic regression, compiled and set up once per test binary.
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
	k, err := identity.DevKey("validator-test/" + label)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

var pool = [][]int64{{256, -128, 64, 300}, {-500, 20, 700, -3}, {0, 0, 0, 0}}

type testNet struct {
	f      *fixture
	v      *Validator
	miners []*miner.Miner
	srv    *httptest.Server // the validator's API
}

// network starts one miner per mode and a validator over them.
func network(t testing.TB, modes []miner.Mode, extra ...MinerInfo) *testNet {
	f := tiny(t)
	vk := key(t, "validator")
	n := &testNet{f: f}
	var infos []MinerInfo
	for i, mode := range modes {
		m, err := miner.New(miner.Config{Key: key(t, "miner-"+string(rune('a'+i))), ChainID: chainID, Model: f.q, Prover: f.c,
			ProvingKey: f.pk, ModelID: f.id, Validators: []cohort.NodeID{vk.ID()}, Mode: mode})
		if err != nil {
			t.Fatal(err)
		}
		s := httptest.NewServer(m.Handler())
		t.Cleanup(s.Close)
		n.miners = append(n.miners, m)
		infos = append(infos, MinerInfo{ID: m.ID(), URL: s.URL})
	}
	infos = append(infos, extra...)
	v, err := New(Config{Key: vk, ChainID: chainID, Model: f.q, VK: f.vk, ModelID: f.id, Miners: infos, Inputs: pool,
		Timeout: 30 * time.Second, MaxBodyBytes: 4 << 10, Clients: []cohort.NodeID{key(t, "client").ID()}})
	if err != nil {
		t.Fatal(err)
	}
	n.v = v
	n.srv = httptest.NewServer(v.Handler())
	t.Cleanup(n.srv.Close)
	return n
}

func TestHonestMinersOutscoreDishonest(t *testing.T) {
	for _, mode := range []miner.Mode{miner.ModeWrongOutput, miner.ModeReplay} {
		t.Run(string(mode), func(t *testing.T) {
			n := network(t, []miner.Mode{miner.ModeHonest, miner.ModeHonest, mode})
			// A replaying miner's first answer is a real proof and may be the fastest of its round:
			// it takes a few penalties (x0.6 each) to fall below the honest miners.
			rounds := 4
			if mode == miner.ModeReplay {
				rounds = 6
			}
			if err := n.v.Run(context.Background(), rounds, 0); err != nil {
				t.Fatal(err)
			}
			s := n.v.Scores()
			if s.Rounds != uint64(rounds) {
				t.Fatalf("%d rounds", s.Rounds)
			}
			bad := s.Miners[2]
			for _, m := range s.Miners[:2] {
				if m.Valid != rounds || m.Invalid != 0 {
					t.Errorf("honest miner %s: %d valid, %d invalid (%s)", m.AddressHex, m.Valid, m.Invalid, m.LastError)
				}
				if m.Score <= bad.Score {
					t.Errorf("honest %v <= dishonest %v", m.Score, bad.Score)
				}
			}
			wantInvalid := rounds
			if mode == miner.ModeReplay {
				wantInvalid = rounds - 1 // its first answer is a real proof
			}
			if bad.Invalid != wantInvalid || bad.Missing != 0 {
				t.Errorf("dishonest miner: %d invalid, %d missing, want %d, 0", bad.Invalid, bad.Missing, wantInvalid)
			}
			if !strings.Contains(bad.LastError, "does not verify") {
				t.Errorf("dishonest miner's reason: %q", bad.LastError)
			}
			var sum float64
			for _, w := range n.v.Weights() {
				sum += w.Value
			}
			if sum < 0.999 || sum > 1.001 {
				t.Errorf("weights sum to %v", sum)
			}
		})
	}
}

// answer gets a real answer from miner i to a fresh request.
func (n *testNet) answer(t *testing.T, i int, x []int64) (*zk.Request, *zk.Response) {
	t.Helper()
	req := &zk.Request{ModelID: n.f.id, Nonce: zk.NewNonce(), Prover: n.miners[i].ID(), Input: x, Salt: zk.NewSalt()}
	resp, err := n.miners[i].Answer(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	return req, resp
}

func TestCheckRefusals(t *testing.T) {
	n := network(t, []miner.Mode{miner.ModeHonest, miner.ModeHonest})
	x := pool[0]
	req, resp := n.answer(t, 0, x)
	commit := zk.Element(n.f.q.InputCommitment(x, req.Salt))
	if err := n.v.Check(req, commit, resp); err != nil {
		t.Fatalf("valid answer refused: %v", err)
	}
	clone := func(r *zk.Response) *zk.Response {
		c := *r
		c.Statement.Outputs = append([]int64(nil), r.Statement.Outputs...)
		c.Proof = bytes.Clone(r.Proof)
		return &c
	}
	// A new request to miner 0 answered with the earlier proof.
	req2 := &zk.Request{ModelID: n.f.id, Nonce: zk.NewNonce(), Prover: n.miners[0].ID(), Input: x, Salt: req.Salt}
	patched := clone(resp)
	patched.Statement.Nonce = req2.Nonce
	// Miner 1's request answered with miner 0's proof.
	reqB := &zk.Request{ModelID: n.f.id, Nonce: req.Nonce, Prover: n.miners[1].ID(), Input: x, Salt: req.Salt}
	stolen := clone(resp)
	stolen.Statement.Prover = reqB.Prover
	flipped := clone(resp)
	flipped.Proof[len(flipped.Proof)/2] ^= 0x04
	truncated := clone(resp)
	truncated.Proof = truncated.Proof[:40]
	garbage := clone(resp)
	garbage.Proof = []byte("\xde\xad\xbe\xef garbage")
	wrongOut := clone(resp)
	wrongOut.Statement.Outputs[0] = -wrongOut.Statement.Outputs[0] + 1
	moreOut := clone(resp)
	moreOut.Statement.Outputs = append(moreOut.Statement.Outputs, 1)
	otherInput := clone(resp)
	otherInput.Statement.InputCommit[31] ^= 1

	cases := []struct {
		name   string
		req    *zk.Request
		resp   *zk.Response
		reason string
	}{
		{"replayed proof, statement unchanged", req2, resp, "nonce"},
		{"replayed proof, nonce patched", req2, patched, "does not verify"},
		{"proof of another miner, statement unchanged", reqB, resp, "another miner"},
		{"proof of another miner, prover patched", reqB, stolen, "does not verify"},
		{"flipped bits", req, flipped, ""},
		{"truncated proof", req, truncated, ""},
		{"garbage proof", req, garbage, ""},
		{"wrong output", req, wrongOut, "does not verify"},
		{"extra output", req, moreOut, "outputs"},
		{"another input", req, otherInput, "another input"},
	}
	for _, c := range cases {
		err := n.v.Check(c.req, commit, c.resp)
		if err == nil {
			t.Errorf("%s: accepted", c.name)
			continue
		}
		if cohort.Code(err) != cohort.EInvalid || !strings.Contains(err.Error(), c.reason) {
			t.Errorf("%s: %v (code %s), want an invalid error containing %q", c.name, err, cohort.Code(err), c.reason)
		}
	}
}

func TestMissingAndSlowMiners(t *testing.T) {
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Read the body so that the server notices when the validator hangs up; never answer in time.
		io.Copy(io.Discard, r.Body)
		select {
		case <-time.After(10 * time.Second):
		case <-r.Context().Done():
		}
	}))
	t.Cleanup(slow.Close)
	junk := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("\x00\x01 not json"))
	}))
	t.Cleanup(junk.Close)
	n := network(t, nil,
		MinerInfo{ID: key(t, "slow").ID(), URL: slow.URL},
		MinerInfo{ID: key(t, "junk").ID(), URL: junk.URL},
		MinerInfo{ID: key(t, "gone").ID(), URL: "http://127.0.0.1:1"})
	n.v.cfg.Timeout = 300 * time.Millisecond
	for round := range 2 {
		rep, err := n.v.Round(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		for i, want := range []string{"deadline", "response", "no answer"} {
			a := rep.Answers[i]
			if a.Valid || !a.Missing || !strings.Contains(a.Reason, want) {
				t.Errorf("round %d, miner %d: valid %v missing %v reason %q, want %q", round, i, a.Valid, a.Missing, a.Reason, want)
			}
		}
	}
	s := n.v.Scores()
	for i, m := range s.Miners {
		if m.Score != 0 || m.Missing != 2 || m.Invalid != 2 || m.Valid != 0 || m.LastError == "" {
			t.Errorf("miner %d: %+v", i, m)
		}
	}
	if s.Verified != 0 || s.Failed != 0 {
		t.Errorf("missing answers counted as proofs: %+v", s)
	}
}

// post sends body to url signed by the test network's client.
func post(t *testing.T, url string, body []byte) (int, string) {
	t.Helper()
	return postAs(t, key(t, "client"), url, body)
}

// postAs sends body to url signed by k (nil: unsigned).
func postAs(t testing.TB, k *identity.Key, url string, body []byte) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if k != nil {
		if err := protocol.Sign(req.Header, req.Method, req.URL.Path, body, k, chainID, RequestTask, 0, time.Minute); err != nil {
			t.Fatal(err)
		}
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var b bytes.Buffer
	b.ReadFrom(resp.Body)
	return resp.StatusCode, b.String()
}

func TestForwardedRequestsAndScoresAPI(t *testing.T) {
	n := network(t, []miner.Mode{miner.ModeHonest, miner.ModeWrongOutput})
	body := []byte(`{"input":[100,200,-300,400]}`)
	status, msg := post(t, n.srv.URL+RequestPath, body)
	if status != 200 {
		t.Fatalf("forward: %d %s", status, msg)
	}
	var fr ForwardResponse
	if err := json.Unmarshal([]byte(msg), &fr); err != nil {
		t.Fatal(err)
	}
	want, _ := n.f.q.Infer([]int64{100, 200, -300, 400})
	if fr.Verified != 1 || fr.Asked != 2 || fr.Miner != n.miners[0].ID().String() || fr.Outputs[0] != want[0] {
		t.Errorf("forward response %+v", fr)
	}
	if err := zk.Verify(n.f.vk, &fr.Statement, fr.Proof); err != nil {
		t.Errorf("forwarded proof: %v", err)
	}
	cases := []struct {
		name   string
		body   []byte
		status int
		reason string
	}{
		{"repeated input", body, 409, "seen before"},
		{"oversized body", bytes.Repeat([]byte(" "), 5<<10), 413, "limit"},
		{"garbage", []byte("\xff\x00garbage"), 400, "request"},
		{"no input", []byte(`{}`), 400, "no input"},
		{"input and features", []byte(`{"input":[1,2,3,4],"features":[1,2,3,4]}`), 400, "not both"},
		{"wrong length", []byte(`{"input":[1,2,3]}`), 400, ""},
		{"out of range", []byte(`{"input":[1,2,3,99999999]}`), 400, ""},
		{"features of the wrong length", []byte(`{"features":[0.5]}`), 400, "features"},
	}
	for _, c := range cases {
		status, msg := post(t, n.srv.URL+RequestPath, c.body)
		if status != c.status || !strings.Contains(msg, c.reason) {
			t.Errorf("%s: %d %s, want %d containing %q", c.name, status, strings.TrimSpace(msg), c.status, c.reason)
		}
	}
	status, msg = post(t, n.srv.URL+RequestPath, []byte(`{"features":[0.25,-0.5,1,0.125]}`))
	if status != 200 {
		t.Errorf("features: %d %s", status, msg)
	}
	resp, err := http.Get(n.srv.URL + ScoresPath)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var s Scores
	if err := json.NewDecoder(resp.Body).Decode(&s); err != nil {
		t.Fatal(err)
	}
	if s.Rounds != 2 || len(s.Miners) != 2 || s.Miners[0].Valid != 2 || s.Miners[1].Invalid != 2 || s.Verified != 2 || s.Failed != 2 {
		t.Errorf("scores %+v", s)
	}
	if s.Miners[0].AddressHex != n.miners[0].ID().String() || s.Miners[0].Score <= s.Miners[1].Score {
		t.Errorf("scores %+v", s.Miners)
	}
}

type recorder struct {
	mu    sync.Mutex
	calls []uint64
}

func (r *recorder) PublishWeights(_ context.Context, round uint64, w []Weight) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.calls = append(r.calls, round)
	return nil
}

func TestPublishEvery(t *testing.T) {
	n := network(t, []miner.Mode{miner.ModeHonest})
	rec := &recorder{}
	n.v.cfg.Publisher, n.v.cfg.PublishEvery = rec, 2
	if err := n.v.Run(context.Background(), 3, 0); err != nil {
		t.Fatal(err)
	}
	if len(rec.calls) != 1 || rec.calls[0] != 2 {
		t.Errorf("published at rounds %v, want [2]", rec.calls)
	}
}

func TestInputGuard(t *testing.T) {
	g := protocol.NewRecent[[32]byte](2)
	a, b, c := InputHash([]int64{1}), InputHash([]int64{2}), InputHash([]int64{1, 0})
	if !g.Add(a) || !g.Add(b) || g.Add(a) {
		t.Fatal("guard")
	}
	if !g.Add(c) || !g.Add(a) { // c pushes a out
		t.Error("forgotten input refused")
	}
	if InputHash([]int64{0, 1}) == InputHash([]int64{1, 0}) {
		t.Error("order ignored")
	}
}

func FuzzDecodeForwardRequest(f *testing.F) {
	q := tiny(f).q
	f.Add([]byte(`{"input":[1,2,3,4]}`))
	f.Add([]byte(`{"features":[0.1,0.2,0.3,1e308]}`))
	f.Add([]byte(`{"features":[NaN]}`))
	f.Add([]byte(`{"input":[1,2,3,4],"features":[1]}`))
	f.Add([]byte("\x00garbage"))
	f.Fuzz(func(t *testing.T, b []byte) {
		x, err := DecodeForwardRequest(b, q)
		if err != nil {
			if cohort.Code(err) != cohort.EInvalid {
				t.Fatalf("code %s: %v", cohort.Code(err), err)
			}
			return
		}
		if err := q.CheckInput(x); err != nil {
			t.Fatalf("accepted an input the model refuses: %v", err)
		}
	})
}

// FuzzCheckResponse feeds arbitrary miner answers through the decoder and the checks: a refusal,
// never a panic, and never an acceptance of anything but the real proof.
func FuzzCheckResponse(f *testing.F) {
	fx := tiny(f)
	m, err := miner.New(miner.Config{Key: key(f, "fuzz-miner"), ChainID: chainID, Model: fx.q, Prover: fx.c, ProvingKey: fx.pk, ModelID: fx.id})
	if err != nil {
		f.Fatal(err)
	}
	v, err := New(Config{Key: key(f, "fuzz-validator"), Model: fx.q, VK: fx.vk, ModelID: fx.id, Miners: []MinerInfo{{ID: m.ID()}}})
	if err != nil {
		f.Fatal(err)
	}
	x := pool[1]
	req := &zk.Request{ModelID: fx.id, Nonce: zk.NewNonce(), Prover: m.ID(), Input: x, Salt: zk.NewSalt()}
	resp, err := m.Answer(context.Background(), req)
	if err != nil {
		f.Fatal(err)
	}
	good, _ := json.Marshal(resp)
	commit := zk.Element(fx.q.InputCommitment(x, req.Salt))
	f.Add(good)
	f.Add(bytes.Replace(good, []byte(`"proof":"0x`), []byte(`"proof":"0x00`), 1))
	f.Add([]byte(`{"statement":{},"proof":"0x01"}`))
	f.Add([]byte("garbage"))
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := zk.DecodeResponse(bytes.NewReader(b))
		if err != nil {
			return
		}
		if err := v.Check(req, commit, r); err == nil {
			if !bytes.Equal(r.Proof, resp.Proof) && len(r.Proof) == len(resp.Proof) {
				// A re-randomized proof of the same statement would verify too; anything else must not.
				t.Logf("accepted a different proof of the same statement")
			}
			if r.Statement.Nonce != req.Nonce || r.Statement.Prover != req.Prover {
				t.Fatal("accepted an answer to another request")
			}
		} else if cohort.Code(err) != cohort.EInvalid {
			t.Fatalf("code %s: %v", cohort.Code(err), err)
		}
	})
}
