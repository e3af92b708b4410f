package fl

import "math"

// Go's math.Exp is written in assembly on amd64, arm64 and s390x, and on amd64 it takes a fused
// multiply-add path only on CPUs with FMA, so its last bit can differ between machines. Training must
// re-execute bit for bit anywhere, so it uses detExp: plain Go, every product rounded before its add.

const (
	ln2Hi  = 6.93147180369123816490e-01 // ln 2 with its low 32 bits clear, so k*ln2Hi is exact
	ln2Lo  = 1.90821492927058770002e-10 // ln 2 - ln2Hi
	log2e  = 1.44269504088896338700e+00
	expMax = 709.782712893383973096
	expMin = -745.133219101941108420
)

// invFact[i] = 1/i!, for the Taylor series of exp on [-ln2/2, ln2/2].
var invFact = func() [14]float64 {
	var f [14]float64
	v := 1.0
	for i := range f {
		if i > 0 {
			v /= float64(i)
		}
		f[i] = v
	}
	return f
}()

// detExp returns e^x within about 1 ulp, identically on every architecture: x = k ln2 + r with
// |r| <= ln2/2, e^r by a degree-13 Taylor polynomial (truncation below 1e-17), then scaled by 2^k.
func detExp(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x > expMax:
		return math.Inf(1)
	case x < expMin:
		return 0
	}
	k := math.Floor(float64(x*log2e) + 0.5)
	r := (x - float64(k*ln2Hi)) - float64(k*ln2Lo)
	p := invFact[13]
	for i := 12; i >= 0; i-- {
		p = float64(p*r) + invFact[i]
	}
	return math.Ldexp(p, int(k))
}
