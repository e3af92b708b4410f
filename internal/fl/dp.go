package fl

import (
	"context"
	"math"
	"math/rand/v2"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/dataset"
)

// DPSGD configures record-level differential privacy in local training (DP-SGD, Abadi et al. 2016).
// It is on when Clip > 0. Every step then takes a Poisson sample of the rows (each independently with
// probability SampleRate), clips each sampled row's gradient to L2 norm Clip, adds Gaussian noise of
// standard deviation NoiseMultiplier*Clip to every coordinate of their sum, and divides by the expected
// batch size SampleRate*n. An epoch is StepsPerEpoch steps; BatchSize is not used. The privacy of
// Epochs*StepsPerEpoch such steps is what internal/dp accounts for.
type DPSGD struct {
	NoiseMultiplier float64 `json:"noise_multiplier"` // σ; 0 clips without noise (no privacy: for tests and tuning)
	Clip            float64 `json:"clip"`             // C, the per-row gradient norm bound
	SampleRate      float64 `json:"sample_rate"`      // q, in (0, 1]
}

// Enabled reports whether DP-SGD is on.
func (d DPSGD) Enabled() bool { return d.Clip > 0 }

// StepsPerEpoch returns the steps of one epoch: round(1/SampleRate), at least 1.
func (d DPSGD) StepsPerEpoch() int { return max(1, int(math.Round(1/d.SampleRate))) }

// Validate checks the configuration; the zero value (off) is valid. Errors are cohort.EInvalid.
func (d DPSGD) Validate() error {
	if d == (DPSGD{}) {
		return nil
	}
	fin := func(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }
	switch {
	case !(d.Clip > 0) || !fin(d.Clip):
		return cohort.Errorf(cohort.EInvalid, "dp-sgd: clip %v, want a finite value > 0", d.Clip)
	case !(d.NoiseMultiplier >= 0) || !fin(d.NoiseMultiplier):
		return cohort.Errorf(cohort.EInvalid, "dp-sgd: noise multiplier %v, want a finite value >= 0", d.NoiseMultiplier)
	case !(d.SampleRate > 0 && d.SampleRate <= 1):
		return cohort.Errorf(cohort.EInvalid, "dp-sgd: sample rate %v, want 0 < q <= 1", d.SampleRate)
	case d.StepsPerEpoch() > 1<<20:
		return cohort.Errorf(cohort.EInvalid, "dp-sgd: sample rate %v means %d steps an epoch, over %d", d.SampleRate, d.StepsPerEpoch(), 1<<20)
	}
	return nil
}

// noiseRand returns the PCG that draws DP-SGD's Poisson samples and noise: seeded by cfg.NoiseSeed, or
// by cfg.Seed (on another stream) when NoiseSeed is 0. Who knows the seed can subtract the noise, so a
// trainer node sets NoiseSeed from a secret; Seed is public in a task.
func noiseRand(cfg TrainConfig) *rand.Rand {
	if cfg.NoiseSeed != 0 {
		return rand.New(rand.NewPCG(cfg.NoiseSeed, 0x6a09e667f3bcc909))
	}
	return rand.New(rand.NewPCG(cfg.Seed, 0xbb67ae8584caa73b))
}

// trainDP is trainRows under DP-SGD (cfg.DP enabled): rows are the rows trained on (all when nil).
func trainDP(ctx context.Context, t *trainer, d *dataset.Dataset, rows []int, n int, cfg TrainConfig) (TrainStats, error) {
	r := noiseRand(cfg)
	dp := cfg.DP
	gi := make([]float64, len(t.m.Params))
	batch := make([]int, 0, int(2*dp.SampleRate*float64(n))+8)
	expected := dp.SampleRate * float64(n)
	std := dp.NoiseMultiplier * dp.Clip
	var st TrainStats
	for ep := range cfg.Epochs {
		lossSum, seen := 0.0, 0
		for range dp.StepsPerEpoch() {
			if st.Steps%16 == 0 {
				if err := ctx.Err(); err != nil {
					return st, err
				}
			}
			batch = batch[:0]
			for i := range n {
				if r.Float64() < dp.SampleRate {
					p := i
					if rows != nil {
						p = rows[i]
					}
					batch = append(batch, p)
				}
			}
			lossSum += t.clippedSum(d, batch, gi, dp.Clip)
			g := t.g
			for k := range g {
				if std > 0 {
					g[k] += float64(std * gaussian(r))
				}
				g[k] /= expected
			}
			seen += len(batch)
			t.apply()
			st.Steps++
		}
		if ep == cfg.Epochs-1 {
			st.Loss = lossSum / float64(max(seen, 1))
		}
	}
	st.Samples = n
	return st, nil
}

// clippedSum sets t.g to the sum over rows of each row's loss gradient clipped to L2 norm clip, and
// returns the rows' summed loss; gi is scratch of the parameters' length.
func (t *trainer) clippedSum(d *dataset.Dataset, rows []int, gi []float64, clip float64) float64 {
	g := t.g
	clear(g)
	loss := 0.0
	for _, i := range rows {
		clear(gi)
		loss += t.nt.backward(t.m.Params, gi, d.Row(i), d.Y[i], 1)
		s := 1.0
		if nrm := norm(gi); nrm > clip {
			s = clip / nrm
		}
		axpy(g, gi, s)
	}
	return loss
}

// gaussian draws a standard normal deviate by Marsaglia's polar method with a plain-Go logarithm
// (detLog), so the same seed gives the same deviates on every architecture.
func gaussian(r *rand.Rand) float64 {
	for {
		u := 2*r.Float64() - 1
		v := 2*r.Float64() - 1
		s := float64(u*u) + float64(v*v)
		if s > 0 && s < 1 {
			return u * math.Sqrt(-2*detLog(s)/s)
		}
	}
}

// detLog returns the natural logarithm of x > 0 within a few ulps, identically on every architecture
// (math.Log is assembly on some): a first guess from the binary exponent refined by Newton steps on
// detExp, each product rounded before its add.
func detLog(x float64) float64 {
	frac, exp := math.Frexp(x) // x = frac * 2^exp, frac in [0.5, 1)
	y := float64(float64(exp)*ln2Hi) + float64(float64(exp)*ln2Lo) + (frac - 1) - float64(0.5*float64((frac-1)*(frac-1)))
	for range 6 {
		e := detExp(y)
		y += 2 * (x - e) / (x + e)
	}
	return y
}

// SetNoise gives the aggregator the random source of client-level DP noise (StrategyConfig.DPNoise).
// Whoever knows the source's seed can subtract the noise: a coordinator seeds it from a secret.
func (a *Aggregator) SetNoise(r *rand.Rand) { a.noise, a.clientNoise = r, false }

// SetClientNoise tells the aggregator that client-level DP noise is distributed: the updates (a secure
// sum) already carry it, added by the clients after clipping, so the aggregator neither clips them
// again nor adds noise: it takes the equal-weight mean.
func (a *Aggregator) SetClientNoise() { a.noise, a.clientNoise = nil, true }

// AddGaussian adds N(0, std²) to every element of v, drawn from r with the package's deterministic
// sampler (the same seed gives the same noise on every architecture): a client's share of distributed
// DP noise.
func AddGaussian(v []float64, std float64, r *rand.Rand) {
	for i := range v {
		v[i] += float64(std * gaussian(r))
	}
}

// noisyMean is client-level DP-FedAvg's aggregate: the mean over clients of the (already clipped)
// updates, each client weighing the same (an update that is already the mean of c clients, a secure
// aggregate, counts c times), plus N(0, (DPNoise*ClipNorm/clients)²) on every coordinate.
func (a *Aggregator) noisyMean(ups []prepared, n int) ([]float64, error) {
	if a.noise == nil && !a.clientNoise {
		return nil, cohort.Errorf(cohort.EInvalid, "aggregate: client-level dp needs a noise source (SetNoise, or SetClientNoise when the clients add it)")
	}
	out := make([]float64, n)
	clients := 0
	for _, u := range ups {
		c := float64(u.clients)
		for k, d := range u.delta {
			out[k] += float64(c * d)
		}
		clients += u.clients
	}
	inv := 1 / float64(clients)
	if a.clientNoise {
		for k := range out {
			out[k] *= inv
		}
		return out, nil
	}
	std := a.cfg.DPNoise * a.cfg.ClipNorm
	for k := range out {
		out[k] = float64((out[k] + float64(std*gaussian(a.noise))) * inv)
	}
	return out, nil
}
