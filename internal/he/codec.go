package he

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/ring"
	"github.com/tuneinsight/lattigo/v6/schemes/ckks"
	"github.com/tuneinsight/lattigo/v6/utils/sampling"

	"github.com/cohort-net/cohort"
)

// Binary formats (little-endian). Every decoder computes the exact expected length from its fixed-size
// header and the profile's parameters, and compares it with the input before allocating anything.
//
// Ciphertext ("CHC1"): magic[4] fingerprint[8] level u8 flags u8 reserved u16 scale f64
// [seed[32] if flags&1] then c0 (and c1 unless seeded) as (level+1)*N uint64 each, every coefficient
// below its modulus. A seeded ciphertext carries c1 as the 32-byte seed of a keyed PRNG: half the size.
//
// Evaluation key ("CHK1"): magic[4] fingerprint[8] kind u8 (1 relinearization, 2 Galois) levelQ u8
// levelP u8 reserved u8 galEl u64 seed[32], then the first component of every gadget row (the second is
// expanded from the seed), Q part then P part.

const (
	ctMagic      = "CHC1"
	keyMagic     = "CHK1"
	ctHeaderLen  = 4 + 8 + 1 + 1 + 2 + 8
	keyHeaderLen = 4 + 8 + 1 + 1 + 1 + 1 + 8 + 32
	flagSeeded   = 1

	keyKindRelin  = 1
	keyKindGalois = 2
)

// Ciphertext is one CKKS ciphertext of a profile. A freshly secret-key-encrypted ciphertext remembers
// the seed of its second component, so it serializes at half size.
type Ciphertext struct {
	params Params
	ct     *rlwe.Ciphertext
	seed   *[32]byte
}

// Level returns the ciphertext's level (how many rescalings it can still take).
func (c *Ciphertext) Level() int { return c.ct.Level() }

// Params returns the ciphertext's parameters.
func (c *Ciphertext) Params() Params { return c.params }

// BinarySize returns the length of MarshalBinary's output.
func (c *Ciphertext) BinarySize() int {
	return ctBinarySize(c.params, c.ct.Level(), c.seed != nil)
}

func ctBinarySize(p Params, level int, seeded bool) int {
	polys := 2
	n := ctHeaderLen
	if seeded {
		polys = 1
		n += 32
	}
	return n + polys*(level+1)*p.p.N()*8
}

// MarshalBinary encodes the ciphertext (seeded when it can be).
func (c *Ciphertext) MarshalBinary() ([]byte, error) {
	if c.ct.Degree() != 1 || !c.ct.IsNTT || c.ct.IsMontgomery {
		return nil, fmt.Errorf("marshal ciphertext: want a degree-1 NTT ciphertext")
	}
	level := c.ct.Level()
	b := make([]byte, 0, c.BinarySize())
	b = append(b, ctMagic...)
	b = append(b, c.params.fp[:]...)
	var flags byte
	if c.seed != nil {
		flags |= flagSeeded
	}
	scale, _ := c.ct.Scale.Value.Float64()
	b = append(b, byte(level), flags, 0, 0)
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(scale))
	if c.seed != nil {
		b = append(b, c.seed[:]...)
	}
	b = appendPoly(b, c.ct.Value[0], c.params.p.Q(), level)
	if c.seed == nil {
		b = appendPoly(b, c.ct.Value[1], c.params.p.Q(), level)
	}
	return b, nil
}

// appendPoly writes p's first level+1 rows, each coefficient reduced modulo its modulus (some lattigo
// operations leave lazy values in [0, 2q)).
func appendPoly(b []byte, p ring.Poly, moduli []uint64, level int) []byte {
	for i := 0; i <= level; i++ {
		q := moduli[i]
		for _, v := range p.Coeffs[i] {
			if v >= q {
				v %= q
			}
			b = binary.LittleEndian.AppendUint64(b, v)
		}
	}
	return b
}

// readPoly fills p's first level+1 rows from b, rejecting coefficients at or above their modulus.
func readPoly(b []byte, p ring.Poly, moduli []uint64, level int) ([]byte, error) {
	for i := 0; i <= level; i++ {
		q := moduli[i]
		row := p.Coeffs[i]
		for j := range row {
			v := binary.LittleEndian.Uint64(b)
			if v >= q {
				return nil, cohort.Errorf(cohort.EInvalid, "coefficient %d of modulus %d out of range", j, i)
			}
			row[j] = v
			b = b[8:]
		}
	}
	return b, nil
}

// CiphertextLimits bounds what UnmarshalCiphertext accepts.
type CiphertextLimits struct {
	MinLevel, MaxLevel int // accepted levels, inclusive; MaxLevel < 0 means the profile's maximum
}

// UnmarshalCiphertext decodes a ciphertext of these parameters, checking magic, fingerprint, level,
// exact length and every coefficient. Errors are coded EInvalid.
func (p Params) UnmarshalCiphertext(b []byte, lim CiphertextLimits) (*Ciphertext, error) {
	if len(b) < ctHeaderLen {
		return nil, cohort.Errorf(cohort.EInvalid, "ciphertext: %d bytes, shorter than its header", len(b))
	}
	if string(b[:4]) != ctMagic {
		return nil, cohort.Errorf(cohort.EInvalid, "ciphertext: bad magic")
	}
	if [8]byte(b[4:12]) != p.fp {
		return nil, cohort.Errorf(cohort.EInvalid, "ciphertext: wrong parameters (fingerprint %x, want %s profile %s)", b[4:12], p.Fingerprint(), p.profile)
	}
	level, flags := int(b[12]), b[13]
	maxLevel := lim.MaxLevel
	if maxLevel < 0 || maxLevel > p.MaxLevel() {
		maxLevel = p.MaxLevel()
	}
	if level < lim.MinLevel || level > maxLevel {
		return nil, cohort.Errorf(cohort.EInvalid, "ciphertext: wrong level %d (want %d..%d)", level, lim.MinLevel, maxLevel)
	}
	if flags&^byte(flagSeeded) != 0 || b[14] != 0 || b[15] != 0 {
		return nil, cohort.Errorf(cohort.EInvalid, "ciphertext: unknown flags")
	}
	scale := math.Float64frombits(binary.LittleEndian.Uint64(b[16:24]))
	if !(scale >= 0x1p10 && scale <= 0x1p120) {
		return nil, cohort.Errorf(cohort.EInvalid, "ciphertext: scale %g out of range", scale)
	}
	seeded := flags&flagSeeded != 0
	if want := ctBinarySize(p, level, seeded); len(b) != want {
		return nil, cohort.Errorf(cohort.EInvalid, "ciphertext: %d bytes, want %d for level %d", len(b), want, level)
	}
	rest := b[ctHeaderLen:]
	ct := ckks.NewCiphertext(p.p, 1, level)
	ct.Scale = rlwe.NewScale(scale)
	var seed *[32]byte
	if seeded {
		seed = new([32]byte)
		copy(seed[:], rest[:32])
		rest = rest[32:]
	}
	moduli := p.p.Q()
	var err error
	if rest, err = readPoly(rest, ct.Value[0], moduli, level); err != nil {
		return nil, fmt.Errorf("ciphertext c0: %w", err)
	}
	if seeded {
		if err := expandC1(p, seed, level, ct.Value[1]); err != nil {
			return nil, err
		}
	} else if _, err = readPoly(rest, ct.Value[1], moduli, level); err != nil {
		return nil, fmt.Errorf("ciphertext c1: %w", err)
	}
	return &Ciphertext{params: p, ct: ct, seed: seed}, nil
}

func expandC1(p Params, seed *[32]byte, level int, c1 ring.Poly) error {
	prng, err := sampling.NewKeyedPRNG(seed[:])
	if err != nil {
		return fmt.Errorf("keyed prng: %w", err)
	}
	ring.NewUniformSampler(prng, p.p.RingQ().AtLevel(level)).Read(c1)
	return nil
}

// EvalKey is one evaluation key (relinearization or Galois) in the compressed, seeded form that
// crosses the network, together with its expanded form once decoded.
type EvalKey struct {
	params Params
	kind   byte
	galEl  uint64
	levelQ int
	rlk    *rlwe.RelinearizationKey
	gk     *rlwe.GaloisKey
	wire   []byte
}

// IsRelinearization reports whether the key is the relinearization key.
func (k *EvalKey) IsRelinearization() bool { return k.kind == keyKindRelin }

// GaloisElement returns the Galois element of a Galois key (0 for the relinearization key).
func (k *EvalKey) GaloisElement() uint64 { return k.galEl }

// LevelQ returns the highest ciphertext level the key can switch.
func (k *EvalKey) LevelQ() int { return k.levelQ }

// MarshalBinary returns the compressed wire form.
func (k *EvalKey) MarshalBinary() ([]byte, error) {
	if k.wire == nil {
		return nil, fmt.Errorf("evaluation key has no wire form")
	}
	return k.wire, nil
}

// BinarySize returns the length of the compressed wire form.
func (k *EvalKey) BinarySize() int { return len(k.wire) }

func evkBinarySize(p Params, levelQ, levelP int) int {
	rp := p.p.GetRLWEParameters()
	rows := rp.BaseRNSDecompositionVectorSize(levelQ, levelP)
	return keyHeaderLen + rows*(levelQ+1+levelP+1)*p.p.N()*8
}

func encodeEvalKey(p Params, kind byte, galEl uint64, evk *rlwe.EvaluationKey) ([]byte, error) {
	if !evk.IsCompressed() || evk.Seed == nil || evk.BaseTwoDecomposition != 0 {
		return nil, fmt.Errorf("encode evaluation key: want a compressed key without base-2 decomposition")
	}
	lq, lp := evk.LevelQ(), evk.LevelP()
	b := make([]byte, 0, evkBinarySize(p, lq, lp))
	b = append(b, keyMagic...)
	b = append(b, p.fp[:]...)
	b = append(b, kind, byte(lq), byte(lp), 0)
	b = binary.LittleEndian.AppendUint64(b, galEl)
	b = append(b, evk.Seed[:]...)
	for i := range evk.Value {
		for j := range evk.Value[i] {
			b = appendPoly(b, evk.Value[i][j][0].Q, p.p.Q(), lq)
			if lp >= 0 {
				b = appendPoly(b, evk.Value[i][j][0].P, p.p.P(), lp)
			}
		}
	}
	return b, nil
}

// UnmarshalEvalKey decodes a compressed evaluation key of these parameters and expands it.
func (p Params) UnmarshalEvalKey(b []byte) (*EvalKey, error) {
	if len(b) < keyHeaderLen {
		return nil, cohort.Errorf(cohort.EInvalid, "evaluation key: %d bytes, shorter than its header", len(b))
	}
	if string(b[:4]) != keyMagic {
		return nil, cohort.Errorf(cohort.EInvalid, "evaluation key: bad magic")
	}
	if [8]byte(b[4:12]) != p.fp {
		return nil, cohort.Errorf(cohort.EInvalid, "evaluation key: wrong parameters (fingerprint %x, want %s profile %s)", b[4:12], p.Fingerprint(), p.profile)
	}
	kind, lq, lp := b[12], int(b[13]), int(b[14])
	galEl := binary.LittleEndian.Uint64(b[16:24])
	if b[15] != 0 {
		return nil, cohort.Errorf(cohort.EInvalid, "evaluation key: reserved byte set")
	}
	if lq > p.p.MaxLevelQ() || lp != p.p.MaxLevelP() {
		return nil, cohort.Errorf(cohort.EInvalid, "evaluation key: levels Q %d P %d (want Q <= %d, P = %d)", lq, lp, p.p.MaxLevelQ(), p.p.MaxLevelP())
	}
	nthRoot := p.p.RingQ().NthRoot()
	switch kind {
	case keyKindRelin:
		if galEl != 0 {
			return nil, cohort.Errorf(cohort.EInvalid, "evaluation key: relinearization key with a Galois element")
		}
	case keyKindGalois:
		if galEl&1 == 0 || galEl >= nthRoot || galEl == 1 {
			return nil, cohort.Errorf(cohort.EInvalid, "evaluation key: invalid Galois element %d", galEl)
		}
	default:
		return nil, cohort.Errorf(cohort.EInvalid, "evaluation key: unknown kind %d", kind)
	}
	if want := evkBinarySize(p, lq, lp); len(b) != want {
		return nil, cohort.Errorf(cohort.EInvalid, "evaluation key: %d bytes, want %d", len(b), want)
	}
	seed := new([32]byte)
	copy(seed[:], b[24:56])
	evkp := rlwe.EvaluationKeyParameters{LevelQ: &lq, LevelP: &lp, Compressed: true}
	out := &EvalKey{params: p, kind: kind, galEl: galEl, levelQ: lq, wire: b}
	var evk *rlwe.EvaluationKey
	if kind == keyKindRelin {
		out.rlk = rlwe.NewRelinearizationKey(p.p, evkp)
		evk = &out.rlk.EvaluationKey
	} else {
		out.gk = rlwe.NewGaloisKey(p.p, evkp)
		out.gk.GaloisElement = galEl
		out.gk.NthRoot = nthRoot
		evk = &out.gk.EvaluationKey
	}
	rest := b[keyHeaderLen:]
	qs, ps := p.p.Q(), p.p.P()
	var err error
	for i := range evk.Value {
		for j := range evk.Value[i] {
			if rest, err = readPoly(rest, evk.Value[i][j][0].Q, qs, lq); err != nil {
				return nil, fmt.Errorf("evaluation key: %w", err)
			}
			if lp >= 0 {
				if rest, err = readPoly(rest, evk.Value[i][j][0].P, ps, lp); err != nil {
					return nil, fmt.Errorf("evaluation key: %w", err)
				}
			}
		}
	}
	evk.Seed = seed
	if err := evk.Expand(p.p, nil); err != nil {
		return nil, cohort.Errorf(cohort.EInvalid, "evaluation key: expand: %v", err)
	}
	return out, nil
}
