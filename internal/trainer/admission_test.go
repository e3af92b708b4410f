package trainer

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/cohort-net/cohort/internal/api/apitest"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/protocol"
)

// joinedTrainer returns a trainer that joined a fake coordinator (ckey's), served on 127.0.0.1.
func joinedTrainer(t *testing.T) (*Trainer, *httptest.Server, *identity.Key, protocol.TaskSpec) {
	t.Helper()
	ckey, _ := identity.Generate()
	cs, spec, _ := fakeCoordinator(t, ckey)
	tkey, _ := identity.Generate()
	tr, err := New(Config{Key: tkey, Recover: identity.Recover, CoordinatorURL: cs.URL, Coordinator: ckey.ID(), Endpoint: "http://x", Data: tinyData()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { tr.Close() })
	if err := tr.Join(context.Background()); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(tr.Handler())
	t.Cleanup(ts.Close)
	return tr, ts, ckey, spec
}

func trainBody(spec protocol.TaskSpec, round uint64) []byte {
	b, _ := protocol.EncodeFrame(protocol.TrainHeader{Round: round, DeadlineMS: time.Now().Add(time.Minute).UnixMilli(), Train: spec.Train},
		make([]float64, spec.Model.NumParams()), nil, nil)
	return b
}

func sendTrain(t *testing.T, url string, k *identity.Key, round uint64, body []byte) int {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, url+protocol.PathTrain, bytes.NewReader(body))
	if err := protocol.Sign(req.Header, req.Method, req.URL.Path, body, k, 1337, "t", round, protocol.MaxTTL-time.Minute); err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

// Strangers with fresh keys sending validly signed train requests used to fill the trainer's replay
// guard (4,096 nonces, recorded before the signer was checked), after which the coordinator's own
// request got 503. Now they are refused before anything is recorded, and the coordinator gets through.
func TestStrangersCannotFillTheReplayGuard(t *testing.T) {
	tr, ts, ckey, spec := joinedTrainer(t)
	strangers := make([]*identity.Key, 8)
	for i := range strangers {
		strangers[i], _ = identity.Generate()
	}
	body := trainBody(spec, 1)
	n := 4100
	if testing.Short() {
		n = 300
	}
	for i := range n {
		if got := sendTrain(t, ts.URL, strangers[i%len(strangers)], 1, body); got != http.StatusForbidden {
			t.Fatalf("stranger's request %d: %d, want 403", i, got)
		}
	}
	tr.mu.Lock()
	held := tr.auth.Guard.Len()
	tr.mu.Unlock()
	if held != 0 {
		t.Fatalf("%d stranger requests left %d nonces in the replay guard", n, held)
	}
	if got := sendTrain(t, ts.URL, ckey, 1, body); got != http.StatusAccepted {
		t.Fatalf("the coordinator's request after the flood: %d, want 202", got)
	}
}

// A stranger announcing a 256 MiB train request and sending a little of it is refused from its
// header: the trainer allocates well under 1 MiB (it used to allocate the announced size first).
func TestStrangerHugeBodyAllocatesNothing(t *testing.T) {
	_, ts, _, spec := joinedTrainer(t)
	stranger, _ := identity.Generate()
	h := http.Header{}
	if err := protocol.Sign(h, http.MethodPost, protocol.PathTrain, trainBody(spec, 1), stranger, 1337, "t", 1, time.Minute); err != nil {
		t.Fatal(err)
	}
	var status int
	alloc := apitest.Allocated(3, func() {
		var err error
		if status, err = apitest.HugeBody(ts.URL+protocol.PathTrain, h, 256<<20, 4<<10, 20*time.Second); err != nil {
			t.Fatal(err)
		}
	})
	if status != http.StatusForbidden {
		t.Errorf("stranger: status %d, want 403", status)
	}
	if alloc > 1<<20 {
		t.Fatalf("a stranger's 256 MiB announcement allocated %d bytes before admission, want < 1 MiB", alloc)
	}
}
