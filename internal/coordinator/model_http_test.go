package coordinator

import (
	"io"
	"net/http"
	"testing"

	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/protocol"
)

// GET /v1/model without a round serves the latest global model; a bad round is a 400 that says what
// it wants.
func TestModelDefaultsToLatest(t *testing.T) {
	cKey, _ := identity.Generate()
	h := startHarness(t, t.TempDir(), cKey)
	defer h.shutdown()
	a, b := newFakeTrainer(t), newFakeTrainer(t)
	for _, f := range []*fakeTrainer{a, b} {
		if st, _ := h.send(protocol.PathJoin, f.key, 0, joinBody(f.srv.URL, 3), nil); st != 200 {
			t.Fatalf("join: %d", st)
		}
	}
	<-a.got
	<-b.got // round 1 runs: the latest model is round 0's
	get := func(q string) (int, uint64) {
		resp, err := http.Get(h.srv.URL + protocol.PathModel + q)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != 200 {
			return resp.StatusCode, 0
		}
		var hdr struct {
			Round uint64 `json:"round"`
		}
		if _, err := protocol.DecodeFrame(body, testLimits, &hdr); err != nil {
			t.Fatalf("frame: %v", err)
		}
		return 200, hdr.Round
	}
	if st, r := get(""); st != 200 || r != 0 {
		t.Fatalf("latest: %d, round %d; want round 0 while round 1 runs", st, r)
	}
	if st, r := get("?round=0"); st != 200 || r != 0 {
		t.Fatalf("round 0: %d %d", st, r)
	}
	if st, _ := get("?round=x"); st != 400 {
		t.Fatalf("round=x: %d, want 400", st)
	}
}
