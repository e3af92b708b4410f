package fheserve

import (
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/api/apitest"
	"github.com/cohort-net/cohort/internal/he"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/protocol"
)

// A stranger opening many sessions evicts only its own: an honest client's session survives 10 of
// them (it used to be the least recently used one and go), and the stranger holds at most its quota.
func TestStrangerCannotEvictAnotherClientsSession(t *testing.T) {
	s, ts, honest := newTestServer(t, Config{MaxSessions: 4, MaxClientSessions: 2})
	stranger := &Client{BaseURL: ts.URL, HTTP: ts.Client()}
	ms, bc := builtin(t)
	row := modelByID(ms, he.ModelBreastCancerLogRegRow)
	keys := he.GenerateKeys(row.Params())
	evks, _ := keys.EvaluationKeys(row.Layout().Needs)
	ctx := context.Background()
	kr, err := honest.UploadKeys(ctx, he.ProfileLinear, evks)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 10 {
		if _, err := stranger.UploadKeys(ctx, he.ProfileLinear, evks); err != nil {
			t.Fatalf("stranger's session %d: %v", i, err)
		}
	}
	if n := s.Sessions(); n != 3 {
		t.Errorf("%d sessions held, want 3 (the honest one and the stranger's quota of 2)", n)
	}
	in, _ := keys.EncryptFor(row.Layout(), bc[:2])
	if _, err := honest.Infer(ctx, kr.Session, row.ID(), in); err != nil {
		t.Fatalf("honest session after a stranger's 10 sessions: %v", err)
	}
	// Its session id is no use to anyone else.
	if _, err := stranger.Infer(ctx, kr.Session, row.ID(), in); cohort.Code(err) != cohort.ENotFound {
		t.Fatalf("a stranger using the honest client's session id: %v, want not found", err)
	}
}

// When the store is full of other clients' live sessions, a new one is refused, not made by evicting.
func TestFullStoreRefusesRatherThanEvicts(t *testing.T) {
	_, ts, a := newTestServer(t, Config{MaxSessions: 2, MaxClientSessions: 1})
	b := &Client{BaseURL: ts.URL, HTTP: ts.Client()}
	c := &Client{BaseURL: ts.URL, HTTP: ts.Client()}
	ms, _ := builtin(t)
	row := modelByID(ms, he.ModelBreastCancerLogRegRow)
	keys := he.GenerateKeys(row.Params())
	evks, _ := keys.EvaluationKeys(row.Layout().Needs)
	ctx := context.Background()
	for _, cl := range []*Client{a, b} {
		if _, err := cl.UploadKeys(ctx, he.ProfileLinear, evks); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := c.UploadKeys(ctx, he.ProfileLinear, evks); cohort.Code(err) != cohort.EUnavailable {
		t.Fatalf("a third client with the store full: %v, want unavailable", err)
	}
}

// With an allow-list, eight strangers holding slow 50 MiB bodies are refused from their headers and
// hold no slot: the honest client's inference goes through (it used to wait for a slot, then 503).
func TestSlowStrangersHoldNoSlot(t *testing.T) {
	key, _ := identity.Generate()
	ms, bc := builtin(t)
	s, err := New(Config{MaxInflight: 2, Clients: []cohort.NodeID{key.ID()}}, slog.New(slog.NewTextHandler(io.Discard, nil)), ms...)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	defer ts.Close()
	var held []net.Conn
	defer func() {
		for _, c := range held {
			c.Close()
		}
	}()
	for range 8 {
		sk, _ := identity.Generate()
		h := http.Header{}
		if err := protocol.Sign(h, http.MethodPost, "/v1/fhe/infer", nil, sk, 0, Task, 0, time.Minute); err != nil {
			t.Fatal(err)
		}
		c, err := apitest.Hold(ts.URL+"/v1/fhe/infer", h, 50<<20, 1<<10, 20*time.Second)
		if err != nil {
			t.Fatal(err)
		}
		held = append(held, c)
	}
	for i, c := range held {
		if st := apitest.Status(c); st != http.StatusForbidden {
			t.Errorf("slow stranger %d: status %d, want 403", i, st)
		}
	}
	honest := &Client{BaseURL: ts.URL, HTTP: ts.Client(), Key: key}
	fm := modelByID(ms, he.ModelBreastCancerLogReg)
	if _, err := honest.Predict(context.Background(), he.GenerateKeys(fm.Params()), fm.ID(), bc[:4]); err != nil {
		t.Fatalf("honest client beside slow strangers: %v", err)
	}
	// An unsigned request is refused too.
	if st, _ := http.Post(ts.URL+"/v1/fhe/infer", "application/json", nil); st == nil || st.StatusCode != http.StatusUnauthorized {
		t.Errorf("unsigned request: %v", st)
	}
}

// On an open server every key is admitted, yet a client announcing a 90 MiB body and sending 64 KiB
// makes it allocate what arrived, not what was announced (it used to allocate the announced size).
func TestAnnouncedBodyIsNotAllocated(t *testing.T) {
	_, ts, _ := newTestServer(t, Config{})
	k, _ := identity.Generate()
	h := http.Header{}
	if err := protocol.Sign(h, http.MethodPost, "/v1/fhe/keys", nil, k, 0, Task, 0, time.Minute); err != nil {
		t.Fatal(err)
	}
	var status int
	alloc := apitest.Allocated(3, func() {
		var err error
		if status, err = apitest.HugeBody(ts.URL+"/v1/fhe/keys", h, 90<<20, 64<<10, 20*time.Second); err != nil {
			t.Fatal(err)
		}
	})
	if status != http.StatusBadRequest {
		t.Errorf("short body: %d, want 400", status)
	}
	if alloc > 1<<20 {
		t.Fatalf("a 90 MiB announcement with 64 KiB sent allocated %d bytes, want < 1 MiB", alloc)
	}
}
