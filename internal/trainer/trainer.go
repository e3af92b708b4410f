// Package trainer is the trainer role: it joins a coordinator's task with statistics of its local data,
// trains each round it is asked to on that data, and returns only the update. The rows never leave it.
//
// Train requests must be signed by the task's coordinator, and a request signed by anyone else is
// refused from its header, before its body is read or its nonce recorded; updates are signed by the trainer and
// retried with backoff until the coordinator acknowledges them or the round's deadline passes. A
// coordinator that restarts and asks again for a round already trained gets the same update again
// (training is deterministic and the result is kept), so submission stays idempotent end to end.
//
// Given its raw CSV (Config.CSV), a trainer in a task that names a schema reads it through the schema
// (a cell that contradicts it fails the join, naming the line and column), joins with its table
// statistics, and encodes its rows with the encoding its coordinator's first train request carries,
// once that encoding is checked against the schema; a later request with another encoding is refused.
// A task whose schema leaves a categorical column's categories open (protocol.TaskSpec.OpenWidth)
// takes its model's width from that encoding, within the bound the schema gives; the trainer's rows
// of a category the union left out are encoded all-zero.
//
// In a task that verifies training (protocol.VerifySpec) the trainer checkpoints its local training,
// sends a signed commitment to the checkpoint chain with each update, and discloses single blocks to
// its coordinator and configured auditors (verify.go).
package trainer

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/api"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/failpoint"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/protocol"
	"github.com/cohort-net/cohort/internal/secagg"
)

// Config is everything a trainer needs; all fields but Client, Log, Limits and Published are required.
type Config struct {
	Key            protocol.Signer
	Recover        protocol.Recoverer
	CoordinatorURL string
	Coordinator    cohort.NodeID // the only signer whose train requests are obeyed
	Endpoint       string        // the URL the coordinator reaches this trainer at
	Data           *dataset.Dataset
	// CSV and Label, when Data is nil, are the local CSV as it is on disk and its label column: a task
	// that names a schema reads it through the schema (dataset.ReadTable; errors name the line and
	// column) and trains on it encoded with the coordinator's encoding, one without reads it as
	// all-numeric (dataset.LoadCSV).
	CSV    []byte
	Label  string
	Client *http.Client
	Log    *slog.Logger
	Limits protocol.Limits
	// StateFile, when set, keeps what the trainer must not forget across a restart (see stateFile):
	// without it a restarted trainer forgets the attempts and survivor sets it took part in.
	StateFile string
	// Adversary, when set, makes this a hostile trainer: it rewrites every update before the update is
	// signed and sent. It exists for `cohort bench robust` and tests, which measure the robust
	// aggregation rules against real hostile trainers on the network path; internal/node never sets it,
	// so no node configuration can make a trainer hostile (TestNodeNeverSetsAdversary).
	Adversary Adversary
	// Published, when set, is the task's spec as published (on chain: built from the task document
	// the chain names): Join refuses a coordinator whose spec has another privacy mechanism
	// (protocol.TaskSpec.SamePrivacy).
	Published *protocol.TaskSpec
	// Auditors may ask for block disclosures (POST /v1/disclose) in a task that verifies training,
	// besides the coordinator.
	Auditors []cohort.NodeID
}

// Adversary rewrites a trainer's honest update (delta = trained - global) for a round; the trainer
// signs and sends what it returns. ctx ends at the round's deadline.
type Adversary func(ctx context.Context, round uint64, global, delta []float64) []float64

// Trainer is one trainer node's role.
type Trainer struct {
	cfg      Config
	client   *http.Client
	longPoll *http.Client // SecAgg+ stages: bounded by the round's context, not a client timeout
	log      *slog.Logger

	mu       sync.Mutex
	spec     *protocol.TaskSpec
	data     *dataset.Dataset // labels remapped to the task's classes (a schema task: no features until encoded)
	table    *dataset.Table   // a schema task: the local data read through its schema
	layout   *dataset.Table   // a schema task: the schema's table layout, which the encoding must fit
	encoding []byte           // a schema task: the encoding in use (JSON), fixed by the first train request
	extraHdr int              // a schema task: the encoding's bound on a train request's header
	auth     *protocol.Authenticator
	std      *dataset.Dataset // data standardized with the task's scaler
	jobs     map[jobKey]*job
	signed   map[uint64][]cohort.NodeID // survivor sets signed in SecAgg+ sessions, per round
	attempts map[uint64]uint64          // the highest SecAgg+ attempt taken part in, per round
	beacon   *secagg.BeaconTree         // SecAgg+ tasks: this trainer's beacon commitment (root sent with the join)
	saved    *stateFile                 // what persist last wrote
	closed   bool
	wg       sync.WaitGroup
}

// jobKey names one piece of work: a round, and for secure aggregation the session attempt.
type jobKey struct{ round, attempt uint64 }

type job struct {
	done   bool
	body   []byte // the signed-over update frame, kept to resubmit
	cancel context.CancelFunc
	chain  *fl.CheckpointChain // a verification task: the round's checkpoints, for disclosures
}

// New checks cfg and returns a trainer that has not joined yet.
func New(cfg Config) (*Trainer, error) {
	if cfg.Key == nil || cfg.Recover == nil || (cfg.Data == nil && cfg.CSV == nil) || cfg.CoordinatorURL == "" || cfg.Coordinator.IsZero() {
		return nil, cohort.Errorf(cohort.EInvalid, "trainer config: key, recover, data, coordinator URL and coordinator address are required")
	}
	if cfg.Limits == (protocol.Limits{}) {
		cfg.Limits = protocol.DefaultLimits
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	client := cfg.Client
	if client == nil {
		client = &http.Client{Timeout: 30 * time.Second}
	}
	st, err := loadState(cfg.StateFile)
	if err != nil {
		return nil, err
	}
	t := &Trainer{cfg: cfg, client: client, longPoll: &http.Client{}, log: cfg.Log.With("role", "trainer"),
		jobs: make(map[jobKey]*job), signed: make(map[uint64][]cohort.NodeID), attempts: make(map[uint64]uint64)}
	t.restore(st)
	return t, nil
}

// ID returns the trainer's node ID.
func (t *Trainer) ID() cohort.NodeID { return t.cfg.Key.ID() }

// SetEndpoint sets the URL announced at join (for servers that learn their port after listening).
func (t *Trainer) SetEndpoint(u string) { t.cfg.Endpoint = u }

// Join fetches the coordinator's task, checks the local data against it, and joins with the data's
// statistics. It retries while the coordinator is unreachable and returns at once on a refusal.
func (t *Trainer) Join(ctx context.Context) error {
	var spec protocol.TaskSpec
	if err := retry(ctx, t.log, "fetch task", func() error { return t.getJSON(ctx, protocol.PathTask, &spec) }); err != nil {
		return err
	}
	if spec.Coordinator != t.cfg.Coordinator {
		return cohort.Errorf(cohort.EUnauthorized, "task %s is run by %s, this trainer trusts coordinator %s", spec.ID, spec.Coordinator, t.cfg.Coordinator)
	}
	if p := t.cfg.Published; p != nil {
		if err := spec.SamePrivacy(p); err != nil {
			t.log.Warn("refusing the coordinator's task", "task", spec.ID, "err", err)
			return err
		}
	}
	local, table, layout, err := t.localData(&spec)
	if err != nil {
		return err
	}
	data, err := remapLabels(local, spec.Classes)
	if err != nil {
		return err
	}
	if data.D != spec.Model.Inputs {
		return cohort.Errorf(cohort.EInvalid, "wrong model dimension: local data has %d features, task %s's model takes %d", data.D, spec.ID, spec.Model.Inputs)
	}
	if spec.Label != "" && data.Label != "" && spec.Label != data.Label {
		return cohort.Errorf(cohort.EInvalid, "task %s is labelled by %q, local data by %q", spec.ID, spec.Label, data.Label)
	}
	classes := make([]string, 0, len(local.Classes))
	classes = append(classes, local.Classes...)
	jh := protocol.JoinHeader{Endpoint: t.cfg.Endpoint, Samples: data.N, Features: data.D, Classes: classes}
	var stats dataset.FeatureStats // a schema task sends none: its scaler comes from the table statistics
	if table != nil {
		ts := table.BoundedStats(protocol.MaxModeCounts)
		jh.Table = &ts
	} else {
		stats = dataset.ComputeStats(data)
	}
	var beacon *secagg.BeaconTree
	if spec.SecureAgg == protocol.SecureSecAgg {
		// A restarted trainer keeps the tree it committed to (Config.StateFile).
		t.mu.Lock()
		saved := t.saved
		t.mu.Unlock()
		var secret [32]byte
		depth := protocol.BeaconDepth(&spec)
		if saved.Task == spec.ID && saved.BeaconDepth == depth && len(saved.BeaconSecret) == 32 {
			copy(secret[:], saved.BeaconSecret)
		} else if _, err := rand.Read(secret[:]); err != nil {
			return fmt.Errorf("beacon secret: %w", err)
		}
		if beacon, err = secagg.NewBeaconTree(secret, depth); err != nil {
			return err
		}
		jh.Beacon = beacon.Root()
		t.mu.Lock()
		if saved.Task != spec.ID { // another task's rounds mean nothing here
			clear(t.attempts)
			clear(t.signed)
		}
		t.saved = &stateFile{Task: spec.ID, BeaconSecret: secret[:], BeaconDepth: depth}
		err = t.persist()
		t.mu.Unlock()
		if err != nil {
			return err
		}
	}
	body, err := protocol.EncodeFrame(jh, stats.Sum, stats.SumSq)
	if err != nil {
		return err
	}
	t.mu.Lock()
	t.spec, t.data, t.beacon = &spec, data, beacon
	t.table, t.layout, t.extraHdr = table, layout, spec.SchemaHeaderLimit()
	t.auth = &protocol.Authenticator{ChainID: spec.ChainID, Recover: t.cfg.Recover, Guard: protocol.NewReplayGuard(4096)}
	t.mu.Unlock()
	err = retry(ctx, t.log, "join", func() error {
		return t.post(ctx, protocol.PathJoin, spec.ID, 0, body, nil)
	})
	if err != nil {
		return fmt.Errorf("join task %s: %w", spec.ID, err)
	}
	t.log.Info("joined task", "task", spec.ID, "samples", data.N)
	return nil
}

// localData returns the trainer's data for spec: the configured dataset, or its CSV read as the task
// says. A schema task's data is its table read through the schema, with a dataset of its labels and
// width but no features yet (the encoding comes with the first train request), and the schema's
// layout to check that encoding against.
func (t *Trainer) localData(spec *protocol.TaskSpec) (*dataset.Dataset, *dataset.Table, *dataset.Table, error) {
	if spec.Schema == nil {
		if t.cfg.Data != nil {
			return t.cfg.Data, nil, nil, nil
		}
		d, err := dataset.LoadCSV(bytes.NewReader(t.cfg.CSV), t.cfg.Label)
		if err != nil {
			return nil, nil, nil, fmt.Errorf("local data: %w", err)
		}
		return d, nil, nil, nil
	}
	if t.cfg.CSV == nil {
		return nil, nil, nil, cohort.Errorf(cohort.EInvalid, "task %s reads data through schema %s: this trainer holds no raw CSV", spec.ID, spec.Schema.ID)
	}
	s, layout, err := spec.Layout()
	if err != nil {
		return nil, nil, nil, err
	}
	width := 0 // an open width: fixed by the union of the trainers' categories at start
	if !spec.OpenWidth() {
		if width, err = layout.FixedWidth(); err != nil {
			return nil, nil, nil, err
		}
	}
	if t.cfg.Label != "" && spec.Label != "" && t.cfg.Label != spec.Label {
		return nil, nil, nil, cohort.Errorf(cohort.EInvalid, "task %s is labelled by %q, local data by %q", spec.ID, spec.Label, t.cfg.Label)
	}
	tab, err := dataset.ReadTable(bytes.NewReader(t.cfg.CSV), s, spec.Label)
	if err != nil {
		return nil, nil, nil, cohort.Errorf(cohort.Code(err), "local data read through task %s's schema %q (%s): %v", spec.ID, s.Name, spec.Schema.ID, err)
	}
	d := &dataset.Dataset{N: tab.N, D: width, Y: tab.Y, Classes: tab.Classes, Label: tab.Label}
	return d, tab, layout, nil
}

// encodeLocal encodes a schema task's table with the encoding a train request carries (t.mu held):
// the first one is checked against the schema and kept; a later request with another is refused (a
// coordinator that changed the encoding mid-task would change what the model's inputs mean).
func (t *Trainer) encodeLocal(e *dataset.Encoding) (*dataset.Dataset, error) {
	if e == nil {
		return nil, cohort.Errorf(cohort.EInvalid, "train request without the task's encoding (the task reads data through a schema)")
	}
	raw, err := json.Marshal(e)
	if err != nil {
		return nil, err
	}
	if t.encoding != nil {
		if !bytes.Equal(raw, t.encoding) {
			return nil, cohort.Errorf(cohort.EConflict, "train request with another encoding than the task's first: refused")
		}
		return nil, nil
	}
	if err := e.Conforms(t.layout); err != nil {
		return nil, err
	}
	d, cnt, err := e.Encode(t.table)
	if err != nil {
		return nil, err
	}
	for col, n := range cnt.Unseen { // an open column's category the union left out: all-zero
		t.log.Warn("local rows hold a category the task's encoding left out (fewer trainers hold it); encoded as none of the column's", "column", col, "rows", n, "first_line", cnt.FirstUnseen[col])
	}
	d.Y, d.Classes = t.data.Y, t.data.Classes
	t.encoding, t.data = raw, d
	t.log.Info("encoded local data with the task's encoding", "rows", d.N, "features", d.D, "imputed", cnt.Imputed)
	return d, nil
}

// remapLabels returns d with class indices renumbered to the task's class list.
func remapLabels(d *dataset.Dataset, classes []string) (*dataset.Dataset, error) {
	idx := make([]int, len(d.Classes))
	for i, c := range d.Classes {
		j := slices.Index(classes, c)
		if j < 0 {
			return nil, cohort.Errorf(cohort.EInvalid, "local label value %q is not one of the task's classes %v", c, classes)
		}
		idx[i] = j
	}
	out := *d
	out.Y = make([]int, len(d.Y))
	for i, y := range d.Y {
		out.Y[i] = idx[y]
	}
	out.Classes = classes
	return &out, nil
}

// Handler serves POST /v1/train and POST /v1/disclose (verify.go).
func (t *Trainer) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST "+protocol.PathTrain, t.handleTrain)
	mux.HandleFunc("POST "+protocol.PathDisclose, t.handleDisclose)
	return mux
}

func (t *Trainer) handleTrain(w http.ResponseWriter, r *http.Request) {
	if err := t.acceptTrain(w, r); err != nil {
		api.WriteError(w, r, t.log, err)
		return
	}
	failpoint.Hit("trainer/train-accepted") // training started, not yet acknowledged
	api.WriteJSON(w, http.StatusAccepted, map[string]string{"status": "accepted"})
}

func (t *Trainer) acceptTrain(w http.ResponseWriter, r *http.Request) error {
	t.mu.Lock()
	spec, auth := t.spec, t.auth
	t.mu.Unlock()
	if spec == nil {
		return cohort.Errorf(cohort.EConflict, "this trainer has not joined a task yet")
	}
	// Only the pinned coordinator is admitted: anyone else is refused before the body is read or a
	// nonce recorded, so strangers can neither fill the replay guard nor hold memory.
	admit := func(id cohort.NodeID) error {
		if id != t.cfg.Coordinator {
			return cohort.Errorf(cohort.EForbidden, "train requests are obeyed from coordinator %s only, not %s", t.cfg.Coordinator, id)
		}
		return nil
	}
	t.mu.Lock()
	extra := t.extraHdr // a schema task's train requests carry its encoding
	t.mu.Unlock()
	bound := spec.Model // an open width's largest model sizes the limit; the encoding fixes it
	bound.Inputs = spec.WidthBound()
	limit := protocol.FrameSize(min(t.cfg.Limits.MaxHeader, 64<<10)+extra, bound.NumParams(), bound.Inputs, bound.Inputs)
	body, env, err := api.Authenticate(w, r, auth, admit, limit)
	if err != nil {
		return err
	}
	if env.Task != spec.ID {
		return cohort.Errorf(cohort.ENotFound, "not a member of task %q", env.Task)
	}
	var h protocol.TrainHeader
	lim := t.cfg.Limits
	lim.MaxHeader += extra
	ts, err := protocol.DecodeFrame(body, lim, &h)
	if err != nil {
		return err
	}
	if spec, err = checkTrainRequest(spec, env.Round, &h, ts); err != nil {
		return err
	}
	deadline := time.UnixMilli(h.DeadlineMS)
	if !time.Now().Before(deadline) {
		return cohort.Errorf(cohort.EInvalid, "round %d's deadline has passed", h.Round)
	}

	t.mu.Lock()
	defer t.mu.Unlock()
	if t.closed {
		return cohort.Errorf(cohort.EUnavailable, "trainer shutting down")
	}
	key := jobKey{round: h.Round}
	if h.Secure != nil {
		key.attempt = h.Secure.Attempt
	}
	if h.Threshold != nil {
		key.attempt = h.Threshold.Attempt
	}
	if j, ok := t.jobs[key]; ok {
		if j.done && j.body != nil {
			t.log.Info("round asked again: resubmitting the kept update", "round", h.Round)
			t.goSubmit(spec.ID, h.Round, j.body, deadline)
		}
		return nil
	}
	if h.Secure != nil {
		if err := t.checkSecure(spec, h.Round, h.Secure, ts[0]); err != nil {
			t.log.Warn("refusing a secure aggregation session", "round", h.Round, "attempt", h.Secure.Attempt, "err", err)
			return err
		}
	}
	if spec.Schema != nil {
		if _, err := t.encodeLocal(h.Encoding); err != nil {
			t.log.Warn("refusing the task's encoding", "round", h.Round, "err", err)
			return err
		}
	}
	if t.std == nil {
		t.std = t.data
		if len(ts[1]) > 0 {
			t.std = (&dataset.Scaler{Mean: ts[1], Std: ts[2]}).Apply(t.data)
		}
	}
	for k, j := range t.jobs { // keep the last few rounds only
		if k.round+2 < h.Round {
			if j.cancel != nil {
				j.cancel()
			}
			delete(t.jobs, k)
		}
	}
	// Training must end by the round's deadline; a secure session then runs its four later stages,
	// each with its own deadline at the coordinator.
	jobDeadline := deadline
	if h.Secure != nil {
		jobDeadline = deadline.Add(4*time.Duration(spec.SecAgg.StageTimeoutMS)*time.Millisecond + 5*time.Second)
	}
	if h.Threshold != nil {
		jobDeadline = deadline.Add(5*time.Duration(spec.ThresholdHE.StageTimeoutMS)*time.Millisecond + 5*time.Second)
	}
	ctx, cancel := context.WithDeadline(context.Background(), jobDeadline)
	j := &job{cancel: cancel}
	t.jobs[key] = j
	t.wg.Add(1)
	go func() {
		defer t.wg.Done()
		defer cancel()
		t.train(ctx, spec, h, ts[0], j, deadline)
	}()
	return nil
}

// checkTrainRequest checks a decoded train request against the task and returns the spec to train
// with: for an open width, the task's model with its width fixed by the request's encoding (which
// encodeLocal then checks against the schema).
func checkTrainRequest(spec *protocol.TaskSpec, signedRound uint64, h *protocol.TrainHeader, ts [][]float64) (*protocol.TaskSpec, error) {
	if h.Round != signedRound || h.Round == 0 {
		return nil, cohort.Errorf(cohort.EInvalid, "train request for round %d signed for round %d", h.Round, signedRound)
	}
	if spec.OpenWidth() {
		if h.Encoding == nil {
			return nil, cohort.Errorf(cohort.EInvalid, "train request without the task's encoding (the task reads data through a schema)")
		}
		sp, err := spec.WithWidth(h.Encoding.Width())
		if err != nil {
			return nil, err
		}
		spec = &sp
	}
	if len(ts) != 3 || len(ts[0]) != spec.Model.NumParams() {
		return nil, cohort.Errorf(cohort.EInvalid, "wrong model dimension: want %d parameters and a scaler", spec.Model.NumParams())
	}
	if len(ts[1]) != len(ts[2]) || (len(ts[1]) != 0 && len(ts[1]) != spec.Model.Inputs) {
		return nil, cohort.Errorf(cohort.EInvalid, "scaler: %d/%d values, want 0 or %d", len(ts[1]), len(ts[2]), spec.Model.Inputs)
	}
	if err := h.Train.Validate(); err != nil {
		return nil, fmt.Errorf("train config: %w", err)
	}
	if h.Encoding != nil && spec.Schema == nil {
		return nil, cohort.Errorf(cohort.EInvalid, "train request with an encoding in a task without a schema")
	}
	return spec, nil
}

func (t *Trainer) train(ctx context.Context, spec *protocol.TaskSpec, h protocol.TrainHeader, global []float64, j *job, deadline time.Time) {
	t.mu.Lock()
	data := t.std
	t.mu.Unlock()
	start := time.Now()
	m := &fl.Model{Spec: spec.Model, Params: slices.Clone(global)}
	cfg := fl.ClientConfig(h.Train, spec.Strategy, spec.Seed, int(h.Round), t.ID().String())
	if err := t.privateTraining(&cfg, spec, h.Round); err != nil {
		t.log.Warn("local training refused", "round", h.Round, "err", err)
		return
	}
	tctx, tcancel := context.WithDeadline(ctx, deadline)
	stats, chain, err := localTrain(tctx, spec, m, data, cfg)
	tcancel()
	if err != nil {
		t.log.Warn("local training failed", "round", h.Round, "err", err)
		return
	}
	delta := make([]float64, len(global))
	for i := range delta {
		delta[i] = m.Params[i] - global[i]
	}
	if t.cfg.Adversary != nil {
		actx, acancel := context.WithDeadline(ctx, deadline)
		delta = t.cfg.Adversary(actx, h.Round, global, delta)
		acancel()
		if len(delta) != len(global) {
			t.log.Error("adversary returned a wrong-sized update", "round", h.Round, "len", len(delta))
			return
		}
	}
	if h.Secure != nil || h.Threshold != nil {
		t.mu.Lock()
		j.done = true
		t.mu.Unlock()
		var err error
		if h.Secure != nil {
			err = t.secureAggregate(ctx, spec, h, delta, stats)
		} else {
			err = t.thresholdAggregate(ctx, spec, h, delta, stats)
		}
		if err != nil {
			t.log.Warn("secure aggregation", "mode", spec.SecureAgg, "round", h.Round, "err", err)
		}
		return
	}
	uh := protocol.UpdateHeader{Round: h.Round, Samples: stats.Samples, Loss: stats.Loss, TrainMS: time.Since(start).Milliseconds()}
	if chain != nil {
		fl.RoundFloat32(delta) // what the wire carries, and what the commitment names
		if uh.Checkpoint, err = t.commit(spec, h.Round, chain, global, delta); err != nil {
			t.log.Error("commit to the checkpoint chain", "round", h.Round, "err", err)
			return
		}
	}
	body, err := protocol.EncodeFrame(uh, delta)
	if err != nil {
		t.log.Error("encode update", "err", err)
		return
	}
	t.mu.Lock()
	j.done, j.body, j.chain = true, body, chain
	t.mu.Unlock()
	t.log.Info("trained", "round", h.Round, "loss", stats.Loss, "ms", time.Since(start).Milliseconds())
	failpoint.Hit("trainer/trained") // trained, update not yet sent
	t.submit(ctx, spec.ID, h.Round, body)
}

// goSubmit resubmits a kept update in the background (mu held by the caller).
func (t *Trainer) goSubmit(task string, round uint64, body []byte, deadline time.Time) {
	t.wg.Add(1)
	go func() {
		defer t.wg.Done()
		ctx, cancel := context.WithDeadline(context.Background(), deadline)
		defer cancel()
		t.submit(ctx, task, round, body)
	}()
}

func (t *Trainer) submit(ctx context.Context, task string, round uint64, body []byte) {
	var ack protocol.UpdateAck
	err := retry(ctx, t.log, "submit update", func() error {
		return t.post(ctx, protocol.PathUpdate, task, round, body, &ack)
	})
	if errors.Is(err, context.Canceled) {
		// A newer round pruned this job, or the trainer is closing: a resubmission (or nothing) stands in.
		t.log.Debug("update submission stopped", "round", round, "err", err)
		return
	}
	if err != nil {
		t.log.Warn("update not delivered", "round", round, "err", err)
		return
	}
	t.log.Debug("update acknowledged", "round", round, "duplicate", ack.Duplicate)
	failpoint.Hit("trainer/update-acked")
}

// Close stops taking rounds and waits for running work to end.
func (t *Trainer) Close() {
	t.mu.Lock()
	t.closed = true
	for _, j := range t.jobs {
		if j.cancel != nil {
			j.cancel()
		}
	}
	t.mu.Unlock()
	t.wg.Wait()
}

func (t *Trainer) url(path string) string {
	return strings.TrimSuffix(t.cfg.CoordinatorURL, "/") + path
}

func (t *Trainer) getJSON(ctx context.Context, path string, v any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, t.url(path), nil)
	if err != nil {
		return permanent{err}
	}
	resp, err := t.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return classify(resp)
	}
	// A task spec may hold its schema (schema.MaxSchemaBytes) beside everything else.
	if err := json.NewDecoder(http.MaxBytesReader(nil, resp.Body, 4<<20)).Decode(v); err != nil {
		return permanent{cohort.Errorf(cohort.EInvalid, "decode %s: %v", path, err)}
	}
	return nil
}

func (t *Trainer) post(ctx context.Context, path, task string, round uint64, body []byte, out any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, t.url(path), bytes.NewReader(body))
	if err != nil {
		return permanent{err}
	}
	t.mu.Lock()
	chain := t.spec.ChainID
	t.mu.Unlock()
	if err := protocol.Sign(req.Header, req.Method, path, body, t.cfg.Key, chain, task, round, 2*time.Minute); err != nil {
		return permanent{err}
	}
	req.Header.Set("Content-Type", "application/octet-stream")
	resp, err := t.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return classify(resp)
	}
	if out != nil {
		return json.NewDecoder(http.MaxBytesReader(nil, resp.Body, 1<<20)).Decode(out)
	}
	return nil
}

// permanent marks an error that retrying cannot fix.
type permanent struct{ error }

func (p permanent) Unwrap() error { return p.error }

// classify: 5xx and 429 are worth retrying; other refusals are final.
func classify(resp *http.Response) error {
	err := api.DecodeError(resp)
	if resp.StatusCode >= 500 || resp.StatusCode == http.StatusTooManyRequests {
		return err
	}
	return permanent{err}
}

// retry runs f with exponential backoff until it succeeds, fails permanently, or ctx ends.
func retry(ctx context.Context, log *slog.Logger, what string, f func() error) error {
	backoff := 50 * time.Millisecond
	for {
		err := f()
		if err == nil {
			return nil
		}
		var p permanent
		if errors.As(err, &p) {
			return p.error
		}
		log.Debug(what+" failed, retrying", "err", err, "in", backoff)
		select {
		case <-ctx.Done():
			return fmt.Errorf("%s: %w (last error: %v)", what, ctx.Err(), err)
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, 2*time.Second)
	}
}
