package coordinator

import (
	"context"
	"crypto/sha256"
	"fmt"
	"net/http"
	"slices"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/api"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/he"
	"github.com/cohort-net/cohort/internal/heagg"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/protocol"
)

// Threshold-HE aggregation (--secure-agg threshold-he; the stages are described in
// internal/protocol/threshold.go). Like a SecAgg+ session, a threshold session lives in memory with
// fresh keys: a coordinator that restarts runs the round again as a new session (a new, durably
// counted attempt). The coordinator sees public key shares, sealed Shamir shares it cannot open,
// encrypted updates, and the one plaintext sum the active set decrypts with smudging noise. Trainers
// refuse to decrypt a second sum with a different contributor set for the same round.

// threshold stages, in order.
const (
	thReady = iota + 1
	thCommit
	thKeys
	thUpdate
	thDecrypt
	thStages = thDecrypt
)

var thStageNames = [thStages + 1]string{"", "ready", "commit", "keys", "update", "decrypt"}

// maxSealedShare bounds one sealed Shamir share (a ProfileAgg share is 256 KiB).
const maxSealedShare = 1 << 20

type thresholdSession struct {
	stageMachine[*protocol.ThresholdMsg]
	round uint64
	tr    protocol.ThresholdRound
	dim   int // the encrypted vector's length: parameters, loss, weight

	// Fixed when a stage closes (read under mu by the handlers).
	members []protocol.ThresholdMember
	sid     [32]byte // protocol.ThresholdSessionID of the roster
	points  map[cohort.NodeID]uint64
	commits map[uint64][32]byte // each member's commitment to its key share, by point
	cfg     he.ThresholdConfig
	updates map[cohort.NodeID]*he.EncryptedUpdate
	sum     *he.EncryptedUpdate
	active  []uint64
	contrib []cohort.NodeID
}

func newThresholdSession(round uint64, tr protocol.ThresholdRound, dim int) *thresholdSession {
	s := &thresholdSession{round: round, tr: tr, dim: dim, updates: map[cohort.NodeID]*he.EncryptedUpdate{}}
	s.init(thStages)
	return s
}

func (c *Coordinator) thresholdSession() *thresholdSession {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.thrSession
}

func (c *Coordinator) setThresholdSession(s *thresholdSession) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.thrSession = s
}

// thresholdRoutes registers the threshold-HE stage handlers.
func (c *Coordinator) thresholdRoutes(mux *http.ServeMux) {
	mux.HandleFunc("POST "+protocol.PathThresholdReady, c.handleThreshold(thReady))
	mux.HandleFunc("POST "+protocol.PathThresholdCommit, c.handleThreshold(thCommit))
	mux.HandleFunc("POST "+protocol.PathThresholdKeys, c.handleThreshold(thKeys))
	mux.HandleFunc("POST "+protocol.PathThresholdUpdate, c.handleThreshold(thUpdate))
	mux.HandleFunc("POST "+protocol.PathThresholdDecrypt, c.handleThreshold(thDecrypt))
}

// thresholdResult is what a successful session yields.
type thresholdResult struct {
	sum          []float64
	contributors []cohort.NodeID
}

// runThresholdRound runs round r as threshold-HE sessions until one yields a sum of at least the
// minimum number of participants, or the attempts run out.
func (c *Coordinator) runThresholdRound(ctx context.Context, r uint64, selected []cohort.NodeID, global []float64, started time.Time) error {
	endpoints, err := c.endpoints()
	if err != nil {
		return err
	}
	joined, err := c.joinHeaders()
	if err != nil {
		return err
	}
	samples, _ := joinedOf(joined, selected)
	for tries := 1; ; tries++ {
		attempt, err := c.st.nextAttempt(r)
		if err != nil {
			return err
		}
		tr := protocol.ThresholdRound{Attempt: attempt, Clients: selected, WeightScale: fl.WeightScale(samples, c.spec.Strategy.MaxSamples)}
		res, err := c.runThresholdSession(ctx, r, tr, endpoints, global)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err == nil {
			return c.closeThresholdRound(r, selected, global, started, res)
		}
		c.log.Warn("threshold-he session failed", "round", r, "attempt", attempt, "err", err)
		if tries >= c.cfg.MaxRoundAttempts {
			reason := fmt.Sprintf("round %d: threshold-he aggregation failed %d times, last: %v", r, tries, err)
			if ferr := c.st.fail(reason); ferr != nil {
				return ferr
			}
			return cohort.Errorf(cohort.EUnavailable, "%s", reason)
		}
	}
}

// runThresholdSession drives one session's four stages.
func (c *Coordinator) runThresholdSession(ctx context.Context, r uint64, tr protocol.ThresholdRound, endpoints map[cohort.NodeID]string, global []float64) (*thresholdResult, error) {
	s := newThresholdSession(r, tr, len(global)+2)
	c.setThresholdSession(s)
	defer func() {
		s.abort(cohort.Errorf(cohort.EConflict, "threshold-he session of round %d ended", r))
		c.setThresholdSession(nil)
	}()
	deadline := time.Now().Add(c.spec.RoundTimeout())
	rctx, cancel := context.WithDeadline(ctx, deadline)
	defer cancel()
	body, err := c.trainBody(protocol.TrainHeader{Round: r, DeadlineMS: deadline.UnixMilli(), Threshold: &tr}, global)
	if err != nil {
		return nil, err
	}
	bodyHash := sha256.Sum256(body)
	for _, id := range tr.Clients {
		go c.sendTrain(rctx, id, endpoints[id], r, body, bodyHash)
	}
	stageTimeout := time.Duration(c.spec.ThresholdHE.StageTimeoutMS) * time.Millisecond
	expect := len(tr.Clients)
	var res *thresholdResult
	for stage := thReady; stage <= thDecrypt; stage++ {
		sctx, scancel := rctx, context.CancelFunc(func() {})
		if stage > thReady {
			sctx, scancel = context.WithTimeout(ctx, stageTimeout)
		}
		s.wait(sctx, stage, expect)
		scancel()
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		start := time.Now()
		replies, next, out, err := c.closeThresholdStage(s, stage)
		if err != nil {
			err = fmt.Errorf("stage %s: %w", thStageNames[stage], err)
			s.abort(err)
			return nil, err
		}
		c.log.Debug("threshold-he stage closed", "round", r, "stage", thStageNames[stage], "ms", time.Since(start).Milliseconds())
		s.close(stage, replies, nil)
		expect, res = next, out
	}
	return res, nil
}

// closeThresholdStage ends a stage and encodes what each member gets back; it returns how many
// messages the next stage expects, and after the last stage the decrypted result.
func (c *Coordinator) closeThresholdStage(s *thresholdSession, stage int) (map[cohort.NodeID][]byte, int, *thresholdResult, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.ended[stage] = true
	got := s.got[stage]
	head := protocol.ThresholdMsg{Round: s.round, Attempt: s.tr.Attempt}
	out := make(map[cohort.NodeID][]byte)
	switch stage {
	case thReady:
		if len(got) < c.spec.MinParticipants {
			return nil, 0, nil, cohort.Errorf(cohort.EUnavailable, "%d trainers ready by the round deadline, %d needed", len(got), c.spec.MinParticipants)
		}
		ids := make([]cohort.NodeID, 0, len(got))
		for id := range got {
			ids = append(ids, id)
		}
		sortIDs(ids)
		s.points = make(map[cohort.NodeID]uint64, len(ids))
		for i, id := range ids {
			s.members = append(s.members, protocol.ThresholdMember{ID: id, PublicKey: got[id].PublicKey})
			s.points[id] = uint64(i + 1)
		}
		s.cfg = heagg.Config(c.spec, s.round, s.tr.Attempt, len(ids))
		s.sid = protocol.ThresholdSessionID(c.spec.ID, s.round, s.tr.Attempt, s.tr.WeightScale, s.members, s.cfg.Threshold)
		head.Members, head.Threshold = s.members, s.cfg.Threshold
		b, err := head.MarshalBinary()
		out[cohort.NodeID{}] = b
		return out, len(ids), nil, err
	case thCommit:
		return c.closeCommit(s, head, got)
	case thKeys:
		if len(got) < len(s.members) {
			return nil, 0, nil, cohort.Errorf(cohort.EUnavailable, "%d of %d members sent their key shares: every member's shares are needed", len(got), len(s.members))
		}
		// Each member gets, from every other member, its key share, the Shamir share sealed to it and
		// the sender's signature over both.
		for _, to := range s.members {
			in := head
			for _, from := range s.members {
				if from.ID == to.ID {
					continue
				}
				m := got[from.ID]
				i := slices.Index(m.To, s.points[to.ID])
				in.From = append(in.From, s.points[from.ID])
				in.Blobs = append(in.Blobs, m.Blobs[0], m.Blobs[1+2*i], m.Blobs[2+2*i])
			}
			b, err := in.MarshalBinary()
			if err != nil {
				return nil, 0, nil, err
			}
			out[to.ID] = b
		}
		return out, len(s.members), nil, nil
	case thUpdate:
		need := max(s.cfg.Threshold, c.spec.MinParticipants)
		if len(s.updates) < need {
			return nil, 0, nil, cohort.Errorf(cohort.EUnavailable, "%d encrypted updates by the stage deadline, %d needed", len(s.updates), need)
		}
		ids := make([]cohort.NodeID, 0, len(s.updates))
		for id := range s.updates {
			ids = append(ids, id)
		}
		sortIDs(ids)
		us := make([]*he.EncryptedUpdate, len(ids))
		for i, id := range ids {
			us[i] = s.updates[id]
		}
		sum, err := he.SumUpdates(us...)
		if err != nil {
			return nil, 0, nil, err
		}
		s.sum, s.contrib, s.updates = sum, ids, nil
		for _, id := range ids[:s.cfg.Threshold] {
			s.active = append(s.active, s.points[id])
		}
		// The active set gets every contributor's signed ciphertext and recomputes the sum itself.
		var signed [][]byte
		for _, id := range ids {
			m := s.got[thUpdate][id]
			signed = append(signed, m.Blobs[0], m.Blobs[1])
		}
		head.Contributors, head.Active = ids, s.active
		for _, m := range s.members {
			rep := head
			if slices.Contains(s.active, s.points[m.ID]) {
				rep.Blobs = signed
			}
			b, err := rep.MarshalBinary()
			if err != nil {
				return nil, 0, nil, err
			}
			out[m.ID] = b
		}
		return out, len(s.active), nil, nil
	default: // thDecrypt
		if len(got) < len(s.active) {
			return nil, 0, nil, cohort.Errorf(cohort.EUnavailable, "%d of %d decryption shares by the stage deadline", len(got), len(s.active))
		}
		shares := make(map[uint64][]byte, len(got))
		for id, m := range got {
			shares[s.points[id]] = m.Blobs[0]
		}
		sum, err := he.CombineShares(s.cfg, s.sum, s.active, shares)
		if err != nil {
			return nil, 0, nil, err
		}
		return out, 0, &thresholdResult{sum: sum, contributors: s.contrib}, nil
	}
}

// closeCommit ends the commit stage (s.mu held): every member must have committed to its key share;
// each gets every other member's signed commitment, and only then reveals its own share.
func (c *Coordinator) closeCommit(s *thresholdSession, head protocol.ThresholdMsg, got map[cohort.NodeID]*protocol.ThresholdMsg) (map[cohort.NodeID][]byte, int, *thresholdResult, error) {
	if len(got) < len(s.members) {
		return nil, 0, nil, cohort.Errorf(cohort.EUnavailable, "%d of %d members committed to their key shares: every member's commitment is needed", len(got), len(s.members))
	}
	s.commits = make(map[uint64][32]byte, len(s.members))
	for _, m := range s.members {
		s.commits[s.points[m.ID]] = [32]byte(got[m.ID].Blobs[0])
	}
	out := make(map[cohort.NodeID][]byte, len(s.members))
	for _, to := range s.members {
		in := head
		for _, from := range s.members {
			if from.ID != to.ID {
				in.From = append(in.From, s.points[from.ID])
				in.Blobs = append(in.Blobs, got[from.ID].Blobs...)
			}
		}
		b, err := in.MarshalBinary()
		if err != nil {
			return nil, 0, nil, err
		}
		out[to.ID] = b
	}
	return out, len(s.members), nil, nil
}

// closeThresholdRound applies the decrypted weighted mean as the round's single update.
func (c *Coordinator) closeThresholdRound(r uint64, selected []cohort.NodeID, global []float64, started time.Time, res *thresholdResult) error {
	mean, loss, err := heagg.Mean(res.sum, len(global), len(res.contributors))
	if err != nil {
		return err
	}
	participants := make([]string, len(res.contributors))
	for i, id := range res.contributors {
		participants[i] = id.String()
	}
	u := fl.Update{Client: fmt.Sprintf("threshold-he(%d contributors)", len(res.contributors)), Delta: mean, Samples: 1, Clients: len(res.contributors)}
	return c.applyRound(r, selected, global, started, []fl.Update{u}, participants, nil, loss)
}

// handleThreshold serves one stage's POST: it checks and records the message and answers, once the
// stage has closed, with what this trainer gets back.
func (c *Coordinator) handleThreshold(stage int) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		body, env, err := c.authenticate(w, r, c.admitMember, c.cfg.Limits.MaxBody())
		if err != nil {
			api.WriteError(w, r, c.log, err)
			return
		}
		s := c.thresholdSession()
		if s == nil || s.round != env.Round {
			api.WriteError(w, r, c.log, cohort.Errorf(cohort.EConflict, "no threshold-he session open for round %d", env.Round))
			return
		}
		if err := c.addThreshold(s, stage, env.Signer, body); err != nil {
			api.WriteError(w, r, c.log, err)
			return
		}
		s.answer(w, r, c.log, stage, env.Signer, stage == thDecrypt, "threshold-he", thStageNames[stage])
	}
}

// addThreshold decodes and checks one stage message from signer and records it. Anything malformed
// is EInvalid (or ETooLarge), a sender outside the session EForbidden, a late or repeated one EConflict.
func (c *Coordinator) addThreshold(s *thresholdSession, stage int, signer cohort.NodeID, body []byte) error {
	m, err := protocol.UnmarshalThresholdMsg(body, protocol.DefaultThresholdLimits)
	if err != nil {
		return err
	}
	if m.Round != s.round || m.Attempt != s.tr.Attempt {
		return cohort.Errorf(cohort.EConflict, "threshold-he message for round %d attempt %d, the open session is round %d attempt %d", m.Round, m.Attempt, s.round, s.tr.Attempt)
	}
	// Stage-specific checks that need no session state beyond what is fixed.
	var upd *he.EncryptedUpdate
	switch stage {
	case thReady:
		if !slices.Contains(s.tr.Clients, signer) {
			return cohort.Errorf(cohort.EForbidden, "%s is not a participant of round %d", signer, s.round)
		}
		id, err := identity.AddressOf(m.PublicKey)
		if err != nil {
			return err
		}
		if id != signer {
			return cohort.Errorf(cohort.EForbidden, "public key of %s sent by %s", id, signer)
		}
		if len(m.Blobs) != 0 {
			return cohort.Errorf(cohort.EInvalid, "ready message with %d blobs, want none", len(m.Blobs))
		}
	case thUpdate:
		if len(m.Blobs) != 2 {
			return cohort.Errorf(cohort.EInvalid, "update message with %d blobs, want 2 (the encrypted update and its signature)", len(m.Blobs))
		}
		if upd, err = he.UnmarshalEncryptedUpdate(m.Blobs[0], s.dim); err != nil {
			return err
		}
		if upd.Dim() != s.dim {
			return cohort.Errorf(cohort.EInvalid, "wrong model dimension: encrypted update of %d values, want %d", upd.Dim(), s.dim)
		}
	case thDecrypt:
		if len(m.Blobs) != 1 {
			return cohort.Errorf(cohort.EInvalid, "decrypt message with %d blobs, want 1", len(m.Blobs))
		}
	}
	if s.isClosed(stage) {
		return cohort.Errorf(cohort.EConflict, "threshold-he stage %s of round %d has closed", thStageNames[stage], s.round)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ended[stage] {
		return cohort.Errorf(cohort.EConflict, "threshold-he stage %s of round %d has closed", thStageNames[stage], s.round)
	}
	if _, dup := s.got[stage][signer]; dup {
		return cohort.Errorf(cohort.EConflict, "second %s message from %s", thStageNames[stage], signer)
	}
	point := s.points[signer]
	if stage > thReady && point == 0 {
		return cohort.Errorf(cohort.EForbidden, "%s is not a member of the session", signer)
	}
	switch stage {
	case thCommit:
		if len(m.Blobs) != 2 || len(m.Blobs[0]) != 32 {
			return cohort.Errorf(cohort.EInvalid, "commit message with %d blobs, want a 32-byte commitment and its signature", len(m.Blobs))
		}
		if got, err := c.cfg.Recover(protocol.ThresholdCommitDigest(s.sid, point, m.Blobs[0]), m.Blobs[1]); err != nil || got != signer {
			return cohort.Errorf(cohort.EInvalid, "commit message: bad signature over the commitment")
		}
	case thKeys:
		if s.commits == nil {
			return cohort.Errorf(cohort.EConflict, "keys message before every member committed to its key share")
		}
		if err := c.checkKeys(s, signer, point, m); err != nil {
			return err
		}
	case thUpdate:
		if got, err := c.cfg.Recover(protocol.ThresholdUpdateDigest(s.sid, point, m.Blobs[0]), m.Blobs[1]); err != nil || got != signer {
			return cohort.Errorf(cohort.EInvalid, "update message: bad signature over the encrypted update")
		}
		s.updates[signer] = upd
	case thDecrypt:
		if !slices.Contains(s.active, point) {
			return cohort.Errorf(cohort.EForbidden, "%s is not in the decrypting set", signer)
		}
	}
	s.recordLocked(stage, signer, m)
	return nil
}

// checkKeys checks a keys message of the member at point (s.mu held): a well-formed public key share
// and, for every other member in roster order, a sealed share with the sender's signature over it.
func (c *Coordinator) checkKeys(s *thresholdSession, signer cohort.NodeID, point uint64, m *protocol.ThresholdMsg) error {
	n := len(s.members)
	if len(m.To) != n-1 || len(m.Blobs) != 1+2*(n-1) {
		return cohort.Errorf(cohort.EInvalid, "keys message: %d recipients and %d blobs, want %d and %d", len(m.To), len(m.Blobs), n-1, 1+2*(n-1))
	}
	want := make([]uint64, 0, n-1)
	for p := uint64(1); p <= uint64(n); p++ {
		if p != point {
			want = append(want, p)
		}
	}
	if !slices.Equal(m.To, want) {
		return cohort.Errorf(cohort.EInvalid, "keys message: recipients %v, want every other member in roster order", m.To)
	}
	if protocol.ThresholdKeyCommitment(s.sid, point, m.Blobs[0]) != s.commits[point] {
		return cohort.Errorf(cohort.EForbidden, "keys message: the key share of %s does not open its commitment", signer)
	}
	for i, to := range m.To {
		sealed, sig := m.Blobs[1+2*i], m.Blobs[2+2*i]
		if len(sealed) <= identity.SealOverhead || len(sealed) > maxSealedShare {
			return cohort.Errorf(cohort.EInvalid, "keys message: sealed share for party %d of %d bytes", to, len(sealed))
		}
		d := protocol.ThresholdShareDigest(s.sid, point, to, m.Blobs[0], sealed)
		if got, err := c.cfg.Recover(d, sig); err != nil || got != signer {
			return cohort.Errorf(cohort.EInvalid, "keys message: bad signature over the share for party %d", to)
		}
	}
	// The key share must decode as the sender's: aggregate it alone as a one-party key.
	one := he.ThresholdConfig{Parties: []uint64{point}, Threshold: 1, CRS: s.cfg.CRS, SmudgingLog2: s.cfg.SmudgingLog2}
	if _, err := he.AggregatePublicKey(one, map[uint64][]byte{point: m.Blobs[0]}); err != nil {
		return fmt.Errorf("public key share: %w", err)
	}
	return nil
}
