package secagg

import (
	"crypto/rand"
	"fmt"
	"math/big"

	"github.com/cohort-net/cohort"
)

// Shamir secret sharing over the prime field GF(P), P = 2^256 + 297 (the least prime above 2^256), so
// any 32-byte secret is a field element. A share is the point (x, f(x)); x is the holder's client index
// plus one and travels implicitly, f(x) as 33 big-endian bytes.

var fieldP = func() *big.Int {
	p := new(big.Int).Lsh(big.NewInt(1), 256)
	return p.Add(p, big.NewInt(297))
}()

// share is one point of a sharing polynomial.
type share struct {
	x int // holder index + 1, in [1, MaxClients]
	y *big.Int
}

// shamirSplit shares secret (32 bytes) with threshold t among the holders xs (distinct, >= 1):
// f(0) = secret, t-1 coefficients uniform in GF(P) from crypto/rand.
func shamirSplit(secret []byte, t int, xs []int) ([][shareLen]byte, error) {
	if len(secret) != 32 {
		return nil, fmt.Errorf("shamir: secret of %d bytes, want 32", len(secret))
	}
	if t < 1 || t > len(xs) {
		return nil, fmt.Errorf("shamir: threshold %d with %d holders", t, len(xs))
	}
	coef := make([]*big.Int, t)
	coef[0] = new(big.Int).SetBytes(secret)
	for i := 1; i < t; i++ {
		c, err := rand.Int(rand.Reader, fieldP)
		if err != nil {
			return nil, fmt.Errorf("shamir: coefficient: %w", err)
		}
		coef[i] = c
	}
	out := make([][shareLen]byte, len(xs))
	y := new(big.Int)
	x := new(big.Int)
	for i, xi := range xs {
		if xi < 1 {
			return nil, fmt.Errorf("shamir: holder x %d must be >= 1", xi)
		}
		x.SetInt64(int64(xi))
		y.Set(coef[t-1])
		for j := t - 2; j >= 0; j-- {
			y.Mul(y, x)
			y.Add(y, coef[j])
			y.Mod(y, fieldP)
		}
		y.FillBytes(out[i][:])
	}
	for _, c := range coef {
		c.SetInt64(0)
	}
	return out, nil
}

// parseShare decodes a share value and checks it is a field element.
func parseShare(x int, b [shareLen]byte) (share, error) {
	y := new(big.Int).SetBytes(b[:])
	if y.Cmp(fieldP) >= 0 {
		return share{}, cohort.Errorf(cohort.EInvalid, "secagg: share value out of the field")
	}
	return share{x: x, y: y}, nil
}

// shamirCombine interpolates f(0) from exactly the given shares (distinct x) and returns it as 32 bytes;
// it fails when f(0) does not fit 32 bytes, which means the shares were not of one 32-byte secret.
// Callers check the result against a commitment: t-1 shares give a wrong value, not an error.
func shamirCombine(shares []share) ([]byte, error) {
	if len(shares) == 0 {
		return nil, fmt.Errorf("shamir: no shares")
	}
	secret := new(big.Int)
	num := new(big.Int)
	den := new(big.Int)
	tmp := new(big.Int)
	for i, si := range shares {
		// Lagrange basis at 0: prod_{j != i} x_j / (x_j - x_i).
		num.SetInt64(1)
		den.SetInt64(1)
		for j, sj := range shares {
			if j == i {
				continue
			}
			if sj.x == si.x {
				return nil, fmt.Errorf("shamir: duplicate share x=%d", si.x)
			}
			num.Mul(num, tmp.SetInt64(int64(sj.x)))
			den.Mul(den, tmp.SetInt64(int64(sj.x-si.x)))
		}
		den.Mod(den, fieldP)
		if den.ModInverse(den, fieldP) == nil {
			return nil, fmt.Errorf("shamir: degenerate share set")
		}
		num.Mod(num, fieldP)
		num.Mul(num, den)
		num.Mul(num, si.y)
		secret.Add(secret, num)
		secret.Mod(secret, fieldP)
	}
	if secret.BitLen() > 256 {
		return nil, fmt.Errorf("shamir: reconstructed value exceeds 32 bytes")
	}
	out := make([]byte, 32)
	secret.FillBytes(out)
	return out, nil
}
