package node

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/schema"
	"github.com/cohort-net/cohort/internal/task"
	"github.com/cohort-net/cohort/internal/trainer"
)

// trainerRole bids on published tasks its data fits, trains the ones the chain selected it for, and
// settles and withdraws what it earns.
type trainerRole struct {
	s *system
	// raw is the data file as it is on disk: a task whose document embeds a schema reads it through
	// the schema (NA cells, categories, id columns), as off-chain schema tasks do. data is the same
	// file read as all-numeric, for tasks without a schema; nil when it is not (numErr says why).
	raw    []byte
	data   *dataset.Dataset
	numErr error
	rate   *big.Int

	mu      sync.Mutex
	running map[string]time.Time // tasks this node trains, by id, with their execution deadline
}

func newTrainerRole(s *system) (*trainerRole, error) {
	c := s.cfg.Trainer
	raw, err := os.ReadFile(c.Data)
	if err != nil {
		return nil, fmt.Errorf("trainer data: %w", err)
	}
	data, numErr := dataset.LoadCSV(bytes.NewReader(raw), c.Label)
	if numErr != nil {
		s.log.Info("trainer data is not all numeric: only tasks with a schema can read it", "data", c.Data, "reason", numErr)
	}
	rate, err := chain.ParseTokens(s.cfg.Chain.Rate)
	if err != nil {
		return nil, cohort.Errorf(cohort.EInvalid, "chain.rate %q: %v", s.cfg.Chain.Rate, err)
	}
	return &trainerRole{s: s, raw: raw, data: data, numErr: numErr, rate: rate, running: map[string]time.Time{}}, nil
}

func (t *trainerRole) name() string { return RoleTrainer }

func (t *trainerRole) chainRoles() []cohort.Role { return []cohort.Role{cohort.RoleTrainer} }

func (t *trainerRole) handle(ctx context.Context, ev chain.MarketEvent) error {
	switch ev.Kind {
	case chain.EvTaskPublished:
		return t.maybeBid(ctx, ev)
	case chain.EvNodesSelected:
		return t.maybeTrain(ctx, ev.Task)
	case chain.EvTaskAttested:
		if rank := t.selectedRank(ctx, ev.Task); rank >= 0 && boolOr(t.s.cfg.Chain.AutoSettle, true) {
			go t.s.settleDue(ctx, ev.Task, time.Duration(rank)*3*time.Second)
		}
	case chain.EvPaid:
		if cohort.NodeID(ev.Node) == t.s.key.ID() && boolOr(t.s.cfg.Chain.AutoWithdraw, true) {
			return t.s.withdrawAll(ctx)
		}
	case chain.EvTaskSettled, chain.EvTaskRefunded:
		t.stop(ev.Task)
	}
	return nil
}

// fits says why the node's data does not fit the task ("" when it does).
func (t *trainerRole) fits(ctx context.Context, f *task.File) string {
	d := f.Data
	if !t.hardwareFits(f.Market) {
		h := f.Market
		return fmt.Sprintf("the task wants %d cores, %d MiB and %d GPUs; this node has %d, %d and %d", h.MinCPUCores, h.MinMemoryMB, h.MinGPUCount,
			t.s.cfg.Hardware.CPUCores, t.s.cfg.Hardware.MemoryMB, t.s.cfg.Hardware.GPUCount)
	}
	if len(d.SchemaDoc) > 0 {
		return t.fitsSchema(ctx, f)
	}
	if t.data == nil {
		return fmt.Sprintf("the task names no schema and this node's data is not all numeric (%v)", t.numErr)
	}
	switch {
	case d.Label != t.data.Label:
		return fmt.Sprintf("the task's label is %q, this node's data is labelled %q", d.Label, t.data.Label)
	case d.Features != t.data.D:
		return fmt.Sprintf("the task wants %d features, this node's data has %d", d.Features, t.data.D)
	case d.Attested:
		if why := t.attested(ctx, d.Schema); why != "" {
			return why
		}
	}
	for _, c := range t.data.Classes {
		if !slices.Contains(d.Classes, c) {
			return fmt.Sprintf("this node's label value %q is not one of the task's classes", c)
		}
	}
	return ""
}

// fitsSchema says why the node's raw CSV does not fit a task that embeds its schema: it must read
// through the schema (every cell of its type, categories among the listed ones, no missing label)
// with the task's label, and hold only the task's classes.
func (t *trainerRole) fitsSchema(ctx context.Context, f *task.File) string {
	d := f.Data
	if d.Attested {
		if why := t.attested(ctx, d.Schema); why != "" {
			return why
		}
	}
	s, err := schema.Parse(d.SchemaDoc)
	if err != nil {
		return fmt.Sprintf("the task's schema: %v", err)
	}
	if l := t.s.cfg.Trainer.Label; l != "" && l != d.Label {
		return fmt.Sprintf("the task's label is %q, this node's data is labelled %q", d.Label, l)
	}
	tab, err := dataset.ReadTable(bytes.NewReader(t.raw), s, d.Label)
	if err != nil {
		return fmt.Sprintf("this node's data does not read through the task's schema %q: %v", s.Name, err)
	}
	for _, c := range tab.Classes {
		if !slices.Contains(d.Classes, c) {
			return fmt.Sprintf("this node's label value %q is not one of the task's classes", c)
		}
	}
	return ""
}

func (t *trainerRole) maybeBid(ctx context.Context, ev chain.MarketEvent) error {
	log := t.s.log.With("task", ev.Task)
	f, err := t.s.taskFile(ctx, ev.SpecHash)
	if err != nil {
		log.Info("skipping task", "reason", err)
		return nil
	}
	if why := t.fits(ctx, f); why != "" {
		log.Info("skipping task", "reason", why)
		return nil
	}
	if why := TaskSubnetMismatch(ctx, t.s.conn, f, ev.Task); why != "" {
		log.Info("skipping task", "reason", why)
		return nil
	}
	maxRate, err := chain.ParseTokens(f.Market.MaxHourlyRate)
	if err != nil || t.rate.Cmp(maxRate) > 0 {
		log.Info("skipping task", "reason", fmt.Sprintf("its max hourly rate %s is below this node's rate %s", f.Market.MaxHourlyRate, t.s.cfg.Chain.Rate))
		return nil
	}
	info, err := t.s.conn.Task(ctx, ev.Task)
	if err != nil {
		return err
	}
	switch {
	case info.Status != "open" || info.HasBid(t.s.key.ID()):
		return nil // decided before (a replayed event) or no longer open
	case t.closed(ctx, info.BiddingDeadline):
		log.Info("skipping task", "reason", "bidding closed")
		return nil
	case t.busy() >= t.s.cfg.Trainer.MaxTasks:
		log.Info("skipping task", "reason", "training as many tasks as trainer.max_tasks allows")
		return nil
	}
	if _, err := t.s.conn.Bid(ctx, t.s.acct, ev.Task, t.rate, 1); err != nil {
		if chain.IsRevert(err) {
			log.Info("bid refused by the market", "reason", err)
			return nil
		}
		return err
	}
	log.Info("bid", "rate", t.s.cfg.Chain.Rate, "name", f.Name)
	return nil
}

// closed reports whether the chain's clock has passed the bidding deadline (chains that seal blocks
// on demand keep their own clock, ahead of or behind the wall clock).
func (t *trainerRole) closed(ctx context.Context, deadline time.Time) bool {
	head, err := t.s.conn.HeadTime(ctx)
	return err == nil && head.After(deadline)
}

// hardwareFits reports whether the node's registered hardware meets the task's minimums.
func (t *trainerRole) hardwareFits(m task.Market) bool {
	h := t.s.cfg.Hardware
	return h.CPUCores >= m.MinCPUCores && h.MemoryMB >= m.MinMemoryMB && h.GPUCount >= m.MinGPUCount
}

// busy counts the tasks this node trains whose execution deadline has not passed (a task that ends
// without settlement, or that nobody expires, frees its slot at its deadline).
func (t *trainerRole) busy() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	n := 0
	for _, deadline := range t.running {
		if time.Now().Before(deadline) {
			n++
		}
	}
	return n
}

// selectedRank returns this node's position among the task's selected nodes, -1 when it was not
// selected.
func (t *trainerRole) selectedRank(ctx context.Context, id *big.Int) int {
	info, err := t.s.conn.Task(ctx, id)
	if err != nil {
		return -1
	}
	return slices.Index(info.SelectedNodes(), t.s.key.ID())
}

// maybeTrain starts training a task the chain selected this node for and that still runs.
func (t *trainerRole) maybeTrain(ctx context.Context, id *big.Int) error {
	info, err := t.s.conn.Task(ctx, id)
	if err != nil {
		return err
	}
	if info.Status != "selected" || !slices.Contains(info.SelectedNodes(), t.s.key.ID()) || t.s.tasks.has(id) {
		return nil
	}
	coord, err := t.s.conn.Node(ctx, info.Coordinator)
	if err != nil {
		return err
	}
	if !coord.Registered || coord.Endpoint == "" {
		t.s.log.Warn("selected, but the task's coordinator has no registered endpoint", "task", id, "coordinator", info.Coordinator)
		return nil
	}
	f, err := t.s.published(ctx, id)
	if err != nil {
		return err
	}
	published, err := f.Spec(t.s.specID(id), t.s.dep.ChainID, len(info.SelectedNodes())) // as the coordinator builds it
	if err != nil {
		t.s.log.Warn("selected, but the task document gives no runnable spec", "task", id, "err", err)
		return nil
	}
	tr, err := trainer.New(trainer.Config{
		Key: t.s.key, Recover: identity.Recover, CoordinatorURL: coord.Endpoint + taskPath(id), Coordinator: cohort.NodeID(info.Coordinator),
		Endpoint: t.s.endpoint + taskPath(id), Data: t.data, CSV: t.raw, Label: t.s.cfg.Trainer.Label, // a schema task reads the raw CSV
		Log:       t.s.log, // the trainer names the task itself
		StateFile: filepath.Join(t.s.cfg.DataDir, "trainer", id.String()+".json"),
		Published: &published, // the coordinator cannot change the privacy mechanism the chain's document states
	})
	if err != nil {
		return err
	}
	t.mu.Lock()
	t.running[id.String()] = info.ExecutionDeadline
	t.mu.Unlock()
	tctx, cancel := context.WithDeadline(ctx, info.ExecutionDeadline)
	t.s.tasks.add(id, tr.Handler(), func() { cancel(); tr.Close() })
	t.s.log.Info("selected: joining the task", "task", id, "coordinator", coord.Endpoint)
	go func() {
		if err := tr.Join(tctx); err != nil && tctx.Err() == nil {
			t.s.log.Error("join failed", "task", id, "err", err)
		}
	}()
	return nil
}

func (t *trainerRole) stop(id *big.Int) {
	t.mu.Lock()
	_, ok := t.running[id.String()]
	delete(t.running, id.String())
	t.mu.Unlock()
	if ok {
		t.s.tasks.remove(id)
	}
}
