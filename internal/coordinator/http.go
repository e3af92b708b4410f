package coordinator

import (
	"net"
	"net/http"
	"net/url"
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
	mux.HandleFunc("GET "+protocol.PathStatus, c.handleStatus)
	mux.HandleFunc("GET "+protocol.PathModel, c.handleModel)
	mux.HandleFunc("POST "+protocol.PathSecAggAdvertise, c.handleSecure(stAdvertise))
	mux.HandleFunc("POST "+protocol.PathSecAggShares, c.handleSecure(stShares))
	mux.HandleFunc("POST "+protocol.PathSecAggMasked, c.handleSecure(stMasked))
	mux.HandleFunc("POST "+protocol.PathSecAggConsistency, c.handleSecure(stConsistency))
	mux.HandleFunc("POST "+protocol.PathSecAggUnmask, c.handleSecure(stUnmask))
	c.thresholdRoutes(mux)
	return mux
}

// authenticate admits a signed request for this task and reads its body: admit decides who may call
// the route, from the signed header, before any of the body (at most limit bytes) is read or the
// nonce recorded.
func (c *Coordinator) authenticate(w http.ResponseWriter, r *http.Request, admit protocol.Admit, limit int64) ([]byte, protocol.Envelope, error) {
	body, env, err := api.Authenticate(w, r, c.auth, admit, limit)
	if err != nil {
		return nil, env, err
	}
	if env.Task != c.spec.ID {
		return nil, env, cohort.Errorf(cohort.ENotFound, "no task %q here (this coordinator runs %q)", env.Task, c.spec.ID)
	}
	return body, env, nil
}

// admitJoin lets a signer join when the chain selected it (a task with a fixed participant set), or,
// off chain, while the task still has room or when it is already a member (a re-join).
func (c *Coordinator) admitJoin(id cohort.NodeID) error {
	if c.cfg.Participants != nil {
		if _, ok := c.cfg.Participants[id]; !ok {
			return cohort.Errorf(cohort.EForbidden, "%s was not selected for task %s", id, c.spec.ID)
		}
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.members[id]; ok || len(c.members) < c.spec.Trainers {
		return nil
	}
	return cohort.Errorf(cohort.EForbidden, "task %s has its %d trainers", c.spec.ID, c.spec.Trainers)
}

// admitMember lets only trainers that joined the task call its round routes.
func (c *Coordinator) admitMember(id cohort.NodeID) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.members[id]; !ok {
		return cohort.Errorf(cohort.EForbidden, "%s is not a trainer of task %s", id, c.spec.ID)
	}
	return nil
}

func (c *Coordinator) handleJoin(w http.ResponseWriter, r *http.Request) {
	body, env, err := c.authenticate(w, r, c.admitJoin, c.joinLimit())
	if err != nil {
		api.WriteError(w, r, c.log, err)
		return
	}
	j, err := decodeJoin(env.Signer, body)
	if err == nil {
		err = c.checkJoin(j, r.RemoteAddr)
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
	c.mu.Lock()
	c.members[env.Signer] = j.Header.Samples
	c.mu.Unlock()
	failpoint.Hit("coordinator/join-committed") // durable, not yet acknowledged
	c.log.Info("trainer joined", "trainer", env.Signer, "endpoint", j.Header.Endpoint, "samples", j.Header.Samples, "joined", n)
	select {
	case c.joinedC <- struct{}{}:
	default:
	}
	api.WriteJSON(w, http.StatusOK, map[string]any{"task": c.spec.ID, "joined": n})
}

// joinLimit is the largest join message: a header (an endpoint, counts and the task's class names,
// quoted) and two statistics of the model's inputs; in a schema task, a header with table statistics
// sized by the schema's columns and categories (protocol.TaskSpec.SchemaHeaderLimit) and no sums.
func (c *Coordinator) joinLimit() int64 {
	header := 4 << 10
	for _, cl := range c.spec.Classes {
		header += 6*len(cl) + 8 // a name JSON-escaped (\u00XX at worst), quoted, a comma
	}
	if c.spec.Schema != nil { // table statistics, bounded by the schema; no feature sums
		return protocol.FrameSize(min(c.cfg.Limits.MaxHeader, header)+c.spec.SchemaHeaderLimit(), 0, 0)
	}
	return protocol.FrameSize(min(c.cfg.Limits.MaxHeader, header), c.spec.Model.Inputs, c.spec.Model.Inputs)
}

// updateLimit is the largest update: a small header and one delta of the model's parameters.
func (c *Coordinator) updateLimit() int64 {
	return protocol.FrameSize(min(c.cfg.Limits.MaxHeader, 4<<10), c.numParams())
}

// checkJoin checks a join against the task spec (protocol.TaskSpec.CheckJoin) and, off chain, that the
// endpoint the joiner names is on the host the join came from (see checkEndpoint).
func (c *Coordinator) checkJoin(j joined, remote string) error {
	if err := c.spec.CheckJoin(j.Header, j.Sum, j.SumSq); err != nil {
		return err
	}
	if c.cfg.Participants != nil {
		return nil // train requests go to the registered endpoints; the joiner's is never used
	}
	return checkEndpoint(j.Header.Endpoint, remote)
}

// checkEndpoint refuses, off chain, an endpoint on another host than the joiner's own address
// (remote, host:port). Without a chain there is no registry to take endpoints from, so a joiner
// names its own; it may only name itself (any port on the address its join came from, loopback
// names for a loopback joiner), so a signed train request can never be aimed at a third party.
func checkEndpoint(endpoint, remote string) error {
	if endpoint == "" {
		return cohort.Errorf(cohort.EInvalid, "join: endpoint URL missing")
	}
	u, err := url.Parse(endpoint)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil {
		return cohort.Errorf(cohort.EInvalid, "join: endpoint %q is not an http(s) URL", endpoint)
	}
	rhost, _, err := net.SplitHostPort(remote)
	if err != nil {
		rhost = remote
	}
	rip := net.ParseIP(rhost)
	host := u.Hostname()
	ip := net.ParseIP(host)
	switch {
	case rip == nil:
		return cohort.Errorf(cohort.EForbidden, "join: cannot tell the joiner's address (%q)", remote)
	case ip != nil && ip.Equal(rip):
		return nil
	case rip.IsLoopback() && (host == "localhost" || (ip != nil && ip.IsLoopback())):
		return nil
	}
	return cohort.Errorf(cohort.EForbidden, "join: endpoint host %s is not the joiner's address %s", host, rhost)
}

func (c *Coordinator) handleUpdate(w http.ResponseWriter, r *http.Request) {
	body, env, err := c.authenticate(w, r, c.admitMember, c.updateLimit())
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
	if n := c.numParams(); lens[0] != n {
		return protocol.UpdateAck{}, cohort.Errorf(cohort.EInvalid, "wrong model dimension: update has %d parameters, the model %d", lens[0], n)
	}
	// A verification task refuses an update without a well-formed checkpoint commitment; its signature
	// is checked by validators and on chain, against the delta and the global model they hold.
	if err := c.spec.CheckCommit(h.Checkpoint); err != nil {
		return protocol.UpdateAck{}, err
	}
	c.mu.Lock()
	joinedN := c.members[env.Signer]
	c.mu.Unlock()
	if h.Samples <= 0 || h.Samples > joinedN {
		return protocol.UpdateAck{}, cohort.Errorf(cohort.EInvalid, "update: %d samples, want 1..%d (the samples %s joined with)", h.Samples, joinedN, env.Signer)
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

// handleStatus serves the task's status with one page of its round history: the rounds after
// ?after=R (default 0), at most ?limit=N of them (default and maximum protocol.StatusPage).
func (c *Coordinator) handleStatus(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	var after uint64
	limit := protocol.StatusPage
	var err error
	if v := q.Get("after"); v != "" {
		if after, err = strconv.ParseUint(v, 10, 64); err != nil {
			api.WriteError(w, r, c.log, cohort.Errorf(cohort.EInvalid, "after: want a round number"))
			return
		}
	}
	if v := q.Get("limit"); v != "" {
		if limit, err = strconv.Atoi(v); err != nil || limit < 1 {
			api.WriteError(w, r, c.log, cohort.Errorf(cohort.EInvalid, "limit: want a positive number"))
			return
		}
		limit = min(limit, protocol.StatusPage)
	}
	st, err := c.StatusPage(after, limit)
	if err != nil {
		api.WriteError(w, r, c.log, err)
		return
	}
	api.WriteJSON(w, http.StatusOK, st)
}

// modelRound is GET /v1/model's round: the query's, or without one the latest global model (the
// final one once the task is done).
func (c *Coordinator) modelRound(q string) (uint64, error) {
	if q != "" {
		round, err := strconv.ParseUint(q, 10, 64)
		if err != nil {
			return 0, cohort.Errorf(cohort.EInvalid, "round %q: want a number (or no round for the latest model)", q)
		}
		return round, nil
	}
	st, err := c.st.state()
	if err != nil {
		return 0, err
	}
	if st.State == protocol.StateRunning && st.Round > 0 {
		return st.Round - 1, nil
	}
	return st.Round, nil
}

// handleModel serves GET /v1/model[?round=N]: the global model of round N (0 is the initial model),
// or the latest, as a protocol frame (a JSON header {"round": N} and the parameters as one float32
// tensor; protocol.DecodeFrame reads it). `cohort model export` turns it into a model file.
func (c *Coordinator) handleModel(w http.ResponseWriter, r *http.Request) {
	round, err := c.modelRound(r.URL.Query().Get("round"))
	if err != nil {
		api.WriteError(w, r, c.log, err)
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
