package secagg

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/ecdh"
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"

	"github.com/cohort-net/cohort"
)

// Signer signs digests with a node's identity key. The node adapts its secp256k1 key; tests use
// ed25519.
type Signer interface {
	ID() cohort.NodeID
	Sign(digest [32]byte) ([]byte, error)
}

// Verifier checks that sig is id's signature over digest.
type Verifier interface {
	Verify(id cohort.NodeID, digest [32]byte, sig []byte) error
}

// probeKey is a fixed X25519 private key used only to detect low-order public keys: their shared
// secret with any clamped scalar is all zeros, which crypto/ecdh reports as an error.
var probeKey = func() *ecdh.PrivateKey {
	seed := sha256.Sum256([]byte("cohort/secagg/v1/probe"))
	k, err := ecdh.X25519().NewPrivateKey(seed[:])
	if err != nil {
		panic(err)
	}
	return k
}()

// parsePublic parses an X25519 public key and refuses low-order points.
func parsePublic(b [keyLen]byte) (*ecdh.PublicKey, error) {
	pub, err := ecdh.X25519().NewPublicKey(b[:])
	if err != nil {
		return nil, err
	}
	if _, err := probeKey.ECDH(pub); err != nil {
		return nil, err
	}
	return pub, nil
}

// shareAD is the associated data of the sealed shares from sender to receiver.
func shareAD(c *Config, sender, receiver cohort.NodeID) []byte {
	b := []byte("cohort/secagg/v1/share")
	b = appendBytes(b, []byte(c.p.TaskID))
	b = binary.BigEndian.AppendUint64(b, c.p.Round)
	b = append(b, sender[:]...)
	return append(b, receiver[:]...)
}

// shareAEAD returns the AES-256-GCM that seals shares from sender to receiver under their X25519
// secret.
func shareAEAD(c *Config, secret []byte, sender, receiver cohort.NodeID) (cipher.AEAD, error) {
	info := string(shareAD(c, sender, receiver))
	key, err := hkdf.Key(sha256.New, secret, c.session[:], info, 32)
	if err != nil {
		return nil, err
	}
	blk, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(blk)
}

// commitShare binds a dealer's share for one holder; the server checks revealed shares against it.
func commitShare(c *Config, dealer, holder cohort.NodeID, kind byte, s [shareLen]byte) [commitLen]byte {
	b := []byte("cohort/secagg/v1/share-commit")
	b = append(b, c.session[:]...)
	b = append(b, dealer[:]...)
	b = append(b, holder[:]...)
	b = append(b, kind)
	b = append(b, s[:]...)
	return sha256.Sum256(b)
}

// commitSelf binds a client's self-mask seed.
func commitSelf(c *Config, owner cohort.NodeID, seed []byte) [commitLen]byte {
	b := []byte("cohort/secagg/v1/self-commit")
	b = append(b, c.session[:]...)
	b = append(b, owner[:]...)
	b = append(b, seed...)
	return sha256.Sum256(b)
}

// selfMaskKey and pairMaskKey derive the AES keys of the masks.
func selfMaskKey(c *Config, owner cohort.NodeID, seed []byte) [16]byte {
	return maskKey(c.session, seed, "cohort/secagg/v1/self-mask", owner, owner)
}

func pairMaskKey(c *Config, secret []byte, a, b cohort.NodeID) [16]byte {
	if c.index[a] > c.index[b] {
		a, b = b, a
	}
	return maskKey(c.session, secret, "cohort/secagg/v1/pair-mask", a, b)
}

// randomNonce draws a GCM nonce.
func randomNonce() (n [nonceLen]byte, err error) {
	_, err = rand.Read(n[:])
	return n, err
}

// checkHeader refuses a message of another round or session.
func (c *Config) checkHeader(h Header, what string) error {
	if h.Round != c.p.Round {
		return cohort.Errorf(cohort.EConflict, "secagg: %s for round %d, this is round %d", what, h.Round, c.p.Round)
	}
	if h.Session != c.session {
		return cohort.Errorf(cohort.EConflict, "secagg: %s for another session (task, seed, clients or parameters differ)", what)
	}
	return nil
}

func (c *Config) header() Header { return Header{Round: c.p.Round, Session: c.session} }
