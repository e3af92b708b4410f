package node

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/api"
	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/miner"
	"github.com/cohort-net/cohort/internal/zk"
)

// Paths of a miner node's API beside miner.InferPath.
const (
	ModelPath       = "/v1/model"        // GET: the model the miner serves (ModelInfo)
	OracleInputPath = "/v1/oracle/input" // POST: a requester delivers an oracle request's input (OracleInput)
)

// maxOracleInputs bounds the oracle inputs a miner holds while their requests wait to be proven.
const maxOracleInputs = 4096

// ModelInfo is the body of GET /v1/model: what a requester needs to quantize and commit its input.
type ModelInfo struct {
	ModelID zk.Element `json:"model_id"`
	Scheme  zk.Scheme  `json:"scheme"`
	Inputs  int        `json:"inputs"`
	Outputs int        `json:"outputs"`
	Model   *zk.QModel `json:"model"`
	Oracle  bool       `json:"oracle"` // the miner fulfils InferenceOracle requests
}

// OracleInput is the body of POST /v1/oracle/input: the quantized input of an oracle request, whose
// commitment the request carries on chain.
type OracleInput struct {
	RequestID uint64     `json:"request_id"`
	Input     []int64    `json:"input"`
	Salt      zk.Element `json:"salt"` // the requester's salt of the input commitment (zk.NewSalt)
}

// minerRole serves proven inference of one model (POST /v1/infer, as the inference subnet's
// validators call it) and fulfils the InferenceOracle's requests for that model: a requester posts a
// request on chain with the input's commitment and delivers the input to the miner; once the request
// event is confirmed and the input matches the commitment, the miner proves with the request's nonce
// and its own address and sends fulfil with its own key (the oracle's verifier checks the proof and
// pays the fee).
type minerRole struct {
	s      *system
	reg    *miner.Registered
	m      *miner.Miner
	oracle bool

	mu      sync.Mutex
	ctx     context.Context // the runner's, once it started
	inputs  map[uint64]oracleInput
	pending map[uint64]chain.OracleRequest // confirmed request events for this model
	started map[uint64]bool
	allowed map[cohort.NodeID]time.Time // signers found registered as validators, until when
}

// oracleInput is a delivered input, kept until its request's deadline.
type oracleInput struct {
	x        []int64
	salt     zk.Element
	deadline time.Time
}

func newMinerRole(s *system) (*minerRole, error) {
	mc := s.cfg.Miner
	reg, _, err := loadModelKeys(mc.Keys, mc.Model, true, s.conn.IsDevChain(), s.log)
	if err != nil {
		return nil, err
	}
	var vals []cohort.NodeID
	for _, v := range mc.Validators {
		id, err := cohort.ParseNodeID(v)
		if err != nil {
			return nil, cohort.Errorf(cohort.EInvalid, "miner.validators: %v", err)
		}
		vals = append(vals, id)
	}
	r := &minerRole{s: s, reg: reg, oracle: boolOr(mc.Oracle, true), inputs: map[uint64]oracleInput{},
		pending: map[uint64]chain.OracleRequest{}, started: map[uint64]bool{}, allowed: map[cohort.NodeID]time.Time{}}
	cfg := miner.Config{Key: s.key, ChainID: s.dep.ChainID, Model: reg.Model, Prover: reg.Circuit, ProvingKey: reg.PK,
		ModelID: reg.ModelID, Validators: vals, MaxInflight: mc.MaxInflight, MaxQueue: mc.MaxQueue, Log: s.log.With("role", RoleMiner), OnProof: s.metrics.ProveTime}
	if len(vals) == 0 {
		cfg.Allow = r.registeredValidator
	}
	if r.m, err = miner.New(cfg); err != nil {
		return nil, err
	}
	s.log.Info("miner model loaded", "model_id", reg.ModelID, "constraints", reg.Circuit.Constraints(), "keys", mc.Keys,
		"shared_circuit", reg.Circuit.Concurrent())
	return r, nil
}

// registeredValidator lets a signer send requests when the registry lists it, unfrozen, with the
// validator role (a positive answer is cached for a minute).
func (r *minerRole) registeredValidator(ctx context.Context, id cohort.NodeID) error {
	r.mu.Lock()
	until, ok := r.allowed[id]
	r.mu.Unlock()
	if ok && time.Now().Before(until) {
		return nil
	}
	n, err := r.s.conn.Node(ctx, chain.Addr(id))
	if err != nil {
		return cohort.Errorf(cohort.EUnavailable, "check signer %s on chain: %v", id, err)
	}
	if !n.Registered || n.Frozen || !slices.Contains(n.Roles, cohort.RoleValidator) {
		return cohort.Errorf(cohort.EForbidden, "signer %s is not a registered validator", id)
	}
	r.mu.Lock()
	if len(r.allowed) >= maxOracleInputs {
		clear(r.allowed)
	}
	r.allowed[id] = time.Now().Add(time.Minute)
	r.mu.Unlock()
	return nil
}

func (r *minerRole) name() string { return RoleMiner }

func (r *minerRole) chainRoles() []cohort.Role { return []cohort.Role{cohort.RoleMiner} }

func (r *minerRole) handle(context.Context, chain.MarketEvent) error { return nil }

func (r *minerRole) routes(mux *http.ServeMux) {
	mux.Handle("POST "+miner.InferPath, r.m.Handler())
	mux.HandleFunc("GET "+ModelPath, func(w http.ResponseWriter, _ *http.Request) {
		mi := ModelInfo{ModelID: r.reg.ModelID, Scheme: r.reg.Circuit.Scheme, Inputs: r.reg.Model.Inputs(),
			Outputs: r.reg.Model.Outputs(), Model: r.reg.Model, Oracle: r.oracle}
		if r.reg.Circuit.Private {
			mi.Model = nil // private weights stay with the miners
		}
		api.WriteJSON(w, http.StatusOK, mi)
	})
	if r.oracle {
		mux.HandleFunc("POST "+OracleInputPath, r.serveInput)
	}
}

// serveInput takes an oracle request's input: it must belong to a pending request for this model
// that this miner may answer, and match the request's input commitment.
func (r *minerRole) serveInput(w http.ResponseWriter, req *http.Request) {
	var in OracleInput
	err := func() error {
		// Anyone may post an input (the paying client is the on-chain request it names, checked
		// below), so the body is bounded to what one input of this model can take: a request id and
		// at most 21 bytes of JSON per value.
		body, err := api.ReadBody(w, req, min(miner.DefaultMaxBodyBytes, int64(256+21*r.reg.Model.Inputs())))
		if err != nil {
			return err
		}
		if err := json.Unmarshal(body, &in); err != nil {
			return cohort.Errorf(cohort.EInvalid, "oracle input: %v", err)
		}
		if err := r.reg.Model.CheckInput(in.Input); err != nil {
			return err
		}
		q, err := r.s.conn.OracleRequestInfo(req.Context(), in.RequestID)
		if err != nil {
			return err
		}
		me := r.s.key.ID()
		switch {
		case q.Status != chain.RequestPending:
			return cohort.Errorf(cohort.EConflict, "request %d is %s", in.RequestID, q.Status)
		case zk.Element(q.ModelID) != r.reg.ModelID:
			return cohort.Errorf(cohort.EInvalid, "request %d is for model %s, this miner serves %s", in.RequestID, zk.Element(q.ModelID), r.reg.ModelID)
		case cohort.NodeID(q.Prover) != (cohort.NodeID{}) && cohort.NodeID(q.Prover) != me:
			return cohort.Errorf(cohort.EForbidden, "request %d is reserved for miner %s", in.RequestID, cohort.NodeID(q.Prover))
		case in.Salt == (zk.Element{}):
			return cohort.Errorf(cohort.EInvalid, "oracle input: no salt (format %d commitments are salted: an older client?)", zk.CommitFormat)
		case zk.Element(q.InputCommit) != zk.Element(r.reg.Model.InputCommitment(in.Input, in.Salt)):
			return cohort.Errorf(cohort.EInvalid, "request %d: the input does not match the request's commitment", in.RequestID)
		}
		r.mu.Lock()
		if len(r.inputs) >= maxOracleInputs {
			r.mu.Unlock()
			return cohort.Errorf(cohort.EUnavailable, "busy: %d oracle inputs waiting", maxOracleInputs)
		}
		r.inputs[in.RequestID] = oracleInput{x: in.Input, salt: in.Salt, deadline: q.Deadline}
		r.mu.Unlock()
		r.s.log.Info("oracle input received", "request", in.RequestID)
		r.maybeStart(in.RequestID)
		return nil
	}()
	if err != nil {
		api.WriteError(w, req, r.s.log, err)
		return
	}
	api.WriteJSON(w, http.StatusAccepted, map[string]any{"request_id": in.RequestID, "status": "accepted"})
}

// run watches the oracle's confirmed request events for this model.
func (r *minerRole) run(ctx context.Context) error {
	if !r.oracle {
		return nil
	}
	ow, err := r.s.conn.WatchOracleRequests(r.s.dep.Block, r.s.cfg.Chain.Confirmations)
	if err != nil {
		r.s.log.Warn("miner: not fulfilling oracle requests", "err", err)
		return nil
	}
	r.mu.Lock()
	r.ctx = ctx
	r.mu.Unlock()
	poll := r.s.cfg.Chain.Poll.D()
	if poll <= 0 {
		poll = time.Second
	}
	r.s.log.Info("watching the inference oracle", "model_id", r.reg.ModelID, "from_block", r.s.dep.Block)
	for {
		_, err := ow.Poll(ctx, func(ev chain.OracleRequest) error {
			r.onRequest(ev)
			return nil
		})
		r.prune(time.Now())
		if err != nil && ctx.Err() == nil {
			r.s.log.Warn("oracle watcher: retrying", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(poll):
		}
	}
}

// prune forgets requests and inputs whose deadline has passed.
func (r *minerRole) prune(now time.Time) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for id, ev := range r.pending {
		if now.After(ev.Deadline) && !r.started[id] {
			delete(r.pending, id)
		}
	}
	for id, in := range r.inputs {
		if now.After(in.deadline) && !r.started[id] {
			delete(r.inputs, id)
		}
	}
}

func (r *minerRole) onRequest(ev chain.OracleRequest) {
	if zk.Element(ev.ModelID) != r.reg.ModelID || (ev.Prover != (cohort.NodeID{}) && ev.Prover != r.s.key.ID()) {
		return
	}
	if !ev.Removed && time.Now().After(ev.Deadline) {
		return // expired (an old event replayed after a restart)
	}
	r.mu.Lock()
	if ev.Removed {
		delete(r.pending, ev.ID)
		r.mu.Unlock()
		return
	}
	r.pending[ev.ID] = ev
	r.mu.Unlock()
	r.maybeStart(ev.ID)
}

// maybeStart proves and fulfils request id once its event is confirmed and its input delivered.
func (r *minerRole) maybeStart(id uint64) {
	r.mu.Lock()
	ev, confirmed := r.pending[id]
	in, have := r.inputs[id]
	ctx := r.ctx
	if !confirmed || !have || r.started[id] || ctx == nil {
		r.mu.Unlock()
		return
	}
	r.started[id] = true
	r.mu.Unlock()
	go func() {
		err := r.fulfil(ctx, ev, in.x, in.salt)
		r.mu.Lock()
		delete(r.inputs, id)
		delete(r.pending, id)
		delete(r.started, id) // a fulfilled request is no longer pending: a later delivery is refused
		r.mu.Unlock()
		switch {
		case err == nil:
		case cohort.Code(err) == cohort.EConflict:
			r.s.log.Info("oracle request answered already", "request", id, "reason", err)
		default:
			r.s.log.Warn("oracle request not fulfilled", "request", id, "err", err)
		}
	}()
}

func (r *minerRole) fulfil(ctx context.Context, ev chain.OracleRequest, input []int64, salt zk.Element) error {
	if now, err := r.s.conn.HeadTime(ctx); err == nil && now.After(ev.Deadline) {
		return cohort.Errorf(cohort.EConflict, "request %d expired at %s", ev.ID, ev.Deadline.Format(time.RFC3339))
	}
	start := time.Now()
	resp, err := r.answerWhenFree(ctx, ev.Deadline, &zk.Request{ModelID: r.reg.ModelID, Nonce: zk.Element(ev.Nonce), Prover: r.s.key.ID(), Input: input, Salt: salt})
	if err != nil {
		return err
	}
	proof, err := zk.SolidityProof(r.reg.Circuit.Scheme, resp.Proof)
	if err != nil {
		return err
	}
	st := resp.Statement
	tx, err := r.s.conn.FulfilInference(ctx, r.s.acct, ev.ID, chain.OracleProof{ModelID: st.ModelID, Nonce: st.Nonce,
		InputCommit: st.InputCommit, Prover: st.Prover, Outputs: st.Outputs, Proof: proof})
	if err != nil {
		if chain.IsRevert(err) {
			return cohort.Errorf(cohort.EConflict, "fulfil refused by the oracle: %v", err)
		}
		return err
	}
	r.s.log.Info("oracle request fulfilled", "request", ev.ID, "outputs", st.Outputs, "class", zk.Class(st.Outputs),
		"prove_ms", time.Since(start).Milliseconds(), "fee", chain.FormatTokens(ev.Fee), "tx", tx)
	return nil
}

// answerWhenFree proves an oracle request, waiting while the miner is busy with as many requests as
// it may hold (the validators' and other oracle requests): a paid request waits its turn, until its
// deadline, rather than fail.
func (r *minerRole) answerWhenFree(ctx context.Context, deadline time.Time, req *zk.Request) (*zk.Response, error) {
	for {
		resp, err := r.m.Answer(ctx, req)
		var busy *miner.BusyError
		if !errors.As(err, &busy) {
			return resp, err
		}
		wait := min(busy.RetryAfter, time.Until(deadline))
		if wait <= 0 {
			return nil, err
		}
		select {
		case <-ctx.Done():
			return nil, err
		case <-time.After(wait):
		}
	}
}

// loadModelKeys reads a model's key directory (with the proving key when withPK). With a built-in
// model named and no keys in dir, on a dev chain it makes them with a single-party setup (no
// Pedersen commitment: the cheaper Solidity verifier) and saves them there, so that the network's
// other nodes and `cohort infer register-model` use the same. It also returns the built-in model's
// test rows, quantized (nil without one).
func loadModelKeys(dir, builtin string, withPK, devChain bool, log *slog.Logger) (*miner.Registered, [][]int64, error) {
	var rows [][]int64
	if builtin != "" {
		im, err := loadInferenceModel(InferenceOptions{Model: builtin})
		if err != nil {
			return nil, nil, err
		}
		rows = im.inputs
		if _, err := os.Stat(filepath.Join(dir, zk.CircuitFileName)); errors.Is(err, os.ErrNotExist) {
			if !devChain {
				return nil, nil, cohort.Errorf(cohort.EInvalid, "no keys in %s: make them with `cohort zk setup` or a ceremony (nodes make dev keys on dev chains only)", dir)
			}
			if err := makeDevKeys(dir, im.q, log); err != nil {
				return nil, nil, err
			}
		}
	}
	reg, err := miner.LoadRegistered(dir, withPK)
	if err != nil {
		return nil, nil, err
	}
	return reg, rows, nil
}

func makeDevKeys(dir string, q *zk.QModel, log *slog.Logger) error {
	c, err := zk.Compile(q, false, zk.Groth16)
	if err != nil {
		return err
	}
	pk, vk, err := c.Setup()
	if err != nil {
		return err
	}
	id, err := c.ModelID(vk)
	if err != nil {
		return err
	}
	log.Warn("made dev keys with a single-party setup: whoever ran it can forge proofs", "dir", dir, "model_id", id)
	return zk.SaveKeys(dir, zk.CircuitFileOf(c, id), pk, vk)
}
