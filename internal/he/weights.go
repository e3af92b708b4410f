package he

import "math"

// LinearModel is an affine map: W is outputs x features, B one bias per output. One output is a
// regression value or a binary logit; several are softmax logits. FromFL builds it from a model the
// federated learning engine trained.
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

// apply returns W x + B: the plaintext of denseFM.
func (d Dense) apply(x []float64) []float64 {
	out := make([]float64, len(d.W))
	for c, w := range d.W {
		s := d.B[c]
		for j, v := range x {
			s += w[j] * v
		}
		out[c] = s
	}
	return out
}

// plainLayers evaluates the layers in the clear, squaring between them, as evalFeatureMajor does.
func plainLayers(layers []Dense, x []float64) []float64 {
	h := x
	for i, l := range layers {
		h = l.apply(h)
		if i < len(layers)-1 {
			for k := range h {
				h[k] *= h[k]
			}
		}
	}
	return h
}

// layers returns the spec's dense layers: one for a linear model.
func (s ModelSpec) layers() []Dense {
	if s.Linear != nil {
		return []Dense{{W: s.Linear.W, B: s.Linear.B}}
	}
	if s.MLP != nil {
		return s.MLP.Layers
	}
	return nil
}

// sigmoid is the logistic function the Chebyshev approximation interpolates.
func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }
