package artifact

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"sync"
	"testing"

	"github.com/ipfs/go-cid"

	"github.com/cohort-net/cohort"
)

// memBlocks is a real in-memory Blocks: content-addressed and verified, for tests of the DAG layer.
type memBlocks struct {
	mu sync.Mutex
	m  map[cid.Cid][]byte
}

func newMem() *memBlocks { return &memBlocks{m: map[cid.Cid][]byte{}} }

func (s *memBlocks) PutBlock(_ context.Context, c cid.Cid, data []byte) error {
	if err := Verify(c, data); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[c] = bytes.Clone(data)
	return nil
}

func (s *memBlocks) GetBlock(_ context.Context, c cid.Cid) ([]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	d, ok := s.m[c]
	if !ok {
		return nil, NotFound(c)
	}
	return d, nil
}

func (s *memBlocks) HasBlock(_ context.Context, c cid.Cid) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.m[c]
	return ok, nil
}

func TestRawCIDMatchesGoCid(t *testing.T) {
	data := []byte("hello world")
	pref := cid.Prefix{Version: 1, Codec: cid.Raw, MhType: 0x12, MhLength: -1}
	want, err := pref.Sum(data)
	if err != nil {
		t.Fatal(err)
	}
	if got := RawCID(data); got != want {
		t.Fatalf("RawCID = %s, go-cid = %s", got, want)
	}
	if s := String(want); s != "bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e" {
		t.Fatalf("text form %s", s)
	}
}

func TestParseCID(t *testing.T) {
	good := "bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e"
	if c, err := ParseCID(good); err != nil || String(c) != good {
		t.Fatalf("ParseCID(%s) = %v, %v", good, c, err)
	}
	for _, bad := range []string{
		"", "bafk", "QmdfTbBqBPQ7VNxZEYEj14VmRuZBkqFbiwReogJgS1zR1n", // v0
		"bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi", // dag-pb
		strings.Repeat("a", 200),
	} {
		if _, err := ParseCID(bad); cohort.Code(err) != cohort.EInvalid {
			t.Errorf("ParseCID(%q) = %v, want EInvalid", bad, err)
		}
	}
}

func TestMultiLevelTree(t *testing.T) {
	ctx := context.Background()
	b := newMem()
	// 11 leaves of uneven sizes under manifests of fanout 3: three levels.
	var links []Link
	var all []byte
	for i := range 11 {
		d := bytes.Repeat([]byte{byte(i)}, 100+i)
		c := RawCID(d)
		if err := b.PutBlock(ctx, c, d); err != nil {
			t.Fatal(err)
		}
		links = append(links, Link{CID: c, Size: uint64(len(d))})
		all = append(all, d...)
	}
	root, err := putTree(ctx, b, links, 3)
	if err != nil {
		t.Fatal(err)
	}
	rc, err := Get(ctx, b, root)
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(rc)
	rc.Close()
	if err != nil || !bytes.Equal(got, all) {
		t.Fatalf("read %d bytes, %v; want %d", len(got), err, len(all))
	}
	// Delete one leaf: the read fails with ErrNotFound, never silently short.
	delete(b.m, links[7].CID)
	rc, _ = Get(ctx, b, root)
	var buf bytes.Buffer
	_, err = io.Copy(&buf, rc)
	rc.Close()
	if !errors.Is(err, ErrNotFound) {
		t.Fatalf("read with a missing leaf: %v", err)
	}
}

func TestGetRejectsLyingManifest(t *testing.T) {
	ctx := context.Background()
	b := newMem()
	d := []byte("0123456789")
	c := RawCID(d)
	b.PutBlock(ctx, c, d)
	m := &Manifest{Links: []Link{{c, 11}, {c, 10}}, Size: 21} // first link claims 11 bytes
	data := m.Encode()
	root := BlockCID(CodecDagJSON, data)
	b.PutBlock(ctx, root, data)
	rc, err := Get(ctx, b, root)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	if _, err := io.ReadAll(rc); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("lying size: %v, want EInvalid", err)
	}
}

func TestCloseStopsEarly(t *testing.T) {
	ctx := context.Background()
	b := newMem()
	data := bytes.Repeat([]byte("x"), 9*MaxBlockSize)
	root, err := Put(ctx, b, bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	rc, err := Get(ctx, b, root)
	if err != nil {
		t.Fatal(err)
	}
	p := make([]byte, 10)
	if _, err := io.ReadFull(rc, p); err != nil {
		t.Fatal(err)
	}
	if err := rc.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := rc.Read(p); err == nil {
		t.Fatal("read after close succeeded")
	}
}

type failReader struct{ n int }

func (r *failReader) Read(p []byte) (int, error) {
	if r.n <= 0 {
		return 0, errors.New("disk on fire")
	}
	k := min(len(p), r.n)
	r.n -= k
	return k, nil
}

func TestPutReadError(t *testing.T) {
	if _, err := Put(context.Background(), newMem(), &failReader{n: 3 * MaxBlockSize / 2}); err == nil || !strings.Contains(err.Error(), "disk on fire") {
		t.Fatalf("Put with a failing reader: %v", err)
	}
}

func TestManifestRoundTrip(t *testing.T) {
	m := &Manifest{Links: []Link{{RawCID([]byte("a")), 1}, {RawCID([]byte("bc")), 2}}, Size: 3}
	got, err := DecodeManifest(m.Encode())
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Links) != 2 || got.Size != 3 || got.Links[1] != m.Links[1] {
		t.Fatalf("round trip: %+v", got)
	}
	for name, bad := range map[string]string{
		"spaces":    strings.Replace(string(m.Encode()), ":", ": ", 1),
		"wrongsum":  strings.Replace(string(m.Encode()), `"size":3,`, `"size":4,`, 1),
		"unknown":   strings.Replace(string(m.Encode()), `{"links"`, `{"extra":1,"links"`, 1),
		"type":      strings.Replace(string(m.Encode()), ManifestType, "x", 1),
		"nolinks":   `{"links":[],"size":0,"type":"` + ManifestType + `"}`,
		"trailing":  string(m.Encode()) + " ",
		"zerosized": `{"links":[{"cid":{"/":"` + String(RawCID(nil)) + `"},"size":0}],"size":0,"type":"` + ManifestType + `"}`,
	} {
		if _, err := DecodeManifest([]byte(bad)); cohort.Code(err) != cohort.EInvalid {
			t.Errorf("%s: %v, want EInvalid", name, err)
		}
	}
}

func FuzzParseCID(f *testing.F) {
	for _, s := range []string{"bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e",
		"QmdfTbBqBPQ7VNxZEYEj14VmRuZBkqFbiwReogJgS1zR1n", "baguqeera", "", "f01551220", "zb2rh"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCID(s)
		if err != nil {
			return
		}
		// Whatever parses re-parses from its canonical text to the same CID.
		c2, err := ParseCID(String(c))
		if err != nil || c2 != c {
			t.Fatalf("re-parse %s: %v, %v", String(c), c2, err)
		}
	})
}

func FuzzDecodeManifest(f *testing.F) {
	m := &Manifest{Links: []Link{{RawCID([]byte("a")), 1}, {BlockCID(CodecDagJSON, []byte("{}")), 7}}, Size: 8}
	f.Add(m.Encode())
	f.Add([]byte(`{"links":[],"size":0,"type":"cohort-manifest-v1"}`))
	f.Add([]byte(`{}`))
	f.Add([]byte(`[1,2`))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := DecodeManifest(data)
		if err != nil {
			return
		}
		if !bytes.Equal(m.Encode(), data) {
			t.Fatal("decoded manifest does not re-encode to its bytes")
		}
	})
}
