package validator

import (
	"math"
	"testing"
	"time"
)

const ms = time.Millisecond

func near(a, b float64) bool { return math.Abs(a-b) < 1e-12 }

// Hand-computed with T = tan(0.45 pi) = 6.313751514675041 and g(x) = (tan(0.9 pi (x - 0.5)) + T) / 2T:
// g(0.25) = (tan(-0.225 pi) + T) / 2T = 0.4323634543204362, g(0.99) = (tan(0.441 pi) + T) / 2T =
// 0.9223444787283385.
const (
	f025 = 0.5676365456795638  // 1 - g(0.25)
	f099 = 0.07765552127166153 // 1 - g(0.99)
)

func TestCurve(t *testing.T) {
	for x, want := range map[float64]float64{0: 0, 0.5: 0.5, 1: 1, 0.25: 1 - f025, 0.99: 1 - f099} {
		if got := Curve(x); !near(got, want) {
			t.Errorf("Curve(%v) = %v, want %v", x, got, want)
		}
	}
}

func TestBounds(t *testing.T) {
	var forty []time.Duration
	for i := 40; i >= 1; i-- {
		forty = append(forty, time.Duration(i)*ms)
	}
	cases := []struct {
		name     string
		in       []time.Duration
		min, max time.Duration
		ok       bool
	}{
		{"none", nil, 0, 0, false},
		{"one", []time.Duration{7 * ms}, 7 * ms, 7 * ms, true},
		{"three: tail is the slowest", []time.Duration{30 * ms, 10 * ms, 20 * ms}, 10 * ms, 30 * ms, true},
		// 5 % of 40 is 2: the median of 39 and 40 ms.
		{"forty", forty, 1 * ms, 39*ms + 500*time.Microsecond, true},
	}
	for _, c := range cases {
		lo, hi, ok := Bounds(c.in, ScoreParams{})
		if lo != c.min || hi != c.max || ok != c.ok {
			t.Errorf("%s: (%v, %v, %v), want (%v, %v, %v)", c.name, lo, hi, ok, c.min, c.max, c.ok)
		}
	}
}

func TestTimeFraction(t *testing.T) {
	cases := []struct {
		rt, lo, hi time.Duration
		want       float64
	}{
		{100 * ms, 100 * ms, 300 * ms, 1},    // the fastest
		{150 * ms, 100 * ms, 300 * ms, f025}, // x = 0.25
		{200 * ms, 100 * ms, 300 * ms, 0.5},  // x = 0.5
		{300 * ms, 100 * ms, 300 * ms, f099}, // x = 1, clamped to 0.99
		{900 * ms, 100 * ms, 300 * ms, f099}, // slower than the tail
		{50 * ms, 100 * ms, 300 * ms, 1},     // faster than the fastest (clamped at 0)
		{100 * ms, 100 * ms, 100 * ms, 1},    // rt_max = rt_min
	}
	for _, c := range cases {
		if got := TimeFraction(c.rt, c.lo, c.hi, ScoreParams{}); !near(got, c.want) {
			t.Errorf("TimeFraction(%v, %v, %v) = %v, want %v", c.rt, c.lo, c.hi, got, c.want)
		}
	}
}

func TestUpdate(t *testing.T) {
	cases := []struct {
		name   string
		scores []float64
		out    []Outcome
		want   []float64
	}{
		{
			// rt_min = 100 ms, rt_max = 200 ms (the slowest of two): f = 1 and f(0.99).
			"two valid, one invalid, from zero",
			[]float64{0, 0, 0},
			[]Outcome{{true, 100 * ms}, {true, 200 * ms}, {false, 0}},
			[]float64{0.1 * (1.0 / 3), 0.1 * f099 / 3, 0},
		},
		{
			"penalty and EMA step",
			[]float64{0.3, 0.3},
			[]Outcome{{true, 10 * ms}, {false, 5 * ms}},
			[]float64{0.3 + 0.1*(1.0/2-0.3), 0.3 - 0.4*0.3},
		},
		{
			// rt_min = 100, rt_max = 300 (three answers: the tail is the slowest one); 150 ms is x = 0.25.
			"response-time fraction",
			[]float64{0.2, 0.2, 0.2, 0.2},
			[]Outcome{{true, 100 * ms}, {true, 150 * ms}, {true, 300 * ms}, {false, 0}},
			[]float64{0.2 + 0.1*(1.0/4-0.2), 0.2 + 0.1*(f025/4-0.2), 0.2 + 0.1*(f099/4-0.2), 0.2 * 0.6},
		},
		{
			"nobody answered",
			[]float64{0.5, 0.25},
			[]Outcome{{}, {}},
			[]float64{0.3, 0.15},
		},
	}
	for _, c := range cases {
		in := append([]float64(nil), c.scores...)
		got := Update(c.scores, c.out, ScoreParams{})
		for i := range c.want {
			if !near(got[i], c.want[i]) {
				t.Errorf("%s: score %d = %v, want %v", c.name, i, got[i], c.want[i])
			}
		}
		for i := range in {
			if in[i] != c.scores[i] {
				t.Errorf("%s: Update modified its input", c.name)
			}
		}
	}
}

// A miner that always answers first with a valid proof converges to 1/N; one that always fails
// decays to 0.
func TestUpdateConverges(t *testing.T) {
	s := []float64{0, 0.5}
	for range 300 {
		s = Update(s, []Outcome{{true, ms}, {false, 0}}, ScoreParams{})
	}
	if math.Abs(s[0]-0.5) > 1e-6 || s[1] > 1e-6 {
		t.Errorf("scores %v, want [0.5 0]", s)
	}
}
