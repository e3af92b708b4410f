package artifacttest

import (
	"bytes"
	"context"
	"errors"
	"io"
	"math/rand/v2"
	"testing"

	"github.com/ipfs/go-cid"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/artifact"
)

// Options tunes the suite for a backend.
type Options struct {
	// Large is the size of the largest artifact put and got (default 5 MiB + 17 bytes).
	Large int
}

// Content returns n deterministic pseudo-random bytes for seed.
func Content(seed uint64, n int) []byte {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	b := make([]byte, n)
	for i := 0; i+8 <= n; i += 8 {
		v := r.Uint64()
		for k := range 8 {
			b[i+k] = byte(v >> (8 * k))
		}
	}
	for i := n - n%8; i < n; i++ {
		b[i] = byte(r.Uint32())
	}
	return b
}

// Run runs the conformance suite against the store newStore returns (a fresh, empty one per call).
func Run(t *testing.T, newStore func(t *testing.T) artifact.Store, opts Options) {
	if opts.Large == 0 {
		opts.Large = 5<<20 + 17
	}
	t.Run("KnownCIDs", func(t *testing.T) { testKnownCIDs(t, newStore(t)) })
	t.Run("RoundTrip", func(t *testing.T) { testRoundTrip(t, newStore(t), opts.Large) })
	t.Run("Blocks", func(t *testing.T) { testBlocks(t, newStore(t)) })
	t.Run("ManifestBlocksListed", func(t *testing.T) { testManifestBlocksListed(t, newStore(t)) })
}

// testKnownCIDs checks the CIDs of two contents against those `ipfs` prints.
func testKnownCIDs(t *testing.T, s artifact.Store) {
	ctx := context.Background()
	// CIDs as `ipfs block put` / `ipfs add --raw-leaves --cid-version 1` print them.
	for _, tc := range []struct{ data, want string }{
		{"", "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"},
		{"hello world", "bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e"},
	} {
		c, err := s.Put(ctx, bytes.NewReader([]byte(tc.data)))
		if err != nil {
			t.Fatal(err)
		}
		if got := artifact.String(c); got != tc.want {
			t.Errorf("Put(%q) = %s, want %s", tc.data, got, tc.want)
		}
		roundTrip(t, s, c, []byte(tc.data))
	}
}

// testRoundTrip puts contents of one byte up to large bytes and reads them back.
func testRoundTrip(t *testing.T, s artifact.Store, large int) {
	ctx := context.Background()
	sizes := []int{1, 1000, artifact.MaxBlockSize - 1, artifact.MaxBlockSize, artifact.MaxBlockSize + 1,
		2 * artifact.MaxBlockSize, large}
	seen := map[cid.Cid]bool{}
	for i, n := range sizes {
		data := Content(uint64(i+1), n)
		c, err := s.Put(ctx, bytes.NewReader(data))
		if err != nil {
			t.Fatalf("Put %d bytes: %v", n, err)
		}
		if seen[c] {
			t.Fatalf("two contents share cid %s", c)
		}
		seen[c] = true
		wantCodec := uint64(artifact.CodecRaw)
		if n > artifact.MaxBlockSize {
			wantCodec = artifact.CodecDagJSON
		} else if c != artifact.RawCID(data) {
			t.Errorf("single-block artifact of %d bytes: root %s, want the raw block cid", n, c)
		}
		if c.Type() != wantCodec {
			t.Errorf("%d bytes: root codec 0x%x, want 0x%x", n, c.Type(), wantCodec)
		}
		roundTrip(t, s, c, data)
		// Idempotent: the same content gives the same root and stays readable.
		c2, err := s.Put(ctx, bytes.NewReader(data))
		if err != nil || c2 != c {
			t.Fatalf("second Put of %d bytes = %s, %v; want %s", n, c2, err, c)
		}
		roundTrip(t, s, c, data)
	}
}

// testBlocks checks PutBlock, GetBlock, HasBlock and Has, and what the store refuses.
func testBlocks(t *testing.T, s artifact.Store) {
	ctx := context.Background()
	data := Content(99, 4096)
	c := artifact.RawCID(data)
	if ok, err := s.HasBlock(ctx, c); err != nil || ok {
		t.Fatalf("HasBlock before put = %v, %v", ok, err)
	}
	if ok, err := s.Has(ctx, c); err != nil || ok {
		t.Fatalf("Has before put = %v, %v", ok, err)
	}
	_, err := s.GetBlock(ctx, c)
	if !errors.Is(err, artifact.ErrNotFound) || cohort.Code(err) != cohort.ENotFound {
		t.Fatalf("GetBlock of a missing block: %v (code %s), want ErrNotFound", err, cohort.Code(err))
	}
	if _, err := s.Get(ctx, c); !errors.Is(err, artifact.ErrNotFound) {
		t.Fatalf("Get of a missing artifact: %v, want ErrNotFound", err)
	}
	if err := s.PutBlock(ctx, c, data); err != nil {
		t.Fatal(err)
	}
	if err := s.PutBlock(ctx, c, data); err != nil {
		t.Fatalf("second PutBlock: %v", err)
	}
	if ok, err := s.HasBlock(ctx, c); err != nil || !ok {
		t.Fatalf("HasBlock after put = %v, %v", ok, err)
	}
	got, err := s.GetBlock(ctx, c)
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("GetBlock = %d bytes, %v", len(got), err)
	}
	// A block that does not hash to its CID is refused and not stored.
	other := Content(100, 4096)
	if err := s.PutBlock(ctx, artifact.RawCID(other), data); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("PutBlock with a wrong cid: %v, want EInvalid", err)
	}
	if ok, _ := s.HasBlock(ctx, artifact.RawCID(other)); ok {
		t.Fatal("a block refused by PutBlock is present")
	}
	// Over the block size.
	big := Content(101, artifact.MaxBlockSize+1)
	if err := s.PutBlock(ctx, artifact.RawCID(big), big); cohort.Code(err) != cohort.ETooLarge {
		t.Fatalf("PutBlock over 1 MiB: %v, want ETooLarge", err)
	}
	// CIDs Cohort does not store.
	v0, _ := cid.Decode("QmdfTbBqBPQ7VNxZEYEj14VmRuZBkqFbiwReogJgS1zR1n")
	if _, err := s.GetBlock(ctx, v0); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("GetBlock of a CIDv0: %v, want EInvalid", err)
	}
}

// testManifestBlocksListed checks a multi-block artifact's manifest lists its leaves in order.
func testManifestBlocksListed(t *testing.T, s artifact.Store) {
	ctx := context.Background()
	data := Content(7, 3*artifact.MaxBlockSize+5)
	root, err := s.Put(ctx, bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	mb, err := s.GetBlock(ctx, root)
	if err != nil {
		t.Fatal(err)
	}
	m, err := artifact.DecodeManifest(mb)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Links) != 4 || m.Size != uint64(len(data)) {
		t.Fatalf("manifest: %d links, size %d", len(m.Links), m.Size)
	}
	for i, l := range m.Links {
		lo := i * artifact.MaxBlockSize
		want := data[lo:min(lo+artifact.MaxBlockSize, len(data))]
		if l.CID != artifact.RawCID(want) || l.Size != uint64(len(want)) {
			t.Fatalf("link %d: %s/%d, want %s/%d", i, l.CID, l.Size, artifact.RawCID(want), len(want))
		}
	}
	// A missing leaf fails the read instead of returning short content.
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := s.Get(cancelled, root); err == nil {
		t.Fatal("Get with a cancelled context succeeded")
	}
}

func roundTrip(t *testing.T, s artifact.Store, c cid.Cid, want []byte) {
	t.Helper()
	ctx := context.Background()
	if ok, err := s.Has(ctx, c); err != nil || !ok {
		t.Fatalf("Has(%s) = %v, %v", c, ok, err)
	}
	rc, err := s.Get(ctx, c)
	if err != nil {
		t.Fatalf("Get(%s): %v", c, err)
	}
	defer rc.Close()
	got, err := io.ReadAll(rc)
	if err != nil {
		t.Fatalf("read %s: %v", c, err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("Get(%s): %d bytes differ from the %d put", c, len(got), len(want))
	}
}
