package artifact

import (
	"context"
	"errors"
	"io"

	"github.com/ipfs/go-cid"

	"github.com/cohort-net/cohort"
)

// Sentinels that backends wrap; test them with errors.Is.
var (
	// ErrNotFound: the store holds no block with that CID (coded ENotFound).
	ErrNotFound = errors.New("block not found")
	// ErrCorrupt: the bytes a backend holds for a CID do not hash to it; they are never served.
	ErrCorrupt = errors.New("block corrupt")
)

// NotFound returns an ENotFound error wrapping ErrNotFound for c.
func NotFound(c cid.Cid) error {
	return &cohort.Error{Code: cohort.ENotFound, Message: "block " + String(c), Err: ErrNotFound}
}

// Blocks is what a backend implements: a map from CID to block bytes. PutBlock must check that data
// hashes to c (Verify) and store it durably before returning; GetBlock must never return bytes that do
// not hash to c (ErrCorrupt) and returns ErrNotFound for a CID it does not hold.
type Blocks interface {
	PutBlock(ctx context.Context, c cid.Cid, data []byte) error
	GetBlock(ctx context.Context, c cid.Cid) ([]byte, error)
	HasBlock(ctx context.Context, c cid.Cid) (bool, error)
}

// Store is the artifact store every Cohort component uses: whole artifacts by root CID, and the
// blocks beneath them. fsstore.Store and ipfs.Store implement it.
type Store interface {
	Blocks
	// Put stores everything r yields and returns its root CID.
	Put(ctx context.Context, r io.Reader) (cid.Cid, error)
	// Get streams the artifact root names, checking every block's hash; a corrupt or missing block
	// fails the read.
	Get(ctx context.Context, root cid.Cid) (io.ReadCloser, error)
	// Has reports whether the root block is present (not that every block below it is).
	Has(ctx context.Context, root cid.Cid) (bool, error)
}

// CheckedBlocks is implemented by backends whose GetBlock already hashes every block against its CID
// (fsstore, ipfs); Get then does not hash the same bytes a second time.
type CheckedBlocks interface {
	Blocks
	ChecksBlocks()
}

// UncheckedPutter is implemented by backends that can skip PutBlock's hash check when the caller has
// just computed c from data itself, as Put does; nothing else may call it.
type UncheckedPutter interface {
	PutBlockUnchecked(ctx context.Context, c cid.Cid, data []byte) error
}
