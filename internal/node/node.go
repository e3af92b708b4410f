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

	"github.com/BurntSushi/toml"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/api"
	"github.com/cohort-net/cohort/internal/coordinator"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/task"
	"github.com/cohort-net/cohort/internal/trainer"
)

// Config is one node's configuration file (TOML).
type Config struct {
	Role         string            `toml:"role"`      // coordinator | trainer
	Listen       string            `toml:"listen"`    // host:port
	Advertise    string            `toml:"advertise"` // URL others reach this node at (default http://listen)
	DataDir      string            `toml:"data_dir"`
	Keystore     string            `toml:"keystore"`      // keystore v3 file
	PasswordFile string            `toml:"password_file"` // its password
	Task         task.Options      `toml:"task"`
	Coordinator  CoordinatorConfig `toml:"coordinator"`
	Trainer      TrainerConfig     `toml:"trainer"`
}

// CoordinatorConfig is the coordinator role's section.
type CoordinatorConfig struct {
	EvalData string   `toml:"eval_data"` // optional hold-out CSV the coordinator evaluates each round on
	Label    string   `toml:"label"`
	Classes  []string `toml:"classes"`  // label values, when there is no eval data
	Features int      `toml:"features"` // input width, when there is no eval data
}

// TrainerConfig is the trainer role's section.
type TrainerConfig struct {
	CoordinatorURL string `toml:"coordinator_url"`
	Coordinator    string `toml:"coordinator"` // the coordinator's address: only its train requests are obeyed
	Data           string `toml:"data"`        // local CSV; its rows never leave this node
	Label          string `toml:"label"`
}

// LoadConfig reads a TOML node configuration; unknown keys are an error.
func LoadConfig(path string) (*Config, error) {
	var c Config
	md, err := toml.DecodeFile(path, &c)
	if err != nil {
		return nil, cohort.Errorf(cohort.EInvalid, "config %s: %v", path, err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		keys := make([]string, len(und))
		for i, k := range und {
			keys[i] = k.String()
		}
		return nil, cohort.Errorf(cohort.EInvalid, "config %s: unknown keys %s", path, strings.Join(keys, ", "))
	}
	base := filepath.Dir(path)
	rel := func(p *string) {
		if *p != "" && !filepath.IsAbs(*p) {
			*p = filepath.Join(base, *p)
		}
	}
	rel(&c.DataDir)
	rel(&c.Keystore)
	rel(&c.PasswordFile)
	rel(&c.Coordinator.EvalData)
	rel(&c.Trainer.Data)
	if c.Listen == "" {
		c.Listen = "127.0.0.1:7100"
	}
	if c.Advertise == "" {
		c.Advertise = "http://" + c.Listen
	}
	switch {
	case c.Role != "coordinator" && c.Role != "trainer":
		return nil, cohort.Errorf(cohort.EInvalid, "config %s: role %q: want coordinator|trainer", path, c.Role)
	case c.DataDir == "":
		return nil, cohort.Errorf(cohort.EInvalid, "config %s: data_dir is required", path)
	case c.Keystore == "":
		return nil, cohort.Errorf(cohort.EInvalid, "config %s: keystore is required (make one with `cohort keys new`)", path)
	}
	return &c, nil
}

// Run runs the configured node until ctx ends, then shuts down gracefully: readiness turns 503, the
// server stops taking requests and finishes running ones, work in progress is handed back, and the
// store is flushed and closed.
func Run(ctx context.Context, c *Config, log *slog.Logger) error {
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
	log = log.With("node", key.ID(), "role", c.Role)
	switch c.Role {
	case "coordinator":
		return runCoordinator(ctx, c, key, log)
	default:
		return runTrainer(ctx, c, key, log)
	}
}

func runCoordinator(ctx context.Context, c *Config, key *identity.Key, log *slog.Logger) error {
	cc := c.Coordinator
	var eval *dataset.Dataset
	features, classes, label := cc.Features, cc.Classes, cc.Label
	if cc.EvalData != "" {
		d, err := dataset.LoadCSVFile(cc.EvalData, cc.Label)
		if err != nil {
			return fmt.Errorf("eval data: %w", err)
		}
		eval, features = d, d.D
		if len(classes) == 0 {
			classes = d.Classes
		}
	}
	if features == 0 || len(classes) < 2 {
		return cohort.Errorf(cohort.EInvalid, "coordinator: set eval_data, or features and classes")
	}
	spec, err := c.Task.Spec("", features, classes, label)
	if err != nil {
		return err
	}
	coord, err := coordinator.New(coordinator.Config{Spec: spec, DataDir: c.DataDir, Key: key, Recover: identity.Recover, Eval: eval, Log: log})
	if err != nil {
		return err
	}
	defer coord.Close()
	health := &api.Health{}
	srv, err := listen(c.Listen, coord.Handler(), health, log)
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

func runTrainer(ctx context.Context, c *Config, key *identity.Key, log *slog.Logger) error {
	tc := c.Trainer
	coordID, err := cohort.ParseNodeID(tc.Coordinator)
	if err != nil {
		return fmt.Errorf("trainer.coordinator: %w", err)
	}
	data, err := dataset.LoadCSVFile(tc.Data, tc.Label)
	if err != nil {
		return fmt.Errorf("trainer data: %w", err)
	}
	t, err := trainer.New(trainer.Config{Key: key, Recover: identity.Recover, CoordinatorURL: tc.CoordinatorURL, Coordinator: coordID, Endpoint: c.Advertise, Data: data, Log: log})
	if err != nil {
		return err
	}
	health := &api.Health{}
	srv, err := listen(c.Listen, t.Handler(), health, log)
	if err != nil {
		return err
	}
	log.Info("trainer serving", "url", srv.URL, "samples", data.N)
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
