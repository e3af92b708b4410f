package schema

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"
)

func TestParseFloatMatchesStrconv(t *testing.T) {
	cases := []string{"0", "-0", "1", "-1.5", "+2.25", "0.1", "123456789012345", "1234567890123456", "0.000000000000000000001",
		"1e5", "1.", ".5", "-.5", "", "-", ".", "1.2.3", "12a", "NaN", "inf", "99.9999", "-100.0000", "0.30000000000000004"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		v := r.NormFloat64() * math.Pow(10, float64(r.IntN(12)-4))
		cases = append(cases, strconv.FormatFloat(v, 'f', r.IntN(10), 64), strconv.FormatFloat(v, 'g', -1, 64))
	}
	for _, c := range cases {
		got, gerr := parseFloat([]byte(c))
		want, werr := strconv.ParseFloat(c, 64)
		if (gerr == nil) != (werr == nil) || (gerr == nil && math.Float64bits(got) != math.Float64bits(want) && !(math.IsNaN(got) && math.IsNaN(want))) {
			t.Fatalf("parseFloat(%q) = %v, %v; strconv %v, %v", c, got, gerr, want, werr)
		}
	}
}

func FuzzParseFloat(f *testing.F) {
	for _, s := range []string{"1.5", "-0.0001", "1e9", "+.5", "12345678901234567890"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, gerr := parseFloat([]byte(s))
		want, werr := strconv.ParseFloat(s, 64)
		if (gerr == nil) != (werr == nil) {
			t.Fatalf("%q: err %v vs %v", s, gerr, werr)
		}
		if gerr == nil && math.Float64bits(got) != math.Float64bits(want) && !(math.IsNaN(got) && math.IsNaN(want)) {
			t.Fatalf("%q: %v vs %v", s, got, want)
		}
	})
}
