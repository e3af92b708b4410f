package coordinator

import (
	"net/http"
	"slices"
	"strconv"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/api"
	"github.com/cohort-net/cohort/internal/failpoint"
	"github.com/cohort-net/cohort/internal/protocol"
)

// Handler serves the coordinator's API: the task spec, joins, updates, status and models.
func (c *Coordinator) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+protocol.PathTask, func(w http.ResponseWriter, r *http.Request) {
		api.WriteJSON(w, http.StatusOK, c.spec)
	})
	mux.HandleFunc("POST "+protocol.PathJoin, c.handleJoin)
	mux.HandleFunc("POST "+protocol.PathUpdate, c.handleUpdate)
	mux.HandleFunc("GET "+protocol.PathStatus, func(w http.ResponseWriter, r *http.Request) {
		st, err := c.Status()
		if err != nil {
			api.WriteError(w, r, c.log, err)
			return
		}
		api.WriteJSON(w, http.StatusOK, st)
	})
	mux.HandleFunc("GET "+protocol.PathModel, c.handleModel)
	mux.HandleFunc("POST "+protocol.PathSecAggAdvertise, c.handleSecure(stAdvertise))
	mux.HandleFunc("POST "+protocol.PathSecAggShares, c.handleSecure(stShares))
	mux.HandleFunc("POST "+protocol.PathSecAggMasked, c.handleSecure(stMasked))
	mux.HandleFunc("POST "+protocol.PathSecAggConsistency, c.handleSecure(stConsistency))
	mux.HandleFunc("POST "+protocol.PathSecAggUnmask, c.handleSecure(stUnmask))
	c.thresholdRoutes(mux)
	return mux
}

// authenticate reads and verifies a signed request for this task.
func (c *Coordinator) authenticate(w http.ResponseWriter, r *http.Request) ([]byte, protocol.Envelope, error) {
	if err := c.admit(r); err != nil {
		return nil, protocol.Envelope{}, err
	}
	body, err := api.ReadBody(w, r, c.cfg.Limits.MaxBody())
	if err != nil {
		return nil, protocol.Envelope{}, err
	}
	env, err := c.auth.Verify(r.Header, r.Method, r.URL.Path, body)
	if err != nil {
		return nil, env, err
	}
	if env.Task != c.spec.ID {
		return nil, env, cohort.Errorf(cohort.ENotFound, "no task %q here (this coordinator runs %q)", env.Task, c.spec.ID)
	}
	return body, env, nil
}

// admit refuses, before anything is read or recorded, a request whose claimed signer is not one of
// the task's participants (when the task has a fixed set). A forged claim of a participant's address
// gets as far as the signature check.
func (c *Coordinator) admit(r *http.Request) error {
	if c.cfg.Participants == nil {
		return nil
	}
	id, err := cohort.ParseNodeID(r.Header.Get(protocol.HeaderSigner))
	if err != nil {
		return cohort.Errorf(cohort.EUnauthorized, "unsigned or malformed %s header", protocol.HeaderSigner)
	}
	if _, ok := c.cfg.Participants[id]; !ok {
		return cohort.Errorf(cohort.EForbidden, "%s was not selected for task %s", id, c.spec.ID)
	}
	return nil
}

func (c *Coordinator) handleJoin(w http.ResponseWriter, r *http.Request) {
	body, env, err := c.authenticate(w, r)
	if err != nil {
		api.WriteError(w, r, c.log, err)
		return
	}
	j, err := decodeJoin(env.Signer, body)
	if err == nil {
		err = c.checkJoin(j)
	}
	if err != nil {
		api.WriteError(w, r, c.log, err)
		return
	}
	n, err := c.st.putTrainer(env.Signer, body)
	if err != nil {
		api.WriteError(w, r, c.log, err)
		return
	}
	failpoint.Hit("coordinator/join-committed")
	c.log.Info("trainer joined", "trainer", env.Signer, "endpoint", j.Header.Endpoint, "samples", j.Header.Samples, "joined", n)
	select {
	case c.joinedC <- struct{}{}:
	default:
	}
	api.WriteJSON(w, http.StatusOK, map[string]any{"task": c.spec.ID, "joined": n})
}

func (c *Coordinator) checkJoin(j joined) error {
	h := j.Header
	switch {
	case h.Features != c.spec.Model.Inputs:
		return cohort.Errorf(cohort.EInvalid, "wrong model dimension: trainer data has %d features, the task's model takes %d", h.Features, c.spec.Model.Inputs)
	case h.Samples <= 0:
		return cohort.Errorf(cohort.EInvalid, "join: %d samples", h.Samples)
	case len(j.Sum) != h.Features || len(j.SumSq) != h.Features:
		return cohort.Errorf(cohort.EInvalid, "join: statistics of %d/%d features, want %d", len(j.Sum), len(j.SumSq), h.Features)
	case h.Endpoint == "" || len(h.Endpoint) > 512:
		return cohort.Errorf(cohort.EInvalid, "join: endpoint URL missing or over 512 bytes")
	}
	for _, cl := range h.Classes {
		if !slices.Contains(c.spec.Classes, cl) {
			return cohort.Errorf(cohort.EInvalid, "join: label value %q is not one of the task's classes %v", cl, c.spec.Classes)
		}
	}
	return nil
}

func (c *Coordinator) handleUpdate(w http.ResponseWriter, r *http.Request) {
	body, env, err := c.authenticate(w, r)
	if err != nil {
		api.WriteError(w, r, c.log, err)
		return
	}
	ack, err := c.acceptUpdate(env, body)
	if err != nil {
		api.WriteError(w, r, c.log, err)
		return
	}
	failpoint.Hit("coordinator/update-committed") // durable, not yet acknowledged
	api.WriteJSON(w, http.StatusOK, ack)
}

// acceptUpdate validates one update and stores it durably before it is acknowledged.
func (c *Coordinator) acceptUpdate(env protocol.Envelope, body []byte) (protocol.UpdateAck, error) {
	var h protocol.UpdateHeader
	lens, err := protocol.CheckFrame(body, c.cfg.Limits, &h)
	if err != nil {
		return protocol.UpdateAck{}, err
	}
	if h.Round != env.Round {
		return protocol.UpdateAck{}, cohort.Errorf(cohort.EInvalid, "update for round %d signed for round %d", h.Round, env.Round)
	}
	if len(lens) != 1 {
		return protocol.UpdateAck{}, cohort.Errorf(cohort.EInvalid, "update: want 1 tensor, got %d", len(lens))
	}
	if lens[0] != c.numPar {
		return protocol.UpdateAck{}, cohort.Errorf(cohort.EInvalid, "wrong model dimension: update has %d parameters, the model %d", lens[0], c.numPar)
	}
	if h.Samples <= 0 {
		return protocol.UpdateAck{}, cohort.Errorf(cohort.EInvalid, "update: %d samples", h.Samples)
	}
	sel, err := c.st.selected(h.Round)
	if err != nil {
		return protocol.UpdateAck{}, err
	}
	if !slices.Contains(sel, env.Signer) {
		return protocol.UpdateAck{}, cohort.Errorf(cohort.EForbidden, "%s is not a participant of round %d", env.Signer, h.Round)
	}
	dup, err := c.st.acceptUpdate(h.Round, env.Signer, body, env.BodyHash)
	if err != nil {
		return protocol.UpdateAck{}, err
	}
	if !dup {
		select {
		case c.wake <- struct{}{}:
		default:
		}
	}
	return protocol.UpdateAck{Round: h.Round, Duplicate: dup}, nil
}

func (c *Coordinator) handleModel(w http.ResponseWriter, r *http.Request) {
	round, err := strconv.ParseUint(r.URL.Query().Get("round"), 10, 64)
	if err != nil {
		api.WriteError(w, r, c.log, cohort.Errorf(cohort.EInvalid, "round: want a number"))
		return
	}
	params, err := c.st.model(round)
	if err != nil {
		api.WriteError(w, r, c.log, err)
		return
	}
	body, err := protocol.EncodeFrame(struct {
		Round uint64 `json:"round"`
	}{round}, params)
	if err != nil {
		api.WriteError(w, r, c.log, err)
		return
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Write(body)
}
