package protocol

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/schema"
)

const specSchema = `name: s
label: y
columns:
  - {name: id, type: int, role: id}
  - {name: x, type: float, nullable: true}
  - {name: c, type: categorical, categories: [a, b, c]}
  - {name: y, type: categorical}
`

func schemaSpec(t *testing.T, doc string) TaskSpec {
	t.Helper()
	s, err := schema.Parse([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	return TaskSpec{ID: "t", Label: "y", Classes: []string{"n", "p"}, Rounds: 1, Trainers: 1, MinParticipants: 1, RoundTimeoutMS: 1000,
		Model: fl.ModelSpec{Kind: fl.KindLogReg, Inputs: 4, Classes: 2}, Strategy: fl.StrategyConfig{Name: "fedavg"}, Schema: NewTaskSchema(s)}
}

// TestSchemaSpecChecks: a task's schema is the one its id names, fixes the model's width, and keeps
// a join's statistics within MaxSchemaHeader.
func TestSchemaSpecChecks(t *testing.T) {
	spec := schemaSpec(t, specSchema)
	if err := spec.Validate(); err != nil {
		t.Fatalf("valid schema task: %v", err)
	}
	tampered := spec
	tampered.Schema = &TaskSchema{ID: spec.Schema.ID, Doc: []byte(strings.Replace(string(spec.Schema.Doc), `"a"`, `"z"`, 1))}
	wide := spec
	wide.Model.Inputs = 5
	free := schemaSpec(t, strings.Replace(specSchema, "categories: [a, b, c]", "", 1))
	var cats []string
	for i := range 20000 {
		cats = append(cats, fmt.Sprintf("category-%d", i))
	}
	huge := schemaSpec(t, strings.Replace(specSchema, "[a, b, c]", "["+strings.Join(cats, ", ")+"]", 1))
	huge.Model.Inputs = 20001
	for name, c := range map[string]struct {
		spec TaskSpec
		want string
	}{
		"content not the id's":   {tampered, "the task names"},
		"width not the schema's": {wide, "give 4 features, the model takes 5"},
		"categories not listed":  {free, `column "c"`},
		"statistics too large":   {huge, "over the"},
	} {
		if err := c.spec.Validate(); cohort.Code(err) != cohort.EInvalid || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want EInvalid with %q", name, err, c.want)
		}
	}
}

// TestCheckJoinTable: a schema task's join carries table statistics checked against the schema and
// no feature sums; a task without a schema refuses table statistics.
func TestCheckJoinTable(t *testing.T) {
	spec := schemaSpec(t, specSchema)
	s, _ := schema.Parse([]byte(specSchema))
	tab, err := dataset.ReadTable(strings.NewReader("id,x,c,y\n1,2,a,n\n2,NA,b,p\n3,4,a,p\n"), s, "")
	if err != nil {
		t.Fatal(err)
	}
	st := tab.BoundedStats(MaxModeCounts)
	ok := JoinHeader{Samples: 3, Features: 4, Classes: []string{"n", "p"}, Table: &st}
	if err := spec.CheckJoin(ok, nil, nil); err != nil {
		t.Fatalf("honest join: %v", err)
	}
	lie := st
	lie.Columns = append([]dataset.ColumnTally(nil), st.Columns...)
	lie.Columns[1].Counts = map[string]int{"a": 2, "mauve": 1}
	noTable, withSums, badTable := ok, ok, ok
	noTable.Table, badTable.Table = nil, &lie
	plain := TaskSpec{Classes: []string{"n", "p"}, Model: fl.ModelSpec{Inputs: 4}}
	for name, err := range map[string]error{
		"no table":              spec.CheckJoin(noTable, nil, nil),
		"feature sums":          spec.CheckJoin(withSums, []float64{1, 1, 1, 1}, []float64{1, 1, 1, 1}),
		"unknown category":      spec.CheckJoin(badTable, nil, nil),
		"table without schema":  plain.CheckJoin(ok, []float64{1, 1, 1, 1}, []float64{1, 1, 1, 1}),
		"samples not the table": spec.CheckJoin(JoinHeader{Samples: 4, Features: 4, Table: &st}, nil, nil),
	} {
		if cohort.Code(err) != cohort.EInvalid {
			t.Errorf("%s: %v, want EInvalid", name, err)
		}
	}
}

// FuzzCheckJoinTable: any join frame a schema task's coordinator may be sent decodes and is checked
// without panicking, and whatever passes the check merges and encodes into finite feature statistics.
func FuzzCheckJoinTable(f *testing.F) {
	s, _ := schema.Parse([]byte(specSchema))
	tab, _ := dataset.ReadTable(strings.NewReader("id,x,c,y\n1,2,a,n\n2,NA,b,p\n3,4,a,p\n"), s, "")
	st := tab.BoundedStats(MaxModeCounts)
	good, _ := EncodeFrame(JoinHeader{Samples: 3, Features: 4, Classes: []string{"n", "p"}, Table: &st}, nil, nil)
	f.Add(good)
	f.Add([]byte(strings.Replace(string(good), `"a":2`, `"a":-2`, 1)))
	f.Fuzz(func(t *testing.T, raw []byte) {
		spec := schemaSpec(t, specSchema)
		var h JoinHeader
		ts, err := DecodeFrame(raw, Limits{MaxHeader: 1 << 20, MaxTensors: 2, MaxElems: 8}, &h)
		if err != nil || len(ts) != 2 {
			return
		}
		if spec.CheckJoin(h, ts[0], ts[1]) != nil {
			return
		}
		_, layout, _ := spec.Layout()
		merged, err := dataset.MergeTableStats(*h.Table, *h.Table)
		if err != nil {
			t.Fatalf("checked statistics do not merge: %v", err)
		}
		e, err := dataset.FitEncoding(layout, merged)
		if err != nil {
			return // a column with no value: the coordinator fails the task naming it
		}
		fs, err := dataset.EncodedStats(e, merged)
		if err != nil {
			t.Fatalf("checked statistics do not encode: %v", err)
		}
		for j := range fs.Sum {
			if math.IsNaN(fs.Sum[j]) || math.IsInf(fs.Sum[j], 0) || math.IsNaN(fs.SumSq[j]) || math.IsInf(fs.SumSq[j], 0) {
				t.Fatalf("feature %d: statistics %v/%v", j, fs.Sum[j], fs.SumSq[j])
			}
		}
	})
}

// TestOpenWidthSpec: a schema whose categorical column lists no categories makes a task whose width
// waits for the union of the trainers' categories (Model.Inputs 0), bounded by the schema; a fixed
// width with such a schema, secure aggregation (which fixes the width before anyone joins) and a
// negative min_trainers are refused; WithWidth fixes the width within the bound.
func TestOpenWidthSpec(t *testing.T) {
	open := schemaSpec(t, strings.Replace(specSchema, "categories: [a, b, c]", "", 1))
	open.Model.Inputs = 0
	if err := open.Validate(); err != nil {
		t.Fatalf("open width: %v", err)
	}
	if !open.OpenWidth() || open.WidthBound() != 1+MaxUnionCategories {
		t.Fatalf("open %v, bound %d", open.OpenWidth(), open.WidthBound())
	}
	if w, err := open.WithWidth(3); err != nil || w.Model.Inputs != 3 || open.Model.Inputs != 0 {
		t.Fatalf("WithWidth(3): %v %d", err, w.Model.Inputs)
	}
	for _, bad := range []int{0, 2 + MaxUnionCategories} {
		if _, err := open.WithWidth(bad); cohort.Code(err) != cohort.EInvalid {
			t.Fatalf("WithWidth(%d): %v", bad, err)
		}
	}
	if open.UnionMinTrainers(5) != DefaultUnionMinTrainers || open.UnionMinTrainers(1) != 1 {
		t.Fatalf("min trainers %d, %d", open.UnionMinTrainers(5), open.UnionMinTrainers(1))
	}
	secure := open
	secure.SecureAgg = SecureSecAgg
	negative := open
	negative.Schema = &TaskSchema{ID: open.Schema.ID, Doc: open.Schema.Doc, MinTrainers: -1}
	fixed := schemaSpec(t, specSchema)
	fixed.Model.Inputs = 0
	for name, c := range map[string]struct {
		spec TaskSpec
		want string
	}{
		"secure aggregation": {secure, "secure aggregation"},
		"negative k":         {negative, "min_trainers"},
		"listed, width 0":    {fixed, "give 4 features, the model takes 0"},
	} {
		if err := c.spec.Validate(); cohort.Code(err) != cohort.EInvalid || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want EInvalid with %q", name, err, c.want)
		}
	}
}
