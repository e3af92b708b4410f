package zk

import (
	"math/big"
	"math/rand/v2"
	"os"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/test"
)

// randDense returns a layer with weights uniform in +-scale.
func randDense(r *rand.Rand, in, out int, scale float64) Dense {
	d := Dense{W: make([][]float64, out), B: make([]float64, out)}
	for j := range d.W {
		d.W[j] = make([]float64, in)
		for i := range d.W[j] {
			d.W[j][i] = (2*r.Float64() - 1) * scale
		}
		d.B[j] = (2*r.Float64() - 1) * scale
	}
	return d
}

func randMLP(seed uint64, sizes ...int) *Model {
	r := rand.New(rand.NewPCG(seed, 1))
	m := &Model{Kind: KindMLP}
	if len(sizes) == 2 && sizes[1] == 1 {
		m.Kind = KindLogReg
	}
	for l := 0; l+1 < len(sizes); l++ {
		m.Layers = append(m.Layers, randDense(r, sizes[l], sizes[l+1], 1))
	}
	return m
}

func randLSTM(seed uint64, in, hidden, cells, steps, out int) *Model {
	r := rand.New(rand.NewPCG(seed, 2))
	m := &Model{Kind: KindLSTM, Steps: steps}
	for l := 0; l < cells; l++ {
		wx := randDense(r, in, 4*hidden, 0.6)
		wh := randDense(r, hidden, 4*hidden, 0.6)
		m.LSTM = append(m.LSTM, LSTMLayer{Wx: wx.W, Wh: wh.W, B: wx.B})
		in = hidden
	}
	m.Layers = []Dense{randDense(r, hidden, out, 1)}
	return m
}

func randInput(seed uint64, q *QModel) []int64 {
	r := rand.New(rand.NewPCG(seed, 3))
	x := make([]float64, q.Inputs())
	for i := range x {
		x[i] = 2*r.Float64() - 1
	}
	return q.QuantizeInput(x)
}

func mustQuantize(t testing.TB, m *Model, o QuantOptions) *QModel {
	t.Helper()
	q, err := Quantize(m, o)
	if err != nil {
		t.Fatal(err)
	}
	return q
}

var testProver = [20]byte{0xaa, 1, 2, 3}

// assignment returns a valid witness for x, computed by the reference.
func assignment(t testing.TB, c *Circuit, x []int64, id Element) (*Circuit, *Statement) {
	t.Helper()
	out, err := c.model.Infer(x)
	if err != nil {
		t.Fatal(err)
	}
	salt := Element{0, 9, 9}
	st := &Statement{ModelID: id, Nonce: Element{0, 7}, Prover: testProver,
		InputCommit: Element(c.model.InputCommitment(x, salt)), OutputBits: c.model.OutputBits(), Outputs: out}
	return c.Assignment(st, x, salt), st
}

// checkCircuit asserts that the reference's answer satisfies the circuit and that a wrong output, a
// wrong input commitment and (with private weights) a wrong model id do not.
func checkCircuit(t *testing.T, q *QModel, private bool, x []int64) {
	t.Helper()
	checkCircuitWith(t, q, Options{Private: private}, x)
}

func checkCircuitWith(t *testing.T, q *QModel, o Options, x []int64) {
	t.Helper()
	private := o.Private
	if private && q.WeightsSalt == nil {
		s := NewSalt()
		q.WeightsSalt = &s
	}
	c := NewCircuit(q, private)
	o, err := o.resolve(q)
	if err != nil {
		t.Fatal(err)
	}
	c.noCommit = o.Variant == VariantBinary
	id := Element{0, 1, 2}
	if private && q.Kind == KindLSTM {
		id = Element(q.WeightsCommitment())
	}
	good, st := assignment(t, c, x, id)
	field := ecc.BN254.ScalarField()
	if err := test.IsSolved(c, good, field); err != nil {
		t.Fatalf("valid witness rejected: %v", err)
	}
	bad := func(name string, mutate func(a *Circuit)) {
		a, _ := assignment(t, c, x, id)
		mutate(a)
		if err := test.IsSolved(c, a, field); err == nil {
			t.Errorf("%s: invalid witness accepted", name)
		}
	}
	bad("wrong output", func(a *Circuit) {
		o := append([]int64(nil), st.Outputs...)
		o[0]++
		a.Packed = (&Statement{OutputBits: st.OutputBits, Outputs: o}).packedVars()
	})
	bad("wrong commitment", func(a *Circuit) { a.InputCommit = 12345 })
	bad("input not matching commitment", func(a *Circuit) { a.Input[0] = fieldInt(x[0] + 1) })
	bad("another input salt", func(a *Circuit) { a.InputSalt = 1 })
	bad("out-of-range input", func(a *Circuit) {
		v := int64(1) << (q.InBits - 1)
		a.Input[0] = v
	})
	switch {
	case private && q.Kind == KindLSTM:
		bad("wrong model id", func(a *Circuit) { a.ModelID = 99 })
		bad("other weights", func(a *Circuit) { a.Weights[0] = fieldInt(1) })
		bad("another weights salt", func(a *Circuit) { a.WeightsSalt[0] = 1 })
	case private:
		// The model key binds the parameters (modelkey_test.go); the circuit computes with them.
		// Row 0 of the last layer gets every weight raised by one (its operands, one per input,
		// follow the earlier layers'): its output moves by the sum of the last hidden activations.
		bad("another operand", func(a *Circuit) {
			off := 0
			for l := range q.Layers[:len(q.Layers)-1] {
				_, p := q.denseSlots(l)
				off += (len(q.Layers[l].W) + p - 1) / p * len(q.Layers[l].W[0])
			}
			for i := range q.Layers[len(q.Layers)-1].W[0] {
				a.Params[off+i] = new(big.Int).Add(a.Params[off+i].(*big.Int), big.NewInt(1))
			}
		})
		bad("another bias", func(a *Circuit) {
			i := len(a.Params) - 1 - q.Outputs()
			a.Params[i] = new(big.Int).Add(a.Params[i].(*big.Int), big.NewInt(1))
		})
	}
}

func TestLogRegCircuit(t *testing.T) {
	q := mustQuantize(t, randMLP(1, 6, 1), QuantOptions{})
	checkCircuit(t, q, false, randInput(1, q))
	checkCircuit(t, q, true, randInput(2, q))
}

func TestMLPCircuit(t *testing.T) {
	q := mustQuantize(t, randMLP(2, 8, 6, 5, 3), QuantOptions{})
	for s := range uint64(3) {
		checkCircuit(t, q, false, randInput(s, q))
	}
	checkCircuitWith(t, q, Options{Variant: VariantBinary}, randInput(9, q))
	q8 := mustQuantize(t, randMLP(3, 8, 4, 3), QuantOptions{WBits: 8})
	checkCircuit(t, q8, true, randInput(5, q8))
}

func TestLSTMCircuit(t *testing.T) {
	q := mustQuantize(t, randLSTM(4, 3, 4, 2, 3, 2), QuantOptions{TableBits: 10, InFrac: 7})
	checkCircuit(t, q, false, randInput(1, q))
	if testing.Short() {
		return
	}
	checkCircuit(t, q, true, randInput(2, q))
}

// TestLSTMSaturation drives pre-activations far outside the tables so that clamping is exercised.
func TestLSTMSaturation(t *testing.T) {
	m := randLSTM(5, 2, 3, 1, 2, 1)
	for r := range m.LSTM[0].Wx {
		for i := range m.LSTM[0].Wx[r] {
			m.LSTM[0].Wx[r][i] *= 20
		}
	}
	q := mustQuantize(t, m, QuantOptions{TableBits: 8, InFrac: 6})
	x := q.QuantizeInput([]float64{3, -3, -3, 3})
	checkCircuit(t, q, false, x)
}

// TestCompiledConstraints pins the circuit sizes that matter for proving time.
func TestCompiledConstraints(t *testing.T) {
	q := mustQuantize(t, randMLP(2, 8, 6, 3), QuantOptions{})
	c, err := Compile(q, false, Groth16)
	if err != nil {
		t.Fatal(err)
	}
	if c.Constraints() <= 0 || c.Constraints() > 2000 {
		t.Fatalf("%d constraints", c.Constraints())
	}
	_ = frontend.Variable(0)
}

// TestPrivateConstraintsByComponent logs the private-weight MLP 784-128-10's constraints by component
// in both variants: the public-weight circuit (activations, input commitment), the packed
// multiply-accumulates with their slot checks (the rest), and beside them what the weights
// commitment of the previous version cost in the circuit (a Poseidon2 sponge over the same
// parameters, compiled alone; the model key costs no constraint). Heavy: set COHORT_ZK_COMPONENTS=1
// (=binary: the default variant only).
func TestPrivateConstraintsByComponent(t *testing.T) {
	if testing.Short() || os.Getenv("COHORT_ZK_COMPONENTS") == "" {
		t.Skip("set COHORT_ZK_COMPONENTS=1 (compiles the 784-128-10 circuit several times)")
	}
	q := mustQuantize(t, randMLP(21, 784, 128, 10), QuantOptions{InFrac: 8, InBits: 9, ActBits: 24, WBits: 8})
	s := NewSalt()
	q.WeightsSalt = &s
	count := func(c frontend.Circuit) int {
		cs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
		if err != nil {
			t.Fatal(err)
		}
		return cs.GetNbConstraints()
	}
	v, _ := q.flatParams()
	variants := []bool{true, false}
	if os.Getenv("COHORT_ZK_COMPONENTS") == "binary" {
		variants = variants[:1]
	}
	for _, binary := range variants {
		pubC := NewCircuit(q, false)
		pubC.noCommit = binary
		pub := count(pubC)
		all := NewCircuit(q, true)
		all.noCommit = binary
		total := count(all)
		hash := count(&hashOnly{Elems: make([]frontend.Variable, len(q.weightsHeader())+len(all.Params)-1)})
		t.Logf("binary=%v: %d weights, %d parameters; total %d = public-weight part %d + MACs and slot checks %d (+ 0 for the model key; an in-circuit Poseidon2 commitment of the parameters: %d)",
			binary, len(v), len(all.Params), total, pub, total-pub, hash)
	}
}

// hashOnly is the Poseidon2 sponge over its elements alone: what an in-circuit weights commitment
// costs.
type hashOnly struct {
	Elems []frontend.Variable
	Out   frontend.Variable `gnark:",public"`
}

func (c *hashOnly) Define(api frontend.API) error {
	h, err := newPlainGadgets(api).sponge(c.Elems)
	if err != nil {
		return err
	}
	api.AssertIsEqual(h, c.Out)
	return nil
}

// slotCircuit checks a split of T into 3 slots of 10 bits given by the witness (a cheating prover's
// hint).
type slotCircuit struct {
	T     frontend.Variable `gnark:",public"`
	Slots [3]frontend.Variable
}

func (c *slotCircuit) Define(api frontend.API) error {
	newGadgets(api).checkSlots(c.T, c.Slots[:], 10)
	return nil
}

// TestSlotSplitUnique: the packed dense layer reads each row's sum from a slot; a prover who moves
// 2^10 from one slot into the next (the same T) would change two outputs. The range checks refuse it.
func TestSlotSplitUnique(t *testing.T) {
	s0, s1, s2 := int64(1000), int64(5), int64(700)
	T := s0 + s1<<10 + s2<<20
	field := ecc.BN254.ScalarField()
	good := &slotCircuit{T: T, Slots: [3]frontend.Variable{s0, s1, s2}}
	if err := test.IsSolved(&slotCircuit{}, good, field); err != nil {
		t.Fatalf("honest split refused: %v", err)
	}
	for name, a := range map[string]*slotCircuit{
		"carry moved down": {T: T, Slots: [3]frontend.Variable{s0 + 1<<10, s1 - 1, s2}},
		"negative slot":    {T: T, Slots: [3]frontend.Variable{fieldInt(s0 - 1<<10), s1 + 1, s2}},
	} {
		if err := test.IsSolved(&slotCircuit{}, a, field); err == nil {
			t.Errorf("%s: a non-canonical split was accepted", name)
		}
	}
}
