package schema

import (
	"bytes"
	"context"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cohort-net/cohort/internal/artifact"
)

const testSchema = `
name: test
label: y
columns:
  - {name: a, type: float, min: 0, max: 10, transform: z-score}
  - {name: b, type: int, min: 0, max: 5, nullable: true}
  - {name: c, type: categorical, categories: [red, green], transform: one-hot}
  - {name: d, type: bool}
  - {name: y, type: int, min: 0, max: 1}
`

func mustParse(t testing.TB, src string) *Schema {
	t.Helper()
	s, err := Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func validateString(t *testing.T, s *Schema, data string) *Report {
	t.Helper()
	rep, err := Validate(context.Background(), s, strings.NewReader(data), Options{})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func findIssue(rep *Report, row int, col, kind string) bool {
	for _, is := range rep.Issues {
		if is.Row == row && is.Column == col && is.Kind == kind {
			return true
		}
	}
	return false
}

func TestValidateFindsEveryViolation(t *testing.T) {
	s := mustParse(t, testSchema)
	data := "a,b,c,d,y\r\n" +
		"1.5,2,red,true,0\r\n" + // row 1 ok
		"11,2,red,false,1\r\n" + // row 2: a above max
		"x,,green,1,0\r\n" + // row 3: a not a number; b missing (nullable: warning count only)
		"2,7,blue,0,1\r\n" + // row 4: b above max, c unknown category
		"3,1.5,red,maybe,0\r\n" + // row 5: b not an int, d not a bool
		"1.5,2,red,true,0\r\n" + // row 6: duplicate of row 1
		",1,red,0,1\r\n" + // row 7: a missing (required)
		"1,2,\"red\",0\r\n" + // row 8: 4 fields
		"inf,2,red,0,1\r\n" // row 9: not finite
	rep := validateString(t, s, data)
	if rep.Passed || rep.Rows != 9 {
		t.Fatalf("passed=%v rows=%d", rep.Passed, rep.Rows)
	}
	for _, w := range []struct {
		row       int
		col, kind string
	}{
		{2, "a", KindRange}, {3, "a", KindType}, {4, "b", KindRange}, {4, "c", KindCategory},
		{5, "b", KindType}, {5, "d", KindType}, {6, "", KindDuplicate}, {7, "a", KindMissing},
		{8, "", KindFieldCount}, {9, "a", KindNonFinite},
	} {
		if !findIssue(rep, w.row, w.col, w.kind) {
			t.Errorf("no %s issue at row %d column %q; issues: %+v", w.kind, w.row, w.col, rep.Issues)
		}
	}
	if findIssue(rep, 3, "b", KindMissing) {
		t.Error("a missing value in a nullable column listed as an error")
	}
	if rep.Errors != 9 {
		t.Errorf("errors %d; counts %+v", rep.Errors, rep.Counts)
	}
	if rep.Stats[1].Missing != 1 {
		t.Errorf("column b: %d missing, want 1", rep.Stats[1].Missing)
	}
	if rep.DataCID != artifact.String(artifact.RawCID([]byte(data))) {
		t.Errorf("data cid %s", rep.DataCID)
	}
}

func TestValidateHeader(t *testing.T) {
	s := mustParse(t, testSchema)
	rep := validateString(t, s, "a,c,d,y,zz\n1,red,1,0,9\n")
	if !findIssue(rep, 0, "b", KindMissingColumn) || !findIssue(rep, 0, "", KindUnknownColumn) {
		t.Fatalf("issues %+v", rep.Issues)
	}
	if rep = validateString(t, s, "\xef\xbb\xbfa,b,c,d,y\n1,2,red,true,0\n"); rep.Errors != 0 {
		t.Fatalf("header with a byte order mark: %+v", rep.Issues)
	}
	rep = validateString(t, s, "a,b,c,d,y\n")
	if rep.Passed || !findIssue(rep, 0, "", KindEmpty) {
		t.Fatalf("empty data: %+v", rep.Issues)
	}
}

func TestValidateQuotedAndStats(t *testing.T) {
	s := mustParse(t, `
name: q
columns:
  - {name: name, type: categorical}
  - {name: v, type: float}
`)
	rep := validateString(t, s, "name,v\n\"a, \"\"quoted\"\"\nname\",1\nplain,2\n\"x\",3\nplain,4\n\"bad\"q,5")
	if len(rep.Issues) != 1 || rep.Issues[0].Kind != KindMalformed || rep.Issues[0].Row != 5 {
		t.Fatalf("issues %+v", rep.Issues)
	}
	if got := rep.Stats[0].Categories; got["a, \"quoted\"\nname"] != 1 || got["plain"] != 2 {
		t.Fatalf("categories %v", got)
	}
	st := rep.Stats[1]
	if st.Count != 4 || st.Min != 1 || st.Max != 4 || st.Mean != 2.5 || st.Median != 2.5 || st.MAD != 1 {
		t.Fatalf("stats %+v", st)
	}
}

func TestOutliersAndImbalance(t *testing.T) {
	s := mustParse(t, `
name: o
label: y
columns:
  - {name: v, type: float}
  - {name: y, type: categorical, categories: [no, yes]}
`)
	var b strings.Builder
	b.WriteString("v,y\n")
	for i := range 200 {
		y := "no"
		if i%50 == 0 {
			y = "yes"
		}
		v := float64(i%10) + 10
		if i == 123 {
			v = 1000
		}
		b.WriteString(strings.Join([]string{ftoa(v), y}, ",") + "\n")
	}
	rep := validateString(t, s, b.String())
	if !rep.Passed {
		t.Fatalf("outliers and imbalance are warnings, not errors: %+v", rep.Counts)
	}
	if !findIssue(rep, 124, "v", KindOutlier) || !findIssue(rep, 0, "y", KindImbalance) {
		t.Fatalf("issues %+v", rep.Issues)
	}
	if rep.Labels["yes"] != 4 || rep.Labels["no"] != 196 {
		t.Fatalf("labels %v", rep.Labels)
	}
}

func ftoa(v float64) string { return strings.TrimRight(strings.TrimRight(strconvF(v), "0"), ".") }

func TestBundledDatasetsPass(t *testing.T) {
	for _, name := range []string{"breast_cancer", "digits"} {
		s, err := Load("../../datasets/" + name + ".schema.yaml")
		if err != nil {
			t.Fatal(err)
		}
		f, err := os.Open("../../datasets/" + name + ".csv")
		if err != nil {
			t.Fatal(err)
		}
		rep, err := Validate(context.Background(), s, f, Options{})
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		if !rep.Passed || rep.Errors != 0 {
			t.Errorf("%s: %d errors: %+v", name, rep.Errors, rep.Counts)
		}
		t.Logf("%s: %d rows, %d warnings, schema %s", name, rep.Rows, rep.Warnings, rep.SchemaID)
	}
}

func TestChunkBoundaries(t *testing.T) {
	// Enough rows to span several chunks, with quoted fields spanning lines: the row numbers of the
	// issues must be exact.
	s := mustParse(t, "name: c\ncolumns:\n  - {name: t, type: categorical}\n  - {name: v, type: int, max: 5}\n")
	var b bytes.Buffer
	b.WriteString("t,v\n")
	rows := 3 * chunkSize / 20
	for i := 1; i <= rows; i++ {
		v := "1"
		if i%99991 == 0 {
			v = "9"
		}
		b.WriteString("\"multi\nline, text\"," + v + "\n")
	}
	start := time.Now()
	rep, err := Validate(context.Background(), s, &b, Options{MaxIssues: 1000})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Rows != rows {
		t.Fatalf("rows %d, want %d (%v)", rep.Rows, rows, time.Since(start))
	}
	var n int
	for _, is := range rep.Issues {
		if is.Kind == KindRange {
			n++
			if is.Row%99991 != 0 {
				t.Fatalf("range issue at row %d", is.Row)
			}
		}
	}
	if n != rows/99991 {
		t.Fatalf("%d range issues, want %d", n, rows/99991)
	}
}

func TestSchemaIDCanonical(t *testing.T) {
	a := mustParse(t, testSchema)
	b := mustParse(t, `{"name":"test","label":"y","columns":[{"name":"a","type":"float","min":0,"max":10,"transform":"z-score"},`+
		`{"name":"b","type":"int","min":0,"max":5,"nullable":true},{"name":"c","type":"categorical","categories":["red","green"],"transform":"one-hot"},`+
		`{"name":"d","type":"bool"},{"name":"y","type":"int","min":0,"max":1}]}`)
	if a.ID() != b.ID() {
		t.Fatalf("same schema in YAML and JSON: %s vs %s", a.ID(), b.ID())
	}
	c := mustParse(t, strings.Replace(testSchema, "max: 10", "max: 11", 1))
	if c.ID() == a.ID() {
		t.Fatal("different schemas share an id")
	}
	for _, bad := range []string{
		"columns: []\nname: x",
		"name: x\ncolumns:\n  - {name: a, type: text}",
		"name: x\ncolumns:\n  - {name: a, type: float, min: 2, max: 1}",
		"name: x\nlabel: z\ncolumns:\n  - {name: a, type: float}",
		"name: x\ncolumns:\n  - {name: a, type: float, transform: one-hot}",
		"name: x\ncolumns:\n  - {name: a, type: float}\n  - {name: a, type: int}",
		"name: x\nbogus: 1\ncolumns:\n  - {name: a, type: float}",
	} {
		if _, err := Parse([]byte(bad)); err == nil {
			t.Errorf("Parse accepted %q", bad)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(testSchema))
	f.Add([]byte(`{"name":"x","columns":[{"name":"a","type":"float"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := Parse(data)
		if err != nil {
			return
		}
		// The canonical form parses back to the same id.
		s2, err := Parse(s.Canonical())
		if err != nil || s2.ID() != s.ID() {
			t.Fatalf("canonical form does not round-trip: %v", err)
		}
	})
}

func FuzzValidateCSV(f *testing.F) {
	f.Add([]byte("a,b,c,d,y\n1,2,red,true,0\n"))
	f.Add([]byte("a,b,c,d,y\r\n\"1\",\"\",green,0,1\r\n,,,,\n"))
	f.Add([]byte("a,\"b\nc\",d\n\"x"))
	s := mustParse(f, testSchema)
	f.Fuzz(func(t *testing.T, data []byte) {
		rep, err := Validate(context.Background(), s, bytes.NewReader(data), Options{})
		if err != nil {
			return
		}
		for _, is := range rep.Issues {
			if is.Row < 0 || is.Row > rep.Rows {
				t.Fatalf("issue row %d of %d", is.Row, rep.Rows)
			}
		}
	})
}

func strconvF(v float64) string { return strconv.FormatFloat(v, 'f', 3, 64) }
