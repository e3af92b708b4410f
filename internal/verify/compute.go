package verify

import (
	"crypto/sha256"
	"encoding/binary"
	"math"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/cohort-net/cohort"
)

// ComputeChallenge is a validator's compute check of a node's claimed hardware: a timed, verifiable
// workload. From a seed the validator draws when it sends the challenge (so nothing can be computed
// ahead) and the node's address (so one node's answer is not another's), two N x N matrices of 64-bit
// integers are derived; the node multiplies Reps times in a chain (A <- A*B, wrapping modulo 2^64:
// exact, the same bits on every machine) and answers the SHA-256 of the last product. The validator
// recomputes the answer, times the round trip and compares the throughput with what the node's
// claimed cores should give (ScoreCompute).
type ComputeChallenge struct {
	Seed [32]byte
	Node cohort.NodeID
	N    int
	Reps int
}

// Compute challenge bounds.
const (
	MaxComputeN    = 1024
	MaxComputeReps = 64
	// RefOpsPerCore is SolveCompute's throughput on one core of the reference machine: the rate a
	// claimed core is held to (two operations, a multiply and an add, per inner step). `go test
	// ./internal/verify -run ComputeThroughput -v` measures it: 5.6-7.4e8 at N = 256 on a shared
	// 2-vCPU VM under heavy load, the best of three rounded here.
	RefOpsPerCore = 7.5e8
)

// Check validates a challenge's size.
func (c ComputeChallenge) Check() error {
	if c.N < 8 || c.N > MaxComputeN || c.Reps < 1 || c.Reps > MaxComputeReps {
		return cohort.Errorf(cohort.EInvalid, "compute challenge: n %d reps %d: want 8..%d and 1..%d", c.N, c.Reps, MaxComputeN, MaxComputeReps)
	}
	return nil
}

// Ops is the challenge's operation count: 2 N^3 per product.
func (c ComputeChallenge) Ops() float64 { return 2 * math.Pow(float64(c.N), 3) * float64(c.Reps) }

// SolveCompute computes the challenge's answer with the given number of workers (rows split among
// them; the result does not depend on it).
func SolveCompute(c ComputeChallenge, workers int) ([32]byte, error) {
	if err := c.Check(); err != nil {
		return [32]byte{}, err
	}
	n := c.N
	h := sha256.New()
	h.Write([]byte("cohort/verify/compute\x00"))
	h.Write(c.Seed[:])
	h.Write(c.Node[:])
	var key [32]byte
	copy(key[:], h.Sum(nil))
	rng := rand.New(rand.NewChaCha8(key))
	a, b := make([]uint64, n*n), make([]uint64, n*n)
	for i := range a {
		a[i] = rng.Uint64()
	}
	for i := range b {
		b[i] = rng.Uint64()
	}
	out := make([]uint64, n*n)
	workers = max(1, min(workers, n))
	for range c.Reps {
		var wg sync.WaitGroup
		for w := range workers {
			wg.Go(func() { mulRows(out, a, b, n, w*n/workers, (w+1)*n/workers) })
		}
		wg.Wait()
		a, out = out, a
	}
	h.Reset()
	h.Write([]byte("cohort/verify/compute/answer\x00"))
	buf := make([]byte, 8*len(a))
	for i, x := range a {
		binary.LittleEndian.PutUint64(buf[8*i:], x)
	}
	h.Write(buf)
	return [32]byte(h.Sum(nil)), nil
}

// mulRows sets rows lo..hi of out to those of a*b (n x n, row-major, modulo 2^64).
func mulRows(out, a, b []uint64, n, lo, hi int) {
	for i := lo; i < hi; i++ {
		row := out[i*n : (i+1)*n]
		clear(row)
		for k := 0; k < n; k++ {
			aik := a[i*n+k]
			bk := b[k*n : (k+1)*n]
			for j := range row {
				row[j] += aik * bk[j]
			}
		}
	}
}

// ComputeScore is a node's compute check: whether its answer was right, the throughput it showed and
// the one its claimed cores should give, and their ratio capped at 1 (0 for a wrong answer), the
// component reputation takes from it.
type ComputeScore struct {
	Valid     bool
	OpsPerSec float64
	Claimed   float64
	Ratio     float64
}

// ScoreCompute scores a node's answer to c, received elapsed after the challenge was sent, against
// its claimed cores (the hardware it registered). The validator recomputes the answer itself.
func ScoreCompute(c ComputeChallenge, answer [32]byte, elapsed time.Duration, cores, workers int) (ComputeScore, error) {
	want, err := SolveCompute(c, workers)
	if err != nil {
		return ComputeScore{}, err
	}
	s := ComputeScore{Claimed: float64(max(cores, 1)) * RefOpsPerCore}
	if answer != want || elapsed <= 0 {
		return s, nil
	}
	s.Valid = true
	s.OpsPerSec = c.Ops() / elapsed.Seconds()
	s.Ratio = math.Min(1, s.OpsPerSec/s.Claimed)
	return s, nil
}
