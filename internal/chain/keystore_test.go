package chain

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"

	"github.com/cohort-net/cohort"
)

func TestLoadKeystoreAccount(t *testing.T) {
	dir := t.TempDir()
	k := DevKey(12)
	blob, err := keystore.EncryptKey(&keystore.Key{Id: uuid.New(), Address: crypto.PubkeyToAddress(k.PublicKey), PrivateKey: k},
		"secret", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	kf, pf, bad := filepath.Join(dir, "key.json"), filepath.Join(dir, "pw"), filepath.Join(dir, "bad")
	os.WriteFile(kf, blob, 0o600)
	os.WriteFile(pf, []byte("secret\n"), 0o600)
	os.WriteFile(bad, []byte("nope\n"), 0o600)
	a, err := LoadKeystoreAccount(kf, pf)
	if err != nil {
		t.Fatal(err)
	}
	if a.Addr != crypto.PubkeyToAddress(k.PublicKey) {
		t.Fatalf("address %s", a.Addr.Hex())
	}
	if _, err := LoadKeystoreAccount(kf, bad); cohort.Code(err) != cohort.EUnauthorized {
		t.Fatalf("wrong password: %v", err)
	}
	if _, err := LoadKeystoreAccount(filepath.Join(dir, "missing"), pf); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("missing file: %v", err)
	}
}

func TestDevKeysMatchAnvil(t *testing.T) {
	// The first well-known dev account, as Anvil and Hardhat print it.
	if got := NewAccount(DevKey(0)).Addr.Hex(); got != "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266" {
		t.Fatalf("dev key 0 is %s", got)
	}
}
