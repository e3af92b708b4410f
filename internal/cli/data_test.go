package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCLI(t *testing.T, home string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(append([]string{"--home", home}, args...), strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), code
}

func TestDataAndArtifactCommands(t *testing.T) {
	home := t.TempDir()
	bc := "../../datasets/breast_cancer"
	out, _, code := runCLI(t, home, "data", "validate", "--schema", bc+".schema.yaml", "--data", bc+".csv", "--json")
	var rep struct {
		Passed bool
		Rows   int
	}
	if code != 0 || json.Unmarshal([]byte(out), &rep) != nil || !rep.Passed || rep.Rows != 569 {
		t.Fatalf("validate bundled data: code %d, %s", code, out)
	}
	bad := filepath.Join(t.TempDir(), "bad.csv")
	os.WriteFile(bad, []byte("mean_radius,malignant\n99,0\n"), 0o644)
	out, _, code = runCLI(t, home, "data", "validate", "--schema", bc+".schema.yaml", "--data", bad)
	if code != 1 || !strings.Contains(out, "out_of_range") || !strings.Contains(out, "missing_column") {
		t.Fatalf("validate bad data: code %d\n%s", code, out)
	}
	if _, _, code = runCLI(t, home, "data", "validate", "--data", bad); code != 2 {
		t.Fatalf("missing --schema: code %d", code)
	}

	out, _, code = runCLI(t, home, "data", "index", "--schema", bc+".schema.yaml", "--data", bc+".csv")
	if code != 0 || !strings.HasPrefix(out, "bafkrei") {
		t.Fatalf("index: %d %s", code, out)
	}
	cid := strings.TrimSpace(out)
	if out, _, code = runCLI(t, home, "data", "inspect", cid); code != 0 || !strings.Contains(out, "569") {
		t.Fatalf("inspect: %d %s", code, out)
	}

	src := filepath.Join(t.TempDir(), "blob")
	os.WriteFile(src, bytes.Repeat([]byte("cohort"), 400000), 0o644)
	out, _, code = runCLI(t, home, "artifact", "put", src)
	if code != 0 || !strings.HasPrefix(out, "bagu") {
		t.Fatalf("artifact put: %d %s", code, out)
	}
	dst := filepath.Join(t.TempDir(), "got")
	if _, errs, code := runCLI(t, home, "artifact", "get", strings.TrimSpace(out), "-o", dst); code != 0 {
		t.Fatalf("artifact get: %d %s", code, errs)
	}
	a, _ := os.ReadFile(src)
	b, _ := os.ReadFile(dst)
	if !bytes.Equal(a, b) {
		t.Fatal("artifact get returned other bytes")
	}
	if _, _, code = runCLI(t, home, "artifact", "get", "not-a-cid"); code != 2 {
		t.Fatalf("bad cid: code %d", code)
	}
}

func TestDataSealOpen(t *testing.T) {
	home := t.TempDir()
	pw := filepath.Join(home, "pw")
	os.WriteFile(pw, []byte("secret\n"), 0o600)
	key := func() string {
		out, errs, code := runCLI(t, home, "--json", "keys", "new", "--password-file", pw, "--light")
		var k struct{ Keystore string }
		if code != 0 || json.Unmarshal([]byte(out), &k) != nil {
			t.Fatalf("keys new: %d %s %s", code, out, errs)
		}
		return k.Keystore
	}
	k1, k2 := key(), key()
	out, _, code := runCLI(t, home, "--json", "data", "pubkey", "--key", k1, "--password-file", pw)
	var pk struct{ Pubkey string }
	if code != 0 || json.Unmarshal([]byte(out), &pk) != nil {
		t.Fatalf("pubkey: %d %s", code, out)
	}
	src := filepath.Join(home, "rows.csv")
	os.WriteFile(src, []byte("a,b\n1,2\n"), 0o644)
	out, _, code = runCLI(t, home, "data", "seal", src, "--to", pk.Pubkey)
	if code != 0 {
		t.Fatalf("seal: %d %s", code, out)
	}
	c := strings.TrimSpace(out)
	if out, _, code = runCLI(t, home, "data", "open", c, "--key", k1, "--password-file", pw); code != 0 || out != "a,b\n1,2\n" {
		t.Fatalf("open by the recipient: %d %q", code, out)
	}
	out, errs, code := runCLI(t, home, "data", "open", c, "--key", k2, "--password-file", pw)
	if code != 1 || out != "" || !strings.Contains(errs, "not authorized") {
		t.Fatalf("open by another node: %d %q %q", code, out, errs)
	}
}
