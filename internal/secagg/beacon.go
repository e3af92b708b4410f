package secagg

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"

	"github.com/cohort-net/cohort"
)

// Ring randomness the server cannot grind.
//
// A ring drawn from public values alone (task, round, roster) lets a server that chooses who takes
// part try roster after roster until one surrounds a victim with colluders. With beacons, every
// client commits once, before any round, to a Merkle tree of random leaf values (BeaconTree: one leaf
// per round and attempt, derived from a secret only the client knows), and the root is pinned by its
// peers. A session names the leaf (Params.BeaconLeaf) and every client's root (Params.Beacons); each
// client reveals its leaf with its authentication path in its signed advert, and the ring is derived
// from every client's leaf (Config.withBeacons), once all have advertised. The server therefore
// learns the ring only after it fixed the clients, and cannot change it: all it can do is drop a
// client and run another attempt with another leaf, which the callers cap (MaxSecureAttempts in
// internal/protocol). A colluding client's leaves were fixed when it committed, before any honest
// leaf was known, so it cannot steer the ring either; withholding its advert only ends the attempt.

// MaxBeaconDepth bounds a beacon tree: 2^20 leaves.
const MaxBeaconDepth = 20

// ErrMissingBeacon marks a session that cannot derive its ring because some clients did not advertise
// (under a coded EUnavailable error): the caller may run a new attempt without them.
var ErrMissingBeacon = errors.New("a client's beacon is missing")

func beaconValue(secret [32]byte, leaf uint64) [32]byte {
	b := append([]byte("cohort/secagg/v2/beacon-value\x00"), secret[:]...)
	return sha256.Sum256(binary.BigEndian.AppendUint64(b, leaf))
}

func beaconLeafHash(v [32]byte) [32]byte {
	return sha256.Sum256(append([]byte("cohort/secagg/v2/beacon-leaf\x00"), v[:]...))
}

func beaconNode(l, r [32]byte) [32]byte {
	b := append([]byte("cohort/secagg/v2/beacon-node\x00"), l[:]...)
	return sha256.Sum256(append(b, r[:]...))
}

// BeaconTree is a client's commitment to one random value per session: 2^depth leaves.
type BeaconTree struct {
	secret [32]byte
	depth  int
	levels [][][32]byte // levels[0]: leaf hashes; levels[depth]: the root
}

// NewBeaconTree builds the tree of secret (keep it private; 32 random bytes) with 2^depth leaves.
func NewBeaconTree(secret [32]byte, depth int) (*BeaconTree, error) {
	if depth < 1 || depth > MaxBeaconDepth {
		return nil, cohort.Errorf(cohort.EInvalid, "secagg: beacon depth %d out of 1..%d", depth, MaxBeaconDepth)
	}
	t := &BeaconTree{secret: secret, depth: depth, levels: make([][][32]byte, depth+1)}
	leaves := make([][32]byte, 1<<depth)
	for i := range leaves {
		leaves[i] = beaconLeafHash(beaconValue(secret, uint64(i)))
	}
	t.levels[0] = leaves
	for d := 1; d <= depth; d++ {
		prev := t.levels[d-1]
		cur := make([][32]byte, len(prev)/2)
		for i := range cur {
			cur[i] = beaconNode(prev[2*i], prev[2*i+1])
		}
		t.levels[d] = cur
	}
	return t, nil
}

// Root is the commitment a client publishes (and its peers pin).
func (t *BeaconTree) Root() [32]byte { return t.levels[t.depth][0] }

// Depth is the tree's depth.
func (t *BeaconTree) Depth() int { return t.depth }

// Reveal returns leaf's value and authentication path (depth sibling hashes, from the leaf up).
func (t *BeaconTree) Reveal(leaf uint64) ([32]byte, [][32]byte, error) {
	if leaf >= uint64(len(t.levels[0])) {
		return [32]byte{}, nil, cohort.Errorf(cohort.EInvalid, "secagg: beacon leaf %d beyond the tree's %d", leaf, len(t.levels[0]))
	}
	path := make([][32]byte, t.depth)
	i := leaf
	for d := 0; d < t.depth; d++ {
		path[d] = t.levels[d][i^1]
		i >>= 1
	}
	return beaconValue(t.secret, leaf), path, nil
}

// VerifyBeacon checks that v is leaf number leaf of the tree with the given root.
func VerifyBeacon(root [32]byte, leaf uint64, v [32]byte, path [][32]byte) bool {
	if len(path) == 0 || len(path) > MaxBeaconDepth || leaf>>uint(len(path)) != 0 {
		return false
	}
	h := beaconLeafHash(v)
	for _, sib := range path {
		if leaf&1 == 0 {
			h = beaconNode(h, sib)
		} else {
			h = beaconNode(sib, h)
		}
		leaf >>= 1
	}
	return h == root
}

// beaconSeed is the ring seed of a session with beacons: the session and every client's leaf value,
// in client order.
func beaconSeed(session, seed [32]byte, values [][32]byte) [32]byte {
	h := sha256.New()
	h.Write([]byte("cohort/secagg/v2/beacon-ring\x00"))
	h.Write(session[:])
	h.Write(seed[:])
	for _, v := range values {
		h.Write(v[:])
	}
	var out [32]byte
	h.Sum(out[:0])
	return out
}
