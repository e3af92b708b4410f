package bench

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"runtime/debug"
	"sort"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/node"
	"github.com/cohort-net/cohort/internal/zk"
)

// ZKOptions configure RunZK: the shared Options (Repeats: proofs per entry, median reported; default
// 3, 1 when Quick), SkipPrivate, which leaves out mlp_784_128_10_private (about 34k constraints but
// 12k public inputs: about a minute of setup on 2 busy cores) unless Only names it, and MaxInflight,
// the proofs the throughput entries' miner runs at once (0: the miner's default, GOMAXPROCS).
type ZKOptions struct {
	Options
	SkipPrivate bool
	MaxInflight int
}

// RunZK measures the circuits of issue 5: per entry its constraints, proving and verifying time
// (Groth16, BN254, weights as constants unless noted), proof size and peak memory, and for models
// trained by internal/fl the float and quantized accuracy on the test set. The throughput entries
// (throughput_logreg_c1, _c4, _c16 and the same for mlp, issue 18) measure a miner answering that many
// requests at once: verified proofs per second, latency percentiles, peak memory.
func RunZK(ctx context.Context, o ZKOptions) ([]Result, error) {
	if o.Repeats == 0 {
		o.Repeats = 3
		if o.Quick {
			o.Repeats = 1
		}
	}
	if o.FashionDir == "" {
		o.FashionDir = dataset.DefaultFashionMNISTDir
	}
	if o.SkipPrivate && len(o.Only) > 0 && o.Want("mlp_784_128_10_private") {
		o.SkipPrivate = false // naming it in Only wins
	}
	var out []Result
	add := func(r Result, err error) error {
		if err != nil {
			return fmt.Errorf("%s: %w", r.Name, err)
		}
		out = append(out, r)
		return ctx.Err()
	}
	if o.Want("logreg_breast_cancer") || o.wantAny(throughputNames("logreg")) {
		if err := benchZKLogReg(ctx, o, add); err != nil {
			return out, err
		}
	}
	if err := benchZKMLP(ctx, o, add); err != nil {
		return out, err
	}
	if o.Want("lstm_2x50_5steps") {
		if err := benchZKLSTM(ctx, o, add); err != nil {
			return out, err
		}
	}
	if o.Want("lstm_co2_accuracy") {
		if err := benchLSTMAccuracy(ctx, o, add); err != nil {
			return out, err
		}
	}
	return out, nil
}

// trainFL trains an fl model centrally with SGD and momentum 0.9, batches of 32.
func trainFL(ctx context.Context, spec fl.ModelSpec, d *dataset.Dataset, epochs int, lr, l2 float64) (*fl.Model, error) {
	cfg := fl.TrainConfig{Optimizer: fl.OptSGD, LR: lr, Momentum: 0.9, L2: l2, Epochs: epochs, BatchSize: 32, Seed: 1}
	return fl.TrainCentralized(ctx, spec, d, cfg, 1)
}

func benchZKLogReg(ctx context.Context, o ZKOptions, add func(Result, error) error) error {
	const name = "logreg_breast_cancer"
	d, err := loadBundledCSV(o.DataDir, "breast_cancer.csv", "malignant")
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	train, test, err := dataset.StratifiedSplit(d, 0.2, 1)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	sc := dataset.FitScaler(train)
	train, test = sc.Apply(train), sc.Apply(test)
	m, err := trainFL(ctx, fl.ModelSpec{Kind: fl.KindLogReg, Inputs: d.D, Classes: 2}, train, 30, 0.05, 1e-4)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	q, err := zk.FromFL(m, zk.QuantOptions{InFrac: 8, InBits: 13})
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if o.Want(name) {
		r, err := benchZKEntry(o, name, q, zk.Options{}, m, test)
		r.Compare = "centralized LR about 98 % (ANCHORS); Concrete-ML FHE LR 3.5 ms per sample (no proof)"
		r.Target = "quantized accuracy within 1 point of float"
		if err := add(r, err); err != nil {
			return err
		}
	}
	return benchZKThroughput(ctx, o, "logreg", q, zk.Options{}, test, add)
}

func benchZKMLP(ctx context.Context, o ZKOptions, add func(Result, error) error) error {
	private := !o.SkipPrivate && o.Want("mlp_784_128_10_private")
	if !o.Want("mlp_784_128_10") && !o.Want("mlp_784_128_10_lookup") && !private && !o.wantAny(throughputNames("mlp")) {
		return nil
	}
	// MLP 784-128-10 on Fashion-MNIST (or digits upscaled).
	train, test, source, err := zkFashion(o)
	if err != nil {
		return fmt.Errorf("mlp data: %w", err)
	}
	hidden, epochs := 128, 2
	if o.Quick {
		hidden, epochs = 16, 1
	}
	o.Logger().Info("training mlp", "samples", train.N, "source", source)
	t0 := time.Now()
	spec := fl.ModelSpec{Kind: fl.KindMLP, Inputs: 784, Classes: 10, Hidden: []int{hidden}}
	m, err := trainFL(ctx, spec, train, epochs, 0.02, 0)
	if err != nil {
		return err
	}
	trainS := time.Since(t0).Seconds()
	mp := m
	if o.Quick && private { // a smaller private circuit for the smoke run
		spec.Hidden = []int{2}
		if mp, err = trainFL(ctx, spec, train.Subset(seq(200)), 1, 0.02, 0); err != nil {
			return err
		}
	}
	train = nil // let the collector take the training set before memory is measured
	q, err := zk.FromFL(m, zk.QuantOptions{InFrac: 8, InBits: 9, ActBits: 24})
	if err != nil {
		return err
	}
	if o.Want("mlp_784_128_10") {
		r, err := benchZKEntry(o, "mlp_784_128_10", q, zk.Options{}, m, test)
		r.Metrics["data"] = source
		r.Metrics["train_s"] = roundTo(trainS, 1)
		r.Compare = "EZKL 2.7-38 s for a smaller 784-56-10 MLP; circomlib-ml 2.35 s (73k constraints); gnark anchor 45 ms"
		r.Target = "prove <= 200 ms, verify <= 5 ms, proof <= 260 bytes, quantized accuracy within 1 point"
		if err := add(r, err); err != nil {
			return err
		}
	}
	if err := benchZKThroughput(ctx, o, "mlp", q, zk.Options{}, test, add); err != nil {
		return err
	}
	if o.Want("mlp_784_128_10_lookup") {
		r, err := benchZKEntry(o, "mlp_784_128_10_lookup", q, zk.Options{Variant: zk.VariantLookup}, m, test)
		r.Compare = "the same circuit in the default (binary) variant: mlp_784_128_10"
		r.Target = "the variant that is not the default: fewer constraints, a Pedersen commitment (about 125k gas more on chain)"
		if err := add(r, err); err != nil {
			return err
		}
	}
	if !private {
		return nil
	}
	qp, err := zk.FromFL(mp, zk.QuantOptions{InFrac: 8, InBits: 9, ActBits: 24, WBits: 8})
	if err != nil {
		return err
	}
	salt := zk.NewSalt() // the model owner's weights salt
	qp.WeightsSalt = &salt
	r, err := benchZKEntry(o, "mlp_784_128_10_private", qp, zk.Options{Private: true}, mp, test)
	r.Metrics["data"] = source
	r.Compare = "weights hashed in the circuit (Poseidon2 over the packed operands, issue 18 before model keys): 487k constraints, 16.1 s CPU on 2 cores; before packing the MACs: 436k, 8.2-11.1 s; circomlib-ml 2.35 s (weights as signals, no commitment)"
	r.Target = "prove <= 2 s, peak RSS <= 600 MB, proof <= 260 bytes, with weights bound to the registered model id (its model key)"
	return add(r, err)
}

func seq(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s
}

// benchZKLSTM measures the built-in sequence model (node.InferenceModelLSTM: fl's co2 LSTM preset,
// Omron's shape of 2 cells x 50 units over 5 steps, trained federatedly on the bundled CO2 series)
// quantized with zk.LSTMQuant, with its float and quantized accuracy on the co2 test windows. Quick
// trains a 2 x 8 model the same way instead.
func benchZKLSTM(ctx context.Context, o ZKOptions, add func(Result, error) error) error {
	const name = "lstm_2x50_5steps"
	var m *fl.Model
	var sc *dataset.Scaler
	var err error
	if o.Quick {
		m, sc, err = trainCO2(ctx, fl.KindLSTM, 1, []int{8, 8})
	} else {
		m, sc, err = node.BuiltinLSTM()
	}
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	_, _, test, err := dataset.LoadDirectionTask(dataset.BundledCO2, m.Spec.Steps)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	test = sc.Apply(test)
	lq, err := zk.FromFL(m, zk.LSTMQuant)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	r, err := benchZKEntry(o, name, lq, zk.Options{}, m, test)
	r.Metrics["data"] = "co2 next-week up/down, 5 weekly steps (datasets/co2.csv), model " + node.InferenceModelLSTM
	r.Compare = "Omron (EZKL Halo2): 264,011 rows, 4,192-byte proof; gnark anchor 26.5k constraints, 0.4 s; lstm_co2_accuracy for the baselines"
	r.Target = "prove <= 500 ms; quantized accuracy within 1 point of float"
	return add(r, err)
}

// trainCO2 trains fl's co2 preset of a model kind (4 trainers, a decade of windows each) with seed on
// the co2 training windows, standardized by the scaler it returns; hidden, when set, replaces the
// LSTM's cell widths.
func trainCO2(ctx context.Context, kind string, seed uint64, hidden []int) (*fl.Model, *dataset.Scaler, error) {
	train, _, test, err := dataset.LoadDirectionTask(dataset.BundledCO2, fl.DefaultLSTMSteps)
	if err != nil {
		return nil, nil, err
	}
	sc := dataset.FitScaler(train)
	p := fl.PresetFor(fl.DatasetCO2, kind, fl.PartitionTime)
	p.Seed, p.Clients = seed, 4
	if hidden != nil {
		p.Spec.Hidden = hidden
	}
	cfg := p.SimConfig(sc.Apply(train), sc.Apply(test))
	cfg.CentralizedEpochs = -1
	res, err := fl.Simulate(ctx, cfg)
	if err != nil {
		return nil, nil, err
	}
	return res.Model, sc, nil
}

// benchLSTMAccuracy trains the co2 LSTM preset federatedly with several seeds and reports its float
// and quantized (zk.LSTMQuant) accuracy on the co2 test windows, beside what a user gets without it:
// the training windows' majority class, persistence (next week moves as this week did), and a
// logistic regression over the same windows federated the same way (a linear autoregressive
// classifier). Quick: one seed, 2 x 8 cells.
func benchLSTMAccuracy(ctx context.Context, o ZKOptions, add func(Result, error) error) error {
	const name = "lstm_co2_accuracy"
	r := Result{Name: name, Metrics: map[string]any{}}
	seeds, hidden := []uint64{1, 2, 3}, []int(nil)
	if o.Quick {
		seeds, hidden = []uint64{1}, []int{8, 8}
	}
	debug.FreeOSMemory()
	ResetPeakRSS()
	train, _, rawTest, err := dataset.LoadDirectionTask(dataset.BundledCO2, fl.DefaultLSTMSteps)
	if err != nil {
		return add(r, err)
	}
	counts := train.ClassCounts()
	major := 0
	if counts[1] > counts[0] {
		major = 1
	}
	var majority, persist float64
	last := rawTest.D - dataset.DirectionFeatures // the last step's change
	for i := range rawTest.N {
		if rawTest.Y[i] == major {
			majority++
		}
		if (rawTest.Row(i)[last] > 0) == (rawTest.Y[i] == 1) {
			persist++
		}
	}
	t0 := time.Now()
	var fa, qa, la []float64
	gap := 0.0
	for _, seed := range seeds {
		o.Logger().Info("training co2 models", "seed", seed)
		m, sc, err := trainCO2(ctx, fl.KindLSTM, seed, hidden)
		if err != nil {
			return add(r, err)
		}
		test := sc.Apply(rawTest)
		q, err := zk.FromFL(m, zk.LSTMQuant)
		if err != nil {
			return add(r, err)
		}
		a := zk.Evaluate(m, q, test)
		if a.Failed > 0 {
			return add(r, fmt.Errorf("seed %d: %d test windows not provable", seed, a.Failed))
		}
		lm, _, err := trainCO2(ctx, fl.KindLogReg, seed, nil)
		if err != nil {
			return add(r, err)
		}
		fa, qa = append(fa, roundTo(a.Float, 4)), append(qa, roundTo(a.Quantized, 4))
		la = append(la, roundTo(fl.Evaluate(lm, test).Accuracy, 4))
		gap = max(gap, math.Abs(a.Float-a.Quantized))
	}
	mean := func(v []float64) float64 {
		s := 0.0
		for _, x := range v {
			s += x
		}
		return roundTo(s/float64(len(v)), 4)
	}
	r.Metrics["seeds"] = len(seeds)
	r.Metrics["shape"] = fmt.Sprintf("lstm %dx%d, %d steps of %d", fl.DefaultLSTMCells, fl.DefaultLSTMHidden, fl.DefaultLSTMSteps, dataset.DirectionFeatures)
	if hidden != nil {
		r.Metrics["shape"] = fmt.Sprintf("lstm %v (quick), %d steps of %d", hidden, fl.DefaultLSTMSteps, dataset.DirectionFeatures)
	}
	r.Metrics["float_accuracy"] = mean(fa)
	r.Metrics["quantized_accuracy"] = mean(qa)
	r.Metrics["float_by_seed"] = fa
	r.Metrics["quantized_by_seed"] = qa
	r.Metrics["max_gap_points"] = roundTo(100*gap, 2)
	r.Metrics["logreg_accuracy"] = mean(la)
	r.Metrics["persistence_accuracy"] = roundTo(persist/float64(rawTest.N), 4)
	r.Metrics["majority_accuracy"] = roundTo(majority/float64(rawTest.N), 4)
	r.Metrics["test_samples"] = rawTest.N
	r.Metrics["train_s"] = roundTo(time.Since(t0).Seconds(), 1)
	r.Metrics["peak_rss_mb"] = roundTo(PeakRSSMB(), 1)
	r.Compare = "without the LSTM: persistence (next week moves as this week did), the majority class, a federated logistic regression on the same windows"
	r.Target = "quantized accuracy within 1 point of float for every seed (issue 18)"
	return add(r, nil)
}

// zkFashion loads Fashion-MNIST, or digits.csv upscaled to 28x28 where it is missing.
func zkFashion(o ZKOptions) (train, test *dataset.Dataset, source string, err error) {
	ntr, nte := 60000, 10000
	if o.Quick {
		ntr, nte = 2000, 500
	}
	if _, err := os.Stat(o.FashionDir); err == nil {
		train, test, err = dataset.LoadFashionMNIST(o.FashionDir)
		if err == nil {
			return train.Subset(seq(min(ntr, train.N))), test.Subset(seq(min(nte, test.N))), "fashion-mnist", nil
		}
		if cohort.Code(err) != cohort.ENotFound {
			return nil, nil, "", err
		}
	}
	d, err := loadBundledCSV(o.DataDir, "digits.csv", "digit")
	if err != nil {
		return nil, nil, "", err
	}
	up := &dataset.Dataset{X: make([]float64, d.N*784), Y: d.Y, N: d.N, D: 784, Label: d.Label, Classes: d.Classes}
	for i := range d.N { // 8x8 values 0..16 -> 28x28 in [0, 1] by nearest neighbour
		x, row := d.Row(i), up.Row(i)
		for r := range 28 {
			for c := range 28 {
				row[r*28+c] = min(x[(r*8/28)*8+c*8/28]*16, 255) / 255
			}
		}
	}
	train, test, err = dataset.StratifiedSplit(up, 0.2, 1)
	return train, test, "digits.csv upscaled to 28x28 (fashion-mnist not installed)", err
}

// benchZKEntry compiles, sets up (single party), proves and verifies one model; fm and test, when
// given, add the float and quantized accuracy.
func benchZKEntry(o ZKOptions, name string, q *zk.QModel, co zk.Options, fm *fl.Model, test *dataset.Dataset) (Result, error) {
	r := Result{Name: name, Metrics: map[string]any{}}
	debug.FreeOSMemory()
	ResetPeakRSS()
	o.Logger().Info("compiling", "entry", name)
	t0 := time.Now()
	c, err := zk.CompileWith(q, co)
	if err != nil {
		return r, err
	}
	r.Metrics["compile_ms"] = time.Since(t0).Milliseconds()
	r.Metrics["constraints"] = c.Constraints()
	t0 = time.Now()
	pk, vk, err := c.Setup()
	if err != nil {
		return r, err
	}
	r.Metrics["setup_ms"] = time.Since(t0).Milliseconds()
	id, err := c.ModelID(vk)
	if err != nil {
		return r, err
	}
	x := benchZKInput(q, test)
	if test != nil {
		a := zk.Evaluate(fm, q, test)
		r.Metrics["float_accuracy"] = roundTo(a.Float, 4)
		r.Metrics["quantized_accuracy"] = roundTo(a.Quantized, 4)
		r.Metrics["test_samples"] = a.Samples
	}
	var proveMS, proveCPU, verifyMS []float64
	var st *zk.Statement
	var proof []byte
	for range o.Repeats {
		req := &zk.Request{ModelID: id, Nonce: zk.NewNonce(), Prover: [20]byte{1}, Input: x, Salt: zk.NewSalt()}
		t0 = time.Now()
		c0 := CPUTime()
		st, proof, err = c.Prove(pk, id, req)
		if err != nil {
			return r, err
		}
		proveMS = append(proveMS, ms(time.Since(t0)))
		proveCPU = append(proveCPU, ms(CPUTime()-c0))
	}
	for range 5 {
		t0 = time.Now()
		if err := zk.Verify(vk, st, proof); err != nil {
			return r, err
		}
		verifyMS = append(verifyMS, ms(time.Since(t0)))
	}
	r.Metrics["prove_ms"] = roundTo(median(proveMS), 1)
	// CPU time is the figure to trust on a shared machine: wall time there includes other work.
	r.Metrics["prove_cpu_ms"] = roundTo(median(proveCPU), 1)
	r.Metrics["load_avg"] = loadAvg()
	r.Metrics["verify_ms"] = roundTo(median(verifyMS), 2)
	r.Metrics["proof_bytes"] = len(proof)
	r.Metrics["public_inputs"] = 4 + len(st.Outputs)
	r.Metrics["peak_rss_mb"] = roundTo(PeakRSSMB(), 1)
	r.Metrics["shape"] = zkShape(q)
	return r, nil
}

// benchZKInput is the proved input: the first test row, or a seeded random one.
func benchZKInput(q *zk.QModel, test *dataset.Dataset) []int64 {
	if test != nil {
		return q.QuantizeInput(test.Row(0))
	}
	rr := rand.New(rand.NewPCG(7, 7))
	xf := make([]float64, q.Inputs())
	for i := range xf {
		xf[i] = 2*rr.Float64() - 1
	}
	return q.QuantizeInput(xf)
}

func zkShape(q *zk.QModel) string {
	if q.Kind == zk.KindLSTM {
		return fmt.Sprintf("lstm %d cells x %d hidden, %d steps, %d inputs per step", len(q.LSTM), len(q.LSTM[0].Wh)/4, q.Steps, len(q.LSTM[0].Wx[0]))
	}
	s := fmt.Sprint(q.Inputs())
	for _, d := range q.Layers {
		s += fmt.Sprintf("-%d", len(d.W))
	}
	return q.Kind + " " + s
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func median(v []float64) float64 {
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	return s[len(s)/2]
}
