package fl

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"math"
	"math/rand/v2"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/dataset"
)

// Optimizers.
const (
	OptSGD  = "sgd"
	OptAdam = "adam"
)

// TrainConfig configures local training.
type TrainConfig struct {
	Optimizer string  `json:"optimizer"` // "sgd" (with Momentum) or "adam"
	LR        float64 `json:"lr"`
	Momentum  float64 `json:"momentum,omitempty"`
	L2        float64 `json:"l2,omitempty"`
	ProxMu    float64 `json:"prox_mu,omitempty"` // >0: FedProx proximal term anchored at the params Train starts from
	Epochs    int     `json:"epochs"`
	BatchSize int     `json:"batch_size"`
	Seed      uint64  `json:"seed"` // fixes the batch order
	// Adapt lets a trainer's row count set its batch size and epochs (AdaptTo): a trainer with few rows
	// takes smaller batches and more epochs, so that every round takes enough steps. Ignored under DP.
	Adapt bool `json:"adapt,omitempty"`
	// DP turns on record-level differential privacy (DP-SGD, see DPSGD); it replaces the batch order
	// by Poisson sampling.
	DP DPSGD `json:"dp,omitzero"`
	// NoiseSeed seeds DP-SGD's sampling and noise; 0 derives them from Seed. It never travels: a trainer
	// node derives it from a secret, since whoever knows it can subtract the noise.
	NoiseSeed uint64 `json:"-"`
}

// Validate checks the configuration; errors are cohort.EInvalid.
func (c TrainConfig) Validate() error {
	fin := func(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }
	switch {
	case c.Optimizer != OptSGD && c.Optimizer != OptAdam:
		return cohort.Errorf(cohort.EInvalid, "train: optimizer %q, want sgd|adam", c.Optimizer)
	case !(c.LR > 0) || !fin(c.LR):
		return cohort.Errorf(cohort.EInvalid, "train: learning rate %v, want > 0", c.LR)
	case !(c.Momentum >= 0 && c.Momentum < 1):
		return cohort.Errorf(cohort.EInvalid, "train: momentum %v, want 0 <= m < 1", c.Momentum)
	case !(c.L2 >= 0) || !fin(c.L2):
		return cohort.Errorf(cohort.EInvalid, "train: l2 %v, want >= 0", c.L2)
	case !(c.ProxMu >= 0) || !fin(c.ProxMu):
		return cohort.Errorf(cohort.EInvalid, "train: prox mu %v, want >= 0", c.ProxMu)
	case c.Epochs < 1 || c.Epochs > 10000:
		return cohort.Errorf(cohort.EInvalid, "train: %d epochs, want 1 to 10000", c.Epochs)
	case c.BatchSize < 1 || c.BatchSize > 1<<20:
		return cohort.Errorf(cohort.EInvalid, "train: batch size %d, want 1 to 1048576", c.BatchSize)
	}
	return c.DP.Validate()
}

// TrainStats summarizes a Train call. Loss is the mean cross-entropy over the last epoch's batches (each
// measured before its step).
type TrainStats struct {
	Loss           float64 `json:"loss"`
	Samples, Steps int
}

// Train runs cfg.Epochs epochs of mini-batch training on d, updating m.Params in place. The result is
// bit-for-bit reproducible given m, d and cfg.
func Train(ctx context.Context, m *Model, d *dataset.Dataset, cfg TrainConfig) (TrainStats, error) {
	return trainRows(ctx, m, d, nil, cfg)
}

// trainRows is Train on the rows of d listed in rows (all rows when nil), in that order: training on
// rows gives the same result as training on d.Subset(rows).
func trainRows(ctx context.Context, m *Model, d *dataset.Dataset, rows []int, cfg TrainConfig) (TrainStats, error) {
	return trainEpochs(ctx, m, d, rows, cfg, nil)
}

// trainEpochs is trainRows with a hook called after every epoch (not under DP-SGD): afterEpoch(ep, lr)
// returning true stops training there, ep being the number of epochs done; it may change *lr, the
// learning rate of the epochs that follow.
func trainEpochs(ctx context.Context, m *Model, d *dataset.Dataset, rows []int, cfg TrainConfig, afterEpoch func(ep int, lr *float64) bool) (TrainStats, error) {
	if err := cfg.Validate(); err != nil {
		return TrainStats{}, err
	}
	if err := checkData(m.Spec, d); err != nil {
		return TrainStats{}, err
	}
	if len(m.Params) != m.Spec.NumParams() {
		return TrainStats{}, cohort.Errorf(cohort.EInvalid, "train: model has %d parameters, want %d", len(m.Params), m.Spec.NumParams())
	}
	n := d.N
	if rows != nil {
		n = len(rows)
		for _, i := range rows {
			if i < 0 || i >= d.N {
				return TrainStats{}, cohort.Errorf(cohort.EInvalid, "train: row %d outside [0,%d)", i, d.N)
			}
		}
	}
	if n == 0 {
		return TrainStats{}, cohort.Errorf(cohort.EInvalid, "no training rows")
	}
	if cfg.Adapt && !cfg.DP.Enabled() {
		cfg = cfg.AdaptTo(n)
	}
	t := newTrainer(m, cfg)
	if cfg.DP.Enabled() {
		st, err := trainDP(ctx, t, d, rows, n, cfg)
		if err != nil {
			return st, err
		}
		return st, checkFinite(m)
	}
	r := rand.New(rand.NewPCG(cfg.Seed, 0xda3e39cb94b95bdb))
	perm := make([]int, n)
	batch := make([]int, 0, cfg.BatchSize)
	var st TrainStats
	for ep := range cfg.Epochs {
		for i := range perm {
			perm[i] = i
		}
		r.Shuffle(len(perm), func(a, b int) { perm[a], perm[b] = perm[b], perm[a] })
		lossSum := 0.0
		for lo := 0; lo < n; lo += cfg.BatchSize {
			if st.Steps%16 == 0 {
				if err := ctx.Err(); err != nil {
					return st, err
				}
			}
			batch = batch[:0]
			for _, p := range perm[lo:min(lo+cfg.BatchSize, n)] {
				if rows != nil {
					p = rows[p]
				}
				batch = append(batch, p)
			}
			lossSum += t.step(d, batch)
			st.Steps++
		}
		st.Loss = lossSum / float64(n)
		if afterEpoch != nil && afterEpoch(ep+1, &t.cfg.LR) {
			break
		}
	}
	st.Samples = n
	return st, checkFinite(m)
}

// Local training adapted to a trainer's rows (TrainConfig.Adapt).
const (
	AdaptMinBatch   = 8  // a batch never shrinks below this
	AdaptMinBatches = 4  // batches per epoch sought, down to AdaptMinBatch rows each
	AdaptMinSteps   = 16 // optimizer steps per Train call sought by adding epochs
	AdaptMaxEpochs  = 20 // epochs are never raised above this
)

// AdaptTo returns c adapted to rows training rows: the batch size lowered to
// max(AdaptMinBatch, ceil(rows/AdaptMinBatches)) when that is smaller (at least four batches an epoch),
// then the epochs raised until an epoch count of steps reaches AdaptMinSteps, at most to
// AdaptMaxEpochs (never lowered). A trainer with 24 rows and batch 32 takes batches of 8, six epochs:
// 18 steps instead of 2. Adapt is cleared in the result.
func (c TrainConfig) AdaptTo(rows int) TrainConfig {
	c.Adapt = false
	if rows < 1 {
		return c
	}
	c.BatchSize = min(c.BatchSize, max(AdaptMinBatch, (rows+AdaptMinBatches-1)/AdaptMinBatches))
	steps := (rows + c.BatchSize - 1) / c.BatchSize
	if want := (AdaptMinSteps + steps - 1) / steps; want > c.Epochs {
		c.Epochs = min(want, max(c.Epochs, AdaptMaxEpochs))
	}
	return c
}

func checkFinite(m *Model) error {
	for _, v := range m.Params {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return cohort.Errorf(cohort.EInvalid, "train: parameters diverged (lower the learning rate)")
		}
	}
	return nil
}

func checkData(spec ModelSpec, d *dataset.Dataset) error {
	if d == nil || d.N == 0 {
		return cohort.Errorf(cohort.EInvalid, "no training rows")
	}
	if d.D != spec.Inputs {
		return cohort.Errorf(cohort.EInvalid, "data has %d features, model %s wants %d", d.D, spec, spec.Inputs)
	}
	if len(d.X) != d.N*d.D || len(d.Y) != d.N {
		return cohort.Errorf(cohort.EInvalid, "data: %d values and %d labels for %d rows of %d", len(d.X), len(d.Y), d.N, d.D)
	}
	for i, y := range d.Y {
		if y < 0 || y >= spec.Classes {
			return cohort.Errorf(cohort.EInvalid, "data row %d: class %d outside [0,%d)", i, y, spec.Classes)
		}
	}
	return nil
}

// trainer holds one Train call's buffers, reused across batches.
type trainer struct {
	m        *Model
	cfg      TrainConfig
	nt       network
	g        []float64 // gradient sum over the batch
	v, s     []float64 // momentum / Adam first and second moments
	anchor   []float64 // FedProx anchor
	isWeight []bool
	b1t, b2t float64 // Adam: beta1^t and beta2^t
}

func newTrainer(m *Model, cfg TrainConfig) *trainer {
	n := len(m.Params)
	t := &trainer{m: m, cfg: cfg, nt: newNetwork(m.Spec), g: make([]float64, n), v: make([]float64, n)}
	if cfg.Optimizer == OptAdam {
		t.s = make([]float64, n)
	}
	if cfg.ProxMu > 0 {
		t.anchor = append([]float64(nil), m.Params...)
	}
	if cfg.L2 > 0 {
		t.isWeight = make([]bool, n)
		ls := m.Spec.layers()
		if m.Spec.Kind == KindLSTM {
			cells, head := m.Spec.lstmLayout()
			ls = []layer{head}
			for _, c := range cells {
				ls = append(ls, layer{w: c.wx, b: c.b}) // Wx and Wh are contiguous
			}
		}
		for _, ly := range ls {
			for k := ly.w; k < ly.b; k++ {
				t.isWeight[k] = true
			}
		}
	}
	return t
}

// step takes one optimizer step on the rows idx and returns their summed loss.
func (t *trainer) step(d *dataset.Dataset, idx []int) float64 {
	p, g := t.m.Params, t.g
	clear(g)
	inv := 1 / float64(len(idx))
	loss := 0.0
	for _, i := range idx {
		loss += t.nt.backward(p, g, d.Row(i), d.Y[i], inv)
	}
	t.apply()
	return loss
}

// apply adds the L2 and FedProx terms to the gradient in t.g and takes one optimizer step.
func (t *trainer) apply() {
	p, g := t.m.Params, t.g
	cfg := t.cfg
	if cfg.L2 > 0 {
		for k, w := range t.isWeight {
			if w {
				g[k] += float64(cfg.L2 * p[k])
			}
		}
	}
	if t.anchor != nil {
		for k := range g {
			g[k] += float64(cfg.ProxMu * (p[k] - t.anchor[k]))
		}
	}
	switch cfg.Optimizer {
	case OptSGD:
		v := t.v[:len(p)]
		g := g[:len(p)]
		mom, lr := cfg.Momentum, cfg.LR
		for k := range p {
			vk := float64(mom*v[k]) + g[k]
			v[k] = vk
			p[k] -= float64(lr * vk)
		}
	case OptAdam:
		const b1, b2, eps = 0.9, 0.999, 1e-8
		if t.b1t == 0 {
			t.b1t, t.b2t = 1, 1
		}
		t.b1t *= b1
		t.b2t *= b2
		lr := cfg.LR * math.Sqrt(1-t.b2t) / (1 - t.b1t)
		m1, m2 := t.v[:len(p)], t.s[:len(p)]
		g := g[:len(p)]
		for k := range p {
			gk := g[k]
			a := float64(b1*m1[k]) + float64((1-b1)*gk)
			b := float64(b2*m2[k]) + float64((1-b2)*float64(gk*gk))
			m1[k], m2[k] = a, b
			p[k] -= lr * a / (math.Sqrt(b) + eps)
		}
	}
}

// ClientSeed derives the training seed of one client in one round of a task: the first 8 bytes of
// SHA-256("cohort/fl/client-seed" || taskSeed || round || client), big-endian. Coordinator, trainer and
// validator compute the same value on any machine.
func ClientSeed(taskSeed uint64, round int, client string) uint64 {
	h := sha256.New()
	h.Write([]byte("cohort/fl/client-seed\x00"))
	var b [16]byte
	binary.BigEndian.PutUint64(b[:8], taskSeed)
	binary.BigEndian.PutUint64(b[8:], uint64(int64(round)))
	h.Write(b[:])
	h.Write([]byte(client))
	return binary.BigEndian.Uint64(h.Sum(nil)[:8])
}

// RoundFloat32 rounds every value to the nearest float32, in place: what a float32 wire encoding does.
func RoundFloat32(v []float64) {
	for i, x := range v {
		v[i] = float64(float32(x))
	}
}
