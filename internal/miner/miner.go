package miner

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"runtime"
	"strconv"
	"sync"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/api"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/protocol"
	"github.com/cohort-net/cohort/internal/zk"
)

// InferPath is the miner's inference endpoint.
const InferPath = "/v1/infer"

// Task is the task header of signed inference requests.
const Task = "inference"

// Defaults of Config. MaxInflight defaults to GOMAXPROCS: proofs of small circuits use a core each
// better than gnark's own parallelism inside one proof does.
const (
	DefaultMaxBodyBytes = 256 << 10
	DefaultNonceGuard   = 32768
	// DefaultQueuePerSlot sizes the default queue: this many waiting requests per proving slot.
	DefaultQueuePerSlot = 8
)

// Mode is a miner's behaviour.
type Mode string

// Modes. Only ModeHonest is a real miner; the others exist to test validators.
const (
	ModeHonest      Mode = "honest"
	ModeWrongOutput Mode = "wrong-output" // claims a different class than the one it proved
	ModeReplay      Mode = "replay"       // answers with the proof of its first request
)

// ParseMode checks a mode name ("" is honest).
func ParseMode(s string) (Mode, error) {
	switch Mode(s) {
	case "", ModeHonest:
		return ModeHonest, nil
	case ModeWrongOutput, ModeReplay:
		return Mode(s), nil
	}
	return "", cohort.Errorf(cohort.EInvalid, "miner mode %q: want honest|wrong-output|replay", s)
}

// Prover proves one inference (*zk.Compiled satisfies it).
type Prover interface {
	Prove(pk *zk.ProvingKey, modelID zk.Element, req *zk.Request) (*zk.Statement, []byte, error)
}

// Config configures a Miner.
type Config struct {
	Key        protocol.Signer // the miner's node key: its address is what proofs bind
	ChainID    uint64
	Model      *zk.QModel // the registered model (input checks and, in replay mode, outputs)
	Prover     Prover
	ProvingKey *zk.ProvingKey
	ModelID    zk.Element
	// Validators that may send requests; empty accepts any valid signature (unless Allow is set).
	Validators []cohort.NodeID
	// Allow, when set, decides whether a signer outside Validators may send requests (e.g. a node
	// registered with the validator role on chain); a non-nil error refuses the request.
	Allow        func(ctx context.Context, signer cohort.NodeID) error
	Mode         Mode
	MaxBodyBytes int64 // default DefaultMaxBodyBytes
	NonceGuard   int   // request nonces remembered; default DefaultNonceGuard
	MaxInflight  int   // concurrent proofs; default GOMAXPROCS
	// MaxQueue bounds the requests admitted beyond those proving, waiting for a proving slot; one
	// more is refused from its signed header, before its body is read, with EUnavailable and a
	// Retry-After (BusyError). Default DefaultQueuePerSlot x MaxInflight.
	MaxQueue int
	Log      *slog.Logger
	OnProof  func(time.Duration) // when set, told each successful proof's time (metrics)
}

func (c *Config) validate() error {
	switch {
	case c.Key == nil:
		return fmt.Errorf("miner: no key")
	case c.Model == nil || c.Prover == nil || c.ProvingKey == nil:
		return fmt.Errorf("miner: model, prover and proving key are required")
	}
	if err := c.ModelID.Check("model id"); err != nil {
		return err
	}
	if _, err := ParseMode(string(c.Mode)); err != nil {
		return err
	}
	if c.Mode == "" {
		c.Mode = ModeHonest
	}
	if c.MaxBodyBytes <= 0 {
		c.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if c.MaxBodyBytes > zk.MaxRequestBytes {
		c.MaxBodyBytes = zk.MaxRequestBytes
	}
	if c.NonceGuard <= 0 {
		c.NonceGuard = DefaultNonceGuard
	}
	if c.MaxInflight <= 0 {
		c.MaxInflight = runtime.GOMAXPROCS(0)
	}
	if c.MaxQueue <= 0 {
		c.MaxQueue = DefaultQueuePerSlot * c.MaxInflight
	}
	if c.Log == nil {
		c.Log = slog.New(slog.DiscardHandler)
	}
	return nil
}

// Stats counts a miner's work.
type Stats struct {
	Answered    int     `json:"answered"` // answers sent (in replay mode, most without a new proof)
	Proofs      int     `json:"proofs"`
	Refused     int     `json:"refused"`
	Busy        int     `json:"busy"` // refused because MaxInflight + MaxQueue requests were admitted
	MeanProveMS float64 `json:"mean_prove_ms"`
	Proving     int     `json:"proving"` // proofs running now
	Waiting     int     `json:"waiting"` // admitted requests not yet proving
}

// BusyError refuses a request when the miner has admitted all it may hold (MaxInflight proving,
// MaxQueue waiting). Err is the coded refusal (EUnavailable: 503); RetryAfter is when the requests
// ahead should be done (the miner's recent proving time), which the HTTP answer carries as
// Retry-After and Call returns.
type BusyError struct {
	RetryAfter time.Duration
	Err        error
}

func (e *BusyError) Error() string { return e.Err.Error() }
func (e *BusyError) Unwrap() error { return e.Err }

// retryAfterSeconds is RetryAfter in whole seconds, at least 1, as the Retry-After header takes it.
func (e *BusyError) retryAfterSeconds() int {
	return max(1, int((e.RetryAfter+time.Second-1)/time.Second))
}

// Miner serves inference requests with proofs. It is safe for concurrent use.
type Miner struct {
	cfg     Config
	auth    *protocol.Authenticator
	allowed map[cohort.NodeID]bool
	prover  Prover        // cfg.Prover, through a zk.ProverPool when it is a *zk.Compiled
	tickets chan struct{} // one per admitted request (proving or waiting): MaxInflight + MaxQueue
	slots   chan struct{} // one per running proof: MaxInflight

	mu       sync.Mutex
	nonces   *protocol.Recent[zk.Element]
	first    *zk.Response // replay mode: the proof it keeps answering with
	answered int
	proofs   int
	refused  int
	busy     int
	proveDur time.Duration
	recent   time.Duration // moving average of proof times (Retry-After)
}

// New validates cfg and returns a miner.
func New(cfg Config) (*Miner, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	m := &Miner{
		cfg: cfg,
		auth: &protocol.Authenticator{ChainID: cfg.ChainID, Recover: identity.Recover,
			Guard: protocol.NewReplayGuardQuota(cfg.NonceGuard, cfg.NonceGuard/(len(cfg.Validators)+2))},
		prover:  cfg.Prover,
		tickets: make(chan struct{}, cfg.MaxInflight+cfg.MaxQueue),
		slots:   make(chan struct{}, cfg.MaxInflight),
		nonces:  protocol.NewRecent[zk.Element](cfg.NonceGuard),
	}
	// One compiled circuit and one proving key serve every request: gnark's Groth16 prover only
	// reads them, except for circuits with lookup tables, which get a copy per running proof.
	if c, ok := cfg.Prover.(*zk.Compiled); ok {
		m.prover = zk.NewProverPool(c, cfg.MaxInflight)
	}
	if len(cfg.Validators) > 0 {
		m.allowed = make(map[cohort.NodeID]bool, len(cfg.Validators))
		for _, v := range cfg.Validators {
			m.allowed[v] = true
		}
	}
	return m, nil
}

// ID returns the miner's address, the prover every proof it makes binds.
func (m *Miner) ID() cohort.NodeID { return m.cfg.Key.ID() }

// Mode returns the miner's behaviour.
func (m *Miner) Mode() Mode { return m.cfg.Mode }

// Stats returns the miner's counters.
func (m *Miner) Stats() Stats {
	m.mu.Lock()
	defer m.mu.Unlock()
	s := Stats{Answered: m.answered, Proofs: m.proofs, Refused: m.refused, Busy: m.busy, Proving: len(m.slots)}
	s.Waiting = max(0, len(m.tickets)-s.Proving)
	if m.proofs > 0 {
		s.MeanProveMS = float64(m.proveDur.Microseconds()) / 1000 / float64(m.proofs)
	}
	return s
}

// Handler returns the miner's HTTP API: POST /v1/infer.
func (m *Miner) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST "+InferPath, m.serveInfer)
	return mux
}

func (m *Miner) serveInfer(w http.ResponseWriter, r *http.Request) {
	resp, err := m.infer(r, w)
	if err != nil {
		m.mu.Lock()
		m.refused++
		m.mu.Unlock()
		var busy *BusyError
		if errors.As(err, &busy) {
			w.Header().Set("Retry-After", strconv.Itoa(busy.retryAfterSeconds()))
		}
		api.WriteError(w, r, m.cfg.Log, err)
		return
	}
	api.WriteJSON(w, http.StatusOK, resp)
}

// infer admits a request as the node's other routes do: the signed header first (signer, signature,
// nonce freshness), then a place in the queue, and only then is the body read and the nonce recorded.
// A request refused for want of room has cost a signature check and recorded nothing: the validator
// may send it again.
func (m *Miner) infer(r *http.Request, w http.ResponseWriter) (*zk.Response, error) {
	admit := func(id cohort.NodeID) error {
		switch {
		case m.allowed[id]:
		case m.cfg.Allow != nil:
			return m.cfg.Allow(r.Context(), id)
		case m.allowed != nil:
			return cohort.Errorf(cohort.EForbidden, "signer %s is not a validator of this miner", id)
		}
		return nil
	}
	env, err := m.auth.VerifyHeader(r.Header, r.Method, r.URL.Path, admit)
	if err != nil {
		w.Header().Set("Connection", "close")
		api.RefusedHeader(r, err)
		return nil, err
	}
	if env.Task != Task {
		return nil, cohort.Errorf(cohort.EInvalid, "signed for task %q, want %q", env.Task, Task)
	}
	release, err := m.Admit()
	if err != nil {
		return nil, err
	}
	defer release()
	body, err := api.ReadBody(w, r, m.cfg.MaxBodyBytes)
	if err != nil {
		return nil, err
	}
	if err := m.auth.Accept(env, body); err != nil {
		reason := api.RefuseBadBody
		if cohort.Code(err) == cohort.EConflict {
			reason = api.RefuseReplay
		}
		api.Refused(r, reason)
		return nil, err
	}
	req, err := zk.DecodeRequest(bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	return m.answer(r.Context(), req)
}

// Admit takes a place for one request among the MaxInflight + MaxQueue the miner holds at once, or
// refuses with a *BusyError (EUnavailable) when they are all taken: requests past the bound are
// turned away at once instead of piling up in memory. The caller must call release when the request
// is done.
func (m *Miner) Admit() (release func(), err error) {
	select {
	case m.tickets <- struct{}{}:
		var once sync.Once
		return func() { once.Do(func() { <-m.tickets }) }, nil
	default:
	}
	m.mu.Lock()
	m.busy++
	per := m.recent
	m.mu.Unlock()
	if per == 0 {
		per = time.Second // no proof yet to go by
	}
	// The requests ahead, proved MaxInflight at a time.
	ahead := cap(m.tickets)
	after := time.Duration((ahead+m.cfg.MaxInflight-1)/m.cfg.MaxInflight) * per
	return nil, &BusyError{RetryAfter: after, Err: cohort.Errorf(cohort.EUnavailable,
		"busy: %d requests proving or waiting (%d proving at a time, %d waiting at most): retry after %s",
		ahead, m.cfg.MaxInflight, m.cfg.MaxQueue, after.Round(time.Millisecond))}
}

// Answer checks a decoded request and proves it (or, in a dishonest mode, cheats). It is the
// miner's logic without the transport, admitted as a request is (Admit): when the miner holds all
// the requests it may, it is refused with a *BusyError.
func (m *Miner) Answer(ctx context.Context, req *zk.Request) (*zk.Response, error) {
	release, err := m.Admit()
	if err != nil {
		return nil, err
	}
	defer release()
	return m.answer(ctx, req)
}

// answer is Answer for a request that holds a place (Admit). It waits for a proving slot: at most
// MaxQueue requests wait, since that many places exist beyond the slots.
func (m *Miner) answer(ctx context.Context, req *zk.Request) (*zk.Response, error) {
	if req.ModelID != m.cfg.ModelID {
		return nil, cohort.Errorf(cohort.EInvalid, "request for model %s, this miner serves %s", req.ModelID, m.cfg.ModelID)
	}
	if req.Prover != m.ID() {
		return nil, cohort.Errorf(cohort.EInvalid, "request addressed to miner %s, this is %s", req.Prover, m.ID())
	}
	if err := req.Nonce.Check("nonce"); err != nil {
		return nil, err
	}
	if err := m.cfg.Model.CheckInput(req.Input); err != nil {
		return nil, err
	}
	m.mu.Lock()
	if !m.nonces.Add(req.Nonce) {
		m.mu.Unlock()
		return nil, cohort.Errorf(cohort.EConflict, "request nonce %s already answered", req.Nonce)
	}
	replay := m.first
	m.mu.Unlock()
	if m.cfg.Mode == ModeReplay && replay != nil {
		return m.replay(replay, req)
	}
	select {
	case m.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, cohort.Errorf(cohort.EUnavailable, "busy: %v", ctx.Err())
	}
	start := time.Now()
	st, proof, err := m.prove(req)
	dur := time.Since(start)
	if err != nil {
		return nil, fmt.Errorf("prove: %w", err)
	}
	if m.cfg.OnProof != nil {
		m.cfg.OnProof(dur)
	}
	m.mu.Lock()
	m.answered++
	m.proofs++
	m.proveDur += dur
	if m.recent == 0 {
		m.recent = dur
	} else {
		m.recent += (dur - m.recent) / 8
	}
	if m.first == nil {
		m.first = &zk.Response{Statement: *st, Proof: bytes.Clone(proof)}
	}
	m.mu.Unlock()
	if m.cfg.Mode == ModeWrongOutput {
		st.Outputs = otherClass(st.Outputs)
	}
	return &zk.Response{Statement: *st, Proof: proof}, nil
}

// prove runs the prover in the slot Answer took and releases the slot whatever happens. A panic in the
// prover (a model or key it cannot handle) becomes an error: a bad model never crashes the miner, nor
// leaks a slot.
func (m *Miner) prove(req *zk.Request) (st *zk.Statement, proof []byte, err error) {
	defer func() { <-m.slots }()
	defer func() {
		if p := recover(); p != nil {
			m.cfg.Log.Error("the prover panicked", "err", p)
			st, proof, err = nil, nil, cohort.Errorf(cohort.EInternal, "the prover panicked: %v", p)
		}
	}()
	return m.prover.Prove(m.cfg.ProvingKey, m.cfg.ModelID, req)
}

// replay answers with the first proof, its statement patched to the new request (the cheat a
// proof not bound to its request would let through).
func (m *Miner) replay(first *zk.Response, req *zk.Request) (*zk.Response, error) {
	out, err := m.cfg.Model.Infer(req.Input)
	if err != nil {
		return nil, err
	}
	st := first.Statement
	st.Nonce = req.Nonce
	st.InputCommit = zk.Element(m.cfg.Model.InputCommitment(req.Input, req.Salt))
	st.Outputs = out
	m.mu.Lock()
	m.answered++
	m.mu.Unlock()
	return &zk.Response{Statement: st, Proof: bytes.Clone(first.Proof)}, nil
}

// otherClass changes outputs so that they name another class: a single logit changes sign, else
// the runner-up is lifted above the winner.
func otherClass(out []int64) []int64 {
	o := append([]int64(nil), out...)
	if len(o) == 1 {
		if o[0] > 0 {
			o[0] = -o[0]
		} else {
			o[0] = 1 - o[0]
		}
		return o
	}
	best := zk.Class(o)
	other := (best + 1) % len(o)
	o[other] = o[best] + 1
	return o
}

// Call sends req to the miner at baseURL, signed with s, and decodes the answer (bounded by
// zk.MaxRequestBytes). Refusals come back as coded errors; a miner with no room left answers a
// *BusyError carrying its Retry-After.
func Call(ctx context.Context, hc *http.Client, baseURL string, s protocol.Signer, chainID uint64, round uint64, req *zk.Request) (*zk.Response, error) {
	body, err := json.Marshal(req)
	if err != nil {
		return nil, err
	}
	hr, err := http.NewRequestWithContext(ctx, http.MethodPost, baseURL+InferPath, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	hr.Header.Set("Content-Type", "application/json")
	if err := protocol.Sign(hr.Header, hr.Method, hr.URL.Path, body, s, chainID, Task, round, time.Minute); err != nil {
		return nil, err
	}
	resp, err := hc.Do(hr)
	if err != nil {
		return nil, cohort.Errorf(cohort.EUnavailable, "miner %s: %v", baseURL, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		err := api.DecodeError(resp)
		if s, perr := strconv.Atoi(resp.Header.Get("Retry-After")); perr == nil && s > 0 && resp.StatusCode == http.StatusServiceUnavailable {
			return nil, &BusyError{RetryAfter: time.Duration(s) * time.Second, Err: err}
		}
		return nil, err
	}
	out, err := zk.DecodeResponse(resp.Body)
	if err != nil {
		return nil, err
	}
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<10))
	return out, nil
}
