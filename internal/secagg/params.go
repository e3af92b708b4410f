package secagg

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"math"
	"math/bits"
	"sort"

	"github.com/cohort-net/cohort"
)

// Limits on what a config and a decoder accept.
const (
	MaxClients = 1 << 14 // clients in one round
	MaxDim     = 1 << 26 // vector elements (excluding the weight)
	MaxSigLen  = 128     // bytes of one signature
	MaxTaskID  = 256     // bytes of a task ID
)

// Params is the plain description of one secure-aggregation round. Validate it once with NewConfig.
type Params struct {
	Clients    []cohort.NodeID // the clients invited to the round, sorted ascending, no duplicates
	Neighbours int             // k: each client's neighbours on the ring; even, or >= len(Clients)-1 for the complete graph
	Threshold  int             // t: shares needed to reconstruct a secret; k/2 < t <= k (t > 2k/3 against a malicious server)
	Bits       int             // quantization levels per element: values map to [0, 2^Bits-1]
	ClipRange  float64         // update elements are clipped to [-ClipRange, ClipRange]
	MaxWeight  float64         // the sample weight must lie in [0, MaxWeight]; 0 means 2^Bits-1 (integer weights exact)
	Dim        int             // update length; the weight travels as element Dim
	TaskID     string
	Round      uint64
	Seed       [32]byte // public randomness for the ring, e.g. H(task, round, previous model CID)
	Bind       [32]byte // the caller's session values (attempt, model, weight scale...): bound into the session, not the ring

	// Beacons, when set, are every client's BeaconTree root (in Clients order): the ring is then
	// derived from Seed and every client's leaf BeaconLeaf, revealed in the adverts, and exists only
	// once every client has advertised (see beacon.go). BeaconDepth is the trees' depth.
	Beacons     [][32]byte
	BeaconLeaf  uint64
	BeaconDepth int
}

// Config is a validated, immutable Params with the derived ring and modulus. It is safe for concurrent
// use.
type Config struct {
	p         Params
	k         int // effective neighbours: min(Neighbours, n-1)
	width     int // bytes per element: 4 (Z_2^32) or 8 (Z_2^64)
	levels    uint64
	maxWeight float64
	session   [32]byte
	index     map[cohort.NodeID]int
	nbrs      [][]int        // sorted client indices of each client's neighbours
	isNbr     []map[int]bool // membership of nbrs
}

// NewConfig validates p and derives the neighbour ring, the modulus and the session identifier that
// binds every message to this task, round and parameter set.
func NewConfig(p Params) (*Config, error) {
	n := len(p.Clients)
	switch {
	case n < 2:
		return nil, cohort.Errorf(cohort.EInvalid, "secagg: %d clients, need at least 2", n)
	case n > MaxClients:
		return nil, cohort.Errorf(cohort.EInvalid, "secagg: %d clients, at most %d", n, MaxClients)
	case p.Dim < 1 || p.Dim > MaxDim:
		return nil, cohort.Errorf(cohort.EInvalid, "secagg: dim %d out of range [1, %d]", p.Dim, MaxDim)
	case p.Bits < 2 || p.Bits > 52:
		return nil, cohort.Errorf(cohort.EInvalid, "secagg: bits %d out of range [2, 52]", p.Bits)
	case !(p.ClipRange > 0) || math.IsInf(p.ClipRange, 0):
		return nil, cohort.Errorf(cohort.EInvalid, "secagg: clip range %v must be positive and finite", p.ClipRange)
	case p.MaxWeight < 0 || math.IsNaN(p.MaxWeight) || math.IsInf(p.MaxWeight, 0):
		return nil, cohort.Errorf(cohort.EInvalid, "secagg: max weight %v must be finite and >= 0", p.MaxWeight)
	case len(p.TaskID) == 0 || len(p.TaskID) > MaxTaskID:
		return nil, cohort.Errorf(cohort.EInvalid, "secagg: task id of %d bytes, want 1 to %d", len(p.TaskID), MaxTaskID)
	}
	c := &Config{p: p, index: make(map[cohort.NodeID]int, n)}
	c.p.Clients = append([]cohort.NodeID(nil), p.Clients...)
	for i, id := range c.p.Clients {
		if id.IsZero() {
			return nil, cohort.Errorf(cohort.EInvalid, "secagg: client %d is the zero address", i)
		}
		if i > 0 && bytes.Compare(c.p.Clients[i-1][:], id[:]) >= 0 {
			return nil, cohort.Errorf(cohort.EInvalid, "secagg: clients must be sorted and unique (at %d: %s)", i, id)
		}
		c.index[id] = i
	}
	c.k = min(p.Neighbours, n-1)
	if p.Neighbours < 1 {
		return nil, cohort.Errorf(cohort.EInvalid, "secagg: neighbours %d, need at least 1", p.Neighbours)
	}
	if c.k < n-1 && c.k%2 != 0 {
		return nil, cohort.Errorf(cohort.EInvalid, "secagg: neighbours %d must be even (k/2 on each side of the ring) unless it covers all %d others", c.k, n-1)
	}
	if p.Threshold > c.k || 2*p.Threshold <= c.k {
		return nil, cohort.Errorf(cohort.EInvalid, "secagg: threshold %d must satisfy k/2 < t <= k with k = %d", p.Threshold, c.k)
	}
	c.levels = uint64(1)<<uint(p.Bits) - 1
	// The sum of n elements, each at most levels, must not wrap.
	hi, lo := bits.Mul64(uint64(n), c.levels)
	switch {
	case hi == 0 && lo < 1<<32:
		c.width = 4
	case hi == 0:
		c.width = 8
	default:
		return nil, cohort.Errorf(cohort.EInvalid, "secagg: %d clients x 2^%d levels overflow Z_2^64", n, p.Bits)
	}
	c.maxWeight = p.MaxWeight
	if c.maxWeight == 0 {
		c.maxWeight = float64(c.levels)
	}
	if len(p.Beacons) > 0 {
		switch {
		case len(p.Beacons) != n:
			return nil, cohort.Errorf(cohort.EInvalid, "secagg: %d beacon roots for %d clients", len(p.Beacons), n)
		case p.BeaconDepth < 1 || p.BeaconDepth > MaxBeaconDepth:
			return nil, cohort.Errorf(cohort.EInvalid, "secagg: beacon depth %d out of 1..%d", p.BeaconDepth, MaxBeaconDepth)
		case p.BeaconLeaf>>uint(p.BeaconDepth) != 0:
			return nil, cohort.Errorf(cohort.EInvalid, "secagg: beacon leaf %d beyond depth %d", p.BeaconLeaf, p.BeaconDepth)
		}
		c.p.Beacons = append([][32]byte(nil), p.Beacons...)
	}
	c.session = sessionID(&c.p)
	if !c.deferred() {
		c.buildRing()
	}
	return c, nil
}

// deferred reports whether the ring waits for the clients' beacons.
func (c *Config) deferred() bool { return len(c.p.Beacons) > 0 }

// checkBeacon checks client i's revealed leaf against its root (any value passes without beacons,
// where an advert carries none).
func (c *Config) checkBeacon(i int, v [32]byte, path [][32]byte) error {
	if !c.deferred() {
		if len(path) != 0 || v != ([32]byte{}) {
			return cohort.Errorf(cohort.EInvalid, "secagg: advert of %s carries a beacon this session does not use", c.p.Clients[i])
		}
		return nil
	}
	if len(path) != c.p.BeaconDepth || !VerifyBeacon(c.p.Beacons[i], c.p.BeaconLeaf, v, path) {
		return cohort.Errorf(cohort.EInvalid, "secagg: advert of %s: its beacon is not leaf %d of its committed tree", c.p.Clients[i], c.p.BeaconLeaf)
	}
	return nil
}

// withBeacons returns the config with its ring, derived from every client's revealed leaf value (in
// client order). Without beacons it is c itself.
func (c *Config) withBeacons(values [][32]byte) *Config {
	if !c.deferred() {
		return c
	}
	cp := *c
	cp.p.Seed = beaconSeed(c.session, c.p.Seed, values)
	cp.buildRing()
	return &cp
}

// sessionID hashes everything that defines the round; every signature and key derivation covers it.
func sessionID(p *Params) [32]byte {
	h := sha256.New()
	var b []byte
	b = append(b, "cohort/secagg/v2/session"...)
	b = appendBytes(b, []byte(p.TaskID))
	b = binary.BigEndian.AppendUint64(b, p.Round)
	b = append(b, p.Seed[:]...)
	b = append(b, p.Bind[:]...)
	b = binary.BigEndian.AppendUint32(b, uint32(len(p.Clients)))
	for _, id := range p.Clients {
		b = append(b, id[:]...)
	}
	b = binary.BigEndian.AppendUint32(b, uint32(p.Neighbours))
	b = binary.BigEndian.AppendUint32(b, uint32(p.Threshold))
	b = binary.BigEndian.AppendUint32(b, uint32(p.Bits))
	b = binary.BigEndian.AppendUint64(b, math.Float64bits(p.ClipRange))
	b = binary.BigEndian.AppendUint64(b, math.Float64bits(p.MaxWeight))
	b = binary.BigEndian.AppendUint64(b, uint64(p.Dim))
	if len(p.Beacons) > 0 {
		b = append(b, "beacons"...)
		b = binary.BigEndian.AppendUint64(b, p.BeaconLeaf)
		b = binary.BigEndian.AppendUint32(b, uint32(p.BeaconDepth))
		for _, r := range p.Beacons {
			b = append(b, r[:]...)
		}
	}
	h.Write(b)
	var out [32]byte
	h.Sum(out[:0])
	return out
}

// buildRing orders the clients by H(seed, id) and links each to k/2 clients on either side, or to
// everyone when k covers all others.
func (c *Config) buildRing() {
	n := len(c.p.Clients)
	type pos struct {
		h [32]byte
		i int
	}
	order := make([]pos, n)
	for i, id := range c.p.Clients {
		var b []byte
		b = append(b, "cohort/secagg/v1/ring"...)
		b = append(b, c.p.Seed[:]...)
		b = append(b, id[:]...)
		order[i] = pos{sha256.Sum256(b), i}
	}
	sort.Slice(order, func(a, b int) bool { return bytes.Compare(order[a].h[:], order[b].h[:]) < 0 })
	c.nbrs = make([][]int, n)
	c.isNbr = make([]map[int]bool, n)
	for r, o := range order {
		var list []int
		if c.k >= n-1 {
			for j := 0; j < n; j++ {
				if j != o.i {
					list = append(list, j)
				}
			}
		} else {
			for d := 1; d <= c.k/2; d++ {
				list = append(list, order[(r+d)%n].i, order[(r-d+n)%n].i)
			}
		}
		sort.Ints(list)
		c.nbrs[o.i] = list
		m := make(map[int]bool, len(list))
		for _, j := range list {
			m[j] = true
		}
		c.isNbr[o.i] = m
	}
}

// Params returns a copy of the parameters.
func (c *Config) Params() Params {
	p := c.p
	p.Clients = append([]cohort.NodeID(nil), c.p.Clients...)
	p.Beacons = append([][32]byte(nil), c.p.Beacons...)
	return p
}

// Neighbours returns the effective k (at most n-1).
func (c *Config) Neighbours() int { return c.k }

// Threshold returns t.
func (c *Config) Threshold() int { return c.p.Threshold }

// ModulusBits returns 32 or 64: the arithmetic is in Z_2^ModulusBits.
func (c *Config) ModulusBits() int { return c.width * 8 }

// Session returns the identifier every message of this round is bound to.
func (c *Config) Session() [32]byte { return c.session }

// NeighboursOf returns the neighbours of id on the ring, sorted.
func (c *Config) NeighboursOf(id cohort.NodeID) ([]cohort.NodeID, error) {
	i, ok := c.index[id]
	if !ok {
		return nil, cohort.Errorf(cohort.ENotFound, "secagg: %s is not a client of this round", id)
	}
	if c.nbrs == nil {
		return nil, cohort.Errorf(cohort.EConflict, "secagg: the ring waits for every client's beacon")
	}
	out := make([]cohort.NodeID, len(c.nbrs[i]))
	for a, j := range c.nbrs[i] {
		out[a] = c.p.Clients[j]
	}
	return out, nil
}

// QuantStep is the width of one quantization level, 2*ClipRange/(2^Bits-1): each element of the sum
// of m updates is within m*QuantStep of their plaintext sum.
func (c *Config) QuantStep() float64 { return 2 * c.p.ClipRange / float64(c.levels) }

// VectorLen is Dim+1: the update and the weight.
func (c *Config) VectorLen() int { return c.p.Dim + 1 }

func (c *Config) n() int { return len(c.p.Clients) }

// RingSeed derives a round's public ring seed from values the coordinator cannot steer once the task
// exists: the task ID, the round and the previous round's model CID (its bytes; empty for round 0).
func RingSeed(taskID string, round uint64, prevModelCID []byte) [32]byte {
	var b []byte
	b = append(b, "cohort/secagg/v1/ring-seed"...)
	b = appendBytes(b, []byte(taskID))
	b = binary.BigEndian.AppendUint64(b, round)
	b = appendBytes(b, prevModelCID)
	return sha256.Sum256(b)
}
