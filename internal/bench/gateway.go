package bench

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/client"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/gateway/gatewaytest"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/modelfile"
	"github.com/cohort-net/cohort/internal/node"
	"github.com/cohort-net/cohort/internal/task"
)

// GatewayOptions configure RunGateway.
type GatewayOptions struct {
	Options
	Seconds float64 // measured load per entry (default 5; 1 when Quick), after a warm-up of a fifth of it
	Clients int     // concurrent keep-alive clients (default 16)
	Rows    int     // rows per request (default 1)
}

// gatewayEntry is one model the gateway bench loads.
type gatewayEntry struct {
	name, dataset, kind string
	hidden              int
}

var gatewayEntries = []gatewayEntry{
	{"plain_logreg", "breast_cancer", "logreg", 0},
	{"plain_mlp", "digits", "mlp", 32},
}

// RunGateway runs `cohort bench gateway`: a gateway serving each model as a gateway node does (the
// node's listener, connection limits, body budget, metrics middleware and rate limiter, set above the
// load since all of it comes from one address) on loopback, loaded for a bounded time by concurrent
// keep-alive clients in this process, each request a different held-out row. Every answer's class is
// checked against the model file's own prediction for its row. Entries report requests per second,
// p50 and p99 latency, CPU time per request (clients and server together: they share this machine's
// cores) and peak memory.
func RunGateway(ctx context.Context, o GatewayOptions) ([]Result, error) {
	if o.Seconds <= 0 {
		o.Seconds = 5
		if o.Quick {
			o.Seconds = 1
		}
	}
	if o.Clients <= 0 {
		o.Clients = 16
	}
	if o.Rows <= 0 {
		o.Rows = 1
	}
	var out []Result
	for _, e := range gatewayEntries {
		if !o.Want(e.name) {
			continue
		}
		f, test, err := gatewaytest.Train(ctx, e.dataset, e.kind, e.hidden, 1)
		if err != nil {
			return nil, err
		}
		r, err := benchGatewayModel(ctx, o, e, f, test)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", e.name, err)
		}
		out = append(out, r)
	}
	if o.Want("proven_logreg") && (!o.Quick || len(o.Only) > 0) {
		r, err := benchGatewayProven(ctx, o)
		if err != nil {
			return nil, fmt.Errorf("proven_logreg: %w", err)
		}
		out = append(out, r)
	}
	return out, nil
}

// benchGatewayProven measures proven inference through the gateway: the inference subnet on
// loopback (node.InferenceModelLogReg, one honest miner, a validator that lists the gateway's key
// as a client), each request a breast cancer row that the gateway standardizes and forwards, a miner
// proves (Groth16) and the validator verifies before it answers.
func benchGatewayProven(ctx context.Context, o GatewayOptions) (Result, error) {
	f, test, err := gatewaytest.Train(ctx, "breast_cancer", "logreg", 0, 1)
	if err != nil {
		return Result{}, err
	}
	key, err := identity.DevKey("bench/gateway")
	if err != nil {
		return Result{}, err
	}
	ResetPeakRSS()
	o.Logger().Info("gateway bench", "entry", "proven_logreg", "setup", "inference subnet (Groth16 setup)")
	sub, err := node.StartInferenceDevnet(ctx, node.InferenceOptions{Miners: 1, Dishonest: -1, Seed: 1, RPC: "none",
		Clients: []cohort.NodeID{key.ID()}, Log: o.Log})
	if err != nil {
		return Result{}, err
	}
	defer sub.Close()
	g, err := node.StartGateway(node.GatewayOptions{Models: []*modelfile.File{f}, Rate: 1e9, Burst: 1 << 30, Log: o.Log,
		Proven: node.NewValidatorProver(sub.ValidatorURL(), key, task.DefaultChainID)})
	if err != nil {
		return Result{}, err
	}
	defer g.Close()
	c := client.New(g.URL, nil)
	clients := 2 // the miner proves MaxInflight (2) at once
	var (
		mu  sync.Mutex
		lat []float64
		bad error
		wg  sync.WaitGroup
	)
	start := time.Now()
	until := start.Add(time.Duration(o.Seconds * float64(time.Second)))
	// The validator refuses an input it has seen (its hash guard), so each held-out row is sent once:
	// the run ends after test.N requests if that comes first.
	for w := range clients {
		wg.Go(func() {
			for i := w; i < test.N && ctx.Err() == nil && time.Now().Before(until); i += clients {
				t0 := time.Now()
				res, err := c.Infer(ctx, client.InferRequest{Mode: client.ModeProven, Inputs: [][]float64{test.Row(i)}})
				if err == nil && (res.Proof == nil || res.Proof.Verified < 1) {
					err = fmt.Errorf("answer without a verified proof: %+v", res)
				}
				mu.Lock()
				if err != nil {
					bad = err
				} else {
					lat = append(lat, float64(time.Since(t0).Microseconds())/1000)
				}
				mu.Unlock()
				if err != nil {
					return
				}
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	if bad != nil {
		return Result{}, bad
	}
	if len(lat) == 0 {
		return Result{}, fmt.Errorf("no request completed")
	}
	slices.Sort(lat)
	n := len(lat)
	return Result{
		Name: "proven_logreg",
		Metrics: map[string]any{
			"requests_per_s": float64(n) / elapsed.Seconds(), "p50_ms": lat[n/2], "p99_ms": lat[min(n-1, n*99/100)],
			"requests": n, "clients": clients, "miners": 1, "seconds": elapsed.Seconds(), "peak_rss_mb": PeakRSSMB(),
		},
		Compare: "plain_logreg: the same model answered without a proof",
		Target:  "reported beside plain inference (issue 17)",
	}, nil
}

// request is one prepared HTTP/1.1 request and what its answer must contain.
type request struct {
	raw  []byte
	want [][]byte // `"class":K,` of each row, in order
}

func prepareRequests(f *modelfile.File, test *dataset.Dataset, rows int, host string) []request {
	classes, _ := f.Predict(test)
	var reqs []request
	for i := 0; i+rows <= test.N; i += rows {
		in := make([][]float64, rows)
		var want [][]byte
		for j := range rows {
			in[j] = test.Row(i + j)
			want = append(want, fmt.Appendf(nil, `"class":%d,`, classes[i+j]))
		}
		b, _ := json.Marshal(client.InferRequest{Model: f.Name(), Inputs: in})
		raw := fmt.Appendf(nil, "POST %s HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s",
			client.PathInfer, host, len(b), b)
		reqs = append(reqs, request{raw: raw, want: want})
	}
	return reqs
}

func benchGatewayModel(ctx context.Context, o GatewayOptions, e gatewayEntry, f *modelfile.File, test *dataset.Dataset) (Result, error) {
	ResetPeakRSS()
	g, err := node.StartGateway(node.GatewayOptions{Models: []*modelfile.File{f}, Rate: 1e9, Burst: 1 << 30, Log: o.Log})
	if err != nil {
		return Result{}, err
	}
	defer g.Close()
	host := strings.TrimPrefix(g.URL, "http://")
	reqs := prepareRequests(f, test, o.Rows, host)
	warm := time.Duration(o.Seconds * float64(time.Second) / 5)
	measure := time.Duration(o.Seconds * float64(time.Second))
	o.Logger().Info("gateway bench", "entry", e.name, "clients", o.Clients, "seconds", o.Seconds)

	var (
		mu      sync.Mutex
		lat     []float64
		bad     error
		wg      sync.WaitGroup
		started = time.Now()
		from    = started.Add(warm)
		until   = from.Add(measure)
	)
	cpu0 := CPUTime()
	var cpuFrom time.Duration
	var cpuOnce sync.Once
	for w := range o.Clients {
		wg.Go(func() {
			var mine []float64
			c, err := dialKeepAlive(host)
			if err != nil {
				mu.Lock()
				bad = err
				mu.Unlock()
				return
			}
			defer c.close()
			for i := w; ctx.Err() == nil; i += o.Clients {
				now := time.Now()
				if now.After(until) {
					break
				}
				if !now.Before(from) {
					cpuOnce.Do(func() { cpuFrom = CPUTime() })
				}
				rq := reqs[i%len(reqs)]
				t0 := time.Now()
				body, err := c.roundTrip(rq.raw)
				d := time.Since(t0)
				if err == nil {
					err = checkAnswer(body, rq.want)
				}
				if err != nil {
					mu.Lock()
					bad = err
					mu.Unlock()
					return
				}
				if !t0.Before(from) {
					mine = append(mine, float64(d.Microseconds())/1000)
				}
			}
			mu.Lock()
			lat = append(lat, mine...)
			mu.Unlock()
		})
	}
	wg.Wait()
	if bad != nil {
		return Result{}, bad
	}
	if cpuFrom == 0 {
		cpuFrom = cpu0
	}
	cpu := CPUTime() - cpuFrom
	slices.Sort(lat)
	n := len(lat)
	if n == 0 {
		return Result{}, fmt.Errorf("no request completed")
	}
	rps := float64(n) / measure.Seconds()
	cpuPer := max(float64(cpu.Microseconds())/float64(n), 1e-3)
	return Result{
		Name: e.name,
		Metrics: map[string]any{
			"requests_per_s": rps, "p50_ms": lat[n/2], "p99_ms": lat[min(n-1, n*99/100)], "max_ms": lat[n-1],
			"requests": n, "clients": o.Clients, "rows_per_request": o.Rows, "seconds": measure.Seconds(),
			"model": f.Model.Kind, "dataset": e.dataset, "params": len(f.Params),
			"cpu_us_per_request": cpuPer, "peak_rss_mb": PeakRSSMB(),
			// What the CPU time per request allows on this machine's cores with nothing else running
			// (clients included): the figure to read when the machine is shared.
			"cpu_bound_requests_per_s": float64(runtime.NumCPU()) * 1e6 / cpuPer,
		},
		Compare: "cohort predict on the same model file: no server; the figure a user gets locally",
		Target:  "plain_logreg >= 10,000 requests/s with p99 <= 5 ms on 2 cores (issue 17); the load's clients share the cores",
	}, nil
}

// checkAnswer checks that an answer holds the expected class for every row, in order.
func checkAnswer(b []byte, want [][]byte) error {
	for i, w := range want {
		j := bytes.Index(b, w)
		if j < 0 {
			return fmt.Errorf("answer %.200s: row %d should be %s", b, i, w)
		}
		b = b[j+len(w):]
	}
	return nil
}

// keepAlive is a load generator's HTTP/1.1 connection: it writes prepared requests and reads each
// answer (status line, headers, a Content-Length body), as wrk does, so that the load costs the
// shared cores less than net/http's client would.
type keepAlive struct {
	c    net.Conn
	r    *bufio.Reader
	body []byte
}

func dialKeepAlive(host string) (*keepAlive, error) {
	c, err := net.Dial("tcp", host)
	if err != nil {
		return nil, err
	}
	return &keepAlive{c: c, r: bufio.NewReaderSize(c, 16<<10)}, nil
}

func (k *keepAlive) close() { k.c.Close() }

// roundTrip sends one request and returns the answer's body (valid until the next call); a status
// other than 200 is an error.
func (k *keepAlive) roundTrip(raw []byte) ([]byte, error) {
	_ = k.c.SetDeadline(time.Now().Add(10 * time.Second))
	if _, err := k.c.Write(raw); err != nil {
		return nil, err
	}
	line, err := k.r.ReadSlice('\n')
	if err != nil {
		return nil, err
	}
	ok := bytes.HasPrefix(line, []byte("HTTP/1.1 200 "))
	status := string(bytes.TrimSpace(line))
	n := -1
	for {
		h, err := k.r.ReadSlice('\n')
		if err != nil {
			return nil, err
		}
		if len(h) <= 2 {
			break
		}
		if name, v, found := bytes.Cut(h, []byte(":")); found && bytes.EqualFold(name, []byte("Content-Length")) {
			if n, err = strconv.Atoi(string(bytes.TrimSpace(v))); err != nil {
				return nil, fmt.Errorf("content-length %q", v)
			}
		}
	}
	if n < 0 || n > 16<<20 {
		return nil, fmt.Errorf("%s: no usable Content-Length", status)
	}
	k.body = slices.Grow(k.body[:0], n)[:n]
	if _, err := io.ReadFull(k.r, k.body); err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("%s: %.200s", status, k.body)
	}
	return k.body, nil
}
