package dataset

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/cohort-net/cohort"
)

func splitFixture(rows int) string {
	var b strings.Builder
	b.WriteString("id,color,x,label\n")
	for i := range rows {
		fmt.Fprintf(&b, "r%d,%s,%d.5,%d\n", i, []string{"red", "", "blue"}[i%3], i, i%2)
	}
	return b.String()
}

func TestSplitCSV(t *testing.T) {
	in := splitFixture(100)
	for _, alpha := range []float64{0, 0.3} {
		s, err := SplitCSV(strings.NewReader(in), SplitOptions{Label: "label", Parts: 4, Holdout: 0.2, Alpha: alpha, Seed: 7})
		if err != nil {
			t.Fatal(err)
		}
		if len(s.Holdout) != 20 {
			t.Errorf("alpha %v: hold-out of %d rows, want 20", alpha, len(s.Holdout))
		}
		// Every row lands exactly once, unchanged (text and empty cells included).
		seen := map[string]int{}
		for _, r := range s.Holdout {
			seen[strings.Join(r, ",")]++
		}
		for p, part := range s.Parts {
			if len(part) == 0 {
				t.Errorf("alpha %v: part %d is empty", alpha, p)
			}
			for _, r := range part {
				seen[strings.Join(r, ",")]++
			}
		}
		for _, line := range strings.Split(strings.TrimSpace(in), "\n")[1:] {
			if seen[line] != 1 {
				t.Fatalf("alpha %v: row %q appears %d times", alpha, line, seen[line])
			}
		}
		// The hold-out is stratified: both classes, half each.
		ones := 0
		for _, r := range s.Holdout {
			if r[3] == "1" {
				ones++
			}
		}
		if ones != 10 {
			t.Errorf("alpha %v: hold-out holds %d of class 1, want 10", alpha, ones)
		}
		var out bytes.Buffer
		if err := WriteRecords(&out, s.Header, s.Parts[0]); err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(out.String(), "id,color,x,label\n") {
			t.Errorf("written part starts %q", out.String()[:20])
		}
	}
	// Same seed, same split.
	a, _ := SplitCSV(strings.NewReader(in), SplitOptions{Label: "label", Parts: 3, Holdout: 0.1, Seed: 1})
	b, _ := SplitCSV(strings.NewReader(in), SplitOptions{Label: "label", Parts: 3, Holdout: 0.1, Seed: 1})
	if fmt.Sprint(a) != fmt.Sprint(b) {
		t.Error("the split is not deterministic")
	}
}

func TestSplitCSVRefuses(t *testing.T) {
	in := splitFixture(10)
	for name, c := range map[string]struct {
		in string
		o  SplitOptions
	}{
		"no parts":        {in, SplitOptions{Label: "label", Parts: 0}},
		"too many parts":  {in, SplitOptions{Label: "label", Parts: 9, Holdout: 0.2}},
		"no label column": {in, SplitOptions{Label: "y", Parts: 2}},
		"hold-out of 1":   {in, SplitOptions{Label: "label", Parts: 2, Holdout: 1}},
		"negative alpha":  {in, SplitOptions{Label: "label", Parts: 2, Alpha: -1}},
		"header only":     {"a,label\n", SplitOptions{Label: "label", Parts: 1}},
		"ragged row":      {"a,label\n1,2,3\n", SplitOptions{Label: "label", Parts: 1}},
		"empty":           {"", SplitOptions{Label: "label", Parts: 1}},
	} {
		if _, err := SplitCSV(strings.NewReader(c.in), c.o); cohort.Code(err) != cohort.EInvalid {
			t.Errorf("%s: err %v, want invalid", name, err)
		}
	}
}

func FuzzSplitCSV(f *testing.F) {
	f.Add(splitFixture(12), 3, 0.25, 0.0)
	f.Add("a,label\n1,x\n2,y\n3,x\n", 2, 0.0, 0.5)
	f.Fuzz(func(t *testing.T, in string, parts int, holdout, alpha float64) {
		s, err := SplitCSV(strings.NewReader(in), SplitOptions{Label: "label", Parts: parts % 50, Holdout: holdout, Alpha: alpha, Seed: 1})
		if err != nil {
			if cohort.Code(err) != cohort.EInvalid {
				t.Fatalf("error without a code: %v", err)
			}
			return
		}
		for p, part := range s.Parts {
			if len(part) == 0 {
				t.Fatalf("part %d is empty", p)
			}
		}
	})
}
