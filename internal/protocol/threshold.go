package protocol

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"slices"

	"github.com/cohort-net/cohort"
)

// Threshold-HE aggregation (--secure-agg threshold-he). One session per attempt of a round, with
// fresh keys, so nothing spans rounds or restarts:
//
//  1. ready: a trainer that has trained posts its node public key (ThresholdMsg.PublicKey). The reply
//     is the roster: the members (sorted by address, party point = index+1) and the threshold t.
//  2. commit: each member posts a commitment to its public key share (ThresholdKeyCommitment) with its
//     signature (ThresholdCommitDigest); the reply is every other member's signed commitment. No member
//     reveals its key share before it holds every member's commitment, and a key share that does not
//     open its sender's commitment is refused, so no member can choose its share after seeing the
//     others' (the rogue-key attack: its share minus their sum would let it decrypt alone).
//  3. keys: each member posts its public key share and, sealed to every other member's node key, that
//     member's Shamir share of its secret key, each with the member's signature over both
//     (ThresholdShareDigest). Blobs: the key share, then (sealed share, signature) per recipient in
//     roster order. The reply is the member's inbox: (key share, sealed share, signature) from every
//     other member; the member checks the signatures and aggregates the collective public key itself.
//  4. update: each member posts its vector [w*delta..., w*loss, w] encrypted under the collective key,
//     with its signature (ThresholdUpdateDigest). The coordinator sums what came and picks the active
//     set (the first t contributors). Every member learns the contributors and the active set; the
//     active set also gets every contributor's signed ciphertext, checks the signatures and recomputes
//     the sum itself before it decrypts anything.
//  5. decrypt: the active set posts decryption shares (smudged); the coordinator combines them into
//     the plaintext sum, the only value it ever learns.
//
// Every stage is a signed POST whose response is a long poll answered when the stage closes.

// Paths of the threshold-HE stages on the coordinator.
const (
	PathThresholdReady   = "/v1/threshold/ready"   // ThresholdMsg{PublicKey} -> ThresholdMsg{Members, Threshold}
	PathThresholdCommit  = "/v1/threshold/commit"  // ThresholdMsg + [commitment, signature] -> ThresholdMsg{From} + [(commitment, signature)...]
	PathThresholdKeys    = "/v1/threshold/keys"    // ThresholdMsg{To} + [key share, (sealed share, signature)...] -> ThresholdMsg{From} + [(key share, sealed share, signature)...]
	PathThresholdUpdate  = "/v1/threshold/update"  // ThresholdMsg + [encrypted update, signature] -> ThresholdMsg{Contributors, Active} (+ [(update, signature)...] for the active set)
	PathThresholdDecrypt = "/v1/threshold/decrypt" // ThresholdMsg + [decryption share] -> {}
)

// ThresholdSpec are a task's threshold-HE settings.
type ThresholdSpec struct {
	Threshold      int     `json:"threshold"`        // decryption parties needed; 0: floor(n/2)+1 of the round's parties
	SmudgingLog2   float64 `json:"smudging_log2"`    // 0: the he package's default
	StageTimeoutMS int64   `json:"stage_timeout_ms"` // deadline of every stage after the first
}

// ThresholdRound tells the trainers of a round that it aggregates under a collective key. It travels in
// the train request; the session's details come in the stage replies.
type ThresholdRound struct {
	Attempt     uint64          `json:"attempt"`      // a new session, with fresh keys, per attempt of the same round
	Clients     []cohort.NodeID `json:"clients"`      // the round's participants, sorted: a roster must be drawn from them
	WeightScale float64         `json:"weight_scale"` // a trainer encrypts w*delta, w*loss and w, with w = min(samples, cap) * WeightScale
}

// checkThreshold validates the threshold-HE settings.
func (s *TaskSpec) checkThreshold() error {
	a := s.ThresholdHE
	switch {
	case a.Threshold < 0 || a.Threshold > s.MinParticipants:
		return cohort.Errorf(cohort.EInvalid, "threshold-he: threshold %d, want 0 (a majority of each round's parties) or 1..%d (the minimum participants, so every session can decrypt)", a.Threshold, s.MinParticipants)
	case a.SmudgingLog2 != 0 && (a.SmudgingLog2 < ThresholdMinSmudgingLog2 || a.SmudgingLog2 > ThresholdMaxSmudgingLog2 || math.IsNaN(a.SmudgingLog2)):
		return cohort.Errorf(cohort.EInvalid, "threshold-he: smudging 2^%g, want 0 (default) or 2^%d..2^%d", a.SmudgingLog2, ThresholdMinSmudgingLog2, ThresholdMaxSmudgingLog2)
	case a.StageTimeoutMS < 100:
		return cohort.Errorf(cohort.EInvalid, "threshold-he: stage timeout %d ms, want >= 100", a.StageTimeoutMS)
	case thresholdUpdateBytes(s.Model.NumParams()+2) > DefaultThresholdLimits.MaxBlob:
		return cohort.Errorf(cohort.EInvalid, "threshold-he: a model of %d parameters encrypts to %d MiB per update, over the %d MiB limit (at most about %d parameters)",
			s.Model.NumParams(), thresholdUpdateBytes(s.Model.NumParams()+2)>>20, DefaultThresholdLimits.MaxBlob>>20, maxThresholdParams())
	case s.Trainers > ThresholdMaxParties:
		return cohort.Errorf(cohort.EInvalid, "threshold-he: %d trainers, at most %d", s.Trainers, ThresholdMaxParties)
	}
	return nil
}

// Limits of the he package that a task spec and the wire format are checked against; internal/heagg's
// tests check that they agree with he.
const (
	ThresholdMaxParties      = 1024    // he.MaxParties: members of one session
	ThresholdMinSmudgingLog2 = 49      // he.MinSmudgingLog2: the weakest smudging a task may ask for
	ThresholdMaxSmudgingLog2 = 61      // he.MaxSmudgingLog2
	ThresholdSlots           = 1 << 14 // slots of a ciphertext under he.ProfileAgg
)

// Size of an encrypted update under he.ProfileAgg: ThresholdSlots slots per ciphertext of two
// polynomials, each of two 60-bit rows of 16,384 coefficients (8 bytes each), plus headers.
const (
	aggSlots      = ThresholdSlots
	aggCiphertext = 2*2*8*aggSlots + 64
)

func thresholdUpdateBytes(dim int) int { return 64 + (dim+aggSlots-1)/aggSlots*aggCiphertext }

func maxThresholdParams() int { return (DefaultThresholdLimits.MaxBlob-64)/aggCiphertext*aggSlots - 2 }

// ThresholdT is the number of decryption parties a session of n members needs.
func (s *TaskSpec) ThresholdT(n int) int {
	if t := s.ThresholdHE.Threshold; t > 0 {
		return min(t, n)
	}
	return n/2 + 1
}

// ThresholdSessionID identifies a session as its members see it once the roster is out: the task,
// round and attempt, the weight scale every member weighs its update by, every member's address and
// public key, and the threshold. Everything a member signs or seals afterwards is bound to it, so a
// coordinator that shows different members different rosters or weight scales (the victim the
// honest one, everyone else a tiny one, to isolate its update in the sum) is caught at the next stage.
func ThresholdSessionID(task string, round, attempt uint64, weightScale float64, members []ThresholdMember, threshold int) [32]byte {
	h := sha256.New()
	put := func(b []byte) {
		h.Write(binary.BigEndian.AppendUint64(nil, uint64(len(b))))
		h.Write(b)
	}
	put([]byte("cohort/threshold-he/session/v2"))
	put([]byte(task))
	put(binary.BigEndian.AppendUint64(nil, round))
	put(binary.BigEndian.AppendUint64(nil, attempt))
	put(binary.BigEndian.AppendUint64(nil, uint64(threshold)))
	put(binary.BigEndian.AppendUint64(nil, math.Float64bits(weightScale)))
	for _, m := range members {
		put(m.ID[:])
		put(m.PublicKey)
	}
	var d [32]byte
	h.Sum(d[:0])
	return d
}

// ThresholdShareAAD is the associated data a sealed Shamir share is bound to: the session and both
// parties, so the relaying coordinator cannot deliver it anywhere else.
func ThresholdShareAAD(session [32]byte, from, to uint64) []byte {
	b := append([]byte("cohort/threshold-he/share/v1\x00"), session[:]...)
	b = binary.BigEndian.AppendUint64(b, from)
	return binary.BigEndian.AppendUint64(b, to)
}

// ThresholdShareDigest is what a member signs, with its node key, for each recipient of its keys
// message: the session, both parties, its public key share and the sealed Shamir share. The recipient
// checks it, so a relaying coordinator can neither substitute a key share (and with it the collective
// key) nor a Shamir share.
func ThresholdShareDigest(session [32]byte, from, to uint64, keyShare, sealed []byte) [32]byte {
	k, s := sha256.Sum256(keyShare), sha256.Sum256(sealed)
	return thresholdDigest("cohort/threshold-he/keys/v1", session, from, to, k[:], s[:])
}

// ThresholdKeyCommitment commits a member to its public key share before any share is revealed.
func ThresholdKeyCommitment(session [32]byte, from uint64, keyShare []byte) [32]byte {
	k := sha256.Sum256(keyShare)
	return thresholdDigest("cohort/threshold-he/key-commitment/v1", session, from, 0, k[:])
}

// ThresholdCommitDigest is what a member signs over its commitment, so the relaying coordinator can
// neither forge nor swap one.
func ThresholdCommitDigest(session [32]byte, from uint64, commitment []byte) [32]byte {
	return thresholdDigest("cohort/threshold-he/commit/v1", session, from, 0, commitment)
}

// ThresholdUpdateDigest is what a member signs over its encrypted update. The decrypting members
// check every contributor's signature and recompute the sum themselves, so the coordinator cannot
// pass off one member's update (or any other ciphertext) as the sum of several.
func ThresholdUpdateDigest(session [32]byte, from uint64, update []byte) [32]byte {
	u := sha256.Sum256(update)
	return thresholdDigest("cohort/threshold-he/update/v1", session, from, 0, u[:])
}

func thresholdDigest(tag string, session [32]byte, from, to uint64, hashes ...[]byte) [32]byte {
	h := sha256.New()
	h.Write([]byte(tag))
	h.Write([]byte{0})
	h.Write(session[:])
	h.Write(binary.BigEndian.AppendUint64(nil, from))
	h.Write(binary.BigEndian.AppendUint64(nil, to))
	for _, x := range hashes {
		h.Write(x)
	}
	var d [32]byte
	h.Sum(d[:0])
	return d
}

// ThresholdMember is one member of a session's roster.
type ThresholdMember struct {
	ID        cohort.NodeID `json:"id"`
	PublicKey []byte        `json:"public_key"` // uncompressed secp256k1, hashing to ID
}

// ThresholdMsg is every message and reply of the threshold-HE stages: a JSON header (metadata only)
// and opaque binary blobs (keys, shares, ciphertexts). Which fields are set depends on the stage.
type ThresholdMsg struct {
	Round        uint64            `json:"round"`
	Attempt      uint64            `json:"attempt"`
	PublicKey    []byte            `json:"public_key,omitempty"`   // ready: the sender's node public key
	Members      []ThresholdMember `json:"members,omitempty"`      // ready reply: the roster, sorted by ID; party point = index+1
	Threshold    int               `json:"threshold,omitempty"`    // ready reply
	To           []uint64          `json:"to,omitempty"`           // keys: the recipient of each (sealed share, signature) pair after Blobs[0]
	From         []uint64          `json:"from,omitempty"`         // commit and keys replies: the sender of each (commitment, signature) pair or (key share, sealed share, signature) triple
	Contributors []cohort.NodeID   `json:"contributors,omitempty"` // update reply: whose updates the sum holds, sorted
	Active       []uint64          `json:"active,omitempty"`       // update reply: the decrypting parties (the first t contributors)
	Blobs        [][]byte          `json:"-"`
}

// ThresholdLimits bound what UnmarshalThresholdMsg accepts.
type ThresholdLimits struct {
	MaxHeader int // bytes of JSON header
	MaxBlobs  int // blobs per message
	MaxBlob   int // bytes per blob
}

// DefaultThresholdLimits fit a roster of ThresholdMaxParties and an update of 64 ciphertexts (about a
// million parameters).
var DefaultThresholdLimits = ThresholdLimits{MaxHeader: 1 << 20, MaxBlobs: 3 * ThresholdMaxParties, MaxBlob: 16 << 20}

var thresholdMagic = [4]byte{'C', 'T', 'H', '1'}

// MarshalBinary encodes m: "CTH1", a uvarint-prefixed JSON header, a uvarint blob count, then each
// blob uvarint-prefixed.
func (m *ThresholdMsg) MarshalBinary() ([]byte, error) {
	h, err := json.Marshal(m)
	if err != nil {
		return nil, fmt.Errorf("encode threshold message: %w", err)
	}
	size := 4 + 2*binary.MaxVarintLen64 + len(h)
	for _, b := range m.Blobs {
		size += binary.MaxVarintLen64 + len(b)
	}
	b := make([]byte, 0, size)
	b = append(b, thresholdMagic[:]...)
	b = binary.AppendUvarint(b, uint64(len(h)))
	b = append(b, h...)
	b = binary.AppendUvarint(b, uint64(len(m.Blobs)))
	for _, blob := range m.Blobs {
		b = binary.AppendUvarint(b, uint64(len(blob)))
		b = append(b, blob...)
	}
	return b, nil
}

// UnmarshalThresholdMsg decodes a message within lim (unknown header fields and trailing bytes are
// refused). Blobs alias b.
func UnmarshalThresholdMsg(b []byte, lim ThresholdLimits) (*ThresholdMsg, error) {
	bad := func(format string, args ...any) (*ThresholdMsg, error) {
		return nil, cohort.Errorf(cohort.EInvalid, "threshold message: "+format, args...)
	}
	if len(b) < 4 || [4]byte(b[:4]) != thresholdMagic {
		return bad("bad magic")
	}
	b = b[4:]
	hl, n := binary.Uvarint(b)
	if n <= 0 {
		return bad("truncated header length")
	}
	if hl > uint64(lim.MaxHeader) {
		return nil, cohort.Errorf(cohort.ETooLarge, "threshold message: header of %d bytes, limit %d", hl, lim.MaxHeader)
	}
	b = b[n:]
	if uint64(len(b)) < hl {
		return bad("truncated header")
	}
	var m ThresholdMsg
	dec := json.NewDecoder(bytes.NewReader(b[:hl]))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		return bad("header: %v", err)
	}
	if dec.More() {
		return bad("trailing data after the JSON header")
	}
	b = b[hl:]
	count, n := binary.Uvarint(b)
	if n <= 0 {
		return bad("truncated blob count")
	}
	if count > uint64(lim.MaxBlobs) {
		return nil, cohort.Errorf(cohort.ETooLarge, "threshold message: %d blobs, limit %d", count, lim.MaxBlobs)
	}
	b = b[n:]
	m.Blobs = make([][]byte, 0, count)
	for i := range count {
		l, n := binary.Uvarint(b)
		if n <= 0 {
			return bad("truncated length of blob %d", i)
		}
		if l > uint64(lim.MaxBlob) {
			return nil, cohort.Errorf(cohort.ETooLarge, "threshold message: blob %d of %d bytes, limit %d", i, l, lim.MaxBlob)
		}
		b = b[n:]
		if uint64(len(b)) < l {
			return bad("truncated blob %d", i)
		}
		m.Blobs = append(m.Blobs, b[:l:l])
		b = b[l:]
	}
	if len(b) != 0 {
		return bad("%d trailing bytes", len(b))
	}
	return &m, nil
}

// CheckRoster validates a roster as a trainer receives it: strictly sorted, drawn from the round's
// clients, with public keys that hash to the members' addresses (addressOf checks one), self among
// them, at least min members, and the threshold the spec gives for its size. It returns self's point.
func CheckRoster(spec *TaskSpec, m *ThresholdMsg, clients []cohort.NodeID, self cohort.NodeID, addressOf func([]byte) (cohort.NodeID, error)) (uint64, error) {
	var point uint64
	if len(m.Members) < spec.MinParticipants {
		return 0, cohort.Errorf(cohort.EInvalid, "threshold-he roster of %d members, the task needs %d", len(m.Members), spec.MinParticipants)
	}
	if m.Threshold != spec.ThresholdT(len(m.Members)) {
		return 0, cohort.Errorf(cohort.EInvalid, "threshold-he roster with threshold %d, the task gives %d for %d members", m.Threshold, spec.ThresholdT(len(m.Members)), len(m.Members))
	}
	for i, mem := range m.Members {
		if i > 0 && bytes.Compare(m.Members[i-1].ID[:], mem.ID[:]) >= 0 {
			return 0, cohort.Errorf(cohort.EInvalid, "threshold-he roster not strictly sorted")
		}
		if !slices.Contains(clients, mem.ID) {
			return 0, cohort.Errorf(cohort.EInvalid, "threshold-he roster member %s is not a participant of the round", mem.ID)
		}
		id, err := addressOf(mem.PublicKey)
		if err != nil || id != mem.ID {
			return 0, cohort.Errorf(cohort.EInvalid, "threshold-he roster: public key of %s does not match its address", mem.ID)
		}
		if mem.ID == self {
			point = uint64(i + 1)
		}
	}
	if point == 0 {
		return 0, cohort.Errorf(cohort.EConflict, "threshold-he roster: %s was left out", self)
	}
	return point, nil
}
