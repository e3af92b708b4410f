package fl

import (
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/cohort-net/cohort"
)

// Model kinds.
const (
	KindLogReg  = "logreg"
	KindSoftmax = "softmax"
	KindMLP     = "mlp"
	KindLSTM    = "lstm"
)

// Hidden-layer activations of an MLP.
const (
	ActReLU   = "relu"
	ActSquare = "square"
)

// Size limits that keep a hostile spec from allocating without bound.
const (
	MaxInputs = 1 << 20
	MaxParams = 1 << 26
)

// ModelSpec describes a model's architecture.
type ModelSpec struct {
	Kind       string `json:"kind"`                 // "logreg" (binary, sigmoid), "softmax", "mlp", "lstm"
	Inputs     int    `json:"inputs"`               // lstm: all steps' inputs, Steps x Inputs/Steps, step-major
	Classes    int    `json:"classes"`              // logreg: 2
	Hidden     []int  `json:"hidden,omitempty"`     // mlp: hidden layers; lstm: the cells' units
	Activation string `json:"activation,omitempty"` // mlp: "relu" (default) or "square"
	Steps      int    `json:"steps,omitempty"`      // lstm only: time steps
}

// Validate checks the spec; errors are cohort.EInvalid.
func (s ModelSpec) Validate() error {
	if s.Inputs < 1 || s.Inputs > MaxInputs {
		return cohort.Errorf(cohort.EInvalid, "model: %d inputs, want 1 to %d", s.Inputs, MaxInputs)
	}
	switch s.Kind {
	case KindLogReg:
		if s.Classes != 2 {
			return cohort.Errorf(cohort.EInvalid, "model logreg: %d classes, want 2 (use softmax for more)", s.Classes)
		}
	case KindSoftmax, KindMLP, KindLSTM:
		if s.Classes < 2 || s.Classes > 1<<16 {
			return cohort.Errorf(cohort.EInvalid, "model %s: %d classes, want 2 to 65536", s.Kind, s.Classes)
		}
	default:
		return cohort.Errorf(cohort.EInvalid, "model kind %q: want logreg|softmax|mlp|lstm", s.Kind)
	}
	if s.Kind != KindLSTM && s.Steps != 0 {
		return cohort.Errorf(cohort.EInvalid, "model %s: steps are for lstm only", s.Kind)
	}
	if s.Kind == KindLSTM {
		if err := s.validateLSTM(); err != nil {
			return err
		}
		if s.lstmParams() > MaxParams {
			return cohort.Errorf(cohort.EInvalid, "model: more than %d parameters", MaxParams)
		}
		return nil
	}
	if s.Kind != KindMLP {
		if len(s.Hidden) > 0 || s.Activation != "" {
			return cohort.Errorf(cohort.EInvalid, "model %s: hidden layers and activation are for mlp only", s.Kind)
		}
	} else {
		if len(s.Hidden) == 0 || len(s.Hidden) > 16 {
			return cohort.Errorf(cohort.EInvalid, "model mlp: %d hidden layers, want 1 to 16", len(s.Hidden))
		}
		for i, h := range s.Hidden {
			if h < 1 || h > 1<<16 {
				return cohort.Errorf(cohort.EInvalid, "model mlp: hidden layer %d has %d units, want 1 to 65536", i, h)
			}
		}
		if a := s.Activation; a != "" && a != ActReLU && a != ActSquare {
			return cohort.Errorf(cohort.EInvalid, "model mlp: activation %q, want relu|square", a)
		}
	}
	n := 0
	sizes := s.sizes()
	for l := 0; l+1 < len(sizes); l++ {
		n += (sizes[l] + 1) * sizes[l+1]
		if n > MaxParams {
			return cohort.Errorf(cohort.EInvalid, "model: more than %d parameters", MaxParams)
		}
	}
	return nil
}

// sizes returns the layer widths, input first: in_0, out_0 (= in_1), ..., out_{L-1}.
func (s ModelSpec) sizes() []int {
	out := s.Classes
	if s.Kind == KindLogReg {
		out = 1
	}
	sz := append([]int{s.Inputs}, s.Hidden...)
	if s.Kind != KindMLP {
		sz = sz[:1]
	}
	return append(sz, out)
}

// NumParams returns the length of the flat parameter vector (see the package doc for its layout).
func (s ModelSpec) NumParams() int {
	if s.Kind == KindLSTM {
		return s.lstmParams()
	}
	sz := s.sizes()
	n := 0
	for l := 0; l+1 < len(sz); l++ {
		n += (sz[l] + 1) * sz[l+1]
	}
	return n
}

// String renders the spec briefly, e.g. "mlp 784-128-10 relu" or "lstm 2x50 5 steps of 3 -> 2".
func (s ModelSpec) String() string {
	if s.Kind == KindLSTM && s.Steps > 0 && len(s.Hidden) > 0 {
		cells := itoa(len(s.Hidden)) + "x" + itoa(s.Hidden[0])
		if slices.ContainsFunc(s.Hidden, func(h int) bool { return h != s.Hidden[0] }) {
			ws := make([]string, len(s.Hidden))
			for i, h := range s.Hidden {
				ws[i] = itoa(h)
			}
			cells = strings.Join(ws, "-") // unequal cells: "4-3"
		}
		return KindLSTM + " " + cells + " " + itoa(s.Steps) + " steps of " +
			itoa(s.Inputs/s.Steps) + " -> " + itoa(s.Classes)
	}
	var b strings.Builder
	b.WriteString(s.Kind)
	for i, n := range s.sizes() {
		if i == 0 {
			b.WriteByte(' ')
		} else {
			b.WriteByte('-')
		}
		b.WriteString(itoa(n))
	}
	if s.Kind == KindMLP {
		b.WriteString(" " + s.act())
	}
	return b.String()
}

func (s ModelSpec) act() string {
	if s.Activation == "" {
		return ActReLU
	}
	return s.Activation
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var buf [20]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	return string(buf[i:])
}

// layer locates one layer in the parameter vector.
type layer struct {
	in, out int
	w, b    int // offsets of W and b
}

func (s ModelSpec) layers() []layer {
	sz := s.sizes()
	ls := make([]layer, len(sz)-1)
	off := 0
	for l := range ls {
		ls[l] = layer{in: sz[l], out: sz[l+1], w: off, b: off + sz[l]*sz[l+1]}
		off += (sz[l] + 1) * sz[l+1]
	}
	return ls
}

// Model is a spec and its flat parameter vector.
type Model struct {
	Spec   ModelSpec
	Params []float64
}

// NewModel returns a model with deterministic initial parameters: zeros for logreg and softmax; for an
// MLP, weights uniform in +-sqrt(6/in) (He) before ReLU layers, +-sqrt(6/(in+out)) (Xavier) elsewhere,
// drawn from a PCG seeded by seed, and zero biases; for an LSTM see initLSTM.
func NewModel(spec ModelSpec, seed uint64) (*Model, error) {
	if err := spec.Validate(); err != nil {
		return nil, err
	}
	m := &Model{Spec: spec, Params: make([]float64, spec.NumParams())}
	if spec.Kind != KindMLP && spec.Kind != KindLSTM {
		return m, nil
	}
	r := rand.New(rand.NewPCG(seed, 0x853c49e6748fea9b))
	if spec.Kind == KindLSTM {
		initLSTM(m, r)
		return m, nil
	}
	ls := spec.layers()
	for l, ly := range ls {
		lim := math.Sqrt(6 / float64(ly.in+ly.out))
		if l < len(ls)-1 && spec.act() == ActReLU {
			lim = math.Sqrt(6 / float64(ly.in))
		}
		w := m.Params[ly.w:ly.b]
		for k := range w {
			w[k] = (2*r.Float64() - 1) * lim
		}
	}
	return m, nil
}

// Clone returns a deep copy.
func (m *Model) Clone() *Model {
	return &Model{Spec: m.Spec, Params: append([]float64(nil), m.Params...)}
}

// Check reports whether Params has the spec's length and finite values.
func (m *Model) Check() error {
	if err := m.Spec.Validate(); err != nil {
		return err
	}
	if len(m.Params) != m.Spec.NumParams() {
		return cohort.Errorf(cohort.EInvalid, "model %s: %d parameters, want %d", m.Spec, len(m.Params), m.Spec.NumParams())
	}
	for i, v := range m.Params {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return cohort.Errorf(cohort.EInvalid, "model: parameter %d is %v", i, v)
		}
	}
	return nil
}

// network is one goroutine's forward and backward pass over a model's parameters: *net for the
// dense kinds, *lstmNet for the LSTM.
type network interface {
	forward(p, x []float64) []float64
	backward(p, g, x []float64, y int, scale float64) float64
}

func newNetwork(spec ModelSpec) network {
	if spec.Kind == KindLSTM {
		return newLSTMNet(spec)
	}
	return newNet(spec)
}

// outputs is the number of logits: 1 for logreg, else Classes.
func (s ModelSpec) outputs() int {
	if s.Kind == KindLogReg {
		return 1
	}
	return s.Classes
}

// net holds per-goroutine scratch buffers for one model: pre-activations and activations of every
// layer, and their gradients.
type net struct {
	spec   ModelSpec
	ls     []layer
	square bool
	z, a   [][]float64 // z[l]: layer l's output before activation; a[l+1] = act(z[l]); a[0] is the input
	dz, da []float64   // gradient scratch, sized to the widest layer
	nz     [][]int32   // nz[l]: indices of layer l's non-zero inputs, from the last forward pass
}

func newNet(spec ModelSpec) *net {
	n := &net{spec: spec, ls: spec.layers(), square: spec.act() == ActSquare}
	n.z = make([][]float64, len(n.ls))
	n.nz = make([][]int32, len(n.ls))
	n.a = make([][]float64, len(n.ls)+1)
	widest := 0
	for l, ly := range n.ls {
		n.z[l] = make([]float64, ly.out)
		n.a[l+1] = make([]float64, ly.out)
		widest = max(widest, ly.out, ly.in)
	}
	n.dz = make([]float64, widest)
	n.da = make([]float64, widest)
	return n
}

// forward computes the logits of one input row; they are in n.z[L-1].
func (n *net) forward(p, x []float64) []float64 {
	n.a[0] = x
	last := len(n.ls) - 1
	for l, ly := range n.ls {
		z := n.z[l]
		copy(z, p[ly.b:ly.b+ly.out])
		in := n.a[l]
		W := p[ly.w:ly.b]
		out := ly.out
		nz := n.nz[l][:0]
		for i, xi := range in[:ly.in] {
			if xi != 0 {
				nz = append(nz, int32(i))
			}
		}
		n.nz[l] = nz
		k := 0
		for ; k+2 <= len(nz); k += 2 {
			i0, i1 := int(nz[k]), int(nz[k+1])
			axpy2(z, W[i0*out:i0*out+out], in[i0], W[i1*out:i1*out+out], in[i1])
		}
		if k < len(nz) {
			i := int(nz[k])
			axpy(z, W[i*out:i*out+out], in[i])
		}
		if l < last {
			a := n.a[l+1]
			if n.square {
				for j, v := range z {
					a[j] = float64(v * v)
				}
			} else {
				for j, v := range z {
					a[j] = max(v, 0)
				}
			}
		}
	}
	return n.z[last]
}

// softmaxInto writes the softmax of z into p.
func softmaxInto(p, z []float64) {
	mx := z[0]
	for _, v := range z[1:] {
		mx = max(mx, v)
	}
	s := 0.0
	for j, v := range z {
		e := detExp(v - mx)
		p[j] = e
		s += e
	}
	for j := range p {
		p[j] /= s
	}
}

func sigmoid(z float64) float64 {
	if z >= 0 {
		return 1 / (1 + detExp(-z))
	}
	e := detExp(z)
	return e / (1 + e)
}

// softplus returns log(1+exp(z)) without overflow.
func softplus(z float64) float64 {
	if z > 0 {
		return z + math.Log1p(detExp(-z))
	}
	return math.Log1p(detExp(z))
}

// backward adds the gradient of one row's cross-entropy loss (scaled by scale) to g and returns the
// loss. It runs forward itself.
func (n *net) backward(p, g, x []float64, y int, scale float64) float64 {
	logits := n.forward(p, x)
	last := len(n.ls) - 1
	dz := n.dz[:n.ls[last].out]
	var loss float64
	if n.spec.Kind == KindLogReg {
		z := logits[0]
		t := float64(y)
		dz[0] = (sigmoid(z) - t) * scale
		if y == 1 {
			loss = softplus(-z)
		} else {
			loss = softplus(z)
		}
	} else {
		softmaxInto(dz, logits)
		loss = -math.Log(max(dz[y], 1e-300))
		dz[y] -= 1
		for j := range dz {
			dz[j] *= scale
		}
	}
	cur := dz
	for l := last; l >= 0; l-- {
		ly := n.ls[l]
		in := n.a[l][:ly.in]
		out := ly.out
		gW := g[ly.w:ly.b]
		gb := g[ly.b : ly.b+out]
		dz := cur[:out]
		for j, v := range dz {
			gb[j] += v
		}
		for _, i := range n.nz[l] {
			axpy(gW[int(i)*out:int(i)*out+out], dz, in[i])
		}
		if l == 0 {
			break
		}
		// Gradient with respect to the previous layer's pre-activation.
		W := p[ly.w:ly.b]
		zprev := n.z[l-1]
		da := n.da[:ly.in]
		for i, ai := range in {
			if ai == 0 {
				da[i] = 0 // ReLU inactive, or x^2 at x=0: no gradient flows
				continue
			}
			w := W[i*out : i*out+out]
			dz := dz[:len(w)]
			s := 0.0
			for j, wj := range w {
				s += float64(wj * dz[j])
			}
			if n.square {
				s = float64(2 * zprev[i] * s)
			}
			da[i] = s
		}
		cur = n.dz[:ly.in]
		copy(cur, da)
	}
	return loss
}

// Logits returns the pre-activation outputs for n rows of x (row-major, n*Inputs): n*Classes values,
// one per row for logreg. If x holds fewer than n rows, only those are scored.
func (m *Model) Logits(x []float64, n int) []float64 {
	n = min(max(n, 0), len(x)/m.Spec.Inputs)
	outW := m.Spec.outputs()
	out := make([]float64, n*outW)
	m.parallelRows(x, n, func(nt network, i int, row []float64) {
		copy(out[i*outW:(i+1)*outW], nt.forward(m.Params, row))
	})
	return out
}

// Predict returns class probabilities for n rows of x: n*Classes values (two columns for logreg). If x
// holds fewer than n rows, only those are scored.
func (m *Model) Predict(x []float64, n int) []float64 {
	n = min(max(n, 0), len(x)/m.Spec.Inputs)
	c := m.Spec.Classes
	out := make([]float64, n*c)
	m.parallelRows(x, n, func(nt network, i int, row []float64) {
		z := nt.forward(m.Params, row)
		if m.Spec.Kind == KindLogReg {
			p1 := sigmoid(z[0])
			out[2*i], out[2*i+1] = 1-p1, p1
			return
		}
		softmaxInto(out[i*c:(i+1)*c], z)
	})
	return out
}

// parallelRows calls f for every row, splitting rows over up to GOMAXPROCS goroutines. Rows are
// independent, so the result does not depend on scheduling.
func (m *Model) parallelRows(x []float64, n int, f func(nt network, i int, row []float64)) {
	d := m.Spec.Inputs
	workers := min(runtime.GOMAXPROCS(0), max(1, n/256))
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := w*n/workers, (w+1)*n/workers
		wg.Add(1)
		go func() {
			defer wg.Done()
			nt := newNetwork(m.Spec)
			for i := lo; i < hi; i++ {
				f(nt, i, x[i*d:(i+1)*d])
			}
		}()
	}
	wg.Wait()
}

// axpy sets y += a*x elementwise (len(x) >= len(y)), unrolled by four. Each product is rounded before
// the add (no fused multiply-add), so results are identical on every architecture.
func axpy(y, x []float64, a float64) {
	x = x[:len(y)]
	j := 0
	for ; j+4 <= len(y); j += 4 {
		yy := y[j : j+4 : j+4]
		xx := x[j : j+4 : j+4]
		yy[0] += float64(a * xx[0])
		yy[1] += float64(a * xx[1])
		yy[2] += float64(a * xx[2])
		yy[3] += float64(a * xx[3])
	}
	for ; j < len(y); j++ {
		y[j] += float64(a * x[j])
	}
}

// axpy2 sets y += (a*x + b*u) elementwise, the pair summed first: two input rows per pass halve the
// loads and stores of y. Products are rounded before adding (no fused multiply-add).
func axpy2(y, x []float64, a float64, u []float64, b float64) {
	x = x[:len(y)]
	u = u[:len(y)]
	j := 0
	for ; j+4 <= len(y); j += 4 {
		yy := y[j : j+4 : j+4]
		xx := x[j : j+4 : j+4]
		uu := u[j : j+4 : j+4]
		yy[0] += float64(a*xx[0]) + float64(b*uu[0])
		yy[1] += float64(a*xx[1]) + float64(b*uu[1])
		yy[2] += float64(a*xx[2]) + float64(b*uu[2])
		yy[3] += float64(a*xx[3]) + float64(b*uu[3])
	}
	for ; j < len(y); j++ {
		y[j] += float64(a*x[j]) + float64(b*u[j])
	}
}
