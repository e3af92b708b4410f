package node

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ipfs/go-cid"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/client"
	"github.com/cohort-net/cohort/internal/api"
	"github.com/cohort-net/cohort/internal/artifact"
	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/coordinator"
	"github.com/cohort-net/cohort/internal/dashboard"
	"github.com/cohort-net/cohort/internal/gateway"
	"github.com/cohort-net/cohort/internal/protocol"
)

// The dashboard's sources: what the nodes already know, read when a page asks (nothing cached,
// nothing computed). localSource is an off-chain devnet (its coordinator in process); chainSource
// reads the chain's registry and market and each task's coordinator status over HTTP (an on-chain
// devnet, a gateway node on chain).

// dashMember is one node a devnet started: its label, address and listener.
type dashMember struct {
	name string
	id   cohort.NodeID
	url  string
	role string
}

// localSource is an off-chain devnet's dashboard data: its coordinator and trainers; without a
// coordinator (a gateway off chain), its members and models alone.
type localSource struct {
	coord   *coordinator.Coordinator
	members []dashMember
	models  func() []client.ModelInfo
}

var _ dashboard.Source = (*localSource)(nil)

func (s *localSource) Network(context.Context) ([]dashboard.Node, error) {
	out := make([]dashboard.Node, 0, len(s.members))
	for _, m := range s.members {
		out = append(out, dashboard.Node{Address: m.id.String(), Name: m.name, Roles: []string{m.role}, URL: m.url})
	}
	return out, nil
}

// history reads the coordinator's round history page by page, at most dashboard.MaxRounds rounds
// (the latest are kept).
func (s *localSource) history() (protocol.Status, error) {
	var st protocol.Status
	var all []protocol.RoundSummary
	var after uint64
	for {
		p, err := s.coord.StatusPage(after, protocol.StatusPage)
		if err != nil {
			return st, err
		}
		st = p
		all = append(all, p.History...)
		if len(all) > dashboard.MaxRounds {
			all = all[len(all)-dashboard.MaxRounds:]
		}
		if p.Next == 0 {
			break
		}
		after = p.Next
	}
	st.History = all
	return st, nil
}

func (s *localSource) task() (*dashboard.TaskDetail, error) {
	st, err := s.history()
	if err != nil {
		return nil, err
	}
	spec := s.coord.Spec()
	t := dashboard.Task{ID: spec.ID, State: st.State, Round: st.Round, RoundsDone: len(st.History), Rounds: st.Rounds,
		Trainers: spec.Trainers, Coordinator: spec.Coordinator.String(), Error: st.Error}
	if len(st.History) > 0 {
		t.RoundsDone = int(st.History[len(st.History)-1].Round)
	}
	for _, m := range s.members {
		if m.role == RoleTrainer {
			t.Selected = append(t.Selected, m.id.String())
		}
	}
	return &dashboard.TaskDetail{Task: t, History: st.History, Note: "off chain: no round is committed"}, nil
}

func (s *localSource) Tasks(context.Context) ([]dashboard.Task, error) {
	if s.coord == nil {
		return nil, nil // a gateway off chain: no task
	}
	t, err := s.task()
	if err != nil {
		return nil, err
	}
	return []dashboard.Task{t.Task}, nil
}

func (s *localSource) Task(_ context.Context, id string) (*dashboard.TaskDetail, error) {
	if s.coord == nil || id != s.coord.Spec().ID {
		return nil, cohort.Errorf(cohort.ENotFound, "no task %q here", id)
	}
	return s.task()
}

func (s *localSource) Models(context.Context) ([]client.ModelInfo, error) {
	if s.models == nil {
		return nil, nil
	}
	return s.models(), nil
}

// Requests and Rewards: off chain there are neither.
func (s *localSource) Requests(context.Context) ([]dashboard.Request, error) { return nil, nil }
func (s *localSource) Rewards(context.Context) ([]dashboard.Reward, error)   { return nil, nil }

// chainSource is the dashboard's data from a chain: the node registry, the market's tasks (from its
// events), and each task's coordinator, asked over HTTP at the endpoint it registered.
type chainSource struct {
	conn   *chain.Conn
	from   uint64                   // the block the suite was deployed in
	names  map[cohort.NodeID]string // labels of a devnet's nodes
	extra  []dashMember             // nodes that do not register (a gateway)
	models func() []client.ModelInfo
	hc     *http.Client
}

var _ dashboard.Source = (*chainSource)(nil)

func newChainSource(conn *chain.Conn, from uint64, models func() []client.ModelInfo) *chainSource {
	return &chainSource{conn: conn, from: from, names: map[cohort.NodeID]string{}, models: models, hc: &http.Client{Timeout: 5 * time.Second}}
}

func (s *chainSource) Network(ctx context.Context) ([]dashboard.Node, error) {
	infos, err := s.conn.Nodes(ctx, 0, dashboard.MaxNodes)
	if err != nil {
		return nil, fmt.Errorf("node registry: %w", err)
	}
	out := make([]dashboard.Node, 0, len(infos)+len(s.extra))
	for _, m := range s.extra {
		out = append(out, dashboard.Node{Address: m.id.String(), Name: m.name, Roles: []string{m.role}, URL: m.url})
	}
	for _, n := range infos {
		rep := n.Reputation
		roles := make([]string, len(n.Roles))
		for i, r := range n.Roles {
			roles[i] = string(r)
		}
		out = append(out, dashboard.Node{Address: cohort.NodeID(n.Address).String(), Name: s.names[cohort.NodeID(n.Address)], Roles: roles,
			URL: endpointURL(n.Endpoint), Stake: n.Stake.String(), HourlyRate: n.HourlyRate.String(), Reputation: &rep,
			CPUCores: n.CPUCores, MemoryMB: n.MemoryMB})
	}
	return out, nil
}

// endpointURL is a registered endpoint's URL (an authorizer's carries its sealing key after it).
func endpointURL(e string) string {
	if f := strings.Fields(e); len(f) > 0 {
		return f[0]
	}
	return ""
}

// marketLog reads the market's events once: the tasks published (newest last) and, for one task
// (nil: none), its committed round CIDs.
func (s *chainSource) marketLog(ctx context.Context, of *big.Int) ([]*big.Int, []dashboard.Commitment, error) {
	var tasks []*big.Int
	var commits []dashboard.Commitment
	w := s.conn.WatchMarket(s.from, 0)
	_, err := w.Poll(ctx, func(ev chain.MarketEvent) error {
		switch {
		case ev.Removed || ev.Task == nil:
		case ev.Kind == chain.EvTaskPublished:
			tasks = append(tasks, ev.Task)
		case ev.Kind == chain.EvRoundCommitted && of != nil && ev.Task.Cmp(of) == 0:
			if _, c, err := cid.CidFromBytes(ev.ModelCID); err == nil {
				commits = append(commits, dashboard.Commitment{Round: uint64(ev.Round), ModelCID: artifact.String(c)})
			}
		}
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("market events: %w", err)
	}
	return tasks, commits, nil
}

func (s *chainSource) Tasks(ctx context.Context) ([]dashboard.Task, error) {
	ids, _, err := s.marketLog(ctx, nil)
	if err != nil {
		return nil, err
	}
	slices.Reverse(ids) // newest first
	ids = ids[:min(len(ids), dashboard.MaxTasks)]
	out := make([]dashboard.Task, 0, len(ids))
	for _, id := range ids {
		t, _, err := s.task(ctx, id, 1)
		if err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, nil
}

// task reads one task from the chain and, once it runs, its coordinator's status with up to limit
// rounds of history.
func (s *chainSource) task(ctx context.Context, id *big.Int, limit int) (dashboard.Task, []protocol.RoundSummary, error) {
	info, err := s.conn.Task(ctx, id)
	if err != nil {
		return dashboard.Task{}, nil, fmt.Errorf("task %s: %w", id, err)
	}
	t := dashboard.Task{ID: id.String(), ChainID: id.String(), ChainStatus: info.Status, RoundsDone: int(info.Rounds),
		Trainers: int(info.MaxNodes), Coordinator: cohort.NodeID(info.Coordinator).String(), Budget: info.Budget.String(), Bids: len(info.Bids)}
	for _, n := range info.SelectedNodes() {
		t.Selected = append(t.Selected, n.String())
	}
	st, hist, err := s.status(ctx, cohort.NodeID(info.Coordinator), id, limit)
	if err != nil {
		return t, nil, nil // not running yet, or its coordinator unreachable: the chain's view alone
	}
	t.State, t.Round, t.Rounds, t.Error = st.State, st.Round, st.Rounds, st.Error
	if len(hist) > 0 && limit > 1 {
		t.RoundsDone = int(hist[len(hist)-1].Round)
	}
	return t, hist, nil
}

// status asks the task's coordinator, at the endpoint it registered, for the task's status and its
// history (at most limit rounds, the latest kept).
func (s *chainSource) status(ctx context.Context, coord cohort.NodeID, id *big.Int, limit int) (protocol.Status, []protocol.RoundSummary, error) {
	n, err := s.conn.Node(ctx, chain.Addr(coord))
	if err != nil {
		return protocol.Status{}, nil, err
	}
	base := endpointURL(n.Endpoint)
	if base == "" {
		return protocol.Status{}, nil, cohort.Errorf(cohort.EUnavailable, "coordinator %s has no endpoint", coord)
	}
	var st protocol.Status
	var all []protocol.RoundSummary
	var after uint64
	for {
		page, err := s.statusPage(ctx, strings.TrimSuffix(base, "/")+taskPath(id)+protocol.PathStatus, after, min(limit, protocol.StatusPage))
		if err != nil {
			return st, nil, err
		}
		st = page
		all = append(all, page.History...)
		if len(all) > limit {
			all = all[len(all)-limit:]
		}
		if page.Next == 0 || limit <= protocol.StatusPage {
			break
		}
		after = page.Next
	}
	return st, all, nil
}

func (s *chainSource) statusPage(ctx context.Context, url string, after uint64, limit int) (protocol.Status, error) {
	var st protocol.Status
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("%s?after=%d&limit=%d", url, after, limit), nil)
	if err != nil {
		return st, err
	}
	resp, err := s.hc.Do(req)
	if err != nil {
		return st, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return st, fmt.Errorf("coordinator status: %s", resp.Status)
	}
	err = json.NewDecoder(io.LimitReader(resp.Body, 16<<20)).Decode(&st)
	return st, err
}

func (s *chainSource) Task(ctx context.Context, id string) (*dashboard.TaskDetail, error) {
	n, ok := new(big.Int).SetString(id, 10)
	if !ok || n.Sign() <= 0 {
		return nil, cohort.Errorf(cohort.ENotFound, "no task %q: tasks on chain are numbered 1, 2, ...", id)
	}
	ids, commits, err := s.marketLog(ctx, n)
	if err != nil {
		return nil, err
	}
	if !slices.ContainsFunc(ids, func(x *big.Int) bool { return x.Cmp(n) == 0 }) {
		return nil, cohort.Errorf(cohort.ENotFound, "no task %s on chain", n)
	}
	t, hist, err := s.task(ctx, n, dashboard.MaxRounds)
	if err != nil {
		return nil, err
	}
	return &dashboard.TaskDetail{Task: t, History: hist, Commitments: commits}, nil
}

func (s *chainSource) Models(context.Context) ([]client.ModelInfo, error) {
	if s.models == nil {
		return nil, nil
	}
	return s.models(), nil
}

// Requests lists the oracle's inference requests since the suite's deployment with their proof
// status; none when the deployment has no oracle.
func (s *chainSource) Requests(ctx context.Context) ([]dashboard.Request, error) {
	acts, err := s.conn.OracleActivity(ctx, s.from, dashboard.MaxRequests)
	if cohort.Code(err) == cohort.ENotFound {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("inference requests: %w", err)
	}
	out := make([]dashboard.Request, 0, len(acts))
	for _, a := range acts {
		r := dashboard.Request{ID: a.ID, Model: fmt.Sprintf("0x%x", a.ModelID), Requester: a.Requester.String(), Fee: a.Fee.String(),
			Deadline: a.Deadline.Format(time.RFC3339), Status: a.Status, Outputs: a.Outputs, Block: a.Block}
		if a.Prover != (cohort.NodeID{}) {
			r.Prover = a.Prover.String()
		}
		if a.Miner != (cohort.NodeID{}) {
			r.Miner = s.label(a.Miner)
		}
		out = append(out, r)
	}
	return out, nil
}

func (s *chainSource) label(id cohort.NodeID) string {
	if n := s.names[id]; n != "" {
		return n + " " + id.String()
	}
	return id.String()
}

// Rewards lists every registered node and every account the market paid or slashed, with what it
// earned, lost and holds.
func (s *chainSource) Rewards(ctx context.Context) ([]dashboard.Reward, error) {
	earned, err := s.conn.Earnings(ctx, s.from)
	if err != nil {
		return nil, fmt.Errorf("market earnings: %w", err)
	}
	infos, err := s.conn.Nodes(ctx, 0, dashboard.MaxNodes)
	if err != nil {
		return nil, fmt.Errorf("node registry: %w", err)
	}
	var out []dashboard.Reward
	seen := map[cohort.NodeID]bool{}
	add := func(a cohort.NodeID, roles []string, stake string) error {
		seen[a] = true
		r := dashboard.Reward{Address: a.String(), Name: s.names[a], Roles: roles, Stake: stake, Paid: "0", ValidatorPaid: "0", Slashed: "0"}
		if e := earned[a]; e != nil {
			r.Paid, r.ValidatorPaid, r.Slashed, r.Tasks = e.Paid.String(), e.ValidatorPaid.String(), e.Slashed.String(), e.Tasks
		}
		credit, err := s.conn.MarketCredit(ctx, a)
		if err != nil {
			return err
		}
		bal, err := s.conn.TokenBalance(ctx, chain.Addr(a))
		if err != nil {
			return err
		}
		r.Credit, r.Balance = credit.String(), bal.String()
		out = append(out, r)
		return nil
	}
	for _, n := range infos {
		roles := make([]string, len(n.Roles))
		for i, r := range n.Roles {
			roles[i] = string(r)
		}
		if err := add(cohort.NodeID(n.Address), roles, n.Stake.String()); err != nil {
			return nil, err
		}
	}
	rest := make([]cohort.NodeID, 0, len(earned))
	for a := range earned {
		if !seen[a] {
			rest = append(rest, a)
		}
	}
	slices.SortFunc(rest, func(x, y cohort.NodeID) int { return bytes.Compare(x[:], y[:]) })
	for _, a := range rest[:min(len(rest), max(0, dashboard.MaxNodes-len(out)))] {
		if err := add(a, nil, ""); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// localSource is the dashboard's view of an off-chain devnet.
func (d *Devnet) localSource() *localSource {
	src := &localSource{coord: d.coord}
	src.members = append(src.members, dashMember{name: "coordinator", id: d.coord.Spec().Coordinator, url: d.servers[0].URL, role: RoleCoordinator})
	for i, t := range d.trainers {
		src.members = append(src.members, dashMember{name: fmt.Sprintf("trainer-%d", i+1), id: t.ID(), url: d.servers[i+1].URL, role: RoleTrainer})
	}
	return src
}

// dashSource is the dashboard's view of an on-chain devnet: the chain, with the devnet's names for
// its nodes.
func (m *market) dashSource() *chainSource {
	src := newChainSource(m.conn, m.dep.Block, nil)
	for _, n := range m.members {
		src.names[n.id] = n.name
		if n.role == RoleGateway {
			src.extra = append(src.extra, n) // the gateway does not register
		}
	}
	return src
}

// serveDashboard serves the dashboard on a listener of its own, on the devnet's host.
func (d *Devnet) serveDashboard(src dashboard.Source) error {
	s, err := listen(d.opts.Host+":0", dashboard.Handler(src, d.opts.Log), &api.Health{}, d.opts.Log, nil)
	if err != nil {
		return fmt.Errorf("dashboard: %w", err)
	}
	d.dash = s
	return nil
}

// DashboardURL is the devnet's dashboard (http://host:port/).
func (d *Devnet) DashboardURL() string {
	if d.dash == nil {
		return ""
	}
	return d.dash.URL + "/"
}

// gatewayModels lists gw's models (none without a gateway).
func gatewayModels(gw *gateway.Server) func() []client.ModelInfo {
	if gw == nil {
		return nil
	}
	return gw.Models
}

// maxRetired is how many finished tasks' final statuses a coordinator node keeps serving.
const maxRetired = 100

// retire serves a finished task's final status (GET /t/<id>/v1/status, paged as the coordinator
// pages it, at most dashboard.MaxRounds of the latest rounds) once its coordinator has closed, so the
// dashboard still shows its rounds; nothing else of the task is served. The oldest beyond maxRetired
// are dropped.
func (m *taskMux) retire(id *big.Int, st protocol.Status) {
	if n := len(st.History); n > dashboard.MaxRounds {
		st.History = st.History[n-dashboard.MaxRounds:]
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+protocol.PathStatus, func(w http.ResponseWriter, r *http.Request) {
		after, _ := strconv.ParseUint(r.URL.Query().Get("after"), 10, 64)
		limit, err := strconv.Atoi(r.URL.Query().Get("limit"))
		if err != nil || limit < 1 || limit > protocol.StatusPage {
			limit = protocol.StatusPage
		}
		page := st
		page.History = []protocol.RoundSummary{}
		for _, h := range st.History {
			if h.Round <= after {
				continue
			}
			if len(page.History) == limit {
				page.Next = page.History[limit-1].Round
				break
			}
			page.History = append(page.History, h)
		}
		api.WriteJSON(w, http.StatusOK, page)
	})
	key := id.String()
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, running := m.cl[key]; running {
		return // a coordinator runs it again
	}
	m.h[key] = http.StripPrefix(taskPath(id), mux)
	m.retired = append(m.retired, key)
	if len(m.retired) > maxRetired {
		old := m.retired[0]
		m.retired = m.retired[1:]
		if _, running := m.cl[old]; !running {
			delete(m.h, old)
		}
	}
}
