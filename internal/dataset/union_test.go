package dataset

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/cohort-net/cohort"
)

// openSchema leaves its categorical column's categories to the union of the trainers'.
const openSchema = `name: o
label: y
missing: ["", "NA"]
columns:
  - {name: x, type: float, nullable: true}
  - {name: color, type: categorical, nullable: true}
  - {name: y, type: categorical}
`

// openPart reads rows whose color cycles through colors (n rows each).
func openPart(t *testing.T, colors []string, n int) *Table {
	t.Helper()
	var b strings.Builder
	b.WriteString("x,color,y\n")
	for i := range n * len(colors) {
		fmt.Fprintf(&b, "%d,%s,%s\n", i, colors[i%len(colors)], []string{"a", "b"}[i%2])
	}
	tab, err := ReadTable(strings.NewReader(b.String()), mustSchema(t, openSchema), "")
	if err != nil {
		t.Fatal(err)
	}
	return tab
}

// TestUnionCategories: the union keeps the categories at least k trainers hold, at most the cap (the
// ones most trainers hold first), sorted; the left-out ones are counted and encode all-zero; a column
// left with none is an error naming it; each trainer's join reports its commonest categories only.
func TestUnionCategories(t *testing.T) {
	parts := []*Table{openPart(t, []string{"red", "green"}, 4), openPart(t, []string{"green", "blue"}, 4), openPart(t, []string{"red", "blue", "violet"}, 4)}
	layout, err := SchemaLayout(mustSchema(t, openSchema), "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := layout.FixedWidth(); err == nil {
		t.Fatal("an open column gave a fixed width")
	}
	var stats []TableStats
	for _, p := range parts {
		st := p.BoundedStats(MaxOpenCategories)
		if err := st.Check(layout, p.N, MaxOpenCategories); err != nil {
			t.Fatal(err)
		}
		stats = append(stats, st)
	}
	for _, c := range []struct {
		k, cap  int
		want    []string
		dropped int
	}{
		{2, 64, []string{"blue", "green", "red"}, 1},
		{1, 64, []string{"blue", "green", "red", "violet"}, 0},
		{2, 2, []string{"blue", "green"}, 2}, // three held by 2 trainers, 8 rows each: by name
	} {
		got, dropped, err := UnionCategories(layout, stats, c.k, c.cap)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got.Cols[1].Declared, c.want) || dropped["color"] != c.dropped || layout.Cols[1].Declared != nil {
			t.Fatalf("k=%d cap=%d: %v (dropped %v), want %v", c.k, c.cap, got.Cols[1].Declared, dropped, c.want)
		}
		merged, err := MergeTableStats(stats...)
		if err != nil {
			t.Fatal(err)
		}
		e, err := FitEncoding(got, merged)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Contains(c.want, e.Columns[1].FillValue) || e.Conforms(layout) != nil {
			t.Fatalf("fill %q outside the union, or the encoding does not conform: %v", e.Columns[1].FillValue, e.Conforms(layout))
		}
		if _, err := EncodedStats(e, merged); err != nil {
			t.Fatal(err)
		}
		_, cnt, err := e.Encode(parts[2])
		if err != nil || cnt.Unseen["color"] != 4*3-4*countIn(c.want, "red", "blue", "violet") {
			t.Fatalf("encode the third part: %v, unseen %v", err, cnt.Unseen)
		}
	}
	if _, _, err := UnionCategories(layout, stats, 4, 64); cohort.Code(err) != cohort.EInvalid || !strings.Contains(err.Error(), `"color"`) {
		t.Fatalf("no category held by 4 trainers: %v, want an error naming the column", err)
	}
	// A trainer reports its commonest categories of an open column, at most the cap.
	many := make([]string, 100)
	for i := range many {
		many[i] = fmt.Sprintf("c%03d", i)
	}
	st := openPart(t, many, 1).BoundedStats(10)
	if len(st.Columns[1].Counts) != 10 || st.Check(layout, 100, 10) != nil {
		t.Fatalf("bounded open column: %v", slices.Sorted(maps.Keys(st.Columns[1].Counts)))
	}
}

func countIn(list []string, ks ...string) int {
	n := 0
	for _, k := range ks {
		if slices.Contains(list, k) {
			n++
		}
	}
	return n
}

// TestOpenColumnChecks: what a trainer refuses in an encoding a coordinator sends for an open column
// (more categories than the cap, unsorted ones, an over-long one), and what a coordinator refuses in
// a join (an over-long category, more than the cap).
func TestOpenColumnChecks(t *testing.T) {
	layout, err := SchemaLayout(mustSchema(t, openSchema), "")
	if err != nil {
		t.Fatal(err)
	}
	good := &Encoding{Missing: layout.Missing, Columns: []EncodingColumn{{Name: "x", Type: "float", Impute: "mean"},
		{Name: "color", Type: "categorical", OneHot: true, Impute: "mode", Categories: []string{"blue", "red"}}}}
	if err := good.Conforms(layout); err != nil {
		t.Fatal(err)
	}
	many := make([]string, MaxOpenCategories+1)
	for i := range many {
		many[i] = fmt.Sprintf("c%03d", i)
	}
	for name, cats := range map[string][]string{"too many": many, "unsorted": {"red", "blue"}, "too long": {strings.Repeat("r", MaxCategoryBytes+1)}} {
		e := *good
		e.Columns = slices.Clone(good.Columns)
		e.Columns[1].Categories = cats
		if err := e.Conforms(layout); cohort.Code(err) != cohort.EInvalid || !strings.Contains(err.Error(), "color") {
			t.Fatalf("%s: %v, want refused naming the column", name, err)
		}
	}
	st := openPart(t, []string{"red", strings.Repeat("r", MaxCategoryBytes+1)}, 2).Stats()
	if err := st.Check(layout, 4, MaxOpenCategories); cohort.Code(err) != cohort.EInvalid || !strings.Contains(err.Error(), `"color"`) {
		t.Fatalf("over-long category in a join: %v", err)
	}
	st = openPart(t, many, 1).Stats()
	if err := st.Check(layout, len(many), MaxOpenCategories); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("%d categories in a join: %v", len(many), err)
	}
}
