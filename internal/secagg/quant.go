package secagg

import (
	"crypto/rand"
	"math"
	mrand "math/rand/v2"

	"github.com/cohort-net/cohort"
)

// Fixed-point quantization: an element x is clipped to [-c, c] and mapped to v = (x+c)/(2c)*L with
// L = 2^Bits-1, then rounded stochastically (up with probability frac(v)), so the rounding is unbiased.
// The weight w in [0, W] maps to w/W*L the same way. Each client's elements are in [0, L], so the sum
// of n of them fits the modulus the config chose.

// quantize writes the quantized update and weight into out (len Dim+1). The rounding randomness is a
// ChaCha8 stream seeded from crypto/rand.
func (c *Config) quantize(out []uint64, update []float64, weight float64) error {
	if len(update) != c.p.Dim {
		return cohort.Errorf(cohort.EInvalid, "secagg: update has %d elements, the round's dim is %d", len(update), c.p.Dim)
	}
	if math.IsNaN(weight) || weight < 0 || weight > c.maxWeight {
		return cohort.Errorf(cohort.EInvalid, "secagg: weight %v outside [0, %v]", weight, c.maxWeight)
	}
	var seed [32]byte
	if _, err := rand.Read(seed[:]); err != nil {
		return err
	}
	rng := mrand.NewChaCha8(seed)
	L := float64(c.levels)
	clip := c.p.ClipRange
	scale := L / (2 * clip)
	var bits uint64
	for i, x := range update {
		if x != x {
			return cohort.Errorf(cohort.EInvalid, "secagg: update element %d is NaN", i)
		}
		if x > clip {
			x = clip
		} else if x < -clip {
			x = -clip
		}
		// 32 random bits per element, two per ChaCha8 output.
		if i&1 == 0 {
			bits = rng.Uint64()
		} else {
			bits >>= 32
		}
		out[i] = stochasticRound((x+clip)*scale, L, uint32(bits))
	}
	if i := len(update); i&1 == 0 {
		bits = rng.Uint64()
	} else {
		bits >>= 32
	}
	out[c.p.Dim] = stochasticRound(weight/c.maxWeight*L, L, uint32(bits))
	return nil
}

// stochasticRound rounds v in [0, L] down or up, up with probability frac(v) (to 2^-32).
func stochasticRound(v, L float64, u uint32) uint64 {
	if !(v > 0) {
		return 0
	}
	if v >= L {
		return uint64(L)
	}
	f := uint64(v) // floor, v > 0
	if float64(u) < (v-float64(f))*(1<<32) {
		f++
	}
	return f
}

// dequantize turns the unmasked sum of m clients' elements back into the sum of their updates and
// weights.
func (c *Config) dequantize(sum []uint64, m int) []float64 {
	L := float64(c.levels)
	clip := c.p.ClipRange
	out := make([]float64, len(sum))
	step := 2 * clip / L
	for i := 0; i < c.p.Dim; i++ {
		out[i] = float64(sum[i])*step - float64(m)*clip
	}
	out[c.p.Dim] = float64(sum[c.p.Dim]) * c.maxWeight / L
	return out
}
