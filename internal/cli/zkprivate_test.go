package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestZkPrivateModelKey: `zk setup --private` writes a model key with its shape key and opening;
// `zk check-model-key` (the registrar, without the weights) accepts it and prints the model id that
// setup printed, proofs from `zk prove` verify under it, and a model key whose opening was tampered
// with, or one folded into another setup's shape key, is refused.
func TestZkPrivateModelKey(t *testing.T) {
	home, dir := t.TempDir(), t.TempDir()
	p := func(name string) string { return filepath.Join(dir, name) }
	model := `{"kind": "mlp", "layers": [
		{"w": [[0.5, -0.25, 0.75], [0.1, 0.2, -0.3]], "b": [0.1, -0.2]},
		{"w": [[1.0, -1.0]], "b": [0.05]}]}`
	if err := os.WriteFile(p("m.json"), []byte(model), 0o644); err != nil {
		t.Fatal(err)
	}
	if rc, _, errs := cli(t, home, "zk", "compile", "--model", p("m.json"), "--out", p("q.json"), "--w-bits", "8", "--private"); rc != 0 {
		t.Fatalf("compile: exit %d: %s", rc, errs)
	}
	rc, out, errs := cli(t, home, "--json", "zk", "setup", "--model", p("q.json"), "--out", p("keys"), "--private")
	if rc != 0 {
		t.Fatalf("setup: exit %d: %s", rc, errs)
	}
	var setup struct {
		ModelID string `json:"model_id"`
	}
	json.Unmarshal([]byte(out), &setup)
	rc, out, errs = cli(t, home, "--json", "zk", "check-model-key", "--keys", p("keys"), "--shape", p("keys/shape_vk.bin"))
	var check struct {
		ModelID    string `json:"model_id"`
		Parameters int    `json:"parameters"`
		OK         bool   `json:"ok"`
	}
	if err := json.Unmarshal([]byte(out), &check); rc != 0 || err != nil || !check.OK || check.ModelID != setup.ModelID || check.Parameters == 0 {
		t.Fatalf("check-model-key: exit %d %q (setup said %s): %s", rc, out, setup.ModelID, errs)
	}
	os.WriteFile(p("in.json"), []byte(`{"features": [0.5, -1, 0.25]}`), 0o644)
	if rc, _, errs := cli(t, home, "zk", "request", "--keys", p("keys"), "--prover", "0x00000000000000000000000000000000000000aa", "--input", p("in.json"), "--out", p("req.json")); rc != 0 {
		t.Fatalf("request: exit %d: %s", rc, errs)
	}
	if rc, _, errs := cli(t, home, "zk", "prove", "--keys", p("keys"), "--request", p("req.json"), "--out", p("resp.json")); rc != 0 {
		t.Fatalf("prove: exit %d: %s", rc, errs)
	}
	if rc, _, errs := cli(t, home, "zk", "verify", "--keys", p("keys"), "--response", p("resp.json"), "--request", p("req.json")); rc != 0 {
		t.Fatalf("verify: exit %d: %s", rc, errs)
	}
	// A model key from another setup of the same circuit (the owner's own, say) is not the shape key's
	// the registrar trusts.
	if rc, _, errs := cli(t, home, "zk", "setup", "--model", p("q.json"), "--out", p("keys2"), "--private"); rc != 0 {
		t.Fatalf("second setup: exit %d: %s", rc, errs)
	}
	if rc, _, errs := cli(t, home, "zk", "check-model-key", "--keys", p("keys2"), "--shape", p("keys/shape_vk.bin")); rc != 2 || !strings.Contains(errs, "not derived from this shape key") {
		t.Fatalf("model key of another setup: exit %d: %s", rc, errs)
	}
	op, _ := os.ReadFile(p("keys/opening.bin"))
	op[len(op)-1] ^= 1
	os.WriteFile(p("keys/opening.bin"), op, 0o644)
	if rc, _, errs := cli(t, home, "zk", "check-model-key", "--keys", p("keys")); rc != 2 || !strings.Contains(errs, "proof of knowledge") {
		t.Fatalf("tampered opening: exit %d: %s", rc, errs)
	}
}
