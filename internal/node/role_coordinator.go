package node

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ipfs/go-cid"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/artifact"
	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/coordinator"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/protocol"
)

// coordinatorRole runs the tasks that name this node as their coordinator: it closes bidding
// (select) once the bidding deadline has passed, runs the rounds with exactly the selected trainers,
// stores each round's model by CID and commits it with the trainers that contributed.
type coordinatorRole struct {
	s *system

	mu      sync.Mutex
	pending map[string]bool // tasks waiting for their bidding deadline
	commit  map[string]*sync.Mutex
}

func newCoordinatorRole(s *system) *coordinatorRole {
	return &coordinatorRole{s: s, pending: map[string]bool{}, commit: map[string]*sync.Mutex{}}
}

func (c *coordinatorRole) name() string { return RoleCoordinator }

func (c *coordinatorRole) chainRoles() []cohort.Role { return []cohort.Role{cohort.RoleCoordinator} }

func (c *coordinatorRole) handle(ctx context.Context, ev chain.MarketEvent) error {
	switch ev.Kind {
	case chain.EvTaskPublished:
		return c.maybeSelect(ctx, ev)
	case chain.EvNodesSelected:
		return c.maybeRun(ctx, ev.Task)
	case chain.EvTaskSettled, chain.EvTaskRefunded:
		c.s.tasks.remove(ev.Task)
	}
	return nil
}

func (c *coordinatorRole) mine(info chain.TaskInfo) bool {
	return cohort.NodeID(info.Coordinator) == c.s.key.ID()
}

// maybeSelect waits for the bidding deadline of a task this node coordinates, then has the scheduler
// select (anyone may once bidding has closed).
func (c *coordinatorRole) maybeSelect(ctx context.Context, ev chain.MarketEvent) error {
	info, err := c.s.conn.Task(ctx, ev.Task)
	if err != nil {
		return err
	}
	if !c.mine(info) || info.Status != "open" {
		return nil
	}
	if _, err := c.s.taskFile(ctx, ev.SpecHash); err != nil {
		c.s.log.Warn("a task names this node as coordinator, but its document is unusable", "task", ev.Task, "err", err)
		return nil
	}
	c.mu.Lock()
	if c.pending[ev.Task.String()] {
		c.mu.Unlock()
		return nil
	}
	c.pending[ev.Task.String()] = true
	c.mu.Unlock()
	c.s.log.Info("coordinating task: bids close at the deadline", "task", ev.Task, "deadline", info.BiddingDeadline.Format(time.RFC3339))
	// The window as wall time from now: a chain that seals on demand may run its clock ahead.
	closes := info.BiddingDeadline
	if head, err := c.s.conn.HeadTime(ctx); err == nil && head.After(time.Now()) {
		closes = time.Now().Add(info.BiddingDeadline.Sub(head))
	}
	go c.selectAfter(ctx, ev.Task, info.BiddingDeadline, closes)
	return nil
}

func (c *coordinatorRole) selectAfter(ctx context.Context, id *big.Int, deadline, closes time.Time) {
	defer func() {
		c.mu.Lock()
		delete(c.pending, id.String())
		c.mu.Unlock()
	}()
	for ctx.Err() == nil {
		info, err := c.s.conn.Task(ctx, id)
		if err == nil && info.Status != "open" {
			return
		}
		if err == nil {
			err = c.trySelect(ctx, id, info, deadline, closes)
			if err == nil {
				return
			}
		}
		if err != errBiddingOpen {
			c.s.log.Warn("select", "task", id, "err", err)
		}
		sleep(ctx, 250*time.Millisecond)
	}
}

var errBiddingOpen = errors.New("bidding open")

// trySelect selects once the chain's clock has passed the bidding deadline. A chain that seals blocks
// on demand keeps its clock at its last block: once the bidding window has passed by the wall clock
// (closes), the coordinator moves it with an empty transaction of its own.
func (c *coordinatorRole) trySelect(ctx context.Context, id *big.Int, info chain.TaskInfo, deadline, closes time.Time) error {
	head, err := c.s.conn.HeadTime(ctx)
	if err != nil {
		return err
	}
	if !head.After(deadline) {
		if time.Now().After(closes.Add(time.Second)) {
			if _, err := c.s.conn.SendETH(ctx, c.s.acct, c.s.acct.Addr, new(big.Int)); err != nil {
				return err
			}
		}
		return errBiddingOpen
	}
	if len(info.Bids) == 0 {
		c.s.log.Warn("no bids by the deadline: the publisher may cancel", "task", id)
		return nil
	}
	if _, err := c.s.conn.Select(ctx, c.s.acct, id); err != nil {
		return err
	}
	c.s.log.Info("bidding closed: nodes selected", "task", id)
	return nil
}

// maybeRun starts (or, after a restart, resumes) a selected task this node coordinates.
func (c *coordinatorRole) maybeRun(ctx context.Context, id *big.Int) error {
	info, err := c.s.conn.Task(ctx, id)
	if err != nil {
		return err
	}
	if !c.mine(info) || info.Status != "selected" || c.s.tasks.has(id) {
		return nil
	}
	f, err := c.s.published(ctx, id)
	if err != nil {
		c.s.log.Warn("cannot run task", "task", id, "err", err)
		return nil
	}
	selected := info.SelectedNodes()
	participants := make(map[cohort.NodeID]string, len(selected))
	for _, n := range selected {
		ni, err := c.s.conn.Node(ctx, chain.Addr(n))
		if err != nil {
			return err
		}
		participants[n] = ni.Endpoint + taskPath(id)
	}
	spec, err := f.Spec(c.s.specID(id), c.s.dep.ChainID, len(selected))
	if err != nil {
		c.s.log.Warn("cannot run task", "task", id, "err", err)
		return nil
	}
	val, valTable, err := c.validation(&spec)
	if err != nil {
		c.s.log.Warn("cannot run task", "task", id, "err", err)
		return nil
	}
	dir := filepath.Join(c.s.cfg.DataDir, "tasks", id.String())
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	var coord *coordinator.Coordinator
	onRound := func(sum protocol.RoundSummary) {
		if err := c.syncCommits(ctx, id, coord); err != nil {
			c.s.log.Error("commit round on chain", "task", id, "round", sum.Round, "err", err)
		}
	}
	coord, err = coordinator.New(coordinator.Config{
		Spec: spec, DataDir: dir, Key: c.s.key, Recover: identity.Recover, Validation: val, ValidationTable: valTable,
		Log: c.s.log.With("role", RoleCoordinator, "task", spec.ID), OnRound: countRounds(c.s.metrics, onRound), Participants: participants, JoinTimeout: spec.RoundTimeout(),
	})
	if err != nil {
		return err
	}
	tctx, cancel := context.WithDeadline(ctx, info.ExecutionDeadline)
	done := make(chan struct{})
	c.s.tasks.add(id, coord.Handler(), func() {
		cancel()
		<-done
		st, err := coord.Status()
		coord.Close()
		if err == nil && st.State == protocol.StateDone {
			c.s.tasks.retire(id, st) // the dashboard still shows a finished task's rounds
		}
	})
	c.s.log.Info("running task", "task", id, "trainers", len(selected), "rounds", spec.Rounds)
	go func() {
		defer close(done)
		err := coord.Run(tctx)
		// Rounds closed before a restart, or while the chain was unreachable, are committed now; an
		// unreachable chain is retried with backoff until the execution deadline.
		if err == nil {
			err = retryUnavailable(tctx, c.s.log, "commit the remaining rounds", time.Second, func() error { return c.syncCommits(tctx, id, coord) })
		}
		switch {
		case err == nil:
			c.s.log.Info("task trained: every round committed", "task", id)
		case tctx.Err() == nil:
			c.s.log.Error("task failed", "task", id, "err", err)
		}
	}()
	return nil
}

// validation reads [coordinator] validation for a task with automatic rounds (nil without): rows
// kept out of training whose log-loss decides when the task ends.
func (c *coordinatorRole) validation(spec *protocol.TaskSpec) (*dataset.Dataset, *dataset.Table, error) {
	if spec.Stop == nil {
		return nil, nil, nil
	}
	path := c.s.cfg.Coordinator.Validation
	if path == "" {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "the task has automatic rounds: set [coordinator] validation (rows kept out of training)")
	}
	return readValidation(path, spec)
}

// syncCommits commits, in order, every closed round the chain does not have yet: each round's model
// stored by CID, with the trainers whose updates the round aggregated.
func (c *coordinatorRole) syncCommits(ctx context.Context, id *big.Int, coord *coordinator.Coordinator) error {
	c.mu.Lock()
	mu := c.commit[id.String()]
	if mu == nil {
		mu = &sync.Mutex{}
		c.commit[id.String()] = mu
	}
	c.mu.Unlock()
	mu.Lock()
	defer mu.Unlock()
	st, err := coord.Status()
	if err != nil {
		return err
	}
	info, err := c.s.conn.Task(ctx, id)
	if err != nil {
		return err
	}
	for i, sum := range st.History {
		if sum.Round <= uint64(info.Rounds) {
			continue
		}
		// The last round of a finished task is its final one (automatic rounds may end it early:
		// validators attest the round whose model says so).
		final := st.State == protocol.StateDone && i == len(st.History)-1
		mc, err := c.storeModel(ctx, coord, sum.Round, final)
		if err != nil {
			return err
		}
		var ids []cohort.NodeID
		for _, p := range sum.Participants {
			n, err := cohort.ParseNodeID(p)
			if err != nil {
				return err
			}
			ids = append(ids, n)
		}
		var eps float64 // the task's cumulative ε, which the market checks against its budget
		if sum.Epsilon != nil {
			eps = *sum.Epsilon
		}
		if _, err := c.s.conn.CommitRound(ctx, c.s.acct, id, uint32(sum.Round), mc.Bytes(), chain.Addrs(ids), eps); err != nil {
			return fmt.Errorf("commit round %d: %w", sum.Round, err)
		}
		c.s.log.Info("round committed on chain", "task", id, "round", sum.Round, "model", artifact.String(mc), "participants", len(ids))
	}
	return nil
}

// storeModel stores round r's global model (with the task's scaler, and a schema task's encoding) in the shared artifact store.
func (c *coordinatorRole) storeModel(ctx context.Context, coord *coordinator.Coordinator, r uint64, final bool) (cid.Cid, error) {
	params, err := coord.Model(r)
	if err != nil {
		return cid.Cid{}, err
	}
	spec := coord.Spec()
	h := protocol.ModelHeader{Task: spec.ID, Round: r, Model: spec.Model, Label: spec.Label, Classes: spec.Classes, Encoding: coord.Encoding(), Final: final}
	b, err := protocol.EncodeModel(h, params, coord.Scaler())
	if err != nil {
		return cid.Cid{}, err
	}
	return c.s.store.Put(ctx, bytes.NewReader(b))
}
