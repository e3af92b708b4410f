package rangeproof

import (
	"crypto/rand"
	"fmt"
	"math"
	"math/big"
	"math/bits"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	p2 "github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/schema"
)

// Sponge parameters: Poseidon2 over BN254 with width 16 (the HorizenLabs constants: 8 full and
// 57 partial rounds); one capacity element, 15 absorbed per permutation.
const (
	spongeWidth    = 16
	spongeRate     = spongeWidth - 1
	spongeFull     = 8
	spongePartial  = 57
	packBits       = 248 // bits of offsets packed into one field element
	maxColumnBits  = 62
	defaultFracBit = 10
)

// Spec is the statement's shape: the shard capacity and each column's fixed-point bounds.
type Spec struct {
	Rows     int      // capacity: a shard has at most this many rows
	FracBits int      // fixed point: q = round(v * 2^FracBits)
	Names    []string // column names, for messages
	Min, Max []int64  // fixed-point bounds per column

	bits   []int   // bit length of Max-Min per column
	groups [][]int // columns packed into each field element of a row
}

// NewSpec checks bounds given as fixed-point integers.
func NewSpec(rows, fracBits int, names []string, min, max []int64) (*Spec, error) {
	if rows <= 0 || rows > 1<<20 {
		return nil, cohort.Errorf(cohort.EInvalid, "rangeproof: %d rows, want 1..2^20", rows)
	}
	if fracBits < 0 || fracBits > 32 {
		return nil, cohort.Errorf(cohort.EInvalid, "rangeproof: %d fraction bits, want 0..32", fracBits)
	}
	if len(min) == 0 || len(min) != len(max) || len(names) != len(min) {
		return nil, cohort.Errorf(cohort.EInvalid, "rangeproof: %d names, %d mins, %d maxes", len(names), len(min), len(max))
	}
	s := &Spec{Rows: rows, FracBits: fracBits, Names: names, Min: min, Max: max}
	cur, used := []int{}, 0
	for j := range min {
		if max[j] < min[j] {
			return nil, cohort.Errorf(cohort.EInvalid, "rangeproof: column %s: max < min", names[j])
		}
		r := uint64(max[j] - min[j])
		if max[j]-min[j] < 0 { // overflow
			return nil, cohort.Errorf(cohort.EInvalid, "rangeproof: column %s: range too wide", names[j])
		}
		b := bits.Len64(r)
		if b > maxColumnBits {
			return nil, cohort.Errorf(cohort.EInvalid, "rangeproof: column %s: range of %d bits, over %d", names[j], b, maxColumnBits)
		}
		s.bits = append(s.bits, b)
		if used+b > packBits {
			s.groups = append(s.groups, cur)
			cur, used = []int{}, 0
		}
		cur = append(cur, j)
		used += b
	}
	s.groups = append(s.groups, cur)
	return s, nil
}

// FromSchema builds a Spec from a schema's columns: float and int columns need min and max;
// categorical columns range over their category indexes and bool over 0..1.
func FromSchema(sc *schema.Schema, rows, fracBits int) (*Spec, error) {
	if fracBits == 0 {
		fracBits = defaultFracBit
	}
	var names []string
	var lo, hi []int64
	for _, c := range sc.Columns {
		var a, b float64
		switch c.Type {
		case schema.Float, schema.Int:
			if c.Min == nil || c.Max == nil {
				return nil, cohort.Errorf(cohort.EInvalid, "rangeproof: column %q needs min and max", c.Name)
			}
			a, b = *c.Min, *c.Max
		case schema.Categorical:
			if len(c.Categories) == 0 {
				return nil, cohort.Errorf(cohort.EInvalid, "rangeproof: categorical column %q needs its categories", c.Name)
			}
			a, b = 0, float64(len(c.Categories)-1)
		case schema.Bool:
			a, b = 0, 1
		}
		qa, err1 := quantize(a, fracBits)
		qb, err2 := quantize(b, fracBits)
		if err1 != nil || err2 != nil {
			return nil, cohort.Errorf(cohort.EInvalid, "rangeproof: column %q: bounds too large for %d fraction bits", c.Name, fracBits)
		}
		names = append(names, c.Name)
		lo, hi = append(lo, qa), append(hi, qb)
	}
	return NewSpec(rows, fracBits, names, lo, hi)
}

// Columns is the number of columns.
func (s *Spec) Columns() int { return len(s.Min) }

// ElementsPerRow is how many field elements a row packs into.
func (s *Spec) ElementsPerRow() int { return len(s.groups) }

func quantize(v float64, fracBits int) (int64, error) {
	q := math.Round(v * float64(uint64(1)<<fracBits))
	if math.IsNaN(q) || math.Abs(q) > 1<<62 {
		return 0, fmt.Errorf("value %g out of the fixed-point range", v)
	}
	return int64(q), nil
}

// Offsets quantizes rows (at most Rows of them, Columns values each) and returns each cell's offset
// q - min, checking every value against its bounds (the plain-Go reference of the circuit's range
// checks). Errors name the row (1-based) and column.
func (s *Spec) Offsets(rows [][]float64) ([][]uint64, error) {
	if len(rows) > s.Rows {
		return nil, cohort.Errorf(cohort.ETooLarge, "rangeproof: %d rows, capacity %d", len(rows), s.Rows)
	}
	out := make([][]uint64, len(rows))
	for i, row := range rows {
		if len(row) != s.Columns() {
			return nil, cohort.Errorf(cohort.EInvalid, "rangeproof: row %d has %d values, want %d", i+1, len(row), s.Columns())
		}
		out[i] = make([]uint64, len(row))
		for j, v := range row {
			q, err := quantize(v, s.FracBits)
			if err != nil || q < s.Min[j] || q > s.Max[j] {
				return nil, cohort.Errorf(cohort.EInvalid, "rangeproof: row %d column %s: value %g outside [%g, %g]", i+1, s.Names[j], v,
					float64(s.Min[j])/float64(uint64(1)<<s.FracBits), float64(s.Max[j])/float64(uint64(1)<<s.FracBits))
			}
			out[i][j] = uint64(q - s.Min[j])
		}
	}
	return out, nil
}

// Check is the plain-Go reference of the statement: every row within bounds, at most Rows rows.
func (s *Spec) Check(rows [][]float64) error {
	_, err := s.Offsets(rows)
	return err
}

// pack returns the field elements of one row of offsets (all zero for padding rows).
func (s *Spec) pack(offs []uint64) []fr.Element {
	out := make([]fr.Element, len(s.groups))
	for g, cols := range s.groups {
		acc, shift := new(big.Int), 0
		for _, j := range cols {
			var v uint64
			if offs != nil {
				v = offs[j]
			}
			acc.Or(acc, new(big.Int).Lsh(new(big.Int).SetUint64(v), uint(shift)))
			shift += s.bits[j]
		}
		out[g].SetBigInt(acc)
	}
	return out
}

// Format is the version of the commitment format. Format 1 (no domain tag, no salt) let anyone recover
// a low-entropy shard by hashing every candidate; it is refused.
const Format = 2

// tag is the domain tag every shard commitment absorbs first.
var tag = new(big.Int).SetBytes([]byte("cohort/rangeproof/v2"))

// NewSalt returns a uniformly random field element from crypto/rand: the private salt of one shard's
// commitment. The data owner draws it, keeps it, and gives it only to the prover (itself); verifiers
// never need it.
func NewSalt() *big.Int {
	v, err := rand.Int(rand.Reader, ecc.BN254.ScalarField())
	if err != nil {
		panic(err) // crypto/rand does not fail on supported platforms
	}
	return v
}

func checkSalt(salt *big.Int) error {
	if salt == nil || salt.Sign() <= 0 || salt.Cmp(ecc.BN254.ScalarField()) >= 0 {
		return cohort.Errorf(cohort.EInvalid, "rangeproof: the salt must be a nonzero field element (NewSalt): an unsalted commitment reveals a low-entropy shard")
	}
	return nil
}

// Commit returns the commitment to a shard: the Poseidon2 sponge over (the domain tag, the salt, the
// count, the packed rows padded to capacity with zero offsets). It fails if a value is out of bounds
// or the salt is not a nonzero field element.
func (s *Spec) Commit(rows [][]float64, salt *big.Int) (*big.Int, error) {
	if err := checkSalt(salt); err != nil {
		return nil, err
	}
	offs, err := s.Offsets(rows)
	if err != nil {
		return nil, err
	}
	return s.commitOffsets(offs, salt), nil
}

func (s *Spec) commitOffsets(offs [][]uint64, salt *big.Int) *big.Int {
	elems := make([]fr.Element, 3, 3+s.Rows*len(s.groups))
	elems[0].SetBigInt(tag)
	elems[1].SetBigInt(salt)
	elems[2].SetUint64(uint64(len(offs)))
	for i := range s.Rows {
		var row []uint64
		if i < len(offs) {
			row = offs[i]
		}
		elems = append(elems, s.pack(row)...)
	}
	h := sponge(elems)
	return h.BigInt(new(big.Int))
}

// sponge absorbs elems 15 at a time into a width-16 Poseidon2 state whose capacity element starts
// as the input length, and returns state[1].
func sponge(elems []fr.Element) fr.Element {
	perm := p2.NewPermutation(spongeWidth, spongeFull, spongePartial)
	state := make([]fr.Element, spongeWidth)
	state[0].SetUint64(uint64(len(elems)))
	for i := 0; i < len(elems); i += spongeRate {
		for k := 0; k < spongeRate && i+k < len(elems); k++ {
			state[1+k].Add(&state[1+k], &elems[i+k])
		}
		if err := perm.Permutation(state); err != nil {
			panic(err)
		}
	}
	if len(elems) == 0 {
		perm.Permutation(state)
	}
	return state[1]
}
