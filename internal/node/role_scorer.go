package node

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/api"
	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/miner"
	"github.com/cohort-net/cohort/internal/task"
	"github.com/cohort-net/cohort/internal/validator"
	"github.com/cohort-net/cohort/internal/zk"
)

// Defaults of [validator.inference].
const (
	defaultScoreInterval = 30 * time.Second
	defaultPublishEvery  = 10
	defaultScoreTimeout  = 60 * time.Second
)

// scorerRole is the inference side of the validator role: every interval it sends a signed
// synthetic request to each registered miner serving its model, verifies the proofs, scores the
// miners with Omron's rule (internal/validator) and, every PublishEvery rounds, hands the normalized
// scores to the node's measurements, which the consensus role commits and reveals each epoch
// (ValidatorConsensus writes reputations from the validators' consensus; no validator sets one).
type scorerRole struct {
	s      *system
	cfg    InferenceScoringConfig
	reg    *miner.Registered
	inputs [][]int64
	only   []cohort.NodeID // config's miners; empty: all
	hc     *http.Client

	mu     sync.Mutex
	v      *validator.Validator
	set    string                // the current validator's miners, "addr@url,..."
	models map[string]zk.Element // endpoint -> model id it serves (probed)
}

func newScorerRole(s *system) (*scorerRole, error) {
	ic := s.cfg.Validator.Inference
	reg, rows, err := loadModelKeys(ic.Keys, ic.Model, false, s.conn.IsDevChain(), s.log)
	if err != nil {
		return nil, err
	}
	if ic.Interval <= 0 {
		ic.Interval = task.Duration(defaultScoreInterval)
	}
	if ic.PublishEvery <= 0 {
		ic.PublishEvery = defaultPublishEvery
	}
	if ic.Timeout <= 0 {
		ic.Timeout = task.Duration(defaultScoreTimeout)
	}
	r := &scorerRole{s: s, cfg: ic, reg: reg, inputs: rows, hc: &http.Client{Timeout: 5 * time.Second}, models: map[string]zk.Element{}}
	for _, m := range ic.Miners {
		id, err := cohort.ParseNodeID(m)
		if err != nil {
			return nil, cohort.Errorf(cohort.EInvalid, "validator.inference.miners: %v", err)
		}
		r.only = append(r.only, id)
	}
	if len(r.inputs) == 0 {
		r.inputs = randomInputs(reg.Model, 64)
	}
	s.log.Info("inference scoring", "model_id", reg.ModelID, "interval", ic.Interval.D(), "publish_every", ic.PublishEvery)
	return r, nil
}

// randomInputs draws n inputs uniformly in [-1, 1] in the model's fixed point, within its range.
func randomInputs(q *zk.QModel, n int) [][]int64 {
	one := int64(1) << q.InFrac
	lim := int64(1) << (q.InBits - 1)
	rows := make([][]int64, n)
	for i := range rows {
		rows[i] = make([]int64, q.Inputs())
		for j := range rows[i] {
			rows[i][j] = min(max(rand.Int64N(2*one+1)-one, -lim), lim-1)
		}
	}
	return rows
}

func (r *scorerRole) name() string { return RoleValidator + "/inference" }

func (r *scorerRole) chainRoles() []cohort.Role { return []cohort.Role{cohort.RoleValidator} }

func (r *scorerRole) handle(context.Context, chain.MarketEvent) error { return nil }

func (r *scorerRole) routes(mux *http.ServeMux) {
	mux.HandleFunc("GET "+validator.ScoresPath, func(w http.ResponseWriter, _ *http.Request) {
		r.mu.Lock()
		v := r.v
		r.mu.Unlock()
		if v == nil {
			api.WriteJSON(w, http.StatusOK, validator.Scores{ModelID: r.reg.ModelID, Miners: []validator.MinerScore{}})
			return
		}
		api.WriteJSON(w, http.StatusOK, v.Scores())
	})
}

func (r *scorerRole) run(ctx context.Context) error {
	for ctx.Err() == nil {
		if err := r.round(ctx); err != nil && ctx.Err() == nil {
			r.s.log.Warn("inference round", "err", err)
		}
		sleep(ctx, r.cfg.Interval.D())
	}
	return nil
}

// round refreshes the miner set from the registry, queries every miner once and hands the weights to
// the node's measurements every PublishEvery rounds.
func (r *scorerRole) round(ctx context.Context) error {
	v, err := r.validatorFor(ctx)
	if err != nil || v == nil {
		return err
	}
	rep, err := v.Round(ctx)
	if err != nil {
		return err
	}
	valid := 0
	for _, a := range rep.Answers {
		if a.Valid {
			valid++
		}
	}
	r.s.log.Info("inference round", "round", rep.Round, "miners", len(rep.Answers), "valid", valid)
	if rep.Round%uint64(r.cfg.PublishEvery) == 0 {
		if err := v.Publish(ctx); err != nil {
			return fmt.Errorf("publish weights: %w", err)
		}
	}
	return nil
}

// validatorFor returns the validator for the miners registered now (a new one, whose scores start
// at zero, when the set changed); nil when there is no miner to score.
func (r *scorerRole) validatorFor(ctx context.Context) (*validator.Validator, error) {
	nodes, err := r.s.conn.NodesWithRole(ctx, cohort.RoleMiner)
	if err != nil {
		return nil, err
	}
	var infos []validator.MinerInfo
	var keys []string
	for _, n := range nodes {
		id := n.NodeID()
		if n.Endpoint == "" || id == r.s.key.ID() || (len(r.only) > 0 && !slices.Contains(r.only, id)) {
			continue
		}
		url := strings.TrimSuffix(n.Endpoint, "/")
		if !r.serves(ctx, url) {
			continue
		}
		infos = append(infos, validator.MinerInfo{ID: id, URL: url})
		keys = append(keys, id.String()+"@"+url)
	}
	set := strings.Join(keys, ",")
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(infos) == 0 {
		if r.set != "" || r.v == nil {
			r.s.log.Info("no registered miner serves the model yet", "model_id", r.reg.ModelID)
		}
		r.v, r.set = nil, ""
		return nil, nil
	}
	if r.v != nil && set == r.set {
		return r.v, nil
	}
	pub := inferencePublisher{m: r.s.votes}
	v, err := validator.New(validator.Config{Key: r.s.key, ChainID: r.s.dep.ChainID, Model: r.reg.Model, VK: r.reg.VK, ModelID: r.reg.ModelID,
		Miners: infos, Inputs: r.inputs, Timeout: r.cfg.Timeout.D(), Publisher: pub, Log: r.s.log.With("role", "validator/inference")})
	if err != nil {
		return nil, err
	}
	r.s.log.Info("scoring miners", "miners", len(infos), "model_id", r.reg.ModelID)
	r.v, r.set = v, set
	return v, nil
}

// serves reports whether the miner at url serves this model (GET /v1/model). A miner that does not
// answer is kept: it is scored as missing, as Omron scores a miner that is down.
func (r *scorerRole) serves(ctx context.Context, url string) bool {
	r.mu.Lock()
	id, ok := r.models[url]
	r.mu.Unlock()
	if ok {
		return id == r.reg.ModelID
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url+ModelPath, nil)
	if err != nil {
		return false
	}
	resp, err := r.hc.Do(req)
	if err != nil {
		return true
	}
	defer resp.Body.Close()
	var mi struct {
		ModelID zk.Element `json:"model_id"`
	}
	if resp.StatusCode != http.StatusOK || json.NewDecoder(http.MaxBytesReader(nil, resp.Body, 1<<20)).Decode(&mi) != nil {
		return true
	}
	r.mu.Lock()
	r.models[url] = mi.ModelID
	r.mu.Unlock()
	return mi.ModelID == r.reg.ModelID
}
