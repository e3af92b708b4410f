package sealed

import (
	"bufio"
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/identity"
)

// Magic opens every envelope.
const Magic = "COHORTSEALED1\n"

const (
	segmentSize   = 1 << 20
	tagSize       = 16
	maxHeader     = 1 << 20
	maxRecipients = 1024
	wrapInfo      = "cohort-sealed-v1 key wrap"
)

// Recipient is a node allowed to read: its address and its secp256k1 public key (33-byte compressed
// or 65-byte uncompressed), which must hash to the address.
type Recipient struct {
	ID     cohort.NodeID
	PubKey []byte
}

// RecipientOf returns the public half of k as a Recipient.
func RecipientOf(k *identity.Key) Recipient {
	return Recipient{ID: k.ID(), PubKey: k.CompressedPublicKey()}
}

// Key is a node's private key as this package needs it: *identity.Key.
type Key interface {
	ID() cohort.NodeID
	// Open decrypts a message sealed to the key with identity.Seal.
	Open(sealed, aad []byte) ([]byte, error)
}

var _ Key = (*identity.Key)(nil)

// wrapped is the data key sealed to one recipient (identity.Seal with the recipient's address as
// associated data), split into the ephemeral key and the ciphertext.
type wrapped struct {
	ID        string `json:"id"`
	Ephemeral string `json:"epk"`  // hex, compressed
	Key       string `json:"wkey"` // hex, AES-GCM(wrap key, data key)
}

// Header is the envelope's clear-text header.
type Header struct {
	Version    int       `json:"v"`
	Segment    int       `json:"segment"`
	Nonce      string    `json:"nonce"` // hex, 8 bytes
	Recipients []wrapped `json:"recipients"`
}

// IDs lists the nodes the envelope is wrapped to.
func (h *Header) IDs() []string {
	out := make([]string, len(h.Recipients))
	for i, r := range h.Recipients {
		out[i] = r.ID
	}
	return out
}

func gcm(key []byte) cipher.AEAD {
	b, err := aes.NewCipher(key)
	if err != nil {
		panic(err) // 32-byte keys only
	}
	a, err := cipher.NewGCM(b)
	if err != nil {
		panic(err)
	}
	return a
}

// Seal encrypts everything r yields to the recipients and writes the envelope to w.
func Seal(w io.Writer, r io.Reader, recipients []Recipient) error {
	if len(recipients) == 0 || len(recipients) > maxRecipients {
		return cohort.Errorf(cohort.EInvalid, "seal: %d recipients, want 1..%d", len(recipients), maxRecipients)
	}
	dataKey := make([]byte, 32)
	nonce := make([]byte, 8)
	rand.Read(dataKey)
	rand.Read(nonce)
	h := Header{Version: 1, Segment: segmentSize, Nonce: hex.EncodeToString(nonce)}
	seen := map[cohort.NodeID]bool{}
	for _, rc := range recipients {
		id, err := identity.AddressOf(rc.PubKey)
		if err != nil {
			return cohort.Errorf(cohort.EInvalid, "seal: recipient %s: %v", rc.ID, err)
		}
		if id != rc.ID {
			return cohort.Errorf(cohort.EInvalid, "seal: recipient %s: public key belongs to %s", rc.ID, id)
		}
		if seen[rc.ID] {
			continue
		}
		seen[rc.ID] = true
		ct, err := identity.Seal(rc.PubKey, dataKey, rc.ID[:])
		if err != nil {
			return err
		}
		epk, wkey := ct[:identity.CompressedPublicKeyLen], ct[identity.CompressedPublicKeyLen:]
		h.Recipients = append(h.Recipients, wrapped{ID: rc.ID.String(), Ephemeral: hex.EncodeToString(epk), Key: hex.EncodeToString(wkey)})
	}
	hb, _ := json.Marshal(h)
	var lenb [4]byte
	binary.BigEndian.PutUint32(lenb[:], uint32(len(hb)))
	bw := bufio.NewWriterSize(w, 1<<16)
	bw.WriteString(Magic)
	bw.Write(lenb[:])
	bw.Write(hb)
	aad := sha256.Sum256(hb)
	aead := gcm(dataKey)
	buf := make([]byte, segmentSize)
	next := make([]byte, segmentSize)
	n, err := io.ReadFull(r, buf)
	if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
		return fmt.Errorf("seal: read: %w", err)
	}
	out := make([]byte, 0, segmentSize+tagSize)
	for i := uint32(0); ; i++ {
		// Look ahead one segment to know whether this one is the last.
		var m int
		last := n < segmentSize
		if !last {
			m, err = io.ReadFull(r, next)
			if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
				return fmt.Errorf("seal: read: %w", err)
			}
			last = m == 0
		}
		out = aead.Seal(out[:0], segNonce(nonce, i, last), buf[:n], aad[:])
		if _, err := bw.Write(out); err != nil {
			return err
		}
		if last {
			break
		}
		if i == ^uint32(0)-1 {
			return cohort.Errorf(cohort.ETooLarge, "seal: data over 4 PiB")
		}
		buf, next, n = next, buf, m
	}
	return bw.Flush()
}

func segNonce(prefix []byte, i uint32, last bool) []byte {
	n := make([]byte, 12)
	copy(n, prefix)
	binary.BigEndian.PutUint32(n[8:], i)
	if last {
		n[7] ^= 0x80 // the flag lives in the prefix's top bit: last and non-last nonces never collide
	}
	return n
}

// ReadHeader reads and checks an envelope's header, leaving r at the first segment.
func ReadHeader(r io.Reader) (*Header, []byte, error) {
	pre := make([]byte, len(Magic)+4)
	if _, err := io.ReadFull(r, pre); err != nil {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "sealed: short envelope")
	}
	if string(pre[:len(Magic)]) != Magic {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "sealed: not a sealed envelope")
	}
	n := binary.BigEndian.Uint32(pre[len(Magic):])
	if n == 0 || n > maxHeader {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "sealed: header of %d bytes", n)
	}
	hb := make([]byte, n)
	if _, err := io.ReadFull(r, hb); err != nil {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "sealed: short header")
	}
	h, err := decodeHeader(hb)
	return h, hb, err
}

func decodeHeader(hb []byte) (*Header, error) {
	var h Header
	dec := json.NewDecoder(bytes.NewReader(hb))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&h); err != nil {
		return nil, cohort.Errorf(cohort.EInvalid, "sealed: header: %v", err)
	}
	if h.Version != 1 || h.Segment != segmentSize {
		return nil, cohort.Errorf(cohort.EInvalid, "sealed: version %d segment %d", h.Version, h.Segment)
	}
	if nb, err := hex.DecodeString(h.Nonce); err != nil || len(nb) != 8 {
		return nil, cohort.Errorf(cohort.EInvalid, "sealed: nonce")
	}
	if len(h.Recipients) == 0 || len(h.Recipients) > maxRecipients {
		return nil, cohort.Errorf(cohort.EInvalid, "sealed: %d recipients", len(h.Recipients))
	}
	return &h, nil
}

// Open checks that key is among the envelope's recipients, unwraps the data key and returns a reader
// of the plaintext. Every segment is authenticated before any of its bytes are returned; a truncated
// or altered envelope ends the read with an EInvalid error. A node that is not a recipient, or whose
// key does not unwrap, gets EForbidden and nothing else.
func Open(r io.Reader, key Key) (io.Reader, error) {
	h, hb, err := ReadHeader(r)
	if err != nil {
		return nil, err
	}
	me := key.ID().String()
	var dataKey []byte
	found := false
	for _, w := range h.Recipients {
		if w.ID != me {
			continue
		}
		found = true
		epk, err1 := hex.DecodeString(w.Ephemeral)
		ct, err2 := hex.DecodeString(w.Key)
		if err1 != nil || err2 != nil {
			return nil, cohort.Errorf(cohort.EInvalid, "sealed: recipient %s: bad hex", w.ID)
		}
		if len(epk) != identity.CompressedPublicKeyLen {
			return nil, cohort.Errorf(cohort.EInvalid, "sealed: recipient %s: ephemeral key of %d bytes", w.ID, len(epk))
		}
		id := key.ID()
		if dataKey, err = key.Open(append(epk, ct...), id[:]); err == nil {
			break
		}
	}
	if dataKey == nil {
		if !found {
			return nil, cohort.Errorf(cohort.EForbidden, "node %s is not authorized to read this data (recipients: %d nodes)", me, len(h.Recipients))
		}
		return nil, cohort.Errorf(cohort.EForbidden, "node %s: the data key does not unwrap with this node's key", me)
	}
	nonce, _ := hex.DecodeString(h.Nonce)
	aad := sha256.Sum256(hb)
	return &opener{r: bufio.NewReaderSize(r, segmentSize+tagSize), aead: gcm(dataKey), nonce: nonce, aad: aad[:],
		buf: make([]byte, segmentSize+tagSize)}, nil
}

type opener struct {
	r     *bufio.Reader
	aead  cipher.AEAD
	nonce []byte
	aad   []byte
	buf   []byte
	plain []byte
	i     uint32
	done  bool
	err   error
}

var errTruncated = errors.New("sealed: envelope truncated (no final segment)")

func (o *opener) Read(p []byte) (int, error) {
	for len(o.plain) == 0 {
		if o.err != nil {
			return 0, o.err
		}
		if o.done {
			return 0, io.EOF
		}
		o.next()
	}
	n := copy(p, o.plain)
	o.plain = o.plain[n:]
	return n, nil
}

func (o *opener) next() {
	n, err := io.ReadFull(o.r, o.buf)
	if err != nil && err != io.ErrUnexpectedEOF {
		if err == io.EOF {
			err = errTruncated
		}
		o.err = &cohort.Error{Code: cohort.EInvalid, Message: "sealed: read segment", Err: err}
		return
	}
	seg := o.buf[:n]
	// A full-size segment is the last one only if nothing follows.
	last := n < len(o.buf)
	if !last {
		_, perr := o.r.Peek(1)
		last = perr == io.EOF
	}
	pt, err := o.aead.Open(seg[:0], segNonce(o.nonce, o.i, last), seg, o.aad)
	if err != nil {
		o.err = cohort.Errorf(cohort.EInvalid, "sealed: segment %d fails authentication (altered, reordered or truncated)", o.i)
		return
	}
	o.plain = pt
	o.i++
	o.done = last
}
