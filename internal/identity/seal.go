package identity

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/ecdsa"
	"crypto/hkdf"
	"crypto/sha256"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/ecies"

	"github.com/cohort-net/cohort"
)

// Sealing: a message encrypted to a node's secp256k1 public key, ECIES style, the one construction of
// the code base: an ephemeral secp256k1 key, ECDH (the shared point's x-coordinate), HKDF-SHA256 with
// salt = ephemeral public key || recipient public key (both compressed) || recipient address, and
// AES-256-GCM with a zero nonce (the key is fresh for every message). A sealed message is the
// ephemeral compressed public key (33 bytes) || ciphertext || tag (16 bytes). The associated data is
// authenticated, not encrypted: bind a sealed message to its context (sender, recipient, session) so
// it cannot be replayed elsewhere.
//
// internal/artifact/sealed wraps each envelope's data key with Seal, and envelopes are persisted: the
// layout and the HKDF info string below are a stored format and must not change.

// sealInfo is the HKDF info string. It names its first user, the sealed envelope's key wrap.
const sealInfo = "cohort-sealed-v1 key wrap"

// PublicKeyLen is the length of an uncompressed secp256k1 public key: 0x04 || X || Y.
const PublicKeyLen = 65

// CompressedPublicKeyLen is the length of a compressed secp256k1 public key: 0x02 or 0x03 || X.
const CompressedPublicKeyLen = 33

// SealOverhead is how many bytes Seal adds to a message: the ephemeral key and the tag.
const SealOverhead = CompressedPublicKeyLen + 16

// PublicKey returns the key's uncompressed secp256k1 public key (PublicKeyLen bytes).
func (k *Key) PublicKey() []byte { return crypto.FromECDSAPub(&k.priv.PublicKey) }

// CompressedPublicKey returns the key's compressed secp256k1 public key (CompressedPublicKeyLen bytes).
func (k *Key) CompressedPublicKey() []byte { return crypto.CompressPubkey(&k.priv.PublicKey) }

func parsePublicKey(pub []byte) (*ecdsa.PublicKey, error) {
	var (
		p   *ecdsa.PublicKey
		err error
	)
	switch len(pub) {
	case PublicKeyLen:
		p, err = crypto.UnmarshalPubkey(pub)
	case CompressedPublicKeyLen:
		p, err = crypto.DecompressPubkey(pub)
	default:
		return nil, cohort.Errorf(cohort.EInvalid, "public key: %d bytes, want %d (uncompressed) or %d (compressed)",
			len(pub), PublicKeyLen, CompressedPublicKeyLen)
	}
	if err != nil {
		return nil, cohort.Errorf(cohort.EInvalid, "public key: %v", err)
	}
	return p, nil
}

// AddressOf returns the node ID (Ethereum address) of a public key, uncompressed or compressed. Bytes
// that are not a point on the curve are EInvalid.
func AddressOf(pub []byte) (cohort.NodeID, error) {
	p, err := parsePublicKey(pub)
	if err != nil {
		return cohort.NodeID{}, err
	}
	return cohort.NodeID(crypto.PubkeyToAddress(*p)), nil
}

// Seal encrypts msg (at least one byte) to the holder of the public key pub (uncompressed or
// compressed), binding aad.
func Seal(pub, msg, aad []byte) ([]byte, error) {
	if len(msg) == 0 {
		return nil, cohort.Errorf(cohort.EInvalid, "seal: empty message")
	}
	p, err := parsePublicKey(pub)
	if err != nil {
		return nil, err
	}
	eph, err := crypto.GenerateKey()
	if err != nil {
		return nil, cohort.Errorf(cohort.EInternal, "seal: ephemeral key: %v", err)
	}
	epk := crypto.CompressPubkey(&eph.PublicKey)
	aead, err := sealAEAD(eph, p, epk, crypto.CompressPubkey(p), cohort.NodeID(crypto.PubkeyToAddress(*p)))
	if err != nil {
		return nil, err
	}
	return aead.Seal(epk, make([]byte, aead.NonceSize()), msg, aad), nil
}

// Open decrypts a message sealed to k with the same aad. A ciphertext that was altered, sealed to
// another key or bound to other associated data is EInvalid.
func (k *Key) Open(sealed, aad []byte) ([]byte, error) {
	if len(sealed) <= SealOverhead {
		return nil, cohort.Errorf(cohort.EInvalid, "open: %d bytes, not a sealed message", len(sealed))
	}
	epk := sealed[:CompressedPublicKeyLen]
	p, err := crypto.DecompressPubkey(epk)
	if err != nil {
		return nil, cohort.Errorf(cohort.EInvalid, "open: ephemeral key: %v", err)
	}
	aead, err := sealAEAD(k.priv, p, epk, k.CompressedPublicKey(), k.id)
	if err != nil {
		return nil, err
	}
	m, err := aead.Open(nil, make([]byte, aead.NonceSize()), sealed[CompressedPublicKeyLen:], aad)
	if err != nil {
		return nil, cohort.Errorf(cohort.EInvalid, "open: %v", err)
	}
	return m, nil
}

// sealAEAD derives the AES-256-GCM key from ECDH of priv with peer, bound to the ephemeral key epk,
// the recipient's compressed key rpk and its address id.
func sealAEAD(priv *ecdsa.PrivateKey, peer *ecdsa.PublicKey, epk, rpk []byte, id cohort.NodeID) (cipher.AEAD, error) {
	shared, err := ecies.ImportECDSA(priv).GenerateShared(ecies.ImportECDSAPublic(peer), 16, 16)
	if err != nil {
		return nil, cohort.Errorf(cohort.EInvalid, "seal: ecdh: %v", err)
	}
	salt := make([]byte, 0, len(epk)+len(rpk)+len(id))
	salt = append(append(append(salt, epk...), rpk...), id[:]...)
	key, err := hkdf.Key(sha256.New, shared, salt, sealInfo, 32)
	if err != nil {
		return nil, cohort.Errorf(cohort.EInternal, "seal: hkdf: %v", err)
	}
	b, err := aes.NewCipher(key)
	if err != nil {
		return nil, cohort.Errorf(cohort.EInternal, "seal: %v", err)
	}
	return cipher.NewGCM(b)
}
