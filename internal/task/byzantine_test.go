package task

import (
	"strings"
	"testing"

	"github.com/cohort-net/cohort"
)

// TestByzantineOption: [training] byzantine is a fraction or a count, reaches the strategy, and is
// checked against the rule's bound with the planned participants.
func TestByzantineOption(t *testing.T) {
	file := func(strategy, byz string) string {
		return `name = "x"
[data]
label = "y"
classes = ["0", "1"]
features = 4
[training]
strategy = "` + strategy + `"
` + byz + `
[market]
budget = "10"
max_hourly_rate = "1"
max_nodes = 10
bidding_window = "10s"
execution_window = "1h"
`
	}
	for _, tc := range []struct {
		strategy, byz string
		trainers      int
		count         int
		frac          float64
		bound         string // an error naming this bound
	}{
		{"krum", "byzantine = 0.3", 10, 0, 0.3, ""},
		{"krum", "byzantine = 2", 10, 2, 0, ""},
		{"krum", "", 10, 0, 0, ""},
		{"krum", "byzantine = 3", 8, 0, 0, "n > 2f + 2"},
		{"trimmed-mean", "byzantine = 5", 10, 0, 0, "2f < n"},
		{"median", "byzantine = 0.5", 10, 0, 0, "fraction"},
		{"median", "byzantine = 1.5", 10, 0, 0, "fraction"},
	} {
		f, err := Parse([]byte(file(tc.strategy, tc.byz)))
		if err == nil {
			_, err = f.Spec("1337/1", 1337, tc.trainers)
		}
		if tc.bound != "" {
			if cohort.Code(err) != cohort.EInvalid || !strings.Contains(err.Error(), tc.bound) {
				t.Errorf("%s %q: %v, want an error naming %q", tc.strategy, tc.byz, err, tc.bound)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s %q: %v", tc.strategy, tc.byz, err)
			continue
		}
		spec, _ := f.Spec("1337/1", 1337, tc.trainers)
		if s := spec.Strategy; s.Byzantine != tc.count || s.ByzantineFraction != tc.frac {
			t.Errorf("%s %q: count %d fraction %v", tc.strategy, tc.byz, s.Byzantine, s.ByzantineFraction)
		}
	}
}

// TestAutoClipOption: auto_clip reaches the strategy, and secure aggregation, which hides the norms it
// needs, refuses it.
func TestAutoClipOption(t *testing.T) {
	spec, err := Options{Strategy: "trimmed-mean", AutoClip: true, Trainers: 10}.Spec("", 4, []string{"0", "1"}, "y")
	if err != nil || !spec.Strategy.AutoClip {
		t.Fatalf("auto clip: %v %+v", err, spec.Strategy)
	}
	_, err = Options{AutoClip: true, Trainers: 10, SecureAgg: "secagg+"}.Spec("", 4, []string{"0", "1"}, "y")
	if cohort.Code(err) != cohort.EInvalid || !strings.Contains(err.Error(), "auto clip") {
		t.Errorf("auto clip with secagg+: %v", err)
	}
}
