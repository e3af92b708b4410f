package node

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"net/http"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/api"
	"github.com/cohort-net/cohort/internal/artifact"
	"github.com/cohort-net/cohort/internal/artifact/blockapi"
	"github.com/cohort-net/cohort/internal/artifact/fsstore"
	"github.com/cohort-net/cohort/internal/artifact/ipfs"
	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/dashboard"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/metrics"
	"github.com/cohort-net/cohort/internal/task"
)

// system is what every on-chain role of a node shares: its key and chain account, the chain
// connection and the suite's deployment record, the artifact store the network shares, the HTTP
// server (task handlers under /t/<task id>/, a gateway's block API under /api/v0/) and the logger.
type system struct {
	cfg      *Config
	key      *identity.Key
	acct     *chain.Account
	conn     *chain.Conn
	dep      chain.Deployment
	store    artifact.Store
	log      *slog.Logger
	tasks    *taskMux
	endpoint string
	metrics  *metrics.Metrics // the node's registry, served at /metrics
	votes    *measurements    // a validator's measurements of other nodes, committed each epoch

	specMu    sync.Mutex
	specs     map[string]*task.File // task documents by spec CID
	specOfTsk map[string][32]byte   // task id -> its document's digest, from TaskPublished events seen
}

// role is one on-chain role of a node: it registers what it needs and reacts to market events. A
// handler must be idempotent (the node replays events after a restart) and quick: long work runs in
// goroutines bound to ctx.
type role interface {
	name() string
	chainRoles() []cohort.Role // roles registered in the NodeRegistry
	handle(ctx context.Context, ev chain.MarketEvent) error
}

// runNetworked runs a node whose roles act on chain by themselves.
func runNetworked(ctx context.Context, c *Config, key *identity.Key, log *slog.Logger) error {
	s, err := openSystem(ctx, c, key, log)
	if err != nil {
		return err
	}
	defer s.conn.Close()
	mux := http.NewServeMux()
	mux.Handle("/t/", s.tasks)
	if c.Has(RoleGateway) {
		mux.Handle("/api/v0/", blockapi.Handler(s.store, log))
		gw, err := newGateway(c, key, s.dep.ChainID, s.metrics, log)
		if err != nil {
			return err
		}
		if gw != nil {
			gatewayRoutes(mux, gw)
		}
		dashboard.Routes(mux, newChainSource(s.conn, s.dep.Block, gatewayModels(gw)), log)
	}
	mux.HandleFunc("GET /v1/node", func(w http.ResponseWriter, r *http.Request) {
		api.WriteJSON(w, http.StatusOK, map[string]any{"address": key.ID().String(), "roles": c.Roles, "chain_id": s.dep.ChainID})
	})
	health := &api.Health{}
	srv, err := listen(c.Listen, mux, health, log, s.metrics)
	if err != nil {
		return err
	}
	log.Info("node serving", "url", srv.URL, "roles", strings.Join(c.Roles, ","), "chain", s.dep.ChainID, "store", storeName(c, s.dep))
	roles, err := s.buildRoles(c)
	if err == nil {
		err = retryUnavailable(ctx, log, "register", time.Second, func() error { return s.register(ctx, roles) })
	}
	if err == nil {
		err = s.runAll(ctx, mux, roles)
	}
	if errors.Is(err, context.Canceled) || ctx.Err() != nil {
		err = nil
	}
	s.tasks.closeAll()
	if serr := srv.shutdown(10 * time.Second); serr != nil {
		log.Warn("shutdown", "err", serr)
	}
	return err
}

func storeName(c *Config, d chain.Deployment) string {
	switch {
	case c.Has(RoleGateway):
		return "local (served at /api/v0)"
	case c.Store != "":
		return c.Store
	}
	return d.Store
}

// openSystem connects to the chain (retrying with backoff while it is unreachable), reads the
// deployment record and opens the artifact store.
func openSystem(ctx context.Context, c *Config, key *identity.Key, log *slog.Logger) (*system, error) {
	m := metrics.New("")
	conn, err := dialRetry(ctx, c.Chain.RPC, log, m.ChainTx)
	if err != nil {
		return nil, err
	}
	path := c.Chain.Deployment
	if path == "" {
		path = chain.DeploymentPath(c.Home, conn.ChainID().Uint64())
	}
	dep, err := chain.ReadDeployment(path)
	if err != nil {
		conn.Close()
		return nil, err
	}
	if dep.ChainID != conn.ChainID().Uint64() {
		conn.Close()
		return nil, cohort.Errorf(cohort.EInvalid, "deployment record %s is for chain %d, %s serves chain %s", path, dep.ChainID, c.Chain.RPC, conn.ChainID())
	}
	conn.UseSuite(dep.Suite)
	s := &system{cfg: c, key: key, acct: chain.NewAccount(key), conn: conn, dep: dep, log: log, metrics: m,
		tasks: newTaskMux(), endpoint: strings.TrimSuffix(c.Advertise, "/"), specs: map[string]*task.File{}, specOfTsk: map[string][32]byte{}}
	if s.store, err = openStore(c, dep, log); err != nil {
		conn.Close()
		return nil, err
	}
	return s, nil
}

// openStore opens the artifact store: a gateway's own (on disk), else the shared one by URL.
func openStore(c *Config, dep chain.Deployment, log *slog.Logger) (artifact.Store, error) {
	if c.Has(RoleGateway) {
		return fsstore.New(filepath.Join(c.DataDir, "artifacts"), log)
	}
	url := c.Store
	if url == "" {
		url = dep.Store
	}
	if url == "" {
		return nil, cohort.Errorf(cohort.EInvalid, "no artifact store: set store in the config or the deployment record (a gateway node's URL)")
	}
	return ipfs.New(ipfs.Config{URL: url, Offline: true, NoPin: true}, log)
}

func dialRetry(ctx context.Context, url string, log *slog.Logger, onTx func(string, uint64)) (*chain.Conn, error) {
	var conn *chain.Conn
	err := retryUnavailable(ctx, log, "dial "+url, 500*time.Millisecond, func() error {
		var err error
		conn, err = chain.Dial(ctx, url, chain.Options{Log: log, OnTx: onTx})
		return err
	})
	return conn, err
}

// retryUnavailable calls f until it succeeds, fails with anything but an unreachable chain
// (cohort.EUnavailable), or ctx ends, waiting between tries with backoff from first up to 30 s.
func retryUnavailable(ctx context.Context, log *slog.Logger, what string, first time.Duration, f func() error) error {
	for backoff := first; ; backoff = min(2*backoff, 30*time.Second) {
		err := f()
		if err == nil || cohort.Code(err) != cohort.EUnavailable {
			return err
		}
		log.Warn("chain unreachable: retrying", "what", what, "err", err, "in", backoff)
		sleep(ctx, backoff)
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
}

func (s *system) buildRoles(c *Config) ([]role, error) {
	var roles []role
	for _, name := range c.Roles {
		var r role
		var err error
		switch name {
		case RoleTrainer:
			r, err = newTrainerRole(s)
		case RoleCoordinator:
			r = newCoordinatorRole(s)
		case RoleValidator:
			if s.votes == nil {
				s.votes = newMeasurements()
			}
			if c.Validator.Inference.Keys != "" {
				sr, err := newScorerRole(s)
				if err != nil {
					return nil, fmt.Errorf("validator role (inference): %w", err)
				}
				roles = append(roles, sr)
			}
			if c.Validator.Holdout == "" {
				continue // an inference validator only
			}
			r, err = newValidatorRole(s)
		case RoleMiner:
			r, err = newMinerRole(s)
		case RoleAuthorizer:
			r, err = newAuthorizerRole(s)
		case RoleGateway:
			continue // serves the block API; nothing on chain
		default:
			return nil, cohort.Errorf(cohort.EInvalid, "role %s does not run as a node process yet (it runs inside `cohort devnet`)", name)
		}
		if err != nil {
			return nil, fmt.Errorf("%s role: %w", name, err)
		}
		roles = append(roles, r)
	}
	if s.votes != nil {
		roles = append(roles, newConsensusRole(s, s.votes))
	}
	return roles, nil
}

// register registers the node with the roles it runs and its stake unless it is registered (with a
// faucet on dev chains when configured), and keeps its endpoint up to date.
func (s *system) register(ctx context.Context, roles []role) error {
	var want []cohort.Role
	for _, r := range roles {
		for _, cr := range r.chainRoles() {
			if !slices.Contains(want, cr) {
				want = append(want, cr)
			}
		}
	}
	if len(want) == 0 {
		return nil
	}
	stake, err := chain.ParseTokens(s.cfg.Chain.Stake)
	if err != nil {
		return cohort.Errorf(cohort.EInvalid, "chain.stake %q: %v", s.cfg.Chain.Stake, err)
	}
	rate, err := chain.ParseTokens(s.cfg.Chain.Rate)
	if err != nil {
		return cohort.Errorf(cohort.EInvalid, "chain.rate %q: %v", s.cfg.Chain.Rate, err)
	}
	h := s.cfg.Hardware
	prof := chain.NodeProfile{Roles: want, Endpoint: s.endpoint, CPUCores: uint16(max(h.CPUCores, 0)), MemoryMB: uint32(max(h.MemoryMB, 0)),
		GPUCount: uint16(max(h.GPUCount, 0)), GPUModel: h.GPUModel, HourlyRate: rate}
	n, err := s.conn.Node(ctx, s.acct.Addr)
	if err != nil {
		return err
	}
	if n.Registered {
		if n.Endpoint != prof.Endpoint || !sameRoles(n.Roles, want) || n.HourlyRate.Cmp(rate) != 0 {
			if _, err := s.conn.UpdateProfile(ctx, s.acct, prof); err != nil {
				return fmt.Errorf("update the node's profile: %w", err)
			}
		}
		return nil
	}
	if s.cfg.Chain.Faucet {
		if !s.conn.IsDevChain() {
			return cohort.Errorf(cohort.EInvalid, "chain.faucet is for dev chains (id 1337 or 31337); chain %s is not one", s.conn.ChainID())
		}
		if err := s.faucet(ctx, stake); err != nil {
			return fmt.Errorf("faucet: %w", err)
		}
	}
	if _, err := s.conn.Register(ctx, s.acct, prof, stake); err != nil {
		return fmt.Errorf("register as %v with %s tokens of stake: %w", want, s.cfg.Chain.Stake, err)
	}
	s.log.Info("registered on chain", "roles", want, "stake", s.cfg.Chain.Stake, "endpoint", s.endpoint)
	return nil
}

// faucet funds the node from the dev chain's well-known account 0. Other nodes may use the same
// account at the same moment (from other processes), so a nonce clash is retried after a random pause
// with the account's nonce read afresh.
func (s *system) faucet(ctx context.Context, stake *big.Int) error {
	var err error
	for attempt := range 8 {
		if err = s.conn.EnsureFunds(ctx, chain.NewAccount(identity.DevAccount(0)), s.acct, stake); err == nil {
			return nil
		}
		if chain.IsRevert(err) || ctx.Err() != nil {
			return err
		}
		s.log.Debug("faucet: retrying", "attempt", attempt+1, "err", err)
		sleep(ctx, time.Duration(100+rand.IntN(400))*time.Millisecond)
	}
	return err
}

func sameRoles(a, b []cohort.Role) bool {
	return len(a) == len(b) && !slices.ContainsFunc(b, func(r cohort.Role) bool { return !slices.Contains(a, r) })
}

// runner is a role with a loop of its own besides market events (an authorizer serves DataRegistry
// orders); router, a role that serves HTTP routes of its own.
type (
	runner interface {
		run(ctx context.Context) error
	}
	router interface{ routes(mux *http.ServeMux) }
)

// runAll adds the roles' routes, starts their loops and watches the market until ctx ends or a loop
// fails; it returns once the loops have stopped.
func (s *system) runAll(ctx context.Context, mux *http.ServeMux, roles []role) error {
	ctx, cancel := context.WithCancelCause(ctx)
	var wg sync.WaitGroup
	defer wg.Wait()
	defer cancel(nil)
	for _, r := range roles {
		if rt, ok := r.(router); ok {
			rt.routes(mux)
		}
		if rn, ok := r.(runner); ok {
			wg.Go(func() {
				if err := rn.run(ctx); err != nil && ctx.Err() == nil {
					cancel(fmt.Errorf("%s role: %w", r.name(), err))
				}
			})
		}
	}
	err := s.watch(ctx, roles)
	if cause := context.Cause(ctx); cause != nil && !errors.Is(cause, context.Canceled) {
		return cause
	}
	return err
}

// watch delivers every confirmed market event to every role, from the suite's deployment block on.
// Handlers act only when the chain's state says the action is still due, so replaying events after a
// restart sends no transaction twice.
func (s *system) watch(ctx context.Context, roles []role) error {
	w := s.conn.WatchMarket(s.dep.Block, s.cfg.Chain.Confirmations)
	poll := s.cfg.Chain.Poll.D()
	if poll <= 0 {
		poll = time.Second
	}
	s.log.Info("watching the market", "from_block", s.dep.Block)
	wait := poll
	for {
		_, err := w.Poll(ctx, func(ev chain.MarketEvent) error {
			if ev.Removed {
				return nil // a reorg took it back; the canonical chain's events follow
			}
			if ev.Kind == chain.EvTaskPublished {
				s.specMu.Lock()
				s.specOfTsk[ev.Task.String()] = ev.SpecHash
				s.specMu.Unlock()
			}
			for _, r := range roles {
				if err := r.handle(ctx, ev); err != nil {
					if ctx.Err() != nil {
						return ctx.Err()
					}
					if cohort.Code(err) == cohort.EUnavailable {
						return err // retried from this event on
					}
					s.log.Warn("market event", "role", r.name(), "event", ev.Kind, "task", ev.Task, "err", err)
				}
			}
			return nil
		})
		// An unreachable chain is retried with backoff; the cursor stays at the last confirmed block
		// whose events every role handled.
		if err == nil {
			wait = poll
		} else if ctx.Err() == nil {
			wait = min(2*wait, 10*time.Second)
			s.log.Warn("market watcher: retrying", "err", err, "in", wait)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
	}
}

// taskFile fetches a task's document by the CID its TaskPublished event names, parses and caches
// it. A document that does not resolve or parse is an EInvalid error: nodes skip such a task.
func (s *system) taskFile(ctx context.Context, specHash [32]byte) (*task.File, error) {
	c := artifact.RawCIDFromDigest(specHash)
	key := artifact.String(c)
	s.specMu.Lock()
	f, ok := s.specs[key]
	s.specMu.Unlock()
	if ok {
		return f, nil
	}
	fctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	data, err := s.store.GetBlock(fctx, c)
	if err != nil {
		return nil, cohort.Errorf(cohort.EInvalid, "task document %s does not resolve: %v", key, err)
	}
	parsed, err := task.Parse(data)
	if err != nil {
		return nil, cohort.Errorf(cohort.EInvalid, "task document %s: %v", key, err)
	}
	s.specMu.Lock()
	if len(s.specs) >= maxCachedSpecs {
		clear(s.specs) // bounded: a node that has watched many tasks refetches what it needs again
	}
	s.specs[key] = &parsed
	s.specMu.Unlock()
	return &parsed, nil
}

// maxCachedSpecs bounds the parsed task documents a node keeps (each at most task.MaxFileSize).
const maxCachedSpecs = 256

// published returns the task's document, from its TaskPublished event: the one the watcher delivered
// (events replay from the deployment block, so a node has seen every task's), else a log query.
func (s *system) published(ctx context.Context, id *big.Int) (*task.File, error) {
	s.specMu.Lock()
	h, ok := s.specOfTsk[id.String()]
	s.specMu.Unlock()
	if !ok {
		var err error
		if h, err = s.conn.TaskSpecHash(ctx, id); err != nil {
			return nil, err
		}
	}
	return s.taskFile(ctx, h)
}

// specID is the id every party signs a task's messages with.
func (s *system) specID(id *big.Int) string {
	return fmt.Sprintf("chain-%d-task-%s", s.dep.ChainID, id)
}

// taskPath is where a task's handlers live on a node: /t/<task id>.
func taskPath(id *big.Int) string { return "/t/" + id.String() }

// settleDue settles an attested task once its dispute window has passed. Anyone may; each paid node
// waits its turn (its rank among the selected nodes times a few seconds), so one of them settles and
// the others find the task settled and send nothing.
func (s *system) settleDue(ctx context.Context, id *big.Int, turn time.Duration) {
	sleep(ctx, turn)
	for ctx.Err() == nil {
		info, err := s.conn.Task(ctx, id)
		if err == nil && info.Status != "attested" {
			return
		}
		if err == nil {
			var ready bool
			if ready, err = s.disputeWindowPassed(ctx, info); err == nil && !ready {
				s.pokeClock(ctx, info)
				continue
			}
		}
		if err == nil {
			if _, err = s.conn.Settle(ctx, s.acct, id); err == nil {
				s.log.Info("task settled", "task", id)
				s.mintModel(ctx, id)
				return
			}
		}
		if info, rerr := s.conn.Task(ctx, id); rerr == nil && info.Status != "attested" {
			return // another paid node settled it first
		}
		s.log.Warn("settle", "task", id, "err", err)
		sleep(ctx, 2*time.Second)
	}
}

// mintModel lists a settled task's model in the library (ModelRegistry): the node that settled mints
// it, as anyone may. A result below the threshold is not listed; a failure is logged only.
func (s *system) mintModel(ctx context.Context, id *big.Int) {
	lib, err := s.conn.ModelLibrary()
	if err != nil {
		return // a suite without a model registry
	}
	if mid, err := lib.EnsureMinted(ctx, s.acct, id); err != nil {
		s.log.Warn("mint the task's model", "task", id, "err", err)
	} else {
		s.log.Info("model minted", "task", id, "model", mid)
	}
}

// disputeWindowPassed reports whether the attested task's dispute window has passed by the chain's
// clock (a chain that seals on demand keeps its own).
func (s *system) disputeWindowPassed(ctx context.Context, info chain.TaskInfo) (bool, error) {
	window, err := s.conn.DisputeWindow(ctx)
	if err != nil {
		return false, err
	}
	head, err := s.conn.HeadTime(ctx)
	if err != nil {
		return false, err
	}
	return !head.Before(time.Unix(int64(info.AttestedAt), 0).Add(window)), nil
}

// pokeClock waits a second; once the dispute window has passed by the wall clock it sends an empty
// transaction to itself, since a chain that seals blocks on demand moves its clock only with a block.
func (s *system) pokeClock(ctx context.Context, info chain.TaskInfo) {
	sleep(ctx, time.Second)
	window, err := s.conn.DisputeWindow(ctx)
	if err != nil || time.Now().Before(time.Unix(int64(info.AttestedAt), 0).Add(window)) {
		return
	}
	if _, err := s.conn.SendETH(ctx, s.acct, s.acct.Addr, new(big.Int)); err != nil {
		s.log.Debug("moving the chain's clock", "err", err)
	}
}

// withdrawAll withdraws the node's whole market balance.
func (s *system) withdrawAll(ctx context.Context) error {
	bal, err := s.conn.MarketBalance(ctx, s.acct.Addr)
	if err != nil || bal.Sign() == 0 {
		return err
	}
	if _, err := s.conn.Withdraw(ctx, s.acct, bal); err != nil {
		return err
	}
	s.log.Info("withdrew market balance", "amount", chain.FormatTokens(bal))
	return nil
}

func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}

func boolOr(p *bool, def bool) bool {
	if p == nil {
		return def
	}
	return *p
}

// taskMux routes /t/<task id>/... to the handler of that task on this node. A task not (yet) running
// here answers 503, so a peer that arrives early retries.
type taskMux struct {
	mu sync.Mutex
	h  map[string]http.Handler
	cl map[string]func()
	// retired are the tasks whose handler was replaced by their final status (retire), oldest first.
	retired []string
}

func newTaskMux() *taskMux { return &taskMux{h: map[string]http.Handler{}, cl: map[string]func(){}} }

func (m *taskMux) add(id *big.Int, h http.Handler, closeFn func()) {
	m.mu.Lock()
	defer m.mu.Unlock()
	p := taskPath(id)
	m.h[id.String()] = http.StripPrefix(p, h)
	if closeFn != nil {
		m.cl[id.String()] = closeFn
	}
}

func (m *taskMux) has(id *big.Int) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	_, ok := m.h[id.String()]
	return ok
}

func (m *taskMux) remove(id *big.Int) {
	m.mu.Lock()
	delete(m.h, id.String())
	cl := m.cl[id.String()]
	delete(m.cl, id.String())
	m.mu.Unlock()
	if cl != nil {
		cl()
	}
}

func (m *taskMux) closeAll() {
	m.mu.Lock()
	cls := m.cl
	m.cl = map[string]func(){}
	m.mu.Unlock()
	for _, cl := range cls {
		cl()
	}
}

func (m *taskMux) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rest := strings.TrimPrefix(r.URL.Path, "/t/")
	id, _, _ := strings.Cut(rest, "/")
	m.mu.Lock()
	h := m.h[id]
	m.mu.Unlock()
	if h == nil {
		api.WriteError(w, r, quiet, cohort.Errorf(cohort.EUnavailable, "task %q is not running on this node", id))
		return
	}
	h.ServeHTTP(w, r)
}

// quiet discards the log line of an expected refusal (a peer polling a task that is not running here
// yet retries until it is).
var quiet = slog.New(slog.DiscardHandler)
