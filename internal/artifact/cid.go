package artifact

import (
	"bytes"
	"crypto/sha256"

	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multibase"
	"github.com/multiformats/go-multihash"

	"github.com/cohort-net/cohort"
)

// MaxBlockSize is the largest block any backend stores: 1 MiB, as IPFS's bitswap expects.
const MaxBlockSize = 1 << 20

// Codecs of the blocks Cohort writes.
const (
	CodecRaw     = cid.Raw     // 0x55: a leaf block, the bytes themselves
	CodecDagJSON = cid.DagJSON // 0x0129: a manifest block
)

// BlockCID returns the CIDv1 of data as a block with the given codec (CodecRaw or CodecDagJSON),
// hashed with sha2-256.
func BlockCID(codec uint64, data []byte) cid.Cid {
	sum := sha256.Sum256(data)
	return cidFromDigest(codec, sum[:])
}

// RawCID returns the CIDv1 (raw codec, sha2-256) of data: the CID `ipfs block put` and
// `ipfs add --raw-leaves --cid-version 1` print for a single-block file.
func RawCID(data []byte) cid.Cid { return BlockCID(CodecRaw, data) }

func cidFromDigest(codec uint64, digest []byte) cid.Cid {
	mh, err := multihash.Encode(digest, multihash.SHA2_256)
	if err != nil {
		panic("artifact: encode sha2-256 multihash: " + err.Error()) // a 32-byte digest always encodes
	}
	return cid.NewCidV1(codec, mh)
}

// String returns c's text form as `ipfs` prints it: base32 lower-case for CIDv1.
func String(c cid.Cid) string {
	s, err := c.StringOfBase(multibase.Base32)
	if err != nil {
		return c.String()
	}
	return s
}

// ParseCID parses a CID's text form and checks that Cohort can store it: CIDv1, codec raw or
// dag-json, sha2-256 with a 32-byte digest. Errors are coded EInvalid.
func ParseCID(s string) (cid.Cid, error) {
	if len(s) > 128 {
		return cid.Undef, cohort.Errorf(cohort.EInvalid, "cid: %d characters, want at most 128", len(s))
	}
	c, err := cid.Decode(s)
	if err != nil {
		return cid.Undef, cohort.Errorf(cohort.EInvalid, "cid %q: %v", s, err)
	}
	if err := CheckCID(c); err != nil {
		return cid.Undef, err
	}
	return c, nil
}

// CheckCID reports whether c is a CID Cohort stores: CIDv1, codec raw or dag-json, sha2-256.
func CheckCID(c cid.Cid) error {
	if !c.Defined() {
		return cohort.Errorf(cohort.EInvalid, "cid: undefined")
	}
	if c.Version() != 1 {
		return cohort.Errorf(cohort.EInvalid, "cid %s: version %d, want 1", c, c.Version())
	}
	if t := c.Type(); t != CodecRaw && t != CodecDagJSON {
		return cohort.Errorf(cohort.EInvalid, "cid %s: codec 0x%x, want raw (0x55) or dag-json (0x129)", c, t)
	}
	dm, err := multihash.Decode(c.Hash())
	if err != nil {
		return cohort.Errorf(cohort.EInvalid, "cid %s: multihash: %v", c, err)
	}
	if dm.Code != multihash.SHA2_256 || len(dm.Digest) != sha256.Size {
		return cohort.Errorf(cohort.EInvalid, "cid %s: hash 0x%x/%d bytes, want sha2-256", c, dm.Code, len(dm.Digest))
	}
	return nil
}

// Verify checks that data is the block c names: c is a CID Cohort stores, data is at most
// MaxBlockSize bytes and its sha2-256 equals c's digest. A mismatch is ErrCorrupt.
func Verify(c cid.Cid, data []byte) error {
	if err := CheckCID(c); err != nil {
		return err
	}
	if len(data) > MaxBlockSize {
		return cohort.Errorf(cohort.ETooLarge, "block %s: %d bytes, over %d", String(c), len(data), MaxBlockSize)
	}
	dm, _ := multihash.Decode(c.Hash())
	sum := sha256.Sum256(data)
	if !bytes.Equal(sum[:], dm.Digest) {
		return &cohort.Error{Code: cohort.EInternal, Message: "block " + String(c) + ": hash mismatch", Err: ErrCorrupt}
	}
	return nil
}

// RawCIDFromDigest returns the CIDv1 of a raw block whose SHA-256 is digest. A document of at most
// MaxBlockSize bytes stored with Put is one raw block, so a contract that records a document's
// SHA-256 names its CID too.
func RawCIDFromDigest(digest [32]byte) cid.Cid { return cidFromDigest(CodecRaw, digest[:]) }
