package fheserve

import (
	"container/list"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"sort"
	"sync"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/api"
	"github.com/cohort-net/cohort/internal/he"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/protocol"
)

// Config bounds the server. Zero fields take the defaults of DefaultConfig.
type Config struct {
	MaxKeyBody      int64         // bytes of one POST /v1/fhe/keys body
	MaxInferBody    int64         // bytes of one POST /v1/fhe/infer body
	MaxKeys         int           // evaluation keys in one session
	MaxSessions     int           // sessions held at once
	MaxSessionBytes int64         // expanded key bytes held over all sessions
	SessionTTL      time.Duration // a session expires this long after its last use
	EvalTimeout     time.Duration // one inference
	MaxConcurrent   int           // inferences evaluated at once
	MaxInflight     int           // requests holding a body in memory at once (others wait, then 503)
	// Requests are signed (protocol.Sign for Task, on ChainID) by a client key; a session belongs to
	// the key that opened it. Clients, when set, are the only keys admitted; AllowClient, when set,
	// decides for other keys (a paying client). With neither, any key is admitted (an open server):
	// each still holds at most MaxClientSessions sessions and MaxClientInflight requests.
	ChainID           uint64
	Clients           []cohort.NodeID
	AllowClient       func(ctx context.Context, client cohort.NodeID) error
	MaxClientSessions int // sessions one client holds; its own least recently used goes first
	MaxClientInflight int // requests of one client holding a body at once (default MaxInflight/4, at least 1)
	// OnEval, when set, is told each encrypted evaluation's time (metrics).
	OnEval func(time.Duration)
}

// Task is what clients sign FHE requests for (protocol.Sign's task).
const Task = "fhe"

// DefaultConfig returns the defaults.
func DefaultConfig() Config {
	return Config{
		MaxKeyBody:        96 << 20,
		MaxInferBody:      96 << 20,
		MaxKeys:           32,
		MaxSessions:       64,
		MaxSessionBytes:   1 << 30,
		SessionTTL:        30 * time.Minute,
		EvalTimeout:       60 * time.Second,
		MaxConcurrent:     2,
		MaxInflight:       8,
		MaxClientSessions: 4,
	}
}

func (c Config) withDefaults() Config {
	d := DefaultConfig()
	if c.MaxKeyBody <= 0 {
		c.MaxKeyBody = d.MaxKeyBody
	}
	if c.MaxInferBody <= 0 {
		c.MaxInferBody = d.MaxInferBody
	}
	if c.MaxKeys <= 0 {
		c.MaxKeys = d.MaxKeys
	}
	if c.MaxSessions <= 0 {
		c.MaxSessions = d.MaxSessions
	}
	if c.MaxSessionBytes <= 0 {
		c.MaxSessionBytes = d.MaxSessionBytes
	}
	if c.SessionTTL <= 0 {
		c.SessionTTL = d.SessionTTL
	}
	if c.EvalTimeout <= 0 {
		c.EvalTimeout = d.EvalTimeout
	}
	if c.MaxConcurrent <= 0 {
		c.MaxConcurrent = d.MaxConcurrent
	}
	if c.MaxInflight <= 0 {
		c.MaxInflight = d.MaxInflight
	}
	if c.MaxClientSessions <= 0 {
		c.MaxClientSessions = d.MaxClientSessions
	}
	if c.MaxClientInflight <= 0 {
		c.MaxClientInflight = max(1, c.MaxInflight/4)
	}
	return c
}

// KeysRequest is the body of POST /v1/fhe/keys. Keys are he evaluation keys in their compressed wire
// form (base64 in JSON).
type KeysRequest struct {
	Profile he.Profile `json:"profile"`
	Keys    [][]byte   `json:"keys"`
}

// KeysResponse answers POST /v1/fhe/keys.
type KeysResponse struct {
	Session   string    `json:"session"`
	Profile   string    `json:"profile"`
	KeyBytes  int       `json:"key_bytes"`
	ExpiresAt time.Time `json:"expires_at"`
}

// InferRequest is the body of POST /v1/fhe/infer. Session may be empty when the model needs no
// evaluation key (feature-major logits).
type InferRequest struct {
	Session     string   `json:"session,omitempty"`
	Model       string   `json:"model"`
	Ciphertexts [][]byte `json:"ciphertexts"`
}

// InferResponse answers POST /v1/fhe/infer.
type InferResponse struct {
	Model       string   `json:"model"`
	Ciphertexts [][]byte `json:"ciphertexts"`
	EvalMS      float64  `json:"eval_ms"`
}

// ModelInfo is one entry of GET /v1/fhe/models.
type ModelInfo struct {
	ID     string    `json:"id"`
	Layout he.Layout `json:"layout"`
	Depth  int       `json:"depth"`
}

// Server serves encrypted inference for a fixed set of models.
type Server struct {
	cfg    Config
	log    *slog.Logger
	models map[string]*he.Model
	params map[he.Profile]he.Params
	sem    chan struct{} // evaluations
	body   chan struct{} // requests holding a body
	mux    *http.ServeMux
	auth   *protocol.Authenticator
	allow  map[cohort.NodeID]bool

	mu       sync.Mutex
	clients  map[cohort.NodeID]*clientSlots // clients with requests in flight or waiting
	owned    map[cohort.NodeID]int          // sessions per client
	sessions map[string]*list.Element
	lru      *list.List // front: most recently used
	bytes    int64
	now      func() time.Time
}

// clientSlots are one client's request slots, and how many of its requests hold or wait for one.
type clientSlots struct {
	ch    chan struct{}
	users int
}

type session struct {
	owner   cohort.NodeID
	id      string
	profile he.Profile
	eval    *he.Evaluator
	bytes   int64
	expires time.Time
}

// New returns a server for models (distinct ids).
func New(cfg Config, log *slog.Logger, models ...*he.Model) (*Server, error) {
	cfg = cfg.withDefaults()
	s := &Server{cfg: cfg, log: log, models: map[string]*he.Model{}, params: map[he.Profile]he.Params{},
		sem: make(chan struct{}, cfg.MaxConcurrent), body: make(chan struct{}, cfg.MaxInflight), sessions: map[string]*list.Element{}, lru: list.New(), now: time.Now,
		clients: map[cohort.NodeID]*clientSlots{}, owned: map[cohort.NodeID]int{}, allow: map[cohort.NodeID]bool{}}
	for _, c := range cfg.Clients {
		s.allow[c] = true
	}
	// Nonces are recorded only for admitted clients, at most 1/8 of the guard each.
	s.auth = &protocol.Authenticator{ChainID: cfg.ChainID, Recover: identity.Recover, Guard: protocol.NewReplayGuardQuota(1<<16, 1<<13)}
	for _, m := range models {
		if _, dup := s.models[m.ID()]; dup {
			return nil, fmt.Errorf("fheserve: duplicate model id %q", m.ID())
		}
		s.models[m.ID()] = m
		s.params[m.Params().Profile()] = m.Params()
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/fhe/models", s.handleModels)
	mux.HandleFunc("POST /v1/fhe/keys", s.handleKeys)
	mux.HandleFunc("POST /v1/fhe/infer", s.handleInfer)
	s.mux = mux
	return s, nil
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) }

// Register adds the FHE routes to an existing mux (for the miner and gateway roles).
func (s *Server) Register(mux *http.ServeMux) {
	mux.Handle("/v1/fhe/", s)
}

func (s *Server) handleModels(w http.ResponseWriter, r *http.Request) {
	out := make([]ModelInfo, 0, len(s.models))
	for _, m := range s.models {
		out = append(out, ModelInfo{ID: m.ID(), Layout: m.Layout(), Depth: m.Depth()})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	api.WriteJSON(w, http.StatusOK, out)
}

// admitClient decides whether a client key may use the server (Config.Clients, AllowClient).
func (s *Server) admitClient(ctx context.Context, id cohort.NodeID) error {
	switch {
	case s.allow[id]:
		return nil
	case s.cfg.AllowClient != nil:
		return s.cfg.AllowClient(ctx, id)
	case len(s.allow) > 0:
		return cohort.Errorf(cohort.EForbidden, "%s is not a client of this server", id)
	}
	return nil
}

// slots waits (at most a few seconds) for one of the client's own slots, then for a server slot to
// hold a request body in memory: a client's excess requests queue behind its own.
func (s *Server) slots(r *http.Request, id cohort.NodeID) (release func(), err error) {
	s.mu.Lock()
	cs := s.clients[id]
	if cs == nil {
		cs = &clientSlots{ch: make(chan struct{}, s.cfg.MaxClientInflight)}
		s.clients[id] = cs
	}
	cs.users++
	s.mu.Unlock()
	leave := func() {
		s.mu.Lock()
		if cs.users--; cs.users == 0 {
			delete(s.clients, id)
		}
		s.mu.Unlock()
	}
	t := time.NewTimer(5 * time.Second)
	defer t.Stop()
	busy := func(what string) (func(), error) {
		leave()
		return nil, cohort.Errorf(cohort.EUnavailable, "server busy: %s", what)
	}
	select {
	case cs.ch <- struct{}{}:
	case <-t.C:
		return busy(fmt.Sprintf("%d of your requests in flight", s.cfg.MaxClientInflight))
	case <-r.Context().Done():
		return busy("request cancelled while waiting")
	}
	select {
	case s.body <- struct{}{}:
		return func() { <-s.body; <-cs.ch; leave() }, nil
	case <-t.C:
		<-cs.ch
		return busy(fmt.Sprintf("%d requests in flight", cap(s.body)))
	case <-r.Context().Done():
		<-cs.ch
		return busy("request cancelled while waiting")
	}
}

// request admits a signed request and reads its JSON body into v: the client is admitted from the
// signed header before it takes a slot or a byte of the body is read, and the nonce is recorded
// once the body matches the signature. It returns the client and the slot's release.
func (s *Server) request(w http.ResponseWriter, r *http.Request, limit int64, v any) (cohort.NodeID, func(), error) {
	env, err := s.auth.VerifyHeader(r.Header, r.Method, r.URL.Path, func(id cohort.NodeID) error {
		return s.admitClient(r.Context(), id)
	})
	if err == nil && env.Task != Task {
		err = cohort.Errorf(cohort.EInvalid, "signed for task %q, want %q", env.Task, Task)
	}
	if err != nil {
		w.Header().Set("Connection", "close")
		api.RefusedHeader(r, err)
		return cohort.NodeID{}, nil, err
	}
	release, err := s.slots(r, env.Signer)
	if err != nil {
		return cohort.NodeID{}, nil, err
	}
	body, err := api.ReadBody(w, r, limit)
	if err == nil {
		err = s.auth.Accept(env, body)
	}
	if err == nil {
		if jerr := json.Unmarshal(body, v); jerr != nil {
			err = cohort.Errorf(cohort.EInvalid, "request body: %v", jerr)
		}
	}
	if err != nil {
		release()
		return cohort.NodeID{}, nil, err
	}
	return env.Signer, release, nil
}

func (s *Server) handleKeys(w http.ResponseWriter, r *http.Request) {
	var req KeysRequest
	client, release, err := s.request(w, r, s.cfg.MaxKeyBody, &req)
	if err != nil {
		api.WriteError(w, r, s.log, err)
		return
	}
	defer release()
	resp, err := s.AddSession(client, req)
	if err != nil {
		api.WriteError(w, r, s.log, err)
		return
	}
	api.WriteJSON(w, http.StatusOK, resp)
}

// AddSession decodes a client's evaluation keys into a new session that only that client can use.
func (s *Server) AddSession(client cohort.NodeID, req KeysRequest) (*KeysResponse, error) {
	p, ok := s.params[req.Profile]
	if !ok {
		return nil, cohort.Errorf(cohort.EInvalid, "profile %q: no served model uses it", req.Profile)
	}
	if len(req.Keys) == 0 {
		return nil, cohort.Errorf(cohort.EInvalid, "no evaluation keys")
	}
	if len(req.Keys) > s.cfg.MaxKeys {
		return nil, cohort.Errorf(cohort.ETooLarge, "%d evaluation keys, at most %d", len(req.Keys), s.cfg.MaxKeys)
	}
	keys := make([]*he.EvalKey, len(req.Keys))
	var total int64
	for i, b := range req.Keys {
		k, err := p.UnmarshalEvalKey(b)
		if err != nil {
			return nil, fmt.Errorf("evaluation key %d: %w", i, err)
		}
		keys[i] = k
		total += 2 * int64(len(b)) // held expanded: the seeded half is regenerated
	}
	if total > s.cfg.MaxSessionBytes {
		return nil, cohort.Errorf(cohort.ETooLarge, "evaluation keys of %d bytes over the store's %d", total, s.cfg.MaxSessionBytes)
	}
	ev, err := he.NewEvaluator(p, keys)
	if err != nil {
		return nil, err
	}
	var idb [16]byte
	if _, err := rand.Read(idb[:]); err != nil {
		return nil, err
	}
	sess := &session{owner: client, id: hex.EncodeToString(idb[:]), profile: req.Profile, eval: ev, bytes: total, expires: s.now().Add(s.cfg.SessionTTL)}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.evictLocked(client, sess.bytes); err != nil {
		return nil, err
	}
	s.sessions[sess.id] = s.lru.PushFront(sess)
	s.bytes += sess.bytes
	s.owned[client]++
	s.log.Info("fhe session opened", "session", sess.id, "profile", req.Profile, "keys", len(keys), "key_bytes", total, "sessions", len(s.sessions))
	return &KeysResponse{Session: sess.id, Profile: string(req.Profile), KeyBytes: int(total), ExpiresAt: sess.expires}, nil
}

// evictLocked makes room for a new session of size bytes for client: it drops expired sessions,
// then the client's own least recently used sessions while the client is at its quota or the store
// is full. It never drops another client's live session: when the store is full of them, the new
// session is refused (EUnavailable).
func (s *Server) evictLocked(client cohort.NodeID, bytes int64) error {
	now := s.now()
	for e := s.lru.Back(); e != nil; {
		prev := e.Prev()
		if sess := e.Value.(*session); now.After(sess.expires) {
			s.dropLocked(e)
		}
		e = prev
	}
	full := func() bool {
		return s.owned[client] >= s.cfg.MaxClientSessions || s.lru.Len() >= s.cfg.MaxSessions || s.bytes+bytes > s.cfg.MaxSessionBytes
	}
	for e := s.lru.Back(); e != nil && full(); {
		prev := e.Prev()
		if e.Value.(*session).owner == client {
			s.dropLocked(e)
		}
		e = prev
	}
	if full() {
		return cohort.Errorf(cohort.EUnavailable, "session store full (%d sessions, %d key bytes held by other clients): try again later", s.lru.Len(), s.bytes)
	}
	return nil
}

func (s *Server) dropLocked(e *list.Element) {
	sess := e.Value.(*session)
	s.lru.Remove(e)
	delete(s.sessions, sess.id)
	s.bytes -= sess.bytes
	if s.owned[sess.owner]--; s.owned[sess.owner] <= 0 {
		delete(s.owned, sess.owner)
	}
}

// Sessions returns the number of sessions held.
func (s *Server) Sessions() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.sessions)
}

func (s *Server) session(client cohort.NodeID, id string) (*session, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, ok := s.sessions[id]
	if !ok || e.Value.(*session).owner != client {
		return nil, cohort.Errorf(cohort.ENotFound, "no FHE session %q (expired or never opened): upload the evaluation keys again", id)
	}
	sess := e.Value.(*session)
	if s.now().After(sess.expires) {
		s.dropLocked(e)
		return nil, cohort.Errorf(cohort.ENotFound, "FHE session %q expired", id)
	}
	sess.expires = s.now().Add(s.cfg.SessionTTL)
	s.lru.MoveToFront(e)
	return sess, nil
}

func (s *Server) handleInfer(w http.ResponseWriter, r *http.Request) {
	var req InferRequest
	client, release, err := s.request(w, r, s.cfg.MaxInferBody, &req)
	if err != nil {
		api.WriteError(w, r, s.log, err)
		return
	}
	defer release()
	resp, err := s.Infer(r.Context(), client, req)
	if err != nil {
		api.WriteError(w, r, s.log, err)
		return
	}
	api.WriteJSON(w, http.StatusOK, resp)
}

// Infer evaluates one request: it checks the model, the session's keys, and every ciphertext's
// parameters and level before evaluating under the concurrency bound and the timeout. A session is
// found only for the client that opened it.
func (s *Server) Infer(ctx context.Context, client cohort.NodeID, req InferRequest) (*InferResponse, error) {
	m, ok := s.models[req.Model]
	if !ok {
		return nil, cohort.Errorf(cohort.ENotFound, "unknown model %q", req.Model)
	}
	l := m.Layout()
	var ev *he.Evaluator
	if req.Session != "" {
		sess, err := s.session(client, req.Session)
		if err != nil {
			return nil, err
		}
		if sess.profile != l.Profile {
			return nil, cohort.Errorf(cohort.EInvalid, "session keys are for profile %s, model %s uses %s", sess.profile, m.ID(), l.Profile)
		}
		ev = sess.eval
	} else {
		if !l.Needs.None() {
			return nil, cohort.Errorf(cohort.EInvalid, "missing evaluation keys: model %s needs a session (POST /v1/fhe/keys)", m.ID())
		}
		var err error
		if ev, err = he.NewEvaluator(m.Params(), nil); err != nil {
			return nil, err
		}
	}
	if err := ev.Check(l.Needs); err != nil {
		return nil, err
	}
	want := l.Features
	if l.Packing == he.RowMajor {
		if len(req.Ciphertexts) < 1 || len(req.Ciphertexts) > 64 {
			return nil, cohort.Errorf(cohort.EInvalid, "%d ciphertexts, want 1..64 for a row-major model", len(req.Ciphertexts))
		}
		want = len(req.Ciphertexts)
	}
	if len(req.Ciphertexts) != want {
		return nil, cohort.Errorf(cohort.EInvalid, "%d ciphertexts, model %s wants %d (one per feature)", len(req.Ciphertexts), m.ID(), want)
	}
	in := make([]*he.Ciphertext, len(req.Ciphertexts))
	for i, b := range req.Ciphertexts {
		c, err := m.Params().UnmarshalCiphertext(b, he.CiphertextLimits{MinLevel: l.Level, MaxLevel: l.Level})
		if err != nil {
			return nil, fmt.Errorf("ciphertext %d: %w", i, err)
		}
		in[i] = c
	}
	ctx, cancel := context.WithTimeout(ctx, s.cfg.EvalTimeout)
	defer cancel()
	select {
	case s.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, cohort.Errorf(cohort.EUnavailable, "server busy: %v", ctx.Err())
	}
	type result struct {
		out []*he.Ciphertext
		err error
		dur time.Duration
	}
	done := make(chan result, 1)
	go func() {
		defer func() { <-s.sem }() // the slot is held until the evaluation really ends
		t0 := time.Now()
		out, err := m.Eval(ev, in)
		done <- result{out, err, time.Since(t0)}
	}()
	var res result
	select {
	case res = <-done:
	case <-ctx.Done():
		return nil, cohort.Errorf(cohort.EUnavailable, "evaluation of model %s timed out after %s", m.ID(), s.cfg.EvalTimeout)
	}
	if res.err != nil {
		return nil, res.err
	}
	if s.cfg.OnEval != nil {
		s.cfg.OnEval(res.dur)
	}
	resp := &InferResponse{Model: m.ID(), EvalMS: float64(res.dur.Microseconds()) / 1000}
	for _, c := range res.out {
		b, err := c.MarshalBinary()
		if err != nil {
			return nil, err
		}
		resp.Ciphertexts = append(resp.Ciphertexts, b)
	}
	return resp, nil
}
