package zk

import (
	"context"
	"fmt"
	"log/slog"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"time"

	"github.com/cohort-net/cohort/internal/bench"
)

// BenchOptions configures RunBenchmark.
type BenchOptions struct {
	Quick        bool     // tiny shapes and few samples: a smoke run in seconds
	DataDir      string   // where breast_cancer.csv and digits.csv are; default: ./datasets or an enclosing one
	FashionDir   string   // Fashion-MNIST IDX files; default /usr/share/datasets/fashion-mnist
	SkipPrivate  bool     // leave out mlp_784_128_10_private (a ~1M-constraint circuit: minutes of setup)
	ProveRepeats int      // proofs per entry (median reported); default 3, 1 when Quick
	Only         []string // run only these entries (by name); all when empty
	Log          *slog.Logger
}

// RunBenchmark measures the circuits of issue 5: per entry its constraints, proving and verifying time
// (Groth16, BN254, weights as constants unless noted), proof size and peak memory, and for trained
// models the float and quantized accuracy on the test set.
func RunBenchmark(ctx context.Context, o BenchOptions) ([]bench.Result, error) {
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	if o.ProveRepeats == 0 {
		o.ProveRepeats = 3
		if o.Quick {
			o.ProveRepeats = 1
		}
	}
	if o.FashionDir == "" {
		o.FashionDir = "/usr/share/datasets/fashion-mnist"
	}
	want := func(name string) bool {
		if len(o.Only) == 0 {
			return true
		}
		for _, n := range o.Only {
			if n == name {
				return true
			}
		}
		return false
	}
	if want("mlp_784_128_10_private") && o.SkipPrivate && len(o.Only) > 0 {
		o.SkipPrivate = false // naming it in Only wins
	}
	var out []bench.Result
	add := func(r bench.Result, err error) error {
		if err != nil {
			return fmt.Errorf("%s: %w", r.Name, err)
		}
		out = append(out, r)
		return ctx.Err()
	}

	// Logistic regression on breast cancer.
	if want("logreg_breast_cancer") {
		lr, err := benchLogReg(o)
		if err := add(lr, err); err != nil {
			return out, err
		}
	}
	if err := benchMLP(o, want, add); err != nil {
		return out, err
	}
	if !want("lstm_2x50_5steps") {
		return out, nil
	}
	return out, benchLSTM(o, add)
}

func benchMLP(o BenchOptions, want func(string) bool, add func(bench.Result, error) error) error {
	if !want("mlp_784_128_10") && !want("mlp_784_128_10_nocommit") && (o.SkipPrivate || !want("mlp_784_128_10_private")) {
		return nil
	}

	// MLP 784-128-10 on Fashion-MNIST (or digits upscaled).
	train, test, source, err := fashion(o)
	if err != nil {
		return fmt.Errorf("mlp data: %w", err)
	}
	hidden, epochs := 128, 2
	if o.Quick {
		hidden, epochs = 16, 1
	}
	o.Log.Info("training mlp", "samples", len(train.Y), "source", source)
	t0 := time.Now()
	m := Train(train, 10, TrainConfig{Hidden: []int{hidden}, Epochs: epochs, LR: 0.02, Batch: 32, Seed: 1})
	trainS := time.Since(t0).Seconds()
	var privTrain *Dataset
	if o.Quick {
		privTrain = &Dataset{X: train.X[:200], Y: train.Y[:200]}
	}
	train = nil // let the collector take the training set before memory is measured
	q, err := Quantize(m, QuantOptions{InFrac: 8, InBits: 9, ActBits: 24})
	if err != nil {
		return err
	}
	if want("mlp_784_128_10") {
		r, err := benchEntry(o, "mlp_784_128_10", q, Options{}, m, test)
		r.Metrics["data"] = source
		r.Metrics["train_s"] = round(trainS, 1)
		r.Compare = "EZKL 2.7-38 s for a smaller 784-56-10 MLP; circomlib-ml 2.35 s (73k constraints); gnark anchor 45 ms"
		r.Target = "prove <= 200 ms, verify <= 5 ms, proof <= 260 bytes, quantized accuracy within 1 point"
		if err := add(r, err); err != nil {
			return err
		}
	}
	if want("mlp_784_128_10_nocommit") {
		r, err := benchEntry(o, "mlp_784_128_10_nocommit", q, Options{NoCommitment: true}, m, test)
		r.Compare = "the same circuit with log-derivative range checks (mlp_784_128_10)"
		r.Target = "an option for on-chain verification: no Pedersen commitment, so no extra pairing in the Solidity verifier"
		if err := add(r, err); err != nil {
			return err
		}
	}

	if !o.SkipPrivate && want("mlp_784_128_10_private") {
		mp := m
		if o.Quick { // a smaller private circuit for the smoke run
			mp = Train(privTrain, 10, TrainConfig{Hidden: []int{2}, Epochs: 1, LR: 0.02, Seed: 1})
		}
		qp, err := Quantize(mp, QuantOptions{InFrac: 8, InBits: 9, ActBits: 24, WBits: 8})
		if err != nil {
			return err
		}
		r, err := benchEntry(o, "mlp_784_128_10_private", qp, Options{Private: true}, mp, test)
		r.Metrics["data"] = source
		r.Compare = "circomlib-ml 2.35 s (weights as signals, no commitment); gnark anchor without commitment 1.1-1.3 s"
		r.Target = "prove <= 2 s with weights bound to the registered model id"
		if err := add(r, err); err != nil {
			return err
		}
	}
	return nil
}

// benchLSTM measures an LSTM with Omron's shape and random weights.
func benchLSTM(o BenchOptions, add func(bench.Result, error) error) error {
	steps, hid := 5, 50
	if o.Quick {
		hid = 8
	}
	lm := randomLSTM(1, 8, hid, 2, steps, 1)
	lq, err := Quantize(lm, QuantOptions{InFrac: 6, WBits: 12, ActBits: 16, TableBits: 10})
	if err != nil {
		return err
	}
	r, err := benchEntry(o, "lstm_2x50_5steps", lq, Options{}, nil, nil)
	r.Compare = "Omron (EZKL Halo2): 264,011 rows, 4,192-byte proof; gnark anchor 26.5k constraints, 0.4 s"
	r.Target = "prove <= 1 s"
	return add(r, err)
}

func round(v float64, digits int) float64 {
	p := math.Pow(10, float64(digits))
	return math.Round(v*p) / p
}

func benchLogReg(o BenchOptions) (bench.Result, error) {
	r := bench.Result{Name: "logreg_breast_cancer", Metrics: map[string]any{}}
	p, err := findFile(o.DataDir, "breast_cancer.csv")
	if err != nil {
		return r, err
	}
	d, err := LoadCSV(p, "malignant")
	if err != nil {
		return r, err
	}
	train, test := d.Split(0.2, 1)
	test.Standardize(train)
	train.Standardize(train)
	m := Train(train, 2, TrainConfig{Epochs: 30, LR: 0.05, L2: 1e-4, Seed: 1})
	q, err := Quantize(m, QuantOptions{InFrac: 8, InBits: 13})
	if err != nil {
		return r, err
	}
	r, err = benchEntry(o, r.Name, q, Options{}, m, test)
	r.Compare = "centralized LR about 98 % (ANCHORS); Concrete-ML FHE LR 3.5 ms per sample (no proof)"
	r.Target = "quantized accuracy within 1 point of float"
	return r, err
}

// fashion loads Fashion-MNIST, or digits.csv upscaled to 28x28 where it is missing.
func fashion(o BenchOptions) (train, test *Dataset, source string, err error) {
	ntr, nte := 60000, 10000
	if o.Quick {
		ntr, nte = 2000, 500
	}
	dir := o.FashionDir
	if _, err := os.Stat(filepath.Join(dir, "train-images-idx3-ubyte.gz")); err == nil {
		train, err = LoadIDX(filepath.Join(dir, "train-images-idx3-ubyte.gz"), filepath.Join(dir, "train-labels-idx1-ubyte.gz"), ntr)
		if err != nil {
			return nil, nil, "", err
		}
		test, err = LoadIDX(filepath.Join(dir, "t10k-images-idx3-ubyte.gz"), filepath.Join(dir, "t10k-labels-idx1-ubyte.gz"), nte)
		return train, test, "fashion-mnist", err
	}
	p, err := findFile(o.DataDir, "digits.csv")
	if err != nil {
		return nil, nil, "", err
	}
	d, err := LoadCSV(p, "digit")
	if err != nil {
		return nil, nil, "", err
	}
	for i, x := range d.X { // 8x8 values 0..16 -> 28x28 in [0, 1) by nearest neighbour
		up := make([]float64, 784)
		for r := range 28 {
			for c := range 28 {
				up[r*28+c] = min(x[(r*8/28)*8+c*8/28]*16, 255) / 256
			}
		}
		d.X[i] = up
	}
	train, test = d.Split(0.2, 1)
	return train, test, "digits.csv upscaled to 28x28 (fashion-mnist not installed)", nil
}

func randomLSTM(seed uint64, in, hidden, cells, steps, out int) *Model {
	r := rand.New(rand.NewPCG(seed, 2))
	mat := func(rows, cols int, s float64) [][]float64 {
		w := make([][]float64, rows)
		for i := range w {
			w[i] = make([]float64, cols)
			for j := range w[i] {
				w[i][j] = (2*r.Float64() - 1) * s
			}
		}
		return w
	}
	m := &Model{Kind: KindLSTM, Steps: steps}
	for range cells {
		s := 1 / math.Sqrt(float64(hidden))
		m.LSTM = append(m.LSTM, LSTMLayer{Wx: mat(4*hidden, in, s), Wh: mat(4*hidden, hidden, s), B: mat(1, 4*hidden, s)[0]})
		in = hidden
	}
	m.Layers = []Dense{{W: mat(out, hidden, 1/math.Sqrt(float64(hidden))), B: make([]float64, out)}}
	return m
}

// benchEntry compiles, sets up (single party), proves and verifies one model.
func benchEntry(o BenchOptions, name string, q *QModel, co Options, m *Model, test *Dataset) (bench.Result, error) {
	r := bench.Result{Name: name, Metrics: map[string]any{}}
	debug.FreeOSMemory()
	bench.ResetPeakRSS()
	o.Log.Info("compiling", "entry", name)
	t0 := time.Now()
	c, err := CompileWith(q, co)
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
	var x []int64
	if test != nil {
		x = q.QuantizeInput(test.X[0])
		a := Evaluate(m, q, test)
		r.Metrics["float_accuracy"] = round(a.Float, 4)
		r.Metrics["quantized_accuracy"] = round(a.Quantized, 4)
		r.Metrics["test_samples"] = a.Samples
	} else {
		rr := rand.New(rand.NewPCG(7, 7))
		xf := make([]float64, q.Inputs())
		for i := range xf {
			xf[i] = 2*rr.Float64() - 1
		}
		x = q.QuantizeInput(xf)
	}
	var proveMS, proveCPU, verifyMS []float64
	var st *Statement
	var proof []byte
	for range o.ProveRepeats {
		req := &Request{ModelID: id, Nonce: NewNonce(), Prover: [20]byte{1}, Input: x}
		t0 = time.Now()
		c0 := cpuTime()
		st, proof, err = c.Prove(pk, id, req)
		if err != nil {
			return r, err
		}
		proveMS = append(proveMS, ms(time.Since(t0)))
		proveCPU = append(proveCPU, ms(cpuTime()-c0))
	}
	for range 5 {
		t0 = time.Now()
		if err := Verify(vk, st, proof); err != nil {
			return r, err
		}
		verifyMS = append(verifyMS, ms(time.Since(t0)))
	}
	r.Metrics["prove_ms"] = round(median(proveMS), 1)
	// CPU time is the figure to trust on a shared machine: wall time there includes other work.
	r.Metrics["prove_cpu_ms"] = round(median(proveCPU), 1)
	r.Metrics["load_avg"] = loadAvg()
	r.Metrics["verify_ms"] = round(median(verifyMS), 2)
	r.Metrics["proof_bytes"] = len(proof)
	r.Metrics["public_inputs"] = 4 + len(st.Outputs)
	r.Metrics["peak_rss_mb"] = round(bench.PeakRSSMB(), 1)
	r.Metrics["shape"] = shapeOf(q)
	return r, nil
}

func shapeOf(q *QModel) string {
	if q.Kind == KindLSTM {
		return fmt.Sprintf("lstm %d cells x %d hidden, %d steps, %d inputs per step", len(q.LSTM), q.hidden(), q.Steps, len(q.LSTM[0].Wx[0]))
	}
	s := fmt.Sprint(q.Inputs())
	for _, d := range q.Layers {
		s += fmt.Sprintf("-%d", len(d.W))
	}
	return q.Kind + " " + s
}

// loadAvg returns the one-minute load average (Linux), or 0.
func loadAvg() float64 {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return 0
	}
	var v float64
	fmt.Sscan(string(b), &v)
	return v
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func median(v []float64) float64 {
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	return s[len(s)/2]
}
