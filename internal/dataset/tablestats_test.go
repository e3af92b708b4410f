package dataset

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/cohort-net/cohort"
)

// netSchema fixes every one-hot column's categories, as a networked task's schema must.
const netSchema = `name: n
label: y
missing: ["", "NA"]
columns:
  - {name: id, type: int, role: id}
  - {name: age, type: float, nullable: true}
  - {name: dose, type: int, nullable: true, impute: median}
  - {name: level, type: float, nullable: true, impute: mode}
  - {name: color, type: categorical, categories: [red, blue, green], nullable: true}
  - {name: y, type: categorical}
`

func netTable(t *testing.T, n int) *Table {
	t.Helper()
	var b strings.Builder
	b.WriteString("id,age,dose,color,level,y\n")
	colors := []string{"red", "blue", "green", "NA"}
	for i := range n {
		age := fmt.Sprint(20 + i%37)
		if i%9 == 0 {
			age = "NA"
		}
		dose := fmt.Sprint(i % 5)
		if i%7 == 0 {
			dose = ""
		}
		fmt.Fprintf(&b, "%d,%s,%s,%s,%d,%s\n", i, age, dose, colors[i%4], i%100, []string{"a", "b"}[i%2])
	}
	tab, err := ReadTable(strings.NewReader(b.String()), mustSchema(t, netSchema), "")
	if err != nil {
		t.Fatal(err)
	}
	return tab
}

// TestEncodedStatsExact: the scaler fitted from merged table statistics (EncodedStats) is the one
// fitted on every part's rows once encoded (ComputeStats, MergeStats), for mean, median and mode
// imputation and one-hot columns with missing cells.
func TestEncodedStatsExact(t *testing.T) {
	tab := netTable(t, 300)
	var stats []TableStats
	parts := PartitionIID(tab.N, 3, 5)
	for _, p := range parts {
		stats = append(stats, tab.Subset(p).BoundedStats(64))
	}
	merged, err := MergeTableStats(stats...)
	if err != nil {
		t.Fatal(err)
	}
	layout, err := SchemaLayout(mustSchema(t, netSchema), "")
	if err != nil {
		t.Fatal(err)
	}
	if w, err := layout.FixedWidth(); err != nil || w != 6 {
		t.Fatalf("width %d, %v", w, err)
	}
	e, err := FitEncoding(layout, merged)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.Conforms(layout); err != nil {
		t.Fatal(err)
	}
	got, err := EncodedStats(e, merged)
	if err != nil {
		t.Fatal(err)
	}
	var fs []FeatureStats
	for _, p := range parts {
		d, _, err := e.Encode(tab.Subset(p))
		if err != nil {
			t.Fatal(err)
		}
		fs = append(fs, ComputeStats(d))
	}
	want := MergeStats(fs...)
	if got.N != want.N {
		t.Fatalf("rows %d, want %d", got.N, want.N)
	}
	for j := range want.Sum {
		if math.Abs(got.Sum[j]-want.Sum[j]) > 1e-9*max(1, math.Abs(want.Sum[j])) || math.Abs(got.SumSq[j]-want.SumSq[j]) > 1e-9*max(1, want.SumSq[j]) {
			t.Errorf("feature %s: %v/%v, encoded rows %v/%v", e.Features()[j], got.Sum[j], got.SumSq[j], want.Sum[j], want.SumSq[j])
		}
	}
	for _, st := range stats {
		if err := st.Check(layout, st.Rows, 64); err != nil {
			t.Errorf("honest statistics refused: %v", err)
		}
	}
}

// TestTableStatsCheckRefusesLies: every lie a joiner could tell in its table statistics is refused,
// naming the column.
func TestTableStatsCheckRefusesLies(t *testing.T) {
	tab := netTable(t, 120)
	layout, err := SchemaLayout(mustSchema(t, netSchema), "")
	if err != nil {
		t.Fatal(err)
	}
	if n := len(tab.Stats().Columns[2].Counts); n <= 10 {
		t.Fatalf("level has %d distinct values: the bound below would not bite", n)
	}
	for name, c := range map[string]struct {
		mut  func(st *TableStats)
		want string
	}{
		"rows":              {func(st *TableStats) { st.Rows++ }, "rows"},
		"column renamed":    {func(st *TableStats) { st.Columns[0].Name = "id" }, `column "id"`},
		"column dropped":    {func(st *TableStats) { st.Columns = st.Columns[1:] }, "columns"},
		"present > rows":    {func(st *TableStats) { st.Columns[0].Present = st.Rows + 1 }, `column "age"`},
		"NaN sum":           {func(st *TableStats) { st.Columns[0].Sum = math.NaN() }, `column "age"`},
		"huge sum":          {func(st *TableStats) { st.Columns[0].Sum = 1e300 }, `column "age"`},
		"square below sum":  {func(st *TableStats) { st.Columns[0].SumSq = 1 }, `column "age": the sum of squares`},
		"unknown category":  {func(st *TableStats) { st.Columns[3].Counts["mauve"] = 1 }, `category "mauve"`},
		"counts over":       {func(st *TableStats) { st.Columns[3].Counts["red"] += 5 }, `column "color"`},
		"negative count":    {func(st *TableStats) { st.Columns[3].Counts["red"] = -1 }, `column "color"`},
		"sums on one-hot":   {func(st *TableStats) { st.Columns[3].Sum = 3 }, `column "color"`},
		"counts on a mean":  {func(st *TableStats) { st.Columns[0].Counts = map[string]int{"1": 1} }, `column "age": value counts`},
		"unbounded counts":  {func(st *TableStats) { *st = tab.Stats() }, `column "level"`},
		"non-number counts": {func(st *TableStats) { st.Columns[2].Counts = map[string]int{"x": 1} }, `column "level"`},
	} {
		st := tab.BoundedStats(10)
		c.mut(&st)
		err := st.Check(layout, tab.N, 10)
		if cohort.Code(err) != cohort.EInvalid || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want EInvalid naming %q", name, err, c.want)
		}
	}
	// A layout whose categorical column lists no categories has no fixed width.
	free, err := SchemaLayout(mustSchema(t, strings.Replace(netSchema, "categories: [red, blue, green], ", "", 1)), "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := free.FixedWidth(); err == nil || !strings.Contains(err.Error(), `column "color"`) {
		t.Errorf("width without categories: %v", err)
	}
}

// TestEncodingConforms: an encoding with other categories, columns or tokens than the schema's is
// refused (a trainer's check of what its coordinator sends).
func TestEncodingConforms(t *testing.T) {
	tab := netTable(t, 60)
	layout, _ := SchemaLayout(mustSchema(t, netSchema), "")
	for name, mut := range map[string]func(e *Encoding){
		"category added":   func(e *Encoding) { e.Columns[3].Categories = append(e.Columns[3].Categories, "mauve") },
		"categories order": func(e *Encoding) { c := e.Columns[3].Categories; c[0], c[1] = c[1], c[0] },
		"column dropped":   func(e *Encoding) { e.Columns = e.Columns[:3] },
		"id as a feature": func(e *Encoding) {
			e.Columns = append(e.Columns, EncodingColumn{Name: "id", Type: "int", Impute: "mean"})
		},
		"missing tokens": func(e *Encoding) { e.Missing = []string{"?"} },
		"not excluded":   func(e *Encoding) { e.Excluded = nil },
	} {
		e, err := FitEncoding(layout, tab.Stats())
		if err != nil {
			t.Fatal(err)
		}
		mut(e)
		if err := e.Conforms(layout); cohort.Code(err) != cohort.EInvalid {
			t.Errorf("%s: %v", name, err)
		}
	}
}
