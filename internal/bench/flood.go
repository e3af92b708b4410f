package bench

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cohort-net/cohort/internal/coordinator"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/protocol"
	"github.com/cohort-net/cohort/internal/task"
)

// FloodOptions configure RunFlood.
type FloodOptions struct {
	Options
	// Seconds is the length of each phase, unloaded and flooded (default 30; 2 when Quick).
	Seconds int
	// Strangers is the number of concurrent stranger connections (default 16).
	Strangers int
}

// RunFlood runs `cohort bench flood`: a coordinator on loopback waiting for its trainers, one honest
// trainer calling it at a steady pace, first alone and then while strangers flood it from fresh keys with
// well-formed signed updates and joins, garbage bodies, wrong routes and malformed framing. Each entry
// is one honest route: its p99 latency unloaded and under the flood, and the share of honest requests
// that succeeded under the flood. Node, honest client and strangers share this process and its cores.
func RunFlood(ctx context.Context, o FloodOptions) ([]Result, error) {
	if o.Seconds <= 0 {
		o.Seconds = 30
		if o.Quick {
			o.Seconds = 2
		}
	}
	if o.Strangers <= 0 {
		o.Strangers = 16
	}
	n, err := startFloodNode(ctx, o)
	if err != nil {
		return nil, err
	}
	defer n.close()
	routes := []struct {
		name string
		call func(context.Context) bool
	}{
		{"coordinator_status_get", n.status},
		{"coordinator_join_signed", n.rejoin},
	}
	var out []Result
	for _, r := range routes {
		if !o.Want(r.name) {
			continue
		}
		o.Logger().Info("flood bench", "route", r.name, "phase", "unloaded", "seconds", o.Seconds)
		unloaded, _ := honestLatencies(ctx, time.Duration(o.Seconds)*time.Second, r.call)
		ResetPeakRSS()
		fctx, stop := context.WithCancel(ctx)
		var sent atomic.Int64
		var wg sync.WaitGroup
		for w := range o.Strangers {
			wg.Add(1)
			go func() { defer wg.Done(); n.strangers(fctx, w, &sent) }()
		}
		o.Logger().Info("flood bench", "route", r.name, "phase", "flood", "strangers", o.Strangers)
		flooded, ok := honestLatencies(ctx, time.Duration(o.Seconds)*time.Second, r.call)
		stop()
		wg.Wait()
		u, f := p99(unloaded), p99(flooded)
		out = append(out, Result{
			Name: r.name,
			Metrics: map[string]any{
				"unloaded_p99_ms": u, "flood_p99_ms": f, "ratio": f / max(u, 1e-3),
				"honest_success": ok, "honest_requests": len(flooded), "peak_rss_mb": PeakRSSMB(),
				"flood_requests": sent.Load(), "flood_rps": float64(sent.Load()) / float64(o.Seconds),
			},
			Compare: "the same honest route with no flood (unloaded_p99_ms)",
			Target:  "flood_p99_ms <= 2 x unloaded_p99_ms, honest_success 1 (issue 14)",
		})
	}
	return out, nil
}

// honestLatencies calls f every 10 ms for d and returns each call's latency in ms and the share that
// succeeded.
func honestLatencies(ctx context.Context, d time.Duration, f func(context.Context) bool) ([]float64, float64) {
	var lat []float64
	good := 0
	end := time.Now().Add(d)
	for time.Now().Before(end) && ctx.Err() == nil {
		start := time.Now()
		if f(ctx) {
			good++
		}
		lat = append(lat, float64(time.Since(start).Microseconds())/1000)
		time.Sleep(10 * time.Millisecond)
	}
	if len(lat) == 0 {
		return nil, 0
	}
	return lat, float64(good) / float64(len(lat))
}

func p99(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := slices.Clone(v)
	slices.Sort(s)
	return s[min(len(s)-1, len(s)*99/100)]
}

// floodNode is a coordinator waiting for a second trainer, with one honest trainer joined.
type floodNode struct {
	dir    string
	coord  *coordinator.Coordinator
	srv    *loopbackServer
	spec   protocol.TaskSpec
	honest *identity.Key
	join   []byte
	client *http.Client
	cancel context.CancelFunc
	done   chan struct{}
}

func startFloodNode(ctx context.Context, o FloodOptions) (*floodNode, error) {
	dir, err := os.MkdirTemp(o.Dir, "cohort-bench-flood-")
	if err != nil {
		return nil, err
	}
	n := &floodNode{dir: dir, client: &http.Client{Timeout: 30 * time.Second}, done: make(chan struct{})}
	spec, err := task.Options{ID: "flood", Rounds: 1, Trainers: 2, Seed: 1}.Spec("", 4, []string{"0", "1"}, "y")
	if err != nil {
		return nil, err
	}
	ckey, _ := identity.Generate()
	if n.coord, err = coordinator.New(coordinator.Config{Spec: spec, DataDir: dir, Key: ckey, Recover: identity.Recover, Log: o.Logger()}); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	n.spec = n.coord.Spec()
	if n.srv, err = serveLoopback(n.coord.Handler()); err != nil {
		n.close()
		return nil, err
	}
	rctx, cancel := context.WithCancel(ctx)
	n.cancel = cancel
	go func() { defer close(n.done); n.coord.Run(rctx) }()
	n.honest, _ = identity.Generate()
	n.join, err = protocol.EncodeFrame(protocol.JoinHeader{Endpoint: "http://127.0.0.1:1", Samples: 100, Features: 4, Classes: []string{"0", "1"}},
		[]float64{1, 2, 3, 4}, []float64{10, 20, 30, 40})
	if err != nil {
		n.close()
		return nil, err
	}
	if !n.rejoin(ctx) {
		n.close()
		return nil, fmt.Errorf("flood bench: the honest trainer could not join")
	}
	return n, nil
}

func (n *floodNode) close() {
	if n.cancel != nil {
		n.cancel()
		<-n.done
	}
	if n.srv != nil {
		n.srv.Close()
	}
	if n.coord != nil {
		n.coord.Close()
	}
	os.RemoveAll(n.dir)
}

// status is an honest public read.
func (n *floodNode) status(ctx context.Context) bool {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, n.srv.URL+protocol.PathStatus, nil)
	return n.do(req)
}

// rejoin is an honest signed write: the joined trainer joins again (stored durably).
func (n *floodNode) rejoin(ctx context.Context) bool {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, n.srv.URL+protocol.PathJoin, bytes.NewReader(n.join))
	if err := protocol.Sign(req.Header, req.Method, protocol.PathJoin, n.join, n.honest, n.spec.ChainID, n.spec.ID, 0, time.Minute); err != nil {
		return false
	}
	return n.do(req)
}

func (n *floodNode) do(req *http.Request) bool {
	resp, err := n.client.Do(req)
	if err != nil {
		return false
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode/100 == 2
}

// strangers sends stranger requests until ctx ends: signed by one of a few fresh keys with fresh nonces
// (well-formed updates, garbage joins), unsigned garbage, and wrong routes.
func (n *floodNode) strangers(ctx context.Context, w int, sent *atomic.Int64) {
	rng := rand.New(rand.NewPCG(uint64(w), 14))
	keys := make([]*identity.Key, 8)
	for i := range keys {
		keys[i], _ = identity.Generate()
	}
	update, _ := protocol.EncodeFrame(protocol.UpdateHeader{Round: 1, Samples: 10}, make([]float64, n.spec.Model.NumParams()))
	garbage := make([]byte, 2048)
	client := &http.Client{Timeout: 10 * time.Second}
	for i := 0; ctx.Err() == nil; i++ {
		path, body, sign := protocol.PathUpdate, update, true
		switch i % 4 {
		case 1:
			path, body = protocol.PathJoin, garbage[:rng.IntN(len(garbage))]
		case 2:
			sign = false
		case 3:
			path, sign = "/v1/nothing", false
		}
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, n.srv.URL+path, bytes.NewReader(body))
		if sign {
			protocol.Sign(req.Header, req.Method, path, body, keys[rng.IntN(len(keys))], n.spec.ChainID, n.spec.ID, 1, time.Minute)
		}
		resp, err := client.Do(req)
		if err != nil {
			continue
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		sent.Add(1)
	}
}
