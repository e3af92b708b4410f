package he

import (
	"fmt"
	"math"
	"math/big"
	"math/bits"

	"github.com/tuneinsight/lattigo/v6/circuits/ckks/polynomial"
	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/schemes/ckks"
	"github.com/tuneinsight/lattigo/v6/utils/bignum"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/fl"
)

// Packing says how samples and features are laid out in ciphertext slots.
type Packing string

const (
	// FeatureMajor: one ciphertext per feature, slot i holds sample i (up to Slots samples per batch).
	// The model is scalar multiply-accumulates: no rotations, the relinearization key only when a
	// polynomial (sigmoid, square) is evaluated.
	FeatureMajor Packing = "feature-major"
	// RowMajor: each sample occupies Outputs*Block consecutive slots (its features repeated once per
	// output, padded to a power of two Block); the server multiplies by a plaintext weight vector and
	// sums each block with InnerSum (log2(Block) rotations, Galois keys for exactly those).
	RowMajor Packing = "row-major"
)

// Output says what the model returns.
type Output string

const (
	// OutputLogits returns the affine outputs (the value of a regression, the logit of a logistic
	// regression, the logits of a softmax regression or an MLP).
	OutputLogits Output = "logits"
	// OutputProba returns sigmoid(logit) through a Chebyshev approximation (binary linear models,
	// feature-major only).
	OutputProba Output = "proba"
)

// SigmoidApprox is the Chebyshev interpolant of the sigmoid used for OutputProba: accurate on
// [-Bound, Bound] (1.5e-4 with the defaults: Bound 24, 63 nodes); a logit outside it overflows and
// corrupts every slot of its ciphertext.
type SigmoidApprox struct {
	Bound float64 `json:"bound"`
	Nodes int     `json:"nodes"`
}

// defaultSigmoid is [-24, 24] with 63 Chebyshev nodes (degree 62, depth 6, max error 1.5e-4 on the
// interval). A logit outside the interval overflows the modulus and corrupts the whole ciphertext:
// train with enough L2 (or pick Bound) so that logits stay inside.
var defaultSigmoid = SigmoidApprox{Bound: 24, Nodes: 63}

// ModelSpec describes an encrypted model. Exactly one of Linear and MLP is set.
type ModelSpec struct {
	ID      string        `json:"id"`
	Profile Profile       `json:"profile"`
	Packing Packing       `json:"packing"`
	Output  Output        `json:"output"`
	Linear  *LinearModel  `json:"linear,omitempty"`
	MLP     *MLPModel     `json:"mlp,omitempty"`
	Sigmoid SigmoidApprox `json:"sigmoid,omitzero"`
}

// Layout is what a client needs to encrypt inputs for a model and read its outputs.
type Layout struct {
	Profile  Profile  `json:"profile"`
	Packing  Packing  `json:"packing"`
	Output   Output   `json:"output"`
	Features int      `json:"features"`
	Outputs  int      `json:"outputs"`
	Block    int      `json:"block,omitempty"` // row-major: slots per (sample, output), a power of two
	Slots    int      `json:"slots"`
	Level    int      `json:"level"` // the level inputs must be encrypted at
	Needs    KeyNeeds `json:"needs"`
}

// SamplesPerCiphertext returns how many samples one input ciphertext (feature-major: one batch) holds.
func (l Layout) SamplesPerCiphertext() int {
	if l.Packing == RowMajor {
		return l.Slots / (l.Outputs * l.Block)
	}
	return l.Slots
}

// Validate checks a layout received from elsewhere (a server's model list, a file) against local
// parameters, so that encrypting and decoding by it cannot misbehave.
func (l Layout) Validate(p Params) error {
	bad := func(format string, args ...any) error {
		return cohort.Errorf(cohort.EInvalid, "layout: "+format, args...)
	}
	switch {
	case l.Profile != p.profile:
		return bad("profile %q, keys are %s", l.Profile, p.profile)
	case l.Slots != p.Slots():
		return bad("%d slots, parameters have %d", l.Slots, p.Slots())
	case l.Features < 1 || l.Features > p.Slots():
		return bad("%d features", l.Features)
	case l.Outputs < 1 || l.Outputs > p.Slots():
		return bad("%d outputs", l.Outputs)
	case l.Level < 0 || l.Level > p.MaxLevel():
		return bad("level %d out of 0..%d", l.Level, p.MaxLevel())
	case l.Output != OutputLogits && l.Output != OutputProba:
		return bad("output %q", l.Output)
	}
	switch l.Packing {
	case FeatureMajor:
	case RowMajor:
		if l.Block < l.Features || l.Block&(l.Block-1) != 0 || l.Block > p.Slots() || l.Outputs > p.Slots()/l.Block {
			return bad("row-major block %d for %d features x %d outputs", l.Block, l.Features, l.Outputs)
		}
	default:
		return bad("packing %q", l.Packing)
	}
	return nil
}

// Label returns the predicted class of one output vector: for probabilities p > 0.5, for one logit
// z > 0, else the argmax. (For a regression the value is what matters, not this.)
func (l Layout) Label(out []float64) int {
	if l.Output == OutputProba && len(out) == 1 {
		if out[0] > 0.5 {
			return 1
		}
		return 0
	}
	return fl.Class(out)
}

// InputCiphertexts returns how many ciphertexts n samples take.
func (l Layout) InputCiphertexts(n int) int {
	if l.Packing == RowMajor {
		per := l.SamplesPerCiphertext()
		return (n + per - 1) / per
	}
	return l.Features
}

// Model is a compiled encrypted model.
type Model struct {
	spec   ModelSpec
	params Params
	layout Layout
	depth  int
	// feature-major linear layers (the sigmoid's change of basis folded into the last one)
	layers []Dense
	proba  bool      // evaluate the sigmoid polynomial (rebuilt per evaluation: nothing mutable is shared)
	rowW   []float64 // row-major weight vector (one sample region, repeated)
	rowB   []float64
}

// NewModel validates a spec and compiles it for its profile.
func NewModel(spec ModelSpec) (*Model, error) {
	if spec.ID == "" {
		return nil, cohort.Errorf(cohort.EInvalid, "model: empty id")
	}
	p, err := NewParams(spec.Profile)
	if err != nil {
		return nil, err
	}
	if spec.Output == "" {
		spec.Output = OutputLogits
	}
	if spec.Sigmoid.Nodes == 0 {
		spec.Sigmoid = defaultSigmoid
	}
	m := &Model{spec: spec, params: p}
	switch {
	case (spec.Linear == nil) == (spec.MLP == nil):
		return nil, cohort.Errorf(cohort.EInvalid, "model %s: set exactly one of linear and mlp", spec.ID)
	case spec.MLP != nil && spec.MLP.Activation != "square":
		return nil, cohort.Errorf(cohort.EInvalid, "model %s: activation %q (only square)", spec.ID, spec.MLP.Activation)
	}
	layers := spec.layers()
	if err := checkLayers(spec.ID, layers); err != nil {
		return nil, err
	}
	features := len(layers[0].W[0])
	outputs := len(layers[len(layers)-1].W)
	m.layout = Layout{Profile: spec.Profile, Packing: spec.Packing, Output: spec.Output, Features: features,
		Outputs: outputs, Slots: p.Slots()}
	m.layers = layers
	m.depth = 2*len(layers) - 1
	switch spec.Output {
	case OutputLogits:
	case OutputProba:
		if spec.MLP != nil || outputs != 1 || spec.Packing != FeatureMajor {
			return nil, cohort.Errorf(cohort.EInvalid, "model %s: proba output needs a binary linear model, feature-major", spec.ID)
		}
		if spec.Sigmoid.Bound <= 0 || spec.Sigmoid.Nodes < 3 || spec.Sigmoid.Nodes > 255 {
			return nil, cohort.Errorf(cohort.EInvalid, "model %s: bad sigmoid approximation", spec.ID)
		}
		bp := sigmoidPoly(spec.Sigmoid)
		m.proba = true
		scalar, constant := bp.ChangeOfBasis()
		a, _ := scalar.Float64()
		c, _ := constant.Float64()
		l := layers[0]
		folded := Dense{W: [][]float64{make([]float64, features)}, B: []float64{l.B[0]*a + c}}
		for j, w := range l.W[0] {
			folded.W[0][j] = w * a
		}
		m.layers = []Dense{folded}
		m.depth = 1 + bp.Depth()
	default:
		return nil, cohort.Errorf(cohort.EInvalid, "model %s: unknown output %q", spec.ID, spec.Output)
	}
	switch spec.Packing {
	case FeatureMajor:
		if m.depth > 1 {
			m.layout.Needs = KeyNeeds{Relin: true, RelinLevel: m.depth - 1}
		}
	case RowMajor:
		if spec.MLP != nil {
			return nil, cohort.Errorf(cohort.EInvalid, "model %s: row-major packing is for linear models", spec.ID)
		}
		block := 1 << bits.Len(uint(features-1))
		if features == 1 {
			block = 1
		}
		region := block * outputs
		if region > p.Slots() {
			return nil, cohort.Errorf(cohort.EInvalid, "model %s: %d features x %d outputs do not fit %d slots", spec.ID, features, outputs, p.Slots())
		}
		m.layout.Block = block
		per := p.Slots() / region
		m.rowW = make([]float64, p.Slots())
		m.rowB = make([]float64, p.Slots())
		l := layers[0]
		for s := 0; s < per; s++ {
			for c := 0; c < outputs; c++ {
				off := s*region + c*block
				copy(m.rowW[off:off+features], l.W[c])
				m.rowB[off] = l.B[c]
			}
		}
		if block > 1 {
			m.layout.Needs = KeyNeeds{Galois: p.p.GaloisElementsForInnerSum(1, block), GaloisLevel: 0}
		}
	default:
		return nil, cohort.Errorf(cohort.EInvalid, "model %s: unknown packing %q", spec.ID, spec.Packing)
	}
	if m.depth > p.MaxLevel() {
		return nil, cohort.Errorf(cohort.EInvalid, "model %s: depth %d over profile %s's %d levels", spec.ID, m.depth, p.profile, p.MaxLevel())
	}
	m.layout.Level = m.depth
	return m, nil
}

// checkLayers reports whether layers chain (each layer's inputs are the previous one's outputs), are
// neither empty nor ragged, and hold finite weights.
func checkLayers(id string, layers []Dense) error {
	if len(layers) == 0 {
		return cohort.Errorf(cohort.EInvalid, "model %s: no layers", id)
	}
	in := -1
	for li, l := range layers {
		if len(l.W) == 0 || len(l.W) != len(l.B) {
			return cohort.Errorf(cohort.EInvalid, "model %s layer %d: %d weight rows, %d biases", id, li, len(l.W), len(l.B))
		}
		for _, row := range l.W {
			if in >= 0 && len(row) != in || len(row) == 0 {
				return cohort.Errorf(cohort.EInvalid, "model %s layer %d: ragged or empty weights", id, li)
			}
			if in < 0 {
				in = len(row)
			}
			for _, v := range row {
				if math.IsNaN(v) || math.IsInf(v, 0) {
					return cohort.Errorf(cohort.EInvalid, "model %s: non-finite weight", id)
				}
			}
		}
		in = len(l.W)
	}
	return nil
}

func sigmoidPoly(s SigmoidApprox) bignum.Polynomial {
	const prec = 128
	f := func(x *big.Float) *big.Float {
		xf, _ := x.Float64()
		return new(big.Float).SetPrec(x.Prec()).SetFloat64(sigmoid(xf))
	}
	return bignum.ChebyshevApproximation(f, bignum.Interval{
		A: *bignum.NewFloat(-s.Bound, prec), B: *bignum.NewFloat(s.Bound, prec), Nodes: s.Nodes,
	})
}

// ID returns the model id.
func (m *Model) ID() string { return m.spec.ID }

// Spec returns the model's spec.
func (m *Model) Spec() ModelSpec { return m.spec }

// Params returns the model's parameters.
func (m *Model) Params() Params { return m.params }

// Layout returns what a client needs to encrypt for this model.
func (m *Model) Layout() Layout { return m.layout }

// Depth returns the multiplicative depth (the level inputs are encrypted at).
func (m *Model) Depth() int { return m.depth }

// Plain evaluates the model on one sample in the clear, as the encrypted evaluation approximates it
// (the Chebyshev sigmoid for OutputProba).
func (m *Model) Plain(x []float64) []float64 {
	out := plainLayers(m.spec.layers(), x)
	if m.spec.Output == OutputProba {
		for i := range out {
			out[i] = sigmoid(out[i])
		}
	}
	return out
}

// Evaluator is the server side of encrypted inference: parameters and a client's evaluation keys.
// It is safe for concurrent use: each evaluation gets its own lattigo evaluator over the shared keys.
type Evaluator struct {
	params     Params
	keys       *rlwe.MemEvaluationKeySet
	relinLevel int
	galois     map[uint64]int // element -> key levelQ
	size       int
}

// NewEvaluator checks the keys belong to p (at most one relinearization key, no duplicate Galois keys).
func NewEvaluator(p Params, keys []*EvalKey) (*Evaluator, error) {
	e := &Evaluator{params: p, relinLevel: -1, galois: map[uint64]int{}}
	var rlk *rlwe.RelinearizationKey
	var gks []*rlwe.GaloisKey
	for _, k := range keys {
		if k.params.fp != p.fp {
			return nil, cohort.Errorf(cohort.EInvalid, "evaluation key of profile %s, want %s", k.params.profile, p.profile)
		}
		e.size += k.BinarySize()
		if k.kind == keyKindRelin {
			if rlk != nil {
				return nil, cohort.Errorf(cohort.EInvalid, "two relinearization keys")
			}
			rlk, e.relinLevel = k.rlk, k.levelQ
			continue
		}
		if _, dup := e.galois[k.galEl]; dup {
			return nil, cohort.Errorf(cohort.EInvalid, "duplicate Galois key %d", k.galEl)
		}
		e.galois[k.galEl] = k.levelQ
		gks = append(gks, k.gk)
	}
	e.keys = rlwe.NewMemEvaluationKeySet(rlk, gks...)
	return e, nil
}

// KeyBytes returns the total compressed size of the evaluator's keys.
func (e *Evaluator) KeyBytes() int { return e.size }

// Check returns an EInvalid error naming the first evaluation key a model needs that e lacks.
func (e *Evaluator) Check(needs KeyNeeds) error {
	if needs.Relin && e.relinLevel < needs.RelinLevel {
		if e.relinLevel < 0 {
			return cohort.Errorf(cohort.EInvalid, "missing evaluation key: relinearization key")
		}
		return cohort.Errorf(cohort.EInvalid, "relinearization key at level %d, model needs %d", e.relinLevel, needs.RelinLevel)
	}
	for _, g := range needs.Galois {
		l, ok := e.galois[g]
		if !ok {
			return cohort.Errorf(cohort.EInvalid, "missing evaluation key: Galois element %d", g)
		}
		if l < needs.GaloisLevel {
			return cohort.Errorf(cohort.EInvalid, "Galois key %d at level %d, model needs %d", g, l, needs.GaloisLevel)
		}
	}
	return nil
}

// Eval runs the model on encrypted inputs (see Layout for their number, level and packing) and returns
// the encrypted outputs: feature-major, one ciphertext per output (slot i is sample i); row-major, one
// per input ciphertext (output c of sample s at slot s*Outputs*Block + c*Block).
func (m *Model) Eval(e *Evaluator, in []*Ciphertext) (out []*Ciphertext, err error) {
	if e.params.fp != m.params.fp {
		return nil, cohort.Errorf(cohort.EInvalid, "evaluator of profile %s, model %s needs %s", e.params.profile, m.spec.ID, m.params.profile)
	}
	if err := e.Check(m.layout.Needs); err != nil {
		return nil, err
	}
	if len(in) == 0 {
		return nil, cohort.Errorf(cohort.EInvalid, "no input ciphertexts")
	}
	if m.spec.Packing == FeatureMajor && len(in) != m.layout.Features {
		return nil, cohort.Errorf(cohort.EInvalid, "model %s: %d ciphertexts, want one per feature (%d)", m.spec.ID, len(in), m.layout.Features)
	}
	var scale0 *rlwe.Scale
	for i, c := range in {
		if c.params.fp != m.params.fp {
			return nil, cohort.Errorf(cohort.EInvalid, "ciphertext %d: wrong parameters", i)
		}
		if c.ct.Level() != m.depth {
			return nil, cohort.Errorf(cohort.EInvalid, "ciphertext %d: wrong level %d, model %s wants %d", i, c.ct.Level(), m.spec.ID, m.depth)
		}
		if c.ct.Degree() != 1 {
			return nil, cohort.Errorf(cohort.EInvalid, "ciphertext %d: degree %d", i, c.ct.Degree())
		}
		if scale0 == nil {
			scale0 = &c.ct.Scale
		} else if c.ct.Scale.Cmp(*scale0) != 0 {
			return nil, cohort.Errorf(cohort.EInvalid, "ciphertext %d: scale differs from ciphertext 0", i)
		}
	}
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, cohort.Errorf(cohort.EInvalid, "model %s: evaluation failed: %v", m.spec.ID, r)
		}
	}()
	ev := ckks.NewEvaluator(m.params.p, e.keys)
	cts := make([]*rlwe.Ciphertext, len(in))
	for i, c := range in {
		cts[i] = c.ct
	}
	var res []*rlwe.Ciphertext
	if m.spec.Packing == FeatureMajor {
		res, err = m.evalFeatureMajor(ev, cts)
	} else {
		res, err = m.evalRowMajor(ev, cts)
	}
	if err != nil {
		return nil, cohort.Errorf(cohort.EInvalid, "model %s: %v", m.spec.ID, err)
	}
	out = make([]*Ciphertext, len(res))
	for i, r := range res {
		out[i] = &Ciphertext{params: m.params, ct: r}
	}
	return out, nil
}

// denseFM computes one dense layer on feature-major ciphertexts: out_k = sum_j W[k][j] x_j + b_k, then
// one rescale. Scalars multiply-accumulate into an accumulator at scale x.Scale*q_level.
func (m *Model) denseFM(ev *ckks.Evaluator, x []*rlwe.Ciphertext, l Dense) ([]*rlwe.Ciphertext, error) {
	level := x[0].Level()
	q := m.params.p.Q()[level]
	out := make([]*rlwe.Ciphertext, len(l.W))
	for k, w := range l.W {
		acc := ckks.NewCiphertext(m.params.p, 1, level)
		acc.Scale = x[0].Scale.Mul(rlwe.NewScale(q))
		for j, wj := range w {
			if wj == 0 {
				continue
			}
			if err := ev.MulThenAdd(x[j], wj, acc); err != nil {
				return nil, err
			}
		}
		if err := ev.Add(acc, l.B[k], acc); err != nil {
			return nil, err
		}
		if err := ev.Rescale(acc, acc); err != nil {
			return nil, err
		}
		out[k] = acc
	}
	return out, nil
}

func (m *Model) evalFeatureMajor(ev *ckks.Evaluator, x []*rlwe.Ciphertext) ([]*rlwe.Ciphertext, error) {
	h := x
	var err error
	for li, l := range m.layers {
		if h, err = m.denseFM(ev, h, l); err != nil {
			return nil, err
		}
		if li < len(m.layers)-1 {
			for k := range h {
				if err := ev.MulRelin(h[k], h[k], h[k]); err != nil {
					return nil, err
				}
				if err := ev.Rescale(h[k], h[k]); err != nil {
					return nil, err
				}
			}
		}
	}
	if m.proba {
		poly := polynomial.NewPolynomial(sigmoidPoly(m.spec.Sigmoid))
		pe := polynomial.NewEvaluator(m.params.p, ev)
		for k := range h {
			if h[k], err = pe.Evaluate(h[k], poly, m.params.p.DefaultScale()); err != nil {
				return nil, err
			}
		}
	}
	return h, nil
}

func (m *Model) evalRowMajor(ev *ckks.Evaluator, x []*rlwe.Ciphertext) ([]*rlwe.Ciphertext, error) {
	out := make([]*rlwe.Ciphertext, len(x))
	for i, ct := range x {
		r := ckks.NewCiphertext(m.params.p, 1, ct.Level())
		if err := ev.Mul(ct, m.rowW, r); err != nil {
			return nil, err
		}
		if err := ev.Add(r, m.rowB, r); err != nil {
			return nil, err
		}
		if err := ev.Rescale(r, r); err != nil {
			return nil, err
		}
		if m.layout.Block > 1 {
			s := ckks.NewCiphertext(m.params.p, 1, r.Level())
			if err := ev.InnerSum(r, 1, m.layout.Block, s); err != nil {
				return nil, err
			}
			r = s
		}
		out[i] = r
	}
	return out, nil
}

// String describes the model.
func (m *Model) String() string {
	return fmt.Sprintf("%s (%s, %s, %s, %d features -> %d outputs, depth %d)", m.spec.ID, m.spec.Profile, m.spec.Packing, m.spec.Output, m.layout.Features, m.layout.Outputs, m.depth)
}
