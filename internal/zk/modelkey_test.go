package zk

import (
	"bytes"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/cohort-net/cohort"
)

func privateDense(t testing.TB, seed uint64) *QModel {
	t.Helper()
	q := mustQuantize(t, randMLP(seed, 6, 4, 2), QuantOptions{WBits: 8})
	s := NewSalt()
	q.WeightsSalt = &s
	return q
}

// TestModelKeyBindsModel is the prover with another model than the registered one: the proving key
// serves every model of the shape, so a miner can prove with other weights (or the same weights and
// another salt, or one operand changed) against the registered model id; no such proof verifies under
// the registered model key.
func TestModelKeyBindsModel(t *testing.T) {
	q := privateDense(t, 9)
	f := newFixture(t, q, true, Groth16)
	other := func(name string, q2 *QModel) {
		c2, err := Compile(q2, true, Groth16)
		if err != nil {
			t.Fatal(err)
		}
		st, proof, err := c2.Prove(f.pk, f.id, f.request(randInput(3, q)))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := Verify(f.vk, st, proof); !errors.Is(err, ErrProof) {
			t.Errorf("%s: a proof with another model verified under the registered model key (%v)", name, err)
		}
	}
	q2 := privateDense(t, 10)
	q2.WeightsSalt = q.WeightsSalt
	other("other weights", q2)
	q3 := *q
	s := NewSalt()
	q3.WeightsSalt = &s
	other("another salt", &q3)
	q4 := *q
	q4.Layers = append([]QDense{}, q.Layers...)
	q4.Layers[1].B = append([]int64{q.Layers[1].B[0] + 1}, q.Layers[1].B[1:]...)
	other("one bias changed", &q4)
	// The honest model still proves (the fixture is sound).
	st, proof, err := f.c.Prove(f.pk, f.id, f.request(randInput(3, q)))
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(f.vk, st, proof); err != nil {
		t.Fatal(err)
	}
}

// TestModelKeyOpening is the model owner who registers a model key that folds no parameters it
// knows (K_0 shifted by a point of its choosing, which could let it answer with outputs of no
// model), or another model's opening: CheckModelKey refuses both; the honest key passes.
func TestModelKeyOpening(t *testing.T) {
	q := privateDense(t, 9)
	f := newFixture(t, q, true, Groth16)
	shape := f.vk.ShapeKey()
	if err := CheckModelKey(shape, f.vk, f.vk.Opening()); err != nil {
		t.Fatalf("honest model key refused: %v", err)
	}
	m := *f.vk.g16.(*groth16bn254.VerifyingKey)
	m.G1.K = append([]bn254.G1Affine{}, m.G1.K...)
	_, _, g, _ := bn254.Generators()
	m.G1.K[0].Add(&m.G1.K[0], &g)
	forged := &VerifyingKey{Scheme: Groth16, g16: &m}
	if err := CheckModelKey(shape, forged, f.vk.Opening()); cohort.Code(err) != cohort.EInvalid {
		t.Errorf("a shifted K_0 with the honest opening: %v", err)
	}
	q2 := privateDense(t, 10)
	k2, err := foldKey(shape, q2)
	if err != nil {
		t.Fatal(err)
	}
	if err := CheckModelKey(shape, f.vk, k2.Opening()); cohort.Code(err) != cohort.EInvalid {
		t.Errorf("another model's opening accepted: %v", err)
	}
	if err := CheckModelKey(shape, k2, k2.Opening()); err != nil {
		t.Errorf("the other model's own key: %v", err)
	}
	if err := checkModelKeyOf(shape, f.vk, q2); cohort.Code(err) != cohort.EInvalid {
		t.Errorf("a model key checked against another model: %v", err)
	}
	if err := CheckModelKey(shape, f.vk, f.vk.Opening()[:40]); cohort.Code(err) != cohort.EInvalid {
		t.Errorf("truncated opening: %v", err)
	}
}

// TestOverflowingSlots is the model owner (and prover) whose packed operands carry a weight wider
// than its slot leaves room for: row 0 of the first layer gets 2^b - 1 in every operand, so its sum of
// products carries into row 1's slot. The prover splits the sums at face value (a slot hint that
// returns each row's sum of products, overflowing slot 0) and claims the outputs of the oversized
// weight read at face value: the slots' range checks refuse the split, so the outputs stay the
// deterministic function of the registered parameters that the canonical split gives.
func TestOverflowingSlots(t *testing.T) {
	q := mustQuantize(t, randMLP(13, 4, 3), QuantOptions{WBits: 8})
	s := NewSalt()
	q.WeightsSalt = &s
	b, p := q.denseSlots(0)
	if len(q.Layers) != 1 || p < 2 {
		t.Fatal("want a one-layer model of several rows per operand")
	}
	rows := len(q.Layers[0].W)
	c := NewCircuit(q, true)
	c.noCommit = true
	x := randInput(4, q)
	a, _ := assignment(t, c, x, Element{0, 1})
	wOff := int64(1) << (q.WBits - 1)
	xOff := int64(1) << (q.InBits - 1)
	face := int64(1)<<b - 1 // row 0's offset weight, at face value
	// Face-value slot values of T = sum_i W_i v_i and of sum_i W_i, and the outputs they give.
	S, R := make([]*big.Int, rows), make([]*big.Int, rows)
	outs := make([]int64, rows)
	for k := range rows {
		S[k], R[k] = new(big.Int), new(big.Int)
		acc := q.Layers[0].B[k]
		for i := range q.Inputs() {
			u := q.Layers[0].W[k][i] + wOff
			if k == 0 {
				u = face
			}
			S[k].Add(S[k], big.NewInt(u*(x[i]+xOff)))
			R[k].Add(R[k], big.NewInt(u))
			acc += (u - wOff) * x[i]
		}
		outs[k] = acc
	}
	a.Packed = (&Statement{OutputBits: q.OutputBits(), Outputs: outs}).packedVars()
	for i := range q.Inputs() {
		a.Params[i] = new(big.Int).Add(a.Params[i].(*big.Int), big.NewInt(face-q.Layers[0].W[0][i]-wOff))
	}
	pack := func(v []*big.Int) string {
		t := new(big.Int)
		for k := len(v) - 1; k >= 0; k-- {
			t.Lsh(t, uint(b)).Add(t, v[k])
		}
		return t.String()
	}
	faceSplit := map[string][]*big.Int{pack(S): S, pack(R): R}
	cheat := func(field *big.Int, in, out []*big.Int) error {
		if v, ok := faceSplit[in[0].String()]; ok && len(v) == len(out) {
			for k := range out {
				out[k].Set(v[k])
			}
			return nil
		}
		return slotsHint(field, in, out)
	}
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
	if err != nil {
		t.Fatal(err)
	}
	w, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	used := false
	err = ccs.IsSolved(w, solver.OverrideHint(solver.GetHintID(slotsHint), func(f *big.Int, in, out []*big.Int) error {
		used = used || faceSplit[in[0].String()] != nil
		return cheat(f, in, out)
	}))
	if !used {
		t.Fatal("the face-value split was never asked for: the test does not reach the slots")
	}
	if err == nil {
		t.Error("outputs of an overflowing slot read at face value were accepted")
	}
}

// TestModelKeyDir: a private dense key directory holds the model key, its shape key and opening, and
// loads back checked; a directory whose opening or model was tampered with is refused.
func TestModelKeyDir(t *testing.T) {
	q := privateDense(t, 9)
	f := newFixture(t, q, true, Groth16)
	dir := t.TempDir()
	if err := SaveKeys(dir, CircuitFileOf(f.c, f.id), f.pk, f.vk); err != nil {
		t.Fatal(err)
	}
	cf, _, vk, err := LoadKeys(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	if cf.Weights != WeightsKeyFormat || !cf.IDIsKeyHash() {
		t.Errorf("circuit.json weights %q", cf.Weights)
	}
	if id, _ := ModelIDFromVK(vk); id != f.id {
		t.Error("reloaded model key has another id")
	}
	st, proof, err := f.c.Prove(f.pk, f.id, f.request(randInput(1, q)))
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(vk, st, proof); err != nil {
		t.Fatal(err)
	}
	op, err := os.ReadFile(filepath.Join(dir, OpeningFileName))
	if err != nil {
		t.Fatal(err)
	}
	op[len(op)-1] ^= 1
	if err := os.WriteFile(filepath.Join(dir, OpeningFileName), op, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, _, err := LoadKeys(dir, false); cohort.Code(err) != cohort.EInvalid {
		t.Errorf("tampered opening: %v", err)
	}
	op[len(op)-1] ^= 1
	if err := os.WriteFile(filepath.Join(dir, OpeningFileName), op, 0o644); err != nil {
		t.Fatal(err)
	}
	cb, err := os.ReadFile(filepath.Join(dir, CircuitFileName))
	if err != nil {
		t.Fatal(err)
	}
	q2 := privateDense(t, 10)
	q2.WeightsSalt = q.WeightsSalt
	cf.Model = q2
	if err := WriteJSON(filepath.Join(dir, CircuitFileName), cf); err != nil {
		t.Fatal(err)
	}
	if _, _, _, err := LoadKeys(dir, false); cohort.Code(err) != cohort.EInvalid || !strings.Contains(err.Error(), "does not fold") {
		t.Errorf("another model under the model key: %v", err)
	}
	// An older private dense directory (no "weights"): refused, naming the older commitment.
	old := bytes.Replace(cb, []byte(`"weights": "`+WeightsKeyFormat+`",`), nil, 1)
	if bytes.Equal(old, cb) {
		t.Fatal("circuit.json names no weights format")
	}
	if err := os.WriteFile(filepath.Join(dir, CircuitFileName), old, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, _, err := LoadKeys(dir, false); cohort.Code(err) != cohort.EInvalid || !strings.Contains(err.Error(), "weights commitment v3") {
		t.Errorf("older private directory: %v", err)
	}
}
