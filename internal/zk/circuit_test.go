package zk

import (
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
	var id Element
	if private {
		id = Element(q.WeightsCommitment())
	} else {
		id = Element{0, 1, 2}
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
	if private {
		bad("wrong model id", func(a *Circuit) { a.ModelID = 99 })
		bad("other weights", func(a *Circuit) { a.Weights[0] = fieldInt(1) })
		bad("another weights salt", func(a *Circuit) { a.WeightsSalt[0] = 1 })
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
// in both variants: the public-weight circuit (activations, input commitment), the weights commitment
// compiled alone (operands, packed biases, the Poseidon2 sponge; the older form, every weight
// range-checked and packed, beside it), and the packed multiply-accumulates with their slot checks
// (the rest). Heavy: set COHORT_ZK_COMPONENTS=1 (=binary: the default variant only).
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
	v, w := q.flatParams()
	variants := []bool{true, false}
	if os.Getenv("COHORT_ZK_COMPONENTS") == "binary" {
		variants = variants[:1]
	}
	for _, binary := range variants {
		pubC := NewCircuit(q, false)
		pubC.noCommit = binary
		pub := count(pubC)
		ops := count(&commitOnly{Weights: make([]frontend.Variable, len(v)), q: q, binary: binary})
		old := count(&commitOnly{Weights: make([]frontend.Variable, len(v)), q: q, binary: binary, widths: w})
		all := NewCircuit(q, true)
		all.noCommit = binary
		total := count(all)
		t.Logf("binary=%v: %d weights; total %d = public-weight part %d + weights commitment %d (operands; every weight range-checked instead: %d) + MACs and slot checks %d",
			binary, len(v), total, pub, ops, old, total-pub-ops)
	}
}

// commitOnly is the weights commitment of a private circuit alone: of the packed operands, or with
// widths of every weight range-checked and packed.
type commitOnly struct {
	Weights []frontend.Variable
	Out     frontend.Variable `gnark:",public"`
	q       *QModel
	binary  bool
	widths  []int
}

func (c *commitOnly) Define(api frontend.API) error {
	g := newGadgets(api)
	if c.binary {
		g = newPlainGadgets(api)
	}
	head := make([]frontend.Variable, len(c.q.weightsHeader()))
	for i := range head {
		head[i] = i
	}
	var h frontend.Variable
	var err error
	if c.widths != nil {
		h, err = g.packCommit(head, c.Weights, c.widths)
	} else {
		_, elems := newWeightSource(api, c.q, true, c.Weights).operands(g, c.q)
		h, err = g.sponge(append(head, elems...))
	}
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
