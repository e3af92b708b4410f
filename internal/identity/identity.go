// Package identity holds a node's identity: a secp256k1 key whose Ethereum address is the node's ID,
// stored in a keystore v3 file (scrypt, as geth and Foundry write them), and the signatures made with it.
// *Key is the code base's only holder of a private key: the chain connector signs transactions through
// it (chain.NewAccount), the sealed artifact envelopes and the threshold shares are sealed to it (Seal,
// Open), and the dev keys of dev chains and tests come from here (DevAccount, DevKey; see dev.go).
//
// A signature is 65 bytes, r || s || v with v in {0, 1}, over a 32-byte digest that the caller computes;
// verification recovers the signer, refuses high-s signatures (EIP-2) and compares the address.
// Key material never reaches a log: *Key implements slog.LogValuer and prints only its address.
package identity

import (
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/atomicfile"
)

// SignatureLen is the length of a signature: r (32) || s (32) || v (1).
const SignatureLen = 65

// Key is a node's private key. The zero value is not usable; make one with Generate or LoadKeystore.
type Key struct {
	priv *ecdsa.PrivateKey
	id   cohort.NodeID
}

// Generate makes a new random key.
func Generate() (*Key, error) {
	priv, err := ecdsa.GenerateKey(crypto.S256(), rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("generate secp256k1 key: %w", err)
	}
	return fromECDSA(priv), nil
}

// FromHex builds a key from 32 bytes of hex (for well-known dev accounts and tests only).
func FromHex(s string) (*Key, error) {
	priv, err := crypto.HexToECDSA(strings.TrimPrefix(s, "0x"))
	if err != nil {
		return nil, cohort.Errorf(cohort.EInvalid, "private key: %v", err)
	}
	return fromECDSA(priv), nil
}

func fromECDSA(priv *ecdsa.PrivateKey) *Key {
	return &Key{priv: priv, id: cohort.NodeID(crypto.PubkeyToAddress(priv.PublicKey))}
}

// ID returns the key's Ethereum address, which is the node's ID.
func (k *Key) ID() cohort.NodeID { return k.id }

// Sign signs a 32-byte digest. The chain connector signs transactions and EIP-712 digests with it.
func (k *Key) Sign(digest [32]byte) ([]byte, error) {
	sig, err := crypto.Sign(digest[:], k.priv)
	if err != nil {
		return nil, fmt.Errorf("sign digest: %w", err)
	}
	return sig, nil
}

// LogValue prints the address only, never key material.
func (k *Key) LogValue() slog.Value {
	return slog.GroupValue(slog.String("address", k.id.String()))
}

// String prints the address only.
func (k *Key) String() string { return "identity.Key(" + k.id.String() + ")" }

// GoString keeps %#v from dumping the private scalar.
func (k *Key) GoString() string { return k.String() }

var secp256k1HalfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

// Recover returns the address that produced sig over digest. It refuses malformed and high-s signatures.
func Recover(digest [32]byte, sig []byte) (cohort.NodeID, error) {
	if len(sig) != SignatureLen {
		return cohort.NodeID{}, cohort.Errorf(cohort.EUnauthorized, "signature: %d bytes, want %d", len(sig), SignatureLen)
	}
	v := sig[64]
	if v >= 27 {
		v -= 27
	}
	r, s := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
	if v > 1 || !crypto.ValidateSignatureValues(v, r, s, true) || s.Cmp(secp256k1HalfN) > 0 {
		return cohort.NodeID{}, cohort.Errorf(cohort.EUnauthorized, "signature: invalid r, s or v (high-s signatures are refused)")
	}
	norm := make([]byte, SignatureLen)
	copy(norm, sig)
	norm[64] = v
	pub, err := crypto.SigToPub(digest[:], norm)
	if err != nil {
		return cohort.NodeID{}, cohort.Errorf(cohort.EUnauthorized, "signature: recover: %v", err)
	}
	return cohort.NodeID(crypto.PubkeyToAddress(*pub)), nil
}

// Verify checks that sig over digest was made by id.
func Verify(id cohort.NodeID, digest [32]byte, sig []byte) error {
	got, err := Recover(digest, sig)
	if err != nil {
		return err
	}
	if got != id || id.IsZero() {
		return cohort.Errorf(cohort.EUnauthorized, "signature by %s, want %s", got, id)
	}
	return nil
}

// Verifier adapts Verify to the consumer-side interfaces of the protocol packages.
type Verifier struct{}

// Verify checks that sig over digest was made by id.
func (Verifier) Verify(id cohort.NodeID, digest [32]byte, sig []byte) error {
	return Verify(id, digest, sig)
}

// Keystore cost presets: Standard is geth's default (about 1 s to unlock), Light is for dev networks and tests.
const (
	Standard = iota
	Light
)

// SaveKeystore encrypts k with password into a keystore v3 file in dir (mode 0600), named
// UTC--<address>.json, and returns its path.
func SaveKeystore(dir string, k *Key, password string, cost int) (string, error) {
	path := filepath.Join(dir, "UTC--"+hex.EncodeToString(k.id[:])+".json")
	return path, SaveKeystoreFile(path, k, password, cost)
}

// SaveKeystoreFile encrypts k with password into the keystore v3 file path (mode 0600; its directory
// is created). It never replaces an existing file: a key overwritten is a key lost.
func SaveKeystoreFile(path string, k *Key, password string, cost int) error {
	n, p := keystore.StandardScryptN, keystore.StandardScryptP
	if cost == Light {
		n, p = keystore.LightScryptN, keystore.LightScryptP
	}
	if _, err := os.Stat(path); err == nil {
		return cohort.Errorf(cohort.EConflict, "keystore %s exists: not replaced", path)
	}
	id, err := uuid.NewRandom()
	if err != nil {
		return fmt.Errorf("keystore id: %w", err)
	}
	blob, err := keystore.EncryptKey(&keystore.Key{Id: id, Address: common.Address(k.id), PrivateKey: k.priv}, password, n, p)
	if err != nil {
		return fmt.Errorf("encrypt key: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("keystore dir: %w", err)
	}
	return atomicfile.WriteFile(path, blob, 0o600)
}

// LoadKeystore decrypts a keystore v3 file. A wrong password is EUnauthorized.
func LoadKeystore(path, password string) (*Key, error) {
	blob, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read keystore: %w", err)
	}
	key, err := keystore.DecryptKey(blob, password)
	if err != nil {
		if errors.Is(err, keystore.ErrDecrypt) {
			return nil, cohort.Errorf(cohort.EUnauthorized, "keystore %s: wrong password", path)
		}
		return nil, cohort.Errorf(cohort.EInvalid, "keystore %s: %v", path, err)
	}
	return fromECDSA(key.PrivateKey), nil
}

// ReadPassword reads a password file, dropping one trailing newline.
func ReadPassword(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("read password file: %w", err)
	}
	return strings.TrimSuffix(strings.TrimSuffix(string(b), "\n"), "\r"), nil
}
