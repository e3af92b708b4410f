package fl

import (
	"bytes"
	"encoding/binary"
	"math"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/cohort-net/cohort"
)

// Strategy names.
const (
	StratFedAvg      = "fedavg"
	StratFedAvgM     = "fedavgm"
	StratFedProx     = "fedprox"
	StratFedAdam     = "fedadam"
	StratFedYogi     = "fedyogi"
	StratMedian      = "median"
	StratTrimmedMean = "trimmed-mean"
	StratKrum        = "krum"
	StratNormClip    = "norm-clip"
)

// StrategyNames lists the valid strategy names.
var StrategyNames = []string{StratFedAvg, StratFedAvgM, StratFedProx, StratFedAdam, StratFedYogi, StratMedian, StratTrimmedMean, StratKrum, StratNormClip}

// Update is one client's contribution to a round.
type Update struct {
	Client  string
	Delta   []float64 // local params - global params
	Samples int       // self-reported training rows (capped by StrategyConfig.MaxSamples)
	// Clients is the number of clients whose mean this update already is (a secure aggregate); 0 means
	// 1. Only client-level DP (StrategyConfig.DPNoise) reads it.
	Clients int
}

// Strategy turns a round's updates into the next global parameters.
type Strategy interface {
	Name() string
	// Aggregate returns the new global params; it does not modify its inputs.
	Aggregate(global []float64, updates []Update) ([]float64, error)
}

// StrategyConfig selects and tunes a strategy. Zero values take the defaults noted.
type StrategyConfig struct {
	Name string `json:"name"` // fedavg|fedavgm|fedprox|fedadam|fedyogi|median|trimmed-mean|krum|norm-clip
	// Server optimizers. fedadam/fedyogi: ServerLR (default 0.1), Beta1 (0.9), Beta2 (0.99), Tau (1e-3).
	// fedavgm: ServerLR (default 0.5) and ServerMomentum (default 0.9). The learning rates were chosen
	// on validation splits of 8 tabular sets (internal/bench TestTuneFLDefaults, COHORT_FL_TUNE=server).
	ServerLR       float64 `json:"server_lr,omitempty"`
	Beta1          float64 `json:"beta1,omitempty"`
	Beta2          float64 `json:"beta2,omitempty"`
	Tau            float64 `json:"tau,omitempty"`
	ServerMomentum float64 `json:"server_momentum,omitempty"`
	// fedprox: clients train with this proximal term (default 0.01, see ClientConfig); aggregation is FedAvg.
	ProxMu float64 `json:"prox_mu,omitempty"`
	// trimmed-mean: the fraction trimmed from each end of every coordinate, in [0, 0.5) (default: trim
	// the f assumed attackers, see Byzantine).
	TrimFraction float64 `json:"trim_fraction,omitempty"`
	// The attackers the robust rules (median, trimmed-mean, krum, norm-clip, AutoClip) assume among a
	// round's n updates: Byzantine = f, a count, or ByzantineFraction = F in [0, 0.5), f = floor(F*n);
	// neither set: DefaultByzantineFraction. Each rule checks its bound (CheckParticipants). The other
	// strategies ignore both.
	Byzantine         int     `json:"byzantine,omitempty"`
	ByzantineFraction float64 `json:"byzantine_fraction,omitempty"`
	// krum: Multi-Krum averages Select = m updates (default n-f).
	Select int `json:"select,omitempty"`
	// ClipNorm > 0 scales every update whose L2 norm exceeds it down to that norm, before any strategy.
	ClipNorm float64 `json:"clip_norm,omitempty"`
	// AutoClip, before any strategy, drops the round's gross norm outliers (above median + 3 scaled
	// MADs, whatever f is) and clips every remaining update to their (n-f)-th smallest norm (norm-clip
	// always does; see robust.go). ClipNorm, when set, wins.
	AutoClip bool `json:"auto_clip,omitempty"`
	// MaxSamples > 0 caps the self-reported sample counts used as weights.
	MaxSamples int `json:"max_samples,omitempty"`
	// DPNoise > 0 turns on client-level DP-FedAvg with central noise (McMahan et al. 2018): updates are
	// clipped to ClipNorm (required), averaged with equal weights, and the mean gets Gaussian noise of
	// standard deviation DPNoise*ClipNorm/n on every coordinate (n updates: noise DPNoise*ClipNorm on
	// their sum), before any server optimizer. The noise comes from the source given to SetNoise.
	DPNoise float64 `json:"dp_noise,omitempty"`
}

func validName(n string) bool { return slices.Contains(StrategyNames, n) }

// withDefaults fills zero fields and validates.
func (c StrategyConfig) withDefaults() (StrategyConfig, error) {
	if c.Name == "" {
		c.Name = StratFedAvg
	}
	if !validName(c.Name) {
		return c, cohort.Errorf(cohort.EInvalid, "strategy %q: want one of %s", c.Name, strings.Join(StrategyNames, "|"))
	}
	switch c.Name {
	case StratFedAdam, StratFedYogi:
		c.ServerLR = def(c.ServerLR, DefaultAdaptiveServerLR)
		c.Beta1 = def(c.Beta1, 0.9)
		c.Beta2 = def(c.Beta2, 0.99)
		c.Tau = def(c.Tau, 1e-3)
	case StratFedAvgM:
		c.ServerLR = def(c.ServerLR, DefaultFedAvgMServerLR)
		c.ServerMomentum = def(c.ServerMomentum, 0.9)
	}
	bad := func(v float64) bool { return math.IsNaN(v) || math.IsInf(v, 0) || v < 0 }
	switch {
	case bad(c.ServerLR) || bad(c.Beta1) || bad(c.Beta2) || bad(c.Tau) || bad(c.ServerMomentum) || bad(c.ProxMu) || bad(c.ClipNorm):
		return c, cohort.Errorf(cohort.EInvalid, "strategy %s: negative or non-finite parameter", c.Name)
	case c.Beta1 >= 1 || c.Beta2 >= 1 || c.ServerMomentum >= 1:
		return c, cohort.Errorf(cohort.EInvalid, "strategy %s: beta1, beta2 and server momentum must be below 1", c.Name)
	case !(c.TrimFraction >= 0 && c.TrimFraction < 0.5):
		return c, cohort.Errorf(cohort.EInvalid, "strategy %s: trim fraction %v, want 0 <= t < 0.5", c.Name, c.TrimFraction)
	case bad(c.DPNoise) || (c.DPNoise > 0 && c.ClipNorm == 0):
		return c, cohort.Errorf(cohort.EInvalid, "strategy %s: dp noise %v needs a clip norm > 0 (got %v)", c.Name, c.DPNoise, c.ClipNorm)
	case c.DPNoise > 0 && c.Name != StratFedAvg && c.Name != StratFedAdam && c.Name != StratFedYogi && c.Name != StratFedAvgM:
		return c, cohort.Errorf(cohort.EInvalid, "strategy %s: client-level dp needs fedavg, fedavgm, fedadam or fedyogi", c.Name)
	case c.Byzantine < 0 || c.Select < 0 || c.MaxSamples < 0:
		return c, cohort.Errorf(cohort.EInvalid, "strategy %s: negative byzantine, select or max samples", c.Name)
	case !(c.ByzantineFraction >= 0 && c.ByzantineFraction < 0.5):
		return c, cohort.Errorf(cohort.EInvalid, "strategy %s: byzantine fraction %v, want 0 <= F < 0.5", c.Name, c.ByzantineFraction)
	case c.Byzantine > 0 && c.ByzantineFraction > 0:
		return c, cohort.Errorf(cohort.EInvalid, "strategy %s: byzantine count %d and fraction %v both set: keep one", c.Name, c.Byzantine, c.ByzantineFraction)
	}
	return c, nil
}

func def(v, d float64) float64 {
	if v == 0 {
		return d
	}
	return v
}

// NewStrategy builds the strategy cfg names. An unknown name is a cohort.EInvalid error that lists the
// valid ones. The result is an *Aggregator, which also implements encoding.BinaryMarshaler and
// BinaryUnmarshaler; for fedadam, fedyogi and fedavgm that state (moments, step count) must be saved
// to resume a task.
func NewStrategy(cfg StrategyConfig) (Strategy, error) {
	c, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	return &Aggregator{cfg: c}, nil
}

// ClientConfig returns the TrainConfig one client uses in one round: base with Seed set to
// ClientSeed(taskSeed, round, client) and, for fedprox, ProxMu from the strategy when base has none
// (0.01 when neither sets it). Simulate uses it; trainer nodes must too, so a networked run matches a
// simulated one.
func ClientConfig(base TrainConfig, strat StrategyConfig, taskSeed uint64, round int, client string) TrainConfig {
	base.Seed = ClientSeed(taskSeed, round, client)
	if strat.Name == StratFedProx && base.ProxMu == 0 {
		base.ProxMu = strat.ProxMu
		if base.ProxMu == 0 {
			base.ProxMu = 0.01
		}
	}
	return base
}

// Aggregator implements every strategy of StrategyNames.
type Aggregator struct {
	cfg         StrategyConfig
	noise       *rand.Rand // client-level DP noise (DPNoise > 0)
	clientNoise bool       // DPNoise > 0 with the noise added by the clients (SetClientNoise)
	// Server-optimizer state (fedadam, fedyogi, fedavgm).
	steps uint64
	m, v  []float64
}

var _ Strategy = (*Aggregator)(nil)

// Name returns the strategy's name.
func (a *Aggregator) Name() string { return a.cfg.Name }

// Config returns the configuration with defaults filled in.
func (a *Aggregator) Config() StrategyConfig { return a.cfg }

// Aggregate validates the updates (non-empty, distinct clients, right length, finite, Samples >= 1),
// sorts them by client, clips them if ClipNorm is set, and applies the strategy.
func (a *Aggregator) Aggregate(global []float64, updates []Update) ([]float64, error) {
	cfg := a.cfg
	if a.clientNoise {
		// The clients clipped before adding their noise shares: clipping the noisy aggregate again
		// would shrink the noise, and the signal with it.
		cfg.ClipNorm = 0
	}
	ups, err := prepare(global, updates, cfg)
	if err != nil {
		return nil, err
	}
	var agg []float64 // the aggregated delta
	switch {
	case a.cfg.DPNoise > 0:
		agg, err = a.noisyMean(ups, len(global))
	default:
		agg, err = a.aggregate(ups, len(global))
	}
	if err != nil {
		return nil, err
	}
	out := slices.Clone(global)
	switch a.cfg.Name {
	case StratFedAdam, StratFedYogi, StratFedAvgM:
		a.serverStep(out, agg)
	default:
		for k, d := range agg {
			out[k] += d
		}
	}
	return out, nil
}

// aggregate applies the strategy's rule (without DP noise) to prepared updates.
func (a *Aggregator) aggregate(ups []prepared, n int) (agg []float64, err error) {
	if err := a.cfg.CheckParticipants(len(ups)); err != nil {
		return nil, err
	}
	f := a.cfg.Attackers(len(ups))
	switch a.cfg.Name {
	case StratFedAvg, StratFedProx, StratFedAdam, StratFedYogi, StratFedAvgM, StratNormClip:
		agg = weightedMean(ups, n)
	case StratMedian:
		agg = coordMedian(ups, n)
	case StratTrimmedMean:
		trim := f
		if a.cfg.TrimFraction > 0 {
			trim = int(math.Floor(a.cfg.TrimFraction * float64(len(ups))))
		}
		agg, err = trimmedMean(ups, n, trim)
	case StratKrum:
		agg, err = multiKrum(ups, n, f, a.cfg.Select)
	}
	return agg, err
}

// serverStep applies a server optimizer (Reddi et al. 2021, "Adaptive Federated Optimization"; FedAvgM:
// Hsu et al. 2019) to x with pseudo-gradient -d.
func (a *Aggregator) serverStep(x, d []float64) {
	c := a.cfg
	if len(a.m) != len(x) {
		a.m, a.v, a.steps = make([]float64, len(x)), nil, 0
	}
	a.steps++
	if c.Name == StratFedAvgM {
		for k := range x {
			a.m[k] = float64(c.ServerMomentum*a.m[k]) + d[k]
			x[k] += float64(c.ServerLR * a.m[k])
		}
		return
	}
	if len(a.v) != len(x) {
		a.v = make([]float64, len(x))
	}
	b1, b2 := c.Beta1, c.Beta2
	for k := range x {
		dk := d[k]
		a.m[k] = float64(b1*a.m[k]) + float64((1-b1)*dk)
		d2 := float64(dk * dk)
		if c.Name == StratFedAdam {
			a.v[k] = float64(b2*a.v[k]) + float64((1-b2)*d2)
		} else {
			s := 0.0
			switch {
			case a.v[k] > d2:
				s = 1
			case a.v[k] < d2:
				s = -1
			}
			a.v[k] -= float64((1 - b2) * d2 * s)
		}
		x[k] += c.ServerLR * a.m[k] / (math.Sqrt(a.v[k]) + c.Tau)
	}
}

type prepared struct {
	client  string
	delta   []float64
	weight  float64
	clients int // Update.Clients, at least 1
}

func prepare(global []float64, updates []Update, c StrategyConfig) ([]prepared, error) {
	if len(global) == 0 {
		return nil, cohort.Errorf(cohort.EInvalid, "aggregate: empty global model")
	}
	if len(updates) == 0 {
		return nil, cohort.Errorf(cohort.EInvalid, "aggregate: no updates")
	}
	if k := firstNonFinite(global); k >= 0 {
		return nil, cohort.Errorf(cohort.EInvalid, "aggregate: global parameter %d is %v", k, global[k])
	}
	ups := make([]prepared, len(updates))
	seen := make(map[string]bool, len(updates))
	for i, u := range updates {
		switch {
		case u.Client == "":
			return nil, cohort.Errorf(cohort.EInvalid, "aggregate: update %d has no client", i)
		case seen[u.Client]:
			return nil, cohort.Errorf(cohort.EInvalid, "aggregate: two updates from client %q", u.Client)
		case len(u.Delta) != len(global):
			return nil, cohort.Errorf(cohort.EInvalid, "aggregate: update from %q has %d values, model has %d", u.Client, len(u.Delta), len(global))
		case u.Samples < 1:
			return nil, cohort.Errorf(cohort.EInvalid, "aggregate: update from %q reports %d samples", u.Client, u.Samples)
		}
		if k := firstNonFinite(u.Delta); k >= 0 {
			return nil, cohort.Errorf(cohort.EInvalid, "aggregate: update from %q: value %d is %v", u.Client, k, u.Delta[k])
		}
		seen[u.Client] = true
		w := u.Samples
		if c.MaxSamples > 0 {
			w = min(w, c.MaxSamples)
		}
		ups[i] = prepared{client: u.Client, delta: u.Delta, weight: float64(w), clients: max(u.Clients, 1)}
	}
	bound := c.ClipNorm
	if bound == 0 && c.autoClip() {
		var norms []float64
		ups, norms = c.dropGrossOutliers(ups)
		bound = adaptiveClipNorm(norms, c.Attackers(len(ups)))
	}
	if bound > 0 {
		for i, u := range ups {
			if n := norm(u.delta); n > bound {
				s := bound / n
				d := make([]float64, len(u.delta))
				for k, v := range u.delta {
					d[k] = v * s
				}
				ups[i].delta = d
			}
		}
	}
	slices.SortFunc(ups, func(a, b prepared) int { return strings.Compare(a.client, b.client) })
	return ups, nil
}

func firstNonFinite(v []float64) int {
	for k, x := range v {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return k
		}
	}
	return -1
}

func norm(v []float64) float64 {
	s := 0.0
	for _, x := range v {
		s += float64(x * x)
	}
	return math.Sqrt(s)
}

func weightedMean(ups []prepared, n int) []float64 {
	out := make([]float64, n)
	total := 0.0
	for _, u := range ups {
		total += u.weight
		w := u.weight
		for k, d := range u.delta {
			out[k] += float64(w * d)
		}
	}
	for k := range out {
		out[k] /= total
	}
	return out
}

func coordMedian(ups []prepared, n int) []float64 {
	out := make([]float64, n)
	col := make([]float64, len(ups))
	for k := range out {
		for i, u := range ups {
			col[i] = u.delta[k]
		}
		out[k] = median(col)
	}
	return out
}

// trimmedMean drops the t lowest and t highest values of every coordinate and averages the rest.
func trimmedMean(ups []prepared, n int, t int) ([]float64, error) {
	keep := len(ups) - 2*t
	if keep < 1 {
		return nil, cohort.Errorf(cohort.EInvalid, "trimmed-mean: trimming %d of %d updates from each end leaves none", t, len(ups))
	}
	out := make([]float64, n)
	col := make([]float64, len(ups))
	for k := range out {
		for i, u := range ups {
			col[i] = u.delta[k]
		}
		slices.Sort(col)
		s := 0.0
		for _, v := range col[t : t+keep] {
			s += v
		}
		out[k] = s / float64(keep)
	}
	return out, nil
}

// multiKrum scores every update by the summed squared distance to its n-f-2 nearest others, keeps the
// m lowest (ties by client order) and returns their sample-weighted mean (Blanchard et al. 2017).
func multiKrum(ups []prepared, n, f, m int) ([]float64, error) {
	idx, err := krumIndices(ups, f, m)
	if err != nil {
		return nil, err
	}
	sel := make([]prepared, 0, len(idx))
	for _, i := range idx {
		sel = append(sel, ups[i])
	}
	return weightedMean(sel, n), nil
}

// krumIndices returns the indices (ascending) of the updates Multi-Krum keeps.
func krumIndices(ups []prepared, f, m int) ([]int, error) {
	cnt := len(ups)
	if cnt < 2*f+3 {
		return nil, cohort.Errorf(cohort.EInvalid, "krum: n = %d updates cannot tolerate f = %d Byzantine: Multi-Krum needs n > 2f + 2 (n >= %d)", cnt, f, 2*f+3)
	}
	if m == 0 {
		m = cnt - f
	}
	if m > cnt {
		return nil, cohort.Errorf(cohort.EInvalid, "krum: select %d of %d updates", m, cnt)
	}
	dist := make([][]float64, cnt)
	for i := range dist {
		dist[i] = make([]float64, cnt)
	}
	for i := range cnt {
		for j := i + 1; j < cnt; j++ {
			s := 0.0
			a, b := ups[i].delta, ups[j].delta[:len(ups[i].delta)]
			for k, x := range a {
				d := x - b[k]
				s += float64(d * d)
			}
			dist[i][j], dist[j][i] = s, s
		}
	}
	type scored struct {
		i int
		s float64
	}
	scores := make([]scored, cnt)
	row := make([]float64, 0, cnt)
	for i := range cnt {
		row = row[:0]
		for j := range cnt {
			if j != i {
				row = append(row, dist[i][j])
			}
		}
		slices.Sort(row)
		s := 0.0
		for _, d := range row[:cnt-f-2] {
			s += d
		}
		scores[i] = scored{i, s}
	}
	slices.SortStableFunc(scores, func(a, b scored) int {
		switch {
		case a.s < b.s:
			return -1
		case a.s > b.s:
			return 1
		}
		return 0
	})
	idx := make([]int, 0, m)
	for _, s := range scores[:m] {
		idx = append(idx, s.i)
	}
	slices.Sort(idx)
	return idx, nil
}

// Selected reports which clients Multi-Krum keeps for these updates (for logs and tests).
func (a *Aggregator) Selected(global []float64, updates []Update) ([]string, error) {
	if a.cfg.Name != StratKrum {
		return nil, cohort.Errorf(cohort.EInvalid, "selected: strategy %s keeps every update", a.cfg.Name)
	}
	ups, err := prepare(global, updates, a.cfg)
	if err != nil {
		return nil, err
	}
	idx, err := krumIndices(ups, a.cfg.Attackers(len(ups)), a.cfg.Select)
	if err != nil {
		return nil, err
	}
	keep := make([]string, 0, len(idx))
	for _, i := range idx {
		keep = append(keep, ups[i].client)
	}
	return keep, nil
}

const stateMagic = "cohort-fl-strategy-v1\x00"

// MarshalBinary encodes the strategy's name and server-optimizer state: magic, name (uint16 length and
// bytes), steps (uint64), dim (uint32), then dim float64 m values and, for fedadam/fedyogi, dim v values,
// all big-endian.
func (a *Aggregator) MarshalBinary() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(stateMagic)
	binary.Write(&b, binary.BigEndian, uint16(len(a.cfg.Name)))
	b.WriteString(a.cfg.Name)
	binary.Write(&b, binary.BigEndian, a.steps)
	binary.Write(&b, binary.BigEndian, uint32(len(a.m)))
	for _, x := range a.m {
		binary.Write(&b, binary.BigEndian, math.Float64bits(x))
	}
	if a.hasV() {
		for _, x := range a.v {
			binary.Write(&b, binary.BigEndian, math.Float64bits(x))
		}
	}
	return b.Bytes(), nil
}

func (a *Aggregator) hasV() bool {
	return len(a.m) > 0 && (a.cfg.Name == StratFedAdam || a.cfg.Name == StratFedYogi)
}

// UnmarshalBinary restores state written by MarshalBinary for a strategy of the same name. Errors are
// cohort.EInvalid.
func (a *Aggregator) UnmarshalBinary(data []byte) error {
	bad := func(f string, args ...any) error {
		return cohort.Errorf(cohort.EInvalid, "strategy state: "+f, args...)
	}
	rest, ok := bytes.CutPrefix(data, []byte(stateMagic))
	if !ok {
		return bad("bad magic")
	}
	if len(rest) < 2 {
		return bad("truncated")
	}
	nl := int(binary.BigEndian.Uint16(rest))
	rest = rest[2:]
	if len(rest) < nl+12 {
		return bad("truncated")
	}
	if name := string(rest[:nl]); name != a.cfg.Name {
		return bad("saved by %q, not %q", name, a.cfg.Name)
	}
	rest = rest[nl:]
	steps := binary.BigEndian.Uint64(rest)
	dim := int(binary.BigEndian.Uint32(rest[8:]))
	rest = rest[12:]
	if dim > MaxParams {
		return bad("%d parameters", dim)
	}
	vecs := 1
	if dim > 0 && (a.cfg.Name == StratFedAdam || a.cfg.Name == StratFedYogi) {
		vecs = 2
	}
	if dim == 0 {
		vecs = 0
	}
	if len(rest) != vecs*dim*8 {
		return bad("%d bytes of moments, want %d", len(rest), vecs*dim*8)
	}
	read := func() ([]float64, error) {
		v := make([]float64, dim)
		for k := range v {
			v[k] = math.Float64frombits(binary.BigEndian.Uint64(rest[8*k:]))
			if math.IsNaN(v[k]) || math.IsInf(v[k], 0) {
				return nil, bad("moment %d is %v", k, v[k])
			}
		}
		rest = rest[8*dim:]
		return v, nil
	}
	var m, v []float64
	var err error
	if vecs >= 1 {
		if m, err = read(); err != nil {
			return err
		}
	}
	if vecs == 2 {
		if v, err = read(); err != nil {
			return err
		}
	}
	a.steps, a.m, a.v = steps, m, v
	return nil
}
