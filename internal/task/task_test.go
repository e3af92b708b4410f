package task

import (
	"os"
	"strings"
	"testing"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/protocol"
)

func TestParseExample(t *testing.T) {
	b, err := os.ReadFile("../../examples/tasks/breast-cancer.toml")
	if err != nil {
		t.Fatal(err)
	}
	f, err := Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	spec, err := f.Spec("1337/7", 1337, 3)
	if err != nil {
		t.Fatal(err)
	}
	if spec.ID != "1337/7" || spec.Rounds != 10 || spec.Trainers != 3 || spec.Model.Inputs != 30 || spec.Model.Kind != "logreg" {
		t.Fatalf("spec %+v", spec)
	}
	// The canonical JSON parses back to the same file.
	g, err := Parse(f.Canonical())
	if err != nil {
		t.Fatal(err)
	}
	if string(g.Canonical()) != string(f.Canonical()) || g.DataHash() != f.DataHash() {
		t.Fatalf("canonical round trip differs:\n%s\n%s", f.Canonical(), g.Canonical())
	}
}

func TestParseRefuses(t *testing.T) {
	base := `name = "x"
[data]
label = "y"
classes = ["0", "1"]
features = 4
[market]
budget = "10"
max_hourly_rate = "1"
`
	for name, extra := range map[string]string{
		"unknown key":     "\n[training]\nroundz = 3\n",
		"unknown mode":    "\n[training]\nsecure_agg = \"secagg\"\n",
		"threshold":       "\n[acceptance]\nthreshold = 1.5\n",
		"bad schema":      "\n[training]\n",
		"negative window": "",
	} {
		doc := base + extra
		switch name {
		case "bad schema":
			doc = strings.Replace(doc, "features = 4", "features = 4\nschema = \"0x12\"", 1)
		case "negative window":
			doc = strings.Replace(doc, "max_hourly_rate = \"1\"", "max_hourly_rate = \"1\"\nbidding_window = \"-1s\"", 1)
		}
		if _, err := Parse([]byte(doc)); cohort.Code(err) != cohort.EInvalid {
			t.Errorf("%s: got %v, want an invalid-input error", name, err)
		}
	}
	if _, err := Parse([]byte(base)); err != nil {
		t.Fatalf("base document: %v", err)
	}
	big := make([]byte, MaxFileSize+1)
	if _, err := Parse(big); cohort.Code(err) != cohort.ETooLarge {
		t.Fatalf("oversized: %v", err)
	}
}

func TestOptionsDefaultsAndModes(t *testing.T) {
	spec, err := Options{}.Spec("breast_cancer", 30, []string{"0", "1"}, "y")
	if err != nil {
		t.Fatal(err)
	}
	if spec.Rounds != 20 || spec.Trainers != DefaultTrainers || spec.RoundTimeoutMS != DefaultRoundTimeout.Milliseconds() || spec.SecureAgg != protocol.SecureNone {
		t.Fatalf("defaults: %+v", spec)
	}
	spec, err = Options{SecureAgg: protocol.SecureSecAgg}.Spec("", 30, []string{"0", "1"}, "y")
	if err != nil || spec.SecAgg.Bits != DefaultSecAggBits {
		t.Fatalf("secagg+ defaults: %+v %v", spec.SecAgg, err)
	}
	if _, err := (Options{SecureAgg: "bogus"}).Spec("", 30, []string{"0", "1"}, "y"); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("an unknown mode must be refused, got %v", err)
	}
	if _, err := (Options{Model: "logreg"}).Spec("", 3, []string{"a", "b", "c"}, "y"); err == nil {
		t.Fatal("logreg on 3 classes accepted")
	}
}

func FuzzParse(f *testing.F) {
	b, _ := os.ReadFile("../../examples/tasks/breast-cancer.toml")
	f.Add(b)
	f.Add([]byte(`{"name":"x"}`))
	f.Add([]byte(privacyBase + "[privacy]\nmode = \"record\"\nepsilon = 3\ndelta = 1e-5\nclip = 1\nsample_rate = 0.2\n"))
	f.Add([]byte(privacyBase + "[privacy]\nmode = \"client\"\nepsilon = 8\nnoise_multiplier = 1.2\n"))
	f.Add([]byte(`{"name":"x","data":{"label":"y","classes":["0","1"],"features":4},"market":{"budget":"1","max_hourly_rate":"1"},"privacy":{"mode":"record","epsilon":3}}`))
	if sf, err := ParseWith([]byte(schemaTask), func(string) ([]byte, error) { return []byte(rowsSchema), nil }); err == nil {
		f.Add(sf.Canonical()) // a document that embeds its schema
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := Parse(data)
		if err != nil {
			return
		}
		if _, err := Parse(file.Canonical()); err != nil {
			t.Fatalf("canonical form of an accepted file refused: %v", err)
		}
	})
}

// The SecAgg+ threat model reaches the spec from a task file; fractions outside [0, 1) or summing to
// 1 are refused when the spec is resolved, not at a round.
func TestSecAggThreatModel(t *testing.T) {
	o := Options{SecureAgg: protocol.SecureSecAgg, SecAgg: SecAggOptions{Corrupt: 0.3, Dropout: 0.05}}
	spec, err := o.Spec("d", 4, []string{"0", "1"}, "y")
	if err != nil {
		t.Fatal(err)
	}
	if c, d := spec.SecAgg.Threat(); c != 0.3 || d != 0.05 {
		t.Fatalf("threat %v %v", c, d)
	}
	for _, bad := range []SecAggOptions{{Corrupt: 1}, {Dropout: -0.1}, {Corrupt: 0.6, Dropout: 0.4}} {
		o.SecAgg = bad
		if _, err := o.Spec("d", 4, []string{"0", "1"}, "y"); cohort.Code(err) != cohort.EInvalid {
			t.Errorf("%+v: err %v, want invalid", bad, err)
		}
	}
}

func TestVerifyBlockStepsReachesTheSpec(t *testing.T) {
	spec, err := Options{VerifyBlockSteps: 4}.Spec("", 4, []string{"0", "1"}, "y")
	if err != nil {
		t.Fatal(err)
	}
	if spec.Verify.BlockSteps != 4 {
		t.Fatalf("verify %+v", spec.Verify)
	}
	if _, err := (Options{VerifyBlockSteps: 4, SecureAgg: protocol.SecureSecAgg}).Spec("", 4, []string{"0", "1"}, "y"); err == nil {
		t.Fatal("verification with secure aggregation accepted")
	}
}
