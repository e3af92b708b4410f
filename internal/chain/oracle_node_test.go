package chain

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

func TestReadVerifierBytecode(t *testing.T) {
	js, err := os.ReadFile(filepath.Join("testdata", "logreg3", "verifier.json"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := ReadVerifierBytecode(js)
	if err != nil || len(want) < 100 {
		t.Fatalf("solc-js JSON: %d bytes, %v", len(want), err)
	}
	hexCode := []byte("0x" + bytesToHex(want) + "\n")
	for name, in := range map[string][]byte{
		"hex":      hexCode,
		"solc":     []byte("\n======= Verifier.sol:Verifier =======\nBinary:\n" + bytesToHex(want) + "\n"),
		"combined": []byte(`{"contracts": {"Verifier.sol:Verifier": {"bin": "` + bytesToHex(want) + `"}}}`),
	} {
		got, err := ReadVerifierBytecode(in)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s: %d bytes, %v", name, len(got), err)
		}
	}
	for _, bad := range []string{"", "{}", "0xzz", `{"bin": ""}`, "not hex"} {
		if _, err := ReadVerifierBytecode([]byte(bad)); err == nil {
			t.Errorf("%q: accepted", bad)
		}
	}
}

func bytesToHex(b []byte) string {
	const digits = "0123456789abcdef"
	out := make([]byte, 2*len(b))
	for i, c := range b {
		out[2*i], out[2*i+1] = digits[c>>4], digits[c&15]
	}
	return string(out)
}

// FuzzReadVerifierBytecode: the decoder of a verifier file never panics, and what it accepts is
// non-empty code.
func FuzzReadVerifierBytecode(f *testing.F) {
	f.Add([]byte(`{"bin": "6080"}`))
	f.Add([]byte("Binary:\n6080"))
	f.Add([]byte(`{"contracts": {"a:Verifier": {"bin": "0x60"}}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		code, err := ReadVerifierBytecode(b)
		if err == nil && len(code) == 0 {
			t.Fatal("accepted empty code")
		}
	})
}
