package verify

import (
	"testing"
	"time"

	"github.com/cohort-net/cohort"
)

func challenge(seed byte, node byte) ComputeChallenge {
	return ComputeChallenge{Seed: [32]byte{seed}, Node: cohort.NodeID{node}, N: 64, Reps: 3}
}

func TestSolveComputeIsDeterministic(t *testing.T) {
	c := challenge(1, 1)
	a, err := SolveCompute(c, 1)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []int{2, 3, 7, 64, 1000} {
		if b, _ := SolveCompute(c, w); b != a {
			t.Fatalf("%d workers give another answer", w)
		}
	}
	if err := (ComputeChallenge{N: 4, Reps: 1}).Check(); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("a tiny challenge: %v", err)
	}
}

// A node cannot answer with work done before the challenge (another seed) or by another node (the
// same seed, another address): the answer is wrong and scores 0.
func TestAttackComputeAnswerReused(t *testing.T) {
	c := challenge(7, 1)
	for name, other := range map[string]ComputeChallenge{"old seed": challenge(6, 1), "other node": challenge(7, 2)} {
		ans, err := SolveCompute(other, 2)
		if err != nil {
			t.Fatal(err)
		}
		s, err := ScoreCompute(c, ans, time.Millisecond, 1, 2)
		if err != nil {
			t.Fatal(err)
		}
		if s.Valid || s.Ratio != 0 {
			t.Fatalf("%s: score %+v for a reused answer", name, s)
		}
	}
}

// A node that claims more cores than it has answers at the speed of the cores it has: its ratio is
// what it really has over what it claims, and an honest claim scores 1.
func TestAttackComputeOverclaimedHardware(t *testing.T) {
	c := challenge(3, 9)
	ans, _ := SolveCompute(c, 2)
	real := 2.0
	elapsed := time.Duration(c.Ops() / (real * RefOpsPerCore) * float64(time.Second)) // what 2 reference cores take
	honest, _ := ScoreCompute(c, ans, elapsed, 2, 2)
	liar, _ := ScoreCompute(c, ans, elapsed, 32, 2)
	if !honest.Valid || honest.Ratio < 0.99 {
		t.Fatalf("honest claim: %+v", honest)
	}
	if !liar.Valid || liar.Ratio > real/32+0.01 {
		t.Fatalf("32 cores claimed, 2 used: %+v", liar)
	}
}

// TestComputeThroughput measures SolveCompute's rate on this machine (RefOpsPerCore's source); it
// asserts nothing about time.
func TestComputeThroughput(t *testing.T) {
	if testing.Short() {
		t.Skip("measurement")
	}
	c := ComputeChallenge{N: 256, Reps: 2}
	begin := time.Now()
	if _, err := SolveCompute(c, 1); err != nil {
		t.Fatal(err)
	}
	d := time.Since(begin)
	t.Logf("N=256, 2 products, 1 worker: %s, %.3g ops/s (RefOpsPerCore %.3g)", d, c.Ops()/d.Seconds(), RefOpsPerCore)
}
