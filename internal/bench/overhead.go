package bench

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"sort"
	"strconv"
	"sync"
	"time"

	"github.com/cohort-net/cohort/internal/api"
	"github.com/cohort-net/cohort/internal/coordinator"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/protocol"
	"github.com/cohort-net/cohort/internal/task"
)

// OverheadOptions configure the coordinator-overhead benchmark.
type OverheadOptions struct {
	Trainers int // default 100
	Params   int // default 100,000
	Rounds   int // default 5
	Log      *slog.Logger
}

// RunCoordinatorOverhead measures what a round costs the coordinator when local training costs
// nothing: Trainers trainers, each its own HTTP server on loopback, answer every train request at
// once with a signed update of Params parameters. A round's time is then the coordinator's own work:
// signing and sending the model to every trainer, authenticating, decoding and durably storing
// (fsync) every update, aggregating and persisting the new model. The trainers run in this process
// too and share its cores, so the figure is an upper bound on the coordinator's overhead.
func RunCoordinatorOverhead(ctx context.Context, o OverheadOptions) (Result, error) {
	if o.Trainers == 0 {
		o.Trainers = 100
	}
	if o.Params == 0 {
		o.Params = 100_000
	}
	if o.Rounds == 0 {
		o.Rounds = 5
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	dir, err := os.MkdirTemp("", "cohort-bench-overhead-")
	if err != nil {
		return Result{}, err
	}
	defer os.RemoveAll(dir)
	ResetPeakRSS()

	no := false
	// Logistic regression with Params-1 inputs has exactly Params parameters.
	spec, err := task.Options{ID: "overhead", Rounds: o.Rounds, Trainers: o.Trainers, MinParticipants: o.Trainers, Standardize: &no, Seed: 1}.
		Spec("", o.Params-1, []string{"0", "1"}, "y")
	if err != nil {
		return Result{}, err
	}
	ckey, _ := identity.Generate()
	var mu sync.Mutex
	var rounds []protocol.RoundSummary
	client := &http.Client{Timeout: time.Minute, Transport: &http.Transport{MaxIdleConnsPerHost: 2, MaxIdleConns: 4 * o.Trainers}}
	coord, err := coordinator.New(coordinator.Config{Spec: spec, DataDir: dir, Key: ckey, Recover: identity.Recover, Client: client, Log: o.Log,
		OnRound: func(s protocol.RoundSummary) { mu.Lock(); rounds = append(rounds, s); mu.Unlock() }})
	if err != nil {
		return Result{}, err
	}
	defer coord.Close()
	cs, err := serveLoopback(coord.Handler())
	if err != nil {
		return Result{}, err
	}
	defer cs.Close()

	// Every fake trainer sends the same random delta (the coordinator cannot tell).
	rng := rand.New(rand.NewPCG(1, 2))
	delta := make([]float64, o.Params)
	for i := range delta {
		delta[i] = rng.NormFloat64() * 1e-3
	}
	var fakes []*fakeTrainer
	cache := &updateCache{}
	for range o.Trainers {
		k, _ := identity.Generate()
		f := &fakeTrainer{key: k, coordURL: cs.URL, task: spec.ID, chain: spec.ChainID, delta: delta, client: client, log: o.Log, updates: cache}
		s, err := serveLoopback(f)
		if err != nil {
			return Result{}, err
		}
		defer s.Close()
		f.url = s.URL
		fakes = append(fakes, f)
	}
	var wg sync.WaitGroup
	for _, f := range fakes {
		wg.Add(1)
		go func() { defer wg.Done(); f.join(ctx, o.Params-1) }()
	}
	wg.Wait()
	start, cpu0 := time.Now(), CPUTime()
	if err := coord.Run(ctx); err != nil {
		return Result{}, err
	}
	total, cpu := time.Since(start), CPUTime()-cpu0
	mu.Lock()
	defer mu.Unlock()
	ms := make([]float64, len(rounds))
	var sum float64
	for i, r := range rounds {
		ms[i] = float64(r.DurationMS)
		sum += ms[i]
	}
	sort.Float64s(ms)
	return Result{
		Name: "coordinator_overhead",
		Metrics: map[string]any{
			"trainers": o.Trainers, "params": o.Params, "rounds": o.Rounds,
			"round_overhead_ms":        sum / float64(len(ms)),
			"round_overhead_median_ms": ms[len(ms)/2],
			"round_overhead_max_ms":    ms[len(ms)-1],
			"update_bytes":             protocol.TensorSize(o.Params),
			"total_ms":                 float64(total.Milliseconds()),
			// CPU time of the whole process (coordinator and the stand-in trainers) per round: unlike the
			// wall figures it does not grow when other work shares the machine.
			"round_cpu_ms": float64(cpu.Milliseconds()) / float64(o.Rounds),
			"peak_rss_mb":  PeakRSSMB(),
		},
		Compare: "Flower's coordinator keeps updates in memory and loses them on a crash; here every update is fsynced before it is acknowledged, and the trainers share the process and its cores",
		Target:  "round_overhead_ms <= 1000 and peak_rss_mb <= 500 for 100 trainers x 100k parameters on 2 cores",
	}, nil
}

// fakeTrainer answers every train request at once with a signed update.
type fakeTrainer struct {
	key      *identity.Key
	url      string
	coordURL string
	task     string
	chain    uint64
	delta    []float64
	client   *http.Client
	log      *slog.Logger
	updates  *updateCache
}

// updateCache encodes the shared update once per round.
type updateCache struct {
	mu    sync.Mutex
	round uint64
	b     []byte
}

func (c *updateCache) body(round uint64, delta []float64) []byte {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.b == nil || c.round != round {
		c.b, _ = protocol.EncodeFrame(protocol.UpdateHeader{Round: round, Samples: 100, Loss: 0.5}, delta)
		c.round = round
	}
	return c.b
}

func (f *fakeTrainer) join(ctx context.Context, features int) {
	body, _ := protocol.EncodeFrame(protocol.JoinHeader{Endpoint: f.url, Samples: 100, Features: features, Classes: []string{"0", "1"}},
		make([]float64, features), make([]float64, features))
	f.post(ctx, protocol.PathJoin, 0, body)
}

func (f *fakeTrainer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	n, err := io.Copy(io.Discard, r.Body)
	if err != nil {
		return
	}
	// A real trainer decodes the model in its own process; this stand-in only needs the round, so it
	// reads the signed round header and keeps its memory out of the coordinator's figure.
	round, err := strconv.ParseUint(r.Header.Get(protocol.HeaderRound), 10, 64)
	if err != nil || n == 0 {
		http.Error(w, "bad train request", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusAccepted)
	go func() {
		f.post(context.Background(), protocol.PathUpdate, round, f.updates.body(round, f.delta))
	}()
}

func (f *fakeTrainer) post(ctx context.Context, path string, round uint64, body []byte) {
	for attempt := 0; attempt < 50; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, f.coordURL+path, bytes.NewReader(body))
		protocol.Sign(req.Header, req.Method, req.URL.Path, body, f.key, f.chain, f.task, round, time.Minute)
		resp, err := f.client.Do(req)
		if err == nil {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode/100 == 2 {
				return
			}
			f.log.Warn("fake trainer refused", "status", resp.Status)
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	fmt.Fprintln(os.Stderr, "fake trainer gave up on", path)
}

// loopbackServer is an HTTP server on a free loopback port.
type loopbackServer struct {
	URL string
	srv *http.Server
}

func serveLoopback(h http.Handler) (*loopbackServer, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	s := &loopbackServer{URL: "http://" + ln.Addr().String(), srv: api.NewServer(h)}
	go s.srv.Serve(ln)
	return s, nil
}

func (s *loopbackServer) Close() { s.srv.Close() }
