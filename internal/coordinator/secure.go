package coordinator

import (
	"context"
	"crypto/sha256"
	"encoding"
	"errors"
	"fmt"
	"net/http"
	"runtime"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/api"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/protocol"
	"github.com/cohort-net/cohort/internal/secagg"
)

// A SecAgg+ session lives in memory: masked inputs are worthless without the session's unmasking
// state, so a coordinator that restarts mid-session runs the round again as a new session (a new
// attempt, durably counted, so no session id repeats). Trainers refuse to sign two different survivor
// sets for one round, so no sequence of sessions reveals more than one sum per round.

// secure stages, in order; the value is the stage a message belongs to.
const (
	stAdvertise = iota + 1
	stShares
	stMasked
	stConsistency
	stUnmask
	numStages = stUnmask
)

var secStageNames = [numStages + 1]string{"", "advertise", "shares", "masked", "consistency", "unmask"}

type secureSession struct {
	stageMachine[bool]
	round  uint64
	sr     protocol.SecureRound
	server *secagg.Server
}

func newSecureSession(round uint64, sr protocol.SecureRound, srv *secagg.Server) *secureSession {
	s := &secureSession{round: round, sr: sr, server: srv}
	s.init(numStages)
	return s
}

// runSecureRound runs round r as SecAgg+ sessions until one yields a sum of at least the minimum
// number of participants, or the attempts run out.
func (c *Coordinator) runSecureRound(ctx context.Context, r uint64, selected []cohort.NodeID, global []float64, started time.Time) error {
	endpoints, err := c.endpoints()
	if err != nil {
		return err
	}
	joined, err := c.joinHeaders()
	if err != nil {
		return err
	}
	modelHash := protocol.ModelHash(global)
	for tries := 1; ; tries++ {
		attempt, err := c.st.nextAttempt(r)
		if err != nil {
			return err
		}
		if attempt > protocol.MaxSecureAttempts {
			reason := fmt.Sprintf("round %d: %d secure aggregation sessions, the most trainers take part in", r, protocol.MaxSecureAttempts)
			if ferr := c.st.fail(reason); ferr != nil {
				return ferr
			}
			return cohort.Errorf(cohort.EUnavailable, "%s", reason)
		}
		samples, beacons := joinedOf(joined, selected)
		sr := protocol.SecureRound{Attempt: attempt, Clients: selected, ModelHash: modelHash,
			WeightScale: fl.WeightScale(samples, c.spec.Strategy.MaxSamples), Beacons: beacons}
		res, advertised, err := c.secureSession(ctx, r, sr, endpoints, global)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if errors.Is(err, secagg.ErrMissingBeacon) && len(advertised) >= c.spec.MinParticipants {
			// The ring needs every client's beacon: the next attempt goes without those that did not
			// advertise (the round's selection stays recorded; this only narrows the session).
			c.log.Warn("secure aggregation session lacked some trainers' beacons: retrying without them", "round", r, "attempt", attempt, "advertised", len(advertised), "clients", len(selected))
			selected = advertised
		}
		if err == nil && len(res.Survivors) >= c.spec.MinParticipants {
			return c.closeSecureRound(r, selected, global, started, res)
		}
		if err == nil {
			err = fmt.Errorf("%d survivors, %d needed", len(res.Survivors), c.spec.MinParticipants)
		}
		c.log.Warn("secure aggregation session failed", "round", r, "attempt", attempt, "err", err)
		if tries >= c.cfg.MaxRoundAttempts {
			reason := fmt.Sprintf("round %d: secure aggregation failed %d times, last: %v", r, tries, err)
			if ferr := c.st.fail(reason); ferr != nil {
				return ferr
			}
			return cohort.Errorf(cohort.EUnavailable, "%s", reason)
		}
	}
}

// joinHeaders returns the join headers of every trainer of the task, by trainer.
func (c *Coordinator) joinHeaders() (map[cohort.NodeID]protocol.JoinHeader, error) {
	ts, err := c.st.trainers()
	if err != nil {
		return nil, err
	}
	by := make(map[cohort.NodeID]protocol.JoinHeader, len(ts))
	for _, j := range ts {
		by[j.ID] = j.Header
	}
	return by, nil
}

// joinedOf returns the sample counts and beacon roots the trainers ids declared when they joined.
func joinedOf(by map[cohort.NodeID]protocol.JoinHeader, ids []cohort.NodeID) ([]int, [][32]byte) {
	samples, beacons := make([]int, len(ids)), make([][32]byte, len(ids))
	for i, id := range ids {
		samples[i], beacons[i] = by[id].Samples, by[id].Beacon
	}
	return samples, beacons
}

// secureSession drives one session's five stages. It also returns the clients that advertised keys,
// for a retry after a session that lacked some clients' beacons.
func (c *Coordinator) secureSession(ctx context.Context, r uint64, sr protocol.SecureRound, endpoints map[cohort.NodeID]string, global []float64) (*secagg.Result, []cohort.NodeID, error) {
	cfg, err := protocol.SecAggConfig(c.spec, r, &sr)
	if err != nil {
		return nil, nil, err
	}
	srv := secagg.NewServer(cfg, protocol.RecoverVerifier{Recover: c.cfg.Recover}, runtime.GOMAXPROCS(0))
	res, err := c.runSecureSession(ctx, r, sr, srv, endpoints, global)
	return res, srv.Advertised(), err
}

func (c *Coordinator) runSecureSession(ctx context.Context, r uint64, sr protocol.SecureRound, srv *secagg.Server, endpoints map[cohort.NodeID]string, global []float64) (*secagg.Result, error) {
	s := newSecureSession(r, sr, srv)
	c.mu.Lock()
	c.session = s
	c.mu.Unlock()
	defer func() {
		s.abort(cohort.Errorf(cohort.EConflict, "secure aggregation session of round %d ended", r))
		c.mu.Lock()
		if c.session == s {
			c.session = nil
		}
		c.mu.Unlock()
	}()

	deadline := time.Now().Add(c.spec.RoundTimeout())
	rctx, cancel := context.WithDeadline(ctx, deadline)
	defer cancel()
	body, err := c.trainBody(protocol.TrainHeader{Round: r, DeadlineMS: deadline.UnixMilli(), Secure: &sr}, global)
	if err != nil {
		return nil, err
	}
	bodyHash := sha256.Sum256(body)
	for _, id := range sr.Clients {
		go c.sendTrain(rctx, id, endpoints[id], r, body, bodyHash)
	}
	stageTimeout := time.Duration(c.spec.SecAgg.StageTimeoutMS) * time.Millisecond
	expect := len(sr.Clients)
	for stage := stAdvertise; stage <= stUnmask; stage++ {
		sctx := rctx
		var scancel context.CancelFunc = func() {}
		if stage > stAdvertise {
			sctx, scancel = context.WithTimeout(ctx, stageTimeout)
		}
		s.wait(sctx, stage, expect)
		scancel()
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		replies, n, err := c.closeStage(s, stage)
		if err != nil {
			s.abort(err)
			return nil, err
		}
		s.close(stage, replies, nil)
		expect = n
	}
	return srv.Finish()
}

// closeStage ends a stage on the secagg server and encodes what each trainer gets back; it returns
// how many trainers the next stage expects.
func (c *Coordinator) closeStage(s *secureSession, stage int) (map[cohort.NodeID][]byte, int, error) {
	out := make(map[cohort.NodeID][]byte)
	broadcast := func(m encoding.BinaryMarshaler, n int) (map[cohort.NodeID][]byte, int, error) {
		b, err := m.MarshalBinary()
		out[cohort.NodeID{}] = b
		return out, n, err
	}
	switch stage {
	case stAdvertise:
		roster, err := s.server.Roster()
		if err != nil {
			return nil, 0, err
		}
		return broadcast(roster, len(roster.Entries))
	case stShares:
		inboxes, err := s.server.Inboxes()
		if err != nil {
			return nil, 0, err
		}
		for id, in := range inboxes {
			b, err := in.MarshalBinary()
			if err != nil {
				return nil, 0, err
			}
			out[id] = b
		}
		return out, len(inboxes), nil
	case stMasked:
		sv, err := s.server.Survivors()
		if err != nil {
			return nil, 0, err
		}
		if err := c.st.recordSurvivors(s.round, sv.Survivors); err != nil {
			return nil, 0, err
		}
		return broadcast(sv, len(sv.Survivors))
	case stConsistency:
		reqs, err := s.server.UnmaskRequests()
		if err != nil {
			return nil, 0, err
		}
		for id, q := range reqs {
			b, err := q.MarshalBinary()
			if err != nil {
				return nil, 0, err
			}
			out[id] = b
		}
		return out, len(reqs), nil
	default:
		return out, 0, nil
	}
}

// closeSecureRound applies the securely aggregated mean as the round's single update.
func (c *Coordinator) closeSecureRound(r uint64, selected []cohort.NodeID, global []float64, started time.Time, res *secagg.Result) error {
	sum := res.Sum
	// The vector is the parameters' weighted sum, the weighted loss, then the summed weight.
	n := len(global)
	if len(sum) != n+2 {
		return fmt.Errorf("secure sum of %d elements, want %d", len(sum), n+2)
	}
	w := sum[n+1]
	mean, err := fl.SecureMean(append(sum[:n:n], w), len(res.Survivors))
	if err != nil {
		return err
	}
	loss := sum[n] / w
	participants := make([]string, len(res.Survivors))
	for i, id := range res.Survivors {
		participants[i] = id.String()
	}
	mean.Clients = len(res.Survivors) // client-level DP: the noise is for the survivors' mean
	return c.applyRound(r, selected, global, started, []fl.Update{mean}, participants, nil, loss)
}

// handleSecure serves one stage's POST: it hands the message to the session and answers, once the
// stage has closed, with what this trainer gets back.
func (c *Coordinator) handleSecure(stage int) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		limit := c.cfg.Limits.MaxBody()
		if stage != stMasked {
			limit = min(limit, smallStage)
		}
		body, env, err := c.authenticate(w, r, c.admitMember, limit)
		if err != nil {
			api.WriteError(w, r, c.log, err)
			return
		}
		c.mu.Lock()
		s := c.session
		c.mu.Unlock()
		if s == nil || s.round != env.Round {
			api.WriteError(w, r, c.log, cohort.Errorf(cohort.EConflict, "no secure aggregation session open for round %d", env.Round))
			return
		}
		if err := c.addSecure(s, stage, env.Signer, body); err != nil {
			api.WriteError(w, r, c.log, err)
			return
		}
		s.answer(w, r, c.log, stage, env.Signer, stage == stUnmask, "secagg+", secStageNames[stage])
	}
}

// addSecure decodes a stage message, checks it comes from the request's signer, and adds it.
func (c *Coordinator) addSecure(s *secureSession, stage int, signer cohort.NodeID, body []byte) error {
	var sender cohort.NodeID
	var add func() error
	switch stage {
	case stAdvertise:
		var m secagg.AdvertiseMsg
		if err := m.UnmarshalBinary(body); err != nil {
			return err
		}
		sender, add = m.Sender, func() error { return s.server.AddAdvertise(&m) }
	case stShares:
		var m secagg.SharesMsg
		if err := m.UnmarshalBinary(body); err != nil {
			return err
		}
		sender, add = m.Sender, func() error { return s.server.AddShares(&m) }
	case stMasked:
		var m secagg.MaskedMsg
		if err := m.UnmarshalBinary(body); err != nil {
			return err
		}
		sender, add = m.Sender, func() error { return s.server.AddMasked(&m) }
	case stConsistency:
		var m secagg.ConsistencyMsg
		if err := m.UnmarshalBinary(body); err != nil {
			return err
		}
		sender, add = m.Sender, func() error { return s.server.AddConsistency(&m) }
	case stUnmask:
		var m secagg.UnmaskMsg
		if err := m.UnmarshalBinary(body); err != nil {
			return err
		}
		sender, add = m.Sender, func() error { return s.server.AddUnmask(&m) }
	}
	if sender != signer {
		return cohort.Errorf(cohort.EForbidden, "secagg+ message from %s sent by %s", sender, signer)
	}
	if s.isClosed(stage) {
		return cohort.Errorf(cohort.EConflict, "secagg+ stage %s of round %d has closed", secStageNames[stage], s.round)
	}
	if err := add(); err != nil {
		return err
	}
	s.mu.Lock()
	s.recordLocked(stage, signer, true)
	s.mu.Unlock()
	return nil
}
