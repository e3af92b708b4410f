package zk

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/cohort-net/cohort"
)

// bruteForceInput is the attacker on a statement's input commitment: it knows the model (hence the
// input format) and tries every input of a small candidate set, hashing each with the salt it guesses.
func bruteForceInput(q *QModel, commit Element, values []int64, guess Element) (found []int64, tries int) {
	x := make([]int64, q.Inputs())
	idx := make([]int, len(x))
	for {
		for i := range x {
			x[i] = values[idx[i]]
		}
		tries++
		if Element(q.InputCommitment(x, guess)) == commit {
			return append([]int64(nil), x...), tries
		}
		i := 0
		for ; i < len(idx); i++ {
			if idx[i]+1 < len(values) {
				idx[i]++
				break
			}
			idx[i] = 0
		}
		if i == len(idx) {
			return nil, tries
		}
	}
}

// TestBruteForceInput: a statement about a low-entropy input (three yes/no features) must not reveal
// it. Unsalted (format 1, reproduced with salt zero), hashing the 8 candidates finds it; with the
// requester's random salt, no candidate matches.
func TestBruteForceInput(t *testing.T) {
	q := mustQuantize(t, randMLP(11, 3, 2), QuantOptions{})
	one := int64(1) << q.InFrac
	secret := []int64{one, 0, one}
	values := []int64{0, one}

	found, tries := bruteForceInput(q, Element(q.InputCommitment(secret, Element{})), values, Element{})
	if found == nil {
		t.Fatal("the attacker did not recover an unsalted input: the attack test is broken")
	}
	t.Logf("unsalted input recovered after %d hashes: %v", tries, found)

	f := newFixture(t, q, false, Groth16)
	req := f.request(secret)
	st, proof, err := f.c.Prove(f.pk, f.id, req)
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(f.vk, st, proof); err != nil {
		t.Fatal(err)
	}
	// What a verifier sees (the statement, the proof) carries no salt.
	b, _ := json.Marshal(Response{Statement: *st, Proof: proof})
	if bytes.Contains(b, []byte(strings.TrimPrefix(req.Salt.String(), "0x"))) {
		t.Fatal("the response carries the salt")
	}
	for _, guess := range []Element{{}, {31: 1}} {
		if found, tries := bruteForceInput(q, st.InputCommit, values, guess); found != nil {
			t.Fatalf("salted input recovered after %d hashes: %v", tries, found)
		}
	}
	// A request without a salt is refused rather than proven with an unsalted commitment.
	req.Salt = Element{}
	if _, _, err := f.c.Prove(f.pk, f.id, req); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("unsalted request: %v", err)
	}
}

// TestWeightsIDBindsShape: the model id of an LSTM's private weights absorbs a domain tag, the shape
// and formats and the owner's salt: the same weight values under another scale or salt give another
// id. (A private dense model's id is its model key's hash: the shape and formats are the circuit's,
// the salt is folded in; modelkey_test.go.)
func TestWeightsIDBindsShape(t *testing.T) {
	q := mustQuantize(t, randLSTM(12, 2, 3, 1, 2, 1), QuantOptions{TableBits: 6, InFrac: 4})
	s := NewSalt()
	q.WeightsSalt = &s
	id := q.WeightsCommitment()
	q2 := *q
	q2.InFrac++
	if q2.WeightsCommitment() == id {
		t.Error("another input scale, same id")
	}
	q3 := *q
	q3.ActBits++
	if q3.WeightsCommitment() == id {
		t.Error("another activation width, same id")
	}
	s2 := NewSalt()
	q4 := *q
	q4.WeightsSalt = &s2
	if q4.WeightsCommitment() == id {
		t.Error("another salt, same id")
	}
	q5 := *mustQuantize(t, randMLP(12, 4, 3, 2), QuantOptions{WBits: 8})
	if _, err := Compile(&q5, true, Groth16); cohort.Code(err) != cohort.EInvalid || !strings.Contains(err.Error(), "weights_salt") {
		t.Errorf("private weights without a salt: %v", err)
	}
}

// TestPackedOutputsAttack is the miner (or a relay) who holds one honest proof and presents other
// outputs for it. The outputs reach the verifier packed several to a public input, so two kinds of
// statement could share the honest packed elements: outputs that borrow across slots (the first up by
// 2^bits, the second down by one), refused because every output must fit the statement's width; and a
// statement naming a wider output width whose one slot reads the honest element's slots as a single
// output, refused because each packed element carries its width in its low bits.
func TestPackedOutputsAttack(t *testing.T) {
	f := newFixture(t, tinyModel(t), false, Groth16)
	st, proof, err := f.c.Prove(f.pk, f.id, f.request(randInput(5, f.c.Model)))
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Outputs) < 2 || OutputsPerElement(st.OutputBits) < 2 {
		t.Fatalf("%d outputs of %d bits: no two in one element", len(st.Outputs), st.OutputBits)
	}
	borrow := *st
	borrow.Outputs = append([]int64(nil), st.Outputs...)
	borrow.Outputs[0] += 1 << st.OutputBits
	borrow.Outputs[1]--
	if packed, honest := packOutputs(borrow.OutputBits, borrow.Outputs), packOutputs(st.OutputBits, st.Outputs); packed[0].Cmp(honest[0]) != 0 {
		t.Fatal("the borrowed outputs do not pack as the honest ones: the test attacks nothing")
	}
	if err := Verify(f.vk, &borrow, proof); err == nil {
		t.Errorf("outputs borrowing across slots (%v for %v) verify", borrow.Outputs, st.Outputs)
	}

	// The wider statement, on a one-output model: the honest slot read as one output one bit wider.
	f = newFixture(t, mustQuantize(t, randMLP(21, 2, 1), QuantOptions{}), false, Groth16)
	st, proof, err = f.c.Prove(f.pk, f.id, f.request(randInput(1, f.c.Model)))
	if err != nil {
		t.Fatal(err)
	}
	if st.OutputBits >= 64 {
		t.Fatalf("%d-bit outputs: no wider width", st.OutputBits)
	}
	wide := *st
	wide.OutputBits++
	wide.Outputs = []int64{st.Outputs[0] - 1<<(st.OutputBits-1)}
	if err := checkOutputs(wide.OutputBits, wide.Outputs); err != nil {
		t.Fatalf("the wide statement is not canonical: %v", err)
	}
	e, h := packOutputs(wide.OutputBits, wide.Outputs)[0], packOutputs(st.OutputBits, st.Outputs)[0]
	if e.Rsh(e, outputHeaderBits).Cmp(h.Rsh(h, outputHeaderBits)) != 0 {
		t.Fatal("the wide statement's slots differ from the honest ones: the test attacks nothing")
	}
	if err := Verify(f.vk, &wide, proof); err == nil {
		t.Errorf("a statement naming %d-bit outputs (%v) verifies with the proof of %v", wide.OutputBits, wide.Outputs, st.Outputs)
	}
}
