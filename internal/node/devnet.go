package node

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/api"
	"github.com/cohort-net/cohort/internal/coordinator"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/metrics"
	"github.com/cohort-net/cohort/internal/protocol"
	"github.com/cohort-net/cohort/internal/task"
	"github.com/cohort-net/cohort/internal/trainer"
)

// DevnetOptions configure a whole network in one process: a coordinator and Nodes trainers, each an
// HTTP server on loopback, running one task on a data set split among the trainers.
type DevnetOptions struct {
	Data string // bundled name, fashion-mnist, or a CSV path (dataset.LoadSource)
	// TrainSet and TestSet, when both set, are used instead of loading Data (tests and benchmarks).
	TrainSet, TestSet *dataset.Dataset
	Label             string
	// Schema is the schema file a CSV data file is read through (id and ignore columns left out,
	// categorical columns one-hot, missing values imputed); "" infers one (schema.Infer).
	Schema     string
	FashionDir string
	Task       task.Options
	Nodes      int
	Partition  string // iid|dirichlet
	Alpha      float64
	Host       string // listen host (default 127.0.0.1)
	BasePort   int    // coordinator on BasePort, trainer i on BasePort+i; 0 picks free ports
	Dir        string // data directory (keys, coordinator store); "" = a temporary one, removed on Close
	// CentralizedEpochs for the baseline: 0 trains it to convergence (fl.TrainBaseline, with a
	// validation split carved from the training split); > 0 that many epochs; < 0 skips it.
	CentralizedEpochs int
	// RoundsCap is `cohort devnet --rounds-cap` (the CLI copies it into Task.Rounds with automatic rounds).
	RoundsCap int
	Chain     ChainOptions
	// Home is where the deployment record is written (<home>/deployments/<chain id>.json); "" keeps it
	// in the devnet's directory.
	Home string
	// Procs runs every node as its own `cohort node run` OS process (this binary) instead of in this
	// process. Only with a chain.
	Procs   bool
	Log     *slog.Logger
	OnRound func(protocol.RoundSummary)
	// setupStep, when set (tests), is called as the setup reaches each step (see at); an error fails the
	// setup there.
	setupStep func(ctx context.Context, step string) error
}

// at marks a setup step: "data", "chain", "deploy", "fund", "nodes", "register", "attest", "publish",
// "bidding" on chain, "local" off chain. Tests fail or interrupt the setup at each of them.
func (o *DevnetOptions) at(ctx context.Context, step string) error {
	if o.setupStep == nil {
		return nil
	}
	if err := o.setupStep(ctx, step); err != nil {
		return fmt.Errorf("%s: %w", step, err)
	}
	return nil
}

// DevnetResult is what `cohort devnet --json` prints.
type DevnetResult struct {
	Dataset             string                  `json:"dataset"`
	Model               string                  `json:"model"`
	Strategy            string                  `json:"strategy"`
	Partition           string                  `json:"partition"`
	SecureAgg           string                  `json:"secure_aggregation"`
	Nodes               int                     `json:"nodes"`
	Rounds              int                     `json:"rounds"`
	TrainSamples        int                     `json:"train_samples"`
	TestSamples         int                     `json:"test_samples"`
	FederatedAccuracy   float64                 `json:"federated_accuracy"`
	CentralizedAccuracy *float64                `json:"centralized_accuracy,omitempty"`
	FederatedLogLoss    float64                 `json:"federated_log_loss"`
	FederatedAUC        *float64                `json:"federated_auc,omitempty"`
	TaskID              string                  `json:"task_id"`
	Coordinator         string                  `json:"coordinator"`
	CoordinatorURL      string                  `json:"coordinator_url"`
	TrainingMS          int64                   `json:"training_ms"`
	History             []protocol.RoundSummary `json:"history"`
	Chain               *ChainResult            `json:"chain,omitempty"`
	DataEncoding        *DataEncoding           `json:"data_encoding,omitempty"`
}

// Devnet is a running in-process network.
type Devnet struct {
	opts     DevnetOptions
	spec     protocol.TaskSpec
	train    *dataset.Dataset // the whole training split (the centralized baseline trains on it)
	val      *dataset.Dataset // automatic rounds: the coordinator's validation rows, kept out of the trainers' partitions
	test     *dataset.Dataset
	name     string
	enc      *DataEncoding // how a CSV file was read through its schema (nil: no schema)
	dir      string
	tempDir  bool
	coord    *coordinator.Coordinator
	trainers []*trainer.Trainer
	servers  []*server
	runErr   chan error
	runDone  chan struct{}
	started  time.Time
	cancel   context.CancelFunc
	once     sync.Once
	market   *market // the task on chain, run by self-acting nodes
	data     *DataAttestation
	final    *FinalModel // what Wait found (devnet_model.go)
	dash     *server     // the dashboard (dashboard.go)
}

// StartDevnet loads the data, starts every node on loopback and starts the task. Call Wait for the
// result and Close to stop the nodes.
func StartDevnet(ctx context.Context, o DevnetOptions) (_ *Devnet, err error) {
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	if o.Nodes < 1 || o.Nodes > 1000 {
		return nil, cohort.Errorf(cohort.EInvalid, "--nodes %d: want 1..1000", o.Nodes)
	}
	if o.Host == "" {
		o.Host = "127.0.0.1"
	}
	train, test, name := o.TrainSet, o.TestSet, "custom"
	var enc *DataEncoding
	var full, val *dataset.Dataset
	switch {
	case train != nil && test != nil:
	case schemaSource(o):
		if full, train, val, test, name, enc, err = loadSchemaData(o); err != nil {
			return nil, err
		}
	default:
		if train, test, name, err = dataset.LoadSource(o.Data, o.Label, o.FashionDir, o.Task.Seed); err != nil {
			return nil, err
		}
	}
	if err := o.at(ctx, "data"); err != nil {
		return nil, err
	}
	if o.Task.Standardize == nil && name == "fashion_mnist" {
		f := false // pixels are already in [0,1]
		o.Task.Standardize = &f
	}
	o.Task.Trainers = o.Nodes
	spec, err := o.Task.Spec(name, train.D, train.Classes, train.Label)
	if err != nil {
		return nil, err
	}
	if full == nil {
		full = train
	}
	if o.Task.AutoRounds && val == nil { // the coordinator keeps a validation split of the training rows
		if train, val, err = fl.CarveValidation(train, o.Task.Seed); err != nil {
			return nil, err
		}
	}
	if o.Nodes > train.N {
		return nil, cohort.Errorf(cohort.EInvalid, "--nodes %d: the training split of %s has %d rows, so at most %d trainers can each hold one", o.Nodes, name, train.N, train.N)
	}
	parts, err := fl.Partitions(fl.SimConfig{Spec: spec.Model, TrainSet: train, Clients: o.Nodes, Partition: o.Partition, Alpha: o.Alpha, Seed: spec.Seed})
	if err != nil {
		return nil, err
	}
	for i, p := range parts {
		if len(p) == 0 {
			return nil, cohort.Errorf(cohort.EInvalid, "--nodes %d: trainer %d gets no rows of the %d-row training split (%s partition); use fewer nodes or a larger --alpha", o.Nodes, i+1, train.N, o.Partition)
		}
	}
	d := &Devnet{opts: o, spec: spec, train: full, val: val, test: test, name: name, enc: enc, dir: o.Dir, runErr: make(chan error, 1), runDone: make(chan struct{})}
	if d.dir == "" {
		if d.dir, err = os.MkdirTemp("", "cohort-devnet-"); err != nil {
			return nil, err
		}
		d.tempDir = true
	} else if err = os.MkdirAll(d.dir, 0o700); err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			d.Close()
		}
	}()
	if o.Chain.RPC != "none" {
		if o.Nodes > 255 {
			return nil, cohort.Errorf(cohort.EInvalid, "--nodes %d: a task on chain selects at most 255 trainers (use --no-chain for more)", o.Nodes)
		}
		if err := o.at(ctx, "chain"); err != nil {
			return nil, err
		}
		if d.market, err = openMarket(ctx, o, d.dir, name, spec, train, test, parts, val, enc); err != nil {
			return nil, err
		}
		if err := d.serveDashboard(d.market.dashSource()); err != nil {
			return nil, err
		}
		// The devnet, as the data's owner, has the authorizer node validate the bundled data set.
		if err := o.at(ctx, "attest"); err != nil {
			return nil, err
		}
		if d.data, err = d.market.attestData(ctx, name); err != nil {
			return nil, fmt.Errorf("data attestation: %w", err)
		}
		d.started = time.Now() // from submission (the document stored, the task published) to settlement
		if err := o.at(ctx, "publish"); err != nil {
			return nil, err
		}
		if err := d.market.publish(ctx, o, name, spec, train, enc); err != nil {
			return nil, err
		}
		return d, nil
	}
	if err := o.at(ctx, "local"); err != nil {
		return nil, err
	}
	if err := d.startLocal(ctx, train, parts); err != nil {
		return nil, err
	}
	if err := d.serveDashboard(d.localSource()); err != nil {
		return nil, err
	}
	return d, nil
}

// startLocal runs the task without a chain: a coordinator and the trainers, each an HTTP server of
// this process.
func (d *Devnet) startLocal(ctx context.Context, train *dataset.Dataset, parts [][]int) error {
	o, spec, test := d.opts, d.spec, d.test
	port := func(i int) string {
		if o.BasePort == 0 {
			return fmt.Sprintf("%s:0", o.Host)
		}
		return fmt.Sprintf("%s:%d", o.Host, o.BasePort+i)
	}
	keyLabel := func(name string) string { return fmt.Sprintf("devnet/%d/%s", spec.Seed, name) }
	coordKey, err := devKey(filepath.Join(d.dir, "keys"), keyLabel("coordinator"))
	if err != nil {
		return err
	}
	cm := metrics.New("")
	d.coord, err = coordinator.New(coordinator.Config{
		Spec: spec, DataDir: mkdir(filepath.Join(d.dir, "coordinator")), Key: coordKey, Recover: identity.Recover,
		Eval: test, Validation: d.val, Log: o.Log.With("role", RoleCoordinator, "task", spec.ID), OnRound: countRounds(cm, o.OnRound),
	})
	if err != nil {
		return err
	}
	cs, err := listen(port(0), d.coord.Handler(), &api.Health{}, o.Log, cm)
	if err != nil {
		return err
	}
	d.servers = append(d.servers, cs)
	runCtx, cancel := context.WithCancel(ctx)
	d.cancel = cancel
	for i, part := range parts {
		key, err := devKey(filepath.Join(d.dir, "keys"), keyLabel(fmt.Sprintf("trainer-%d", i+1)))
		if err != nil {
			return err
		}
		t, err := trainer.New(trainer.Config{
			Key: key, Recover: identity.Recover, CoordinatorURL: cs.URL, Coordinator: coordKey.ID(),
			Data: train.Subset(part), Log: o.Log.With("node", key.ID(), "role", RoleTrainer, "task", spec.ID),
			StateFile: filepath.Join(d.dir, "trainers", key.ID().String()+".json"),
		})
		if err != nil {
			return err
		}
		ts, err := listen(port(i+1), t.Handler(), &api.Health{}, o.Log, nil)
		if err != nil {
			return err
		}
		t.SetEndpoint(ts.URL)
		d.trainers = append(d.trainers, t)
		d.servers = append(d.servers, ts)
	}
	d.started = time.Now()
	var joinWG sync.WaitGroup
	joinErr := make(chan error, len(d.trainers))
	for _, t := range d.trainers {
		joinWG.Add(1)
		go func() {
			defer joinWG.Done()
			if err := t.Join(runCtx); err != nil {
				joinErr <- fmt.Errorf("trainer %s: %w", t.ID(), err)
			}
		}()
	}
	go func() {
		joinWG.Wait()
		close(joinErr)
	}()
	go func() {
		defer close(d.runDone)
		if err, ok := <-joinErr; ok && err != nil {
			d.runErr <- err
			return
		}
		d.runErr <- d.coord.Run(runCtx)
	}()
	return nil
}

// devKey derives a node key from label, so a devnet is reproducible from its seed, and keeps it in a
// keystore file (light scrypt, password "devnet": these are dev keys).
func devKey(dir, label string) (*identity.Key, error) {
	k, _, err := devKeyFile(dir, label)
	return k, err
}

// devKeyFile is devKey that also returns the keystore file's path.
func devKeyFile(dir, label string) (*identity.Key, string, error) {
	k, err := identity.DevKey(label)
	if err != nil {
		return nil, "", err
	}
	path, err := identity.SaveKeystore(filepath.Join(dir, filepath.Base(label)), k, "devnet", identity.Light)
	if err != nil {
		return nil, "", err
	}
	return k, path, nil
}

func mkdir(p string) string {
	_ = os.MkdirAll(p, 0o700)
	return p
}

// Spec returns the running task.
func (d *Devnet) Spec() protocol.TaskSpec {
	if d.market != nil {
		return d.market.spec
	}
	return d.coord.Spec()
}

// TrainerIDs returns the trainers' node IDs; trainer i holds partition i of fl.Partitions.
func (d *Devnet) TrainerIDs() []cohort.NodeID {
	if d.market != nil {
		return d.market.trainers
	}
	ids := make([]cohort.NodeID, len(d.trainers))
	for i, t := range d.trainers {
		ids[i] = t.ID()
	}
	return ids
}

// CoordinatorURL returns the coordinator's API address for the devnet's task.
func (d *Devnet) CoordinatorURL() string {
	if d.market != nil {
		return d.market.taskURL()
	}
	return d.servers[0].URL
}

// NodeURLs returns every node's base URL: each listener serves its API, /livez, /readyz and
// /metrics. Off chain the coordinator comes first, then the trainers.
func (d *Devnet) NodeURLs() []string {
	if d.market != nil {
		return slices.Clone(d.market.urls)
	}
	urls := make([]string, len(d.servers))
	for i, s := range d.servers {
		urls[i] = s.URL
	}
	return urls
}

// RPC returns the chain's JSON-RPC URL and the deployment record's path ("" without a chain).
func (d *Devnet) RPC() (url, deployment string) {
	if d.market == nil {
		return "", ""
	}
	return d.market.dep.RPC, d.market.depPath
}

// Wait blocks until the task ends (on chain: until it is settled and every paid node withdrew) and
// returns the federated result beside a centralized model trained on the same split.
func (d *Devnet) Wait(ctx context.Context) (*DevnetResult, error) {
	var (
		model   *fl.Model
		scaler  *dataset.Scaler
		history []protocol.RoundSummary
		chainR  *ChainResult
	)
	if d.market != nil {
		st, err := d.market.follow(ctx, d.opts.OnRound)
		if err != nil {
			return nil, err
		}
		if chainR, model, scaler, err = d.market.result(ctx); err != nil {
			return nil, err
		}
		chainR.Data, history = d.data, st.History
		if err := checkPaidTotal(chainR.Summary); err != nil {
			return nil, err
		}
	} else {
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case err := <-d.runErr:
			if err != nil {
				return nil, err
			}
		}
		var err error
		if model, scaler, err = d.coord.Result(); err != nil {
			return nil, err
		}
		st, err := d.coord.Status()
		if err != nil {
			return nil, err
		}
		history = st.History
	}
	elapsed := time.Since(d.started)
	test := d.test
	if scaler != nil {
		test = scaler.Apply(d.test)
	}
	fed := fl.Evaluate(model, test)
	spec := d.Spec()
	res := &DevnetResult{
		Dataset: d.name, Model: spec.Model.String(), Strategy: spec.Strategy.Name, Partition: partitionName(d.opts), SecureAgg: spec.SecureAgg.String(),
		Nodes: len(d.TrainerIDs()), Rounds: len(history), TrainSamples: d.train.N, TestSamples: d.test.N,
		FederatedAccuracy: fed.Accuracy, FederatedLogLoss: fed.LogLoss, FederatedAUC: fed.AUC,
		TaskID: spec.ID, Coordinator: spec.Coordinator.String(), CoordinatorURL: d.CoordinatorURL(),
		TrainingMS: elapsed.Milliseconds(), History: history, Chain: chainR, DataEncoding: d.enc,
	}
	if d.market != nil {
		res.Coordinator = d.market.coordID.String()
	}
	if d.opts.CentralizedEpochs >= 0 {
		acc, err := d.centralized(ctx, spec)
		if err != nil {
			return nil, fmt.Errorf("centralized baseline: %w", err)
		}
		res.CentralizedAccuracy = &acc
	}
	d.final = d.finalModel(model, scaler, history, chainR)
	return res, nil
}

func partitionName(o DevnetOptions) string {
	if o.Partition == fl.PartitionDirichlet {
		return fmt.Sprintf("dirichlet(%g)", o.Alpha)
	}
	return fl.PartitionIID
}

// centralized trains the same model on the whole training split, standardized with statistics of
// the training split only, to convergence (or for CentralizedEpochs).
func (d *Devnet) centralized(ctx context.Context, spec protocol.TaskSpec) (float64, error) {
	train, test := d.train, d.test
	if spec.Standardize {
		s := dataset.FitScaler(train)
		train, test = s.Apply(train), s.Apply(test)
	}
	var m *fl.Model
	var err error
	if d.opts.CentralizedEpochs == 0 {
		m, _, err = fl.TrainBaseline(ctx, spec.Model, train, spec.Train, spec.Seed, fl.EarlyStop{})
	} else {
		tc := spec.Train
		tc.ProxMu, tc.Adapt, tc.Epochs = 0, false, d.opts.CentralizedEpochs
		m, err = fl.TrainCentralized(ctx, spec.Model, train, tc, spec.Seed)
	}
	if err != nil {
		return 0, err
	}
	return fl.Evaluate(m, test).Accuracy, nil
}

// Close stops every node and removes a temporary data directory.
func (d *Devnet) Close() error {
	var errs []error
	d.once.Do(func() {
		if d.cancel != nil {
			d.cancel()
		}
		if d.dash != nil {
			errs = append(errs, d.dash.shutdown(5*time.Second))
		}
		for _, s := range d.servers {
			if err := s.shutdown(5 * time.Second); err != nil {
				errs = append(errs, err)
			}
		}
		for _, t := range d.trainers {
			t.Close()
		}
		if d.coord != nil {
			if d.cancel != nil {
				<-d.runDone // Run returns promptly once its context is cancelled
			}
			errs = append(errs, d.coord.Close())
		}
		if d.market != nil {
			d.market.close()
		}
		if d.tempDir {
			errs = append(errs, os.RemoveAll(d.dir))
		}
	})
	return errors.Join(errs...)
}
