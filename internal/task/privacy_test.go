package task

import (
	"math"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/protocol"
)

const privacyBase = `name = "x"
[data]
label = "y"
classes = ["0", "1"]
features = 4
[market]
budget = "10"
max_hourly_rate = "1"
[training]
rounds = 10
`

func TestPrivacyRecordResolves(t *testing.T) {
	f, err := Parse([]byte(privacyBase + "[privacy]\nmode = \"record\"\nepsilon = 3\n"))
	if err != nil {
		t.Fatal(err)
	}
	spec, err := f.Spec("1337/1", 1337, 3)
	if err != nil {
		t.Fatal(err)
	}
	d := spec.Train.DP
	if spec.Privacy != (protocol.PrivacySpec{Mode: "record", Epsilon: 3, Delta: DefaultDelta}) || !d.Enabled() || !(d.NoiseMultiplier > 0) {
		t.Fatalf("privacy %+v, dp %+v", spec.Privacy, d)
	}
	// σ is the smallest that fits all rounds: every round fits, and ε after the last is close to 3.
	sp, err := spec.PrivacySpent(spec.Rounds)
	if err != nil || sp.Epsilon > 3 || sp.Epsilon < 2.99 {
		t.Fatalf("ε after %d rounds: %+v %v", spec.Rounds, sp, err)
	}
	if n, err := spec.PrivacyRounds(); err != nil || n != spec.Rounds {
		t.Fatalf("rounds within budget %d, %v", n, err)
	}
	// An explicit σ that spends the budget early: the task stops before the round that would exceed it.
	f2, err := Parse([]byte(privacyBase + "[privacy]\nmode = \"record\"\nepsilon = 3\nnoise_multiplier = " + ftoa(d.NoiseMultiplier*0.8) + "\n"))
	if err != nil {
		t.Fatal(err)
	}
	spec2, _ := f2.Spec("1337/1", 1337, 3)
	n, err := spec2.PrivacyRounds()
	if err != nil || n < 1 || n >= spec2.Rounds {
		t.Fatalf("lower noise: %d of %d rounds within budget, %v", n, spec2.Rounds, err)
	}
	last, _ := spec2.PrivacySpent(n)
	next, _ := spec2.PrivacySpent(n + 1)
	if last.Epsilon > 3 || next.Epsilon <= 3 {
		t.Fatalf("round %d: ε %v, round %d: ε %v", n, last.Epsilon, n+1, next.Epsilon)
	}
}

func ftoa(v float64) string { return strconv.FormatFloat(v, 'f', 6, 64) }

func TestPrivacyClientResolves(t *testing.T) {
	spec, err := Options{Rounds: 50, Privacy: PrivacyOptions{Mode: "client", Epsilon: 8, Delta: 1e-6, Clip: 0.5}}.Spec("", 4, []string{"0", "1"}, "y")
	if err != nil {
		t.Fatal(err)
	}
	if spec.Strategy.ClipNorm != 0.5 || !(spec.Strategy.DPNoise > 0) || spec.Train.DP.Enabled() {
		t.Fatalf("strategy %+v, dp %+v", spec.Strategy, spec.Train.DP)
	}
	sp, err := spec.PrivacySpent(50)
	if err != nil || sp.Epsilon > 8 || math.Abs(sp.Epsilon-8) > 0.01 {
		t.Fatalf("ε after 50 rounds %+v, %v", sp, err)
	}
	// Under secure aggregation the trainers clip and weigh themselves: every weight is 1.
	spec, err = Options{SecureAgg: protocol.SecureSecAgg, Privacy: PrivacyOptions{Mode: "client", Epsilon: 8}}.Spec("", 4, []string{"0", "1"}, "y")
	if err != nil || spec.Strategy.MaxSamples != 1 || spec.Strategy.ClipNorm != 1 {
		t.Fatalf("client mode with secure aggregation: %+v, %v", spec.Strategy, err)
	}
	if _, err := (Options{Strategy: "median", Privacy: PrivacyOptions{Mode: "client", Epsilon: 8}}).Spec("", 4, []string{"0", "1"}, "y"); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("client mode with the median: %v", err)
	}
}

func TestPrivacyRefused(t *testing.T) {
	for name, extra := range map[string]string{
		"unknown mode":     "mode = \"row\"\nepsilon = 3\n",
		"no mode":          "epsilon = 3\n",
		"zero epsilon":     "mode = \"record\"\nepsilon = 0\ndelta = 1e-5\n",
		"negative epsilon": "mode = \"record\"\nepsilon = -1\n",
		"nan epsilon":      "mode = \"record\"\nepsilon = nan\n",
		"inf epsilon":      "mode = \"record\"\nepsilon = inf\n",
		"delta 1":          "mode = \"record\"\nepsilon = 3\ndelta = 1\n",
		"negative delta":   "mode = \"record\"\nepsilon = 3\ndelta = -1e-5\n",
		"sample rate > 1":  "mode = \"record\"\nepsilon = 3\nsample_rate = 1.5\n",
		"negative clip":    "mode = \"record\"\nepsilon = 3\nclip = -1\n",
		"negative noise":   "mode = \"record\"\nepsilon = 3\nnoise_multiplier = -1\n",
		"over budget":      "mode = \"record\"\nepsilon = 0.1\nnoise_multiplier = 0.5\n",
		"unreachable":      "mode = \"record\"\nepsilon = 1e-12\ndelta = 1e-12\nsample_rate = 1\n",
		"client rate":      "mode = \"client\"\nepsilon = 3\nsample_rate = 0.1\n",
		"unknown key":      "mode = \"record\"\nepsilon = 3\nepsilonn = 3\n",
	} {
		_, err := Parse([]byte(privacyBase + "[privacy]\n" + extra))
		if cohort.Code(err) != cohort.EInvalid {
			t.Errorf("%s: got %v, want an invalid-input error", name, err)
		} else if !strings.Contains(err.Error(), "privacy") && !strings.Contains(err.Error(), "unknown") && !strings.Contains(err.Error(), "dp") {
			t.Errorf("%s: error %q does not name the privacy settings", name, err)
		}
	}
	both := privacyBase + "[training.privacy]\nmode = \"record\"\nepsilon = 3\n[privacy]\nmode = \"record\"\nepsilon = 3\n"
	if _, err := Parse([]byte(both)); cohort.Code(err) != cohort.EInvalid {
		t.Errorf("privacy in both places: %v", err)
	}
}

func TestParsePrivacyExample(t *testing.T) {
	b, err := os.ReadFile("../../examples/tasks/breast-cancer-dp.toml")
	if err != nil {
		t.Fatal(err)
	}
	f, err := Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	spec, err := f.Spec("1337/8", 1337, 3)
	if err != nil {
		t.Fatal(err)
	}
	if spec.Privacy.Mode != protocol.PrivacyRecord || spec.Train.DP.Clip != 0.5 || spec.Train.DP.SampleRate != 1 || !(spec.Train.DP.NoiseMultiplier > 1) {
		t.Fatalf("privacy %+v, dp %+v", spec.Privacy, spec.Train.DP)
	}
	g, err := Parse(f.Canonical())
	if err != nil || string(g.Canonical()) != string(f.Canonical()) {
		t.Fatalf("canonical round trip: %v", err)
	}
}

func TestPrivacyDistributedNoise(t *testing.T) {
	o := Options{Trainers: 10, SecureAgg: protocol.SecureSecAgg, Privacy: PrivacyOptions{Mode: "client", Epsilon: 2, Noise: "distributed"}}
	spec, err := o.Spec("", 4, []string{"0", "1"}, "y")
	if err != nil {
		t.Fatal(err)
	}
	std, _, err := spec.DistributedNoise(spec.MinParticipants)
	if err != nil || spec.Privacy.Noise != protocol.NoiseDistributed || spec.SecAgg.Clip < spec.Strategy.ClipNorm+6*std {
		t.Fatalf("privacy %+v, secagg clip %v for noise share %v (%v)", spec.Privacy, spec.SecAgg.Clip, std, err)
	}
	o.SecAgg.Clip = 2 // set by the task: kept, and refused as too small
	if _, err := o.Spec("", 4, []string{"0", "1"}, "y"); cohort.Code(err) != cohort.EInvalid || !strings.Contains(err.Error(), "secagg.clip") {
		t.Fatalf("a secagg clip too small for the noise: %v", err)
	}
	for name, o := range map[string]Options{
		"plaintext":    {Privacy: PrivacyOptions{Mode: "client", Epsilon: 2, Noise: "distributed"}},
		"record mode":  {SecureAgg: protocol.SecureSecAgg, Privacy: PrivacyOptions{Mode: "record", Epsilon: 2, Noise: "distributed"}},
		"threshold-he": {SecureAgg: protocol.SecureThresholdHE, Privacy: PrivacyOptions{Mode: "client", Epsilon: 2, Noise: "distributed"}},
		"unknown":      {SecureAgg: protocol.SecureSecAgg, Privacy: PrivacyOptions{Mode: "client", Epsilon: 2, Noise: "local"}},
	} {
		if _, err := o.Spec("", 4, []string{"0", "1"}, "y"); cohort.Code(err) != cohort.EInvalid {
			t.Errorf("%s: %v, want an invalid-input error", name, err)
		}
	}
}

func TestParseDistributedExample(t *testing.T) {
	b, err := os.ReadFile("../../examples/tasks/breast-cancer-client-dp.toml")
	if err != nil {
		t.Fatal(err)
	}
	f, err := Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	spec, err := f.Spec("1337/9", 1337, 5)
	if err != nil {
		t.Fatal(err)
	}
	if spec.Privacy.Noise != protocol.NoiseDistributed || spec.SecureAgg != protocol.SecureSecAgg || !(spec.Strategy.DPNoise > 0) {
		t.Fatalf("privacy %+v, secure %q, σ %v", spec.Privacy, spec.SecureAgg, spec.Strategy.DPNoise)
	}
	if p := f.PrivacyBudget(); p.Epsilon != 8 || p.Delta != 1e-5 {
		t.Fatalf("budget %+v", p)
	}
}
