package protocol

import (
	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
)

// ModelHeader describes a trained model as it is stored by CID (each round's global model) and saved
// to a file: what a reader needs to use the parameters on raw rows.
type ModelHeader struct {
	Kind    string       `json:"kind"` // always "cohort-model"
	Task    string       `json:"task"`
	Round   uint64       `json:"round"`
	Model   fl.ModelSpec `json:"model"`
	Label   string       `json:"label"`
	Classes []string     `json:"classes"`
	Scaled  bool         `json:"scaled"` // rows are z-scored with the two tensors after the parameters
	// Encoding, for a task read through a schema, is how raw CSV columns become the model's inputs
	// (a validator encodes its raw hold-out rows with it).
	Encoding *dataset.Encoding `json:"encoding,omitempty"`
	// Final marks the task's last round when the coordinator ended it before its planned rounds
	// could tell (automatic rounds: the validation log-loss plateaued): validators measure and attest
	// this round's model.
	Final bool `json:"final,omitempty"`
}

// ModelLimits are the limits a stored model is decoded with: DefaultLimits, with room in the header
// for a schema task's encoding.
func ModelLimits() Limits {
	l := DefaultLimits
	l.MaxHeader += MaxSchemaHeader
	return l
}

// EncodeModel writes a model with its scaler (nil when the task does not standardize) as a frame:
// the header, the parameters, then the scaler's means and standard deviations. Numbers travel as
// float32, like every model on the wire.
func EncodeModel(h ModelHeader, params []float64, scaler *dataset.Scaler) ([]byte, error) {
	h.Kind = "cohort-model"
	h.Scaled = scaler != nil
	if scaler == nil {
		return EncodeFrame(h, params)
	}
	return EncodeFrame(h, params, scaler.Mean, scaler.Std)
}

// DecodeModel reads what EncodeModel wrote and checks that the parameters fit the model spec and the
// scaler the input width.
func DecodeModel(b []byte, lim Limits) (ModelHeader, *fl.Model, *dataset.Scaler, error) {
	var h ModelHeader
	ts, err := DecodeFrame(b, lim, &h)
	if err != nil {
		return h, nil, nil, err
	}
	want := 1
	if h.Scaled {
		want = 3
	}
	switch {
	case h.Kind != "cohort-model":
		return h, nil, nil, cohort.Errorf(cohort.EInvalid, "model file: kind %q", h.Kind)
	case len(ts) != want:
		return h, nil, nil, cohort.Errorf(cohort.EInvalid, "model file: %d tensors, want %d", len(ts), want)
	}
	if err := h.Model.Validate(); err != nil {
		return h, nil, nil, cohort.Errorf(cohort.EInvalid, "model file: %v", err)
	}
	if len(ts[0]) != h.Model.NumParams() {
		return h, nil, nil, cohort.Errorf(cohort.EInvalid, "model file: %d parameters, the model has %d", len(ts[0]), h.Model.NumParams())
	}
	if h.Encoding != nil {
		if err := h.Encoding.Check(); err != nil {
			return h, nil, nil, cohort.Errorf(cohort.EInvalid, "model file: %v", err)
		}
		if w := h.Encoding.Width(); w != h.Model.Inputs {
			return h, nil, nil, cohort.Errorf(cohort.EInvalid, "model file: the encoding gives %d features, the model takes %d", w, h.Model.Inputs)
		}
	}
	m := &fl.Model{Spec: h.Model, Params: ts[0]}
	if !h.Scaled {
		return h, m, nil, nil
	}
	s := &dataset.Scaler{Mean: ts[1], Std: ts[2]}
	if err := s.Check(h.Model.Inputs); err != nil {
		return h, nil, nil, cohort.Errorf(cohort.EInvalid, "model file: scaler: %v", err)
	}
	return h, m, s, nil
}
