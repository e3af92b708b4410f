// Package node is the one place that wires Cohort together: it turns a node's configuration into a
// running coordinator or trainer (keys, data, store, HTTP server, graceful shutdown), and it runs a
// whole network in one process (devnet). Nothing else imports it but the command line.
package node

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/api"
	"github.com/cohort-net/cohort/internal/coordinator"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/metrics"
	"github.com/cohort-net/cohort/internal/modelfile"
	"github.com/cohort-net/cohort/internal/protocol"
	"github.com/cohort-net/cohort/internal/schema"
	"github.com/cohort-net/cohort/internal/trainer"
)

// Run runs the configured node until ctx ends, then shuts down gracefully: readiness turns 503, the
// server stops taking requests and finishes running ones, work in progress is handed back, and the
// store is flushed and closed.
func Run(ctx context.Context, c *Config, log *slog.Logger) error {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	password := ""
	if c.PasswordFile != "" {
		p, err := identity.ReadPassword(c.PasswordFile)
		if err != nil {
			return err
		}
		password = p
	}
	key, err := identity.LoadKeystore(c.Keystore, password)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(c.DataDir, 0o700); err != nil {
		return fmt.Errorf("data dir: %w", err)
	}
	if c.Chain.RPC != "" {
		return runNetworked(ctx, c, key, log.With("node", key.ID()))
	}
	log = log.With("node", key.ID())
	if c.Has(RoleCoordinator) {
		return runCoordinator(ctx, c, key, log)
	}
	if c.Has(RoleGateway) {
		return runGateway(ctx, c, key, log)
	}
	return runTrainer(ctx, c, key, log)
}

// coordinatorTask is what an off-chain coordinator's task is built from: its spec, and its
// evaluation data (numeric, or a table read through the task's schema).
type coordinatorTask struct {
	spec      protocol.TaskSpec
	eval      *dataset.Dataset
	evalTable *dataset.Table
	val       *dataset.Dataset // automatic rounds: [coordinator] validation
	valTable  *dataset.Table
	features  []string // input names, when known before training
}

// coordinatorSpec builds an off-chain coordinator's task from its config: the width and classes
// from its eval data (read through [coordinator] schema when set) or from features and classes.
func coordinatorSpec(c *Config) (*coordinatorTask, error) {
	cc := c.Coordinator
	out := &coordinatorTask{}
	features, classes, label := cc.Features, cc.Classes, cc.Label
	var sc *schema.Schema
	open := false
	switch {
	case cc.Schema != "":
		s, err := schema.Load(cc.Schema)
		if err != nil {
			return nil, err
		}
		layout, err := dataset.SchemaLayout(s, label)
		if err != nil {
			return nil, fmt.Errorf("coordinator.schema: %w", err)
		}
		if features, err = layout.FixedWidth(); err != nil { // an open width: the union of the trainers' categories
			features, open = (&protocol.TaskSpec{Schema: protocol.NewTaskSchema(s), Label: layout.Label}).WidthBound(), true
		}
		sc, label = s, layout.Label
		if cc.EvalData != "" {
			t, _, _, err := dataset.ReadCSVTable(cc.EvalData, label, cc.Schema)
			if err != nil {
				return nil, fmt.Errorf("eval data: %w", err)
			}
			out.evalTable = t
			if len(classes) == 0 {
				classes = t.Classes
			}
		}
	case cc.EvalData != "":
		d, err := dataset.LoadCSVFile(cc.EvalData, cc.Label)
		if err != nil {
			return nil, fmt.Errorf("eval data: %w", err)
		}
		out.eval, features, out.features = d, d.D, d.Features
		if len(classes) == 0 {
			classes = d.Classes
		}
	}
	if features == 0 || len(classes) < 2 {
		return nil, cohort.Errorf(cohort.EInvalid, "coordinator: set eval_data, or features and classes")
	}
	spec, err := c.Task.Spec("", features, classes, label)
	if err != nil {
		return nil, err
	}
	if sc != nil {
		spec.Schema = protocol.NewTaskSchema(sc)
		spec.Schema.MinTrainers = cc.MinTrainers
		if open {
			spec.Model.Inputs = 0 // fixed at start by the union of the trainers' categories
		}
		if err := spec.Validate(); err != nil {
			return nil, err
		}
	}
	out.spec = spec
	if spec.Stop != nil {
		if cc.Validation == "" {
			return nil, cohort.Errorf(cohort.EInvalid, "task.auto_rounds: set coordinator.validation (rows kept out of training whose log-loss ends the task)")
		}
		if out.val, out.valTable, err = readValidation(cc.Validation, &spec); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// readValidation reads a coordinator's validation CSV for spec: through the task's schema when it
// names one (encoded once the encoding is fitted), else as numbers with its classes renumbered to the
// task's.
func readValidation(path string, spec *protocol.TaskSpec) (*dataset.Dataset, *dataset.Table, error) {
	if spec.Schema != nil {
		s, _, err := spec.Layout()
		if err != nil {
			return nil, nil, err
		}
		f, err := os.Open(path)
		if err != nil {
			return nil, nil, fmt.Errorf("validation data: %w", err)
		}
		defer f.Close()
		t, err := dataset.ReadTable(f, s, spec.Label)
		if err != nil {
			return nil, nil, fmt.Errorf("validation data %s: %w", path, err)
		}
		return nil, t, nil
	}
	d, err := dataset.LoadCSVFile(path, spec.Label)
	if err != nil {
		return nil, nil, fmt.Errorf("validation data: %w", err)
	}
	if d.D != spec.Model.Inputs {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "validation data %s: %d features, the task's model takes %d", path, d.D, spec.Model.Inputs)
	}
	if d, err = remapClasses(d, spec.Classes); err != nil {
		return nil, nil, fmt.Errorf("validation data %s: %w", path, err)
	}
	d.Classes = spec.Classes
	return d, nil, nil
}

func runCoordinator(ctx context.Context, c *Config, key *identity.Key, log *slog.Logger) error {
	cc := c.Coordinator
	tk, err := coordinatorSpec(c)
	if err != nil {
		return err
	}
	spec := tk.spec
	participants, err := parseTrainers(cc.Trainers)
	if err != nil {
		return err
	}
	m := metrics.New("")
	coord, err := coordinator.New(coordinator.Config{Spec: spec, DataDir: c.DataDir, Key: key, Recover: identity.Recover, Eval: tk.eval, EvalTable: tk.evalTable, Validation: tk.val, ValidationTable: tk.valTable,
		Log: log.With("task", spec.ID), Participants: participants, OnRound: countRounds(m, nil)})
	if err != nil {
		return err
	}
	defer coord.Close()
	health := &api.Health{}
	srv, err := listen(c.Listen, coord.Handler(), health, log, m)
	if err != nil {
		return err
	}
	log.Info("coordinator serving", "url", srv.URL, "task", spec.ID)
	runErr := make(chan error, 1)
	go func() { runErr <- coord.Run(ctx) }()
	var result error
	select {
	case <-ctx.Done():
		result = <-runErr
	case result = <-runErr:
		if result == nil {
			if err := saveModel(coord, tk, c.DataDir); err != nil {
				log.Warn("model file not written", "err", err)
			} else {
				log.Info("model file written", "path", filepath.Join(c.DataDir, ModelFileName))
			}
			log.Info("task done; serving its status until stopped")
		} else {
			log.Error("task ended", "err", result)
		}
		<-ctx.Done()
	}
	if err := srv.shutdown(10 * time.Second); err != nil {
		log.Warn("shutdown", "err", err)
	}
	if errors.Is(result, context.Canceled) {
		result = nil
	}
	return result
}

// ModelFileName is the model file an off-chain coordinator writes in its data directory when its
// task is done (`cohort predict --model` reads it; a schema task's carries its encoding, so
// predictions take raw CSV rows).
const ModelFileName = "model.json"

// saveModel writes the task's final model, scaler and encoding as a model file.
func saveModel(coord *coordinator.Coordinator, tk *coordinatorTask, dir string) error {
	m, scaler, err := coord.Result()
	if err != nil {
		return err
	}
	spec := coord.Spec()
	st, err := coord.Status()
	if err != nil {
		return err
	}
	prov := modelfile.Provenance{Source: "node", TaskID: spec.ID, Round: st.Round, ChainID: spec.ChainID, Seed: spec.Seed, CreatedAt: time.Now().UTC()}
	if n := len(st.History); n > 0 && st.History[n-1].Accuracy != nil {
		prov.Accuracy, prov.AccuracyOn = st.History[n-1].Accuracy, "the coordinator's eval_data"
	}
	f, err := modelfile.New(m, scaler, tk.features, spec.Label, spec.Classes, prov)
	if err != nil {
		return err
	}
	if err := f.SetEncoding(coord.Encoding()); err != nil {
		return err
	}
	return modelfile.Write(filepath.Join(dir, ModelFileName), f)
}

// parseTrainers reads coordinator.trainers ("0xADDRESS=URL" each) into the coordinator's
// participants; none gives nil (an open task).
func parseTrainers(list []string) (map[cohort.NodeID]string, error) {
	if len(list) == 0 {
		return nil, nil
	}
	out := make(map[cohort.NodeID]string, len(list))
	for _, e := range list {
		addr, u, ok := strings.Cut(e, "=")
		id, err := cohort.ParseNodeID(strings.TrimSpace(addr))
		if !ok || err != nil || !strings.HasPrefix(u, "http") {
			return nil, cohort.Errorf(cohort.EInvalid, "coordinator.trainers: %q, want 0xADDRESS=http://host:port", e)
		}
		out[id] = strings.TrimSpace(u)
	}
	return out, nil
}

func runTrainer(ctx context.Context, c *Config, key *identity.Key, log *slog.Logger) error {
	tc := c.Trainer
	coordID, err := cohort.ParseNodeID(tc.Coordinator)
	if err != nil {
		return fmt.Errorf("trainer.coordinator: %w", err)
	}
	// The CSV is read when the task is known: through its schema when it names one, else as numbers.
	raw, err := os.ReadFile(tc.Data)
	if err != nil {
		return fmt.Errorf("trainer data: %w", err)
	}
	t, err := trainer.New(trainer.Config{Key: key, Recover: identity.Recover, CoordinatorURL: tc.CoordinatorURL, Coordinator: coordID, Endpoint: c.Advertise,
		CSV: raw, Label: tc.Label, Log: log, StateFile: filepath.Join(c.DataDir, "trainer-state.json")})
	if err != nil {
		return err
	}
	health := &api.Health{}
	srv, err := listen(c.Listen, t.Handler(), health, log, nil)
	if err != nil {
		return err
	}
	log.Info("trainer serving", "url", srv.URL, "data", tc.Data)
	joinErr := t.Join(ctx)
	if joinErr != nil && ctx.Err() == nil {
		log.Error("join failed", "err", joinErr)
	}
	if joinErr == nil {
		<-ctx.Done()
	}
	srv.shutdown(10 * time.Second)
	t.Close()
	if ctx.Err() != nil {
		return nil
	}
	return joinErr
}
