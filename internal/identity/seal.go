package identity

import (
	"crypto/rand"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/ecies"

	"github.com/cohort-net/cohort"
)

// Sealing: a message encrypted to a node's secp256k1 public key (ECIES as in SEC 1 with go-ethereum's
// implementation: an ephemeral ECDH key, concat-KDF with SHA-256, AES-128-CTR, HMAC-SHA-256 over the
// ciphertext and the associated data). The associated data is authenticated, not encrypted: bind a
// sealed message to its context (sender, recipient, session) so it cannot be replayed elsewhere.

// PublicKeyLen is the length of an uncompressed secp256k1 public key: 0x04 || X || Y.
const PublicKeyLen = 65

// SealOverhead is how many bytes Seal adds to a message: the ephemeral key, the IV and the tag.
const SealOverhead = PublicKeyLen + 16 + 32

// PublicKey returns the key's uncompressed secp256k1 public key (PublicKeyLen bytes).
func (k *Key) PublicKey() []byte { return crypto.FromECDSAPub(&k.priv.PublicKey) }

// AddressOf returns the node ID (Ethereum address) of an uncompressed public key. Bytes that are not
// a point on the curve are EInvalid.
func AddressOf(pub []byte) (cohort.NodeID, error) {
	if len(pub) != PublicKeyLen {
		return cohort.NodeID{}, cohort.Errorf(cohort.EInvalid, "public key: %d bytes, want %d (uncompressed)", len(pub), PublicKeyLen)
	}
	p, err := crypto.UnmarshalPubkey(pub)
	if err != nil {
		return cohort.NodeID{}, cohort.Errorf(cohort.EInvalid, "public key: %v", err)
	}
	return cohort.NodeID(crypto.PubkeyToAddress(*p)), nil
}

// Seal encrypts msg (at least one byte) to the holder of the uncompressed public key pub, binding aad.
func Seal(pub, msg, aad []byte) ([]byte, error) {
	if len(msg) == 0 {
		return nil, cohort.Errorf(cohort.EInvalid, "seal: empty message")
	}
	if _, err := AddressOf(pub); err != nil {
		return nil, err
	}
	p, _ := crypto.UnmarshalPubkey(pub)
	ct, err := ecies.Encrypt(rand.Reader, ecies.ImportECDSAPublic(p), msg, nil, aad)
	if err != nil {
		return nil, cohort.Errorf(cohort.EInvalid, "seal: %v", err)
	}
	return ct, nil
}

// Open decrypts a message sealed to k with the same aad. A ciphertext that was altered, sealed to
// another key or bound to other associated data is EInvalid.
func (k *Key) Open(sealed, aad []byte) ([]byte, error) {
	if len(sealed) <= SealOverhead || sealed[0] != 4 {
		return nil, cohort.Errorf(cohort.EInvalid, "open: %d bytes, not a sealed message", len(sealed))
	}
	m, err := ecies.ImportECDSA(k.priv).Decrypt(sealed, nil, aad)
	if err != nil {
		return nil, cohort.Errorf(cohort.EInvalid, "open: %v", err)
	}
	return m, nil
}
