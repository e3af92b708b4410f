package validator

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"sync"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/api"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/miner"
	"github.com/cohort-net/cohort/internal/protocol"
	"github.com/cohort-net/cohort/internal/zk"
)

// Paths of the validator's API.
const (
	ScoresPath  = "/v1/scores"
	RequestPath = "/v1/request"
	// RequestTask is the task a client signs a POST /v1/request for (protocol.Sign's task).
	RequestTask = "inference-request"
)

// Defaults of Config.
const (
	DefaultTimeout      = 30 * time.Second
	DefaultGuardSize    = 32768
	DefaultMaxInflight  = 4
	DefaultMaxBodyBytes = 256 << 10
)

// MinerInfo is a miner the validator queries.
type MinerInfo struct {
	ID  cohort.NodeID
	URL string
}

// Weight is one miner's share of the validator's weights (scores normalized to sum to 1).
type Weight struct {
	Miner cohort.NodeID `json:"miner"`
	Value float64       `json:"value"`
}

// WeightPublisher publishes a validator's weights (on chain, once the chain connector exists).
type WeightPublisher interface {
	PublishWeights(ctx context.Context, round uint64, w []Weight) error
}

// Config configures a Validator.
type Config struct {
	Key     protocol.Signer // signs requests to miners
	ChainID uint64
	Model   *zk.QModel
	VK      *zk.VerifyingKey
	ModelID zk.Element
	Miners  []MinerInfo
	// Inputs is the pool of synthetic inputs (quantized test rows); Round jitters one of them.
	Inputs       [][]int64
	Jitter       int64         // synthetic inputs move each value by up to +-Jitter; default 2
	Timeout      time.Duration // per miner call; default DefaultTimeout
	GuardSize    int           // input hashes remembered; default DefaultGuardSize
	MaxInflight  int           // concurrent forwarded requests; default DefaultMaxInflight
	MaxBodyBytes int64         // body of POST /v1/request; default DefaultMaxBodyBytes
	// Clients may send signed POST /v1/request (protocol.Sign for RequestTask); AllowClient, when set,
	// decides for other signers (a paying client). With neither, the route refuses every request.
	Clients      []cohort.NodeID
	AllowClient  func(ctx context.Context, signer cohort.NodeID) error
	Score        ScoreParams
	Client       *http.Client // default: a client with Timeout
	Publisher    WeightPublisher
	PublishEvery int // rounds between publications; 0: only when Publish is called
	Log          *slog.Logger
}

func (c *Config) validate() error {
	switch {
	case c.Key == nil:
		return fmt.Errorf("validator: no key")
	case c.Model == nil || c.VK == nil:
		return fmt.Errorf("validator: model and verifying key are required")
	case len(c.Miners) == 0:
		return fmt.Errorf("validator: no miners")
	}
	if err := c.ModelID.Check("model id"); err != nil {
		return err
	}
	for _, x := range c.Inputs {
		if err := c.Model.CheckInput(x); err != nil {
			return fmt.Errorf("validator: synthetic input: %w", err)
		}
	}
	if c.Jitter <= 0 {
		c.Jitter = 2
	}
	if c.Timeout <= 0 {
		c.Timeout = DefaultTimeout
	}
	if c.GuardSize <= 0 {
		c.GuardSize = DefaultGuardSize
	}
	if c.MaxInflight <= 0 {
		c.MaxInflight = DefaultMaxInflight
	}
	if c.MaxBodyBytes <= 0 {
		c.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if c.Client == nil {
		c.Client = &http.Client{Timeout: c.Timeout}
	}
	if c.Log == nil {
		c.Log = slog.New(slog.DiscardHandler)
	}
	c.Score = c.Score.withDefaults()
	return nil
}

// MinerScore is one miner's standing, as GET /v1/scores serves it.
type MinerScore struct {
	Address       cohort.NodeID `json:"-"`
	AddressHex    string        `json:"address"`
	URL           string        `json:"url"`
	Score         float64       `json:"score"`
	Valid         int           `json:"valid"`
	Invalid       int           `json:"invalid"` // proofs that failed, wrong statements and missing answers
	Missing       int           `json:"missing"` // of Invalid: no answer (error, refusal or timeout)
	MeanLatencyMS float64       `json:"mean_latency_ms"`
	LastError     string        `json:"last_error,omitempty"`
}

// Scores is the body of GET /v1/scores.
type Scores struct {
	ModelID      zk.Element   `json:"model_id"`
	Rounds       uint64       `json:"rounds"`
	Verified     int          `json:"proofs_verified"`
	Failed       int          `json:"proofs_failed"`
	MeanVerifyMS float64      `json:"mean_verify_ms"`
	Miners       []MinerScore `json:"miners"`
}

// Answer is one miner's answer in a round, after checking.
type Answer struct {
	Miner    cohort.NodeID
	Valid    bool
	Missing  bool   // no answer at all
	Reason   string // why it was refused
	Latency  time.Duration
	Verify   time.Duration
	Response *zk.Response
}

// RoundReport is what one round did.
type RoundReport struct {
	Round   uint64
	Input   []int64
	Answers []Answer
}

type minerState struct {
	info     MinerInfo
	score    float64
	valid    int
	invalid  int
	missing  int
	latency  time.Duration // sum over valid answers
	lastErr  string
	inflight bool
}

// Validator queries, checks and scores miners. It is safe for concurrent use.
type Validator struct {
	cfg     Config
	slots   chan struct{}
	auth    *protocol.Authenticator
	clients map[cohort.NodeID]bool
	perCli  int // forwarded requests one client may have in flight

	mu        sync.Mutex
	inflight  map[cohort.NodeID]int // forwarded requests in flight per client
	guard     *protocol.Recent[[32]byte]
	rng       *rand.Rand
	round     uint64
	miners    []*minerState
	verified  int
	failed    int
	verifyDur time.Duration
}

// New validates cfg and returns a validator; every miner starts with score 0.
func New(cfg Config) (*Validator, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	v := &Validator{cfg: cfg, slots: make(chan struct{}, cfg.MaxInflight), guard: protocol.NewRecent[[32]byte](cfg.GuardSize),
		rng: rand.New(rand.NewPCG(rand.Uint64(), rand.Uint64())), inflight: make(map[cohort.NodeID]int),
		perCli: max(1, cfg.MaxInflight/2), clients: make(map[cohort.NodeID]bool, len(cfg.Clients))}
	for _, c := range cfg.Clients {
		v.clients[c] = true
	}
	v.auth = &protocol.Authenticator{ChainID: cfg.ChainID, Recover: identity.Recover,
		Guard: protocol.NewReplayGuardQuota(cfg.GuardSize, max(64, cfg.GuardSize/(len(cfg.Clients)+4)))}
	for _, m := range cfg.Miners {
		v.miners = append(v.miners, &minerState{info: m})
	}
	return v, nil
}

// ID returns the validator's address.
func (v *Validator) ID() cohort.NodeID { return v.cfg.Key.ID() }

// InputHash is the hash the guard keeps of an input.
func InputHash(x []int64) [32]byte {
	b := make([]byte, 0, 8*len(x))
	for _, e := range x {
		b = binary.BigEndian.AppendUint64(b, uint64(e))
	}
	return sha256.Sum256(b)
}

// synthetic draws a jittered test row that the guard has not seen.
func (v *Validator) synthetic() ([]int64, error) {
	if len(v.cfg.Inputs) == 0 {
		return nil, cohort.Errorf(cohort.EInvalid, "validator has no synthetic inputs")
	}
	lim := int64(1) << (v.cfg.Model.InBits - 1)
	v.mu.Lock()
	defer v.mu.Unlock()
	for range 64 {
		row := v.cfg.Inputs[v.rng.IntN(len(v.cfg.Inputs))]
		x := make([]int64, len(row))
		for i, e := range row {
			e += v.rng.Int64N(2*v.cfg.Jitter+1) - v.cfg.Jitter
			x[i] = min(max(e, -lim), lim-1)
		}
		if !v.guard.Has(InputHash(x)) {
			return x, nil
		}
	}
	return nil, cohort.Errorf(cohort.EUnavailable, "no fresh synthetic input after 64 draws")
}

// Round sends one synthetic request to every miner, checks the answers and updates the scores.
func (v *Validator) Round(ctx context.Context) (*RoundReport, error) {
	x, err := v.synthetic()
	if err != nil {
		return nil, err
	}
	return v.Query(ctx, x)
}

// Query sends input x to every miner concurrently (a fresh nonce each), checks every answer,
// updates the scores and returns the round. An input seen before is refused (EConflict) before
// anything is sent.
func (v *Validator) Query(ctx context.Context, x []int64) (*RoundReport, error) {
	if err := v.cfg.Model.CheckInput(x); err != nil {
		return nil, err
	}
	v.mu.Lock()
	if !v.guard.Add(InputHash(x)) {
		v.mu.Unlock()
		return nil, cohort.Errorf(cohort.EConflict, "input seen before (hash guard of the last %d inputs)", v.cfg.GuardSize)
	}
	v.round++
	round := v.round
	v.mu.Unlock()

	// The input's salt: drawn here, sent to each miner with the input, never published.
	salt := zk.NewSalt()
	commit := zk.Element(v.cfg.Model.InputCommitment(x, salt))
	answers := make([]Answer, len(v.cfg.Miners))
	var wg sync.WaitGroup
	for i, m := range v.cfg.Miners {
		wg.Add(1)
		go func() {
			defer wg.Done()
			answers[i] = v.ask(ctx, round, m, x, salt, commit)
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		// Cancelled (shutdown): the miners are not to blame for answers cut short.
		return nil, err
	}
	v.record(ctx, round, answers)
	return &RoundReport{Round: round, Input: x, Answers: answers}, nil
}

func (v *Validator) ask(ctx context.Context, round uint64, m MinerInfo, x []int64, salt, commit zk.Element) Answer {
	req := &zk.Request{ModelID: v.cfg.ModelID, Nonce: zk.NewNonce(), Prover: m.ID, Input: x, Salt: salt}
	cctx, cancel := context.WithTimeout(ctx, v.cfg.Timeout)
	defer cancel()
	start := time.Now()
	resp, err := miner.Call(cctx, v.cfg.Client, m.URL, v.cfg.Key, v.cfg.ChainID, round, req)
	a := Answer{Miner: m.ID, Latency: time.Since(start), Response: resp}
	if err != nil {
		a.Missing = true
		a.Reason = fmt.Sprintf("no answer: %v", err)
		return a
	}
	vs := time.Now()
	err = v.Check(req, commit, resp)
	a.Verify = time.Since(vs)
	if err != nil {
		a.Reason = err.Error()
		return a
	}
	a.Valid = true
	return a
}

// Check checks a miner's answer to req: the statement must be the one requested and the proof must
// verify. commit is the input's salted commitment (zk.QModel.InputCommitment with req.Salt). Errors are cohort.EInvalid
// and say which check failed.
func (v *Validator) Check(req *zk.Request, commit zk.Element, resp *zk.Response) error {
	st := &resp.Statement
	bad := func(f string, a ...any) error { return cohort.Errorf(cohort.EInvalid, f, a...) }
	switch {
	case st.ModelID != req.ModelID:
		return bad("statement for model %s, requested %s", st.ModelID, req.ModelID)
	case st.Nonce != req.Nonce:
		return bad("statement for nonce %s, requested %s (a replayed proof?)", st.Nonce, req.Nonce)
	case st.Prover != req.Prover:
		return bad("statement names prover %s, the request went to %s (a proof of another miner?)", st.Prover, req.Prover)
	case st.InputCommit != commit:
		return bad("statement commits to another input")
	case len(st.Outputs) != v.cfg.Model.Outputs():
		return bad("statement has %d outputs, the model %d", len(st.Outputs), v.cfg.Model.Outputs())
	case st.OutputBits != v.cfg.Model.OutputBits():
		return bad("statement packs %d-bit outputs, the model's are %d bits", st.OutputBits, v.cfg.Model.OutputBits())
	}
	if err := zk.Verify(v.cfg.VK, st, resp.Proof); err != nil {
		if cohort.Code(err) == cohort.EInternal {
			return bad("proof: %v", err)
		}
		return err
	}
	return nil
}

func (v *Validator) record(ctx context.Context, round uint64, answers []Answer) {
	v.mu.Lock()
	scores := make([]float64, len(v.miners))
	outcomes := make([]Outcome, len(v.miners))
	for i, m := range v.miners {
		scores[i] = m.score
		outcomes[i] = Outcome{Valid: answers[i].Valid, Latency: answers[i].Latency}
	}
	next := Update(scores, outcomes, v.cfg.Score)
	for i, m := range v.miners {
		a := answers[i]
		m.score = next[i]
		switch {
		case a.Valid:
			m.valid++
			m.latency += a.Latency
			v.verified++
		default:
			m.invalid++
			m.lastErr = a.Reason
			if a.Missing {
				m.missing++
			} else {
				v.failed++
			}
		}
		if !a.Missing {
			v.verifyDur += a.Verify
		}
		if !a.Valid {
			v.cfg.Log.Warn("miner answer refused", "round", round, "miner", a.Miner, "reason", a.Reason)
		}
	}
	publish := v.cfg.Publisher != nil && v.cfg.PublishEvery > 0 && round%uint64(v.cfg.PublishEvery) == 0
	v.mu.Unlock()
	if publish {
		if err := v.Publish(ctx); err != nil {
			v.cfg.Log.Warn("publish weights", "round", round, "err", err)
		}
	}
}

// Scores returns every miner's standing.
func (v *Validator) Scores() Scores {
	v.mu.Lock()
	defer v.mu.Unlock()
	s := Scores{ModelID: v.cfg.ModelID, Rounds: v.round, Verified: v.verified, Failed: v.failed}
	if n := v.verified + v.failed; n > 0 {
		s.MeanVerifyMS = float64(v.verifyDur.Microseconds()) / 1000 / float64(n)
	}
	for _, m := range v.miners {
		ms := MinerScore{Address: m.info.ID, AddressHex: m.info.ID.String(), URL: m.info.URL, Score: m.score,
			Valid: m.valid, Invalid: m.invalid, Missing: m.missing, LastError: m.lastErr}
		if m.valid > 0 {
			ms.MeanLatencyMS = float64(m.latency.Microseconds()) / 1000 / float64(m.valid)
		}
		s.Miners = append(s.Miners, ms)
	}
	return s
}

// Weights returns the scores normalized to sum to 1 (all zero when every score is zero).
func (v *Validator) Weights() []Weight {
	s := v.Scores()
	var sum float64
	for _, m := range s.Miners {
		sum += m.Score
	}
	w := make([]Weight, len(s.Miners))
	for i, m := range s.Miners {
		w[i] = Weight{Miner: m.Address, Value: 0}
		if sum > 0 {
			w[i].Value = m.Score / sum
		}
	}
	return w
}

// Publish hands the current weights to the configured WeightPublisher.
func (v *Validator) Publish(ctx context.Context) error {
	if v.cfg.Publisher == nil {
		return cohort.Errorf(cohort.EUnavailable, "no weight publisher configured")
	}
	v.mu.Lock()
	round := v.round
	v.mu.Unlock()
	return v.cfg.Publisher.PublishWeights(ctx, round, v.Weights())
}

// Run runs rounds rounds (0: until ctx ends), one every interval, and returns the first error that
// is not a cancellation.
func (v *Validator) Run(ctx context.Context, rounds int, interval time.Duration) error {
	for i := 0; rounds <= 0 || i < rounds; i++ {
		if i > 0 && interval > 0 {
			select {
			case <-ctx.Done():
				return nil
			case <-time.After(interval):
			}
		}
		if _, err := v.Round(ctx); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
	}
	return nil
}

// ForwardRequest is the body of POST /v1/request: a quantized input, or float features that the
// validator quantizes to the model's input format.
type ForwardRequest struct {
	Input    []int64   `json:"input,omitempty"`
	Features []float64 `json:"features,omitempty"`
}

// ForwardResponse answers a forwarded request with a verified miner's output and proof.
type ForwardResponse struct {
	Miner     string       `json:"miner"`
	Class     int          `json:"class"`
	Outputs   []int64      `json:"outputs"`
	Statement zk.Statement `json:"statement"`
	Proof     zk.HexBytes  `json:"proof"`
	Verified  int          `json:"miners_verified"`
	Asked     int          `json:"miners_asked"`
}

// admitClient lets an allow-listed client, or one AllowClient admits, send requests.
func (v *Validator) admitClient(ctx context.Context, id cohort.NodeID) error {
	switch {
	case v.clients[id]:
		return nil
	case v.cfg.AllowClient != nil:
		return v.cfg.AllowClient(ctx, id)
	}
	return cohort.Errorf(cohort.EForbidden, "%s is not a client of this validator", id)
}

// takeSlot reserves one of the forwarding slots for client id, at most perCli of them per client.
func (v *Validator) takeSlot(id cohort.NodeID) (release func(), err error) {
	v.mu.Lock()
	if v.inflight[id] >= v.perCli {
		v.mu.Unlock()
		return nil, cohort.Errorf(cohort.EUnavailable, "busy: %d of your requests in flight", v.perCli)
	}
	select {
	case v.slots <- struct{}{}:
	default:
		v.mu.Unlock()
		return nil, cohort.Errorf(cohort.EUnavailable, "busy: %d requests in flight", v.cfg.MaxInflight)
	}
	v.inflight[id]++
	v.mu.Unlock()
	return func() {
		v.mu.Lock()
		if v.inflight[id]--; v.inflight[id] <= 0 {
			delete(v.inflight, id)
		}
		v.mu.Unlock()
		<-v.slots
	}, nil
}

// DecodeForwardRequest reads a POST /v1/request body and turns it into a checked quantized input.
func DecodeForwardRequest(b []byte, q *zk.QModel) ([]int64, error) {
	var fr ForwardRequest
	if err := json.Unmarshal(b, &fr); err != nil {
		return nil, cohort.Errorf(cohort.EInvalid, "request: %v", err)
	}
	var x []int64
	switch {
	case len(fr.Input) > 0 && len(fr.Features) > 0:
		return nil, cohort.Errorf(cohort.EInvalid, "request: give input or features, not both")
	case len(fr.Input) > 0:
		x = fr.Input
	case len(fr.Features) > 0:
		if len(fr.Features) != q.Inputs() {
			return nil, cohort.Errorf(cohort.EInvalid, "request: %d features, the model takes %d", len(fr.Features), q.Inputs())
		}
		x = q.QuantizeInput(fr.Features)
	default:
		return nil, cohort.Errorf(cohort.EInvalid, "request: no input")
	}
	if err := q.CheckInput(x); err != nil {
		return nil, err
	}
	return x, nil
}

// Handler returns the validator's HTTP API: GET /v1/scores and POST /v1/request.
func (v *Validator) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+ScoresPath, func(w http.ResponseWriter, _ *http.Request) {
		api.WriteJSON(w, http.StatusOK, v.Scores())
	})
	mux.HandleFunc("POST "+RequestPath, func(w http.ResponseWriter, r *http.Request) {
		resp, err := v.forward(w, r)
		if err != nil {
			api.WriteError(w, r, v.cfg.Log, err)
			return
		}
		api.WriteJSON(w, http.StatusOK, resp)
	})
	return mux
}

// forward serves one client request. The client is admitted from its signed header (an allow-listed
// or paying client) before it takes a slot, its body is read or its nonce recorded, and no client
// holds more than half the slots: strangers cannot crowd out clients, nor drive the validator's rounds.
func (v *Validator) forward(w http.ResponseWriter, r *http.Request) (*ForwardResponse, error) {
	env, err := v.auth.VerifyHeader(r.Header, r.Method, r.URL.Path, func(id cohort.NodeID) error {
		return v.admitClient(r.Context(), id)
	})
	if err != nil {
		w.Header().Set("Connection", "close")
		api.RefusedHeader(r, err)
		return nil, err
	}
	if env.Task != RequestTask {
		return nil, cohort.Errorf(cohort.EInvalid, "signed for task %q, want %q", env.Task, RequestTask)
	}
	release, err := v.takeSlot(env.Signer)
	if err != nil {
		return nil, err
	}
	defer release()
	body, err := api.ReadBody(w, r, v.cfg.MaxBodyBytes)
	if err != nil {
		return nil, err
	}
	if err := v.auth.Accept(env, body); err != nil {
		return nil, err
	}
	x, err := DecodeForwardRequest(body, v.cfg.Model)
	if err != nil {
		return nil, err
	}
	// A client that hangs up must not make the miners look absent: the round runs to its own timeout.
	rep, err := v.Query(context.WithoutCancel(r.Context()), x)
	if err != nil {
		return nil, err
	}
	out := &ForwardResponse{Asked: len(rep.Answers)}
	for _, a := range rep.Answers {
		if !a.Valid {
			continue
		}
		if out.Verified == 0 {
			st := a.Response.Statement
			out.Miner, out.Outputs, out.Statement, out.Proof = a.Miner.String(), st.Outputs, st, a.Response.Proof
			out.Class = zk.Class(st.Outputs)
		}
		out.Verified++
	}
	if out.Verified == 0 {
		return nil, cohort.Errorf(cohort.EUnavailable, "no miner returned a valid proof for this request")
	}
	return out, nil
}
