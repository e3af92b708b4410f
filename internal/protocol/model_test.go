package protocol

import (
	"testing"

	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
)

func TestModelRoundTrip(t *testing.T) {
	spec := fl.ModelSpec{Kind: fl.KindLogReg, Inputs: 3, Classes: 2}
	params := []float64{0.5, -1, 2, 0.25}
	sc := &dataset.Scaler{Mean: []float64{1, 2, 3}, Std: []float64{1, 0.5, 2}}
	b, err := EncodeModel(ModelHeader{Task: "t", Round: 4, Model: spec, Label: "y", Classes: []string{"0", "1"}}, params, sc)
	if err != nil {
		t.Fatal(err)
	}
	h, m, s, err := DecodeModel(b, DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if h.Round != 4 || len(m.Params) != 4 || m.Params[2] != 2 || s.Std[1] != 0.5 {
		t.Fatalf("round trip: %+v %v %v", h, m.Params, s)
	}
	if _, _, _, err := DecodeModel(b[:len(b)-1], DefaultLimits); err == nil {
		t.Fatal("truncated model accepted")
	}
	bad, _ := EncodeModel(ModelHeader{Model: spec}, params[:3], nil)
	if _, _, _, err := DecodeModel(bad, DefaultLimits); err == nil {
		t.Fatal("parameter count mismatch accepted")
	}
}

func FuzzDecodeModel(f *testing.F) {
	spec := fl.ModelSpec{Kind: fl.KindLogReg, Inputs: 2, Classes: 2}
	b, _ := EncodeModel(ModelHeader{Model: spec, Classes: []string{"a", "b"}}, []float64{1, 2, 3}, &dataset.Scaler{Mean: []float64{0, 0}, Std: []float64{1, 1}})
	f.Add(b)
	enc := &dataset.Encoding{Missing: []string{"NA"}, Columns: []dataset.EncodingColumn{{Name: "x", Type: "float", Impute: "mean", Fill: 1.5},
		{Name: "c", Type: "categorical", OneHot: true, Impute: "mode", Categories: []string{"a"}, FillValue: "a"}}}
	b, _ = EncodeModel(ModelHeader{Model: spec, Classes: []string{"a", "b"}, Encoding: enc, Final: true}, []float64{1, 2, 3}, nil)
	f.Add(b)
	f.Fuzz(func(t *testing.T, data []byte) {
		h, m, s, err := DecodeModel(data, Limits{MaxHeader: 4 << 10, MaxTensors: 4, MaxElems: 1 << 16})
		if err != nil {
			return
		}
		if len(m.Params) != m.Spec.NumParams() || (s != nil && len(s.Mean) != m.Spec.Inputs) || (h.Encoding != nil && h.Encoding.Width() != m.Spec.Inputs) {
			t.Fatal("accepted an inconsistent model")
		}
	})
}
