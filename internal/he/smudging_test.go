package he

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/schemes/ckks"
)

// thresholdSum runs setup for n parties (t = th), encrypts one random update per party and returns
// the parties, the plaintext sum and the encrypted sum.
func thresholdSum(t *testing.T, n, th, dim int, seed uint64) (ThresholdConfig, []*ThresholdParty, []float64, *EncryptedUpdate) {
	cfg, parties, want, _, sum := thresholdSumVecs(t, n, th, dim, seed)
	return cfg, parties, want, sum
}

// thresholdSumVecs is thresholdSum that also returns every party's vector.
func thresholdSumVecs(t *testing.T, n, th, dim int, seed uint64) (ThresholdConfig, []*ThresholdParty, []float64, [][]float64, *EncryptedUpdate) {
	t.Helper()
	cfg, parties, pk := thresholdSetup(t, n, th)
	rng := rand.New(rand.NewPCG(seed, 4))
	want := make([]float64, dim)
	var ups []*EncryptedUpdate
	var vecs [][]float64
	for range parties {
		v := make([]float64, dim)
		for j := range v {
			v[j] = rng.NormFloat64()
			want[j] += v[j]
		}
		vecs = append(vecs, v)
		u, err := pk.EncryptUpdate(v)
		if err != nil {
			t.Fatal(err)
		}
		ups = append(ups, u)
	}
	sum, err := SumUpdates(ups...)
	if err != nil {
		t.Fatal(err)
	}
	return cfg, parties, want, vecs, sum
}

// decryptRMS decrypts the sum of 3 parties' updates (t = 2) through decryption shares with the given
// smudging and returns the RMS error against the plaintext sum.
func decryptRMS(t *testing.T, smudgingLog2 float64) float64 {
	t.Helper()
	cfg, parties, want, sum := thresholdSum(t, 3, 2, 4096, 3)
	cfg.SmudgingLog2 = smudgingLog2
	for i := range parties { // the same keys, with this smudging
		parties[i].cfg.SmudgingLog2 = smudgingLog2
		p, err := NewThresholdParty(cfg, parties[i].self)
		if err != nil {
			t.Fatal(err)
		}
		parties[i].cks = p.cks
	}
	active := []uint64{1, 3}
	shares := map[uint64][]byte{}
	var err error
	for _, p := range active {
		if shares[p], err = parties[p-1].DecryptionShare(sum, active); err != nil {
			t.Fatal(err)
		}
	}
	got, err := CombineShares(cfg, sum, active, shares)
	if err != nil {
		t.Fatal(err)
	}
	var sq float64
	for i := range want {
		sq += (got[i] - want[i]) * (got[i] - want[i])
	}
	return math.Sqrt(sq / float64(len(want)))
}

// TestSmudgingNoiseIsAdded: the decryption error grows with the smudging noise's sigma, 16 times for
// 2^58 against 2^54; were the smudging not added, both errors would be the encryption noise alone.
func TestSmudgingNoiseIsAdded(t *testing.T) {
	lo, hi := decryptRMS(t, 54), decryptRMS(t, 58)
	ratio := hi / lo
	t.Logf("RMS decryption error: %.3g at 2^54, %.3g at 2^58 (ratio %.1f, want about 16)", lo, hi, ratio)
	if ratio < 8 || ratio > 32 {
		t.Fatalf("error ratio %.2f between smudging 2^54 and 2^58, want about 16: the smudging noise is not what it claims", ratio)
	}
	if lo > 1e-6 {
		t.Fatalf("RMS error %.3g at the default smudging: precision lost", lo)
	}
}

// ciphertextNoiseRMS decrypts sum with the collective secret key (the sum of every party's key,
// which exists only in this test) and returns the RMS, per coefficient, of the noise: what a
// decryption share without smudging would reveal. The reference is the sum of every party's encoded
// vector (each rounded to a multiple of 2^40 on its own), so that rounding is not counted as noise.
func ciphertextNoiseRMS(t *testing.T, parties []*ThresholdParty, vecs [][]float64, sum *EncryptedUpdate) float64 {
	t.Helper()
	p := sum.params.p
	rq := p.RingQ()
	sk := rlwe.NewSecretKey(p)
	for _, tp := range parties {
		rq.Add(sk.Value.Q, tp.sk.Value.Q, sk.Value.Q)
	}
	dec := rlwe.NewDecryptor(p, sk)
	ct := sum.cts[0]
	pt := dec.DecryptNew(ct)
	rql := rq.AtLevel(ct.Level())
	ref := ckks.NewPlaintext(p, ct.Level())
	for _, v := range vecs {
		one := ckks.NewPlaintext(p, ct.Level())
		if err := encodeCoeffs(rql, v[:min(len(v), p.MaxSlots())], one); err != nil {
			t.Fatal(err)
		}
		rql.Add(ref.Value, one.Value, ref.Value)
	}
	rql.Sub(pt.Value, ref.Value, pt.Value)
	if pt.IsNTT {
		rql.INTT(pt.Value, pt.Value)
	}
	coeffs := make([]*big.Int, p.N())
	for i := range coeffs {
		coeffs[i] = new(big.Int)
	}
	rql.PolyToBigintCentered(pt.Value, 1, coeffs)
	var sq float64
	for _, c := range coeffs {
		f, _ := new(big.Float).SetInt(c).Float64()
		sq += f * f
	}
	return math.Sqrt(sq / float64(len(coeffs)))
}

// TestSmudgingHidesCiphertextNoise measures the noise a decryption share would reveal without
// smudging (the sum's noise, which depends on every party's secret key and encryption randomness),
// checks that ThresholdNoiseLog2 bounds it, and that the smudging every session uses is at least
// 2^40 times it: the statistical distance of a share from a simulated one is then about 2^-40 per
// coefficient. Measured for n = 3 and 6 parties; the model's growth with n is what extends the
// check to MaxParties.
func TestSmudgingHidesCiphertextNoise(t *testing.T) {
	for _, n := range []int{3, 6} {
		_, parties, _, vecs, sum := thresholdSumVecs(t, n, n/2+1, 1<<14, uint64(n))
		rms := ciphertextNoiseRMS(t, parties, vecs, sum)
		model := ThresholdNoiseLog2(n)
		t.Logf("n=%d: measured ciphertext noise RMS 2^%.2f, model 2^%.2f, smudging 2^%g", n, math.Log2(rms), model, SmudgingLog2For(n))
		if math.Log2(rms) > model {
			t.Fatalf("n=%d: ciphertext noise 2^%.2f above the model's bound 2^%.2f", n, math.Log2(rms), model)
		}
		if math.Log2(rms) < model-2 {
			t.Fatalf("n=%d: ciphertext noise 2^%.2f far below the model's 2^%.2f: the model is not measuring this", n, math.Log2(rms), model)
		}
		if SmudgingLog2For(n)-math.Log2(rms) < SmudgingMarginLog2 {
			t.Fatalf("n=%d: smudging 2^%g is not 2^40 above the noise 2^%.2f", n, SmudgingLog2For(n), math.Log2(rms))
		}
	}
	if need := SmudgingLog2For(MaxParties); need > MaxSmudgingLog2 {
		t.Fatalf("a session of %d parties needs smudging 2^%g, above the precision limit 2^%d", MaxParties, need, MaxSmudgingLog2)
	}
	cfg := ThresholdConfig{Parties: []uint64{1, 2, 3}, Threshold: 2, SmudgingLog2: SmudgingLog2For(3) - 1}
	if err := cfg.validate(); err == nil {
		t.Fatal("a session accepted smudging below 2^40 times its noise")
	}
}

// TestAddSmudgingDistribution samples the smudging at 2^59 (6 sigma above a 60-bit modulus, where
// lattigo's own sampler wraps) and checks, after CRT reconstruction, its mean, standard deviation,
// truncation and that the bits below float64 precision are filled.
func TestAddSmudgingDistribution(t *testing.T) {
	p := MustParams(ProfileAgg).p
	rq := p.RingQ()
	e := rq.NewPoly()
	if err := addSmudging(rq, e, 59, false); err != nil {
		t.Fatal(err)
	}
	coeffs := make([]*big.Int, p.N())
	for i := range coeffs {
		coeffs[i] = new(big.Int)
	}
	rq.PolyToBigintCentered(e, 1, coeffs)
	sigma := math.Exp2(59)
	var sum, sq float64
	odd := 0
	for _, c := range coeffs {
		f, _ := new(big.Float).SetInt(c).Float64()
		if math.Abs(f) > 6*sigma {
			t.Fatalf("sample %g beyond 6 sigma", f)
		}
		sum += f
		sq += f * f
		odd += int(c.Bit(0))
	}
	n := float64(len(coeffs))
	mean, sd := sum/n, math.Sqrt(sq/n)
	t.Logf("mean %.3g sigma, sd %.4f sigma, odd %d of %d", mean/sigma, sd/sigma, odd, len(coeffs))
	if math.Abs(mean) > 0.05*sigma || math.Abs(sd/sigma-1) > 0.03 {
		t.Fatalf("mean %g, sd %g sigma: not a centred Gaussian of sigma 2^59", mean/sigma, sd/sigma)
	}
	if odd < len(coeffs)/3 || odd > 2*len(coeffs)/3 {
		t.Fatalf("%d odd samples of %d: low bits not filled", odd, len(coeffs))
	}
}

// TestCoefficientEncoding round-trips values through the coefficient encoding, negative, zero and at
// the range's ends, to within the 2^-40 rounding.
func TestCoefficientEncoding(t *testing.T) {
	p := MustParams(ProfileAgg).p
	rq := p.RingQ().AtLevel(p.MaxLevel())
	vals := []float64{0, 1, -1, 0.5, -0.25, 4096, -4096, 1e-9, -3.14159, 1234.5678}
	pt := ckks.NewPlaintext(p, p.MaxLevel())
	if err := encodeCoeffs(rq, vals, pt); err != nil {
		t.Fatal(err)
	}
	got := make([]float64, len(vals))
	if err := decodeCoeffs(rq, pt, got); err != nil {
		t.Fatal(err)
	}
	for i, v := range vals {
		if math.Abs(got[i]-v) > math.Exp2(-39) {
			t.Fatalf("value %g decoded as %g", v, got[i])
		}
	}
	if err := encodeCoeffs(rq, []float64{5000}, pt); err == nil {
		t.Fatal("encoded a value beyond 2^12")
	}
}
