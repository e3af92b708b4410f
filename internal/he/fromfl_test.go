package he

import (
	"math"
	"testing"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
)

// TestFromFLLayout checks the transposition of fl's input-major layout and the scaler folding on a
// hand-made model, in the clear.
func TestFromFLLayout(t *testing.T) {
	// mlp 3-2-2 square: layer 0 W[i*2+j], b; layer 1 W[i*2+j], b.
	spec := fl.ModelSpec{Kind: fl.KindMLP, Inputs: 3, Classes: 2, Hidden: []int{2}, Activation: fl.ActSquare}
	fm := &fl.Model{Spec: spec, Params: make([]float64, spec.NumParams())}
	for i := range fm.Params {
		fm.Params[i] = 0.1 * float64(i%7-3)
	}
	std := &dataset.Scaler{Mean: []float64{1, -2, 0.5}, Std: []float64{2, 0.5, 1}}
	hm, err := FromFL(fm, std, FLOptions{ID: "t"})
	if err != nil {
		t.Fatal(err)
	}
	d := &dataset.Dataset{X: []float64{0.3, 1, -4, 2, 2, 2, -1, 0, 7}, Y: []int{0, 1, 0}, N: 3, D: 3, Classes: []string{"0", "1"}}
	want := flOutputs(fm, std, d, false)
	for i := range d.N {
		got := hm.Plain(d.Row(i))
		for c := range got {
			if math.Abs(got[c]-want[i][c]) > 1e-12 {
				t.Fatalf("row %d: %v, fl %v", i, got, want[i])
			}
		}
	}
	for _, kind := range []string{fl.KindLogReg, fl.KindSoftmax} {
		spec := fl.ModelSpec{Kind: kind, Inputs: 3, Classes: 3}
		if kind == fl.KindLogReg {
			spec.Classes = 2
		}
		fm := &fl.Model{Spec: spec, Params: make([]float64, spec.NumParams())}
		for i := range fm.Params {
			fm.Params[i] = float64(i) - 4
		}
		hm, err := FromFL(fm, nil, FLOptions{ID: kind})
		if err != nil {
			t.Fatal(err)
		}
		want := flOutputs(fm, &dataset.Scaler{Mean: make([]float64, 3), Std: []float64{1, 1, 1}}, d, false)
		for i := range d.N {
			got := hm.Plain(d.Row(i))
			for c := range got {
				if math.Abs(got[c]-want[i][c]) > 1e-12 {
					t.Fatalf("%s row %d: %v, fl %v", kind, i, got, want[i])
				}
			}
		}
	}
}

func TestFromFLRefuses(t *testing.T) {
	relu := fl.ModelSpec{Kind: fl.KindMLP, Inputs: 3, Classes: 2, Hidden: []int{4}}
	fm, err := fl.NewModel(relu, 1)
	if err != nil {
		t.Fatal(err)
	}
	_, err = FromFL(fm, nil, FLOptions{ID: "relu"})
	if cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("relu mlp: %v", err)
	}
	t.Log(err)
	sm, _ := fl.NewModel(fl.ModelSpec{Kind: fl.KindSoftmax, Inputs: 3, Classes: 3}, 1)
	if _, err := FromFL(sm, nil, FLOptions{ID: "p", Output: OutputProba}); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("softmax proba: %v", err)
	}
	lr, _ := fl.NewModel(fl.ModelSpec{Kind: fl.KindLogReg, Inputs: 3, Classes: 2}, 1)
	if _, err := FromFL(lr, &dataset.Scaler{Mean: []float64{0}, Std: []float64{1}}, FLOptions{ID: "s"}); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("scaler of the wrong width: %v", err)
	}
	if _, err := FromFL(&fl.Model{Spec: lr.Spec, Params: []float64{1}}, nil, FLOptions{ID: "short"}); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("short params: %v", err)
	}
	if _, err := FromFL(nil, nil, FLOptions{ID: "nil"}); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("nil: %v", err)
	}
	if _, err := FromFL(lr, nil, FLOptions{}); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("no id: %v", err)
	}
}
