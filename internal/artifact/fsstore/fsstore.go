package fsstore

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sync"

	"github.com/ipfs/go-cid"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/artifact"
	"github.com/cohort-net/cohort/internal/atomicfile"
)

// Store is a directory of blocks. It is safe for concurrent use by several goroutines and processes.
type Store struct {
	dir string
	log *slog.Logger

	mu   sync.Mutex
	made map[string]bool // shard directories known to exist
}

var (
	_ artifact.Store           = (*Store)(nil)
	_ artifact.CheckedBlocks   = (*Store)(nil)
	_ artifact.UncheckedPutter = (*Store)(nil)
)

// ChecksBlocks marks that GetBlock hashes every block it returns.
func (s *Store) ChecksBlocks() {}

// New opens (creating if needed) the store rooted at dir. A nil logger discards.
func New(dir string, log *slog.Logger) (*Store, error) {
	if dir == "" {
		return nil, cohort.Errorf(cohort.EInvalid, "fsstore: empty directory")
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if err := os.MkdirAll(filepath.Join(dir, "blocks"), 0o755); err != nil {
		return nil, fmt.Errorf("fsstore: %w", err)
	}
	return &Store{dir: dir, log: log, made: map[string]bool{}}, nil
}

// Dir returns the store's root directory.
func (s *Store) Dir() string { return s.dir }

// path returns the shard directory and file of c.
func (s *Store) path(c cid.Cid) (string, string) {
	name := artifact.String(c)
	shard := filepath.Join(s.dir, "blocks", name[len(name)-3:len(name)-1])
	return shard, filepath.Join(shard, name)
}

// PutBlock stores data under c after checking that it hashes to c. Storing a block that is already
// present and intact is a no-op; a present but corrupt file is replaced.
func (s *Store) PutBlock(ctx context.Context, c cid.Cid, data []byte) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := artifact.Verify(c, data); err != nil {
		if errors.Is(err, artifact.ErrCorrupt) {
			return cohort.Errorf(cohort.EInvalid, "put block %s: data does not hash to the cid", artifact.String(c))
		}
		return err
	}
	return s.PutBlockUnchecked(ctx, c, data)
}

// PutBlockUnchecked is PutBlock without the hash check, for artifact.Put, which has just computed c
// from data. Reads still check every block.
func (s *Store) PutBlockUnchecked(ctx context.Context, c cid.Cid, data []byte) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	shard, file := s.path(c)
	if st, err := os.Stat(file); err == nil && st.Size() == int64(len(data)) {
		if _, err := s.readVerified(c, file); err == nil {
			return nil
		}
	}
	if err := s.mkShard(shard); err != nil {
		return err
	}
	if err := atomicfile.WriteFile(file, data, 0o444); err != nil {
		return fmt.Errorf("fsstore: put %s: %w", artifact.String(c), err)
	}
	return nil
}

func (s *Store) mkShard(shard string) error {
	s.mu.Lock()
	ok := s.made[shard]
	s.mu.Unlock()
	if ok {
		return nil
	}
	if err := os.Mkdir(shard, 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("fsstore: %w", err)
	}
	if err := syncDir(filepath.Dir(shard)); err != nil {
		return fmt.Errorf("fsstore: %w", err)
	}
	s.mu.Lock()
	s.made[shard] = true
	s.mu.Unlock()
	return nil
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// GetBlock returns c's bytes after checking their hash. A missing block is ErrNotFound (ENotFound);
// a file whose bytes do not hash to c (flipped bits, truncation) is ErrCorrupt and is not returned.
func (s *Store) GetBlock(ctx context.Context, c cid.Cid) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := artifact.CheckCID(c); err != nil {
		return nil, err
	}
	_, file := s.path(c)
	data, err := s.readVerified(c, file)
	if err != nil && errors.Is(err, artifact.ErrCorrupt) {
		s.log.Error("corrupt block on disk", "cid", artifact.String(c), "file", file)
	}
	return data, err
}

func (s *Store) readVerified(c cid.Cid, file string) ([]byte, error) {
	f, err := os.Open(file)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, artifact.NotFound(c)
	}
	if err != nil {
		return nil, fmt.Errorf("fsstore: %w", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("fsstore: %w", err)
	}
	if st.Size() > artifact.MaxBlockSize {
		return nil, &cohort.Error{Code: cohort.EInternal, Message: "block " + artifact.String(c) + ": file over the block size", Err: artifact.ErrCorrupt}
	}
	data := make([]byte, st.Size())
	if _, err := io.ReadFull(f, data); err != nil {
		return nil, &cohort.Error{Code: cohort.EInternal, Message: "block " + artifact.String(c) + ": short read", Err: artifact.ErrCorrupt}
	}
	if err := artifact.Verify(c, data); err != nil {
		return nil, err
	}
	return data, nil
}

// HasBlock reports whether a file for c exists (without hashing it; GetBlock checks).
func (s *Store) HasBlock(ctx context.Context, c cid.Cid) (bool, error) {
	if err := artifact.CheckCID(c); err != nil {
		return false, err
	}
	_, file := s.path(c)
	_, err := os.Stat(file)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("fsstore: %w", err)
	}
	return true, nil
}

// Put stores an artifact of any size and returns its root CID.
func (s *Store) Put(ctx context.Context, r io.Reader) (cid.Cid, error) {
	return artifact.Put(ctx, s, r)
}

// Get streams the artifact root names, every block checked.
func (s *Store) Get(ctx context.Context, root cid.Cid) (io.ReadCloser, error) {
	return artifact.Get(ctx, s, root)
}

// Has reports whether the root block of an artifact is present.
func (s *Store) Has(ctx context.Context, root cid.Cid) (bool, error) {
	return artifact.Has(ctx, s, root)
}
