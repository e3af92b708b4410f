package cli

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"
)

func TestDPAccount(t *testing.T) {
	var out, errb bytes.Buffer
	code := Main([]string{"dp", "account", "--noise", "1.5", "--sample-rate", "0.04", "--steps", "2250", "--delta", "1e-5", "--json"}, nil, &out, &errb)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var got struct{ Epsilon, Delta, Order float64 }
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("%v: %s", err, out.String())
	}
	// Opacus's test_rdp_accountant: 7.32911117143.
	if math.Abs(got.Epsilon-7.32911117143) > 1e-6 || got.Delta != 1e-5 || got.Order <= 1 {
		t.Errorf("got %+v", got)
	}
	for _, args := range [][]string{
		{"--noise", "0", "--sample-rate", "0.1", "--steps", "10"},
		{"--noise", "-1", "--sample-rate", "0.1", "--steps", "10"},
		{"--noise", "1", "--sample-rate", "1.5", "--steps", "10"},
		{"--noise", "1", "--sample-rate", "-0.1", "--steps", "10"},
		{"--noise", "1", "--sample-rate", "0.1", "--steps", "-1"},
		{"--noise", "1", "--sample-rate", "0.1", "--steps", "10", "--delta", "0"},
		{"--noise", "1", "--sample-rate", "0.1", "--steps", "10", "--delta", "1"},
		{"--noise", "1", "--sample-rate", "0.1"},
		{"--noise", "x", "--sample-rate", "0.1", "--steps", "10"},
	} {
		var o, e bytes.Buffer
		if code := Main(append([]string{"dp", "account"}, args...), nil, &o, &e); code != 2 {
			t.Errorf("%s: exit %d, want 2 (%s)", strings.Join(args, " "), code, e.String())
		}
	}
}
