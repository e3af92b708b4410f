package he

import (
	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
)

// FLOptions says how FromFL compiles a model trained by the federated learning engine (internal/fl).
type FLOptions struct {
	ID      string
	Packing Packing // default FeatureMajor
	// Output: OutputLogits (default) or OutputProba (logreg only, feature-major: the Chebyshev sigmoid).
	Output Output
	// Profile defaults to ProfileLinear for logreg and softmax, ProfileMLP for an mlp.
	Profile Profile
	Sigmoid SigmoidApprox // zero: the default [-24, 24] approximation
}

// FromFL compiles an fl model into an encrypted model: logreg becomes a one-row LinearModel (the logit,
// or with OutputProba its Chebyshev sigmoid), softmax a LinearModel with one row per class (the logits),
// and an mlp with Activation "square" an MLPModel (the logits of every class). An mlp with ReLU is
// refused: CKKS evaluates only polynomials, so the model must be trained with the square activation.
//
// std is the z-score scaler the model was trained behind (nil: none); it is folded into the first
// layer, so clients encrypt raw feature values. Errors are cohort.EInvalid.
func FromFL(m *fl.Model, std *dataset.Scaler, o FLOptions) (*Model, error) {
	spec, err := SpecFromFL(m, std, o)
	if err != nil {
		return nil, err
	}
	return NewModel(spec)
}

// SpecFromFL is FromFL without compiling: the ModelSpec it would compile.
func SpecFromFL(m *fl.Model, std *dataset.Scaler, o FLOptions) (ModelSpec, error) {
	if m == nil {
		return ModelSpec{}, cohort.Errorf(cohort.EInvalid, "fl model: nil")
	}
	if err := m.Check(); err != nil {
		return ModelSpec{}, err
	}
	if std != nil {
		if err := std.Check(m.Spec.Inputs); err != nil {
			return ModelSpec{}, err
		}
	}
	if o.Packing == "" {
		o.Packing = FeatureMajor
	}
	spec := ModelSpec{ID: o.ID, Profile: o.Profile, Packing: o.Packing, Output: o.Output, Sigmoid: o.Sigmoid}
	if o.Output == OutputProba && m.Spec.Kind != fl.KindLogReg {
		return ModelSpec{}, cohort.Errorf(cohort.EInvalid, "fl model %s: probability output needs a logreg model", m.Spec)
	}
	layers := flLayers(m)
	if std != nil {
		layers[0] = foldScaler(std, layers[0])
	}
	switch m.Spec.Kind {
	case fl.KindLogReg, fl.KindSoftmax:
		if spec.Profile == "" {
			spec.Profile = ProfileLinear
		}
		spec.Linear = &LinearModel{W: layers[0].W, B: layers[0].B}
	case fl.KindMLP:
		if act := m.Spec.Activation; act != fl.ActSquare {
			if act == "" {
				act = fl.ActReLU
			}
			return ModelSpec{}, cohort.Errorf(cohort.EInvalid,
				"fl model %s: activation %q cannot be evaluated under CKKS, which computes only additions and multiplications: train the mlp with activation %q (x^2)",
				m.Spec, act, fl.ActSquare)
		}
		if spec.Profile == "" {
			spec.Profile = ProfileMLP
		}
		spec.MLP = &MLPModel{Layers: layers, Activation: "square"}
	default:
		return ModelSpec{}, cohort.Errorf(cohort.EInvalid, "fl model kind %q: want logreg|softmax|mlp", m.Spec.Kind)
	}
	return spec, nil
}

// flLayers transposes fl's flat, input-major parameters (per layer: W[i*out+j] from input i to output
// j, then out biases) into Dense layers with W[out][in]. The model must have passed Check.
func flLayers(m *fl.Model) []Dense {
	sizes := []int{m.Spec.Inputs}
	if m.Spec.Kind == fl.KindMLP {
		sizes = append(sizes, m.Spec.Hidden...)
	}
	if m.Spec.Kind == fl.KindLogReg {
		sizes = append(sizes, 1)
	} else {
		sizes = append(sizes, m.Spec.Classes)
	}
	p := m.Params
	layers := make([]Dense, len(sizes)-1)
	off := 0
	for l := range layers {
		in, out := sizes[l], sizes[l+1]
		d := Dense{W: make([][]float64, out), B: make([]float64, out)}
		for j := range out {
			d.W[j] = make([]float64, in)
			for i := range in {
				d.W[j][i] = p[off+i*out+j]
			}
		}
		copy(d.B, p[off+in*out:off+in*out+out])
		off += (in + 1) * out
		layers[l] = d
	}
	return layers
}

// foldScaler returns the layer that applies s before l, so that clients send raw features:
// W'[c][j] = W[c][j]/Std[j] and B'[c] = B[c] - sum_j W[c][j]*Mean[j]/Std[j].
func foldScaler(s *dataset.Scaler, l Dense) Dense {
	out := Dense{W: make([][]float64, len(l.W)), B: make([]float64, len(l.B))}
	for c, w := range l.W {
		out.W[c] = make([]float64, len(w))
		out.B[c] = l.B[c]
		for j, v := range w {
			out.W[c][j] = v / s.Std[j]
			out.B[c] -= v * s.Mean[j] / s.Std[j]
		}
	}
	return out
}
