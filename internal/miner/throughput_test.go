package miner

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/protocol"
	"github.com/cohort-net/cohort/internal/zk"
)

// together lets its first n proofs start only once all n are running: a miner that proved one
// request at a time would never get there (the guard turns that into an error instead of a hang).
// It proves with the shared circuit through a zk.ProverPool, as a miner does.
type together struct {
	p     *zk.ProverPool
	n     int
	mu    sync.Mutex
	in    int
	ready chan struct{}
}

func (g *together) Prove(pk *zk.ProvingKey, id zk.Element, req *zk.Request) (*zk.Statement, []byte, error) {
	g.mu.Lock()
	if g.in++; g.in == g.n {
		close(g.ready)
	}
	in := g.in
	g.mu.Unlock()
	select {
	case <-g.ready:
	case <-time.After(30 * time.Second):
		return nil, nil, fmt.Errorf("proof %d started alone: the miner did not prove %d requests at once", in, g.n)
	}
	return g.p.Prove(pk, id, req)
}

// TestConcurrentRequestsGetDistinctValidProofs: N requests sent at once are proved MaxInflight at a
// time on one compiled circuit and one proving key, and every answer is a valid proof of its own
// request (nonce, input commitment, reference output), distinct from the others. Run it with -race:
// the proofs share gnark's constraint system and key.
func TestConcurrentRequestsGetDistinctValidProofs(t *testing.T) {
	const inflight, n = 4, 8
	f := tiny(t)
	pool := zk.NewProverPool(f.c, inflight)
	if !pool.Shared() {
		t.Fatal("the logistic circuit is not shared: Concurrent() refused it")
	}
	val := key(t, "validator")
	m, err := New(Config{Key: key(t, "miner-concurrent"), ChainID: chainID, Model: f.q, ProvingKey: f.pk, ModelID: f.id,
		Prover: &together{p: pool, n: inflight, ready: make(chan struct{})}, Validators: []cohort.NodeID{val.ID()},
		MaxInflight: inflight, MaxQueue: n - inflight})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(m.Handler())
	defer srv.Close()

	reqs := make([]*zk.Request, n)
	resps := make([]*zk.Response, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		x := []int64{input[0] + int64(i), input[1] - int64(i), input[2], input[3]}
		reqs[i] = &zk.Request{ModelID: f.id, Nonce: zk.NewNonce(), Prover: m.ID(), Input: x, Salt: zk.NewSalt()}
		wg.Go(func() {
			resps[i], errs[i] = Call(context.Background(), http.DefaultClient, srv.URL, val, chainID, 1, reqs[i])
		})
	}
	wg.Wait()
	for i, resp := range resps {
		if errs[i] != nil {
			t.Fatalf("request %d: %v", i, errs[i])
		}
		st := resp.Statement
		want, _ := f.q.Infer(reqs[i].Input)
		switch {
		case st.Nonce != reqs[i].Nonce:
			t.Errorf("answer %d carries another request's nonce", i)
		case st.InputCommit != zk.Element(f.q.InputCommitment(reqs[i].Input, reqs[i].Salt)):
			t.Errorf("answer %d commits to another input", i)
		case st.Outputs[0] != want[0]:
			t.Errorf("answer %d: output %d, reference %d", i, st.Outputs[0], want[0])
		}
		if err := zk.Verify(f.vk, &st, resp.Proof); err != nil {
			t.Errorf("answer %d: %v", i, err)
		}
		for j := range i {
			if bytes.Equal(resp.Proof, resps[j].Proof) {
				t.Errorf("answers %d and %d carry the same proof", j, i)
			}
		}
	}
	if s := m.Stats(); s.Proofs != n || s.Busy != 0 || s.Proving != 0 || s.Waiting != 0 {
		t.Errorf("stats %+v", s)
	}
}

// blocked holds every proof until release is closed, telling started each time one begins.
type blocked struct {
	c       *zk.Compiled
	started chan struct{}
	release chan struct{}
}

func (b *blocked) Prove(pk *zk.ProvingKey, id zk.Element, req *zk.Request) (*zk.Statement, []byte, error) {
	b.started <- struct{}{}
	<-b.release
	return b.c.Prove(pk, id, req)
}

// TestQueueBoundRefusesTheNextRequest: with one proof running and MaxQueue requests waiting, the next
// request is refused at once, from its header, with 503, a Retry-After and a message saying why; it
// holds no memory in the miner and records nothing, so the very same signed message is answered once
// the queue has drained. Answer (the oracle's path) is refused the same way. Without the bound the
// extra request would join the queue, and so would every later one.
func TestQueueBoundRefusesTheNextRequest(t *testing.T) {
	const queue = 2
	f := tiny(t)
	b := &blocked{c: f.c, started: make(chan struct{}, 8), release: make(chan struct{})}
	val := key(t, "validator")
	m, err := New(Config{Key: key(t, "miner-queue"), ChainID: chainID, Model: f.q, Prover: b, ProvingKey: f.pk, ModelID: f.id,
		Validators: []cohort.NodeID{val.ID()}, MaxInflight: 1, MaxQueue: queue})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(m.Handler())
	defer srv.Close()
	var once sync.Once
	free := func() { once.Do(func() { close(b.release) }) }
	defer free()

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	type answer struct {
		resp *zk.Response
		err  error
	}
	admitted := make(chan answer, 1+queue)
	send := func() {
		req := &zk.Request{ModelID: f.id, Nonce: zk.NewNonce(), Prover: m.ID(), Input: input, Salt: zk.NewSalt()}
		go func() {
			resp, err := Call(ctx, http.DefaultClient, srv.URL, val, chainID, 1, req)
			admitted <- answer{resp, err}
		}()
	}
	send()
	<-b.started // one proof running
	for range queue {
		send()
	}
	waitFor(t, func() bool { return m.Stats().Waiting == queue })

	// The (bound+1)th waiting request, as a signed message we can send again.
	body, _ := json.Marshal(&zk.Request{ModelID: f.id, Nonce: zk.NewNonce(), Prover: m.ID(), Input: input, Salt: zk.NewSalt()})
	hdr := http.Header{}
	if err := protocol.Sign(hdr, http.MethodPost, InferPath, body, val, chainID, Task, 1, time.Minute); err != nil {
		t.Fatal(err)
	}
	extra := make(chan *http.Response, 1)
	go func() {
		hr, _ := http.NewRequestWithContext(ctx, http.MethodPost, srv.URL+InferPath, bytes.NewReader(body))
		hr.Header = hdr.Clone()
		resp, err := http.DefaultClient.Do(hr)
		if err != nil {
			t.Error(err)
			resp = nil
		}
		extra <- resp
	}()
	var resp *http.Response
	for resp == nil {
		select {
		case resp = <-extra:
			if resp == nil {
				t.FailNow()
			}
			continue
		default:
		}
		if s := m.Stats(); s.Waiting > queue {
			free()
			t.Fatalf("the request past the bound joined the queue: %d waiting, bound %d", s.Waiting, queue)
		}
		time.Sleep(time.Millisecond)
	}
	msg := new(bytes.Buffer)
	msg.ReadFrom(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable {
		t.Fatalf("request past the bound: %d %s, want 503", resp.StatusCode, msg)
	}
	if s, err := strconv.Atoi(resp.Header.Get("Retry-After")); err != nil || s < 1 {
		t.Errorf("Retry-After %q, want whole seconds >= 1", resp.Header.Get("Retry-After"))
	}
	if !bytes.Contains(msg.Bytes(), []byte("busy")) || !bytes.Contains(msg.Bytes(), []byte("waiting")) {
		t.Errorf("refusal without a reason: %s", msg)
	}
	// The client side returns the refusal with its Retry-After.
	_, err = Call(ctx, http.DefaultClient, srv.URL, val, chainID, 1, &zk.Request{ModelID: f.id, Nonce: zk.NewNonce(), Prover: m.ID(), Input: input, Salt: zk.NewSalt()})
	var busy *BusyError
	if !errors.As(err, &busy) || busy.RetryAfter < time.Second || cohort.Code(err) != cohort.EUnavailable {
		t.Errorf("Call past the bound: %v, want a *BusyError (unavailable) with its Retry-After", err)
	}
	// So is the oracle's path.
	if _, err := m.Answer(ctx, &zk.Request{ModelID: f.id, Nonce: zk.NewNonce(), Prover: m.ID(), Input: input, Salt: zk.NewSalt()}); !errors.As(err, &busy) {
		t.Errorf("Answer past the bound: %v, want a *BusyError", err)
	}
	if s := m.Stats(); s.Busy != 3 || s.Proving != 1 || s.Waiting != queue {
		t.Errorf("stats while full: %+v", s)
	}

	free()
	for i := range 1 + queue {
		a := <-admitted
		if a.err != nil {
			t.Fatalf("admitted request %d: %v", i, a.err)
		}
		if err := zk.Verify(f.vk, &a.resp.Statement, a.resp.Proof); err != nil {
			t.Fatalf("admitted request %d: %v", i, err)
		}
	}
	waitFor(t, func() bool { s := m.Stats(); return s.Proving == 0 && s.Waiting == 0 })
	// The refused message recorded nothing: sent again, it is answered.
	hr, _ := http.NewRequestWithContext(ctx, http.MethodPost, srv.URL+InferPath, bytes.NewReader(body))
	hr.Header = hdr.Clone()
	again, err := http.DefaultClient.Do(hr)
	if err != nil {
		t.Fatal(err)
	}
	again.Body.Close()
	if again.StatusCode != http.StatusOK {
		t.Errorf("the refused message sent again: %d, want 200", again.StatusCode)
	}
}

// waitFor polls cond until it holds (the test's own deadline bounds it).
func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	for !cond() {
		time.Sleep(time.Millisecond)
	}
}
