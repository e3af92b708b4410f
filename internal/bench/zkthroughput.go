package bench

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
	"slices"
	"sync"
	"time"

	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/miner"
	"github.com/cohort-net/cohort/internal/zk"
)

// zkConcurrency is the number of requests in flight of the throughput entries.
var zkConcurrency = []int{1, 4, 16}

// throughputNames returns the throughput entries of a model: throughput_<model>_c<N>.
func throughputNames(model string) []string {
	var s []string
	for _, c := range zkConcurrency {
		s = append(s, fmt.Sprintf("throughput_%s_c%d", model, c))
	}
	return s
}

// wantAny reports whether Only selects one of names.
func (o ZKOptions) wantAny(names []string) bool { return slices.ContainsFunc(names, o.Want) }

// benchZKThroughput measures a miner (internal/miner, its defaults unless MaxInflight is set) proving
// the requests of c clients at once, for each c of zkConcurrency: each client sends a request, waits
// for its answer, verifies the proof and sends the next. Every proof counted is verified (on this
// machine, within the measured time: the verifications take CPU from the prover). The inputs cycle
// through the test rows (or seeded random ones).
func benchZKThroughput(ctx context.Context, o ZKOptions, model string, q *zk.QModel, co zk.Options, test *dataset.Dataset, add func(Result, error) error) error {
	names := throughputNames(model)
	if !o.wantAny(names) {
		return nil
	}
	o.Logger().Info("throughput: compiling", "model", model)
	c, err := zk.CompileWith(q, co)
	if err != nil {
		return err
	}
	pk, vk, err := c.Setup()
	if err != nil {
		return err
	}
	id, err := c.ModelID(vk)
	if err != nil {
		return err
	}
	key, err := identity.DevKey("bench/zk-throughput")
	if err != nil {
		return err
	}
	var inputs [][]int64
	if test != nil {
		for i := range min(test.N, 256) {
			inputs = append(inputs, q.QuantizeInput(test.Row(i)))
		}
	} else {
		inputs = [][]int64{benchZKInput(q, nil)}
	}
	var serial float64 // proofs/s at one request in flight, for the speed-up
	for i, conc := range zkConcurrency {
		if !o.Want(names[i]) {
			continue
		}
		r, err := zkThroughputEntry(ctx, o, names[i], conc, q, c, pk, vk, id, key, inputs)
		if err == nil {
			r.Metrics["constraints"] = c.Constraints()
			r.Metrics["shape"] = zkShape(q)
			r.Metrics["shared_circuit"] = c.Concurrent()
			pps := r.Metrics["proofs_per_s"].(float64)
			if conc == 1 {
				serial = pps
			} else if serial > 0 {
				r.Metrics["speedup_vs_c1"] = roundTo(pps/serial, 2)
			}
			r.Compare = "throughput_" + model + "_c1: one request at a time, as a miner that serializes on one circuit proves"
			if model == "logreg" {
				r.Target = ">= 40 verified proofs/s on 2 cores (issue 18)"
			}
		}
		if err := add(r, err); err != nil {
			return err
		}
	}
	return nil
}

func zkThroughputEntry(ctx context.Context, o ZKOptions, name string, conc int, q *zk.QModel, c *zk.Compiled,
	pk *zk.ProvingKey, vk *zk.VerifyingKey, id zk.Element, key *identity.Key, inputs [][]int64) (Result, error) {
	r := Result{Name: name, Metrics: map[string]any{}}
	m, err := miner.New(miner.Config{Key: key, Model: q, Prover: c, ProvingKey: pk, ModelID: id,
		MaxInflight: o.MaxInflight, MaxQueue: conc})
	if err != nil {
		return r, err
	}
	// Proofs per entry: enough for a p99 and a few seconds of work at the figures measured here.
	n := max(16*conc, 200)
	if q.Kind != zk.KindLogReg {
		n = max(2*conc, 24)
	}
	if o.Quick {
		n = 2 * conc
	}
	request := func(i int) *zk.Request {
		return &zk.Request{ModelID: id, Nonce: zk.NewNonce(), Prover: key.ID(), Input: inputs[i%len(inputs)], Salt: zk.NewSalt()}
	}
	if _, err := m.Answer(ctx, request(0)); err != nil { // warm up outside the measurement
		return r, err
	}
	debug.FreeOSMemory()
	ResetPeakRSS()
	o.Logger().Info("throughput", "entry", name, "requests", n, "in_flight", conc)
	var (
		mu   sync.Mutex
		lat  []float64
		bad  error
		next int
		wg   sync.WaitGroup
	)
	take := func() (int, bool) {
		mu.Lock()
		defer mu.Unlock()
		if next >= n || bad != nil || ctx.Err() != nil {
			return 0, false
		}
		next++
		return next, true
	}
	start, cpu0 := time.Now(), CPUTime()
	for range conc {
		wg.Go(func() {
			for {
				i, ok := take()
				if !ok {
					return
				}
				t0 := time.Now()
				resp, err := m.Answer(ctx, request(i))
				d := ms(time.Since(t0))
				if err == nil {
					err = zk.Verify(vk, &resp.Statement, resp.Proof)
				}
				mu.Lock()
				if err != nil && bad == nil {
					bad = fmt.Errorf("request %d: %w", i, err)
				}
				lat = append(lat, d)
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	wall, cpu := time.Since(start), CPUTime()-cpu0
	if bad != nil {
		return r, bad
	}
	if err := ctx.Err(); err != nil {
		return r, err
	}
	slices.Sort(lat)
	s := m.Stats()
	r.Metrics["proofs_per_s"] = roundTo(float64(len(lat))/wall.Seconds(), 2)
	r.Metrics["verified_proofs"] = len(lat)
	r.Metrics["p50_ms"] = roundTo(lat[len(lat)/2], 1)
	r.Metrics["p99_ms"] = roundTo(lat[min(len(lat)-1, len(lat)*99/100)], 1)
	r.Metrics["concurrency"] = conc
	r.Metrics["max_inflight"] = inflight(o.MaxInflight)
	r.Metrics["busy_refusals"] = s.Busy
	// CPU time per verified proof (proving and verifying, this process): what the figure would be on
	// idle cores, cpu_bound_proofs_per_s, when the machine is shared (load_avg).
	perProof := ms(cpu) / float64(len(lat))
	r.Metrics["cpu_ms_per_proof"] = roundTo(perProof, 1)
	r.Metrics["cpu_bound_proofs_per_s"] = roundTo(float64(runtime.GOMAXPROCS(0))*1000/perProof, 1)
	r.Metrics["load_avg"] = loadAvg()
	r.Metrics["peak_rss_mb"] = roundTo(PeakRSSMB(), 1)
	return r, nil
}

// inflight is the miner's MaxInflight for a configured value (0: its default, GOMAXPROCS).
func inflight(v int) int {
	if v > 0 {
		return v
	}
	return runtime.GOMAXPROCS(0)
}
