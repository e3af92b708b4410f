package cli

import (
	"encoding/json"
	"io"
	"log/slog"
	"math"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cohort-net/cohort/internal/fheserve"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/modelfile"
)

// TestFheWithModelFile: a model file served by `fhe serve --model` answers `fhe infer --model FILE`
// with the plaintext model's accuracy; files it cannot serve are refused with the reason.
func TestFheWithModelFile(t *testing.T) {
	home, dir := t.TempDir(), t.TempDir()
	model := devnetModel(t, home)
	test := testSplitCSV(t, 5)
	keys := filepath.Join(dir, "keys")
	if rc, _, errs := cli(t, home, "fhe", "keygen", "--out", keys); rc != 0 {
		t.Fatalf("keygen: %s", errs)
	}
	models, err := fheModelFiles([]string{model})
	if err != nil {
		t.Fatal(err)
	}
	srv, err := fheserve.New(fheserve.Config{}, slog.New(slog.NewTextHandler(io.Discard, nil)), models...)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	infer := []string{"fhe", "infer", "--url", ts.URL, "--keys", keys}
	rc, out, errs := cli(t, home, append([]string{"--json"}, append(infer, "--model", model, "--data", test)...)...)
	if rc != 0 {
		t.Fatalf("infer: exit %d: %s", rc, errs)
	}
	var rep struct {
		Model    string   `json:"model"`
		Accuracy float64  `json:"accuracy"`
		Classes  []string `json:"classes"`
		Samples  int      `json:"samples"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	plain := predictAccuracy(t, home, "--model", model, "--data", test)
	mf, _ := modelfile.Read(model)
	if rep.Model != mf.Name() || rep.Samples != plain.Rows || math.Abs(rep.Accuracy-*plain.Accuracy) > 0.02 || len(rep.Classes) != rep.Samples {
		t.Fatalf("encrypted inference %+v; plaintext accuracy %v", rep, *plain.Accuracy)
	}
	agree := 0
	for i, c := range rep.Classes {
		if c == plain.Predictions[i] {
			agree++
		}
	}
	if agree < rep.Samples-2 {
		t.Fatalf("encrypted and plaintext predictions agree on %d of %d rows", agree, rep.Samples)
	}
	// encrypt --model: the model's columns in its order, at its level; decrypt gives them back.
	enc := filepath.Join(dir, "rows.enc")
	if rc, _, errs := cli(t, home, "fhe", "encrypt", "--keys", keys, "--model", model, "--data", test, "--out", enc); rc != 0 {
		t.Fatalf("encrypt --model: exit %d %s", rc, errs)
	}
	rc, out, errs = cli(t, home, "--json", "fhe", "decrypt", "--keys", keys, "--in", enc)
	var dec struct {
		Model string
		Rows  [][]float64
	}
	if err := json.Unmarshal([]byte(out), &dec); rc != 0 || err != nil || dec.Model != mf.Name() || len(dec.Rows) != plain.Rows {
		t.Fatalf("decrypt: exit %d %v %s", rc, err, errs)
	}
	tab, _ := mf.ReadTable(mustOpen(t, test), "")
	for j, v := range tab.Row(0) {
		if math.Abs(dec.Rows[0][j]-v) > 1e-3*math.Max(1, math.Abs(v)) {
			t.Fatalf("decrypted feature %d: %v, want %v", j, dec.Rows[0][j], v)
		}
	}
	if rc, _, errs := cli(t, home, "fhe", "encrypt", "--keys", keys, "--model", model, "--data", test, "--out", enc, "--level", "2"); rc != 2 || !strings.Contains(errs, "come from --model") {
		t.Errorf("encrypt --model --level: exit %d %s", rc, errs)
	}
	// Bad inputs: a CSV without the model's columns, a model the server does not serve, files that
	// cannot be served.
	other := filepath.Join(dir, "other.csv")
	os.WriteFile(other, []byte("a,b\n1,2\n"), 0o644)
	if rc, _, errs := cli(t, home, append(infer, "--model", model, "--data", other)...); rc != 2 || !strings.Contains(errs, `no column "mean_radius"`) {
		t.Errorf("infer on other columns: exit %d %s", rc, errs)
	}
	relu := reluModelFile(t, dir)
	if rc, _, errs := cli(t, home, append(infer, "--model", relu, "--data", test)...); rc == 0 || !strings.Contains(errs, "server has no model") {
		t.Errorf("infer of an unserved model: exit %d %s", rc, errs)
	}
	for _, c := range []struct{ file, want string }{
		{filepath.Join(dir, "none.json"), "does not exist"},
		{relu, "cannot be evaluated under CKKS"},
	} {
		start := time.Now()
		rc, _, errs := cli(t, home, "fhe", "serve", "--listen", "127.0.0.1:0", "--model", c.file)
		if rc != 2 || !strings.Contains(errs, c.want) || time.Since(start) > 30*time.Second {
			t.Errorf("serve --model %s: exit %d %s", c.file, rc, errs)
		}
	}
}

func mustOpen(t *testing.T, path string) *os.File {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// reluModelFile writes a ReLU MLP model file (which CKKS cannot evaluate).
func reluModelFile(t *testing.T, dir string) string {
	spec := fl.ModelSpec{Kind: fl.KindMLP, Inputs: 30, Classes: 2, Hidden: []int{4}}
	m, err := fl.NewModel(spec, 1)
	if err != nil {
		t.Fatal(err)
	}
	f, err := modelfile.New(m, nil, nil, "malignant", []string{"0", "1"}, modelfile.Provenance{})
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "relu.json")
	if err := modelfile.Write(p, f); err != nil {
		t.Fatal(err)
	}
	return p
}
