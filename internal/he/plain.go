package he

import (
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"strconv"

	"github.com/cohort-net/cohort"
)

// Dataset is a plain table: X is samples x features, Y the label column.
type Dataset struct {
	Features []string
	X        [][]float64
	Y        []float64
}

// MaxCSVRows bounds ReadCSV.
const MaxCSVRows = 1 << 20

// ReadCSV reads a header row and numeric rows; label names the label column ("" for none).
func ReadCSV(r io.Reader, label string) (*Dataset, error) {
	cr := csv.NewReader(r)
	cr.ReuseRecord = false
	head, err := cr.Read()
	if err != nil {
		return nil, cohort.Errorf(cohort.EInvalid, "csv header: %v", err)
	}
	li := -1
	ds := &Dataset{}
	for i, h := range head {
		if h == label {
			li = i
			continue
		}
		ds.Features = append(ds.Features, h)
	}
	if label != "" && li < 0 {
		return nil, cohort.Errorf(cohort.EInvalid, "csv: no label column %q", label)
	}
	for row := 1; ; row++ {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, cohort.Errorf(cohort.EInvalid, "csv row %d: %v", row, err)
		}
		if row > MaxCSVRows {
			return nil, cohort.Errorf(cohort.ETooLarge, "csv: more than %d rows", MaxCSVRows)
		}
		x := make([]float64, 0, len(ds.Features))
		for i, s := range rec {
			v, err := strconv.ParseFloat(s, 64)
			if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
				return nil, cohort.Errorf(cohort.EInvalid, "csv row %d column %d: %q is not a finite number", row, i+1, s)
			}
			if i == li {
				ds.Y = append(ds.Y, v)
			} else {
				x = append(x, v)
			}
		}
		ds.X = append(ds.X, x)
	}
	if len(ds.X) == 0 {
		return nil, cohort.Errorf(cohort.EInvalid, "csv: no rows")
	}
	return ds, nil
}

// LoadCSV reads a CSV file (see ReadCSV).
func LoadCSV(path, label string) (*Dataset, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadCSV(f, label)
}

// Standardizer holds per-feature means and standard deviations (z-scores).
type Standardizer struct {
	Mean, Std []float64
}

// FitStandardizer computes the z-score transform of X.
func FitStandardizer(X [][]float64) Standardizer {
	d := len(X[0])
	s := Standardizer{Mean: make([]float64, d), Std: make([]float64, d)}
	for _, x := range X {
		for j, v := range x {
			s.Mean[j] += v
		}
	}
	for j := range s.Mean {
		s.Mean[j] /= float64(len(X))
	}
	for _, x := range X {
		for j, v := range x {
			s.Std[j] += (v - s.Mean[j]) * (v - s.Mean[j])
		}
	}
	for j := range s.Std {
		s.Std[j] = math.Sqrt(s.Std[j] / float64(len(X)))
		if s.Std[j] == 0 {
			s.Std[j] = 1
		}
	}
	return s
}

// Apply returns the standardized copy of X.
func (s Standardizer) Apply(X [][]float64) [][]float64 {
	out := make([][]float64, len(X))
	for i, x := range X {
		out[i] = make([]float64, len(x))
		for j, v := range x {
			out[i][j] = (v - s.Mean[j]) / s.Std[j]
		}
	}
	return out
}

// LinearModel is an affine map: W is classes x features, B one bias per class. One class is a
// regression or a binary logistic regression; several are softmax logits.
type LinearModel struct {
	W [][]float64 `json:"w"`
	B []float64   `json:"b"`
}

// Dense is one fully connected layer: W is outputs x inputs.
type Dense struct {
	W [][]float64 `json:"w"`
	B []float64   `json:"b"`
}

// MLPModel is a multilayer perceptron whose hidden activation is a polynomial ("square": x^2), the
// only activation that stays exact under CKKS. The last layer has no activation (logits).
type MLPModel struct {
	Layers     []Dense `json:"layers"`
	Activation string  `json:"activation"`
}

// Eval returns the logits of one sample.
func (m *LinearModel) Eval(x []float64) []float64 {
	out := make([]float64, len(m.W))
	for c, w := range m.W {
		s := m.B[c]
		for j, v := range x {
			s += w[j] * v
		}
		out[c] = s
	}
	return out
}

func (d *Dense) eval(x []float64) []float64 {
	lm := LinearModel{W: d.W, B: d.B}
	return lm.Eval(x)
}

// Eval returns the logits of one sample.
func (m *MLPModel) Eval(x []float64) []float64 {
	h := x
	for i := range m.Layers {
		h = m.Layers[i].eval(h)
		if i < len(m.Layers)-1 {
			for k := range h {
				h[k] *= h[k]
			}
		}
	}
	return h
}

// Sigmoid is the logistic function.
func Sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

// Argmax returns the index of the largest value (for one logit: 1 when it is positive).
func Argmax(v []float64) int {
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

// TrainConfig sets plain full-batch gradient descent.
type TrainConfig struct {
	Epochs int
	LR     float64
	L2     float64
	Seed   uint64
}

// TrainLinear fits a LinearModel by full-batch gradient descent: classes == 1 and logistic false is
// least squares, classes == 1 and logistic true binary cross-entropy, classes > 1 softmax
// cross-entropy on integer labels 0..classes-1.
func TrainLinear(ds *Dataset, classes int, logistic bool, cfg TrainConfig) (*LinearModel, error) {
	if classes < 1 || len(ds.X) == 0 || len(ds.X) != len(ds.Y) {
		return nil, cohort.Errorf(cohort.EInvalid, "train: need rows and labels")
	}
	d := len(ds.X[0])
	m := &LinearModel{W: make([][]float64, classes), B: make([]float64, classes)}
	for c := range m.W {
		m.W[c] = make([]float64, d)
	}
	gw := make([][]float64, classes)
	for c := range gw {
		gw[c] = make([]float64, d)
	}
	gb := make([]float64, classes)
	n := float64(len(ds.X))
	for e := 0; e < cfg.Epochs; e++ {
		for c := range gw {
			clear(gw[c])
		}
		clear(gb)
		for i, x := range ds.X {
			z := m.Eval(x)
			var g []float64
			switch {
			case classes == 1 && !logistic:
				g = []float64{z[0] - ds.Y[i]}
			case classes == 1:
				g = []float64{Sigmoid(z[0]) - ds.Y[i]}
			default:
				p := softmax(z)
				p[int(ds.Y[i])] -= 1
				g = p
			}
			for c := range g {
				for j, v := range x {
					gw[c][j] += g[c] * v
				}
				gb[c] += g[c]
			}
		}
		for c := range m.W {
			for j := range m.W[c] {
				m.W[c][j] -= cfg.LR * (gw[c][j]/n + cfg.L2*m.W[c][j])
			}
			m.B[c] -= cfg.LR * gb[c] / n
		}
	}
	return m, nil
}

func softmax(z []float64) []float64 {
	mx := z[0]
	for _, v := range z {
		mx = math.Max(mx, v)
	}
	out := make([]float64, len(z))
	var s float64
	for i, v := range z {
		out[i] = math.Exp(v - mx)
		s += out[i]
	}
	for i := range out {
		out[i] /= s
	}
	return out
}

// TrainMLP fits a one-hidden-layer MLP with square activation by full-batch gradient descent
// (binary cross-entropy for classes == 1, softmax cross-entropy otherwise).
func TrainMLP(ds *Dataset, hidden, classes int, cfg TrainConfig) (*MLPModel, error) {
	if hidden < 1 || classes < 1 || len(ds.X) == 0 || len(ds.X) != len(ds.Y) {
		return nil, cohort.Errorf(cohort.EInvalid, "train mlp: bad shape")
	}
	d := len(ds.X[0])
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x5eed))
	mk := func(out, in int, scale float64) Dense {
		l := Dense{W: make([][]float64, out), B: make([]float64, out)}
		for k := range l.W {
			l.W[k] = make([]float64, in)
			for j := range l.W[k] {
				l.W[k][j] = rng.NormFloat64() * scale
			}
		}
		return l
	}
	l1 := mk(hidden, d, 1/math.Sqrt(float64(d)))
	l2 := mk(classes, hidden, 1/math.Sqrt(float64(hidden)))
	n := float64(len(ds.X))
	for e := 0; e < cfg.Epochs; e++ {
		g1 := mk(hidden, d, 0)
		g2 := mk(classes, hidden, 0)
		for i, x := range ds.X {
			z1 := l1.eval(x)
			a1 := make([]float64, hidden)
			for k := range z1 {
				a1[k] = z1[k] * z1[k]
			}
			z2 := l2.eval(a1)
			var g []float64
			if classes == 1 {
				g = []float64{Sigmoid(z2[0]) - ds.Y[i]}
			} else {
				g = softmax(z2)
				g[int(ds.Y[i])] -= 1
			}
			da := make([]float64, hidden)
			for c := range g {
				for k := range a1 {
					g2.W[c][k] += g[c] * a1[k]
					da[k] += g[c] * l2.W[c][k]
				}
				g2.B[c] += g[c]
			}
			for k := range da {
				dz := da[k] * 2 * z1[k]
				for j, v := range x {
					g1.W[k][j] += dz * v
				}
				g1.B[k] += dz
			}
		}
		step := func(l, g *Dense) {
			for k := range l.W {
				for j := range l.W[k] {
					l.W[k][j] -= cfg.LR * (g.W[k][j]/n + cfg.L2*l.W[k][j])
				}
				l.B[k] -= cfg.LR * g.B[k] / n
			}
		}
		step(&l1, &g1)
		step(&l2, &g2)
	}
	return &MLPModel{Layers: []Dense{l1, l2}, Activation: "square"}, nil
}

// Accuracy is the share of rows whose predicted class (Argmax of f) equals the label.
func Accuracy(ds *Dataset, f func([]float64) []float64) float64 {
	ok := 0
	for i, x := range ds.X {
		if Argmax(f(x)) == int(ds.Y[i]) {
			ok++
		}
	}
	return float64(ok) / float64(len(ds.X))
}

// String describes the dataset's shape.
func (ds *Dataset) String() string {
	return fmt.Sprintf("%d rows x %d features", len(ds.X), len(ds.Features))
}
