package dashboard

import (
	"context"
	"embed"
	"io/fs"
	"log/slog"
	"net/http"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/client"
	"github.com/cohort-net/cohort/internal/api"
	"github.com/cohort-net/cohort/internal/protocol"
)

// Bounds on one answer: a source may return more; the handler cuts the list and says so.
const (
	MaxNodes  = 1000
	MaxTasks  = 200
	MaxRounds = 1000 // rounds of history on a task page
	// MaxRequests is how many inference requests the inference page lists (the newest).
	MaxRequests = 200
	// MaxInFlight is how many JSON requests the dashboard answers at once; one past it is refused
	// (429) before its source is asked, so strangers cannot multiply the chain and coordinator reads
	// a source makes.
	MaxInFlight = 4
)

// Node is one node of the network as the dashboard shows it. Stake, rate and reputation are set only
// where a chain's registry holds them.
type Node struct {
	Address    string   `json:"address"`
	Name       string   `json:"name,omitempty"` // a devnet's label for the node
	Roles      []string `json:"roles"`
	URL        string   `json:"url,omitempty"`
	Stake      string   `json:"stake,omitempty"`       // base units
	HourlyRate string   `json:"hourly_rate,omitempty"` // base units
	Reputation *uint16  `json:"reputation_bps,omitempty"`
	CPUCores   uint16   `json:"cpu_cores,omitempty"`
	MemoryMB   uint32   `json:"memory_mb,omitempty"`
}

// Task is one task in the marketplace list.
type Task struct {
	ID          string `json:"id"`
	ChainID     string `json:"chain_task_id,omitempty"` // the market's task number, on chain
	State       string `json:"state"`                   // the coordinator's: joining, running, done, failed ("" before it runs)
	ChainStatus string `json:"chain_status,omitempty"`  // the market's: open, running, attested, settled...
	Round       uint64 `json:"round"`                   // the round in progress, or the last one when done
	RoundsDone  int    `json:"rounds_done"`             // closed rounds
	Rounds      int    `json:"rounds"`                  // planned rounds (the cap with automatic rounds)
	Trainers    int    `json:"trainers"`
	Coordinator string `json:"coordinator,omitempty"`
	Budget      string `json:"budget,omitempty"` // base units
	Bids        int    `json:"bids,omitempty"`
	// Selected are the trainers the market selected (on chain) or that joined (off chain).
	Selected []string `json:"selected,omitempty"`
	Error    string   `json:"error,omitempty"`
}

// Commitment is one round's global model as committed on chain.
type Commitment struct {
	Round    uint64 `json:"round"`
	ModelCID string `json:"model_cid"`
}

// TaskDetail is a task page's data: the task, its closed rounds and their commitments.
type TaskDetail struct {
	Task
	History     []protocol.RoundSummary `json:"history"`
	Commitments []Commitment            `json:"commitments"`
	Note        string                  `json:"note,omitempty"` // e.g. why there are no commitments
	Truncated   bool                    `json:"truncated,omitempty"`
}

// Request is one on-chain inference request and the status of its proof: pending, verified (a miner's
// proof passed the oracle's on-chain verifier and the fee went to it), cancelled or expired.
type Request struct {
	ID        uint64 `json:"id"`
	Model     string `json:"model_id"`
	Requester string `json:"requester"`
	Prover    string `json:"prover,omitempty"` // the only miner that may answer, when the request names one
	Miner     string `json:"miner,omitempty"`  // whose proof verified
	Fee       string `json:"fee"`              // base units
	Deadline  string `json:"deadline"`         // RFC 3339
	Status    string `json:"status"`
	Outputs   int    `json:"outputs,omitempty"`
	Block     uint64 `json:"block"`
}

// Reward is one account's rewards and balances: what the market paid it for training and for
// attesting, what was slashed from it, what it may withdraw from the market now, its stake in the
// registry and the tokens it holds. Amounts in base units.
type Reward struct {
	Address       string   `json:"address"`
	Name          string   `json:"name,omitempty"`
	Roles         []string `json:"roles,omitempty"`
	Paid          string   `json:"paid"`
	ValidatorPaid string   `json:"validator_paid"`
	Slashed       string   `json:"slashed"`
	Tasks         int      `json:"tasks"`
	Credit        string   `json:"credit"`
	Stake         string   `json:"stake,omitempty"`
	Balance       string   `json:"balance"`
}

// Source is where the dashboard's data comes from. Task returns an error with code cohort.ENotFound
// for an unknown task. A source with no gateway models returns an empty list.
type Source interface {
	Network(ctx context.Context) ([]Node, error)
	Tasks(ctx context.Context) ([]Task, error)
	Task(ctx context.Context, id string) (*TaskDetail, error)
	Models(ctx context.Context) ([]client.ModelInfo, error)
	// Requests and Rewards come from a chain; a source without one returns empty lists.
	Requests(ctx context.Context) ([]Request, error)
	Rewards(ctx context.Context) ([]Reward, error)
}

//go:embed assets
var assets embed.FS

// Pages are the HTML routes; each serves the one page, whose script draws the view for its path.
var Pages = []string{"/", "/network", "/market", "/inference", "/rewards", "/tasks/{id}"}

// API paths of the JSON endpoints.
const (
	PathNetwork  = "/v1/dashboard/network"
	PathTasks    = "/v1/dashboard/tasks"
	PathTask     = "/v1/dashboard/tasks/{id}"
	PathModels   = "/v1/dashboard/models"
	PathRequests = "/v1/dashboard/requests"
	PathRewards  = "/v1/dashboard/rewards"
)

// Routes adds the dashboard's routes to mux: GET patterns only, so the mux answers any other method
// with 405 before a handler runs.
func Routes(mux *http.ServeMux, src Source, log *slog.Logger) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	index, err := assets.ReadFile("assets/index.html")
	if err != nil {
		panic("dashboard: index.html not embedded: " + err.Error()) // a broken build
	}
	page := func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-cache")
		w.Write(index)
	}
	for _, p := range Pages {
		if p == "/" {
			p = "/{$}"
		}
		mux.HandleFunc("GET "+p, page)
	}
	sub, _ := fs.Sub(assets, "assets")
	mux.Handle("GET /assets/", http.StripPrefix("/assets/", http.FileServerFS(sub)))
	h := &handler{src: src, log: log, slots: make(chan struct{}, MaxInFlight)}
	mux.HandleFunc("GET "+PathNetwork, h.limit(h.network))
	mux.HandleFunc("GET "+PathTasks, h.limit(h.tasks))
	mux.HandleFunc("GET "+PathTask, h.limit(h.task))
	mux.HandleFunc("GET "+PathModels, h.limit(h.models))
	mux.HandleFunc("GET "+PathRequests, h.limit(h.requests))
	mux.HandleFunc("GET "+PathRewards, h.limit(h.rewards))
}

// Handler serves the dashboard alone (the devnet's dashboard listener).
func Handler(src Source, log *slog.Logger) http.Handler {
	mux := http.NewServeMux()
	Routes(mux, src, log)
	return mux
}

// AssetsSize is the total size of the embedded assets in bytes: what a first load transfers at most.
func AssetsSize() (int64, error) {
	var n int64
	err := fs.WalkDir(assets, "assets", func(_ string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err == nil {
			n += info.Size()
		}
		return err
	})
	return n, err
}

type handler struct {
	src   Source
	log   *slog.Logger
	slots chan struct{} // MaxInFlight
}

// limit runs next only while fewer than MaxInFlight data requests are in flight; others get 429.
func (h *handler) limit(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		select {
		case h.slots <- struct{}{}:
			defer func() { <-h.slots }()
			next(w, r)
		default:
			w.Header().Set("Retry-After", "1")
			api.WriteError(w, r, h.log, cohort.Errorf(cohort.ERateLimited, "dashboard busy: %d requests in flight", MaxInFlight))
		}
	}
}

func (h *handler) network(w http.ResponseWriter, r *http.Request) {
	nodes, err := h.src.Network(r.Context())
	if err != nil {
		api.WriteError(w, r, h.log, err)
		return
	}
	trunc := len(nodes) > MaxNodes
	api.WriteJSON(w, http.StatusOK, map[string]any{"nodes": nonNil(nodes[:min(len(nodes), MaxNodes)]), "truncated": trunc})
}

func (h *handler) tasks(w http.ResponseWriter, r *http.Request) {
	tasks, err := h.src.Tasks(r.Context())
	if err != nil {
		api.WriteError(w, r, h.log, err)
		return
	}
	trunc := len(tasks) > MaxTasks
	api.WriteJSON(w, http.StatusOK, map[string]any{"tasks": nonNil(tasks[:min(len(tasks), MaxTasks)]), "truncated": trunc})
}

func (h *handler) task(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if id == "" || len(id) > 200 {
		api.WriteError(w, r, h.log, cohort.Errorf(cohort.EInvalid, "task id %q", id))
		return
	}
	t, err := h.src.Task(r.Context(), id)
	if err != nil {
		api.WriteError(w, r, h.log, err)
		return
	}
	if n := len(t.History); n > MaxRounds {
		t.History, t.Truncated = t.History[n-MaxRounds:], true // the latest rounds
	}
	if n := len(t.Commitments); n > MaxRounds {
		t.Commitments, t.Truncated = t.Commitments[n-MaxRounds:], true
	}
	t.History, t.Commitments = nonNil(t.History), nonNil(t.Commitments)
	api.WriteJSON(w, http.StatusOK, t)
}

func (h *handler) models(w http.ResponseWriter, r *http.Request) {
	models, err := h.src.Models(r.Context())
	if err != nil {
		api.WriteError(w, r, h.log, err)
		return
	}
	api.WriteJSON(w, http.StatusOK, client.ModelList{Models: nonNil(models)})
}

func (h *handler) requests(w http.ResponseWriter, r *http.Request) {
	reqs, err := h.src.Requests(r.Context())
	if err != nil {
		api.WriteError(w, r, h.log, err)
		return
	}
	trunc := len(reqs) > MaxRequests
	if trunc {
		reqs = reqs[len(reqs)-MaxRequests:] // the newest
	}
	api.WriteJSON(w, http.StatusOK, map[string]any{"requests": nonNil(reqs), "truncated": trunc})
}

func (h *handler) rewards(w http.ResponseWriter, r *http.Request) {
	rewards, err := h.src.Rewards(r.Context())
	if err != nil {
		api.WriteError(w, r, h.log, err)
		return
	}
	trunc := len(rewards) > MaxNodes
	api.WriteJSON(w, http.StatusOK, map[string]any{"rewards": nonNil(rewards[:min(len(rewards), MaxNodes)]), "truncated": trunc})
}

// nonNil makes an empty list encode as [] rather than null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
