package blockapi_test

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/cohort-net/cohort/internal/artifact"
	"github.com/cohort-net/cohort/internal/artifact/artifacttest"
	"github.com/cohort-net/cohort/internal/artifact/blockapi"
	"github.com/cohort-net/cohort/internal/artifact/fsstore"
	"github.com/cohort-net/cohort/internal/artifact/ipfs"
)

func serve(t *testing.T) (*fsstore.Store, string) {
	fs, err := fsstore.New(t.TempDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(blockapi.Handler(fs, nil))
	t.Cleanup(srv.Close)
	return fs, srv.URL
}

// The ipfs client, which also talks to kubo, passes the artifact conformance suite against a block
// API served from an fsstore.
func TestConformanceThroughIPFSClient(t *testing.T) {
	artifacttest.Run(t, func(t *testing.T) artifact.Store {
		_, url := serve(t)
		s, err := ipfs.New(ipfs.Config{URL: url, Offline: true}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}, artifacttest.Options{Large: 2<<20 + 5})
}

func TestRefusesBadRequests(t *testing.T) {
	_, url := serve(t)
	post := func(path, ctype string, body []byte) int {
		resp, err := http.Post(url+path, ctype, bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if got := post("/api/v0/block/put", "text/plain", []byte("x")); got != http.StatusBadRequest {
		t.Errorf("put without multipart: %d", got)
	}
	big := bytes.Repeat([]byte("a"), artifact.MaxBlockSize+10<<10)
	if got := post("/api/v0/block/put", "multipart/form-data; boundary=x", big); got != http.StatusRequestEntityTooLarge {
		t.Errorf("oversized put: %d", got)
	}
	if got := post("/api/v0/block/get?arg=notacid", "", nil); got != http.StatusBadRequest {
		t.Errorf("get with a bad cid: %d", got)
	}
	if got := post("/api/v0/block/put?cid-codec=dag-pb", "multipart/form-data; boundary=x", nil); got != http.StatusBadRequest {
		t.Errorf("unsupported codec: %d", got)
	}
	resp, err := http.Get(url + "/api/v0/block/get?arg=" + artifact.String(artifact.RawCID(nil)))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("GET: %d, want 405 (kubo's RPC is POST only)", resp.StatusCode)
	}
}

func TestMissingBlockIsNotFound(t *testing.T) {
	_, url := serve(t)
	s, err := ipfs.New(ipfs.Config{URL: url, Offline: true}, nil)
	if err != nil {
		t.Fatal(err)
	}
	c := artifact.RawCID([]byte("never stored"))
	if _, err := s.GetBlock(context.Background(), c); err == nil || !strings.Contains(err.Error(), "not found") {
		t.Fatalf("missing block: %v", err)
	}
}

func FuzzPut(f *testing.F) {
	f.Add([]byte("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"b\"\r\n\r\nhello\r\n--x--\r\n"))
	f.Fuzz(func(t *testing.T, body []byte) {
		fs, err := fsstore.New(t.TempDir(), nil)
		if err != nil {
			t.Fatal(err)
		}
		h := blockapi.Handler(fs, nil)
		req := httptest.NewRequest(http.MethodPost, "/api/v0/block/put", bytes.NewReader(body))
		req.Header.Set("Content-Type", "multipart/form-data; boundary=x")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code >= 500 {
			t.Fatalf("status %d for client input: %s", w.Code, w.Body)
		}
	})
}
