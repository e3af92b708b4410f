package trainer

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"slices"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/he"
	"github.com/cohort-net/cohort/internal/heagg"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/protocol"
)

// sealOpener is what a trainer's key must also do to take part in threshold-HE sessions
// (identity.Key does): Shamir shares travel sealed to the members' node keys.
type sealOpener interface {
	PublicKey() []byte
	Open(sealed, aad []byte) ([]byte, error)
}

// thrMsg adapts a ThresholdMsg to the stage helper's reply decoding.
type thrMsg struct {
	m   *protocol.ThresholdMsg
	lim protocol.ThresholdLimits
}

func (r *thrMsg) UnmarshalBinary(b []byte) error {
	m, err := protocol.UnmarshalThresholdMsg(b, r.lim)
	if err != nil {
		return err
	}
	r.m = m
	return nil
}

// thresholdAggregate takes part in a threshold-HE session: it builds the collective key with the
// session's other members, sends its update encrypted under that key, and, when it is in the active
// set, a smudged decryption share of the sum. The coordinator only ever sees ciphertexts and the sum.
func (t *Trainer) thresholdAggregate(ctx context.Context, spec *protocol.TaskSpec, h protocol.TrainHeader, delta []float64, stats fl.TrainStats) error {
	tr := h.Threshold
	if !slices.Contains(tr.Clients, t.ID()) {
		return cohort.Errorf(cohort.EForbidden, "not among the round's participants")
	}
	key, ok := t.cfg.Key.(sealOpener)
	if !ok {
		return cohort.Errorf(cohort.EInvalid, "threshold-he needs a node key that can open sealed messages (an identity.Key)")
	}
	if !(tr.WeightScale > 0) || math.IsInf(tr.WeightScale, 0) {
		return cohort.Errorf(cohort.EInvalid, "threshold-he: weight scale %g", tr.WeightScale)
	}
	w := weighAndClip(spec.Strategy, delta, stats.Samples, tr.WeightScale)
	vec, err := heagg.Vector(delta, stats.Loss, w, len(tr.Clients))
	if err != nil {
		return err
	}
	s := &thrSession{t: t, ctx: ctx, spec: spec, h: h, key: key, lim: protocol.DefaultThresholdLimits,
		head: protocol.ThresholdMsg{Round: h.Round, Attempt: tr.Attempt}}
	if err := s.join(); err != nil {
		return err
	}
	pkShare, err := s.party.PublicKeyShare()
	if err != nil {
		return err
	}
	commits, err := s.commit(pkShare)
	if err != nil {
		return err
	}
	cpk, err := s.exchangeKeys(pkShare, commits)
	if err != nil {
		return err
	}
	sumMsg, eb, err := s.sendUpdate(cpk, vec)
	if err != nil || sumMsg == nil {
		return err
	}
	return s.decrypt(sumMsg, eb, len(vec))
}

// thrSession is one trainer's side of a threshold-HE session; join fills in the roster's part.
type thrSession struct {
	t    *Trainer
	ctx  context.Context
	spec *protocol.TaskSpec
	h    protocol.TrainHeader
	key  sealOpener
	lim  protocol.ThresholdLimits
	head protocol.ThresholdMsg // round and attempt, the start of every message

	members []protocol.ThresholdMember
	self    uint64 // this trainer's party number
	cfg     he.ThresholdConfig
	sid     [32]byte
	party   *he.ThresholdParty
}

// send posts m to the coordinator's stage path and, when reply is set, returns the coordinator's
// reply after checking it is for this round and attempt.
func (s *thrSession) send(path string, m protocol.ThresholdMsg, reply bool) (*protocol.ThresholdMsg, error) {
	tr := s.h.Threshold
	if !reply {
		return nil, s.t.stage(s.ctx, s.spec.ID, s.h.Round, path, &m, nil)
	}
	r := &thrMsg{lim: s.lim}
	if err := s.t.stage(s.ctx, s.spec.ID, s.h.Round, path, &m, r); err != nil {
		return nil, err
	}
	if r.m.Round != s.h.Round || r.m.Attempt != tr.Attempt {
		return nil, cohort.Errorf(cohort.EInvalid, "reply for round %d attempt %d", r.m.Round, r.m.Attempt)
	}
	return r.m, nil
}

// join is stage 1: ready -> roster. It checks the roster and sets up this trainer's party.
func (s *thrSession) join() error {
	tr := s.h.Threshold
	ready := s.head
	ready.PublicKey = s.key.PublicKey()
	roster, err := s.send(protocol.PathThresholdReady, ready, true)
	if err != nil {
		return fmt.Errorf("ready: %w", err)
	}
	s.self, err = protocol.CheckRoster(s.spec, roster, tr.Clients, s.t.ID(), identity.AddressOf)
	if err != nil {
		return err
	}
	s.members = roster.Members
	s.cfg = heagg.Config(s.spec, s.h.Round, tr.Attempt, len(s.members))
	s.sid = protocol.ThresholdSessionID(s.spec.ID, s.h.Round, tr.Attempt, tr.WeightScale, s.members, s.cfg.Threshold)
	s.party, err = he.NewThresholdParty(s.cfg, s.self)
	return err
}

// commit is stage 2: a signed commitment to this member's public key share. It returns every other
// member's commitment, each checked against its signer, by party point; the key shares revealed in
// the next stage must open them.
func (s *thrSession) commit(pkShare []byte) (map[uint64][32]byte, error) {
	c := protocol.ThresholdKeyCommitment(s.sid, s.self, pkShare)
	sig, err := s.t.cfg.Key.Sign(protocol.ThresholdCommitDigest(s.sid, s.self, c[:]))
	if err != nil {
		return nil, err
	}
	m := s.head
	m.Blobs = [][]byte{c[:], sig}
	r, err := s.send(protocol.PathThresholdCommit, m, true)
	if err != nil {
		return nil, fmt.Errorf("commit: %w", err)
	}
	n := len(s.members)
	if len(r.From) != n-1 || len(r.Blobs) != 2*(n-1) {
		return nil, cohort.Errorf(cohort.EInvalid, "commitments: %d blobs from %d members, want every other member's (%d)", len(r.Blobs), len(r.From), n-1)
	}
	out := map[uint64][32]byte{s.self: c}
	for i, from := range r.From {
		if from < 1 || from > uint64(n) || len(r.Blobs[2*i]) != 32 {
			return nil, cohort.Errorf(cohort.EInvalid, "commitments: entry %d from party %d", i, from)
		}
		if _, dup := out[from]; dup {
			return nil, cohort.Errorf(cohort.EInvalid, "commitments: two from party %d", from)
		}
		if signer, err := s.t.cfg.Recover(protocol.ThresholdCommitDigest(s.sid, from, r.Blobs[2*i]), r.Blobs[2*i+1]); err != nil || signer != s.members[from-1].ID {
			return nil, cohort.Errorf(cohort.EUnauthorized, "commitments: the commitment of party %d is not signed by %s", from, s.members[from-1].ID)
		}
		out[from] = [32]byte(r.Blobs[2*i])
	}
	return out, nil
}

// exchangeKeys is stage 3: the public key share and, for every other member, its Shamir share sealed
// to it, each signed with this node's key so the relaying coordinator cannot substitute either. It
// returns the collective public key built from the other members' replies, once every key share
// opens its sender's commitment.
func (s *thrSession) exchangeKeys(pkShare []byte, commits map[uint64][32]byte) (*he.CollectivePublicKey, error) {
	keys := s.head
	keys.Blobs = append(keys.Blobs, pkShare)
	for i, m := range s.members {
		p := uint64(i + 1)
		sh, err := s.party.ShamirShareFor(p)
		if err != nil {
			return nil, err
		}
		if p == s.self {
			if err := s.party.AddShamirShare(s.self, sh); err != nil {
				return nil, err
			}
			continue
		}
		sealed, err := identity.Seal(m.PublicKey, sh, protocol.ThresholdShareAAD(s.sid, s.self, p))
		if err != nil {
			return nil, err
		}
		sig, err := s.t.cfg.Key.Sign(protocol.ThresholdShareDigest(s.sid, s.self, p, pkShare, sealed))
		if err != nil {
			return nil, err
		}
		keys.To = append(keys.To, p)
		keys.Blobs = append(keys.Blobs, sealed, sig)
	}
	inbox, err := s.send(protocol.PathThresholdKeys, keys, true)
	if err != nil {
		return nil, fmt.Errorf("keys: %w", err)
	}
	for i, from := range inbox.From {
		if i < len(inbox.Blobs)/3 && protocol.ThresholdKeyCommitment(s.sid, from, inbox.Blobs[3*i]) != commits[from] {
			return nil, cohort.Errorf(cohort.EForbidden, "keys: the key share of party %d does not open the commitment it made before any share was revealed (a rogue key?)", from)
		}
	}
	cpk, err := s.t.openInbox(s.sid, s.members, s.self, s.cfg, s.party, pkShare, inbox, s.key)
	if err != nil {
		return nil, fmt.Errorf("keys: %w", err)
	}
	return cpk, nil
}

// sendUpdate is stage 4: the vector encrypted under the collective key. It returns the coordinator's
// reply and the encoded ciphertext sent, or a nil reply when this trainer is not in the decrypting
// set (it is done).
func (s *thrSession) sendUpdate(cpk *he.CollectivePublicKey, vec []float64) (*protocol.ThresholdMsg, []byte, error) {
	enc, err := cpk.EncryptUpdate(vec)
	if err != nil {
		return nil, nil, err
	}
	upd := s.head
	eb, err := enc.MarshalBinary()
	if err != nil {
		return nil, nil, err
	}
	usig, err := s.t.cfg.Key.Sign(protocol.ThresholdUpdateDigest(s.sid, s.self, eb))
	if err != nil {
		return nil, nil, err
	}
	upd.Blobs = [][]byte{eb, usig}
	sumMsg, err := s.send(protocol.PathThresholdUpdate, upd, true)
	if err != nil {
		return nil, nil, fmt.Errorf("encrypted update: %w", err)
	}
	if len(sumMsg.Blobs) == 0 {
		return nil, nil, nil // not in the decrypting set: done
	}
	return sumMsg, eb, nil
}

// decrypt is stage 5: a smudged decryption share of the sum, recomputed here from the contributors'
// signed ciphertexts (own is this trainer's), for one contributor set per round only.
func (s *thrSession) decrypt(sumMsg *protocol.ThresholdMsg, own []byte, dim int) error {
	if err := checkContributors(s.spec, s.members, sumMsg, s.cfg.Threshold); err != nil {
		return err
	}
	if !slices.Contains(sumMsg.Active, s.self) {
		return cohort.Errorf(cohort.EInvalid, "sent the contributors' updates but not in the active set %v", sumMsg.Active)
	}
	sum, err := s.t.recomputeSum(s.sid, s.members, sumMsg, s.self, own, dim)
	if err != nil {
		return err
	}
	if err := s.t.allowSurvivors(s.h.Round, sumMsg.Contributors); err != nil {
		return err
	}
	share, err := s.party.DecryptionShare(sum, sumMsg.Active)
	if err != nil {
		return err
	}
	dec := s.head
	dec.Blobs = [][]byte{share}
	if _, err := s.send(protocol.PathThresholdDecrypt, dec, false); err != nil {
		return fmt.Errorf("decryption share: %w", err)
	}
	return nil
}

// openInbox checks the keys stage's reply: one (key share, sealed Shamir share, signature) triple from
// every other member, each signed by its sender. It adds the shares to party and aggregates the
// collective public key from the signed key shares.
func (t *Trainer) openInbox(sid [32]byte, members []protocol.ThresholdMember, self uint64,
	cfg he.ThresholdConfig, party *he.ThresholdParty, pkShare []byte, inbox *protocol.ThresholdMsg, key sealOpener) (*he.CollectivePublicKey, error) {
	n := len(members)
	if len(inbox.From) != n-1 || len(inbox.Blobs) != 3*(n-1) {
		return nil, cohort.Errorf(cohort.EInvalid, "inbox: %d blobs from %d senders, want %d and %d", len(inbox.Blobs), len(inbox.From), 3*(n-1), n-1)
	}
	shares := map[uint64][]byte{self: pkShare}
	for i, from := range inbox.From {
		if from == self || from < 1 || from > uint64(n) || shares[from] != nil {
			return nil, cohort.Errorf(cohort.EInvalid, "inbox: shares from party %d", from)
		}
		ks, sealed, sig := inbox.Blobs[3*i], inbox.Blobs[3*i+1], inbox.Blobs[3*i+2]
		d := protocol.ThresholdShareDigest(sid, from, self, ks, sealed)
		if signer, err := t.cfg.Recover(d, sig); err != nil || signer != members[from-1].ID {
			return nil, cohort.Errorf(cohort.EUnauthorized, "inbox: the shares from party %d are not signed by %s", from, members[from-1].ID)
		}
		sh, err := key.Open(sealed, protocol.ThresholdShareAAD(sid, from, self))
		if err != nil {
			return nil, fmt.Errorf("share from party %d: %w", from, err)
		}
		if err := party.AddShamirShare(from, sh); err != nil {
			return nil, fmt.Errorf("share from party %d: %w", from, err)
		}
		shares[from] = ks
	}
	if !party.Ready() {
		return nil, cohort.Errorf(cohort.EInvalid, "inbox: not every member's Shamir share arrived")
	}
	return he.AggregatePublicKey(cfg, shares)
}

// recomputeSum checks every contributor's signature over its encrypted update (this member's own
// must be the one it sent) and adds them up.
func (t *Trainer) recomputeSum(sid [32]byte, members []protocol.ThresholdMember, m *protocol.ThresholdMsg, self uint64, own []byte, dim int) (*he.EncryptedUpdate, error) {
	if len(m.Blobs) != 2*len(m.Contributors) {
		return nil, cohort.Errorf(cohort.EInvalid, "%d blobs for %d contributors, want an update and a signature each", len(m.Blobs), len(m.Contributors))
	}
	us := make([]*he.EncryptedUpdate, len(m.Contributors))
	for i, id := range m.Contributors {
		p := uint64(slices.IndexFunc(members, func(mem protocol.ThresholdMember) bool { return mem.ID == id }) + 1)
		ub, sig := m.Blobs[2*i], m.Blobs[2*i+1]
		if signer, err := t.cfg.Recover(protocol.ThresholdUpdateDigest(sid, p, ub), sig); err != nil || signer != id {
			return nil, cohort.Errorf(cohort.EUnauthorized, "the encrypted update of %s is not signed by it", id)
		}
		if p == self && !bytes.Equal(ub, own) {
			return nil, cohort.Errorf(cohort.EInvalid, "this member's own update came back altered")
		}
		u, err := he.UnmarshalEncryptedUpdate(ub, dim)
		if err != nil {
			return nil, fmt.Errorf("update of %s: %w", id, err)
		}
		if u.Dim() != dim {
			return nil, cohort.Errorf(cohort.EInvalid, "update of %s has %d values, want %d", id, u.Dim(), dim)
		}
		us[i] = u
	}
	return he.SumUpdates(us...)
}

// checkContributors checks the update stage's reply: contributors strictly sorted, members of the
// roster, at least the task's minimum and the threshold; the active set their first t points.
func checkContributors(spec *protocol.TaskSpec, members []protocol.ThresholdMember, m *protocol.ThresholdMsg, threshold int) error {
	c := m.Contributors
	if len(c) < max(spec.MinParticipants, threshold) {
		return cohort.Errorf(cohort.EForbidden, "refusing to decrypt a sum of %d contributors (the task needs %d)", len(c), max(spec.MinParticipants, threshold))
	}
	points := make([]uint64, len(c))
	for i, id := range c {
		j := slices.IndexFunc(members, func(mem protocol.ThresholdMember) bool { return mem.ID == id })
		if j < 0 {
			return cohort.Errorf(cohort.EInvalid, "contributor %s is not a member of the session", id)
		}
		points[i] = uint64(j + 1)
		if i > 0 && points[i] <= points[i-1] {
			return cohort.Errorf(cohort.EInvalid, "contributors not strictly sorted")
		}
	}
	if !slices.Equal(m.Active, points[:threshold]) {
		return cohort.Errorf(cohort.EInvalid, "active set %v, want the first %d contributors %v", m.Active, threshold, points[:threshold])
	}
	return nil
}
