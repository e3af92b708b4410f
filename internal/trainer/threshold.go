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
	n := stats.Samples
	if c := spec.Strategy.MaxSamples; c > 0 {
		n = min(n, c)
	}
	w := float64(n) * tr.WeightScale
	if c := spec.Strategy.ClipNorm; c > 0 {
		// Norm clipping needs the individual update, which only its owner sees under secure aggregation.
		var sq float64
		for _, v := range delta {
			sq += v * v
		}
		if norm := math.Sqrt(sq); norm > c {
			for i := range delta {
				delta[i] *= c / norm
			}
		}
	}
	vec, err := protocol.ThresholdVector(delta, stats.Loss, w, len(tr.Clients))
	if err != nil {
		return err
	}
	lim := protocol.DefaultThresholdLimits
	head := protocol.ThresholdMsg{Round: h.Round, Attempt: tr.Attempt}
	stage := func(path string, m protocol.ThresholdMsg, reply bool) (*protocol.ThresholdMsg, error) {
		var r *thrMsg
		if reply {
			r = &thrMsg{lim: lim}
		}
		var err error
		if r != nil {
			err = t.stage(ctx, spec.ID, h.Round, path, &m, r)
		} else {
			err = t.stage(ctx, spec.ID, h.Round, path, &m, nil)
		}
		if err != nil {
			return nil, err
		}
		if r == nil {
			return nil, nil
		}
		if r.m.Round != h.Round || r.m.Attempt != tr.Attempt {
			return nil, cohort.Errorf(cohort.EInvalid, "reply for round %d attempt %d", r.m.Round, r.m.Attempt)
		}
		return r.m, nil
	}

	// 1. ready -> roster.
	ready := head
	ready.PublicKey = key.PublicKey()
	roster, err := stage(protocol.PathThresholdReady, ready, true)
	if err != nil {
		return fmt.Errorf("ready: %w", err)
	}
	self, err := protocol.CheckRoster(spec, roster, tr.Clients, t.ID(), identity.AddressOf)
	if err != nil {
		return err
	}
	members := roster.Members
	cfg := protocol.ThresholdConfig(spec, h.Round, tr.Attempt, len(members))
	sid := protocol.ThresholdSessionID(spec.ID, h.Round, tr.Attempt, members, cfg.Threshold)
	party, err := he.NewThresholdParty(cfg, self)
	if err != nil {
		return err
	}

	// 2. keys: the public key share and, for every other member, its Shamir share sealed to it, each
	// signed with this node's key so the relaying coordinator cannot substitute either.
	keys := head
	pkShare, err := party.PublicKeyShare()
	if err != nil {
		return err
	}
	keys.Blobs = append(keys.Blobs, pkShare)
	for i, m := range members {
		p := uint64(i + 1)
		sh, err := party.ShamirShareFor(p)
		if err != nil {
			return err
		}
		if p == self {
			if err := party.AddShamirShare(self, sh); err != nil {
				return err
			}
			continue
		}
		sealed, err := identity.Seal(m.PublicKey, sh, protocol.ThresholdShareAAD(sid, self, p))
		if err != nil {
			return err
		}
		sig, err := t.cfg.Key.Sign(protocol.ThresholdShareDigest(sid, self, p, pkShare, sealed))
		if err != nil {
			return err
		}
		keys.To = append(keys.To, p)
		keys.Blobs = append(keys.Blobs, sealed, sig)
	}
	inbox, err := stage(protocol.PathThresholdKeys, keys, true)
	if err != nil {
		return fmt.Errorf("keys: %w", err)
	}
	cpk, err := t.openInbox(sid, members, self, cfg, party, pkShare, inbox, key)
	if err != nil {
		return fmt.Errorf("keys: %w", err)
	}

	// 3. update: the vector encrypted under the collective key.
	enc, err := cpk.EncryptUpdate(vec)
	if err != nil {
		return err
	}
	upd := head
	eb, err := enc.MarshalBinary()
	if err != nil {
		return err
	}
	usig, err := t.cfg.Key.Sign(protocol.ThresholdUpdateDigest(sid, self, eb))
	if err != nil {
		return err
	}
	upd.Blobs = [][]byte{eb, usig}
	sumMsg, err := stage(protocol.PathThresholdUpdate, upd, true)
	if err != nil {
		return fmt.Errorf("encrypted update: %w", err)
	}
	if len(sumMsg.Blobs) == 0 {
		return nil // not in the decrypting set: done
	}

	// 4. decrypt: a smudged decryption share of the sum, recomputed here from the contributors' signed
	// ciphertexts, for one contributor set per round only.
	if err := checkContributors(spec, members, sumMsg, cfg.Threshold); err != nil {
		return err
	}
	if !slices.Contains(sumMsg.Active, self) {
		return cohort.Errorf(cohort.EInvalid, "sent the contributors' updates but not in the active set %v", sumMsg.Active)
	}
	sum, err := t.recomputeSum(sid, members, sumMsg, self, eb, len(vec))
	if err != nil {
		return err
	}
	if err := t.allowSurvivors(h.Round, sumMsg.Contributors); err != nil {
		return err
	}
	share, err := party.DecryptionShare(sum, sumMsg.Active)
	if err != nil {
		return err
	}
	dec := head
	dec.Blobs = [][]byte{share}
	if _, err := stage(protocol.PathThresholdDecrypt, dec, false); err != nil {
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
