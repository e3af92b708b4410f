package zk

import (
	"math"
	"math/rand/v2"
)

// TrainConfig drives the small plain-Go trainer used to make benchmark and test models. Real models
// come from the FL engine (FromFL).
type TrainConfig struct {
	Hidden []int   // hidden layer widths; none: logistic regression (one output) or softmax
	Epochs int     // passes over the data
	LR     float64 // learning rate
	Batch  int     // mini-batch size
	L2     float64
	Seed   uint64
}

// Train fits a model by mini-batch SGD with momentum 0.9: a logistic regression when classes == 2 and
// there are no hidden layers, else an MLP with ReLU and softmax cross-entropy.
func Train(d *Dataset, classes int, cfg TrainConfig) *Model {
	if cfg.Batch == 0 {
		cfg.Batch = 32
	}
	r := rand.New(rand.NewPCG(cfg.Seed, 5))
	sizes := append(append([]int{len(d.X[0])}, cfg.Hidden...), classes)
	m := &Model{Kind: KindMLP}
	if len(cfg.Hidden) == 0 && classes == 2 {
		m.Kind = KindLogReg
		sizes[1] = 1
	}
	for l := 0; l+1 < len(sizes); l++ {
		lim := math.Sqrt(6 / float64(sizes[l]))
		if l == len(sizes)-2 {
			lim = math.Sqrt(6 / float64(sizes[l]+sizes[l+1]))
		}
		dl := Dense{W: make([][]float64, sizes[l+1]), B: make([]float64, sizes[l+1])}
		for j := range dl.W {
			dl.W[j] = make([]float64, sizes[l])
			if m.Kind == KindLogReg {
				continue
			}
			for i := range dl.W[j] {
				dl.W[j][i] = (2*r.Float64() - 1) * lim
			}
		}
		m.Layers = append(m.Layers, dl)
	}
	// Gradient and momentum buffers shaped like the layers.
	zeros := func() []Dense {
		g := make([]Dense, len(m.Layers))
		for l, dl := range m.Layers {
			g[l] = Dense{W: make([][]float64, dl.Out()), B: make([]float64, dl.Out())}
			for j := range g[l].W {
				g[l].W[j] = make([]float64, dl.In())
			}
		}
		return g
	}
	grad, vel := zeros(), zeros()
	L := len(m.Layers)
	acts := make([][]float64, L+1)
	delta := make([][]float64, L)
	for epoch := 0; epoch < cfg.Epochs; epoch++ {
		perm := r.Perm(len(d.Y))
		for start := 0; start < len(perm); start += cfg.Batch {
			batch := perm[start:min(start+cfg.Batch, len(perm))]
			for l := range grad {
				for j := range grad[l].W {
					clear(grad[l].W[j])
				}
				clear(grad[l].B)
			}
			for _, n := range batch {
				acts[0] = d.X[n]
				for l, dl := range m.Layers {
					z := dl.apply(acts[l])
					if l < L-1 {
						for j := range z {
							z[j] = max(z[j], 0)
						}
					}
					acts[l+1] = z
				}
				out := acts[L]
				dz := make([]float64, len(out))
				if m.Kind == KindLogReg {
					dz[0] = sigmoid(out[0]) - float64(d.Y[n])
				} else {
					mx := out[0]
					for _, v := range out {
						mx = max(mx, v)
					}
					s := 0.0
					for j, v := range out {
						dz[j] = math.Exp(v - mx)
						s += dz[j]
					}
					for j := range dz {
						dz[j] /= s
					}
					dz[d.Y[n]]--
				}
				delta[L-1] = dz
				for l := L - 1; l >= 0; l-- {
					in := acts[l]
					for j, g := range delta[l] {
						if g == 0 {
							continue
						}
						grad[l].B[j] += g
						row := grad[l].W[j]
						for i, a := range in {
							row[i] += float64(g * a)
						}
					}
					if l == 0 {
						break
					}
					prev := make([]float64, len(in))
					for j, g := range delta[l] {
						if g == 0 {
							continue
						}
						for i, w := range m.Layers[l].W[j] {
							prev[i] += float64(g * w)
						}
					}
					for i := range prev {
						if in[i] <= 0 {
							prev[i] = 0
						}
					}
					delta[l-1] = prev
				}
			}
			scale := 1 / float64(len(batch))
			for l := range m.Layers {
				for j := range m.Layers[l].W {
					w, g, v := m.Layers[l].W[j], grad[l].W[j], vel[l].W[j]
					for i := range w {
						v[i] = 0.9*v[i] + float64(g[i]*scale) + float64(cfg.L2*w[i])
						w[i] -= cfg.LR * v[i]
					}
					vel[l].B[j] = 0.9*vel[l].B[j] + grad[l].B[j]*scale
					m.Layers[l].B[j] -= cfg.LR * vel[l].B[j]
				}
			}
		}
	}
	return m
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

// Evaluate compares a float model and its quantization on a test set.
func Evaluate(m *Model, q *QModel, d *Dataset) Accuracy {
	var a Accuracy
	a.Samples = len(d.Y)
	for n, x := range d.X {
		fp := Argmax(m.Forward(x))
		if fp == d.Y[n] {
			a.Float++
		}
		out, err := q.Infer(q.QuantizeInput(x))
		if err != nil {
			a.Failed++
			continue
		}
		qp := Argmax(out)
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
