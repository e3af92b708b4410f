package gateway

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"log/slog"
	"math"
	"net"
	"net/http"
	"slices"
	"strconv"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/client"
	"github.com/cohort-net/cohort/internal/api"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/modelfile"
)

// Defaults of Config's limits.
const (
	DefaultMaxBodyBytes = 1 << 20
	DefaultMaxBatch     = 256
	DefaultRate         = 500  // requests per second from one remote address
	DefaultBurst        = 1000 // requests one address may send at once
	maxLimiters         = 4096 // remote addresses tracked at once; past it the table starts afresh
)

// Prover runs a proven inference of one row of raw features (the node forwards it to a validator of
// the inference subnet). It returns the verified proof.
type Prover interface {
	Prove(ctx context.Context, features []float64) (*client.Proof, error)
}

// Config configures a gateway's inference API.
type Config struct {
	Models       []*modelfile.File // served models, under File.Name()
	MaxBodyBytes int64             // per request (default DefaultMaxBodyBytes)
	MaxBatch     int               // rows per request (default DefaultMaxBatch)
	Rate         float64           // requests per second per remote address (default DefaultRate)
	Burst        int               // default DefaultBurst
	// Proven, when set, serves mode "proven": the request's row goes to the inference subnet.
	Proven Prover
	// EncryptedURL, when set, is the FHE server that serves encrypted inference: a request in mode
	// "encrypted" is answered 501 naming it (the client encrypts to its own key and calls it).
	EncryptedURL string
	// OnInfer, when set, is told each inference request's mode, outcome and time (metrics).
	OnInfer func(mode string, ok bool, d time.Duration)
	Log     *slog.Logger
}

// served is a loaded model: parsed once, used by every request.
type served struct {
	file *modelfile.File
	fl   *fl.Model
	doc  []byte // the model file as served by GET /v1/models/{name}
	info client.ModelInfo
}

// Server serves the inference API. Make it with New.
type Server struct {
	cfg    Config
	log    *slog.Logger
	models map[string]*served
	names  []string
	only   *served // the model a request without a name gets, when there is one

	mu       sync.Mutex
	limiters map[string]*rate.Limiter

	bufs sync.Pool // *answer: encoded answers
	rows sync.Pool // *[]float64 for standardized inputs
	reqs sync.Pool // *client.InferRequest: decoding into a used one reuses its rows' capacity
}

// answer is a pooled encoder and its buffer.
type answer struct {
	buf bytes.Buffer
	enc *json.Encoder
}

// New loads the models and checks the configuration.
func New(cfg Config) (*Server, error) {
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if cfg.MaxBatch <= 0 {
		cfg.MaxBatch = DefaultMaxBatch
	}
	if cfg.Rate <= 0 {
		cfg.Rate = DefaultRate
	}
	if cfg.Burst <= 0 {
		cfg.Burst = DefaultBurst
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if len(cfg.Models) == 0 {
		return nil, cohort.Errorf(cohort.EInvalid, "gateway: no model to serve (gateway.models)")
	}
	s := &Server{cfg: cfg, log: cfg.Log, models: map[string]*served{}, limiters: map[string]*rate.Limiter{}}
	for _, f := range cfg.Models {
		if err := f.Check(); err != nil {
			return nil, err
		}
		doc, err := modelfile.Encode(f)
		if err != nil {
			return nil, err
		}
		name := f.Name()
		if _, dup := s.models[name]; dup {
			return nil, cohort.Errorf(cohort.EInvalid, "gateway: model %s listed twice", name)
		}
		sv := &served{file: f, fl: f.FL(), doc: doc, info: client.ModelInfo{Name: name, Digest: f.Digest(), Kind: f.Model.Kind,
			Inputs: f.Model.Inputs, Classes: f.Classes, Features: f.Features, Label: f.Label, Modes: s.modes(),
			TaskID: f.Provenance.TaskID, Dataset: f.Provenance.Dataset, Accuracy: f.Provenance.Accuracy}}
		s.models[name] = sv
		s.names = append(s.names, name)
	}
	slices.Sort(s.names)
	if len(s.models) == 1 {
		s.only = s.models[s.names[0]]
	}
	s.bufs.New = func() any {
		a := new(answer)
		a.enc = json.NewEncoder(&a.buf)
		return a
	}
	s.rows.New = func() any { return new([]float64) }
	s.reqs.New = func() any { return new(client.InferRequest) }
	return s, nil
}

// modes lists the modes this gateway serves.
func (s *Server) modes() []string {
	m := []string{client.ModePlain}
	if s.cfg.Proven != nil {
		m = append(m, client.ModeProven)
	}
	return m
}

// Route is one route the gateway serves: Handler registers exactly these, and the OpenAPI document
// must describe exactly these (and the node-wide routes).
type Route struct{ Method, Path string }

// Routes are the gateway's routes, in OpenAPI path syntax.
var Routes = []Route{
	{http.MethodPost, client.PathInfer},
	{http.MethodGet, client.PathModels},
	{http.MethodGet, client.PathModels + "/{name}"},
	{http.MethodGet, client.PathOpenAPI},
}

//go:embed openapi.json
var openAPI []byte

// OpenAPI returns the embedded OpenAPI 3 document.
func OpenAPI() []byte { return bytes.Clone(openAPI) }

// Handler serves Routes.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	h := map[string]http.HandlerFunc{
		client.PathInfer:              s.handleInfer,
		client.PathModels:             s.handleModels,
		client.PathModels + "/{name}": s.handleModel,
		client.PathOpenAPI: func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			w.Write(openAPI)
		},
	}
	for _, r := range Routes {
		mux.HandleFunc(r.Method+" "+r.Path, h[r.Path])
	}
	return mux
}

func (s *Server) handleModels(w http.ResponseWriter, r *http.Request) {
	l := client.ModelList{Models: make([]client.ModelInfo, 0, len(s.names))}
	for _, n := range s.names {
		l.Models = append(l.Models, s.models[n].info)
	}
	api.WriteJSON(w, http.StatusOK, l)
}

func (s *Server) handleModel(w http.ResponseWriter, r *http.Request) {
	m, ok := s.models[r.PathValue("name")]
	if !ok {
		api.WriteError(w, r, s.log, cohort.Errorf(cohort.ENotFound, "no model %q here (GET %s lists them)", r.PathValue("name"), client.PathModels))
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(m.doc)
}

// allow takes a token from the remote address's bucket.
func (s *Server) allow(r *http.Request) bool {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	s.mu.Lock()
	l, ok := s.limiters[host]
	if !ok {
		if len(s.limiters) >= maxLimiters {
			clear(s.limiters)
		}
		l = rate.NewLimiter(rate.Limit(s.cfg.Rate), s.cfg.Burst)
		s.limiters[host] = l
	}
	s.mu.Unlock()
	return l.Allow()
}

func (s *Server) handleInfer(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	mode, err := s.infer(w, r)
	if s.cfg.OnInfer != nil {
		s.cfg.OnInfer(mode, err == nil, time.Since(start))
	}
	if err != nil {
		api.WriteError(w, r, s.log, err)
	}
}

// infer answers one request; an error is written by the caller. mode is the request's mode once
// known ("unknown" before).
func (s *Server) infer(w http.ResponseWriter, r *http.Request) (mode string, err error) {
	mode = "unknown"
	if !s.allow(r) {
		api.Refused(r, api.RefuseRate)
		return mode, cohort.Errorf(cohort.ERateLimited, "over %g requests per second from your address", s.cfg.Rate)
	}
	body, err := api.ReadBody(w, r, s.cfg.MaxBodyBytes)
	if err != nil {
		return mode, err
	}
	req := s.reqs.Get().(*client.InferRequest)
	defer func() {
		if cap(req.Inputs) <= s.cfg.MaxBatch {
			s.reqs.Put(req)
		}
	}()
	req.Model, req.Mode, req.Inputs = "", "", req.Inputs[:0]
	if err := json.Unmarshal(body, req); err != nil {
		return mode, cohort.Errorf(cohort.EInvalid, "request body: %v", err)
	}
	switch req.Mode {
	case "", client.ModePlain:
		mode = client.ModePlain
	case client.ModeProven, client.ModeEncrypted:
		mode = req.Mode
	default:
		return mode, cohort.Errorf(cohort.EInvalid, "mode %q: want plain, proven or encrypted", req.Mode)
	}
	m, err := s.model(req.Model)
	if err != nil {
		return mode, err
	}
	if err := s.checkRows(m, req.Inputs); err != nil {
		return mode, err
	}
	var res *client.InferResponse
	switch mode {
	case client.ModePlain:
		if res = s.plain(m, req.Inputs); !finite(res) {
			return mode, cohort.Errorf(cohort.EInvalid, "inputs: the model's output overflows for these values (out of the range it was trained on)")
		}
	case client.ModeProven:
		if res, err = s.proven(r.Context(), m, req.Inputs); err != nil {
			return mode, err
		}
	case client.ModeEncrypted:
		if s.cfg.EncryptedURL == "" {
			return mode, cohort.Errorf(cohort.ENotImplemented, "encrypted mode is not configured on this gateway (no FHE server: gateway.fhe_url)")
		}
		return mode, cohort.Errorf(cohort.ENotImplemented, "encrypted mode: encrypt to your own key and call the FHE server at %s (cohort fhe infer --url %s); this gateway does not hold your keys", s.cfg.EncryptedURL, s.cfg.EncryptedURL)
	}
	return mode, s.write(w, res)
}

func (s *Server) model(name string) (*served, error) {
	if name == "" {
		if s.only == nil {
			return nil, cohort.Errorf(cohort.EInvalid, "model: this gateway serves %d models; name one (GET %s)", len(s.names), client.PathModels)
		}
		return s.only, nil
	}
	m, ok := s.models[name]
	if !ok {
		return nil, cohort.Errorf(cohort.ENotFound, "no model %q here (GET %s lists them)", name, client.PathModels)
	}
	return m, nil
}

func (s *Server) checkRows(m *served, rows [][]float64) error {
	if len(rows) == 0 || len(rows) > s.cfg.MaxBatch {
		return cohort.Errorf(cohort.EInvalid, "inputs: %d rows, want 1 to %d", len(rows), s.cfg.MaxBatch)
	}
	d := m.file.Model.Inputs
	for i, row := range rows {
		if len(row) != d {
			return cohort.Errorf(cohort.EInvalid, "inputs[%d]: %d values, the model takes %d", i, len(row), d)
		}
		for j, v := range row {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return cohort.Errorf(cohort.EInvalid, "inputs[%d][%d]: not a finite number", i, j)
			}
		}
	}
	return nil
}

// plain runs the model on the rows: standardized into a pooled buffer, then fl.Model.Predict.
func (s *Server) plain(m *served, rows [][]float64) *client.InferResponse {
	d, c := m.file.Model.Inputs, m.file.Model.Classes
	xp := s.rows.Get().(*[]float64)
	x := slices.Grow((*xp)[:0], len(rows)*d)[:len(rows)*d]
	for i, row := range rows {
		dst := x[i*d : (i+1)*d]
		copy(dst, row)
		if sc := m.file.Scaler; sc != nil {
			for j := range dst {
				dst[j] = (row[j] - sc.Mean[j]) / sc.Std[j]
			}
		}
	}
	proba := m.fl.Predict(x, len(rows))
	*xp = x
	s.rows.Put(xp)
	res := &client.InferResponse{Model: m.info.Name, Mode: client.ModePlain, Outputs: make([]client.Output, len(rows))}
	for i := range rows {
		p := proba[i*c : (i+1)*c : (i+1)*c]
		k := fl.Class(p)
		res.Outputs[i] = client.Output{Class: k, Label: m.file.Classes[k], Probabilities: p}
	}
	return res
}

// proven forwards one row to the inference subnet.
func (s *Server) proven(ctx context.Context, m *served, rows [][]float64) (*client.InferResponse, error) {
	if s.cfg.Proven == nil {
		return nil, cohort.Errorf(cohort.ENotImplemented, "proven mode is not configured on this gateway (no inference validator: gateway.proven_url)")
	}
	if len(rows) != 1 {
		return nil, cohort.Errorf(cohort.EInvalid, "proven mode takes one input row, got %d", len(rows))
	}
	x := slices.Clone(rows[0]) // the circuit takes the model's inputs: standardized like plain mode's
	if sc := m.file.Scaler; sc != nil {
		for j := range x {
			x[j] = (x[j] - sc.Mean[j]) / sc.Std[j]
		}
	}
	p, err := s.cfg.Proven.Prove(ctx, x)
	if err != nil {
		return nil, err
	}
	k := min(max(p.Class, 0), len(m.file.Classes)-1)
	return &client.InferResponse{Model: m.info.Name, Mode: client.ModeProven,
		Outputs: []client.Output{{Class: p.Class, Label: m.file.Classes[k]}}, Proof: p}, nil
}

// finite reports whether every probability of res is a number (JSON has no NaN or infinity).
func finite(res *client.InferResponse) bool {
	for _, o := range res.Outputs {
		for _, p := range o.Probabilities {
			if math.IsNaN(p) || math.IsInf(p, 0) {
				return false
			}
		}
	}
	return true
}

// write encodes res into a pooled buffer and sends it.
func (s *Server) write(w http.ResponseWriter, res *client.InferResponse) error {
	a := s.bufs.Get().(*answer)
	a.buf.Reset()
	if err := a.enc.Encode(res); err != nil {
		return fmt.Errorf("encode the answer: %w", err)
	}
	h := w.Header()
	h["Content-Type"] = contentJSON
	h["Content-Length"] = []string{strconv.Itoa(a.buf.Len())}
	w.WriteHeader(http.StatusOK)
	w.Write(a.buf.Bytes())
	if a.buf.Cap() <= 1<<20 {
		s.bufs.Put(a)
	}
	return nil
}

var contentJSON = []string{"application/json"}

// Models lists the served models, as GET /v1/models does.
func (s *Server) Models() []client.ModelInfo {
	out := make([]client.ModelInfo, 0, len(s.names))
	for _, n := range s.names {
		out = append(out, s.models[n].info)
	}
	return out
}
