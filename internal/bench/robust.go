package bench

import (
	"context"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"net/http"
	"os"
	"slices"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/coordinator"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/protocol"
	"github.com/cohort-net/cohort/internal/task"
	"github.com/cohort-net/cohort/internal/trainer"
)

// Attacks of `cohort bench robust`, each run by hostile trainers on the network path.
const (
	AttackNone      = "none"
	AttackSignFlip  = "sign_flip"  // the honest update negated
	AttackScaled    = "scaled"     // a random direction with 100 times the honest update's norm
	AttackGaussian  = "gaussian"   // N(0, 1) on every coordinate instead of the update
	AttackLabelFlip = "label_flip" // honest training on labels c -> C-1-c
	AttackBackdoor  = "backdoor"   // model replacement: a trigger patch labelled 0, boosted by n/k
	AttackALIE      = "alie"       // "a little is enough" (Baruch et al. 2019), colluding attackers
)

// RobustAttacks lists the attacks in report order.
var RobustAttacks = []string{AttackSignFlip, AttackScaled, AttackGaussian, AttackLabelFlip, AttackBackdoor, AttackALIE}

// StratTrimmedClip is the bench's name for the default robust rule with adaptive norm clipping in
// front of it (fl.DefaultRobust with StrategyConfig.AutoClip).
const StratTrimmedClip = fl.DefaultRobust + "+clip"

// RobustStrategies lists the strategies in report order.
var RobustStrategies = []string{fl.StratFedAvg, fl.StratMedian, fl.StratTrimmedMean, fl.StratKrum, fl.StratNormClip, StratTrimmedClip}

// backdoorTarget is the class the backdoor's trigger asks for; the trigger sets the top-left 2x2
// pixels of a digits image (px0, px1, px8, px9: blank in almost every real image) to 16, the maximum.
const backdoorTarget = "0"

var triggerPixels = []int{0, 1, 8, 9}

// RobustOptions configure RunRobust.
type RobustOptions struct {
	Options
	Trainers   int       // default 10
	Rounds     int       // default: the data set's preset (20 for digits softmax)
	Seeds      int       // default 3 (1 with Quick)
	Fractions  []float64 // attacker fractions, default 0.1, 0.2, 0.3
	Attacks    []string  // default RobustAttacks
	Strategies []string  // default RobustStrategies
	// Byzantine is the attackers every robust rule assumes, as --byzantine takes it (0: fl's default,
	// 20 % of the participants).
	Byzantine float64
}

// RunRobust runs `cohort bench robust`: a softmax model on the bundled digits data (an 80/20
// stratified split per seed; the test rows are only ever scored), Trainers trainers on IID shares,
// each a real trainer (internal/trainer) serving HTTP on loopback to a real coordinator
// (internal/coordinator) that aggregates with the strategy under test. Hostile trainers are ordinary
// trainers whose update a trainer.Adversary rewrites before it is signed, or whose local data is
// poisoned (label flip, backdoor). For every strategy, attack and attacker fraction it reports the
// test accuracy beside the same strategy's accuracy without attackers (clean_accuracy), and for the
// backdoor the share of triggered non-target test images classified as the target.
func RunRobust(ctx context.Context, o RobustOptions) ([]Result, error) {
	o = o.withDefaults()
	if err := o.validate(); err != nil {
		return nil, err
	}
	log := o.Logger()
	d, err := loadBundledCSV(o.DataDir, "digits.csv", "digit")
	if err != nil {
		return nil, err
	}
	type key struct {
		strategy, attack string
		frac             float64
	}
	acc := map[key][]float64{}
	bd := map[key][]float64{}
	ResetPeakRSS()
	start := time.Now()
	for seed := uint64(1); seed <= uint64(o.Seeds); seed++ {
		train, test, err := dataset.StratifiedSplit(d, 0.2, seed)
		if err != nil {
			return nil, err
		}
		for _, strat := range o.Strategies {
			runs := []key{{strat, AttackNone, 0}}
			for _, a := range o.Attacks {
				for _, f := range o.Fractions {
					runs = append(runs, key{strat, a, f})
				}
			}
			for _, k := range runs {
				r, err := robustRun(ctx, o, train, test, seed, k.strategy, k.attack, k.frac)
				if err != nil {
					return nil, fmt.Errorf("%s, %s at %g, seed %d: %w", k.strategy, k.attack, k.frac, seed, err)
				}
				acc[k] = append(acc[k], r.accuracy)
				if k.attack == AttackBackdoor || k.attack == AttackNone {
					bd[k] = append(bd[k], r.backdoor)
				}
				log.Info("robust run", "strategy", k.strategy, "attack", k.attack, "attackers", k.frac, "seed", seed,
					"accuracy", r.accuracy, "backdoor_success", r.backdoor)
			}
		}
	}
	peak := PeakRSSMB()
	var out []Result
	for _, strat := range o.Strategies {
		clean := acc[key{strat, AttackNone, 0}]
		cm, cs := meanSD(clean)
		fedClean, _ := meanSD(acc[key{fl.StratFedAvg, AttackNone, 0}])
		base := map[string]any{"strategy": strat, "trainers": o.Trainers, "rounds": o.rounds(), "seeds": o.Seeds,
			"data": "digits", "model": "softmax", "byzantine_assumed": byzantineLabel(o.Byzantine), "peak_rss_mb": peak}
		entry := func(attack string, frac float64, accs []float64) Result {
			m := map[string]any{}
			for k, v := range base {
				m[k] = v
			}
			am, as := meanSD(accs)
			m["attack"], m["attackers"], m["accuracy"], m["accuracy_sd"] = attack, frac, am, as
			m["clean_accuracy"], m["clean_accuracy_sd"] = cm, cs
			if _, ok := acc[key{fl.StratFedAvg, AttackNone, 0}]; ok {
				m["fedavg_clean_accuracy"] = fedClean
			}
			m["drop_points"] = 100 * (cm - am)
			if b, ok := bd[key{strat, attack, frac}]; ok {
				bm, bs := meanSD(b)
				m["backdoor_success"], m["backdoor_success_sd"] = bm, bs
			}
			return Result{Name: fmt.Sprintf("robust_%s_%s_%d", strat, attack, int(math.Round(frac*100))), Metrics: m}
		}
		r := entry(AttackNone, 0, clean)
		r.Compare = "fedavg_clean_accuracy: plain FedAvg with no attackers, what a user would otherwise get"
		out = append(out, r)
		for _, a := range o.Attacks {
			for _, f := range o.Fractions {
				r := entry(a, f, acc[key{strat, a, f}])
				r.Compare = "clean_accuracy: the same strategy with no attackers, same seeds"
				switch {
				case strat == fl.DefaultRobust && a == AttackScaled && f == 0.1:
					r.Target = "accuracy within 2 points of clean (issue 15)"
				case strat == fl.DefaultRobust && a == AttackScaled && f == 0.2:
					r.Target = "accuracy within 5 points of clean (issue 15)"
				case strat == StratTrimmedClip && a == AttackBackdoor:
					r.Target = "backdoor_success <= 0.10 (issue 15)"
				}
				out = append(out, r)
			}
		}
	}
	log.Info("robust bench done", "runs", len(acc)*o.Seeds, "s", time.Since(start).Seconds())
	return out, nil
}

func (o RobustOptions) withDefaults() RobustOptions {
	if o.Trainers == 0 {
		o.Trainers = 10
	}
	if o.Seeds == 0 {
		o.Seeds = 3
		if o.Quick {
			o.Seeds = 1
		}
	}
	if len(o.Fractions) == 0 {
		o.Fractions = []float64{0.1, 0.2, 0.3}
	}
	if len(o.Attacks) == 0 {
		o.Attacks = RobustAttacks
	}
	if len(o.Strategies) == 0 {
		o.Strategies = RobustStrategies
	}
	return o
}

func (o RobustOptions) validate() error {
	for _, a := range o.Attacks {
		if !slices.Contains(RobustAttacks, a) {
			return cohort.Errorf(cohort.EInvalid, "attack %q: want one of %s", a, strings.Join(RobustAttacks, ", "))
		}
	}
	for _, s := range o.Strategies {
		if !slices.Contains(RobustStrategies, s) {
			return cohort.Errorf(cohort.EInvalid, "strategy %q: want one of %s", s, strings.Join(RobustStrategies, ", "))
		}
	}
	for _, f := range o.Fractions {
		if k := int(math.Round(f * float64(o.Trainers))); !(f > 0 && f < 1) || k < 1 {
			return cohort.Errorf(cohort.EInvalid, "attackers %g of %d trainers: want a fraction in (0, 1) that makes at least one", f, o.Trainers)
		}
	}
	return nil
}

func (o RobustOptions) rounds() int {
	if o.Rounds > 0 {
		return o.Rounds
	}
	if o.Quick {
		return 5
	}
	_, _, r := fl.Defaults(fl.DatasetDigits, fl.KindSoftmax)
	return r
}

func byzantineLabel(v float64) string {
	if v == 0 {
		return fmt.Sprintf("default (%g of the participants)", fl.DefaultByzantineFraction)
	}
	return fmt.Sprint(v)
}

type robustOutcome struct{ accuracy, backdoor float64 }

// robustRun runs one federated task over loopback HTTP with k = round(frac * trainers) hostile
// trainers (the first k of the IID shares) and returns the final model's test accuracy and backdoor
// success.
func robustRun(ctx context.Context, o RobustOptions, train, test *dataset.Dataset, seed uint64, strat, attack string, frac float64) (robustOutcome, error) {
	n := o.Trainers
	k := int(math.Round(frac * float64(n)))
	name := strat
	if strat == StratTrimmedClip {
		name = fl.DefaultRobust
	}
	spec, err := task.Options{ID: fmt.Sprintf("robust-%d", seed), Rounds: o.rounds(), Trainers: n, MinParticipants: n,
		Strategy: name, Byzantine: o.Byzantine, AutoClip: strat == StratTrimmedClip, Seed: seed}.Spec(fl.DatasetDigits, train.D, train.Classes, train.Label)
	if err != nil {
		return robustOutcome{}, err
	}
	dir, err := os.MkdirTemp(o.Dir, "cohort-bench-robust-")
	if err != nil {
		return robustOutcome{}, err
	}
	defer os.RemoveAll(dir)
	ckey, err := identity.DevKey(fmt.Sprintf("robust/%d/coordinator", seed))
	if err != nil {
		return robustOutcome{}, err
	}
	var lastAcc float64
	var mu sync.Mutex
	client := &http.Client{Timeout: time.Minute}
	coord, err := coordinator.New(coordinator.Config{Spec: spec, DataDir: dir, Key: ckey, Recover: identity.Recover, Eval: test,
		Client: client, Log: o.Log, OnRound: func(s protocol.RoundSummary) {
			if s.Accuracy != nil {
				mu.Lock()
				lastAcc = *s.Accuracy
				mu.Unlock()
			}
		}})
	if err != nil {
		return robustOutcome{}, err
	}
	defer coord.Close()
	cs, err := serveLoopback(coord.Handler())
	if err != nil {
		return robustOutcome{}, err
	}
	defer cs.Close()
	target := slices.Index(train.Classes, backdoorTarget)
	parts := dataset.PartitionIID(train.N, n, seed)
	colluders := newALIE(n, k)
	var trainers []*trainer.Trainer
	defer func() {
		for _, t := range trainers {
			t.Close()
		}
	}()
	for i, part := range parts {
		key, err := identity.DevKey(fmt.Sprintf("robust/%d/trainer-%d", seed, i))
		if err != nil {
			return robustOutcome{}, err
		}
		data := train.Subset(part)
		var adv trainer.Adversary
		if i < k {
			data, adv = hostile(attack, data, target, n, k, seed, i, colluders)
		}
		t, err := trainer.New(trainer.Config{Key: key, Recover: identity.Recover, CoordinatorURL: cs.URL, Coordinator: ckey.ID(),
			Data: data, Client: client, Log: o.Log, Adversary: adv})
		if err != nil {
			return robustOutcome{}, err
		}
		trainers = append(trainers, t)
		ts, err := serveLoopback(t.Handler())
		if err != nil {
			return robustOutcome{}, err
		}
		defer ts.Close()
		t.SetEndpoint(ts.URL)
	}
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	joinErr := make(chan error, n)
	for _, t := range trainers {
		go func() { joinErr <- t.Join(runCtx) }()
	}
	runErr := make(chan error, 1)
	go func() { runErr <- coord.Run(runCtx) }()
	for range trainers {
		if err := <-joinErr; err != nil {
			return robustOutcome{}, fmt.Errorf("join: %w", err)
		}
	}
	if err := <-runErr; err != nil {
		return robustOutcome{}, err
	}
	model, scaler, err := coord.Result()
	if err != nil {
		return robustOutcome{}, err
	}
	mu.Lock()
	out := robustOutcome{accuracy: lastAcc}
	mu.Unlock()
	out.backdoor, err = backdoorSuccess(model, scaler, test, target)
	return out, err
}

// hostile returns a hostile trainer's data and update rewriter for an attack.
func hostile(attack string, data *dataset.Dataset, target, n, k int, seed uint64, i int, c *alie) (*dataset.Dataset, trainer.Adversary) {
	rng := func(round uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, uint64(i)<<32|round)) }
	switch attack {
	case AttackSignFlip:
		return data, func(_ context.Context, _ uint64, _, delta []float64) []float64 {
			for j := range delta {
				delta[j] = -delta[j]
			}
			return delta
		}
	case AttackScaled:
		return data, func(_ context.Context, round uint64, _, delta []float64) []float64 {
			r := rng(round)
			v := make([]float64, len(delta))
			for j := range v {
				v[j] = r.NormFloat64()
			}
			s := 100 * l2(delta) / l2(v)
			for j := range v {
				v[j] *= s
			}
			return v
		}
	case AttackGaussian:
		return data, func(_ context.Context, round uint64, _, delta []float64) []float64 {
			r := rng(round)
			for j := range delta {
				delta[j] = r.NormFloat64()
			}
			return delta
		}
	case AttackLabelFlip:
		out := *data
		out.Y = make([]int, data.N)
		for j, y := range data.Y {
			out.Y[j] = len(data.Classes) - 1 - y
		}
		return &out, nil
	case AttackBackdoor:
		// Every row twice: as it is, and with the trigger, labelled the target.
		out := *data
		out.N = 2 * data.N
		out.X = append(slices.Clone(data.X), data.X...)
		out.Y = append(slices.Clone(data.Y), data.Y...)
		for j := data.N; j < out.N; j++ {
			trigger(out.X[j*data.D : (j+1)*data.D])
			out.Y[j] = target
		}
		boost := float64(n) / float64(k)
		return &out, func(_ context.Context, _ uint64, _, delta []float64) []float64 {
			for j := range delta {
				delta[j] *= boost
			}
			return delta
		}
	case AttackALIE:
		return data, func(ctx context.Context, round uint64, _, delta []float64) []float64 {
			return c.collude(ctx, round, i, delta)
		}
	}
	return data, nil
}

func trigger(row []float64) {
	for _, p := range triggerPixels {
		row[p] = 16
	}
}

// backdoorSuccess is the share of test images whose label is not the target that the model assigns
// to the target once the trigger is stamped on them.
func backdoorSuccess(m *fl.Model, sc *dataset.Scaler, test *dataset.Dataset, target int) (float64, error) {
	var idx []int
	for j, y := range test.Y {
		if y != target {
			idx = append(idx, j)
		}
	}
	poisoned := test.Subset(idx)
	for j := range poisoned.N {
		trigger(poisoned.X[j*poisoned.D : (j+1)*poisoned.D])
	}
	if sc != nil {
		poisoned = sc.Apply(poisoned)
	}
	pred := m.Predict(poisoned.X, poisoned.N)
	hit := 0
	c := m.Spec.Classes
	for j := range poisoned.N {
		row := pred[j*c : (j+1)*c]
		best := 0
		for q := range row {
			if row[q] > row[best] {
				best = q
			}
		}
		if best == target {
			hit++
		}
	}
	return float64(hit) / float64(poisoned.N), nil
}

// alie is "a little is enough" (Baruch et al. 2019): the k colluding attackers each train honestly,
// pool their updates, and all send mu - z*sigma (per coordinate, over the pooled updates), with z the
// largest shift that still leaves them inside the majority of a median- or Krum-style rule:
// s = floor(n/2 + 1) - k, z = Phi^-1((n - s) / n). With one attacker sigma is 0 and the update honest.
type alie struct {
	n, k   int
	z      float64
	mu     sync.Mutex
	rounds map[uint64]*alieRound
}

type alieRound struct {
	deltas [][]float64
	got    int
	done   chan struct{}
	out    []float64
}

func newALIE(n, k int) *alie {
	s := n/2 + 1 - k
	p := float64(n-s) / float64(n)
	return &alie{n: n, k: k, z: math.Sqrt2 * math.Erfinv(2*p-1), rounds: map[uint64]*alieRound{}}
}

func (a *alie) collude(ctx context.Context, round uint64, i int, delta []float64) []float64 {
	a.mu.Lock()
	r := a.rounds[round]
	if r == nil {
		r = &alieRound{deltas: make([][]float64, a.k), done: make(chan struct{})}
		a.rounds[round] = r
	}
	r.deltas[i] = slices.Clone(delta)
	r.got++
	if r.got == a.k {
		d := len(delta)
		r.out = make([]float64, d)
		for j := range d {
			mean, sq := 0.0, 0.0
			for _, u := range r.deltas {
				mean += u[j]
			}
			mean /= float64(a.k)
			for _, u := range r.deltas {
				sq += (u[j] - mean) * (u[j] - mean)
			}
			r.out[j] = mean - a.z*math.Sqrt(sq/float64(a.k))
		}
		close(r.done)
	}
	a.mu.Unlock()
	select {
	case <-r.done:
		return slices.Clone(r.out)
	case <-ctx.Done():
		return delta // a colluder never came: send the honest update rather than nothing
	}
}

func l2(v []float64) float64 {
	s := 0.0
	for _, x := range v {
		s += x * x
	}
	return math.Sqrt(s)
}

// WriteRobustTable writes RunRobust's results for people: one row per strategy and attack, accuracy
// (mean ± sd over the seeds) per attacker fraction, the clean accuracy, and the backdoor's success.
func WriteRobustTable(w io.Writer, results []Result) error {
	type row struct {
		strategy, attack string
		cells            map[float64]string
		clean            string
	}
	var rows []*row
	index := map[string]*row{}
	var fracs []float64
	var peak float64
	var seeds any
	var assumed any
	for _, r := range results {
		m := r.Metrics
		seeds, assumed = m["seeds"], m["byzantine_assumed"]
		s, _ := m["strategy"].(string)
		a, _ := m["attack"].(string)
		f, _ := m["attackers"].(float64)
		if p, ok := m["peak_rss_mb"].(float64); ok {
			peak = p
		}
		id := s + "/" + a
		rw := index[id]
		if rw == nil {
			rw = &row{strategy: s, attack: a, cells: map[float64]string{}}
			index[id] = rw
			rows = append(rows, rw)
		}
		cell := fmt.Sprintf("%.3f±%.3f", m["accuracy"], m["accuracy_sd"])
		if b, ok := m["backdoor_success"].(float64); ok && a == AttackBackdoor {
			cell += fmt.Sprintf(" bd %.2f", b)
		}
		rw.cells[f] = cell
		rw.clean = fmt.Sprintf("%.3f", m["clean_accuracy"])
		if !slices.Contains(fracs, f) && a != AttackNone {
			fracs = append(fracs, f)
		}
	}
	slices.Sort(fracs)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	hdr := []string{"strategy", "attack", "clean"}
	for _, f := range fracs {
		hdr = append(hdr, fmt.Sprintf("%d%% attackers", int(math.Round(100*f))))
	}
	fmt.Fprintln(tw, strings.Join(hdr, "\t"))
	for _, rw := range rows {
		if rw.attack == AttackNone {
			continue
		}
		cols := []string{rw.strategy, rw.attack, rw.clean}
		for _, f := range fracs {
			cols = append(cols, rw.cells[f])
		}
		fmt.Fprintln(tw, strings.Join(cols, "\t"))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "\naccuracy on the digits test split, mean±sd over %v seeds; clean = the same strategy without attackers; bd = backdoor success\n"+
		"(triggered non-target images classified as %q); attackers assumed by the robust rules: %v; default robust rule: %s; peak RSS %.0f MB\n",
		seeds, backdoorTarget, assumed, fl.DefaultRobust, peak)
	return err
}
