package modelfile

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
)

// trained returns a logistic regression trained on the bundled breast-cancer split behind its scaler,
// as a File, with the raw test split.
func trained(t testing.TB) (*File, *dataset.Dataset) {
	t.Helper()
	train, test, _, err := dataset.LoadSource("breast_cancer", "", "", 1)
	if err != nil {
		t.Fatal(err)
	}
	s := dataset.FitScaler(train)
	spec := fl.ModelSpec{Kind: fl.KindLogReg, Inputs: train.D, Classes: 2}
	m, err := fl.TrainCentralized(t.Context(), spec, s.Apply(train), fl.TrainConfig{Epochs: 3, BatchSize: 32, LR: 0.1, Optimizer: "sgd"}, 1)
	if err != nil {
		t.Fatal(err)
	}
	acc := fl.Evaluate(m, s.Apply(test)).Accuracy
	f, err := New(m, s, train.Features, train.Label, train.Classes, Provenance{Source: "test", Dataset: "breast_cancer", Seed: 1,
		CreatedAt: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC), Accuracy: &acc, AccuracySamples: test.N})
	if err != nil {
		t.Fatal(err)
	}
	return f, test
}

func TestRoundTripBitForBit(t *testing.T) {
	f, _ := trained(t)
	f.Params[0] = math.Nextafter(f.Params[0], 1) // a value with every mantissa bit in use
	path := filepath.Join(t.TempDir(), "m.json")
	if err := Write(path, f); err != nil {
		t.Fatal(err)
	}
	g, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	for i := range f.Params {
		if math.Float64bits(f.Params[i]) != math.Float64bits(g.Params[i]) {
			t.Fatalf("param %d: %v became %v", i, f.Params[i], g.Params[i])
		}
	}
	if f.Digest() != g.Digest() || !g.Provenance.CreatedAt.Equal(f.Provenance.CreatedAt) || *g.Provenance.Accuracy != *f.Provenance.Accuracy {
		t.Fatalf("read back differs: %+v", g.Provenance)
	}
	if !strings.HasPrefix(g.Name(), "breast_cancer-logreg-") || len(g.Name()) != len("breast_cancer-logreg-")+8 {
		t.Fatalf("name %q", g.Name())
	}
}

func TestDecodeRefuses(t *testing.T) {
	f, _ := trained(t)
	good, err := Encode(f)
	if err != nil {
		t.Fatal(err)
	}
	edit := func(fn func(m map[string]any)) []byte {
		var m map[string]any
		if err := json.Unmarshal(good, &m); err != nil {
			t.Fatal(err)
		}
		fn(m)
		b, _ := json.Marshal(m)
		return b
	}
	cases := []struct {
		name string
		in   []byte
		want string
	}{
		{"not json", []byte("hello"), "not a Cohort model file"},
		{"no format", []byte(`{"model": {}}`), `no "format" field`},
		{"newer version", edit(func(m map[string]any) { m["format"] = "cohort-model/2" }), "reads version 1 only"},
		{"other format", edit(func(m map[string]any) { m["format"] = "onnx" }), "not a Cohort model file"},
		{"unknown field", edit(func(m map[string]any) { m["weights"] = 1 }), "unknown field"},
		{"params short", edit(func(m map[string]any) { m["params"] = []float64{1, 2} }), "2 parameters, want 31"},
		{"scaler short", edit(func(m map[string]any) { m["scaler"] = map[string]any{"mean": []float64{0}, "std": []float64{1}} }), "scaler"},
		{"zero std", edit(func(m map[string]any) {
			s := m["scaler"].(map[string]any)
			s["std"].([]any)[3] = 0.0
		}), "scaler feature 3"},
		{"features short", edit(func(m map[string]any) { m["features"] = []string{"a"} }), "1 feature names for a model of 30 inputs"},
		{"feature twice", edit(func(m map[string]any) { m["features"].([]any)[1] = m["features"].([]any)[0] }), "appears twice"},
		{"classes", edit(func(m map[string]any) { m["classes"] = []string{"a", "b", "c"} }), "3 class names"},
		{"no label", edit(func(m map[string]any) { m["label"] = "" }), "no label column"},
		{"bad spec", edit(func(m map[string]any) { m["model"].(map[string]any)["kind"] = "forest" }), "forest"},
		{"trailing", append(append([]byte(nil), good...), []byte(`{}`)...), "after top-level value"},
	}
	for _, c := range cases {
		_, err := Decode(c.in)
		if err == nil || !strings.Contains(err.Error(), c.want) || cohort.Code(err) != cohort.EInvalid {
			t.Errorf("%s: %v, want %q (EInvalid)", c.name, err, c.want)
		}
	}
	if _, err := Decode(make([]byte, MaxBytes+1)); cohort.Code(err) != cohort.ETooLarge {
		t.Errorf("oversized: %v", err)
	}
	if _, err := Read(filepath.Join(t.TempDir(), "none.json")); cohort.Code(err) != cohort.ENotFound {
		t.Errorf("missing file: %v", err)
	}
	if !Sniff(good) || Sniff([]byte(`{"kind":"mlp"}`)) {
		t.Error("Sniff")
	}
}

func TestWriteIsAtomic(t *testing.T) {
	f, _ := trained(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "m.json")
	os.WriteFile(path, []byte("old"), 0o644)
	f.Params[0] = math.NaN()
	if err := Write(path, f); err == nil {
		t.Fatal("wrote a NaN parameter")
	}
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Fatalf("failed write changed the file: %q", b)
	}
	if es, _ := os.ReadDir(dir); len(es) != 1 {
		t.Fatalf("left files behind: %v", es)
	}
}

func csvOf(t testing.TB, d *dataset.Dataset) []byte {
	var b bytes.Buffer
	if err := dataset.WriteCSV(&b, d); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestPredictMatchesEvaluate(t *testing.T) {
	f, test := trained(t)
	tab, err := f.ReadTable(bytes.NewReader(csvOf(t, test)), "")
	if err != nil {
		t.Fatal(err)
	}
	if !tab.Labelled || tab.N != test.N {
		t.Fatalf("table: labelled %v, %d rows", tab.Labelled, tab.N)
	}
	if acc := f.Evaluate(tab.Dataset).Accuracy; acc != *f.Provenance.Accuracy {
		t.Fatalf("accuracy %v, trained model's %v", acc, *f.Provenance.Accuracy)
	}
	classes, proba := f.Predict(tab.Dataset)
	correct := 0
	for i, c := range classes {
		if c == tab.Y[i] {
			correct++
		}
		if p := proba[2*i] + proba[2*i+1]; math.Abs(p-1) > 1e-9 {
			t.Fatalf("row %d probabilities sum to %v", i, p)
		}
	}
	if float64(correct)/float64(len(classes)) != *f.Provenance.Accuracy {
		t.Fatal("Predict disagrees with Evaluate")
	}
}

func TestReadTable(t *testing.T) {
	f := &File{Format: Format, Model: fl.ModelSpec{Kind: fl.KindSoftmax, Inputs: 2, Classes: 3}, Params: make([]float64, 9),
		Features: []string{"a", "b"}, Label: "y", Classes: []string{"cat", "dog", "eel"}}
	if err := f.Check(); err != nil {
		t.Fatal(err)
	}
	tab, err := f.ReadTable(strings.NewReader("\ufeffid,b,y,a\nx1,2,dog,1\n\nx2,4,eel,3\n"), "")
	if err != nil {
		t.Fatal(err)
	}
	if tab.N != 2 || tab.X[0] != 1 || tab.X[1] != 2 || tab.X[2] != 3 || tab.Y[0] != 1 || tab.Y[1] != 2 ||
		len(tab.Ignored) != 1 || tab.Ignored[0] != "id" {
		t.Fatalf("table %+v %+v", tab.Dataset, tab.Ignored)
	}
	tab, err = f.ReadTable(strings.NewReader("a,b\n1,2\n"), "")
	if err != nil || tab.Labelled || tab.N != 1 {
		t.Fatalf("unlabelled: %+v %v", tab, err)
	}
	bad := []struct{ csv, label, want string }{
		{"a,c,y\n1,2,cat\n", "", `no column "b", feature 2 of the 2`},
		{"a,b\n1,2\n", "y", `no label column "y"`},
		{"a,b,y\n1,2,cow\n", "", `line 2, column "y": label "cow" is not one of the model's classes (cat, dog, eel)`},
		{"a,b,y\n1,2,cat\n1,zz,dog\n", "", `line 3, column "b": "zz" is not a number`},
		{"a,b,y\n1,NaN,cat\n", "", `"NaN" is not finite`},
		{"a,b,y\n1,,cat\n", "", `line 2, column "b": "" is not a number`},
		{"a,b,y\n1,2\n", "", "line 2: 2 fields, want 3"},
		{"a,a,b,y\n1,1,2,cat\n", "", `column "a" appears twice`},
		{"a,b,y\n", "", "no rows"},
		{"", "", "empty input"},
		{"a,b,y\n1,\"2,cat\n", "", "csv line"},
	}
	for _, c := range bad {
		_, err := f.ReadTable(strings.NewReader(c.csv), c.label)
		if err == nil || !strings.Contains(err.Error(), c.want) || cohort.Code(err) != cohort.EInvalid {
			t.Errorf("%q: %v, want %q", c.csv, err, c.want)
		}
	}
	// Without feature names, columns are taken by position.
	f.Features = nil
	tab, err = f.ReadTable(strings.NewReader("p,y,q\n5,cat,6\n"), "")
	if err != nil || tab.X[0] != 5 || tab.X[1] != 6 || tab.Features[1] != "q" {
		t.Fatalf("positional: %+v %v", tab, err)
	}
	if _, err := f.ReadTable(strings.NewReader("p,q,r,y\n1,2,3,cat\n"), ""); err == nil || !strings.Contains(err.Error(), "3 columns besides the label") {
		t.Fatalf("positional count: %v", err)
	}
}

func FuzzDecode(f *testing.F) {
	m, _ := trained(f)
	good, _ := Encode(m)
	f.Add(good)
	f.Add([]byte(`{"format":"cohort-model/1","model":{"kind":"logreg","inputs":1,"classes":2},"params":[0.5,1],"features":["x"],"label":"y","classes":["a","b"],"provenance":{"created_at":"2026-01-01T00:00:00Z"}}`))
	f.Add([]byte(`{"format":"cohort-model/9"}`))
	withEnc, _ := encoded(f)
	encb, _ := Encode(withEnc)
	f.Add(encb)
	f.Add([]byte(`{"format":"cohort-model/1","model":{"kind":"mlp","inputs":2,"classes":2,"hidden":[3]},"params":[]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		got, err := Decode(b)
		if err != nil {
			if cohort.Code(err) != cohort.EInvalid && cohort.Code(err) != cohort.ETooLarge {
				t.Fatalf("error without a code: %v", err)
			}
			return
		}
		again, err := Encode(got)
		if err != nil {
			t.Fatalf("decoded file does not encode: %v", err)
		}
		back, err := Decode(again)
		if err != nil || back.Digest() != got.Digest() {
			t.Fatalf("re-decode: %v", err)
		}
	})
}
