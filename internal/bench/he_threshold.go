package bench

import (
	"math"
	"runtime"
	"time"

	"github.com/cohort-net/cohort/internal/he"
)

// heThresholdSession is a finished threshold setup: n parties holding their Shamir shares and the
// collective public key.
type heThresholdSession struct {
	cfg         he.ThresholdConfig
	parties     []*he.ThresholdParty
	pk          *he.CollectivePublicKey
	setup       time.Duration
	shamirBytes int // one Shamir share
}

// heThresholdSetup runs the setup of n parties with threshold th, every message through its wire form.
func heThresholdSetup(n, th int) (*heThresholdSession, error) {
	crs, err := he.NewCRS()
	if err != nil {
		return nil, err
	}
	s := &heThresholdSession{cfg: he.ThresholdConfig{Threshold: th, CRS: crs}, parties: make([]*he.ThresholdParty, n)}
	for i := 1; i <= n; i++ {
		s.cfg.Parties = append(s.cfg.Parties, uint64(i))
	}
	pkShares := map[uint64][]byte{}
	t0 := time.Now()
	for i := range s.parties {
		if s.parties[i], err = he.NewThresholdParty(s.cfg, uint64(i+1)); err != nil {
			return nil, err
		}
		if pkShares[uint64(i+1)], err = s.parties[i].PublicKeyShare(); err != nil {
			return nil, err
		}
	}
	for _, from := range s.parties {
		for _, to := range s.parties {
			b, err := from.ShamirShareFor(to.Self())
			if err != nil {
				return nil, err
			}
			s.shamirBytes = len(b)
			if err := to.AddShamirShare(from.Self(), b); err != nil {
				return nil, err
			}
		}
	}
	if s.pk, err = he.AggregatePublicKey(s.cfg, pkShares); err != nil {
		return nil, err
	}
	s.setup = time.Since(t0)
	return s, nil
}

// heThreshold measures one aggregation of n parties' dim-value updates with threshold th: encrypting
// (once per party), summing (o.Repeats times), decryption shares of th parties and combining them.
func heThreshold(o Options, n, th, dim int) (Result, error) {
	res := Result{Metrics: map[string]any{}}
	s, err := heThresholdSetup(n, th)
	if err != nil {
		return res, err
	}
	want := make([]float64, dim)
	ups := make([]*he.EncryptedUpdate, n)
	var encWs, encCs []time.Duration
	for i := range ups {
		v := make([]float64, dim)
		for j := range v {
			v[j] = math.Sin(float64(i*dim+j)) * 0.5
			want[j] += v[j]
		}
		tm, err := heTimed(1, func() (err error) { ups[i], err = s.pk.EncryptUpdate(v); return err })
		if err != nil {
			return res, err
		}
		encWs, encCs = append(encWs, tm.wall), append(encCs, tm.cpu)
	}
	var sum *he.EncryptedUpdate
	sumT, err := heTimed(o.Repeats, func() (err error) { sum, err = he.SumUpdates(ups...); return err })
	if err != nil {
		return res, err
	}
	active := s.cfg.Parties[:th]
	shares := map[uint64][]byte{}
	var shareWs, shareCs []time.Duration
	for _, p := range active {
		tm, err := heTimed(1, func() (err error) { shares[p], err = s.parties[p-1].DecryptionShare(sum, active); return err })
		if err != nil {
			return res, err
		}
		shareWs, shareCs = append(shareWs, tm.wall), append(shareCs, tm.cpu)
	}
	t0 := time.Now()
	got, err := he.CombineShares(s.cfg, sum, active, shares)
	if err != nil {
		return res, err
	}
	combT := time.Since(t0)
	var maxErr float64
	for i := range want {
		maxErr = math.Max(maxErr, math.Abs(got[i]-want[i]))
	}
	ub, _ := ups[0].MarshalBinary()
	pkb, _ := s.pk.MarshalBinary()
	res.Metrics = map[string]any{
		"parties":               n,
		"threshold":             th,
		"parameters":            dim,
		"ciphertexts":           sum.Ciphertexts(),
		"profile":               string(he.ProfileAgg),
		"smudging_log2":         he.SmudgingLog2For(n),
		"ciphertext_noise_log2": he.ThresholdNoiseLog2(n),
		"setup_ms":              heMS(s.setup),
		"client_encrypt_ms":     heMS(heMedian(encWs)),
		"client_encrypt_cpu_ms": heMS(heMedian(encCs)),
		"server_sum_ms":         heMS(sumT.wall),
		"server_sum_cpu_ms":     heMS(sumT.cpu),
		"decrypt_share_ms":      heMS(heMedian(shareWs)),
		"decrypt_share_cpu_ms":  heMS(heMedian(shareCs)),
		"combine_ms":            heMS(combT),
		"max_abs_error":         maxErr,
		"update_mb":             heMB(len(ub)),
		"decrypt_share_mb":      heMB(len(shares[active[0]])),
		"public_key_mb":         heMB(len(pkb)),
		"shamir_share_kb":       heKB(s.shamirBytes),
		"threads":               runtime.GOMAXPROCS(0),
		"peak_rss_mb":           math.Round(PeakRSSMB()),
	}
	return res, nil
}
