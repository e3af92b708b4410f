// Package coordinator runs a federated training task: it admits trainers, picks each round's
// participants, sends them the global model, accepts their signed updates durably, closes each round at
// quorum or at its deadline, aggregates with the task's strategy and evaluates the new model.
//
// Admission comes before work: a join is admitted from its signed header when the chain selected its
// signer (Config.Participants, with the endpoints registered on chain, which are the only ones train
// requests go to) or, off chain without a list, while the task has room; every other signed route
// admits only trainers that joined. Nobody else gets a body read or a nonce recorded. Joins are checked
// against the task spec (protocol.TaskSpec.CheckJoin: feature count, bounded and consistent sample
// counts and statistics), an update may not claim more samples than its trainer joined with, and off
// chain a joiner may only name an endpoint on its own address. GET /v1/status is paged.
//
// A task that names a schema (protocol.TaskSpec.Schema) is joined with table statistics, checked
// against the schema; when every trainer has joined the coordinator fits the encoding from their
// merge and the scaler of the encoded features (dataset.EncodedStats), stores both with the initial
// model, and sends the encoding with every train request. A column no trainer has a value in fails
// the task, naming the column.
//
// A task that verifies training (protocol.TaskSpec.Verify) refuses updates without a checkpoint
// commitment and spot-checks each update at round close before aggregating (verify.go).
//
// All state lives in a bbolt file in the data directory and every acknowledged write is fsynced, so a
// coordinator killed at any point resumes the task where it stood when started again on the same
// directory: no acknowledged update is lost, none is applied twice, and update submission is idempotent.
package coordinator

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/failpoint"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/protocol"
)

// Config is everything a coordinator needs. Spec, DataDir, Key and Recover are required.
type Config struct {
	Spec    protocol.TaskSpec
	DataDir string
	Key     protocol.Signer
	Recover protocol.Recoverer
	// Eval is an optional evaluation set in raw feature space (the coordinator standardizes it with
	// the task's federated scaler). Without it rounds report no accuracy.
	Eval *dataset.Dataset
	// EvalTable is the evaluation set of a schema task, read through its schema and not yet encoded:
	// the coordinator encodes it with the task's encoding once fitted (instead of Eval).
	EvalTable *dataset.Table
	// Validation is the set automatic rounds (Spec.Stop) watch, in raw feature space: rows kept out of
	// the trainers' training data and of Eval. Required with Spec.Stop.
	Validation *dataset.Dataset
	// ValidationTable is a schema task's validation set, read through its schema and not yet encoded:
	// the coordinator encodes it with the task's encoding once fitted (instead of Validation).
	ValidationTable *dataset.Table
	Client          *http.Client // nil: a client with sane timeouts
	Log             *slog.Logger // nil: discard
	Limits          protocol.Limits
	OnRound         func(protocol.RoundSummary) // optional progress callback, called after each round is durable
	// MaxRoundAttempts is how many deadlines a round may miss its minimum before the task fails (default 3).
	MaxRoundAttempts int
	// Participants, when set, are the only trainers admitted (the nodes the chain selected), each with
	// the endpoint registered for it on chain: a request that claims any other signer is refused
	// before its body is read, and train requests go to the registered endpoint, never to one a joiner
	// names.
	Participants map[cohort.NodeID]string
	// JoinTimeout, when set, starts the task that long after Run began with the trainers that joined
	// by then, if they are at least the spec's minimum participants (a selected node that never shows
	// up does not stall the task). Zero waits for Spec.Trainers joins.
	JoinTimeout time.Duration
}

// Coordinator is one task's coordinator. Make it with New, serve Handler, and call Run.
type Coordinator struct {
	cfg     Config
	spec    *protocol.TaskSpec
	st      *store
	auth    *protocol.Authenticator
	client  *http.Client
	log     *slog.Logger
	wake    chan struct{}
	joinedC chan struct{}

	mu         sync.Mutex
	session    *secureSession        // the open SecAgg+ session, if any
	thrSession *thresholdSession     // the open threshold-HE session, if any
	members    map[cohort.NodeID]int // the trainers that joined, with the samples they joined with
	scaler     *dataset.Scaler
	encoding   *dataset.Encoding // a schema task's, fixed at start
	model      fl.ModelSpec      // the task's model; an open width (protocol.TaskSpec.OpenWidth) is fixed by the encoding
	evalStd    *dataset.Dataset
	valStd     *dataset.Dataset // the validation set, standardized (automatic rounds)
	strategy   fl.Strategy
	final      []float64
	privRounds int // the rounds the task runs: its privacy budget may stop it early
}

// New opens (or resumes) the task's store in cfg.DataDir.
func New(cfg Config) (*Coordinator, error) {
	spec := cfg.Spec
	spec.Coordinator = cfg.Key.ID()
	if err := spec.Validate(); err != nil {
		return nil, fmt.Errorf("task spec: %w", err)
	}
	privRounds, err := spec.PrivacyRounds()
	if err != nil {
		return nil, fmt.Errorf("task spec: %w", err)
	}
	if spec.Stop != nil && cfg.Validation == nil && (cfg.ValidationTable == nil || spec.Schema == nil) {
		return nil, cohort.Errorf(cohort.EInvalid, "task spec: automatic rounds need a validation set at the coordinator")
	}
	if cfg.Limits == (protocol.Limits{}) {
		cfg.Limits = protocol.DefaultLimits
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.MaxRoundAttempts <= 0 {
		cfg.MaxRoundAttempts = 3
	}
	client := cfg.Client
	if client == nil {
		client = &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 4, IdleConnTimeout: time.Minute}}
	}
	st, err := openStore(cfg.DataDir)
	if err != nil {
		return nil, err
	}
	if err := st.initSpec(&spec); err != nil {
		st.close()
		return nil, err
	}
	c := &Coordinator{
		cfg: cfg, spec: &spec, st: st, client: client,
		log:        cfg.Log.With("role", "coordinator", "task", spec.ID),
		auth:       &protocol.Authenticator{ChainID: spec.ChainID, Recover: cfg.Recover, Guard: protocol.NewReplayGuardQuota(guardSize, guardSize/(spec.Trainers+1))},
		model:      spec.Model,
		wake:       make(chan struct{}, 1),
		joinedC:    make(chan struct{}, 1),
		privRounds: privRounds,
	}
	ts, err := st.trainers()
	if err != nil {
		st.close()
		return nil, err
	}
	c.members = make(map[cohort.NodeID]int, len(ts))
	for _, j := range ts {
		c.members[j.ID] = j.Header.Samples
	}
	return c, nil
}

// guardSize is how many nonces a coordinator remembers; each trainer gets an equal share, so no
// trainer can take another's (only the task's trainers reach the guard at all).
const guardSize = 1 << 16

// smallStage bounds a SecAgg+ stage message other than the masked input (keys, shares, signatures).
const smallStage = 1 << 20

// Spec returns the task as published (with the coordinator's address filled in).
func (c *Coordinator) Spec() protocol.TaskSpec {
	s := *c.spec
	s.Model = c.modelSpec()
	return s
}

// modelSpec returns the task's model: the spec's, with an open width fixed by the task's encoding
// once the task has started (Inputs 0 before).
func (c *Coordinator) modelSpec() fl.ModelSpec {
	c.mu.Lock()
	m := c.model
	c.mu.Unlock()
	if m.Inputs > 0 || !c.spec.OpenWidth() {
		return m
	}
	raw, err := c.st.encoding() // a finished task reopened: its encoding is in the store
	if err != nil || raw == nil {
		return m
	}
	var enc dataset.Encoding
	if json.Unmarshal(raw, &enc) == nil {
		m.Inputs = enc.Width()
	}
	return m
}

// numParams is the number of the model's parameters (an open width's once the task started).
func (c *Coordinator) numParams() int {
	m := c.modelSpec()
	if m.Inputs == 0 {
		return 0
	}
	return m.NumParams()
}

// Close releases the store. Call it after Run has returned.
func (c *Coordinator) Close() error { return c.st.close() }

// Run drives the task to its end: it waits for trainers, then runs rounds until the last one closes.
// It returns nil when the task is done, an error when it failed, and ctx.Err() when stopped early;
// stopping early loses nothing, and a new coordinator on the same data directory resumes.
func (c *Coordinator) Run(ctx context.Context) error {
	for {
		st, err := c.st.state()
		if err != nil {
			return fmt.Errorf("read state: %w", err)
		}
		switch st.State {
		case protocol.StateJoining:
			if err := c.waitForTrainers(ctx); err != nil {
				return err
			}
		case protocol.StateRunning:
			if err := c.loadRuntime(); err != nil {
				return err
			}
			if err := c.runRound(ctx, st.Round); err != nil {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				return err
			}
		case protocol.StateDone:
			return c.loadRuntime()
		case protocol.StateFailed:
			return cohort.Errorf(cohort.EConflict, "task %s failed: %s", c.spec.ID, st.Error)
		default:
			return fmt.Errorf("unknown task state %q", st.State)
		}
	}
}

func (c *Coordinator) waitForTrainers(ctx context.Context) error {
	var deadline <-chan time.Time
	if c.cfg.JoinTimeout > 0 {
		t := time.NewTimer(c.cfg.JoinTimeout)
		defer t.Stop()
		deadline = t.C
	}
	late := false
	for {
		ts, err := c.st.trainers()
		if err != nil {
			return err
		}
		if len(ts) >= c.spec.Trainers || (late && len(ts) >= c.spec.MinParticipants) {
			return c.start(ts)
		}
		c.log.Info("waiting for trainers", "joined", len(ts), "need", c.spec.Trainers)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-c.joinedC:
		case <-deadline:
			late, deadline = true, nil
			c.log.Warn("join deadline passed", "joined", len(ts), "selected", c.spec.Trainers, "min", c.spec.MinParticipants)
		case <-time.After(5 * time.Second):
		}
	}
}

// start fixes the scaler from the trainers' merged statistics and the initial model (and, for a
// schema task, the encoding first: see fitEncoding).
func (c *Coordinator) start(ts []joined) error {
	scaler := encodeScaler(nil)
	var rawEnc []byte
	model := c.spec.Model
	if c.spec.Schema != nil {
		enc, fs, err := c.fitEncoding(ts)
		if err != nil {
			reason := fmt.Sprintf("fit the encoding from %d trainers' statistics: %v", len(ts), err)
			if ferr := c.st.fail(reason); ferr != nil {
				return ferr
			}
			return cohort.Errorf(cohort.Code(err), "%s", reason)
		}
		if rawEnc, err = json.Marshal(enc); err != nil {
			return fmt.Errorf("encoding: %w", err)
		}
		model.Inputs = enc.Width() // checked by fitEncoding
		if c.spec.Standardize {
			scaler = encodeScaler(fs.Scaler())
		}
	} else if c.spec.Standardize {
		parts := make([]dataset.FeatureStats, len(ts))
		for i, j := range ts {
			parts[i] = dataset.FeatureStats{N: j.Header.Samples, Sum: j.Sum, SumSq: j.SumSq}
		}
		scaler = encodeScaler(dataset.MergeStats(parts...).Scaler())
	}
	m, err := fl.InitialModel(model, c.spec.Seed)
	if err != nil {
		return fmt.Errorf("initial model: %w", err)
	}
	strat, err := fl.NewStrategy(c.spec.Strategy)
	if err != nil {
		return err
	}
	state, err := marshalStrategy(strat)
	if err != nil {
		return err
	}
	c.log.Info("task starting", "trainers", len(ts), "params", len(m.Params))
	return c.st.start(scaler, m.Params, state, rawEnc)
}

// fitEncoding merges the trainers' table statistics (each checked against the schema at join),
// fits the task's encoding on them and returns it with the feature statistics of the encoded rows,
// computed exactly from the same statistics (dataset.EncodedStats): the scaler is fitted on encoded
// features without a second exchange. A column no trainer has a value in is an error naming it.
func (c *Coordinator) fitEncoding(ts []joined) (*dataset.Encoding, dataset.FeatureStats, error) {
	_, layout, err := c.spec.Layout()
	if err != nil {
		return nil, dataset.FeatureStats{}, err
	}
	parts := make([]dataset.TableStats, 0, len(ts))
	for _, j := range ts {
		if j.Header.Table == nil {
			return nil, dataset.FeatureStats{}, cohort.Errorf(cohort.EInvalid, "trainer %s joined without table statistics", j.ID)
		}
		parts = append(parts, *j.Header.Table)
	}
	merged, err := dataset.MergeTableStats(parts...)
	if err != nil {
		return nil, dataset.FeatureStats{}, err
	}
	if c.spec.OpenWidth() { // open one-hot columns: the union of the trainers' categories
		k := c.spec.UnionMinTrainers(len(parts))
		var dropped map[string]int
		if layout, dropped, err = dataset.UnionCategories(layout, parts, k, protocol.MaxUnionCategories); err != nil {
			return nil, dataset.FeatureStats{}, err
		}
		for col, n := range dropped {
			c.log.Info("union of categories: left out categories fewer trainers hold (or past the cap); their rows are encoded all-zero",
				"column", col, "categories", n, "min_trainers", k, "cap", protocol.MaxUnionCategories)
		}
	}
	enc, err := dataset.FitEncoding(layout, merged)
	if err != nil {
		return nil, dataset.FeatureStats{}, err
	}
	if _, err := c.spec.WithWidth(enc.Width()); err != nil {
		return nil, dataset.FeatureStats{}, err
	}
	fs, err := dataset.EncodedStats(enc, merged)
	return enc, fs, err
}

// loadRuntime restores what Run needs in memory from the store (after start or a restart).
func (c *Coordinator) loadRuntime() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.strategy != nil {
		return nil
	}
	rawScaler, rawStrategy, err := c.st.scalerAndStrategy()
	if err != nil {
		return err
	}
	if c.scaler, err = decodeScaler(rawScaler); err != nil {
		return fmt.Errorf("stored scaler: %w", err)
	}
	strat, err := fl.NewStrategy(c.spec.Strategy)
	if err != nil {
		return err
	}
	if u, ok := strat.(interface{ UnmarshalBinary([]byte) error }); ok && len(rawStrategy) > 0 {
		if err := u.UnmarshalBinary(rawStrategy); err != nil {
			return fmt.Errorf("stored strategy state: %w", err)
		}
	}
	c.strategy = strat
	if c.spec.Schema != nil {
		if err := c.loadEncoding(); err != nil {
			return err
		}
	}
	if c.cfg.Eval != nil {
		c.evalStd = c.cfg.Eval
		if c.scaler != nil {
			c.evalStd = c.scaler.Apply(c.cfg.Eval)
		}
	}
	if c.cfg.Validation != nil {
		c.valStd = c.cfg.Validation
		if c.scaler != nil {
			c.valStd = c.scaler.Apply(c.cfg.Validation)
		}
	}
	return nil
}

// loadEncoding restores a schema task's encoding and encodes the evaluation table with it (c.mu held).
func (c *Coordinator) loadEncoding() error {
	raw, err := c.st.encoding()
	if err != nil {
		return err
	}
	var enc dataset.Encoding
	if err := json.Unmarshal(raw, &enc); err != nil {
		return fmt.Errorf("stored encoding: %w", err)
	}
	if err := enc.Check(); err != nil {
		return fmt.Errorf("stored encoding: %w", err)
	}
	c.encoding = &enc
	if c.spec.OpenWidth() {
		c.model.Inputs = enc.Width()
	}
	if c.cfg.EvalTable != nil && c.cfg.Eval == nil {
		eval, cnt, err := enc.Encode(c.cfg.EvalTable)
		if err != nil {
			return fmt.Errorf("evaluation data: %w", err)
		}
		eval, err = c.evalClasses(eval)
		if err != nil {
			return fmt.Errorf("evaluation data: %w", err)
		}
		for col, n := range cnt.Unseen {
			c.log.Warn("evaluation rows hold categories the schema does not list; encoded all-zero", "column", col, "rows", n, "first_line", cnt.FirstUnseen[col])
		}
		c.cfg.Eval = eval
	}
	if c.cfg.ValidationTable != nil && c.cfg.Validation == nil {
		val, cnt, err := enc.Encode(c.cfg.ValidationTable)
		if err != nil {
			return fmt.Errorf("validation data: %w", err)
		}
		if val, err = c.evalClasses(val); err != nil {
			return fmt.Errorf("validation data: %w", err)
		}
		for col, n := range cnt.Unseen {
			c.log.Warn("validation rows hold categories the encoding lacks; encoded all-zero", "column", col, "rows", n, "first_line", cnt.FirstUnseen[col])
		}
		c.cfg.Validation = val
	}
	return nil
}

// evalClasses renumbers an evaluation set's labels to the task's classes.
func (c *Coordinator) evalClasses(d *dataset.Dataset) (*dataset.Dataset, error) {
	idx := make([]int, len(d.Classes))
	for i, cl := range d.Classes {
		if idx[i] = slices.Index(c.spec.Classes, cl); idx[i] < 0 {
			return nil, cohort.Errorf(cohort.EInvalid, "label value %q is not one of the task's classes %v", cl, c.spec.Classes)
		}
	}
	out := *d
	out.Y = make([]int, d.N)
	for i, y := range d.Y {
		out.Y[i] = idx[y]
	}
	out.Classes = c.spec.Classes
	return &out, nil
}

// Encoding returns a schema task's encoding (nil before the task starts or without a schema): how
// raw CSV columns become the model's inputs, which a model file carries.
func (c *Coordinator) Encoding() *dataset.Encoding {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.encoding
}

func marshalStrategy(s fl.Strategy) ([]byte, error) {
	if m, ok := s.(interface{ MarshalBinary() ([]byte, error) }); ok {
		b, err := m.MarshalBinary()
		if err != nil {
			return nil, fmt.Errorf("strategy state: %w", err)
		}
		return b, nil
	}
	return nil, nil
}

func encodeScaler(s *dataset.Scaler) []byte {
	if s == nil {
		return []byte{0}
	}
	b := []byte{1}
	b = protocol.AppendTensor(b, s.Mean)
	return protocol.AppendTensor(b, s.Std)
}

func decodeScaler(b []byte) (*dataset.Scaler, error) {
	if len(b) == 0 || b[0] == 0 {
		return nil, nil
	}
	mean, rest, err := protocol.ReadTensor(b[1:], protocol.DefaultLimits.MaxElems)
	if err != nil {
		return nil, err
	}
	std, _, err := protocol.ReadTensor(rest, protocol.DefaultLimits.MaxElems)
	if err != nil {
		return nil, err
	}
	return &dataset.Scaler{Mean: mean, Std: std}, nil
}

// selectParticipants picks round r's participants: every trainer, or PerRound of them drawn with a
// seed fixed by the task seed and the round, so a restarted coordinator picks the same ones.
func (c *Coordinator) selectParticipants(r uint64) ([]cohort.NodeID, error) {
	if ids, err := c.st.selected(r); err != nil || ids != nil {
		return ids, err
	}
	ts, err := c.st.trainers()
	if err != nil {
		return nil, err
	}
	ids := make([]cohort.NodeID, len(ts))
	for i, j := range ts {
		ids[i] = j.ID
	}
	sortIDs(ids)
	if c.spec.PerRound > 0 && c.spec.PerRound < len(ids) {
		rng := rand.New(rand.NewPCG(c.spec.Seed, r))
		rng.Shuffle(len(ids), func(i, j int) { ids[i], ids[j] = ids[j], ids[i] })
		ids = ids[:c.spec.PerRound]
		sortIDs(ids)
	}
	if err := c.st.putSelected(r, ids); err != nil {
		return nil, err
	}
	failpoint.Hit("coordinator/participants-selected")
	return ids, nil
}

func sortIDs(ids []cohort.NodeID) {
	sort.Slice(ids, func(i, j int) bool { return bytes.Compare(ids[i][:], ids[j][:]) < 0 })
}

func (c *Coordinator) runRound(ctx context.Context, r uint64) error {
	started := time.Now()
	selected, err := c.selectParticipants(r)
	if err != nil {
		return fmt.Errorf("round %d: select: %w", r, err)
	}
	global, err := c.st.model(r - 1)
	if err != nil {
		return fmt.Errorf("round %d: %w", r, err)
	}
	switch c.spec.SecureAgg {
	case protocol.SecureSecAgg:
		return c.runSecureRound(ctx, r, selected, global, started)
	case protocol.SecureThresholdHE:
		return c.runThresholdRound(ctx, r, selected, global, started)
	}
	endpoints, err := c.endpoints()
	if err != nil {
		return err
	}
	for attempt := 1; ; attempt++ {
		deadline := time.Now().Add(c.spec.RoundTimeout())
		have, err := c.st.updates(r)
		if err != nil {
			return err
		}
		var missing []cohort.NodeID
		for _, id := range selected {
			if _, ok := have[id]; !ok {
				missing = append(missing, id)
			}
		}
		rctx, cancel := context.WithDeadline(ctx, deadline)
		if len(missing) > 0 {
			body, err := c.trainBody(protocol.TrainHeader{Round: r, DeadlineMS: deadline.UnixMilli()}, global)
			if err != nil {
				cancel()
				return err
			}
			bodyHash := sha256.Sum256(body)
			for _, id := range missing {
				go c.sendTrain(rctx, id, endpoints[id], r, body, bodyHash)
			}
		}
		n, err := c.waitRound(rctx, r, selected)
		cancel()
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			return err
		}
		if n >= c.spec.MinParticipants {
			return c.closeRound(r, selected, global, started)
		}
		c.log.Warn("round deadline passed below minimum", "round", r, "updates", n, "min", c.spec.MinParticipants, "attempt", attempt)
		if attempt >= c.cfg.MaxRoundAttempts {
			reason := fmt.Sprintf("round %d: %d updates by the deadline, %d needed, after %d attempts", r, n, c.spec.MinParticipants, attempt)
			if err := c.st.fail(reason); err != nil {
				return err
			}
			return cohort.Errorf(cohort.EUnavailable, "%s", reason)
		}
	}
}

// waitRound returns the number of accepted updates once every selected trainer has sent one, or when
// ctx (the round deadline) ends.
func (c *Coordinator) waitRound(ctx context.Context, r uint64, selected []cohort.NodeID) (int, error) {
	for {
		have, err := c.st.updates(r)
		if err != nil {
			return 0, err
		}
		if len(have) >= len(selected) {
			return len(have), nil
		}
		select {
		case <-ctx.Done():
			return len(have), nil
		case <-c.wake:
		}
	}
}

func (c *Coordinator) endpoints() (map[cohort.NodeID]string, error) {
	ts, err := c.st.trainers()
	if err != nil {
		return nil, err
	}
	m := make(map[cohort.NodeID]string, len(ts))
	for _, j := range ts {
		if c.cfg.Participants != nil {
			m[j.ID] = c.cfg.Participants[j.ID] // registered on chain (or configured): never the joiner's
			continue
		}
		m[j.ID] = j.Header.Endpoint // off chain without a list: checked to be on the joiner's own host
	}
	return m, nil
}

// trainBody encodes a train request: h with the task's training config, the global parameters and the
// task's scaler (empty tensors when it does not standardize).
func (c *Coordinator) trainBody(h protocol.TrainHeader, global []float64) ([]byte, error) {
	c.mu.Lock()
	scaler, enc := c.scaler, c.encoding
	c.mu.Unlock()
	var mean, std []float64
	if scaler != nil {
		mean, std = scaler.Mean, scaler.Std
	}
	h.Train = c.spec.Train
	h.Encoding = enc
	return protocol.EncodeFrame(h, global, mean, std)
}

// sendTrain delivers a train request to one trainer, retrying with backoff until it is accepted, the
// trainer refuses it for good, or the round's deadline passes.
func (c *Coordinator) sendTrain(ctx context.Context, id cohort.NodeID, endpoint string, r uint64, body []byte, bodyHash [32]byte) {
	backoff := 100 * time.Millisecond
	for {
		err := c.postTrain(ctx, endpoint, r, body, bodyHash)
		if err == nil {
			failpoint.Hit("coordinator/train-sent")
			return
		}
		var perm permanentError
		if errors.As(err, &perm) {
			c.log.Warn("trainer refused the round", "trainer", id, "round", r, "err", err)
			return
		}
		c.log.Debug("train request failed, retrying", "trainer", id, "round", r, "err", err)
		select {
		case <-ctx.Done():
			return
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, 2*time.Second)
	}
}

type permanentError struct{ error }

func (c *Coordinator) postTrain(ctx context.Context, endpoint string, r uint64, body []byte, bodyHash [32]byte) error {
	url := strings.TrimSuffix(endpoint, "/") + protocol.PathTrain
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return permanentError{err}
	}
	if err := protocol.SignHashed(req.Header, req.Method, protocol.PathTrain, bodyHash, c.cfg.Key, c.spec.ChainID, c.spec.ID, r, 2*time.Minute); err != nil {
		return permanentError{err}
	}
	req.Header.Set("Content-Type", "application/octet-stream")
	resp, err := c.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	msg, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	switch {
	case resp.StatusCode/100 == 2:
		return nil
	case resp.StatusCode >= 500 || resp.StatusCode == http.StatusTooManyRequests:
		return fmt.Errorf("trainer: %s: %s", resp.Status, bytes.TrimSpace(msg))
	default:
		return permanentError{fmt.Errorf("trainer: %s: %s", resp.Status, bytes.TrimSpace(msg))}
	}
}

// closeRound aggregates round r's accepted updates and makes the result durable in one transaction.
func (c *Coordinator) closeRound(r uint64, selected []cohort.NodeID, global []float64, started time.Time) error {
	var updates []fl.Update
	losses := make(map[string]float64)
	commits := make(map[string]*protocol.CheckpointCommit)
	// Decode straight from the store's pages: no copy of the raw frames on top of the decoded deltas.
	err := c.st.forEachUpdate(r, func(id cohort.NodeID, raw []byte) error {
		var h protocol.UpdateHeader
		ts, err := protocol.DecodeFrame(raw, c.cfg.Limits, &h)
		if err != nil {
			return fmt.Errorf("stored update of %s: %w", id, err)
		}
		updates = append(updates, fl.Update{Client: id.String(), Delta: ts[0], Samples: h.Samples})
		losses[id.String()], commits[id.String()] = h.Loss, h.Checkpoint
		return nil
	})
	if err != nil {
		return err
	}
	slices.SortFunc(updates, func(a, b fl.Update) int { return strings.Compare(a.Client, b.Client) })
	var rejected []string
	if c.spec.Verify.Enabled() {
		if updates, rejected, err = c.audit(r, global, updates, commits); err != nil {
			return fmt.Errorf("round %d: verify updates: %w", r, err)
		}
	}
	var lossSum float64
	var samples int
	for _, u := range updates {
		lossSum += losses[u.Client] * float64(u.Samples)
		samples += u.Samples
	}
	participants := make([]string, len(updates))
	for i, u := range updates {
		participants[i] = u.Client
	}
	var loss float64
	if samples > 0 {
		loss = lossSum / float64(samples)
	}
	return c.applyRound(r, selected, global, started, updates, participants, rejected, loss)
}

// applyRound aggregates updates with the task's strategy, evaluates the new model, and commits the
// round in one transaction.
func (c *Coordinator) applyRound(r uint64, selected []cohort.NodeID, global []float64, started time.Time, updates []fl.Update, participants, rejected []string, loss float64) error {
	c.mu.Lock()
	strat := c.strategy
	c.mu.Unlock()
	if err := c.setCentralNoise(r, strat); err != nil {
		return err
	}
	aggStart := time.Now()
	next, err := strat.Aggregate(global, updates)
	if err != nil {
		return fmt.Errorf("round %d: aggregate: %w", r, err)
	}
	fl.RoundFloat32(next)
	aggMS := float64(time.Since(aggStart).Microseconds()) / 1000
	state, err := marshalStrategy(strat)
	if err != nil {
		return err
	}
	sum := protocol.RoundSummary{Round: r, Selected: len(selected), Participants: participants, Rejected: rejected, TrainLoss: loss,
		DurationMS: time.Since(started).Milliseconds(), AggregateMS: aggMS}
	if err := c.recordPrivacy(r, &sum); err != nil {
		return err
	}
	c.mu.Lock()
	evalSet := c.evalStd
	c.mu.Unlock()
	if evalSet != nil {
		m := fl.Evaluate(&fl.Model{Spec: c.modelSpec(), Params: next}, evalSet)
		acc, ll := m.Accuracy, m.LogLoss
		sum.Accuracy, sum.LogLoss = &acc, &ll
	}
	nextState := state0(r, c.lastRound())
	if nextState.State != protocol.StateDone && c.spec.Stop != nil {
		stop, err := c.plateaued(r, next, &sum)
		if err != nil {
			return err
		}
		if stop {
			nextState = state0(r, int(r))
			c.log.Info("automatic rounds: the validation log-loss plateaued, the task ends", "round", r, "cap", c.spec.Rounds)
		}
	}
	if nextState.State == protocol.StateDone && c.lastRound() < c.spec.Rounds {
		c.log.Warn("privacy budget reached: the task ends early", "round", r, "rounds", c.spec.Rounds, "epsilon_budget", c.spec.Privacy.Epsilon)
	}
	failpoint.Hit("coordinator/round-aggregated") // mid-close: aggregated and evaluated, nothing committed
	if err := c.st.closeRound(r, next, state, sum, nextState); err != nil {
		return err
	}
	failpoint.Hit("coordinator/round-committed") // committed, not yet reported
	c.log.Info("round closed", "round", r, "participants", len(participants), "selected", len(selected), "loss", loss)
	if c.cfg.OnRound != nil {
		c.cfg.OnRound(sum)
	}
	return nil
}

// plateaued evaluates the next global model on the validation set, records its log-loss in sum, and
// reports whether the validation log-loss has plateaued (fl.Plateau over every closed round's
// ValLogLoss, read back from the store, so a restarted coordinator decides the same).
func (c *Coordinator) plateaued(r uint64, next []float64, sum *protocol.RoundSummary) (bool, error) {
	c.mu.Lock()
	val := c.valStd
	c.mu.Unlock()
	if val == nil {
		return false, fmt.Errorf("round %d: automatic rounds without a validation set", r)
	}
	ll := fl.Evaluate(&fl.Model{Spec: c.modelSpec(), Params: next}, val).LogLoss
	sum.ValLogLoss = &ll
	hist, _, err := c.st.history(0, 0)
	if err != nil {
		return false, err
	}
	p := fl.NewPlateau(*c.spec.Stop, c.spec.Rounds)
	stop := false
	for _, h := range hist {
		if h.Round < r && h.ValLogLoss != nil {
			stop = p.Add(*h.ValLogLoss)
		}
	}
	if stop { // an earlier round already plateaued (should not happen: the task ended there)
		return true, nil
	}
	return p.Add(ll), nil
}

func state0(r uint64, rounds int) state {
	if r >= uint64(rounds) {
		return state{State: protocol.StateDone, Round: r}
	}
	return state{State: protocol.StateRunning, Round: r + 1}
}

// Model returns the global parameters after round r (0: the initial model).
func (c *Coordinator) Model(r uint64) ([]float64, error) { return c.st.model(r) }

// StoredUpdates returns the individual updates held for round r (none once it has closed, and none
// ever under secure aggregation).
func (c *Coordinator) StoredUpdates(r uint64) (map[cohort.NodeID][]byte, error) {
	return c.st.updates(r)
}

// Status reports the task's progress.
func (c *Coordinator) Status() (protocol.Status, error) {
	st, err := c.st.state()
	if err != nil {
		return protocol.Status{}, err
	}
	ts, err := c.st.trainers()
	if err != nil {
		return protocol.Status{}, err
	}
	hist, _, err := c.st.history(0, 0)
	if err != nil {
		return protocol.Status{}, err
	}
	if hist == nil {
		hist = []protocol.RoundSummary{}
	}
	return protocol.Status{Task: c.spec.ID, State: st.State, Round: st.Round, Rounds: c.spec.Rounds, Trainers: len(ts), Error: st.Error, History: hist}, nil
}

// StatusPage is Status with one page of the history: at most limit rounds after round after. Next is
// set when more rounds follow (ask again with after = Next).
func (c *Coordinator) StatusPage(after uint64, limit int) (protocol.Status, error) {
	st, err := c.st.state()
	if err != nil {
		return protocol.Status{}, err
	}
	c.mu.Lock()
	n := len(c.members)
	c.mu.Unlock()
	hist, more, err := c.st.history(after, limit)
	if err != nil {
		return protocol.Status{}, err
	}
	if hist == nil {
		hist = []protocol.RoundSummary{}
	}
	out := protocol.Status{Task: c.spec.ID, State: st.State, Round: st.Round, Rounds: c.spec.Rounds, Trainers: n, Error: st.Error, History: hist}
	if more && len(hist) > 0 {
		out.Next = hist[len(hist)-1].Round
	}
	return out, nil
}

// Scaler returns the task's federated scaler (nil when the task does not standardize or has not
// started). It is fixed when the task starts, so every round's model uses the same one.
func (c *Coordinator) Scaler() *dataset.Scaler {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.scaler
}

// Result returns the latest global model and the scaler its inputs need (nil when the task does not
// standardize).
func (c *Coordinator) Result() (*fl.Model, *dataset.Scaler, error) {
	st, err := c.st.state()
	if err != nil {
		return nil, nil, err
	}
	r := st.Round
	if st.State == protocol.StateRunning {
		r--
	}
	params, err := c.st.model(r)
	if err != nil {
		return nil, nil, err
	}
	rawScaler, _, err := c.st.scalerAndStrategy()
	if err != nil {
		return nil, nil, err
	}
	scaler, err := decodeScaler(rawScaler)
	if err != nil {
		return nil, nil, err
	}
	return &fl.Model{Spec: c.modelSpec(), Params: params}, scaler, nil
}
