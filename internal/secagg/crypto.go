package secagg

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/ecdh"
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"math/big"

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

// lowOrder holds the u-coordinates of the X25519 points of small order (dividing 8) on the curve
// and its twist: 0, 1, p-1 and the two of order 8. A key whose u (top bit ignored, reduced mod p)
// is one of them gives an all-zero shared secret with every private key.
var lowOrder = func() []*big.Int {
	p := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 255), big.NewInt(19))
	u8a, _ := new(big.Int).SetString("325606250916557431795983626356110631294008115727848805560023387167927233504", 10)
	u8b, _ := new(big.Int).SetString("39382357235489614581723060781553021112529911719440698176882885853963445705823", 10)
	return []*big.Int{big.NewInt(0), big.NewInt(1), new(big.Int).Sub(p, big.NewInt(1)), u8a, u8b, p}
}()

// parsePublic parses an X25519 public key and refuses low-order points without a scalar
// multiplication.
func parsePublic(b [keyLen]byte) (*ecdh.PublicKey, error) {
	pub, err := ecdh.X25519().NewPublicKey(b[:])
	if err != nil {
		return nil, err
	}
	var le [keyLen]byte
	for i := range le {
		le[i] = b[keyLen-1-i]
	}
	le[0] &= 0x7f // X25519 ignores the top bit
	u := new(big.Int).SetBytes(le[:])
	p := lowOrder[5]
	if u.Cmp(p) >= 0 {
		u.Sub(u, p)
	}
	for _, lo := range lowOrder[:5] {
		if u.Cmp(lo) == 0 {
			return nil, errors.New("x25519 public key of small order")
		}
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
