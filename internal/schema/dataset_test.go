package schema

import (
	"bytes"
	"context"
	"encoding/csv"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/artifact"
	"github.com/cohort-net/cohort/internal/artifact/fsstore"
)

func TestStandardize(t *testing.T) {
	s := mustParse(t, testSchema)
	data := "a,b,c,d,y\n1,2,red,true,0\n3,4,green,false,1\n5,,red,true,1\n"
	rep := validateString(t, s, data)
	f, err := Fit(s, rep)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	n, err := Standardize(s, f, strings.NewReader(data), &out)
	if err != nil || n != 3 {
		t.Fatalf("Standardize = %d, %v", n, err)
	}
	recs, err := csv.NewReader(&out).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(recs[0], ","); got != "a,b,c=red,c=green,d,y" {
		t.Fatalf("header %s", got)
	}
	// a: mean 3, std sqrt(8/3).
	sd := math.Sqrt(8.0 / 3)
	for i, want := range []float64{-2 / sd, 0, 2 / sd} {
		got, _ := strconv.ParseFloat(recs[i+1][0], 64)
		if math.Abs(got-want) > 1e-5 {
			t.Errorf("row %d: a = %v, want %v", i+1, got, want)
		}
	}
	if strings.Join(recs[2], ",") != "0,4,0,1,false,1" || recs[3][1] != "" {
		t.Fatalf("rows %v", recs)
	}
	// Fitting needs a passing report for the same schema.
	bad := validateString(t, s, "a,b,c,d,y\n99,2,red,true,0\n")
	if _, err := Fit(s, bad); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("fit on failing data: %v", err)
	}
}

func TestIndexDataset(t *testing.T) {
	ctx := context.Background()
	st, err := fsstore.New(t.TempDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	s, err := Load("../../datasets/breast_cancer.schema.yaml")
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("../../datasets/breast_cancer.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, c, rep, err := Index(ctx, st, s, "breast_cancer", f, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if m.Rows != 569 || m.SchemaID != artifact.String(s.ID()) || m.SchemaCID != m.SchemaID || m.DataCID != rep.DataCID {
		t.Fatalf("manifest %+v", m)
	}
	if m.Labels["0"] != 357 || m.Labels["1"] != 212 {
		t.Fatalf("labels %v", m.Labels)
	}
	got, err := LoadManifest(ctx, st, c)
	if err != nil || got.FittedCID != m.FittedCID {
		t.Fatalf("LoadManifest: %v", err)
	}
	fc, _ := artifact.ParseCID(m.FittedCID)
	var fitted Fitted
	if err := GetJSON(ctx, st, fc, &fitted); err != nil || fitted.Columns[0].Transform != ZScore {
		t.Fatalf("fitted: %+v %v", fitted, err)
	}
	// The data itself is in the store, by the CID in the report.
	dc, _ := artifact.ParseCID(m.DataCID)
	rc, err := st.Get(ctx, dc)
	if err != nil {
		t.Fatal(err)
	}
	rc.Close()

	x := OpenIndex(filepath.Join(t.TempDir(), "index.json"))
	e := IndexEntry{CID: artifact.String(c), Name: m.Name, SchemaID: m.SchemaID, DataCID: m.DataCID, Rows: m.Rows}
	if err := x.Add(e); err != nil {
		t.Fatal(err)
	}
	x.Add(e)
	if list, _ := x.List(); len(list) != 1 {
		t.Fatalf("index: %v", list)
	}
	if found, _ := x.Find(m.SchemaID); len(found) != 1 || found[0].CID != e.CID {
		t.Fatalf("find by schema: %v", found)
	}

	// Data that fails validation is refused.
	bad := strings.NewReader("mean_radius\n1\n")
	if _, _, rep, err := Index(ctx, st, s, "bad", bad, Options{}); cohort.Code(err) != cohort.EInvalid || rep == nil {
		t.Fatalf("index of bad data: %v", err)
	}
}

func FuzzDecodeFitted(f *testing.F) {
	f.Add([]byte(`{"type":"cohort-fitted-v1","schema_id":"x","columns":[{"name":"a","transform":"z-score","mean":1,"std":2}]}`))
	f.Add([]byte(`{"type":"other"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		fit, err := DecodeFitted(b)
		if err != nil {
			return
		}
		_ = fit.OutputColumns()
		for i := range fit.Columns {
			fit.Columns[i].Value(1.5)
		}
	})
}
