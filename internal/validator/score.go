package validator

import (
	"math"
	"slices"
	"time"
)

// ScoreParams are the constants of the Omron scoring rule. Zero fields take Omron's values.
type ScoreParams struct {
	Alpha    float64 // EMA step towards f/N after a valid proof; default 0.1
	Penalty  float64 // fraction of the score lost after an invalid or missing proof; default 0.4
	TailFrac float64 // the slow tail whose median is rt_max; default 0.05
	MaxX     float64 // clamp of the normalized response time; default 0.99
}

func (p ScoreParams) withDefaults() ScoreParams {
	if p.Alpha <= 0 {
		p.Alpha = 0.1
	}
	if p.Penalty <= 0 {
		p.Penalty = 0.4
	}
	if p.TailFrac <= 0 {
		p.TailFrac = 0.05
	}
	if p.MaxX <= 0 {
		p.MaxX = 0.99
	}
	return p
}

// Outcome is one miner's answer in a round: whether its proof verified and how long it took.
type Outcome struct {
	Valid   bool
	Latency time.Duration
}

// Curve is Omron's tangent curve g(x) = (tan(0.9 pi (x - 0.5)) - tan(-0.45 pi)) /
// (tan(0.45 pi) - tan(-0.45 pi)): 0 at x = 0, 1/2 at x = 1/2, 1 at x = 1.
func Curve(x float64) float64 {
	lo, hi := math.Tan(-0.45*math.Pi), math.Tan(0.45*math.Pi)
	return (math.Tan(0.9*math.Pi*(x-0.5)) - lo) / (hi - lo)
}

// Bounds returns rt_min, the fastest of the verified response times, and rt_max, the median of the
// slowest TailFrac of them (at least one). ok is false when there is none.
func Bounds(verified []time.Duration, p ScoreParams) (rtMin, rtMax time.Duration, ok bool) {
	p = p.withDefaults()
	if len(verified) == 0 {
		return 0, 0, false
	}
	s := slices.Clone(verified)
	slices.Sort(s)
	k := max(1, int(math.Ceil(p.TailFrac*float64(len(s)))))
	tail := s[len(s)-k:]
	if k%2 == 1 {
		rtMax = tail[k/2]
	} else {
		rtMax = (tail[k/2-1] + tail[k/2]) / 2
	}
	return s[0], rtMax, true
}

// TimeFraction is the response-time fraction f of Omron's rule: x = clamp((rt - rt_min) / (rt_max -
// rt_min), 0, MaxX), f = clamp(1 - Curve(x), 0, 1). The fastest gets 1; when rt_max <= rt_min every
// verified answer gets 1.
func TimeFraction(rt, rtMin, rtMax time.Duration, p ScoreParams) float64 {
	p = p.withDefaults()
	x := 0.0
	if rtMax > rtMin {
		x = float64(rt-rtMin) / float64(rtMax-rtMin)
	}
	x = min(max(x, 0), p.MaxX)
	return min(max(1-Curve(x), 0), 1)
}

// Update applies one round's outcomes to the scores (outcomes[i] belongs to scores[i]; N =
// len(scores)) and returns the new scores: s += Alpha (f/N - s) after a valid proof, s -= Penalty s
// after an invalid or missing one. It does not modify its arguments.
func Update(scores []float64, outcomes []Outcome, p ScoreParams) []float64 {
	p = p.withDefaults()
	out := slices.Clone(scores)
	var verified []time.Duration
	for _, o := range outcomes {
		if o.Valid {
			verified = append(verified, o.Latency)
		}
	}
	rtMin, rtMax, _ := Bounds(verified, p)
	n := float64(len(scores))
	for i, o := range outcomes {
		if i >= len(out) {
			break
		}
		if o.Valid {
			f := TimeFraction(o.Latency, rtMin, rtMax, p)
			out[i] += p.Alpha * (f/n - out[i])
		} else {
			out[i] -= p.Penalty * out[i]
		}
	}
	return out
}
