package zk

import (
	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
)

// FromFL quantizes a model trained by the FL engine (internal/fl): logreg, softmax, an mlp with the
// ReLU activation (the square activation has no circuit), or an lstm whose cells have equal widths.
// Errors are cohort.EInvalid.
func FromFL(m *fl.Model, o QuantOptions) (*QModel, error) {
	f, err := floatFromFL(m)
	if err != nil {
		return nil, err
	}
	return Quantize(f, o)
}

// floatFromFL converts an fl model (its flat parameter vector, laid out as internal/fl's package doc
// describes: per layer, W input-major, then b) to this package's float Model, unquantized.
func floatFromFL(m *fl.Model) (*Model, error) {
	if m == nil {
		return nil, cohort.Errorf(cohort.EInvalid, "zk: fl model is nil")
	}
	if err := m.Check(); err != nil {
		return nil, err
	}
	spec := m.Spec
	sizes := []int{spec.Inputs}
	out := &Model{Kind: KindMLP}
	switch spec.Kind {
	case fl.KindLogReg:
		out.Kind = KindLogReg
		sizes = append(sizes, 1)
	case fl.KindSoftmax:
		sizes = append(sizes, spec.Classes)
	case fl.KindMLP:
		if spec.Activation != "" && spec.Activation != fl.ActReLU {
			return nil, cohort.Errorf(cohort.EInvalid, "zk: activation %q has no circuit (relu only)", spec.Activation)
		}
		sizes = append(append(sizes, spec.Hidden...), spec.Classes)
	case fl.KindLSTM:
		return lstmFromFL(m)
	default:
		return nil, cohort.Errorf(cohort.EInvalid, "zk: fl model kind %q, want logreg|softmax|mlp|lstm", spec.Kind)
	}
	off := 0
	for l := 0; l+1 < len(sizes); l++ {
		in, n := sizes[l], sizes[l+1]
		d := Dense{W: make([][]float64, n), B: append([]float64(nil), m.Params[off+in*n:off+in*n+n]...)}
		for j := range d.W {
			d.W[j] = make([]float64, in)
			for i := range d.W[j] {
				d.W[j][i] = m.Params[off+i*n+j]
			}
		}
		out.Layers = append(out.Layers, d)
		off += (in + 1) * n
	}
	return out, out.Validate()
}

// lstmFromFL converts an fl LSTM (per cell: Wx input-major, in x 4H; Wh input-major, H x 4H; b, 4H;
// gate rows i, f, g, o; then the head, input-major, and its biases) to a float Model.
func lstmFromFL(m *fl.Model) (*Model, error) {
	spec := m.Spec
	H := spec.Hidden[0]
	for _, h := range spec.Hidden {
		if h != H {
			return nil, cohort.Errorf(cohort.EInvalid, "zk: lstm cells of %v units: the circuit wants equal widths", spec.Hidden)
		}
	}
	p := m.Params
	// mat reads an input-major block of in x out weights as [out][in].
	mat := func(off, in, out int) [][]float64 {
		w := make([][]float64, out)
		for j := range w {
			w[j] = make([]float64, in)
			for i := range in {
				w[j][i] = p[off+i*out+j]
			}
		}
		return w
	}
	out := &Model{Kind: KindLSTM, Steps: spec.Steps}
	in, off, R := spec.Inputs/spec.Steps, 0, 4*H
	for range spec.Hidden {
		c := LSTMLayer{Wx: mat(off, in, R)}
		off += in * R
		c.Wh = mat(off, H, R)
		off += H * R
		c.B = append([]float64(nil), p[off:off+R]...)
		off += R
		out.LSTM = append(out.LSTM, c)
		in = H
	}
	head := Dense{W: mat(off, H, spec.Classes)}
	off += H * spec.Classes
	head.B = append([]float64(nil), p[off:off+spec.Classes]...)
	out.Layers = []Dense{head}
	return out, out.Validate()
}

// Accuracy is the compiler's report: the float model's and the quantized model's accuracy on a test
// set, and how often their predictions agree.
type Accuracy struct {
	Samples   int     `json:"samples"`
	Float     float64 `json:"float_accuracy"`
	Quantized float64 `json:"quantized_accuracy"`
	Agreement float64 `json:"agreement"`
	Failed    int     `json:"failed"` // inputs the circuit could not prove (activation out of range)
}

// Evaluate measures the quantized model q on a test set. With the fl model it was quantized from
// (nil: none), it also reports the float accuracy, from fl's own forward pass, and the agreement.
func Evaluate(fm *fl.Model, q *QModel, d *dataset.Dataset) Accuracy {
	a := Accuracy{Samples: d.N}
	var logits []float64
	w := q.Outputs()
	if fm != nil {
		logits = fm.Logits(d.X, d.N)
	}
	for n := range d.N {
		fp := -1
		if logits != nil {
			fp = fl.Class(logits[n*w : (n+1)*w])
			if fp == d.Y[n] {
				a.Float++
			}
		}
		out, err := q.Infer(q.QuantizeInput(d.Row(n)))
		if err != nil {
			a.Failed++
			continue
		}
		qp := Class(out)
		if qp == d.Y[n] {
			a.Quantized++
		}
		if qp == fp {
			a.Agreement++
		}
	}
	if a.Samples > 0 {
		a.Float /= float64(a.Samples)
		a.Quantized /= float64(a.Samples)
		a.Agreement /= float64(a.Samples)
	}
	return a
}

// Class returns the class a circuit's outputs (logits) predict: the index of the largest, or for a
// single logit (logreg) 1 when it is positive.
func Class(outputs []int64) int { return fl.Class(outputs) }
