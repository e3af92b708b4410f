package cli

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cohort-net/cohort/internal/fheserve"
	"github.com/cohort-net/cohort/internal/he"
)

func fheCLI(t *testing.T, args ...string) (string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(append([]string{"--home", t.TempDir()}, args...), strings.NewReader(""), &out, &errb)
	if code != 0 {
		t.Logf("stderr: %s", errb.String())
	}
	return out.String(), code
}

func TestFHEKeygenEncryptDecryptInfer(t *testing.T) {
	dir := t.TempDir()
	keys := filepath.Join(dir, "keys")
	if _, code := fheCLI(t, "fhe", "keygen", "--out", keys); code != 0 {
		t.Fatalf("keygen exit %d", code)
	}
	if _, code := fheCLI(t, "fhe", "keygen", "--out", keys); code != 2 {
		t.Fatalf("keygen over existing keys: exit %d, want 2", code)
	}
	csv := filepath.Join(dir, "rows.csv")
	os.WriteFile(csv, []byte("a,b,y\n1.5,-2,1\n3,0.25,0\n"), 0o644)
	enc := filepath.Join(dir, "rows.enc")
	if _, code := fheCLI(t, "fhe", "encrypt", "--keys", keys, "--data", csv, "--label", "y", "--out", enc); code != 0 {
		t.Fatalf("encrypt exit %d", code)
	}
	if _, code := fheCLI(t, "fhe", "encrypt", "--keys", keys, "--data", csv, "--out", enc+".all"); code != 0 {
		t.Fatalf("encrypt without a label column: exit %d", code)
	}
	out, code := fheCLI(t, "--json", "fhe", "decrypt", "--keys", keys, "--in", enc)
	if code != 0 {
		t.Fatalf("decrypt exit %d", code)
	}
	var doc struct{ Rows [][]float64 }
	if err := json.Unmarshal([]byte(out), &doc); err != nil || len(doc.Rows) != 2 {
		t.Fatalf("decrypt output %q: %v", out, err)
	}
	if d := doc.Rows[0][1] + 2; d > 1e-6 || d < -1e-6 {
		t.Fatalf("decrypted %v", doc.Rows)
	}

	// infer against a real server of the built-in models on 127.0.0.1.
	data, _ := filepath.Abs(filepath.Join("..", "..", "datasets"))
	models, err := he.BuiltinModels()
	if err != nil {
		t.Fatal(err)
	}
	srv, err := fheserve.New(fheserve.Config{}, slog.New(slog.NewTextHandler(io.Discard, nil)), models...)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	out, code = fheCLI(t, "--json", "fhe", "infer", "--url", ts.URL, "--model", he.ModelBreastCancerLogReg, "--keys", keys,
		"--data", filepath.Join(data, "breast_cancer.csv"), "--label", "malignant")
	if code != 0 {
		t.Fatalf("infer exit %d", code)
	}
	var rep struct {
		Accuracy float64 `json:"accuracy"`
		Samples  int     `json:"samples"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil || rep.Samples != 569 || rep.Accuracy < 0.95 {
		t.Fatalf("infer report %+v, %v", rep, err)
	}
	if _, code := fheCLI(t, "fhe", "infer", "--url", ts.URL, "--model", "nope", "--keys", keys, "--data", csv, "--label", "y"); code == 0 {
		t.Fatal("infer on an unknown model succeeded")
	}
}

func TestBenchFHEQuick(t *testing.T) {
	data, _ := filepath.Abs(filepath.Join("..", "..", "datasets"))
	out, code := fheCLI(t, "--json", "bench", "fhe", "--quick", "--data", data)
	if code != 0 {
		t.Fatalf("bench exit %d", code)
	}
	if !strings.Contains(out, `"threshold_agg"`) || !strings.Contains(out, `"logreg_batch"`) {
		t.Fatalf("bench output: %.300s", out)
	}
}
