package coordinator

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/protocol"
)

// fakeTrainer is a trainer endpoint that records the train requests it gets.
type fakeTrainer struct {
	key  *identity.Key
	srv  *httptest.Server
	mu   sync.Mutex
	reqs []protocol.TrainHeader
	got  chan uint64
}

func newFakeTrainer(t *testing.T) *fakeTrainer {
	k, _ := identity.Generate()
	f := &fakeTrainer{key: k, got: make(chan uint64, 16)}
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		var h protocol.TrainHeader
		if _, err := protocol.DecodeFrame(body, protocol.DefaultLimits, &h); err != nil {
			http.Error(w, err.Error(), 400)
			return
		}
		f.mu.Lock()
		f.reqs = append(f.reqs, h)
		f.mu.Unlock()
		w.WriteHeader(http.StatusAccepted)
		f.got <- h.Round
	}))
	t.Cleanup(f.srv.Close)
	return f
}

var testLimits = protocol.Limits{MaxHeader: 4096, MaxTensors: 4, MaxElems: 1000}

func testSpec() protocol.TaskSpec {
	return protocol.TaskSpec{
		ID: "t1", ChainID: 1337, Label: "y", Classes: []string{"0", "1"},
		Model:    fl.ModelSpec{Kind: "logreg", Inputs: 3, Classes: 2},
		Train:    fl.TrainConfig{Optimizer: "sgd", LR: 0.1, Epochs: 1, BatchSize: 4},
		Strategy: fl.StrategyConfig{Name: "fedavg"},
		Rounds:   2, Trainers: 2, MinParticipants: 2, RoundTimeoutMS: 20_000, Standardize: true, Seed: 1,
	}
}

type harness struct {
	t     *testing.T
	c     *Coordinator
	srv   *httptest.Server
	cKey  *identity.Key
	dir   string
	runCh chan error
	stop  context.CancelFunc
}

func startHarness(t *testing.T, dir string, cKey *identity.Key) *harness {
	t.Helper()
	c, err := New(Config{Spec: testSpec(), DataDir: dir, Key: cKey, Recover: identity.Recover, Limits: testLimits})
	if err != nil {
		t.Fatal(err)
	}
	h := &harness{t: t, c: c, srv: httptest.NewServer(c.Handler()), cKey: cKey, dir: dir, runCh: make(chan error, 1)}
	ctx, cancel := context.WithCancel(context.Background())
	h.stop = cancel
	go func() { h.runCh <- c.Run(ctx) }()
	return h
}

func (h *harness) shutdown() {
	h.stop()
	<-h.runCh
	h.srv.Close()
	h.c.Close()
}

// send posts a signed body and returns the status and decoded error code.
func (h *harness) send(path string, k *identity.Key, round uint64, body []byte, mutate func(*http.Request)) (int, cohort.ErrorCode) {
	req, _ := http.NewRequest(http.MethodPost, h.srv.URL+path, bytes.NewReader(body))
	if k != nil {
		if err := protocol.Sign(req.Header, req.Method, req.URL.Path, body, k, 1337, "t1", round, time.Minute); err != nil {
			h.t.Fatal(err)
		}
	}
	if mutate != nil {
		mutate(req)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		h.t.Fatal(err)
	}
	defer resp.Body.Close()
	var eb struct {
		Code cohort.ErrorCode `json:"code"`
	}
	json.NewDecoder(resp.Body).Decode(&eb)
	return resp.StatusCode, eb.Code
}

func joinBody(endpoint string, features int) []byte {
	sumsq := make([]float64, features)
	for i := range sumsq {
		sumsq[i] = 10
	}
	b, _ := protocol.EncodeFrame(protocol.JoinHeader{Endpoint: endpoint, Samples: 10, Features: features, Classes: []string{"0", "1"}},
		make([]float64, features), sumsq)
	return b
}

func updateBody(round uint64, delta []float64) []byte {
	b, _ := protocol.EncodeFrame(protocol.UpdateHeader{Round: round, Samples: 10, Loss: 0.5}, delta)
	return b
}

func TestBadInputIsRefusedAndNothingIsLost(t *testing.T) {
	dir := t.TempDir()
	cKey, _ := identity.Generate()
	h := startHarness(t, dir, cKey)
	a, b := newFakeTrainer(t), newFakeTrainer(t)
	stranger, _ := identity.Generate()

	if st, code := h.send(protocol.PathJoin, a.key, 0, joinBody(a.srv.URL, 4), nil); st != 400 || code != cohort.EInvalid {
		t.Fatalf("join with a wrong dimension: %d %s", st, code)
	}
	for _, f := range []*fakeTrainer{a, b} {
		if st, _ := h.send(protocol.PathJoin, f.key, 0, joinBody(f.srv.URL, 3), nil); st != 200 {
			t.Fatalf("join: %d", st)
		}
	}
	// Both trainers get round 1's train request.
	for _, f := range []*fakeTrainer{a, b} {
		select {
		case r := <-f.got:
			if r != 1 {
				t.Fatalf("train request for round %d", r)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("no train request")
		}
	}
	good := updateBody(1, []float64{0.5, -0.25, 0.125, 1})
	cases := []struct {
		name   string
		key    *identity.Key
		round  uint64
		body   []byte
		mutate func(*http.Request)
		status int
	}{
		{"unsigned", nil, 1, good, nil, 401},
		{"forged signer", a.key, 1, good, func(r *http.Request) { r.Header.Set(protocol.HeaderSigner, b.key.ID().String()) }, 401},
		{"expired", a.key, 1, good, func(r *http.Request) { r.Header.Set(protocol.HeaderExpiry, "1000") }, 401},
		{"wrong dimension", a.key, 1, updateBody(1, []float64{1, 2}), nil, 400},
		{"truncated", a.key, 1, good[:len(good)-3], nil, 400},
		{"garbage", a.key, 1, []byte("{\"round\":1}"), nil, 400},
		{"round mismatch", a.key, 2, good, nil, 400},
		{"future round", a.key, 2, updateBody(2, []float64{1, 2, 3, 4}), nil, 403},
		{"not a participant", stranger, 1, good, nil, 403},
		{"oversized", a.key, 1, make([]byte, testLimits.MaxBody()+1), nil, 413},
	}
	for _, tc := range cases {
		if st, _ := h.send(protocol.PathUpdate, tc.key, tc.round, tc.body, tc.mutate); st != tc.status {
			t.Errorf("%s: status %d, want %d", tc.name, st, tc.status)
		}
	}
	// A valid update is accepted; the same again is an idempotent duplicate; a different one conflicts.
	var replayReq *http.Request
	if st, _ := h.send(protocol.PathUpdate, a.key, 1, good, func(r *http.Request) { replayReq = r.Clone(context.Background()) }); st != 200 {
		t.Fatalf("valid update: %d", st)
	}
	// Replaying the very same signed request (same nonce) is refused as a replay.
	if st, code := h.send(protocol.PathUpdate, nil, 1, good, func(r *http.Request) { r.Header = replayReq.Header }); st != 409 || code != cohort.EConflict {
		t.Fatalf("replay: %d %s", st, code)
	}
	if st, _ := h.send(protocol.PathUpdate, a.key, 1, good, nil); st != 200 {
		t.Fatalf("resubmission of the same update: %d", st)
	}
	if st, _ := h.send(protocol.PathUpdate, a.key, 1, updateBody(1, []float64{9, 9, 9, 9}), nil); st != 409 {
		t.Fatalf("a different second update: %d", st)
	}

	// Crash before b's update: a new coordinator on the same directory keeps a's update.
	h.shutdown()
	h = startHarness(t, dir, cKey)
	defer h.shutdown()
	select {
	case r := <-b.got: // the restarted coordinator asks only the trainer still missing
		if r != 1 {
			t.Fatalf("after restart: train request for round %d", r)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("restarted coordinator did not ask the missing trainer")
	}
	select {
	case <-a.got:
		t.Fatal("restarted coordinator asked a trainer whose update it had acknowledged")
	default:
	}
	if st, _ := h.send(protocol.PathUpdate, a.key, 1, good, nil); st != 200 {
		t.Fatalf("resubmission after restart: %d", st)
	}
	if st, _ := h.send(protocol.PathUpdate, b.key, 1, updateBody(1, []float64{-0.5, 0.25, 0.125, 0}), nil); st != 200 {
		t.Fatalf("b's update: %d", st)
	}
	waitRound(t, h.c, 2)
	// Round 1's model is the sample-weighted mean of exactly the two accepted deltas.
	m0, _ := h.c.st.model(0)
	m1, _ := h.c.st.model(1)
	want := []float64{0, 0, 0.125, 0.5}
	for i := range want {
		if exp := float64(float32(m0[i] + want[i])); m1[i] != exp {
			t.Fatalf("param %d: %v, want %v (initial %v plus the mean delta %v)", i, m1[i], exp, m0[i], want[i])
		}
	}
	// An update for a closed round is a conflict unless it is the one accepted.
	if st, _ := h.send(protocol.PathUpdate, a.key, 1, good, nil); st != 200 {
		t.Fatalf("idempotent resubmission to a closed round: %d", st)
	}
	if st, _ := h.send(protocol.PathUpdate, a.key, 1, updateBody(1, []float64{1, 1, 1, 1}), nil); st != 409 {
		t.Fatalf("new update to a closed round: %d", st)
	}
}

func waitRound(t *testing.T, c *Coordinator, r uint64) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		st, err := c.st.state()
		if err == nil && st.Round >= r {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("round %d never opened", r)
}

func TestStoreRefusesAnotherTask(t *testing.T) {
	dir := t.TempDir()
	k, _ := identity.Generate()
	c, err := New(Config{Spec: testSpec(), DataDir: dir, Key: k, Recover: identity.Recover})
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
	other := testSpec()
	other.Rounds = 7
	if _, err := New(Config{Spec: other, DataDir: dir, Key: k, Recover: identity.Recover}); cohort.Code(err) != cohort.EConflict {
		t.Fatalf("a data dir of another task must be refused: %v", err)
	}
}

func FuzzAcceptUpdate(f *testing.F) {
	f.Add(updateBody(1, []float64{1, 2, 3, 4}))
	f.Add([]byte("CMSG\x00"))
	dir := f.TempDir()
	k, _ := identity.Generate()
	c, err := New(Config{Spec: testSpec(), DataDir: dir, Key: k, Recover: identity.Recover})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { c.Close() })
	f.Fuzz(func(t *testing.T, body []byte) {
		// The task is still joining: no update may be accepted, and none may crash the decoder.
		env := protocol.Envelope{Signer: k.ID(), Round: 1, Task: "t1"}
		if _, err := c.acceptUpdate(env, body); err == nil {
			t.Fatal("update accepted before the round opened")
		}
	})
}

// A task with a fixed participant set refuses a join claiming any other signer with 403 (before the
// body is read: the stranger's body here is not even a frame), while a selected trainer's join goes
// through, and train requests go to the registered endpoint, not the one the joiner named.
func TestParticipantsOnly(t *testing.T) {
	cKey, _ := identity.Generate()
	stranger, _ := identity.Generate()
	registered := newFakeTrainer(t)
	spec := testSpec()
	spec.Trainers, spec.MinParticipants = 1, 1
	c, err := New(Config{Spec: spec, DataDir: t.TempDir(), Key: cKey, Recover: identity.Recover, Limits: testLimits,
		Participants: map[cohort.NodeID]string{registered.key.ID(): registered.srv.URL}})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	h := &harness{t: t, c: c, srv: httptest.NewServer(c.Handler()), cKey: cKey}
	defer h.srv.Close()
	if got, _ := h.send(protocol.PathJoin, stranger, 0, []byte("not a frame"), nil); got != http.StatusForbidden {
		t.Fatalf("stranger's join: %d, want 403", got)
	}
	if got, _ := h.send(protocol.PathJoin, registered.key, 0, joinBody("http://127.0.0.1:9/elsewhere", 3), nil); got != http.StatusOK {
		t.Fatalf("selected trainer's join: %d, want 200", got)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- c.Run(ctx) }()
	select {
	case r := <-registered.got:
		if r != 1 {
			t.Fatalf("train request for round %d", r)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no train request reached the registered endpoint")
	}
	cancel()
	<-done
}

// TestAutoRoundsNeedValidation: a task with automatic rounds is refused by a coordinator that has no
// validation set to watch (it would otherwise run to the cap, or be tempted to watch the test set).
func TestAutoRoundsNeedValidation(t *testing.T) {
	spec := testSpec()
	spec.Stop = &fl.EarlyStop{Patience: 5}
	key, err := identity.DevKey("auto-rounds")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := New(Config{Spec: spec, DataDir: t.TempDir(), Key: key, Recover: identity.Recover}); err == nil {
		t.Fatal("automatic rounds without a validation set accepted")
	}
	c, err := New(Config{Spec: spec, DataDir: t.TempDir(), Key: key, Recover: identity.Recover, Validation: &dataset.Dataset{N: 2, D: 3, X: make([]float64, 6), Y: []int{0, 1}, Classes: []string{"0", "1"}}})
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
}
