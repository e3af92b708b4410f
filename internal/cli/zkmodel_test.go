package cli

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cohort-net/cohort/internal/modelfile"
)

// devnetModel trains a small model with the devnet off chain and saves it.
func devnetModel(t *testing.T, home string) string {
	t.Helper()
	model := filepath.Join(t.TempDir(), "model.json")
	if rc, _, errs := cli(t, home, "devnet", "--once", "--no-chain", "--nodes", "3", "--rounds", "2", "--seed", "5", "--save-model", model); rc != 0 {
		t.Fatalf("devnet: exit %d: %s", rc, errs)
	}
	return model
}

// TestZkWithModelFile: zk compile takes a model file, zk request takes float rows (standardized with
// the file's scaler), zk verify prints de-quantized outputs and the class, and refuses to call a proof
// valid without the request it answers.
func TestZkWithModelFile(t *testing.T) {
	home, dir := t.TempDir(), t.TempDir()
	model := devnetModel(t, home)
	test := testSplitCSV(t, 5)
	p := func(name string) string { return filepath.Join(dir, name) }
	rc, out, errs := cli(t, home, "--json", "zk", "compile", "--model", model, "--out", p("q.json"), "--test", test)
	if rc != 0 {
		t.Fatalf("compile: exit %d: %s", rc, errs)
	}
	var rep struct {
		Accuracy struct {
			Float     float64 `json:"float_accuracy"`
			Quantized float64 `json:"quantized_accuracy"`
		} `json:"accuracy"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("compile output %q: %v", out, err)
	}
	a := rep.Accuracy
	if pr := predictAccuracy(t, home, "--model", model, "--data", test); a.Float != *pr.Accuracy || a.Quantized < *pr.Accuracy-0.02 {
		t.Fatalf("compile accuracy %+v, predict %v", a, *pr.Accuracy)
	}
	if rc, _, errs := cli(t, home, "zk", "setup", "--model", p("q.json"), "--out", p("keys")); rc != 0 {
		t.Fatalf("setup: exit %d: %s", rc, errs)
	}
	// The key directory records the default variant, which every later command compiles.
	if cf, err := os.ReadFile(p("keys/circuit.json")); err != nil || !strings.Contains(string(cf), `"variant": "binary"`) {
		t.Fatalf("circuit.json without the default variant (%v): %.300s", err, cf)
	}
	prover := "0x00000000000000000000000000000000000000aa"
	req := []string{"zk", "request", "--keys", p("keys"), "--prover", prover}
	if rc, _, errs := cli(t, home, append(req, "--csv", test, "--row", "2", "--model", model, "--out", p("req.json"))...); rc != 0 {
		t.Fatalf("request: exit %d: %s", rc, errs)
	}
	// The same row as --features and as a JSON file of floats gives the same quantized input.
	rows, _ := os.ReadFile(test)
	row := strings.Split(strings.Split(string(rows), "\n")[2], ",")
	features := strings.Join(row[:30], ",")
	var r1, r2, r3 struct{ Input []int64 }
	readJSON(t, p("req.json"), &r1)
	if rc, _, errs := cli(t, home, append(req, "--features", features, "--model", model, "--out", p("req2.json"))...); rc != 0 {
		t.Fatalf("request --features: exit %d: %s", rc, errs)
	}
	readJSON(t, p("req2.json"), &r2)
	os.WriteFile(p("floats.json"), []byte(`{"features": [`+features+`]}`), 0o644)
	if rc, _, errs := cli(t, home, append(req, "--input", p("floats.json"), "--model", model, "--out", p("req3.json"))...); rc != 0 {
		t.Fatalf("request --input floats: exit %d: %s", rc, errs)
	}
	readJSON(t, p("req3.json"), &r3)
	if len(r1.Input) != 30 || !equalInts(r1.Input, r2.Input) || !equalInts(r1.Input, r3.Input) {
		t.Fatalf("inputs differ: %v %v %v", r1.Input, r2.Input, r3.Input)
	}
	if rc, _, errs := cli(t, home, "zk", "prove", "--keys", p("keys"), "--request", p("req.json"), "--out", p("resp.json")); rc != 0 {
		t.Fatalf("prove: exit %d: %s", rc, errs)
	}
	checkVerify(t, home, dir, model, test, features, req)
}

func checkVerify(t *testing.T, home, dir, model, test, features string, req []string) {
	p := func(name string) string { return filepath.Join(dir, name) }
	verify := []string{"zk", "verify", "--keys", p("keys"), "--response", p("resp.json")}
	rc, _, errs := cli(t, home, verify...)
	if rc != 2 || !strings.Contains(errs, "--request FILE") {
		t.Fatalf("verify without the request: exit %d: %s", rc, errs)
	}
	rc, out, errs := cli(t, home, append([]string{"--json"}, append(verify, "--request", p("req.json"), "--model", model)...)...)
	if rc != 0 {
		t.Fatalf("verify: exit %d: %s", rc, errs)
	}
	var v verified
	json.Unmarshal([]byte(out), &v)
	mf, _ := modelfile.Read(model)
	tab, err := mf.ReadTable(strings.NewReader(strings.Join(mf.Features, ",")+"\n"+features+"\n"), "")
	if err != nil {
		t.Fatal(err)
	}
	logit := mf.FL().Logits(mf.Standardize(tab.Dataset).X, 1)[0]
	want, _ := mf.Predict(tab.Dataset)
	if !v.Valid || len(v.Values) != 1 || math.Abs(v.Values[0]-logit) > 0.05 || v.Class != want[0] || v.ClassName != mf.Classes[want[0]] {
		t.Fatalf("verify %+v; float logit %v, class %d", v, logit, want[0])
	}
	rc, out, _ = cli(t, home, append(verify, "--request", p("req.json"))...)
	if rc != 0 || !strings.HasPrefix(out, "valid  class ") {
		t.Fatalf("verify text: exit %d %q", rc, out)
	}
	// A proof checked against another request (another nonce) is not valid for it.
	if rc, _, errs := cli(t, home, append(req, "--features", features, "--model", model, "--out", p("other.json"))...); rc != 0 {
		t.Fatalf("request: %s", errs)
	}
	rc, _, errs = cli(t, home, append(verify, "--request", p("other.json"))...)
	if rc != 1 || !strings.Contains(errs, "nonce differs") {
		t.Fatalf("verify against another request: exit %d: %s", rc, errs)
	}
	tooMany := features + ",1"
	huge := strings.Repeat("1e9,", 29) + "1e9"
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--features", tooMany}, "31 input values, the model takes 30"},
		{[]string{"--features", "1,x"}, `value 2 "x" is not a finite number`},
		{[]string{"--features", huge, "--model", model}, "outside the circuit's input range"},
		{[]string{"--csv", p("none.csv")}, "does not exist"},
		{[]string{"--features", features, "--input", p("floats.json")}, "give the input once"},
		{[]string{}, "give the input once"},
		{[]string{"--csv", p("floats.json"), "--model", model}, "csv"},
		{[]string{"--csv", test, "--row", "999", "--model", model}, "--row 999: "},
		{[]string{"--csv", testCSVPath(dir), "--model", model}, `no column "mean_radius"`},
		{[]string{"--features", features, "--model", p("none.json")}, "does not exist"},
	} {
		rc, _, errs := cli(t, home, append(req, c.args...)...)
		if rc != 2 || !strings.Contains(errs, c.want) {
			t.Errorf("request %v: exit %d, %q; want 2 and %q", c.args, rc, errs, c.want)
		}
	}
}

func testCSVPath(dir string) string {
	p := filepath.Join(dir, "small.csv")
	os.WriteFile(p, []byte("a\n1\n"), 0o644)
	return p
}

func readJSON(t *testing.T, path string, v any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

func equalInts(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
