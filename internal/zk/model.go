package zk

import (
	"fmt"
	"math"

	"github.com/cohort-net/cohort"
)

// Model kinds.
const (
	KindLogReg = "logreg" // one dense layer, one logit
	KindMLP    = "mlp"    // dense layers with ReLU between them; also a one-layer softmax model
	KindLSTM   = "lstm"   // stacked LSTM cells over Steps time steps, then a dense head
)

// Dense is a float dense layer: out_j = B[j] + sum_i W[j][i]*x_i.
type Dense struct {
	W [][]float64 `json:"w"` // [out][in]
	B []float64   `json:"b"` // [out]
}

// In and Out return the layer's widths.
func (d Dense) In() int {
	if len(d.W) == 0 {
		return 0
	}
	return len(d.W[0])
}

// Out returns the number of outputs.
func (d Dense) Out() int { return len(d.W) }

func (d Dense) apply(x []float64) []float64 {
	y := make([]float64, len(d.W))
	for j, row := range d.W {
		s := d.B[j]
		for i, w := range row {
			s += float64(w * x[i])
		}
		y[j] = s
	}
	return y
}

// LSTMLayer holds one LSTM cell's weights. Gate rows are ordered i, f, g, o (as PyTorch): row k*Hidden+j
// belongs to gate k, unit j.
type LSTMLayer struct {
	Wx [][]float64 `json:"wx"` // [4H][in]
	Wh [][]float64 `json:"wh"` // [4H][H]
	B  []float64   `json:"b"`  // [4H]
}

// Model is a float model in the shapes the circuits support.
type Model struct {
	Kind   string      `json:"kind"`
	Layers []Dense     `json:"layers,omitempty"` // logreg, mlp; the LSTM's head is Layers[0]
	LSTM   []LSTMLayer `json:"lstm,omitempty"`
	Steps  int         `json:"steps,omitempty"` // LSTM time steps; the input is Steps x InSize, step-major
}

// Inputs returns the number of input values.
func (m *Model) Inputs() int {
	if m.Kind == KindLSTM {
		return m.Steps * len(m.LSTM[0].Wx[0])
	}
	return m.Layers[0].In()
}

// Outputs returns the number of outputs.
func (m *Model) Outputs() int { return m.Layers[len(m.Layers)-1].Out() }

// Validate checks shapes and finiteness; errors are cohort.EInvalid.
func (m *Model) Validate() error {
	bad := func(f string, a ...any) error { return cohort.Errorf(cohort.EInvalid, "model: "+f, a...) }
	if len(m.Layers) == 0 || len(m.Layers) > 8 {
		return bad("%d dense layers, want 1 to 8", len(m.Layers))
	}
	switch m.Kind {
	case KindLogReg:
		if len(m.Layers) != 1 || m.Layers[0].Out() != 1 {
			return bad("logreg wants one layer with one output")
		}
	case KindMLP:
	case KindLSTM:
		if len(m.LSTM) == 0 || len(m.LSTM) > 4 || len(m.Layers) != 1 {
			return bad("lstm wants 1 to 4 cells and one dense head")
		}
		if m.Steps < 1 || m.Steps > 64 {
			return bad("lstm: %d steps, want 1 to 64", m.Steps)
		}
	default:
		return bad("kind %q, want logreg|mlp|lstm", m.Kind)
	}
	finite := func(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }
	checkMat := func(name string, w [][]float64, rows, cols int) error {
		if len(w) != rows {
			return bad("%s has %d rows, want %d", name, len(w), rows)
		}
		for _, r := range w {
			if len(r) != cols {
				return bad("%s has a row of %d, want %d", name, len(r), cols)
			}
			for _, v := range r {
				if !finite(v) {
					return bad("%s holds %v", name, v)
				}
			}
		}
		return nil
	}
	in := 0
	if m.Kind == KindLSTM {
		if len(m.LSTM[0].Wx) == 0 || len(m.LSTM[0].Wx[0]) == 0 {
			return bad("lstm cell 0 has no inputs")
		}
		in = len(m.LSTM[0].Wx[0])
		h := len(m.LSTM[0].Wh)
		if h%4 != 0 || h == 0 || h > 4*1024 {
			return bad("lstm gate rows %d, want 4*hidden", h)
		}
		h /= 4
		for l, c := range m.LSTM {
			if err := checkMat(fmt.Sprintf("lstm[%d].wx", l), c.Wx, 4*h, in); err != nil {
				return err
			}
			if err := checkMat(fmt.Sprintf("lstm[%d].wh", l), c.Wh, 4*h, h); err != nil {
				return err
			}
			if len(c.B) != 4*h {
				return bad("lstm[%d].b has %d, want %d", l, len(c.B), 4*h)
			}
			in = h
		}
	} else {
		in = m.Layers[0].In()
	}
	if in < 1 || in > 1<<16 {
		return bad("%d inputs, want 1 to 65536", in)
	}
	for l, d := range m.Layers {
		if d.Out() < 1 || d.Out() > 1<<16 {
			return bad("layer %d has %d outputs", l, d.Out())
		}
		if err := checkMat(fmt.Sprintf("layer %d", l), d.W, d.Out(), in); err != nil {
			return err
		}
		if len(d.B) != d.Out() {
			return bad("layer %d has %d biases, want %d", l, len(d.B), d.Out())
		}
		for _, v := range d.B {
			if !finite(v) {
				return bad("layer %d bias %v", l, v)
			}
		}
		in = d.Out()
	}
	return nil
}

// Forward runs the float model on one input and returns its outputs (logits).
func (m *Model) Forward(x []float64) []float64 {
	if m.Kind == KindLSTM {
		return m.forwardLSTM(x)
	}
	a := x
	for l, d := range m.Layers {
		a = d.apply(a)
		if l < len(m.Layers)-1 {
			for j := range a {
				a[j] = max(a[j], 0)
			}
		}
	}
	return a
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

func (m *Model) forwardLSTM(x []float64) []float64 {
	in := len(m.LSTM[0].Wx[0])
	H := len(m.LSTM[0].Wh) / 4
	h := make([][]float64, len(m.LSTM))
	c := make([][]float64, len(m.LSTM))
	for l := range h {
		h[l], c[l] = make([]float64, H), make([]float64, H)
	}
	for t := 0; t < m.Steps; t++ {
		a := x[t*in : (t+1)*in]
		for l, cell := range m.LSTM {
			z := make([]float64, 4*H)
			for r := range z {
				s := cell.B[r]
				for i, w := range cell.Wx[r] {
					s += float64(w * a[i])
				}
				for i, w := range cell.Wh[r] {
					s += float64(w * h[l][i])
				}
				z[r] = s
			}
			nh := make([]float64, H)
			for j := 0; j < H; j++ {
				ig, fg, gg, og := sigmoid(z[j]), sigmoid(z[H+j]), math.Tanh(z[2*H+j]), sigmoid(z[3*H+j])
				c[l][j] = float64(fg*c[l][j]) + float64(ig*gg)
				nh[j] = og * math.Tanh(c[l][j])
			}
			h[l] = nh
			a = nh
		}
	}
	return m.Layers[0].apply(h[len(h)-1])
}

// Argmax returns the index of the largest value; a single logit is class 1 when positive.
func Argmax[T int64 | float64](v []T) int {
	if len(v) == 1 {
		if v[0] > 0 {
			return 1
		}
		return 0
	}
	best := 0
	for i := range v {
		if v[i] > v[best] {
			best = i
		}
	}
	return best
}

// FLSpec mirrors the fields of internal/fl's ModelSpec that the converter needs, so that this package
// does not depend on the FL engine.
type FLSpec struct {
	Kind       string // "logreg", "softmax" or "mlp"
	Inputs     int
	Classes    int
	Hidden     []int
	Activation string // "" or "relu"
}

// FromFL converts a model of the FL engine (its spec and flat parameter vector, laid out as
// internal/fl's package doc describes: per layer, W input-major, then b) to a Model.
func FromFL(spec FLSpec, params []float64) (*Model, error) {
	sizes := []int{spec.Inputs}
	m := &Model{}
	switch spec.Kind {
	case "logreg":
		m.Kind = KindLogReg
		sizes = append(sizes, 1)
	case "softmax":
		m.Kind = KindMLP
		sizes = append(sizes, spec.Classes)
	case "mlp":
		if spec.Activation != "" && spec.Activation != "relu" {
			return nil, cohort.Errorf(cohort.EInvalid, "zk: activation %q has no circuit (relu only)", spec.Activation)
		}
		m.Kind = KindMLP
		sizes = append(append(sizes, spec.Hidden...), spec.Classes)
	default:
		return nil, cohort.Errorf(cohort.EInvalid, "zk: fl model kind %q, want logreg|softmax|mlp", spec.Kind)
	}
	off := 0
	for l := 0; l+1 < len(sizes); l++ {
		in, out := sizes[l], sizes[l+1]
		if in < 1 || out < 1 || off+(in+1)*out > len(params) {
			return nil, cohort.Errorf(cohort.EInvalid, "zk: %d parameters do not fit the spec", len(params))
		}
		d := Dense{W: make([][]float64, out), B: append([]float64(nil), params[off+in*out:off+in*out+out]...)}
		for j := range d.W {
			d.W[j] = make([]float64, in)
			for i := range d.W[j] {
				d.W[j][i] = params[off+i*out+j]
			}
		}
		m.Layers = append(m.Layers, d)
		off += (in + 1) * out
	}
	if off != len(params) {
		return nil, cohort.Errorf(cohort.EInvalid, "zk: %d parameters, the spec wants %d", len(params), off)
	}
	return m, m.Validate()
}
