package secagg

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"

	"github.com/cohort-net/cohort"
)

// Sizes of fixed fields.
const (
	keyLen     = 32              // an X25519 public key
	commitLen  = 32              // a SHA-256 commitment
	nonceLen   = 12              // an AES-GCM nonce
	shareLen   = 33              // a Shamir share: a field element, big-endian
	shareCTLen = 2*shareLen + 16 // the two shares of one dealer for one holder, sealed
	maxCTLen   = 256
)

// Share kinds revealed in the unmask stage.
const (
	KindSelfMask byte = 1 // a share of a survivor's self-mask seed
	KindMaskKey  byte = 2 // a share of a dropped client's mask private key
)

// AdvertiseMsg is stage 1: a client's two fresh public keys, signed.
type AdvertiseMsg struct {
	Header
	Sender  cohort.NodeID
	EncKey  [keyLen]byte // X25519 key for encrypting shares to this client
	MaskKey [keyLen]byte // X25519 key for the pairwise masks
	// Beacon and BeaconPath reveal the sender's leaf of its committed beacon tree (sessions with
	// Params.Beacons; zero and empty otherwise).
	Beacon     [32]byte
	BeaconPath [][32]byte
	Sig        []byte
}

// RosterMsg is the server's broadcast closing stage 1: the signed adverts it accepted, sorted by sender.
type RosterMsg struct {
	Header
	Entries []AdvertiseMsg // each entry's Header equals the roster's
}

// ShareEntry is the sealed pair of shares a dealer sends one holder, with hash commitments to each
// share so that the server can check what the holder later reveals.
type ShareEntry struct {
	To         cohort.NodeID
	CommitSelf [commitLen]byte
	CommitKey  [commitLen]byte
	Nonce      [nonceLen]byte
	Ciphertext []byte
}

// SharesMsg is stage 2: a client's shares for its neighbours, sorted by holder.
type SharesMsg struct {
	Header
	Sender     cohort.NodeID
	SelfCommit [commitLen]byte // commitment to the self-mask seed
	Entries    []ShareEntry
	Sig        []byte
}

// InboxEntry is one dealer's sealed shares as routed to a holder.
type InboxEntry struct {
	From       cohort.NodeID
	Nonce      [nonceLen]byte
	Ciphertext []byte
}

// ShareInbox is what the server forwards to one client closing stage 2, sorted by dealer.
type ShareInbox struct {
	Header
	To      cohort.NodeID
	Entries []InboxEntry
}

// MaskedMsg is stage 3: the masked, quantized update; the weight is the last element. Width is 4 for
// Z_2^32 and 8 for Z_2^64.
type MaskedMsg struct {
	Header
	Sender cohort.NodeID
	Width  byte
	Vector []uint64
	Sig    []byte
}

// SurvivorsMsg is the server's broadcast closing stage 3: the clients whose masked input it accepted.
type SurvivorsMsg struct {
	Header
	Survivors []cohort.NodeID // sorted
}

// ConsistencyMsg is stage 4: the client's signature over the survivor set it was shown.
type ConsistencyMsg struct {
	Header
	Sender cohort.NodeID
	Sig    []byte
}

// SignedBy is one client's consistency signature.
type SignedBy struct {
	Signer cohort.NodeID
	Sig    []byte
}

// UnmaskRequest is the server's message to one client closing stage 4: the survivor set and the
// consistency signatures of the client's neighbours over it.
type UnmaskRequest struct {
	Header
	To        cohort.NodeID
	Survivors []cohort.NodeID // sorted
	Sigs      []SignedBy      // sorted by signer
}

// RevealedShare is one share a holder reveals: of Owner's self-mask seed (KindSelfMask) or of Owner's
// mask private key (KindMaskKey).
type RevealedShare struct {
	Owner cohort.NodeID
	Kind  byte
	Share [shareLen]byte
}

// UnmaskMsg is stage 5: the shares a client reveals, sorted by owner.
type UnmaskMsg struct {
	Header
	Sender  cohort.NodeID
	Entries []RevealedShare
	Sig     []byte
}

// sigDigest is what a client signs: a domain tag and the message body without its signature.
func sigDigest(body []byte) [32]byte {
	h := sha256.New()
	h.Write([]byte("cohort/secagg/v1/sig"))
	h.Write(body)
	var d [32]byte
	h.Sum(d[:0])
	return d
}

// survivorsHash hashes a survivor list once; consistencyDigest binds it to a signer.
func survivorsHash(survivors []cohort.NodeID) [32]byte {
	h := sha256.New()
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(survivors)))
	h.Write([]byte("cohort/secagg/v1/survivors"))
	h.Write(n[:])
	for _, id := range survivors {
		h.Write(id[:])
	}
	var d [32]byte
	h.Sum(d[:0])
	return d
}

// consistencyDigest is what a survivor signs in stage 4: the round, the signer and the survivor set.
func consistencyDigest(h Header, signer cohort.NodeID, survivors [32]byte) [32]byte {
	b := appendHeader([]byte("cohort/secagg/v1/consistency"), typeConsistency, h)
	b = append(b, signer[:]...)
	b = append(b, survivors[:]...)
	return sha256.Sum256(b)
}

func sortedIDs(ids []cohort.NodeID) bool {
	for i := 1; i < len(ids); i++ {
		if bytes.Compare(ids[i-1][:], ids[i][:]) >= 0 {
			return false
		}
	}
	return true
}

// ---- AdvertiseMsg

func appendAdvertiseBody(b []byte, m *AdvertiseMsg) []byte {
	b = append(b, m.Sender[:]...)
	b = append(b, m.EncKey[:]...)
	b = append(b, m.MaskKey[:]...)
	b = append(b, m.Beacon[:]...)
	b = append(b, byte(len(m.BeaconPath)))
	for _, h := range m.BeaconPath {
		b = append(b, h[:]...)
	}
	return b
}

func (m *AdvertiseMsg) body() []byte {
	return appendAdvertiseBody(appendHeader(nil, typeAdvertise, m.Header), m)
}

func (m *AdvertiseMsg) digest() [32]byte { return sigDigest(m.body()) }

// MarshalBinary encodes the message.
func (m *AdvertiseMsg) MarshalBinary() ([]byte, error) { return appendBytes(m.body(), m.Sig), nil }

func (r *reader) advertiseBody(m *AdvertiseMsg) {
	m.Sender = r.id()
	r.fixed(m.EncKey[:])
	r.fixed(m.MaskKey[:])
	r.fixed(m.Beacon[:])
	var n [1]byte
	r.fixed(n[:])
	if int(n[0]) > MaxBeaconDepth {
		r.fail("beacon path of %d hashes (at most %d)", n[0], MaxBeaconDepth)
	}
	if n[0] > 0 && r.err == nil {
		m.BeaconPath = make([][32]byte, n[0])
		for i := range m.BeaconPath {
			r.fixed(m.BeaconPath[i][:])
		}
	}
	m.Sig = r.bytesField(MaxSigLen, "signature")
}

// UnmarshalBinary decodes and checks the message's shape (not its signature).
func (m *AdvertiseMsg) UnmarshalBinary(b []byte) error {
	r := newReader(b, "advertise")
	var out AdvertiseMsg
	out.Header = r.header(typeAdvertise)
	r.advertiseBody(&out)
	if err := r.done(); err != nil {
		return err
	}
	*m = out
	return nil
}

// ---- RosterMsg

// MarshalBinary encodes the message.
func (m *RosterMsg) MarshalBinary() ([]byte, error) {
	b := appendHeader(nil, typeRoster, m.Header)
	b = binary.BigEndian.AppendUint32(b, uint32(len(m.Entries)))
	for i := range m.Entries {
		b = appendAdvertiseBody(b, &m.Entries[i])
		b = appendBytes(b, m.Entries[i].Sig)
	}
	return b, nil
}

// UnmarshalBinary decodes and checks the message's shape (not the entries' signatures).
func (m *RosterMsg) UnmarshalBinary(b []byte) error {
	r := newReader(b, "roster")
	var out RosterMsg
	out.Header = r.header(typeRoster)
	n := r.count(MaxClients, 20+2*keyLen+32+1+4, "entry")
	out.Entries = make([]AdvertiseMsg, n)
	for i := 0; i < n && r.err == nil; i++ {
		out.Entries[i].Header = out.Header
		r.advertiseBody(&out.Entries[i])
		if i > 0 && r.err == nil && bytes.Compare(out.Entries[i-1].Sender[:], out.Entries[i].Sender[:]) >= 0 {
			r.fail("entries not sorted by sender at %d", i)
		}
	}
	if err := r.done(); err != nil {
		return err
	}
	*m = out
	return nil
}

// ---- SharesMsg

func (m *SharesMsg) body() []byte {
	b := appendHeader(nil, typeShares, m.Header)
	b = append(b, m.Sender[:]...)
	b = append(b, m.SelfCommit[:]...)
	b = binary.BigEndian.AppendUint32(b, uint32(len(m.Entries)))
	for _, e := range m.Entries {
		b = append(b, e.To[:]...)
		b = append(b, e.CommitSelf[:]...)
		b = append(b, e.CommitKey[:]...)
		b = append(b, e.Nonce[:]...)
		b = appendBytes(b, e.Ciphertext)
	}
	return b
}

func (m *SharesMsg) digest() [32]byte { return sigDigest(m.body()) }

// MarshalBinary encodes the message.
func (m *SharesMsg) MarshalBinary() ([]byte, error) { return appendBytes(m.body(), m.Sig), nil }

// UnmarshalBinary decodes and checks the message's shape (not its signature).
func (m *SharesMsg) UnmarshalBinary(b []byte) error {
	r := newReader(b, "shares")
	var out SharesMsg
	out.Header = r.header(typeShares)
	out.Sender = r.id()
	r.fixed(out.SelfCommit[:])
	n := r.count(MaxClients, 20+2*commitLen+nonceLen+4, "entry")
	out.Entries = make([]ShareEntry, n)
	for i := 0; i < n && r.err == nil; i++ {
		e := &out.Entries[i]
		e.To = r.id()
		r.fixed(e.CommitSelf[:])
		r.fixed(e.CommitKey[:])
		r.fixed(e.Nonce[:])
		e.Ciphertext = r.bytesField(maxCTLen, "ciphertext")
		if i > 0 && r.err == nil && bytes.Compare(out.Entries[i-1].To[:], e.To[:]) >= 0 {
			r.fail("entries not sorted by holder at %d", i)
		}
	}
	out.Sig = r.bytesField(MaxSigLen, "signature")
	if err := r.done(); err != nil {
		return err
	}
	*m = out
	return nil
}

// ---- ShareInbox

// MarshalBinary encodes the message.
func (m *ShareInbox) MarshalBinary() ([]byte, error) {
	b := appendHeader(nil, typeInbox, m.Header)
	b = append(b, m.To[:]...)
	b = binary.BigEndian.AppendUint32(b, uint32(len(m.Entries)))
	for _, e := range m.Entries {
		b = append(b, e.From[:]...)
		b = append(b, e.Nonce[:]...)
		b = appendBytes(b, e.Ciphertext)
	}
	return b, nil
}

// UnmarshalBinary decodes and checks the message's shape.
func (m *ShareInbox) UnmarshalBinary(b []byte) error {
	r := newReader(b, "share inbox")
	var out ShareInbox
	out.Header = r.header(typeInbox)
	out.To = r.id()
	n := r.count(MaxClients, 20+nonceLen+4, "entry")
	out.Entries = make([]InboxEntry, n)
	for i := 0; i < n && r.err == nil; i++ {
		e := &out.Entries[i]
		e.From = r.id()
		r.fixed(e.Nonce[:])
		e.Ciphertext = r.bytesField(maxCTLen, "ciphertext")
		if i > 0 && r.err == nil && bytes.Compare(out.Entries[i-1].From[:], e.From[:]) >= 0 {
			r.fail("entries not sorted by dealer at %d", i)
		}
	}
	if err := r.done(); err != nil {
		return err
	}
	*m = out
	return nil
}

// ---- MaskedMsg

func (m *MaskedMsg) body() []byte {
	w := int(m.Width)
	b := make([]byte, 0, 2+8+32+20+1+4+len(m.Vector)*w+4+MaxSigLen)
	b = appendHeader(b, typeMasked, m.Header)
	b = append(b, m.Sender[:]...)
	b = append(b, m.Width)
	b = binary.BigEndian.AppendUint32(b, uint32(len(m.Vector)))
	k := len(b)
	b = b[:k+len(m.Vector)*w]
	putVector(b[k:], m.Vector, w)
	return b
}

// digest hashes the body as body() encodes it, in chunks, without building it.
func (m *MaskedMsg) digest() [32]byte {
	h := sha256.New()
	h.Write([]byte("cohort/secagg/v1/sig"))
	b := appendHeader(nil, typeMasked, m.Header)
	b = append(b, m.Sender[:]...)
	b = append(b, m.Width)
	b = binary.BigEndian.AppendUint32(b, uint32(len(m.Vector)))
	h.Write(b)
	w := int(m.Width)
	if w != 4 && w != 8 {
		w = 8
	}
	const chunk = 4096
	buf := make([]byte, chunk*w)
	for v := m.Vector; len(v) > 0; {
		c := min(chunk, len(v))
		putVector(buf, v[:c], w)
		h.Write(buf[:c*w])
		v = v[c:]
	}
	var d [32]byte
	h.Sum(d[:0])
	return d
}

// MarshalBinary encodes the message.
func (m *MaskedMsg) MarshalBinary() ([]byte, error) {
	if m.Width != 4 && m.Width != 8 {
		return nil, cohort.Errorf(cohort.EInvalid, "secagg: masked input width %d, want 4 or 8", m.Width)
	}
	return appendBytes(m.body(), m.Sig), nil
}

// UnmarshalBinary decodes and checks the message's shape (not its signature or length against a
// config).
func (m *MaskedMsg) UnmarshalBinary(b []byte) error {
	r := newReader(b, "masked input")
	var out MaskedMsg
	out.Header = r.header(typeMasked)
	out.Sender = r.id()
	out.Width = r.u8()
	if r.err == nil && out.Width != 4 && out.Width != 8 {
		r.fail("element width %d, want 4 or 8", out.Width)
	}
	n := r.count(MaxDim+1, int(out.Width), "element")
	raw := r.take(n * int(out.Width))
	if r.err == nil {
		out.Vector = make([]uint64, n)
		addStream(out.Vector, raw, int(out.Width), false)
	}
	out.Sig = r.bytesField(MaxSigLen, "signature")
	if err := r.done(); err != nil {
		return err
	}
	*m = out
	return nil
}

// ---- SurvivorsMsg

func appendIDs(b []byte, ids []cohort.NodeID) []byte {
	b = binary.BigEndian.AppendUint32(b, uint32(len(ids)))
	for _, id := range ids {
		b = append(b, id[:]...)
	}
	return b
}

func (r *reader) ids(field string) []cohort.NodeID {
	n := r.count(MaxClients, 20, field)
	out := make([]cohort.NodeID, n)
	for i := 0; i < n && r.err == nil; i++ {
		out[i] = r.id()
	}
	if r.err == nil && !sortedIDs(out) {
		r.fail("%s not sorted and unique", field)
	}
	return out
}

// MarshalBinary encodes the message.
func (m *SurvivorsMsg) MarshalBinary() ([]byte, error) {
	return appendIDs(appendHeader(nil, typeSurvivors, m.Header), m.Survivors), nil
}

// UnmarshalBinary decodes and checks the message's shape.
func (m *SurvivorsMsg) UnmarshalBinary(b []byte) error {
	r := newReader(b, "survivors")
	var out SurvivorsMsg
	out.Header = r.header(typeSurvivors)
	out.Survivors = r.ids("survivors")
	if err := r.done(); err != nil {
		return err
	}
	*m = out
	return nil
}

// ---- ConsistencyMsg

// MarshalBinary encodes the message.
func (m *ConsistencyMsg) MarshalBinary() ([]byte, error) {
	b := appendHeader(nil, typeConsistency, m.Header)
	b = append(b, m.Sender[:]...)
	return appendBytes(b, m.Sig), nil
}

// UnmarshalBinary decodes and checks the message's shape (not its signature).
func (m *ConsistencyMsg) UnmarshalBinary(b []byte) error {
	r := newReader(b, "consistency")
	var out ConsistencyMsg
	out.Header = r.header(typeConsistency)
	out.Sender = r.id()
	out.Sig = r.bytesField(MaxSigLen, "signature")
	if err := r.done(); err != nil {
		return err
	}
	*m = out
	return nil
}

// ---- UnmaskRequest

// MarshalBinary encodes the message.
func (m *UnmaskRequest) MarshalBinary() ([]byte, error) {
	b := appendHeader(nil, typeUnmaskReq, m.Header)
	b = append(b, m.To[:]...)
	b = appendIDs(b, m.Survivors)
	b = binary.BigEndian.AppendUint32(b, uint32(len(m.Sigs)))
	for _, s := range m.Sigs {
		b = append(b, s.Signer[:]...)
		b = appendBytes(b, s.Sig)
	}
	return b, nil
}

// UnmarshalBinary decodes and checks the message's shape (not the signatures).
func (m *UnmaskRequest) UnmarshalBinary(b []byte) error {
	r := newReader(b, "unmask request")
	var out UnmaskRequest
	out.Header = r.header(typeUnmaskReq)
	out.To = r.id()
	out.Survivors = r.ids("survivors")
	n := r.count(MaxClients, 20+4, "signature")
	out.Sigs = make([]SignedBy, n)
	for i := 0; i < n && r.err == nil; i++ {
		out.Sigs[i].Signer = r.id()
		out.Sigs[i].Sig = r.bytesField(MaxSigLen, "signature")
		if i > 0 && r.err == nil && bytes.Compare(out.Sigs[i-1].Signer[:], out.Sigs[i].Signer[:]) >= 0 {
			r.fail("signatures not sorted by signer at %d", i)
		}
	}
	if err := r.done(); err != nil {
		return err
	}
	*m = out
	return nil
}

// ---- UnmaskMsg

func (m *UnmaskMsg) body() []byte {
	b := appendHeader(nil, typeUnmask, m.Header)
	b = append(b, m.Sender[:]...)
	b = binary.BigEndian.AppendUint32(b, uint32(len(m.Entries)))
	for _, e := range m.Entries {
		b = append(b, e.Owner[:]...)
		b = append(b, e.Kind)
		b = append(b, e.Share[:]...)
	}
	return b
}

func (m *UnmaskMsg) digest() [32]byte { return sigDigest(m.body()) }

// MarshalBinary encodes the message.
func (m *UnmaskMsg) MarshalBinary() ([]byte, error) { return appendBytes(m.body(), m.Sig), nil }

// UnmarshalBinary decodes and checks the message's shape (not its signature).
func (m *UnmaskMsg) UnmarshalBinary(b []byte) error {
	r := newReader(b, "unmask")
	var out UnmaskMsg
	out.Header = r.header(typeUnmask)
	out.Sender = r.id()
	n := r.count(MaxClients, 20+1+shareLen, "share")
	out.Entries = make([]RevealedShare, n)
	for i := 0; i < n && r.err == nil; i++ {
		e := &out.Entries[i]
		e.Owner = r.id()
		e.Kind = r.u8()
		r.fixed(e.Share[:])
		if r.err == nil && e.Kind != KindSelfMask && e.Kind != KindMaskKey {
			r.fail("share kind %d", e.Kind)
		}
		if i > 0 && r.err == nil && bytes.Compare(out.Entries[i-1].Owner[:], e.Owner[:]) >= 0 {
			r.fail("shares not sorted by owner at %d", i)
		}
	}
	out.Sig = r.bytesField(MaxSigLen, "signature")
	if err := r.done(); err != nil {
		return err
	}
	*m = out
	return nil
}
