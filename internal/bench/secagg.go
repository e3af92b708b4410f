package bench

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/cputime"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/protocol"
	"github.com/cohort-net/cohort/internal/secagg"
	"github.com/cohort-net/cohort/internal/task"
)

// secaggCase is one entry of the secagg suite: n clients of dim parameters and the fraction of
// clients that drop out after sending their shares; k and t are what a task of n trainers runs with
// by default (secagg.PlanParams at γ = 0.2, δ = 0.1), with failureLog2 the bound they achieve.
type secaggCase struct {
	name         string
	n, dim, k, t int
	dropout      float64
	failureLog2  float64
}

// planned fills in the default k and t for the case's n.
func (bc secaggCase) planned() (secaggCase, error) {
	p, err := secagg.PlanParams(bc.n, secagg.DefaultCorrupt, secagg.DefaultDropout)
	if err != nil {
		return bc, err
	}
	bc.k, bc.t, bc.failureLog2 = p.Neighbours, p.Threshold, p.FailureLog2
	return bc, nil
}

// RunSecAgg runs `cohort bench secagg`: one SecAgg+ round with n = 100 and one with n = 1000 clients
// of d = 100,000 parameters, 10 % of the clients dropping after sending their shares, each beside a
// plaintext round of the same size measured in the same run. It reads Quick and Workers.
func RunSecAgg(ctx context.Context, opts Options) ([]Result, error) {
	cases := []secaggCase{
		{name: "n100", n: 100, dim: 100_000, dropout: 0.1},
		{name: "n1000", n: 1000, dim: 100_000, dropout: 0.1},
	}
	if opts.Quick {
		cases = []secaggCase{
			{name: "n20-quick", n: 20, dim: 2_000, dropout: 0.1},
			{name: "n40-quick", n: 40, dim: 2_000, dropout: 0.1},
		}
	}
	var out []Result
	for _, bc := range cases {
		if err := ctx.Err(); err != nil {
			return out, err
		}
		bc, err := bc.planned()
		if err != nil {
			return out, fmt.Errorf("bench secagg %s: %w", bc.name, err)
		}
		r, err := runSecAggCase(ctx, bc, opts)
		if err != nil {
			return out, fmt.Errorf("bench secagg %s: %w", bc.name, err)
		}
		out = append(out, r)
	}
	return out, nil
}

// secaggInput is client i's update: uniform in [-1, 1], deterministic per client.
func secaggInput(i, dim int) ([]float64, float64) {
	rng := rand.New(rand.NewPCG(uint64(i), 0x5ecA99))
	u := make([]float64, dim)
	for a := range u {
		u[a] = rng.Float64()*2 - 1
	}
	return u, float64(100 + rng.IntN(900))
}

// secaggRound is what one secure round of a case measured.
type secaggRound struct {
	cfg    *secagg.Config
	res    *secagg.Result
	st     *secagg.SimStats
	maxErr float64 // the largest error of an update element against the plaintext sum
}

// simulateSecAgg runs the secure round of bc with its dropouts and checks the sum against the
// plaintext sum of the survivors' inputs.
func simulateSecAgg(ctx context.Context, bc secaggCase, workers int) (secaggRound, error) {
	signers, err := nodeKeys(bc.n)
	if err != nil {
		return secaggRound{}, err
	}
	ids := make([]cohort.NodeID, len(signers))
	for i, s := range signers {
		ids[i] = s.ID()
	}
	// What a task ships with: secp256k1 node keys, task.DefaultSecAggBits levels over
	// [-task.DefaultSecAggClip, task.DefaultSecAggClip], and the ring from every client's beacon
	// (trees of a 100-round task, built outside the timed work as a trainer does when it joins).
	trees := make([]*secagg.BeaconTree, len(ids))
	roots := make([][32]byte, len(ids))
	depth := protocol.BeaconDepth(&protocol.TaskSpec{Rounds: 100})
	for i := range trees {
		if trees[i], err = secagg.NewBeaconTree([32]byte{byte(i), byte(i >> 8), 'b'}, depth); err != nil {
			return secaggRound{}, err
		}
		roots[i] = trees[i].Root()
	}
	cfg, err := secagg.NewConfig(secagg.Params{
		Clients: ids, Neighbours: bc.k, Threshold: bc.t, Bits: task.DefaultSecAggBits, ClipRange: task.DefaultSecAggClip, Dim: bc.dim,
		TaskID: "bench-secagg", Round: 1, Seed: [32]byte{'b', 'e', 'n', 'c', 'h'},
		Beacons: roots, BeaconLeaf: protocol.BeaconLeaf(1, 1), BeaconDepth: depth,
	})
	if err != nil {
		return secaggRound{}, err
	}
	// 10 % of the clients, chosen at random, go silent after sending their shares.
	rng := rand.New(rand.NewPCG(42, uint64(bc.n)))
	drop := map[cohort.NodeID]secagg.Stage{}
	for _, i := range rng.Perm(bc.n)[:int(math.Round(bc.dropout*float64(bc.n)))] {
		drop[ids[i]] = secagg.StageMaskedInput
	}
	want := make([]float64, bc.dim+1)
	res, st, err := secagg.Simulate(ctx, cfg, signers, protocol.RecoverVerifier{Recover: identity.Recover}, secagg.SimOptions{
		Beacons:    trees,
		Workers:    workers,
		DropBefore: drop,
		Input: func(i int) ([]float64, float64) {
			u, w := secaggInput(i, bc.dim)
			for a, x := range u {
				want[a] += x
			}
			want[bc.dim] += w
			return u, w
		},
	})
	if err != nil {
		return secaggRound{}, err
	}
	if len(st.ClientErrors) > 0 || len(st.ServerErrors) > 0 {
		return secaggRound{}, fmt.Errorf("honest clients failed: %d client errors, %d refused messages", len(st.ClientErrors), len(st.ServerErrors))
	}
	// The error against the plaintext sum, in units of the bound m * step.
	var maxErr float64
	for a := 0; a < bc.dim; a++ {
		maxErr = max(maxErr, math.Abs(res.Sum[a]-want[a]))
	}
	if bound := float64(len(res.Survivors)) * cfg.QuantStep(); maxErr > bound || math.Abs(res.Sum[bc.dim]-want[bc.dim]) > 1e-6 {
		return secaggRound{}, fmt.Errorf("wrong sum: max error %g over the quantization bound %g", maxErr, bound)
	}
	return secaggRound{cfg: cfg, res: res, st: st, maxErr: maxErr}, nil
}

// nodeKeys generates n secp256k1 node keys (as trainers sign with), sorted by address.
func nodeKeys(n int) ([]secagg.Signer, error) {
	keys := make([]*identity.Key, n)
	for i := range keys {
		k, err := identity.Generate()
		if err != nil {
			return nil, err
		}
		keys[i] = k
	}
	slices.SortFunc(keys, func(a, b *identity.Key) int { x, y := a.ID(), b.ID(); return bytes.Compare(x[:], y[:]) })
	out := make([]secagg.Signer, n)
	for i, k := range keys {
		out[i] = k
	}
	return out, nil
}

// survivorStats sums and maximizes the survivors' client figures.
type survivorStats struct {
	clientSum, clientMax, cpuSum, cpuMax time.Duration
	bytesSum                             int
}

func (r secaggRound) survivorStats() survivorStats {
	index := map[cohort.NodeID]int{}
	for i, id := range r.cfg.Params().Clients {
		index[id] = i
	}
	var s survivorStats
	for _, id := range r.res.Survivors {
		i := index[id]
		s.clientSum += r.st.ClientTime[i]
		s.clientMax = max(s.clientMax, r.st.ClientTime[i])
		s.cpuSum += r.st.ClientCPU[i]
		s.cpuMax = max(s.cpuMax, r.st.ClientCPU[i])
		s.bytesSum += r.st.BytesSent[i]
	}
	return s
}

// maskedMsgLen is the encoded size of one client's masked input with a 64-byte signature.
func maskedMsgLen(cfg *secagg.Config) (int, error) {
	m := &secagg.MaskedMsg{Width: byte(cfg.ModulusBits() / 8), Vector: make([]uint64, cfg.VectorLen()), Sig: make([]byte, 64)}
	b, err := m.MarshalBinary()
	return len(b), err
}

// roundMS renders a duration in milliseconds with two decimals.
func roundMS(d time.Duration) float64 { return math.Round(float64(d.Microseconds())/10) / 100 }

func runSecAggCase(ctx context.Context, bc secaggCase, opts Options) (Result, error) {
	ResetPeakRSS()
	sr, err := simulateSecAgg(ctx, bc, opts.Workers)
	if err != nil {
		return Result{}, err
	}
	cfg, st := sr.cfg, sr.st
	ss := sr.survivorStats()
	m := len(sr.res.Survivors)
	bytesPer := float64(ss.bytesSum) / float64(m)
	maskedLen, err := maskedMsgLen(cfg)
	if err != nil {
		return Result{}, err
	}
	plainBytes := 4 * bc.dim

	pr := plainRound(bc)
	plain := pr.clientMax + pr.server
	plainCPU := pr.clientCPUMax + pr.serverCPU
	secRound := ss.clientMax + st.ServerTime
	secCPU := ss.cpuMax + st.ServerCPU

	r := Result{
		Name: bc.name,
		Metrics: map[string]any{
			"clients":                 bc.n,
			"dim":                     bc.dim,
			"neighbours":              cfg.Neighbours(),
			"threshold":               bc.t,
			"k":                       cfg.Neighbours(),
			"t":                       bc.t,
			"failure_log2":            bc.failureLog2,
			"corrupt_fraction":        secagg.DefaultCorrupt,
			"dropout_fraction":        secagg.DefaultDropout,
			"signature":               "secp256k1",
			"dropout":                 bc.dropout,
			"survivors":               m,
			"modulus_bits":            cfg.ModulusBits(),
			"quant_bits":              cfg.Params().Bits,
			"client_ms":               roundMS(ss.clientSum / time.Duration(m)),
			"client_max_ms":           roundMS(ss.clientMax),
			"client_cpu_ms":           roundMS(ss.cpuSum / time.Duration(m)),
			"client_cpu_max_ms":       roundMS(ss.cpuMax),
			"server_ms":               roundMS(st.ServerTime),
			"server_cpu_ms":           roundMS(st.ServerCPU),
			"server_advertise_ms":     roundMS(st.ServerStage[secagg.StageAdvertise]),
			"server_shares_ms":        roundMS(st.ServerStage[secagg.StageShareKeys]),
			"server_masked_ms":        roundMS(st.ServerStage[secagg.StageMaskedInput]),
			"server_consistency_ms":   roundMS(st.ServerStage[secagg.StageConsistency]),
			"server_unmask_ms":        roundMS(st.ServerStage[secagg.StageUnmask]),
			"load_avg_1m":             loadAvg(),
			"bytes_per_client":        math.Round(bytesPer),
			"masked_bytes_per_client": maskedLen,
			"key_bytes_per_client":    math.Round(bytesPer) - float64(maskedLen),
			"plain_bytes_per_client":  plainBytes,
			"bytes_ratio":             roundTo(bytesPer/float64(plainBytes), 3),
			"plain_round_ms":          roundMS(plain),
			"secagg_round_ms":         roundMS(secRound),
			"round_ratio":             roundTo(float64(secRound)/float64(plain), 2),
			"plain_round_cpu_ms":      roundMS(plainCPU),
			"plain_signed_round_ms":   roundMS(pr.signedClientMax + pr.signedServer),
			"round_ratio_signed":      roundTo(float64(secRound)/float64(pr.signedClientMax+pr.signedServer), 2),
			"secagg_round_cpu_ms":     roundMS(secCPU),
			"round_cpu_ratio":         roundTo(float64(secCPU)/float64(plainCPU), 2),
			"max_abs_error":           sr.maxErr,
			"peak_rss_mb":             math.Round(PeakRSSMB()),
		},
		Compare: fmt.Sprintf("plaintext round of the same size (each client encodes %d float32, the server decodes and sums all %d): %.2f ms; both rounds count the slowest client (clients run in parallel) plus the server; plain_signed_round_ms adds a signature per update as our transport sends; Bonawitz 2017 reports 1.73x expansion at 2^10 users",
			bc.dim, bc.n, float64(plain.Microseconds())/1000),
		Target: "k, t for a 2^-40 failure bound at γ=0.2, δ=0.1; n=100, d=100k: server <= 1 s, client <= 200 ms; n=1000: server <= 10 s; secure round <= 3x a signed plaintext round at n=100",
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
func plainRound(bc secaggCase) plainTimes {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var pt plainTimes
	signer, _ := identity.Generate()
	verifier := protocol.RecoverVerifier{Recover: identity.Recover}
	sum := make([]float64, bc.dim+1)
	buf := make([]byte, 4*(bc.dim+1))
	for i := 0; i < bc.n; i++ {
		u, w := secaggInput(i, bc.dim)
		t0, c0 := time.Now(), cputime.Thread()
		b := buf[:0]
		for _, x := range u {
			b = binary.LittleEndian.AppendUint32(b, math.Float32bits(float32(x)))
		}
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(float32(w)))
		pt.clientMax = max(pt.clientMax, time.Since(t0))
		pt.clientCPUMax = max(pt.clientCPUMax, cputime.Thread()-c0)
		t0, c0 = time.Now(), cputime.Thread()
		for a := range sum {
			sum[a] += float64(math.Float32frombits(binary.LittleEndian.Uint32(b[4*a:])))
		}
		pt.server += time.Since(t0)
		pt.serverCPU += cputime.Thread() - c0
		// Signing and verifying the update's bytes, which every message of our transport carries.
		t0 = time.Now()
		sig, _ := signer.Sign(sha256.Sum256(b))
		pt.signedClientMax = max(pt.signedClientMax, time.Since(t0))
		t0 = time.Now()
		_ = verifier.Verify(signer.ID(), sha256.Sum256(b), sig)
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

// roundTo rounds x to the given number of decimal places.
func roundTo(x float64, places int) float64 {
	p := math.Pow10(places)
	return math.Round(x*p) / p
}
