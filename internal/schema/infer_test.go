package schema

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/cohort-net/cohort"
)

// inferCSV is a small file with every kind of column Infer tells apart.
func inferCSV() string {
	var b strings.Builder
	b.WriteString("case_id,row_no,uuid,age,weight,smoker,color,notes,code,free_text,y\n")
	for i := range 120 {
		age := fmt.Sprint(20 + i%50)
		if i%7 == 0 {
			age = "NA"
		}
		weight := fmt.Sprintf("%.1f", 50+float64(i%30)*1.5)
		if i%11 == 0 {
			weight = "?"
		}
		color := []string{"red", "green", "blue"}[i%3]
		if i%13 == 0 {
			color = ""
		}
		fmt.Fprintf(&b, "%d,%d,u-%04d,%s,%s,%s,%s,,%d,text %d,%s\n", i/2, 1000+i*3, i*17, age, weight, []string{"yes", "no"}[i%2], color, i%4, i, []string{"a", "b"}[i%2])
	}
	return b.String()
}

func TestInfer(t *testing.T) {
	s, warns, err := Infer(strings.NewReader(inferCSV()), InferOptions{Name: "t", Label: "y"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]struct {
		typ      Type
		nullable bool
		role     Role
		impute   Impute
		cats     int
	}{
		"case_id":   {Int, false, RoleID, "", 0},         // named so (values repeat)
		"row_no":    {Int, false, RoleID, "", 0},         // a distinct integer on every row
		"uuid":      {Categorical, false, RoleID, "", 0}, // named so (and distinct)
		"age":       {Int, true, "", ImputeMean, 0},
		"weight":    {Float, true, "", ImputeMean, 0},
		"smoker":    {Bool, false, "", "", 0},
		"color":     {Categorical, true, "", ImputeMode, 3},
		"notes":     {Float, true, RoleIgnore, "", 0}, // every value missing
		"code":      {Int, false, "", "", 0},
		"free_text": {Categorical, false, RoleID, "", 0}, // distinct text on every row
		"y":         {Categorical, false, "", "", 2},
	}
	for _, c := range s.Columns {
		w, ok := want[c.Name]
		if !ok {
			t.Fatalf("unexpected column %q", c.Name)
		}
		if c.Type != w.typ || c.Nullable != w.nullable || c.Role != w.role || c.Impute != w.impute || len(c.Categories) != w.cats {
			t.Errorf("column %q: got %s nullable %v role %q impute %q %d categories, want %+v", c.Name, c.Type, c.Nullable, c.Role, c.Impute, len(c.Categories), w)
		}
	}
	for _, col := range []string{"case_id", "row_no", "uuid", "notes", "free_text"} {
		found := false
		for _, w := range warns {
			found = found || strings.Contains(w, `"`+col+`"`)
		}
		if !found {
			t.Errorf("no warning names column %q: %q", col, warns)
		}
	}
	// The YAML a user edits parses back to the same schema (same id).
	y, err := s.YAML()
	if err != nil {
		t.Fatal(err)
	}
	back, err := Parse(y)
	if err != nil {
		t.Fatalf("parse the written schema: %v\n%s", err, y)
	}
	if back.ID() != s.ID() {
		t.Errorf("written schema reads back as %s, was %s", back.ID(), s.ID())
	}
	// The inferred schema validates the file it came from.
	rep, err := Validate(t.Context(), s, strings.NewReader(inferCSV()), Options{OutlierZ: -1})
	if err != nil || rep.Errors != 0 {
		t.Fatalf("the file fails its own inferred schema: %v %+v", err, rep.Counts)
	}
}

func TestInferHighCardinalityAndBadInput(t *testing.T) {
	var b strings.Builder
	b.WriteString("city,x,y\n")
	for i := range 300 {
		fmt.Fprintf(&b, "c%d,%d,%d\n", i%150, i%5, i%2)
	}
	s, warns, err := Infer(strings.NewReader(b.String()), InferOptions{Label: "y"})
	if err != nil {
		t.Fatal(err)
	}
	if c, _ := s.Column("city"); c.Role != RoleIgnore || len(warns) != 1 {
		t.Errorf("150 distinct cities: role %q, warnings %q", c.Role, warns)
	}
	// A column of numbers with one stray word: the warning names the word and its line.
	b.Reset()
	b.WriteString("dose,y\n")
	for i := range 50 {
		v := fmt.Sprint(i % 9)
		if i == 30 {
			v = "unknown"
		}
		fmt.Fprintf(&b, "%s,%d\n", v, i%2)
	}
	s, warns, err = Infer(strings.NewReader(b.String()), InferOptions{Label: "y"})
	if err != nil {
		t.Fatal(err)
	}
	if c, _ := s.Column("dose"); c.Type != Categorical || len(warns) != 1 || !strings.Contains(warns[0], `line 32 holds "unknown"`) {
		t.Errorf("a stray word among numbers: %s, warnings %q", c.Type, warns)
	}
	for name, in := range map[string]string{
		"no label":     "a,b\n1,2\n",
		"empty":        "",
		"no rows":      "a,y\n",
		"short row":    "a,y\n1,2\n3\n",
		"repeated col": "a,a,y\n1,2,3\n",
		"bad quote":    "a,y\n\"1,2\n",
	} {
		if _, _, err := Infer(strings.NewReader(in), InferOptions{Label: "y"}); cohort.Code(err) != cohort.EInvalid {
			t.Errorf("%s: %v, want EInvalid", name, err)
		}
	}
}

func TestRoleAndImputeChecked(t *testing.T) {
	for name, y := range map[string]string{
		"bad role":         "name: s\ncolumns: [{name: a, type: float, role: key}]\n",
		"bad impute":       "name: s\ncolumns: [{name: a, type: float, impute: zero}]\n",
		"mean of category": "name: s\ncolumns: [{name: a, type: categorical, impute: mean}]\n",
		"label marked id":  "name: s\nlabel: a\ncolumns: [{name: a, type: int, role: id}]\n",
	} {
		if _, err := Parse([]byte(y)); cohort.Code(err) != cohort.EInvalid {
			t.Errorf("%s: %v, want EInvalid", name, err)
		}
	}
	s, err := Parse([]byte("name: s\ncolumns: [{name: a, type: int, role: ignore, impute: median}, {name: b, type: bool}]\n"))
	if err != nil {
		t.Fatal(err)
	}
	if s.Columns[0].Feature() || !s.Columns[1].Feature() || s.Columns[1].Imputation() != ImputeMode || s.Columns[0].Imputation() != ImputeMedian {
		t.Errorf("roles and imputations: %+v", s.Columns)
	}
}

// FuzzInfer: schema inference on outside bytes never panics, and what it infers is a schema that
// parses back (what infer-schema writes, the user edits and training reads).
func FuzzInfer(f *testing.F) {
	f.Add([]byte(inferCSV()[:600]), "y")
	f.Add([]byte("a,y\nNA,1\n?,0\n"), "y")
	f.Add([]byte("id,c,y\n1,x,yes\n2,,no\n"), "y")
	f.Add([]byte("\ufeffa,b\n1,true\n"), "")
	f.Fuzz(func(t *testing.T, data []byte, label string) {
		s, _, err := Infer(bytes.NewReader(data), InferOptions{Label: label})
		if err != nil {
			if cohort.Code(err) != cohort.EInvalid {
				t.Fatalf("code %q: %v", cohort.Code(err), err)
			}
			return
		}
		y, err := s.YAML()
		if err != nil {
			t.Fatal(err)
		}
		back, err := Parse(y)
		if err != nil {
			t.Fatalf("inferred schema does not parse back: %v\n%s", err, y)
		}
		if back.ID() != s.ID() {
			t.Fatalf("inferred schema changes when read back:\n%s", y)
		}
	})
}
