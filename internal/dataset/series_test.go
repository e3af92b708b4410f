package dataset

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"github.com/cohort-net/cohort"
)

func TestLoadSeriesCSV(t *testing.T) {
	s, err := LoadSeriesCSV(strings.NewReader("date,co2,note\n19580329,316.1,a\n19580405,,b\n1958-04-12,317.6,c\n"), "date", "co2")
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Values) != 3 || s.Values[0] != 316.1 || !math.IsNaN(s.Values[1]) || s.Times[2].YearDay() != 102 {
		t.Fatalf("series %+v", s)
	}
	for in, want := range map[string]string{
		"date,co2\n19580329,1\n19580329,2\n": "does not follow",
		"date,co2\n1958032,1\n":              "not a date",
		"date,co2\n19580329,x\n":             "not a finite number",
		"date,co2\n19580329,NaN\n":           "not a finite number",
		"day,co2\n19580329,1\n":              "want columns",
		"date,co2\n":                         "no rows",
	} {
		if _, err := LoadSeriesCSV(strings.NewReader(in), "date", "co2"); err == nil || cohort.Code(err) != cohort.EInvalid || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: %v, want %q", in, err, want)
		}
	}
}

// TestDirectionWindows checks the features and labels on a short series with a gap: windows that touch
// the missing value are left out.
func TestDirectionWindows(t *testing.T) {
	csv := "date,v\n20000101,1\n20000108,2\n20000115,4\n20000122,3\n20000129,5\n20000205,\n20000212,1\n20000219,2\n20000226,3\n20000304,2\n"
	s, err := LoadSeriesCSV(strings.NewReader(csv), "date", "v")
	if err != nil {
		t.Fatal(err)
	}
	d, err := s.DirectionWindows(2)
	if err != nil {
		t.Fatal(err)
	}
	// Windows ending at t with v[t-2..t+1] present: t=2 (1,2,4,3: changes 1,2; next down), t=3 (2,4,3,5:
	// changes 2,-1; up), t=8 (1,2,3,2: changes 1,1; down).
	if d.N != 3 || d.D != 2*DirectionFeatures || len(d.Features) != d.D {
		t.Fatalf("%d windows of %d", d.N, d.D)
	}
	for i, want := range [][2]float64{{1, 2}, {2, -1}, {1, 1}} {
		r := d.Row(i)
		if r[0] != want[0] || r[DirectionFeatures] != want[1] {
			t.Errorf("window %d changes %v, want %v", i, []float64{r[0], r[DirectionFeatures]}, want)
		}
		if a := r[1]*r[1] + r[2]*r[2]; math.Abs(a-1) > 1e-12 {
			t.Errorf("season features %v", r[1:3])
		}
	}
	if d.Y[0] != 0 || d.Y[1] != 1 || d.Y[2] != 0 {
		t.Errorf("labels %v", d.Y)
	}
	if _, err := s.DirectionWindows(9); err == nil {
		t.Error("a window longer than any run accepted")
	}
}

func TestTimeSplitKeepsOrder(t *testing.T) {
	d := &Dataset{N: 20, D: 1, Classes: []string{"0"}}
	for i := range d.N {
		d.X = append(d.X, float64(i))
		d.Y = append(d.Y, 0)
	}
	tr, va, te, err := TimeSplit(d, 0.15, 0.15)
	if err != nil {
		t.Fatal(err)
	}
	if tr.N != 14 || va.N != 3 || te.N != 3 || tr.X[13] != 13 || va.X[0] != 14 || te.X[0] != 17 {
		t.Fatalf("split %v | %v | %v", tr.X, va.X, te.X)
	}
	if _, _, _, err := TimeSplit(d, 0.5, 0.5); err == nil {
		t.Error("fractions summing to 1 accepted")
	}
}

func TestBundledCO2(t *testing.T) {
	s, err := LoadBundledSeries(BundledCO2)
	if err != nil {
		t.Fatal(err)
	}
	missing := 0
	for _, v := range s.Values {
		if math.IsNaN(v) {
			missing++
		}
	}
	if len(s.Values) != 2284 || missing != 59 {
		t.Errorf("%d weeks, %d missing; datasets/README.md says 2284 and 59", len(s.Values), missing)
	}
}

func FuzzLoadSeriesCSV(f *testing.F) {
	f.Add([]byte("date,co2\n19580329,316.1\n19580405,\n19580412,317.6\n"), 2)
	f.Add([]byte("date,co2\n2000-01-01,1\n1999-01-01,2\n"), 1)
	f.Add([]byte("date,co2\n19580329,\"1\n"), 3)
	f.Add([]byte("date,co2\n20000101,1e308\n20000102,-1e308\n20000103,1e308\n20000104,1\n"), 0)
	f.Fuzz(func(t *testing.T, data []byte, steps int) {
		s, err := LoadSeriesCSV(bytes.NewReader(data), "date", "co2")
		if err != nil {
			if cohort.Code(err) != cohort.EInvalid {
				t.Fatalf("code %q: %v", cohort.Code(err), err)
			}
			return
		}
		if len(s.Times) != len(s.Values) || len(s.Values) == 0 {
			t.Fatalf("%d times, %d values", len(s.Times), len(s.Values))
		}
		d, err := s.DirectionWindows(steps%8 + 1)
		if err != nil {
			return
		}
		if len(d.X) != d.N*d.D || len(d.Y) != d.N {
			t.Fatalf("inconsistent windows %d x %d", d.N, d.D)
		}
		for _, v := range d.X {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				t.Fatalf("window value %v", v)
			}
		}
	})
}
