package he

import (
	"math"
	"math/rand/v2"
	"testing"
)

// decryptRMS runs a threshold session of 3 parties (t = 2) with the given smudging, decrypts the sum
// of their updates and returns the RMS error against the plaintext sum.
func decryptRMS(t *testing.T, smudgingLog2 float64) float64 {
	t.Helper()
	cfg, parties, pk := thresholdSetup(t, 3, 2)
	cfg.SmudgingLog2 = smudgingLog2
	for i := range parties { // the same keys, with this smudging
		parties[i].cfg.SmudgingLog2 = smudgingLog2
		p, err := NewThresholdParty(cfg, parties[i].self)
		if err != nil {
			t.Fatal(err)
		}
		parties[i].cks = p.cks
	}
	const dim = 4096
	rng := rand.New(rand.NewPCG(3, 4))
	want := make([]float64, dim)
	var ups []*EncryptedUpdate
	for range parties {
		v := make([]float64, dim)
		for j := range v {
			v[j] = rng.NormFloat64()
			want[j] += v[j]
		}
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
	active := []uint64{1, 3}
	shares := map[uint64][]byte{}
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
	return math.Sqrt(sq / dim)
}

// TestSmudgingNoiseIsAdded: the decryption error grows with the smudging noise's sigma, 16 times for
// 2^20 against 2^16; were the smudging not added, both errors would be the encryption noise alone.
func TestSmudgingNoiseIsAdded(t *testing.T) {
	lo, hi := decryptRMS(t, MinSmudgingLog2), decryptRMS(t, DefaultSmudgingLog2)
	ratio := hi / lo
	t.Logf("RMS decryption error: %.3g at 2^%d, %.3g at 2^%d (ratio %.1f, want about %d)", lo, MinSmudgingLog2, hi, DefaultSmudgingLog2, ratio, 1<<(DefaultSmudgingLog2-MinSmudgingLog2))
	if ratio < 8 || ratio > 32 {
		t.Fatalf("error ratio %.2f between smudging 2^%d and 2^%d, want about 16: the smudging noise is not what it claims", ratio, DefaultSmudgingLog2, MinSmudgingLog2)
	}
}
