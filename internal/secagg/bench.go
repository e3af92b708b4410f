package secagg

import (
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/bench"
)

// BenchOptions configures RunBenchmark.
type BenchOptions struct {
	Quick   bool // small rounds that finish in seconds (tests, smoke runs)
	Workers int  // the server's unmasking goroutines; 0 means GOMAXPROCS
}

type benchCase struct {
	name         string
	n, dim, k, t int
	dropout      float64
	serverTarget string
	clientTarget string
	includeBytes bool
}

// RunBenchmark runs `cohort bench secagg`: one SecAgg+ round with n = 100 and one with n = 1000
// clients of d = 100,000 parameters, 10 % of the clients dropping after sending their shares, each
// beside a plaintext round of the same size measured in the same run.
func RunBenchmark(ctx context.Context, opts BenchOptions) ([]bench.Result, error) {
	cases := []benchCase{
		{name: "n100", n: 100, dim: 100_000, k: 24, t: 17, dropout: 0.1},
		{name: "n1000", n: 1000, dim: 100_000, k: 30, t: 21, dropout: 0.1},
	}
	if opts.Quick {
		cases = []benchCase{
			{name: "n20-quick", n: 20, dim: 2_000, k: 8, t: 5, dropout: 0.1},
			{name: "n40-quick", n: 40, dim: 2_000, k: 10, t: 6, dropout: 0.1},
		}
	}
	var out []bench.Result
	for _, bc := range cases {
		if err := ctx.Err(); err != nil {
			return out, err
		}
		r, err := runCase(ctx, bc, opts)
		if err != nil {
			return out, fmt.Errorf("bench secagg %s: %w", bc.name, err)
		}
		out = append(out, r)
	}
	return out, nil
}

// benchInput is client i's update: uniform in [-1, 1], deterministic per client.
func benchInput(i, dim int) ([]float64, float64) {
	rng := rand.New(rand.NewPCG(uint64(i), 0x5ecA99))
	u := make([]float64, dim)
	for a := range u {
		u[a] = rng.Float64()*2 - 1
	}
	return u, float64(100 + rng.IntN(900))
}

func runCase(ctx context.Context, bc benchCase, opts BenchOptions) (bench.Result, error) {
	bench.ResetPeakRSS()
	keys := NewDevKeyring(bc.n, 2020)
	cfg, err := NewConfig(Params{
		Clients: keys.IDs(), Neighbours: bc.k, Threshold: bc.t, Bits: 20, ClipRange: 1, Dim: bc.dim,
		TaskID: "bench-secagg", Round: 1, Seed: [32]byte{'b', 'e', 'n', 'c', 'h'},
	})
	if err != nil {
		return bench.Result{}, err
	}
	// 10 % of the clients, chosen at random, go silent after sending their shares.
	rng := rand.New(rand.NewPCG(42, uint64(bc.n)))
	drop := map[cohort.NodeID]Stage{}
	for _, i := range rng.Perm(bc.n)[:int(math.Round(bc.dropout*float64(bc.n)))] {
		drop[cfg.p.Clients[i]] = StageMaskedInput
	}
	want := make([]float64, bc.dim+1)
	res, st, err := Simulate(ctx, cfg, keys.Signers(), keys, SimOptions{
		Workers:    opts.Workers,
		DropBefore: drop,
		Input: func(i int) ([]float64, float64) {
			u, w := benchInput(i, bc.dim)
			for a, x := range u {
				want[a] += x
			}
			want[bc.dim] += w
			return u, w
		},
	})
	if err != nil {
		return bench.Result{}, err
	}
	if len(st.ClientErrors) > 0 || len(st.ServerErrors) > 0 {
		return bench.Result{}, fmt.Errorf("honest clients failed: %d client errors, %d refused messages", len(st.ClientErrors), len(st.ServerErrors))
	}
	// The error against the plaintext sum, in units of the bound m * step.
	var maxErr float64
	for a := 0; a < bc.dim; a++ {
		maxErr = max(maxErr, math.Abs(res.Sum[a]-want[a]))
	}
	step := 2 * cfg.p.ClipRange / float64(cfg.levels)
	if bound := float64(len(res.Survivors)) * step; maxErr > bound || math.Abs(res.Sum[bc.dim]-want[bc.dim]) > 1e-6 {
		return bench.Result{}, fmt.Errorf("wrong sum: max error %g over the quantization bound %g", maxErr, bound)
	}

	var clientSum, clientMax, cpuSum, cpuMax time.Duration
	bytesSum := 0
	for _, id := range res.Survivors {
		i := cfg.index[id]
		clientSum += st.ClientTime[i]
		clientMax = max(clientMax, st.ClientTime[i])
		cpuSum += st.ClientCPU[i]
		cpuMax = max(cpuMax, st.ClientCPU[i])
		bytesSum += st.BytesSent[i]
	}
	m := len(res.Survivors)
	clientMean := clientSum / time.Duration(m)
	bytesPer := float64(bytesSum) / float64(m)
	maskedBytes := (&MaskedMsg{Width: byte(cfg.width), Vector: make([]uint64, cfg.VectorLen()), Sig: make([]byte, 64)}).body()
	maskedLen := len(maskedBytes) + 4 + 64
	plainBytes := 4 * bc.dim

	pr := plainRound(bc)
	plainRound := pr.clientMax + pr.server
	plainCPU := pr.clientCPUMax + pr.serverCPU
	secRound := clientMax + st.ServerTime
	secCPU := cpuMax + st.ServerCPU

	ms := func(d time.Duration) float64 { return math.Round(float64(d.Microseconds())/10) / 100 }
	r := bench.Result{
		Name: bc.name,
		Metrics: map[string]any{
			"clients":                 bc.n,
			"dim":                     bc.dim,
			"neighbours":              cfg.k,
			"threshold":               bc.t,
			"dropout":                 bc.dropout,
			"survivors":               m,
			"modulus_bits":            cfg.ModulusBits(),
			"quant_bits":              cfg.p.Bits,
			"client_ms":               ms(clientMean),
			"client_max_ms":           ms(clientMax),
			"client_cpu_ms":           ms(cpuSum / time.Duration(m)),
			"client_cpu_max_ms":       ms(cpuMax),
			"server_ms":               ms(st.ServerTime),
			"server_cpu_ms":           ms(st.ServerCPU),
			"server_advertise_ms":     ms(st.ServerStage[StageAdvertise]),
			"server_shares_ms":        ms(st.ServerStage[StageShareKeys]),
			"server_masked_ms":        ms(st.ServerStage[StageMaskedInput]),
			"server_consistency_ms":   ms(st.ServerStage[StageConsistency]),
			"server_unmask_ms":        ms(st.ServerStage[StageUnmask]),
			"load_avg_1m":             loadAvg(),
			"bytes_per_client":        math.Round(bytesPer),
			"masked_bytes_per_client": maskedLen,
			"key_bytes_per_client":    math.Round(bytesPer) - float64(maskedLen),
			"plain_bytes_per_client":  plainBytes,
			"bytes_ratio":             math.Round(bytesPer/float64(plainBytes)*1000) / 1000,
			"plain_round_ms":          ms(plainRound),
			"secagg_round_ms":         ms(secRound),
			"round_ratio":             math.Round(float64(secRound)/float64(plainRound)*100) / 100,
			"plain_round_cpu_ms":      ms(plainCPU),
			"plain_signed_round_ms":   ms(pr.signedClientMax + pr.signedServer),
			"round_ratio_signed":      math.Round(float64(secRound)/float64(pr.signedClientMax+pr.signedServer)*100) / 100,
			"secagg_round_cpu_ms":     ms(secCPU),
			"round_cpu_ratio":         math.Round(float64(secCPU)/float64(plainCPU)*100) / 100,
			"max_abs_error":           maxErr,
			"peak_rss_mb":             math.Round(bench.PeakRSSMB()),
		},
		Compare: fmt.Sprintf("plaintext round of the same size (each client encodes %d float32, the server decodes and sums all %d): %.2f ms; both rounds count the slowest client (clients run in parallel) plus the server; plain_signed_round_ms adds a signature per update as our transport sends; Bonawitz 2017 reports 1.73x expansion at 2^10 users",
			bc.dim, bc.n, float64(plainRound.Microseconds())/1000),
		Target: "n=100: server <= 1 s, client <= 100 ms, bytes <= 1.2x plain int32 + key material; n=1000: server <= 10 s; secure round <= 3x plaintext round (2 cores)",
	}
	if opts.Quick {
		r.Target = "quick: smoke run, reduced sizes; " + r.Target
	}
	return r, nil
}

type plainTimes struct {
	clientMax, server, clientCPUMax, serverCPU time.Duration
	signedClientMax, signedServer              time.Duration // the same with a signature per update, as our transport sends
}

// plainRound measures a plaintext round of the same size: every client encodes its update as
// little-endian float32 bytes, the server decodes each and sums into float64. It returns the slowest
// client's encoding time and the server's time, as wall and as CPU time.
func plainRound(bc benchCase) plainTimes {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var pt plainTimes
	keys := NewDevKeyring(1, 1)
	signer := keys.Signers()[0]
	sum := make([]float64, bc.dim+1)
	buf := make([]byte, 4*(bc.dim+1))
	for i := 0; i < bc.n; i++ {
		u, w := benchInput(i, bc.dim)
		t0, c0 := time.Now(), threadCPU()
		b := buf[:0]
		for _, x := range u {
			b = binary.LittleEndian.AppendUint32(b, math.Float32bits(float32(x)))
		}
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(float32(w)))
		pt.clientMax = max(pt.clientMax, time.Since(t0))
		pt.clientCPUMax = max(pt.clientCPUMax, threadCPU()-c0)
		t0, c0 = time.Now(), threadCPU()
		for a := range sum {
			sum[a] += float64(math.Float32frombits(binary.LittleEndian.Uint32(b[4*a:])))
		}
		pt.server += time.Since(t0)
		pt.serverCPU += threadCPU() - c0
		// Signing and verifying the update's bytes, which every message of our transport carries.
		t0 = time.Now()
		d := sigDigest(b)
		sig, _ := signer.Sign(d)
		pt.signedClientMax = max(pt.signedClientMax, time.Since(t0))
		t0 = time.Now()
		_ = keys.Verify(signer.ID(), sigDigest(b), sig)
		pt.signedServer += time.Since(t0)
	}
	pt.signedClientMax += pt.clientMax
	pt.signedServer += pt.server
	return pt
}

// loadAvg is the 1-minute load average (Linux), so a reader can tell a quiet machine from a busy one.
func loadAvg() float64 {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return 0
	}
	v, _ := strconv.ParseFloat(f[0], 64)
	return v
}
