package he

import (
	"bytes"
	"context"
	"log/slog"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/fl"
)

// thresholdSetup runs the setup of n parties (points 1..n) with threshold t and returns the parties
// and the collective public key, every message through its wire form.
func thresholdSetup(t testing.TB, n, th int) (ThresholdConfig, []*ThresholdParty, *CollectivePublicKey) {
	t.Helper()
	crs, err := NewCRS()
	if err != nil {
		t.Fatal(err)
	}
	cfg := ThresholdConfig{Threshold: th, CRS: crs}
	for i := 1; i <= n; i++ {
		cfg.Parties = append(cfg.Parties, uint64(i))
	}
	parties := make([]*ThresholdParty, n)
	pkShares := map[uint64][]byte{}
	for i := range parties {
		if parties[i], err = NewThresholdParty(cfg, uint64(i+1)); err != nil {
			t.Fatal(err)
		}
		if pkShares[uint64(i+1)], err = parties[i].PublicKeyShare(); err != nil {
			t.Fatal(err)
		}
	}
	for _, from := range parties {
		for _, to := range parties {
			b, err := from.ShamirShareFor(to.Self())
			if err != nil {
				t.Fatal(err)
			}
			if err := to.AddShamirShare(from.Self(), b); err != nil {
				t.Fatal(err)
			}
		}
	}
	pk, err := AggregatePublicKey(cfg, pkShares)
	if err != nil {
		t.Fatal(err)
	}
	pkb, _ := pk.MarshalBinary()
	if pk, err = UnmarshalCollectivePublicKey(pkb); err != nil {
		t.Fatal(err)
	}
	return cfg, parties, pk
}

func TestThresholdAggregationRecoversSum(t *testing.T) {
	n, th, dim := 5, 3, 20000
	if !testing.Short() {
		n, th, dim = 10, 6, 100000
	}
	cfg, parties, pk := thresholdSetup(t, n, th)
	rng := rand.New(rand.NewPCG(1, 2))
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
		b, _ := u.MarshalBinary()
		if u, err = UnmarshalEncryptedUpdate(b, dim); err != nil {
			t.Fatal(err)
		}
		ups = append(ups, u)
	}
	sum, err := SumUpdates(ups...)
	if err != nil {
		t.Fatal(err)
	}
	// Parties 2 and 4 dropped out: any t of the rest decrypt.
	var active []uint64
	for _, p := range cfg.Parties {
		if p != 2 && p != 4 && len(active) < th {
			active = append(active, p)
		}
	}
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
	var worst float64
	for i := range want {
		worst = math.Max(worst, math.Abs(got[i]-want[i]))
	}
	t.Logf("%d parties, t=%d, dim %d: max abs error %.3g", n, th, dim, worst)
	if worst > 1e-3 {
		t.Fatalf("max abs error %g > 1e-3", worst)
	}

	// A second share for the same ciphertext is refused, whatever the active set.
	other := append([]uint64{active[0]}, cfg.Parties[len(cfg.Parties)-th+1:]...)
	if _, err := parties[active[0]-1].DecryptionShare(sum, other); cohort.Code(err) != cohort.EConflict {
		t.Fatalf("second share: %v, want conflict", err)
	}
	// Fewer than t shares do not decrypt.
	delete(shares, active[0])
	if _, err := CombineShares(cfg, sum, active, shares); err == nil {
		t.Fatal("combined t-1 shares")
	}
	// A party not yet holding every Shamir share refuses.
	fresh, _ := NewThresholdParty(cfg, 1)
	if _, err := fresh.DecryptionShare(sum, active); cohort.Code(err) != cohort.EConflict {
		t.Fatalf("share before setup: %v", err)
	}
	// A single party's update (not the sum) is decryptable only by t parties, never by one.
	if _, err := NewThresholdParty(ThresholdConfig{Parties: cfg.Parties, Threshold: th, CRS: cfg.CRS, SmudgingLog2: 8}, 1); err == nil {
		t.Fatal("accepted smudging below the minimum")
	}
}

func TestThresholdRejectsBadMessages(t *testing.T) {
	cfg, parties, _ := thresholdSetup(t, 3, 2)
	b, _ := parties[0].ShamirShareFor(2)
	if err := parties[1].AddShamirShare(1, b); cohort.Code(err) != cohort.EConflict {
		t.Fatalf("duplicate Shamir share: %v", err)
	}
	if err := parties[2].AddShamirShare(1, b); err == nil {
		t.Fatal("accepted a share addressed to another party")
	}
	if err := parties[1].AddShamirShare(1, b[:len(b)-1]); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("truncated share: %v", err)
	}
	if _, err := UnmarshalEncryptedUpdate([]byte("CHU1garbage"), 10); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("garbage update: %v", err)
	}
	if _, err := NewThresholdParty(cfg, 99); err == nil {
		t.Fatal("accepted a party outside the session")
	}
	var buf bytes.Buffer
	slog.New(slog.NewTextHandler(&buf, nil)).Info("party", "p", parties[0])
	if !strings.Contains(buf.String(), "redacted") {
		t.Fatalf("party log value: %s", buf.String())
	}
}

// FedAvg of locally trained logistic regressions (fl) under threshold HE matches plaintext FedAvg: the
// parties encrypt (n_i/S * w_i, n_i/S) with public S, the coordinator sums, three of five decrypt.
func TestThresholdFedAvgMatchesPlain(t *testing.T) {
	s := loadSplit(t, "breast_cancer.csv", "malignant")
	bc := s.scaler.Apply(s.all)
	const parties, th = 5, 3
	cfg, ps, pk := thresholdSetup(t, parties, th)
	spec := fl.ModelSpec{Kind: fl.KindLogReg, Inputs: bc.D, Classes: 2}
	train, _, _ := fl.Defaults(fl.DatasetBreastCancer, fl.KindLogReg)
	n := spec.NumParams() // weights, then the bias
	S := float64(bc.N)
	plain := make([]float64, n)
	var ups []*EncryptedUpdate
	var total float64
	for i := 0; i < parties; i++ {
		var idx []int
		for j := i; j < bc.N; j += parties {
			idx = append(idx, j)
		}
		m, err := fl.TrainCentralized(context.Background(), spec, bc.Subset(idx), train, uint64(i+1))
		if err != nil {
			t.Fatal(err)
		}
		wgt := float64(len(idx)) / S
		total += wgt
		v := make([]float64, n+1)
		for j, w := range m.Params {
			v[j] = wgt * w
			plain[j] += v[j]
		}
		v[n] = wgt
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
	active := []uint64{2, 4, 5}
	shares := map[uint64][]byte{}
	for _, p := range active {
		if shares[p], err = ps[p-1].DecryptionShare(sum, active); err != nil {
			t.Fatal(err)
		}
	}
	got, err := CombineShares(cfg, sum, active, shares)
	if err != nil {
		t.Fatal(err)
	}
	accuracy := func(v []float64, norm float64) float64 {
		m := &fl.Model{Spec: spec, Params: make([]float64, n)}
		for j := range m.Params {
			m.Params[j] = v[j] / norm
		}
		return fl.Evaluate(m, bc).Accuracy
	}
	accHE, accPlain := accuracy(got, got[n]), accuracy(plain, total)
	t.Logf("FedAvg accuracy: threshold HE %.4f, plaintext %.4f", accHE, accPlain)
	if math.Abs(accHE-accPlain) > 0.005 {
		t.Fatalf("threshold-HE FedAvg accuracy %.4f vs plaintext %.4f", accHE, accPlain)
	}
}
