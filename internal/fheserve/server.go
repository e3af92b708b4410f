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
}

// DefaultConfig returns the defaults.
func DefaultConfig() Config {
	return Config{
		MaxKeyBody:      96 << 20,
		MaxInferBody:    96 << 20,
		MaxKeys:         32,
		MaxSessions:     64,
		MaxSessionBytes: 1 << 30,
		SessionTTL:      30 * time.Minute,
		EvalTimeout:     60 * time.Second,
		MaxConcurrent:   2,
		MaxInflight:     8,
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

	mu       sync.Mutex
	sessions map[string]*list.Element
	lru      *list.List // front: most recently used
	bytes    int64
	now      func() time.Time
}

type session struct {
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
		sem: make(chan struct{}, cfg.MaxConcurrent), body: make(chan struct{}, cfg.MaxInflight), sessions: map[string]*list.Element{}, lru: list.New(), now: time.Now}
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

// admit waits (at most a few seconds) for a slot to hold a request body in memory.
func (s *Server) admit(r *http.Request) (release func(), err error) {
	t := time.NewTimer(5 * time.Second)
	defer t.Stop()
	select {
	case s.body <- struct{}{}:
		return func() { <-s.body }, nil
	case <-t.C:
		return nil, cohort.Errorf(cohort.EUnavailable, "server busy: %d requests in flight", cap(s.body))
	case <-r.Context().Done():
		return nil, cohort.Errorf(cohort.EUnavailable, "request cancelled while waiting")
	}
}

func decodeJSON(w http.ResponseWriter, r *http.Request, limit int64, v any) error {
	body, err := api.ReadBody(w, r, limit)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(body, v); err != nil {
		return cohort.Errorf(cohort.EInvalid, "request body: %v", err)
	}
	return nil
}

func (s *Server) handleKeys(w http.ResponseWriter, r *http.Request) {
	release, err := s.admit(r)
	if err != nil {
		api.WriteError(w, r, s.log, err)
		return
	}
	defer release()
	var req KeysRequest
	if err := decodeJSON(w, r, s.cfg.MaxKeyBody, &req); err != nil {
		api.WriteError(w, r, s.log, err)
		return
	}
	resp, err := s.AddSession(req)
	if err != nil {
		api.WriteError(w, r, s.log, err)
		return
	}
	api.WriteJSON(w, http.StatusOK, resp)
}

// AddSession decodes a client's evaluation keys into a new session.
func (s *Server) AddSession(req KeysRequest) (*KeysResponse, error) {
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
	sess := &session{id: hex.EncodeToString(idb[:]), profile: req.Profile, eval: ev, bytes: total, expires: s.now().Add(s.cfg.SessionTTL)}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.evictLocked(sess.bytes)
	s.sessions[sess.id] = s.lru.PushFront(sess)
	s.bytes += sess.bytes
	s.log.Info("fhe session opened", "session", sess.id, "profile", req.Profile, "keys", len(keys), "key_bytes", total, "sessions", len(s.sessions))
	return &KeysResponse{Session: sess.id, Profile: string(req.Profile), KeyBytes: int(total), ExpiresAt: sess.expires}, nil
}

// evictLocked drops expired sessions, then least recently used ones until a new session of size
// bytes fits.
func (s *Server) evictLocked(bytes int64) {
	now := s.now()
	for e := s.lru.Back(); e != nil; {
		prev := e.Prev()
		if sess := e.Value.(*session); now.After(sess.expires) {
			s.dropLocked(e)
		}
		e = prev
	}
	for s.lru.Len() > 0 && (s.lru.Len() >= s.cfg.MaxSessions || s.bytes+bytes > s.cfg.MaxSessionBytes) {
		s.dropLocked(s.lru.Back())
	}
}

func (s *Server) dropLocked(e *list.Element) {
	sess := e.Value.(*session)
	s.lru.Remove(e)
	delete(s.sessions, sess.id)
	s.bytes -= sess.bytes
}

// Sessions returns the number of sessions held.
func (s *Server) Sessions() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.sessions)
}

func (s *Server) session(id string) (*session, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, ok := s.sessions[id]
	if !ok {
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
	release, err := s.admit(r)
	if err != nil {
		api.WriteError(w, r, s.log, err)
		return
	}
	defer release()
	var req InferRequest
	if err := decodeJSON(w, r, s.cfg.MaxInferBody, &req); err != nil {
		api.WriteError(w, r, s.log, err)
		return
	}
	resp, err := s.Infer(r.Context(), req)
	if err != nil {
		api.WriteError(w, r, s.log, err)
		return
	}
	api.WriteJSON(w, http.StatusOK, resp)
}

// Infer evaluates one request: it checks the model, the session's keys, and every ciphertext's
// parameters and level before evaluating under the concurrency bound and the timeout.
func (s *Server) Infer(ctx context.Context, req InferRequest) (*InferResponse, error) {
	m, ok := s.models[req.Model]
	if !ok {
		return nil, cohort.Errorf(cohort.ENotFound, "unknown model %q", req.Model)
	}
	l := m.Layout()
	var ev *he.Evaluator
	if req.Session != "" {
		sess, err := s.session(req.Session)
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
