package node

import (
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A built-in model gets dev keys on a dev chain (once: later loads read the same keys), and none on
// another chain.
func TestLoadModelKeysBuiltin(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "tiny")
	log := slog.New(slog.DiscardHandler)
	if _, _, err := loadModelKeys(dir, InferenceModelTiny, true, false, log); err == nil || !strings.Contains(err.Error(), "zk setup") {
		t.Fatalf("keys made off a dev chain: %v", err)
	}
	reg, rows, err := loadModelKeys(dir, InferenceModelTiny, true, true, log)
	if err != nil {
		t.Fatal(err)
	}
	if reg.PK == nil || reg.Circuit == nil || len(rows) == 0 {
		t.Fatalf("registered %+v, %d rows", reg, len(rows))
	}
	again, _, err := loadModelKeys(dir, InferenceModelTiny, false, true, log)
	if err != nil || again.ModelID != reg.ModelID {
		t.Fatalf("reloaded model %v (%v), want %v", again.ModelID, err, reg.ModelID)
	}
	for _, x := range randomInputs(reg.Model, 16) {
		if err := reg.Model.CheckInput(x); err != nil {
			t.Fatal(err)
		}
	}
}

func TestConfigInferenceSections(t *testing.T) {
	dir := t.TempDir()
	write := func(body string) string {
		p := filepath.Join(dir, "n.toml")
		os.WriteFile(p, []byte("data_dir = \"d\"\nkeystore = \"k.json\"\n"+body+"\n[chain]\nrpc = \"http://127.0.0.1:8545\"\n"), 0o600)
		return p
	}
	c, err := LoadConfig(write("roles = []\n[miner]\nkeys = \"keys\"\n"), []string{"COHORT_ROLES=miner,validator", "COHORT_VALIDATOR_INFERENCE_KEYS=/abs/keys", "COHORT_VALIDATOR_INFERENCE_INTERVAL=5s"})
	if err != nil {
		t.Fatal(err)
	}
	if c.Miner.Keys != filepath.Join(dir, "keys") || c.Validator.Inference.Keys != "/abs/keys" || c.Validator.Inference.Interval.D().Seconds() != 5 {
		t.Fatalf("config %+v", c)
	}
	for body, want := range map[string]string{
		"roles = [\"miner\"]\n":     "miner.keys is required",
		"roles = [\"validator\"]\n": "validator.holdout is required",
		"roles = [\"miner\"]\n[miner]\nkeys = \"k\"\nmodel = \"big\"\n": "built-in models",
	} {
		if _, err := LoadConfig(write(body), nil); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: %v, want %q", body, err, want)
		}
	}
}
