package identity

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/cohort-net/cohort"
)

func TestSignVerify(t *testing.T) {
	k, err := Generate()
	if err != nil {
		t.Fatal(err)
	}
	d := sha256.Sum256([]byte("hello"))
	sig, err := k.Sign(d)
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(k.ID(), d, sig); err != nil {
		t.Fatalf("valid signature refused: %v", err)
	}
	other, _ := Generate()
	cases := map[string]func() error{
		"other signer": func() error { return Verify(other.ID(), d, sig) },
		"other digest": func() error { return Verify(k.ID(), sha256.Sum256([]byte("x")), sig) },
		"short":        func() error { return Verify(k.ID(), d, sig[:64]) },
		"bad v":        func() error { s := bytes.Clone(sig); s[64] = 9; return Verify(k.ID(), d, s) },
		"flipped bit":  func() error { s := bytes.Clone(sig); s[5] ^= 1; return Verify(k.ID(), d, s) },
		"high s": func() error {
			// (r, n-s, v^1) is the same signature's malleable twin: it must be refused.
			s := bytes.Clone(sig)
			n := crypto.S256().Params().N
			hs := new(big.Int).Sub(n, new(big.Int).SetBytes(sig[32:64]))
			hs.FillBytes(s[32:64])
			s[64] ^= 1
			return Verify(k.ID(), d, s)
		},
		"zero id": func() error { return Verify(cohort.NodeID{}, d, sig) },
	}
	for name, f := range cases {
		if err := f(); cohort.Code(err) != cohort.EUnauthorized {
			t.Errorf("%s: got %v, want unauthorized", name, err)
		}
	}
	// v as 27/28 (Ethereum wallets) is accepted.
	s := bytes.Clone(sig)
	s[64] += 27
	if err := Verify(k.ID(), d, s); err != nil {
		t.Errorf("v+27 refused: %v", err)
	}
}

func TestKeystoreRoundTrip(t *testing.T) {
	dir := t.TempDir()
	k, _ := Generate()
	path, err := SaveKeystore(dir, k, "secret", Light)
	if err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(path)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("keystore file mode: %v %v", st.Mode(), err)
	}
	got, err := LoadKeystore(path, "secret")
	if err != nil || got.ID() != k.ID() {
		t.Fatalf("load: %v %v", got, err)
	}
	if _, err := LoadKeystore(path, "wrong"); cohort.Code(err) != cohort.EUnauthorized {
		t.Fatalf("wrong password: %v", err)
	}
	pw := filepath.Join(dir, "pw")
	os.WriteFile(pw, []byte("secret\n"), 0o600)
	if p, _ := ReadPassword(pw); p != "secret" {
		t.Fatalf("password %q", p)
	}
}

func TestKeyNeverLogged(t *testing.T) {
	k, _ := Generate()
	secret := fmt.Sprintf("%x", crypto.FromECDSA(k.priv))
	var buf bytes.Buffer
	slog.New(slog.NewJSONHandler(&buf, nil)).Info("key", "key", k)
	fmt.Fprintf(&buf, "%v %+v %#v %s", k, k, k, k)
	if strings.Contains(buf.String(), secret) {
		t.Fatal("private key material reached a log")
	}
	if !strings.Contains(buf.String(), k.ID().String()) {
		t.Fatal("the address should be logged")
	}
}
