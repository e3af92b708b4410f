package fsstore_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/cohort-net/cohort/internal/artifact"
	"github.com/cohort-net/cohort/internal/artifact/artifacttest"
	"github.com/cohort-net/cohort/internal/artifact/fsstore"
)

func newStore(t *testing.T) *fsstore.Store {
	s, err := fsstore.New(t.TempDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestConformance(t *testing.T) {
	artifacttest.Run(t, func(t *testing.T) artifact.Store { return newStore(t) }, artifacttest.Options{})
}

func blockFile(t *testing.T, s *fsstore.Store, name string) string {
	m, _ := filepath.Glob(filepath.Join(s.Dir(), "blocks", "*", name))
	if len(m) != 1 {
		t.Fatalf("block file %s: %d matches", name, len(m))
	}
	return m[0]
}

func TestCorruptBlockNeverServed(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name    string
		corrupt func(b []byte) []byte
	}{
		{"FlippedBit", func(b []byte) []byte { b[len(b)/2] ^= 1; return b }},
		{"Truncated", func(b []byte) []byte { return b[:len(b)-1] }},
		{"Empty", func(b []byte) []byte { return nil }},
		{"Extended", func(b []byte) []byte { return append(b, 0) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newStore(t)
			data := artifacttest.Content(1, 3*artifact.MaxBlockSize)
			root, err := s.Put(ctx, bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			leaf := artifact.RawCID(data[artifact.MaxBlockSize : 2*artifact.MaxBlockSize])
			f := blockFile(t, s, artifact.String(leaf))
			b, _ := os.ReadFile(f)
			os.Chmod(f, 0o644)
			if err := os.WriteFile(f, tc.corrupt(b), 0o644); err != nil {
				t.Fatal(err)
			}
			if _, err := s.GetBlock(ctx, leaf); !errors.Is(err, artifact.ErrCorrupt) {
				t.Fatalf("GetBlock of a corrupt block: %v, want ErrCorrupt", err)
			}
			rc, err := s.Get(ctx, root)
			if err != nil {
				t.Fatal(err)
			}
			got, err := io.ReadAll(rc)
			rc.Close()
			if !errors.Is(err, artifact.ErrCorrupt) {
				t.Fatalf("reading past a corrupt block: %v, want ErrCorrupt", err)
			}
			if len(got) > artifact.MaxBlockSize {
				t.Fatalf("served %d bytes, past the corrupt block", len(got))
			}
			// Putting the content again repairs the block.
			if _, err := s.Put(ctx, bytes.NewReader(data)); err != nil {
				t.Fatal(err)
			}
			if _, err := s.GetBlock(ctx, leaf); err != nil {
				t.Fatalf("after repair: %v", err)
			}
		})
	}
}

func TestNoTempFilesLeft(t *testing.T) {
	s := newStore(t)
	if _, err := s.Put(context.Background(), bytes.NewReader(artifacttest.Content(3, 2*artifact.MaxBlockSize+1))); err != nil {
		t.Fatal(err)
	}
	tmp, _ := filepath.Glob(filepath.Join(s.Dir(), "blocks", "*", ".tmp-*"))
	if len(tmp) != 0 {
		t.Fatalf("temporary files left: %v", tmp)
	}
}
