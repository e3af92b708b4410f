package zk

import (
	"bytes"
	"sync"
	"testing"
)

// TestConcurrentClassifiesCircuits: the dense circuits (Groth16, with and without the commitment,
// private weights too) share one constraint system; the LSTM, whose lookup tables keep solver state
// in the constraint system, does not, nor does PLONK.
func TestConcurrentClassifiesCircuits(t *testing.T) {
	dense := mustQuantize(t, randMLP(7, 5, 4, 3), QuantOptions{WBits: 8})
	salt := NewSalt()
	dense.WeightsSalt = &salt
	lstm := mustQuantize(t, randLSTM(1, 2, 2, 1, 2, 1), QuantOptions{TableBits: 6, InFrac: 4})
	cases := []struct {
		name string
		q    *QModel
		o    Options
		want bool
	}{
		{"mlp", dense, Options{}, true},
		{"mlp no commitment", dense, Options{Variant: VariantBinary}, true},
		{"mlp private", dense, Options{Private: true}, true},
		{"logreg", mustQuantize(t, randMLP(2, 6, 1), QuantOptions{}), Options{}, true},
		{"lstm", lstm, Options{}, false},
		{"mlp plonk", dense, Options{Scheme: PLONK}, false},
	}
	for _, c := range cases {
		cc, err := CompileWith(c.q, c.o)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := cc.Concurrent(); got != c.want {
			t.Errorf("%s: Concurrent() = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestProverPoolLSTMConcurrent proves an LSTM (lookup tables: not shareable) from several goroutines
// through a pool: every proof verifies, is bound to its own request, and the pool never holds more
// copies than its bound. Run with -race: proving the shared constraint system instead (Concurrent
// forced to true) is reported as a data race in gnark's lookup blueprint.
func TestProverPoolLSTMConcurrent(t *testing.T) {
	q := mustQuantize(t, randLSTM(1, 2, 2, 1, 2, 1), QuantOptions{TableBits: 6, InFrac: 4})
	f := newFixture(t, q, false, Groth16)
	const bound, n = 2, 6
	p := NewProverPool(f.c, bound)
	if p.Shared() {
		t.Fatal("an LSTM pool shares its constraint system")
	}
	type answer struct {
		req   *Request
		st    *Statement
		proof []byte
		err   error
	}
	out := make([]answer, n)
	var wg sync.WaitGroup
	for i := range n {
		req := f.request(randInput(uint64(i), q))
		out[i].req = req
		wg.Go(func() {
			out[i].st, out[i].proof, out[i].err = p.Prove(f.pk, f.id, req)
		})
	}
	wg.Wait()
	for i, a := range out {
		if a.err != nil {
			t.Fatalf("proof %d: %v", i, a.err)
		}
		if a.st.Nonce != a.req.Nonce {
			t.Errorf("proof %d answers another request", i)
		}
		if err := Verify(f.vk, a.st, a.proof); err != nil {
			t.Errorf("proof %d: %v", i, err)
		}
		for j := range i {
			if bytes.Equal(a.proof, out[j].proof) {
				t.Errorf("proofs %d and %d are equal", j, i)
			}
		}
	}
	if c := p.Copies(); c < 1 || c > bound {
		t.Errorf("%d copies, bound %d", c, bound)
	}
}
