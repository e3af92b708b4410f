package he

import (
	"math"
	"math/big"
	"math/bits"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/ring"

	"github.com/cohort-net/cohort"
)

// Threshold aggregation encodes an update in the plaintext's coefficients, not its CKKS slots: value
// v becomes round(v * 2^40) * 2^40 in coefficient i, modulo each 60-bit prime. Sums stay sums, the
// decryption noise (smudging included) adds to each coefficient directly (no canonical-embedding
// blow-up of sqrt(N)), and encoding and decoding are exact integer arithmetic instead of the
// big-float path that a CKKS scale of 2^80 would take.
const (
	aggScaleLog = 80 // log2 of the coefficient scale
	aggHalfLog  = 40 // the scale is applied as two factors of 2^40 (a float64 times 2^40 stays exact to 2^-40)
)

// encodeCoeffs writes vals (|v| <= 2^12) into pt's coefficients at the plaintext's level, then moves
// it to the NTT domain the encryptor expects.
func encodeCoeffs(rq *ring.Ring, vals []float64, pt *rlwe.Plaintext) error {
	if len(vals) > rq.N() {
		return cohort.Errorf(cohort.EInvalid, "coefficient encoding: %d values for %d coefficients", len(vals), rq.N())
	}
	scaled := make([]int64, len(vals)) // v * 2^40, the same for every modulus
	for i, v := range vals {
		if math.IsNaN(v) || math.Abs(v) > 1<<12 {
			return cohort.Errorf(cohort.EInvalid, "coefficient encoding: value %g out of range", v)
		}
		scaled[i] = int64(math.Round(v * (1 << aggHalfLog)))
	}
	moduli := rq.ModuliChain()[:rq.Level()+1]
	for j, q := range moduli {
		half := new(big.Int).Exp(big.NewInt(2), big.NewInt(aggHalfLog), new(big.Int).SetUint64(q)).Uint64() // 2^40 mod q
		row := pt.Value.Coeffs[j]
		clear(row)
		for i, a := range scaled {
			m := uint64(a)
			if a < 0 {
				m = uint64(-a)
			}
			hi, lo := bits.Mul64(m%q, half)
			r := bits.Rem64(hi, lo, q)
			if a < 0 && r != 0 {
				r = q - r
			}
			row[i] = r
		}
	}
	rq.NTT(pt.Value, pt.Value)
	pt.IsNTT = true
	return nil
}

// decodeCoeffs reads the first len(out) coefficients of pt (two moduli, NTT domain) as centred
// integers modulo q0*q1 and divides them by the scale.
func decodeCoeffs(rq *ring.Ring, pt *rlwe.Plaintext, out []float64) error {
	moduli := rq.ModuliChain()[:rq.Level()+1]
	if len(moduli) != 2 {
		return cohort.Errorf(cohort.EInvalid, "coefficient decoding: %d moduli, want 2", len(moduli))
	}
	if len(out) > rq.N() {
		return cohort.Errorf(cohort.EInvalid, "coefficient decoding: %d values from %d coefficients", len(out), rq.N())
	}
	poly := pt.Value.CopyNew()
	if pt.IsNTT {
		rq.INTT(*poly, *poly)
	}
	q0, q1 := moduli[0], moduli[1]
	inv := new(big.Int).ModInverse(new(big.Int).SetUint64(q0%q1), new(big.Int).SetUint64(q1)).Uint64() // q0^-1 mod q1
	qHi, qLo := bits.Mul64(q0, q1)
	halfHi, halfLo := qHi>>1, qLo>>1|qHi<<63
	scale := math.Exp2(-aggScaleLog)
	for i := range out {
		r0, r1 := poly.Coeffs[0][i], poly.Coeffs[1][i]
		// x = r0 + q0 * t with t = (r1 - r0) * q0^-1 mod q1: the unique x in [0, q0*q1).
		d := (r1 + q1 - r0%q1) % q1
		h, l := bits.Mul64(d, inv)
		t := bits.Rem64(h, l, q1)
		xHi, xLo := bits.Mul64(q0, t)
		var c uint64
		xLo, c = bits.Add64(xLo, r0, 0)
		xHi += c
		neg := xHi > halfHi || (xHi == halfHi && xLo > halfLo)
		if neg { // x - Q, as its magnitude Q - x
			var b uint64
			xLo, b = bits.Sub64(qLo, xLo, 0)
			xHi = qHi - xHi - b
		}
		f := (float64(xHi)*0x1p64 + float64(xLo)) * scale
		if neg {
			f = -f
		}
		out[i] = f
	}
	return nil
}
