package modelfile

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/schema"
)

const encSchema = `name: e
label: y
missing: ["", "NA", "?"]
columns:
  - {name: id, type: int, role: id}
  - {name: x, type: float, nullable: true}
  - {name: c, type: categorical, nullable: true}
  - {name: y, type: categorical}
`

const encCSV = "id,x,c,y\n1,1.5,red,a\n2,NA,blue,b\n3,-0.5,,a\n4,2,red,b\n5,?,green,a\n6,0.25,blue,b\n"

// encoded returns a model file trained behind an encoding (and a scaler), with the encoded training data.
func encoded(t testing.TB) (*File, *dataset.Dataset) {
	t.Helper()
	s, err := schema.Parse([]byte(encSchema))
	if err != nil {
		t.Fatal(err)
	}
	tab, err := dataset.ReadTable(strings.NewReader(encCSV), s, "")
	if err != nil {
		t.Fatal(err)
	}
	e, err := dataset.FitEncoding(tab, tab.Stats())
	if err != nil {
		t.Fatal(err)
	}
	d, _, err := e.Encode(tab)
	if err != nil {
		t.Fatal(err)
	}
	sc := dataset.FitScaler(d)
	m, err := fl.TrainCentralized(t.Context(), fl.ModelSpec{Kind: fl.KindLogReg, Inputs: d.D, Classes: 2}, sc.Apply(d), fl.TrainConfig{Epochs: 2, BatchSize: 2, LR: 0.1, Optimizer: "sgd"}, 1)
	if err != nil {
		t.Fatal(err)
	}
	f, err := New(m, sc, d.Features, d.Label, d.Classes, Provenance{CreatedAt: time.Unix(0, 0).UTC()})
	if err != nil {
		t.Fatal(err)
	}
	if err := f.SetEncoding(e); err != nil {
		t.Fatal(err)
	}
	return f, d
}

// TestEncodedModelReadsRawRows: a model file with an encoding survives a round trip and reads raw
// CSV rows (missing cells, categories, an id column it ignores) into exactly the features it was
// trained on.
func TestEncodedModelReadsRawRows(t *testing.T) {
	f, d := encoded(t)
	b, err := Encode(f)
	if err != nil {
		t.Fatal(err)
	}
	g, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if g.Digest() != f.Digest() || !slices.Equal(g.Features, []string{"x", "c=blue", "c=green", "c=red"}) {
		t.Fatalf("round trip: digest %v, features %v", g.Digest() == f.Digest(), g.Features)
	}
	tab, err := g.ReadTable(strings.NewReader(encCSV), "")
	if err != nil {
		t.Fatal(err)
	}
	if !tab.Labelled || !slices.Equal(tab.X, d.X) || !slices.Equal(tab.Y, d.Y) || !slices.Equal(tab.Ignored, []string{"id"}) {
		t.Fatalf("raw rows read as %v (labels %v, ignored %v), trained on %v", tab.X, tab.Y, tab.Ignored, d.X)
	}
	// An unseen category: the all-zero fallback, counted with its line.
	tab, err = g.ReadTable(strings.NewReader("c,x\nmauve,1\n"), "")
	if err != nil {
		t.Fatal(err)
	}
	if tab.Labelled || tab.Counts.Unseen["c"] != 1 || tab.Counts.FirstUnseen["c"] != 2 || !slices.Equal(tab.X, []float64{1, 0, 0, 0}) {
		t.Fatalf("unseen category: %v %+v", tab.X, tab.Counts)
	}
	if _, err := g.ReadTable(strings.NewReader("c,x\nred,1\n"), "y"); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("a required label column absent: %v", err)
	}
	if _, err := g.ReadTable(strings.NewReader("c,x,y\nred,1,zebra\n"), ""); cohort.Code(err) != cohort.EInvalid || !strings.Contains(err.Error(), `label "zebra"`) {
		t.Fatalf("unknown label: %v", err)
	}
	// An encoding that disagrees with the model is refused.
	h, _ := Decode(b)
	h.Encoding.Columns = h.Encoding.Columns[:1]
	if err := h.Check(); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("encoding of the wrong width: %v", err)
	}
	h, _ = Decode(b)
	h.Features[0] = "z"
	if err := h.Check(); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("features not the encoding's: %v", err)
	}
	h, _ = Decode(b)
	h.Encoding.Columns[1].FillValue = "mauve"
	if err := h.Check(); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("fill category not a category: %v", err)
	}
}
