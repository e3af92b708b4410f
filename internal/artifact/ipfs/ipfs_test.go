package ipfs_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/artifact"
	"github.com/cohort-net/cohort/internal/artifact/artifacttest"
	"github.com/cohort-net/cohort/internal/artifact/ipfs"
)

// fakeKubo answers the four RPC methods the backend uses, the way kubo does, from memory.
type fakeKubo struct {
	mu     sync.Mutex
	blocks map[string][]byte
	lie    func(data []byte) []byte // if set, block/get serves lie(data)
}

func (k *fakeKubo) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	fail := func(code int, msg string) {
		w.WriteHeader(code)
		json.NewEncoder(w).Encode(map[string]any{"Message": msg, "Code": 0, "Type": "error"})
	}
	if r.Method != http.MethodPost {
		fail(405, "method not allowed")
		return
	}
	q := r.URL.Query()
	k.mu.Lock()
	defer k.mu.Unlock()
	switch r.URL.Path {
	case "/api/v0/block/put":
		f, _, err := r.FormFile("file")
		if err != nil {
			fail(400, err.Error())
			return
		}
		data, _ := io.ReadAll(f)
		codec := uint64(cid.Raw)
		if q.Get("cid-codec") == "dag-json" {
			codec = cid.DagJSON
		}
		sum := sha256.Sum256(data)
		mh, _ := multihash.Encode(sum[:], multihash.SHA2_256)
		c := cid.NewCidV1(codec, mh)
		k.blocks[c.String()] = data
		json.NewEncoder(w).Encode(map[string]any{"Key": c.String(), "Size": len(data)})
	case "/api/v0/block/get", "/api/v0/block/stat":
		data, ok := k.blocks[q.Get("arg")]
		if !ok {
			fail(500, "block was not found locally (offline): ipld: could not find "+q.Get("arg"))
			return
		}
		if r.URL.Path == "/api/v0/block/stat" {
			json.NewEncoder(w).Encode(map[string]any{"Key": q.Get("arg"), "Size": len(data)})
			return
		}
		if k.lie != nil {
			data = k.lie(bytes.Clone(data))
		}
		w.Write(data)
	case "/api/v0/pin/add":
		if _, ok := k.blocks[q.Get("arg")]; !ok {
			fail(500, "ipld: could not find "+q.Get("arg"))
			return
		}
		json.NewEncoder(w).Encode(map[string]any{"Pins": []string{q.Get("arg")}})
	default:
		fail(404, "404 page not found")
	}
}

func newFake(t *testing.T) (*fakeKubo, *ipfs.Store) {
	k := &fakeKubo{blocks: map[string][]byte{}}
	srv := httptest.NewServer(k)
	t.Cleanup(srv.Close)
	s, err := ipfs.New(ipfs.Config{URL: srv.URL, Offline: true}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return k, s
}

func TestConformanceFake(t *testing.T) {
	artifacttest.Run(t, func(t *testing.T) artifact.Store { _, s := newFake(t); return s }, artifacttest.Options{})
}

func TestNodeServingWrongBytes(t *testing.T) {
	ctx := context.Background()
	for name, lie := range map[string]func([]byte) []byte{
		"flip":     func(b []byte) []byte { b[0] ^= 0x80; return b },
		"truncate": func(b []byte) []byte { return b[:len(b)-1] },
		"huge":     func(b []byte) []byte { return make([]byte, artifact.MaxBlockSize+10) },
	} {
		t.Run(name, func(t *testing.T) {
			k, s := newFake(t)
			data := artifacttest.Content(5, 2*artifact.MaxBlockSize+3)
			root, err := s.Put(ctx, bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			k.lie = lie
			if _, err := s.GetBlock(ctx, artifact.RawCID(data[:artifact.MaxBlockSize])); !errors.Is(err, artifact.ErrCorrupt) {
				t.Fatalf("GetBlock from a lying node: %v, want ErrCorrupt", err)
			}
			if _, err := s.Get(ctx, root); !errors.Is(err, artifact.ErrCorrupt) {
				t.Fatalf("Get from a lying node: %v, want ErrCorrupt", err)
			}
		})
	}
}

func TestNodeDown(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL
	srv.Close()
	s, _ := ipfs.New(ipfs.Config{URL: url}, nil)
	_, err := s.GetBlock(context.Background(), artifact.RawCID([]byte("x")))
	if cohort.Code(err) != cohort.EUnavailable {
		t.Fatalf("node down: %v (code %s), want EUnavailable", err, cohort.Code(err))
	}
}

func TestBadConfig(t *testing.T) {
	for _, u := range []string{"", "localhost:5001", "ftp://x", "http://"} {
		if _, err := ipfs.New(ipfs.Config{URL: u}, nil); cohort.Code(err) != cohort.EInvalid {
			t.Errorf("New(%q): %v, want EInvalid", u, err)
		}
	}
}
