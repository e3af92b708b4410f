package dataset

import (
	"bytes"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/schema"
)

const tableSchema = `name: t
label: y
missing: ["", "NA", "?"]
columns:
  - {name: id, type: int, role: id}
  - {name: age, type: float, nullable: true}
  - {name: dose, type: int, nullable: true, impute: median}
  - {name: color, type: categorical, nullable: true}
  - {name: size, type: categorical, categories: [s, m, l]}
  - {name: flag, type: bool}
  - {name: comment, type: categorical, role: ignore}
  - {name: y, type: categorical}
`

func mustSchema(t testing.TB, y string) *schema.Schema {
	t.Helper()
	s, err := schema.Parse([]byte(y))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

const tableCSV = `id,age,dose,color,size,flag,comment,y
1,30,1,red,s,yes,hello,a
2,NA,3,blue,m,no,x,b
3,50,?,red,l,true,,a
4,40,5,,m,0,y,b
5,?,NA,green,s,1,z,a
`

func TestReadTableAndEncode(t *testing.T) {
	tab, err := ReadTable(strings.NewReader(tableCSV), mustSchema(t, tableSchema), "")
	if err != nil {
		t.Fatal(err)
	}
	if tab.N != 5 || !slices.Equal(tab.Excluded, []string{"id", "comment"}) || len(tab.Cols) != 5 || !slices.Equal(tab.Classes, []string{"a", "b"}) {
		t.Fatalf("table: %d rows, excluded %v, %d columns, classes %v", tab.N, tab.Excluded, len(tab.Cols), tab.Classes)
	}
	e, err := FitEncoding(tab, tab.Stats())
	if err != nil {
		t.Fatal(err)
	}
	wantFeat := []string{"age", "dose", "color=blue", "color=green", "color=red", "size=s", "size=m", "size=l", "flag"}
	if got := e.Features(); !slices.Equal(got, wantFeat) {
		t.Fatalf("features %v, want %v", got, wantFeat)
	}
	d, cnt, err := e.Encode(tab)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range d.Features {
		if f == "id" || f == "comment" || strings.HasPrefix(f, "id=") {
			t.Fatalf("excluded column %q became a feature", f)
		}
	}
	// age: mean of 30, 50, 40; dose: median of 1, 3, 5; color: mode red.
	want := [][]float64{
		{30, 1, 0, 0, 1, 1, 0, 0, 1},
		{40, 3, 1, 0, 0, 0, 1, 0, 0},
		{50, 3, 0, 0, 1, 0, 0, 1, 1},
		{40, 5, 0, 0, 1, 0, 1, 0, 0},
		{40, 3, 0, 1, 0, 1, 0, 0, 1},
	}
	for i, w := range want {
		if !slices.Equal(d.Row(i), w) {
			t.Errorf("row %d: %v, want %v", i, d.Row(i), w)
		}
	}
	if cnt.Imputed["age"] != 2 || cnt.Imputed["dose"] != 2 || cnt.Imputed["color"] != 1 || len(cnt.Unseen) != 0 {
		t.Errorf("counts %+v", cnt)
	}
}

// TestEncodingFederated: an encoding fitted from trainers' merged statistics equals one fitted on the
// whole training data for means, modes and the union of categories, and the union is what the
// trainers hold, not what any one of them holds.
func TestEncodingFederated(t *testing.T) {
	var b strings.Builder
	b.WriteString("id,age,dose,color,size,flag,comment,y\n")
	colors := []string{"red", "blue", "green", "violet"}
	for i := range 200 {
		age := fmt.Sprint(20 + i%37)
		if i%9 == 0 {
			age = "NA"
		}
		c := colors[i%3]
		if i == 199 {
			c = "violet" // only the last part has it
		}
		fmt.Fprintf(&b, "%d,%s,%d,%s,m,yes,,%s\n", i, age, i%5, c, []string{"a", "b"}[i%2])
	}
	tab, err := ReadTable(strings.NewReader(b.String()), mustSchema(t, tableSchema), "")
	if err != nil {
		t.Fatal(err)
	}
	whole, err := FitEncoding(tab, tab.Stats())
	if err != nil {
		t.Fatal(err)
	}
	parts := PartitionIID(tab.N, 4, 7)
	var stats []TableStats
	for _, p := range parts {
		stats = append(stats, tab.Subset(p).Stats())
	}
	merged, err := MergeTableStats(stats...)
	if err != nil {
		t.Fatal(err)
	}
	fed, err := FitEncoding(tab, merged)
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(fed.Columns[0].Fill-whole.Columns[0].Fill) > 1e-12 || fed.Columns[2].FillValue != whole.Columns[2].FillValue {
		t.Errorf("federated fit %+v, whole %+v", fed.Columns, whole.Columns)
	}
	if !slices.Equal(fed.Columns[2].Categories, []string{"blue", "green", "red", "violet"}) {
		t.Errorf("union of categories %v", fed.Columns[2].Categories)
	}
	if n := stats[0].Columns[2].Counts["violet"] + stats[1].Columns[2].Counts["violet"] + stats[2].Columns[2].Counts["violet"] + stats[3].Columns[2].Counts["violet"]; n != 1 {
		t.Errorf("violet held %d times", n)
	}
	// The median of merged parts lies within the data's range and near the whole's.
	if m := fed.Columns[1].Fill; m < 0 || m > 4 || math.Abs(m-whole.Columns[1].Fill) > 1 {
		t.Errorf("merged median %v, whole %v", m, whole.Columns[1].Fill)
	}
	if _, err := MergeTableStats(stats[0], TableStats{Columns: stats[0].Columns[:2]}); cohort.Code(err) != cohort.EInvalid {
		t.Errorf("parts of different columns merged: %v", err)
	}
}

func TestReadTableBadInput(t *testing.T) {
	s := mustSchema(t, tableSchema)
	header := "id,age,dose,color,size,flag,comment,y\n"
	for name, c := range map[string]struct{ csv, want string }{
		"type contradicts schema": {header + "1,abc,1,red,s,yes,,a\n", `line 2, column "age": "abc" is not a finite number`},
		"int with a fraction":     {header + "1,3,1.5,red,s,yes,,a\n", `line 2, column "dose": "1.5" is not an integer`},
		"bad bool":                {header + "1,3,1,red,s,maybe,,a\n", `line 2, column "flag": "maybe" is not a bool`},
		"undeclared category":     {header + "1,3,1,red,xl,yes,,a\n", `line 2, column "size": category "xl" is not among the schema's`},
		"missing, not nullable":   {header + "1,3,1,red,NA,yes,,a\n", `line 2, column "size": a missing value`},
		"missing label":           {header + "1,3,1,red,s,yes,,NA\n", `line 2, column "y": no label`},
		"column not in schema":    {"id,age,dose,color,size,flag,comment,y,extra\n1,3,1,red,s,yes,,a,9\n", `column "extra" is not in the schema`},
		"required column absent":  {"id,age,dose,color,flag,comment,y\n1,3,1,red,yes,,a\n", `no column "size"`},
		"short row":               {header + "1,3,1,red,s,yes,,a\n1,2\n", "line 3: 2 fields"},
	} {
		_, err := ReadTable(strings.NewReader(c.csv), s, "")
		if cohort.Code(err) != cohort.EInvalid || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want EInvalid with %q", name, err, c.want)
		}
	}
	// Another label than the schema's: refused (the schema's label would become a feature).
	if _, err := ReadTable(strings.NewReader(tableCSV), s, "flag"); cohort.Code(err) != cohort.EInvalid || !strings.Contains(err.Error(), `names "y"`) {
		t.Errorf("label other than the schema's: %v", err)
	}
	// A column with no value at all cannot be filled: an error naming it.
	tab, err := ReadTable(strings.NewReader(header+"1,NA,1,red,s,yes,,a\n2,,2,blue,m,no,,b\n"), s, "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := FitEncoding(tab, tab.Stats()); cohort.Code(err) != cohort.EInvalid || !strings.Contains(err.Error(), `column "age": every value is missing`) {
		t.Errorf("all-missing column: %v", err)
	}
}

// TestEncodingReadTableFallback: at inference a row's unseen category is encoded all-zero and counted
// with its line; missing cells are filled; a missing feature column is an error; the encoding
// survives JSON (a model file) unchanged.
func TestEncodingReadTableFallback(t *testing.T) {
	tab, err := ReadTable(strings.NewReader(tableCSV), mustSchema(t, tableSchema), "")
	if err != nil {
		t.Fatal(err)
	}
	e, err := FitEncoding(tab, tab.Stats())
	if err != nil {
		t.Fatal(err)
	}
	in := "color,age,dose,size,flag,other\nmauve,NA,2,m,no,9\nred,33,1,xl,yes,9\n"
	rt, err := e.ReadTable(strings.NewReader(in), "y")
	if err != nil {
		t.Fatal(err)
	}
	d, cnt, err := e.Encode(rt)
	if err != nil {
		t.Fatal(err)
	}
	if cnt.Unseen["color"] != 1 || cnt.FirstUnseen["color"] != 2 || cnt.Unseen["size"] != 1 || cnt.FirstUnseen["size"] != 3 || cnt.Imputed["age"] != 1 {
		t.Errorf("counts %+v", cnt)
	}
	want := [][]float64{{40, 2, 0, 0, 0, 0, 1, 0, 0}, {33, 1, 0, 0, 1, 0, 0, 0, 1}}
	for i, w := range want {
		if !slices.Equal(d.Row(i), w) {
			t.Errorf("row %d: %v, want %v", i, d.Row(i), w)
		}
	}
	if _, err := e.ReadTable(strings.NewReader("color,age,size,flag\nred,1,m,no\n"), "y"); cohort.Code(err) != cohort.EInvalid || !strings.Contains(err.Error(), `no column "dose"`) {
		t.Errorf("missing feature column: %v", err)
	}
	if _, err := e.ReadTable(strings.NewReader("color,age,dose,size,flag\nred,x,1,m,no\n"), "y"); cohort.Code(err) != cohort.EInvalid || !strings.Contains(err.Error(), `line 2, column "age"`) {
		t.Errorf("bad number at inference: %v", err)
	}
}

// FuzzReadTable: reading outside bytes through a schema with categorical, bool, int and nullable
// columns never panics; a table it returns encodes into a consistent data set.
func FuzzReadTable(f *testing.F) {
	s := mustSchema(f, tableSchema)
	f.Add([]byte(tableCSV))
	f.Add([]byte("id,age,dose,color,size,flag,comment,y\n1,NA,1,\"r,ed\",s,yes,,a\n"))
	f.Add([]byte("y,size,flag,dose,age,color,id,comment\nq,l,n,2,1e308,,x,\n"))
	base, err := ReadTable(strings.NewReader(tableCSV), s, "")
	if err != nil {
		f.Fatal(err)
	}
	fitted, err := FitEncoding(base, base.Stats())
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		// Rows at inference, read through a fitted encoding (unknown categories kept).
		if rt, err := fitted.ReadTable(bytes.NewReader(data), "y"); err != nil {
			if cohort.Code(err) != cohort.EInvalid {
				t.Fatalf("encoding read: code %q: %v", cohort.Code(err), err)
			}
		} else if d, cnt, err := fitted.Encode(rt); err != nil || d.N != rt.N || len(d.X) != d.N*fitted.Width() {
			t.Fatalf("encode rows read by the encoding: %v (%+v)", err, cnt)
		}
		tab, err := ReadTable(bytes.NewReader(data), s, "")
		if err != nil {
			if cohort.Code(err) != cohort.EInvalid {
				t.Fatalf("code %q: %v", cohort.Code(err), err)
			}
			return
		}
		e, err := FitEncoding(tab, tab.Stats())
		if err != nil {
			if cohort.Code(err) != cohort.EInvalid {
				t.Fatalf("fit: code %q: %v", cohort.Code(err), err)
			}
			return
		}
		d, _, err := e.Encode(tab)
		if err != nil {
			t.Fatal(err)
		}
		if d.N != tab.N || len(d.X) != d.N*d.D || d.D != e.Width() || len(d.Features) != d.D {
			t.Fatalf("inconsistent encoding %d x %d, width %d", d.N, d.D, e.Width())
		}
		for _, v := range d.X {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				t.Fatalf("non-finite feature %v", v)
			}
		}
	})
}
