package zk

import (
	"fmt"
	"math"

	"github.com/cohort-net/cohort"
)

// BiasBits is the signed width of a bias in the packed (committed) form of private weights.
const BiasBits = 48

// QDense is a quantized dense layer: W at scale 2^WFrac, B at scale 2^(InFrac+WFrac).
type QDense struct {
	W [][]int64 `json:"w"`
	B []int64   `json:"b"`
}

// QLSTMLayer is a quantized LSTM cell (gate rows i, f, g, o).
type QLSTMLayer struct {
	Wx [][]int64 `json:"wx"`
	Wh [][]int64 `json:"wh"`
	B  []int64   `json:"b"`
}

// QModel is a quantized model: the thing a circuit is compiled from. Its fields are the whole
// arithmetic contract between the circuit and the plain-Go reference (Infer).
type QModel struct {
	Kind      string       `json:"kind"`
	InFrac    int          `json:"in_frac"`              // fractional bits of inputs and activations
	InBits    int          `json:"in_bits"`              // inputs lie in [-2^(InBits-1), 2^(InBits-1))
	WFrac     int          `json:"w_frac"`               // fractional bits of weights
	WBits     int          `json:"w_bits"`               // weights lie in [-2^(WBits-1), 2^(WBits-1))
	ActBits   int          `json:"act_bits"`             // hidden activations lie in (-2^(ActBits-1), 2^(ActBits-1))
	TableBits int          `json:"table_bits,omitempty"` // LSTM: sigmoid/tanh tables have 2^TableBits entries
	Steps     int          `json:"steps,omitempty"`
	Layers    []QDense     `json:"layers"`
	LSTM      []QLSTMLayer `json:"lstm,omitempty"`
	// WeightsSalt is the private salt that the weights commitment (the model id of private weights)
	// absorbs: drawn by the model's owner (NewSalt) and kept with the weights. Public-weight circuits
	// ignore it.
	WeightsSalt *Element `json:"weights_salt,omitempty"`
}

// Inputs returns the number of input values.
func (q *QModel) Inputs() int {
	if q.Kind == KindLSTM {
		return q.Steps * len(q.LSTM[0].Wx[0])
	}
	return len(q.Layers[0].W[0])
}

// Outputs returns the number of outputs.
func (q *QModel) Outputs() int { return len(q.Layers[len(q.Layers)-1].W) }

func (q *QModel) hidden() int { return len(q.LSTM[0].Wh) / 4 }

// Validate checks the quantized model: its shapes (through the float shape rules), its bit widths,
// that every weight and bias lies in its range, and that no accumulator of the int64 reference can
// overflow for any admissible input (bound.go; the error names the layer). Errors are cohort.EInvalid.
func (q *QModel) Validate() error {
	bad := func(f string, a ...any) error { return cohort.Errorf(cohort.EInvalid, "quantized model: "+f, a...) }
	if q.InFrac < 0 || q.InFrac > 16 || q.WFrac < 1 || q.WFrac > 24 {
		return bad("in_frac %d, w_frac %d: want 0..16 and 1..24", q.InFrac, q.WFrac)
	}
	if q.InBits < 2 || q.InBits > 32 || q.WBits < 2 || q.WBits > 32 || q.ActBits < 8 || q.ActBits > 64 {
		return bad("bit widths in %d, w %d, act %d out of range", q.InBits, q.WBits, q.ActBits)
	}
	if q.Kind == KindLSTM && (q.TableBits < 4 || q.TableBits > 16 || q.TableBits >= q.ActBits) {
		return bad("table_bits %d, want 4..16 and below act_bits", q.TableBits)
	}
	// Reuse the float shape checks.
	f := q.shapeModel()
	if err := f.Validate(); err != nil {
		return err
	}
	wlim, blim := int64(1)<<(q.WBits-1), int64(1)<<(BiasBits-1)
	inRange := func(name string, v []int64, lim int64) error {
		for _, x := range v {
			if x < -lim || x >= lim {
				return bad("%s value %d outside +-2^%d", name, x, bitsOf(lim))
			}
		}
		return nil
	}
	for l, d := range q.Layers {
		for _, r := range d.W {
			if err := inRange(fmt.Sprintf("layer %d weight", l), r, wlim); err != nil {
				return err
			}
		}
		if err := inRange(fmt.Sprintf("layer %d bias", l), d.B, blim); err != nil {
			return err
		}
	}
	for l, c := range q.LSTM {
		for _, r := range append(append([][]int64{}, c.Wx...), c.Wh...) {
			if err := inRange(fmt.Sprintf("lstm %d weight", l), r, wlim); err != nil {
				return err
			}
		}
		if err := inRange(fmt.Sprintf("lstm %d bias", l), c.B, blim); err != nil {
			return err
		}
	}
	return q.checkAccumulators()
}

func bitsOf(lim int64) int { return 64 - leadingZeros(uint64(lim)) - 1 }

func leadingZeros(x uint64) int {
	n := 0
	for i := 63; i >= 0 && x&(1<<uint(i)) == 0; i-- {
		n++
	}
	return n
}

// shapeModel returns a float model with the same shapes (values zero), for shape validation.
func (q *QModel) shapeModel() *Model {
	mat := func(w [][]int64) [][]float64 {
		out := make([][]float64, len(w))
		for i, r := range w {
			out[i] = make([]float64, len(r))
		}
		return out
	}
	m := &Model{Kind: q.Kind, Steps: q.Steps}
	for _, d := range q.Layers {
		m.Layers = append(m.Layers, Dense{W: mat(d.W), B: make([]float64, len(d.B))})
	}
	for _, c := range q.LSTM {
		m.LSTM = append(m.LSTM, LSTMLayer{Wx: mat(c.Wx), Wh: mat(c.Wh), B: make([]float64, len(c.B))})
	}
	return m
}

// LSTMQuant is the fixed-point format of trained LSTMs (the co2 model the miners serve and `cohort
// bench zk` measures): tables of 4096 entries over +-8 at 2^-8. Chosen on the co2 validation windows
// (fl's DatasetCO2 preset, seed 1), agreement of quantized and float predictions: InFrac 6 / TableBits
// 10: 95.2 %; 7 / 11: 97.8 %; 8 / 12: 98.4 %; 9 / 13: 98.7 %; 10 / 14: 99.4 %. The cost, for the 2x50
// model: 56,167 constraints (ActBits 16), against 51,919 for InFrac 8 / TableBits 11 / ActBits 12
// (98.4 %) and 45,811 for 7 / 10 / 11 (97.8 %), about 6 % and 15 % less proving CPU time.
var LSTMQuant = QuantOptions{InFrac: 8, WBits: 12, ActBits: 16, TableBits: 12}

// QuantOptions chooses the fixed-point format. Zero fields take defaults: InFrac 8, InBits 16, WBits 16,
// ActBits 32, TableBits 12; WFrac 0 means "as many fractional bits as the largest weight allows".
type QuantOptions struct {
	InFrac, InBits, WFrac, WBits, ActBits, TableBits int
}

func (o QuantOptions) withDefaults() QuantOptions {
	if o.InFrac == 0 {
		o.InFrac = 8
	}
	if o.InBits == 0 {
		o.InBits = 16
	}
	if o.WBits == 0 {
		o.WBits = 16
	}
	if o.ActBits == 0 {
		o.ActBits = 32
	}
	if o.TableBits == 0 {
		o.TableBits = 12
	}
	return o
}

// Quantize converts a float model to fixed point. Weights are rounded to the nearest multiple of
// 2^-WFrac and clipped to WBits; biases are rounded at scale 2^(InFrac+WFrac).
func Quantize(m *Model, o QuantOptions) (*QModel, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	o = o.withDefaults()
	if o.WFrac == 0 {
		mx := 0.0
		each := func(w [][]float64) {
			for _, r := range w {
				for _, v := range r {
					mx = max(mx, math.Abs(v))
				}
			}
		}
		for _, d := range m.Layers {
			each(d.W)
		}
		for _, c := range m.LSTM {
			each(c.Wx)
			each(c.Wh)
		}
		// Largest WFrac with max|w| * 2^WFrac < 2^(WBits-1).
		o.WFrac = o.WBits - 1
		if mx > 0 {
			o.WFrac = min(24, o.WBits-1-int(math.Floor(math.Log2(mx)))-1)
		}
		o.WFrac = max(1, o.WFrac)
	}
	q := &QModel{Kind: m.Kind, InFrac: o.InFrac, InBits: o.InBits, WFrac: o.WFrac, WBits: o.WBits,
		ActBits: o.ActBits, Steps: m.Steps}
	if m.Kind == KindLSTM {
		q.TableBits = o.TableBits
	}
	wlim := int64(1) << (o.WBits - 1)
	qw := func(w [][]float64) [][]int64 {
		out := make([][]int64, len(w))
		for i, r := range w {
			out[i] = make([]int64, len(r))
			for j, v := range r {
				out[i][j] = min(max(int64(math.Round(math.Ldexp(v, o.WFrac))), -wlim), wlim-1)
			}
		}
		return out
	}
	qb := func(b []float64) []int64 {
		out := make([]int64, len(b))
		for i, v := range b {
			out[i] = int64(math.Round(math.Ldexp(v, o.InFrac+o.WFrac)))
		}
		return out
	}
	for _, d := range m.Layers {
		q.Layers = append(q.Layers, QDense{W: qw(d.W), B: qb(d.B)})
	}
	for _, c := range m.LSTM {
		q.LSTM = append(q.LSTM, QLSTMLayer{Wx: qw(c.Wx), Wh: qw(c.Wh), B: qb(c.B)})
	}
	return q, q.Validate()
}

// QuantizeInput rounds a float input to the model's input format, clipping to InBits.
func (q *QModel) QuantizeInput(x []float64) []int64 {
	lim := int64(1) << (q.InBits - 1)
	out := make([]int64, len(x))
	for i, v := range x {
		out[i] = min(max(int64(math.Round(math.Ldexp(v, q.InFrac))), -lim), lim-1)
	}
	return out
}

// CheckInput reports whether x has the model's input length and range (cohort.EInvalid otherwise).
func (q *QModel) CheckInput(x []int64) error {
	if len(x) != q.Inputs() {
		return cohort.Errorf(cohort.EInvalid, "input has %d values, the model wants %d", len(x), q.Inputs())
	}
	lim := int64(1) << (q.InBits - 1)
	for i, v := range x {
		if v < -lim || v >= lim {
			return cohort.Errorf(cohort.EInvalid, "input %d is %d, outside [-2^%d, 2^%d)", i, v, q.InBits-1, q.InBits-1)
		}
	}
	return nil
}

// errRange reports a value the circuit could not prove (an activation outside its range).
func errRange(what string, v int64, bits int) error {
	return cohort.Errorf(cohort.EInvalid, "%s %d outside the circuit's %d-bit range", what, v, bits)
}

// Infer is the plain-Go fixed-point reference: it returns exactly the outputs the circuit proves, or an
// error where the circuit would be unsatisfiable (input or activation out of range).
func (q *QModel) Infer(x []int64) ([]int64, error) {
	if err := q.CheckInput(x); err != nil {
		return nil, err
	}
	if q.Kind == KindLSTM {
		return q.inferLSTM(x)
	}
	a := x
	alim := int64(1) << (q.ActBits - 1)
	for l, d := range q.Layers {
		acc := denseAcc(d.W, d.B, a)
		if l == len(q.Layers)-1 {
			return acc, nil
		}
		for j, v := range acc {
			h := v >> q.WFrac // floor
			if h <= -alim || h >= alim {
				return nil, errRange(fmt.Sprintf("layer %d activation", l), h, q.ActBits)
			}
			acc[j] = max(h, 0)
		}
		a = acc
	}
	return a, nil
}

func denseAcc(w [][]int64, b []int64, x []int64) []int64 {
	out := make([]int64, len(w))
	for j, r := range w {
		s := b[j]
		for i, v := range r {
			s += v * x[i]
		}
		out[j] = s
	}
	return out
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// sigmoidTable and tanhTable hold 2^TableBits values at scale 2^InFrac; entry k is f((k - 2^(TableBits-1)) / 2^InFrac).
func (q *QModel) tables() (sig, tanh []int64) {
	n := 1 << q.TableBits
	half := n / 2
	sig, tanh = make([]int64, n), make([]int64, n)
	for k := range n {
		x := math.Ldexp(float64(k-half), -q.InFrac)
		sig[k] = int64(math.Round(math.Ldexp(sigmoid(x), q.InFrac)))
		tanh[k] = int64(math.Round(math.Ldexp(math.Tanh(x), q.InFrac)))
	}
	return sig, tanh
}

// clampIndex maps a requantized pre-activation to its table index, or fails where the circuit's range
// check on the distance to the table would.
func (q *QModel) clampIndex(v int64) (int, error) {
	half := int64(1) << (q.TableBits - 1)
	lim := int64(1) << q.ActBits
	var d int64
	switch {
	case v >= half:
		d = v - half
	case v < -half:
		d = -half - 1 - v
	default:
		d = v + half
	}
	if d >= lim {
		return 0, errRange("lstm pre-activation", v, q.ActBits)
	}
	return int(min(max(v, -half), half-1) + half), nil
}

func (q *QModel) inferLSTM(x []int64) ([]int64, error) {
	sig, tnh := q.tables()
	in := len(q.LSTM[0].Wx[0])
	H := q.hidden()
	F := q.InFrac
	hlim := int64(1) << (F + 1)
	h := make([][]int64, len(q.LSTM))
	c := make([][]int64, len(q.LSTM))
	for l := range h {
		h[l], c[l] = make([]int64, H), make([]int64, H)
	}
	for t := 0; t < q.Steps; t++ {
		a := x[t*in : (t+1)*in]
		for l, cell := range q.LSTM {
			z := denseAcc(cell.Wx, cell.B, a)
			zh := denseAcc(cell.Wh, make([]int64, len(cell.Wh)), h[l])
			g := make([]int64, 4*H)
			for r := range z {
				k, err := q.clampIndex((z[r] + zh[r]) >> q.WFrac)
				if err != nil {
					return nil, err
				}
				if r/H == 2 {
					g[r] = tnh[k]
				} else {
					g[r] = sig[k]
				}
			}
			nh := make([]int64, H)
			for j := range H {
				ig, fg, gg, og := g[j], g[H+j], g[2*H+j], g[3*H+j]
				c[l][j] = (fg*c[l][j] + ig*gg) >> F
				k, err := q.clampIndex(c[l][j])
				if err != nil {
					return nil, err
				}
				nh[j] = (og * tnh[k]) >> F
				if nh[j] < -hlim || nh[j] >= hlim {
					return nil, errRange("lstm hidden", nh[j], F+2)
				}
			}
			h[l] = nh
			a = nh
		}
	}
	return denseAcc(q.Layers[0].W, q.Layers[0].B, h[len(h)-1]), nil
}
