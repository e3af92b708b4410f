package coordinator

import (
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/cohort-net/cohort/internal/api/apitest"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/protocol"
	bolt "go.etcd.io/bbolt"
)

// runningHarness starts a coordinator whose two trainers (a, b) have joined, and waits for round 1.
func runningHarness(t *testing.T) (*harness, *fakeTrainer, *fakeTrainer) {
	t.Helper()
	cKey, _ := identity.Generate()
	h := startHarness(t, t.TempDir(), cKey)
	t.Cleanup(h.shutdown)
	a, b := newFakeTrainer(t), newFakeTrainer(t)
	for _, f := range []*fakeTrainer{a, b} {
		if st, _ := h.send(protocol.PathJoin, f.key, 0, joinBody(f.srv.URL, 3), nil); st != 200 {
			t.Fatalf("join: %d", st)
		}
	}
	for _, f := range []*fakeTrainer{a, b} {
		select {
		case <-f.got:
		case <-time.After(10 * time.Second):
			t.Fatal("no train request")
		}
	}
	return h, a, b
}

// Strangers with valid signatures are refused from the header on every signed route once the task
// has its trainers, and record nothing in the replay guard (they used to: the nonce was recorded
// before the signer was checked, so a stranger could fill the guard and get every trainer a 503).
func TestStrangersRecordNothing(t *testing.T) {
	h, a, _ := runningHarness(t)
	before := h.c.auth.Guard.Len()
	good := updateBody(1, []float64{0.5, -0.25, 0.125, 1})
	for i := range 200 {
		k, _ := identity.Generate()
		path, body := protocol.PathUpdate, good
		if i%2 == 1 {
			path, body = protocol.PathJoin, joinBody("http://127.0.0.1:1", 3)
		}
		if st, _ := h.send(path, k, 1, body, nil); st != http.StatusForbidden {
			t.Fatalf("stranger %d on %s: %d, want 403", i, path, st)
		}
	}
	if n := h.c.auth.Guard.Len(); n != before {
		t.Fatalf("200 refused strangers grew the replay guard from %d to %d nonces", before, n)
	}
	if st, _ := h.send(protocol.PathUpdate, a.key, 1, good, nil); st != 200 {
		t.Fatalf("the trainer's update after the flood: %d", st)
	}
}

// A stranger announcing a 256 MiB update (the default limits allow ~305 MiB) is refused from its
// header, allocating < 1 MiB; so is a trainer's update announced over the model's size.
func TestHugeBodiesAllocateLittle(t *testing.T) {
	cKey, _ := identity.Generate()
	c, err := New(Config{Spec: testSpec(), DataDir: t.TempDir(), Key: cKey, Recover: identity.Recover})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	srv := httptest.NewServer(c.Handler())
	defer srv.Close()
	member, _ := identity.Generate()
	addMembers(c, member.ID())
	stranger, _ := identity.Generate()
	for _, tc := range []struct {
		name string
		key  *identity.Key
		want int
	}{{"stranger", stranger, http.StatusForbidden}, {"member", member, http.StatusRequestEntityTooLarge}} {
		hd := http.Header{}
		if err := protocol.Sign(hd, http.MethodPost, protocol.PathUpdate, nil, tc.key, 1337, "t1", 1, time.Minute); err != nil {
			t.Fatal(err)
		}
		var status int
		alloc := apitest.Allocated(3, func() {
			if status, err = apitest.HugeBody(srv.URL+protocol.PathUpdate, hd, 256<<20, 4<<10, 20*time.Second); err != nil {
				t.Fatal(err)
			}
		})
		if status != tc.want {
			t.Errorf("%s: status %d, want %d", tc.name, status, tc.want)
		}
		if alloc > 1<<20 {
			t.Errorf("%s: a 256 MiB announcement allocated %d bytes, want < 1 MiB", tc.name, alloc)
		}
	}
}

func statsJoin(endpoint string, samples int, sum, sumSq []float64, classes ...string) []byte {
	if classes == nil {
		classes = []string{"0", "1"}
	}
	b, _ := protocol.EncodeFrame(protocol.JoinHeader{Endpoint: endpoint, Samples: samples, Features: len(sum), Classes: classes}, sum, sumSq)
	return b
}

// A joiner's statistics and sample count are checked against the task: non-finite, inconsistent or
// uncapped ones are refused (they used to be merged into the task's scaler as sent).
func TestJoinLiesAreRefused(t *testing.T) {
	cKey, _ := identity.Generate()
	h := startHarness(t, t.TempDir(), cKey)
	defer h.shutdown()
	f := newFakeTrainer(t)
	ep := f.srv.URL
	for name, body := range map[string][]byte{
		"NaN statistics":       statsJoin(ep, 10, []float64{math.NaN(), 0, 0}, []float64{1, 1, 1}),
		"infinite statistics":  statsJoin(ep, 10, []float64{0, 0, 0}, []float64{math.Inf(1), 1, 1}),
		"square below sum²/n":  statsJoin(ep, 10, []float64{1e6, 0, 0}, []float64{1, 1, 1}),
		"uncapped samples":     statsJoin(ep, 1<<40, []float64{0, 0, 0}, []float64{1, 1, 1}),
		"repeated class":       statsJoin(ep, 10, []float64{0, 0, 0}, []float64{1, 1, 1}, "1", "1"),
		"wrong feature count":  statsJoin(ep, 10, []float64{0, 0}, []float64{1, 1}),
		"negative sum squares": statsJoin(ep, 10, []float64{0, 0, 0}, []float64{-5, 1, 1}),
	} {
		if st, _ := h.send(protocol.PathJoin, f.key, 0, body, nil); st != http.StatusBadRequest {
			t.Errorf("%s: %d, want 400", name, st)
		}
	}
}

// An update may not claim more samples than its trainer joined with (it used to weigh FedAvg with any
// count it named).
func TestUpdateSamplesBoundedByJoin(t *testing.T) {
	h, a, _ := runningHarness(t)
	b, _ := protocol.EncodeFrame(protocol.UpdateHeader{Round: 1, Samples: 1 << 40, Loss: 0.5}, []float64{1, 2, 3, 4})
	if st, _ := h.send(protocol.PathUpdate, a.key, 1, b, nil); st != http.StatusBadRequest {
		t.Fatalf("update claiming 2^40 samples (joined with 10): %d, want 400", st)
	}
}

// Off chain, a joiner may only name an endpoint on its own address: the coordinator's signed train
// requests can never be aimed at a third party (it used to send them to any URL a joiner named).
func TestJoinEndpointOnTheJoinersHost(t *testing.T) {
	cKey, _ := identity.Generate()
	h := startHarness(t, t.TempDir(), cKey)
	defer h.shutdown()
	f := newFakeTrainer(t)
	for _, ep := range []string{"http://10.1.2.3:8080/admin", "http://169.254.169.254/latest/meta-data", "http://example.com/", "ftp://127.0.0.1/", "http://user@127.0.0.1:1/"} {
		if st, _ := h.send(protocol.PathJoin, f.key, 0, joinBody(ep, 3), nil); st != http.StatusForbidden && st != http.StatusBadRequest {
			t.Errorf("endpoint %s: %d, want 403 or 400", ep, st)
		}
	}
	for _, ep := range []string{f.srv.URL, "http://localhost:1/t/x"} {
		if st, _ := h.send(protocol.PathJoin, f.key, 0, joinBody(ep, 3), nil); st != http.StatusOK {
			t.Errorf("own endpoint %s: %d, want 200", ep, st)
		}
	}
}

// GET /v1/status serves one bounded page of the round history (it used to serve all of it).
func TestStatusIsPaged(t *testing.T) {
	cKey, _ := identity.Generate()
	c, err := New(Config{Spec: testSpec(), DataDir: t.TempDir(), Key: cKey, Recover: identity.Recover})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	const rounds = 250
	err = c.st.db.Update(func(tx *bolt.Tx) error {
		for r := uint64(1); r <= rounds; r++ {
			if err := putJSON(tx.Bucket(bucketRounds), roundKey(r), protocol.RoundSummary{Round: r}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(c.Handler())
	defer srv.Close()
	get := func(q string) protocol.Status {
		resp, err := http.Get(srv.URL + protocol.PathStatus + q)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var st protocol.Status
		if err := json.NewDecoder(resp.Body).Decode(&st); err != nil {
			t.Fatal(err)
		}
		return st
	}
	var all []uint64
	q := ""
	for pages := 0; ; pages++ {
		st := get(q)
		if len(st.History) > protocol.StatusPage {
			t.Fatalf("a page of %d rounds, want at most %d", len(st.History), protocol.StatusPage)
		}
		for _, h := range st.History {
			all = append(all, h.Round)
		}
		if st.Next == 0 {
			break
		}
		if pages > rounds {
			t.Fatal("paging does not end")
		}
		q = fmt.Sprintf("?after=%d&limit=1000", st.Next)
	}
	if len(all) != rounds || all[0] != 1 || all[rounds-1] != rounds {
		t.Fatalf("paged through %d rounds (%v...), want %d", len(all), all[:min(3, len(all))], rounds)
	}
	if st := get("?after=240&limit=5"); len(st.History) != 5 || st.History[0].Round != 241 || st.Next != 245 {
		t.Fatalf("?after=240&limit=5: %d rounds from %v, next %d", len(st.History), st.History, st.Next)
	}
}
