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

// LSTMLayer holds one LSTM cell's weights. Gate rows are ordered i, f, g, o (as PyTorch): row k*Hidden+j
// belongs to gate k, unit j.
type LSTMLayer struct {
	Wx [][]float64 `json:"wx"` // [4H][in]
	Wh [][]float64 `json:"wh"` // [4H][H]
	B  []float64   `json:"b"`  // [4H]
}

// Model is a float model in the shapes the circuits support: the quantizer's input. It holds weights
// only; models are trained by internal/fl (see FromFL), and the float arithmetic lives there too.
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
