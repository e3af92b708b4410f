package node

import (
	"bytes"
	"context"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/consensus"
	"github.com/cohort-net/cohort/internal/validator"
)

// measurements are what a validator node measured of other nodes, kept per node until measured again:
// training quality (the accuracy it attested for a task the node contributed to), verified inference
// (the miner's normalized Omron score) and uptime (the node answered). consensus.DefaultMix turns them
// into the weight the node reveals each epoch.
type measurements struct {
	mu     sync.Mutex
	scores map[cohort.NodeID]consensus.Score
}

func newMeasurements() *measurements {
	return &measurements{scores: map[cohort.NodeID]consensus.Score{}}
}

func (m *measurements) update(id cohort.NodeID, f func(*consensus.Score)) {
	m.mu.Lock()
	defer m.mu.Unlock()
	s := m.scores[id]
	f(&s)
	m.scores[id] = s
}

// setQuality records a training task's measured accuracy for a node that contributed to it.
func (m *measurements) setQuality(id cohort.NodeID, acc float64) {
	m.update(id, func(s *consensus.Score) { s.Quality, s.Uptime = acc, 1 })
}

// weights returns the nodes with a positive weight, at most consensus.MaxNodes (the heaviest), in
// address order.
func (m *measurements) weights() (nodes []cohort.NodeID, ws []uint16) {
	m.mu.Lock()
	type nw struct {
		a cohort.NodeID
		w uint16
	}
	var all []nw
	for id, s := range m.scores {
		if w := consensus.DefaultMix.Weight(s); w > 0 {
			all = append(all, nw{id, w})
		}
	}
	m.mu.Unlock()
	slices.SortFunc(all, func(a, b nw) int {
		if a.w != b.w {
			return int(b.w) - int(a.w)
		}
		return bytes.Compare(a.a[:], b.a[:])
	})
	all = all[:min(len(all), consensus.MaxNodes)]
	slices.SortFunc(all, func(a, b nw) int { return bytes.Compare(a.a[:], b.a[:]) })
	for _, x := range all {
		nodes, ws = append(nodes, x.a), append(ws, x.w)
	}
	return nodes, ws
}

// inferencePublisher takes an inference validator's published weights as measurements: a miner's
// inference component is its weight relative to the best miner's, its uptime whether it scored at all.
type inferencePublisher struct{ m *measurements }

var _ validator.WeightPublisher = inferencePublisher{}

func (p inferencePublisher) PublishWeights(_ context.Context, _ uint64, ws []validator.Weight) error {
	var top float64
	for _, w := range ws {
		top = max(top, w.Value)
	}
	for _, w := range ws {
		inf := 0.0
		if top > 0 {
			inf = w.Value / top
		}
		p.m.update(w.Miner, func(s *consensus.Score) {
			s.Inference, s.Uptime = inf, 0
			if w.Value > 0 {
				s.Uptime = 1
			}
		})
	}
	return nil
}

// consensusRole is the validator node's part in ValidatorConsensus: each epoch it commits to the
// weights it measured (salted; the salt stays in memory, so a validator restarted between its commit and
// its reveal misses that epoch's reveal and reward), reveals them in the reveal phase, and finalizes the
// previous epoch when nobody has. No validator writes reputation itself: finalize does, from consensus.
type consensusRole struct {
	s *system
	m *measurements

	mu        sync.Mutex
	committed map[uint64]chain.Vector
	revealed  map[uint64]bool
}

func newConsensusRole(s *system, m *measurements) *consensusRole {
	return &consensusRole{s: s, m: m, committed: map[uint64]chain.Vector{}, revealed: map[uint64]bool{}}
}

func (r *consensusRole) name() string { return RoleValidator + "/consensus" }

func (r *consensusRole) chainRoles() []cohort.Role { return []cohort.Role{cohort.RoleValidator} }

func (r *consensusRole) handle(context.Context, chain.MarketEvent) error { return nil }

func (r *consensusRole) run(ctx context.Context) error {
	k, err := r.s.conn.SuiteConsensus()
	if err != nil {
		r.s.log.Warn("no validator consensus in this deployment: weights are not committed", "err", err)
		return nil
	}
	st, err := k.Status(ctx)
	if err != nil {
		return err
	}
	every := min(time.Duration(st.CommitWindow)*time.Second/4, 30*time.Second)
	for ctx.Err() == nil {
		if err := r.step(ctx, k); err != nil && ctx.Err() == nil {
			r.s.log.Warn("validator consensus", "err", err)
		}
		sleep(ctx, every)
	}
	return nil
}

// step does what the epoch's phase asks for, once: commit, reveal, finalize the previous epoch.
func (r *consensusRole) step(ctx context.Context, k *chain.Consensus) error {
	if r.s.cfg != nil && r.s.conn.IsDevChain() {
		// a dev chain seals blocks only for transactions and calls see the head's time: move it to now
		if _, err := r.s.conn.SendETH(ctx, r.s.acct, r.s.acct.Addr, new(big.Int)); err != nil {
			return err
		}
	}
	st, err := k.Status(ctx)
	if err != nil {
		return err
	}
	r.mu.Lock()
	vec, committed := r.committed[st.Epoch]
	revealed := r.revealed[st.Epoch]
	for e := range r.committed {
		if e+2 < st.Epoch {
			delete(r.committed, e)
			delete(r.revealed, e)
		}
	}
	r.mu.Unlock()
	switch {
	case st.CommitPhase && !committed:
		if vec, err = r.vector(ctx); err != nil || len(vec.Nodes) == 0 {
			return err
		}
		if _, _, err := k.Commit(ctx, r.s.acct, vec); err != nil {
			return err
		}
		r.mu.Lock()
		r.committed[st.Epoch] = vec
		r.mu.Unlock()
		r.s.log.Info("consensus weights committed", "epoch", st.Epoch, "nodes", len(vec.Nodes))
	case !st.CommitPhase && committed && !revealed:
		if _, err := k.Reveal(ctx, r.s.acct, st.Epoch, vec); err != nil {
			return err
		}
		r.mu.Lock()
		r.revealed[st.Epoch] = true
		r.mu.Unlock()
		r.s.log.Info("consensus weights revealed", "epoch", st.Epoch, "nodes", len(vec.Nodes))
	}
	if st.Epoch > 0 && st.FinalizedThrough < st.Epoch {
		if _, err := k.Finalize(ctx, r.s.acct, st.Epoch-1); err != nil && !chain.IsRevert(err) {
			return err // another validator finalizing first is a revert, and fine
		}
	}
	return nil
}

// vector is this epoch's vector: the measured weights of nodes still registered as active trainers or
// miners (a reveal naming another is refused whole).
func (r *consensusRole) vector(ctx context.Context) (chain.Vector, error) {
	nodes, ws := r.m.weights()
	var v chain.Vector
	for i, id := range nodes {
		n, err := r.s.conn.Node(ctx, chain.Addr(id))
		if err != nil {
			return v, err
		}
		if !n.Registered || n.Frozen || !slices.ContainsFunc(n.Roles, func(x cohort.Role) bool { return x == cohort.RoleTrainer || x == cohort.RoleMiner }) {
			continue
		}
		v.Nodes, v.Weights = append(v.Nodes, chain.Addr(id)), append(v.Weights, ws[i])
	}
	var err error
	v.Salt, err = chain.NewSalt()
	return v, err
}
