package zk

import (
	"bytes"
	"errors"
	"testing"

	"github.com/cohort-net/cohort"
)

type fixture struct {
	c  *Compiled
	pk *ProvingKey
	vk *VerifyingKey
	id Element
}

func newFixture(t testing.TB, q *QModel, private bool, s Scheme) *fixture {
	t.Helper()
	return newFixtureWith(t, q, Options{Private: private, Scheme: s})
}

func newFixtureWith(t testing.TB, q *QModel, o Options) *fixture {
	t.Helper()
	if o.Private && q.WeightsSalt == nil {
		salt := NewSalt()
		q.WeightsSalt = &salt
	}
	c, err := CompileWith(q, o)
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, err := c.Setup()
	if err != nil {
		t.Fatal(err)
	}
	id, err := c.ModelID(vk)
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{c, pk, vk, id}
}

func (f *fixture) request(x []int64) *Request {
	return &Request{ModelID: f.id, Nonce: NewNonce(), Prover: testProver, Input: x, Salt: NewSalt()}
}

func tinyModel(t testing.TB) *QModel {
	return mustQuantize(t, randMLP(7, 5, 4, 3), QuantOptions{})
}

func TestProveVerifyBinding(t *testing.T) {
	q := tinyModel(t)
	f := newFixture(t, q, false, Groth16)
	x := randInput(1, q)
	st, proof, err := f.c.Prove(f.pk, f.id, f.request(x))
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(f.vk, st, proof); err != nil {
		t.Fatalf("valid proof rejected: %v", err)
	}
	if len(proof) > 260 {
		t.Errorf("proof is %d bytes", len(proof))
	}
	// The default variant has no commitment: 8 words for the Solidity verifier.
	if sp, err := SolidityProof(Groth16, proof); err != nil || len(sp) != 256 {
		t.Errorf("solidity proof: %d bytes, %v", len(sp), err)
	}
	// The statement round-trips through its binary form.
	b, _ := st.MarshalBinary()
	st2, err := UnmarshalStatement(b)
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(f.vk, st2, proof); err != nil {
		t.Fatalf("decoded statement: %v", err)
	}
	// Every public input is bound: changing any one makes the proof fail.
	mut := map[string]func(s *Statement){
		"nonce":    func(s *Statement) { s.Nonce = NewNonce() },
		"prover":   func(s *Statement) { s.Prover[19] ^= 1 },
		"model id": func(s *Statement) { s.ModelID[31] ^= 1 },
		"input":    func(s *Statement) { s.InputCommit[31] ^= 1 },
		"output":   func(s *Statement) { s.Outputs[1]++ },
	}
	for name, m := range mut {
		s := *st
		s.Outputs = append([]int64(nil), st.Outputs...)
		m(&s)
		err := Verify(f.vk, &s, proof)
		if err == nil {
			t.Errorf("%s changed: proof still verifies", name)
		} else if cohort.Code(err) != cohort.EInvalid {
			t.Errorf("%s: code %q", name, cohort.Code(err))
		}
	}
	// Public inputs plus the field modulus are rejected before verification.
	s := *st
	s.Nonce = Element{}
	fieldModulus().FillBytes(s.Nonce[:])
	if err := Verify(f.vk, &s, proof); err == nil || !bytes.Contains([]byte(err.Error()), []byte("modulus")) {
		t.Errorf("nonce = modulus: %v", err)
	}
	// Flipped bits.
	for i := 0; i < len(proof); i += 7 {
		p := bytes.Clone(proof)
		p[i] ^= 0x10
		if err := Verify(f.vk, st, p); err == nil {
			t.Errorf("flipped bit in byte %d accepted", i)
		}
	}
	// Another model's key rejects the proof.
	other := newFixture(t, mustQuantize(t, randMLP(8, 5, 4, 3), QuantOptions{}), false, Groth16)
	if err := Verify(other.vk, st, proof); !errors.Is(err, ErrProof) {
		t.Errorf("other model: %v", err)
	}
	// The key round-trips and gives the same model id.
	var kb bytes.Buffer
	if _, err := f.vk.WriteTo(&kb); err != nil {
		t.Fatal(err)
	}
	vk2, err := DecodeVerifyingKey(kb.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if id2, _ := ModelIDFromVK(vk2); id2 != f.id {
		t.Error("model id changed after a key round trip")
	}
	if err := Verify(vk2, st, proof); err != nil {
		t.Error(err)
	}
	// A request for another model is refused.
	req := f.request(x)
	req.ModelID = other.id
	if _, _, err := f.c.Prove(f.pk, f.id, req); cohort.Code(err) != cohort.EInvalid {
		t.Errorf("request for another model: %v", err)
	}
}

// TestProveLookupVariant proves with the variant that is not the default (the default, binary, is
// what the other tests prove with).
func TestProveLookupVariant(t *testing.T) {
	q := tinyModel(t)
	c, err := CompileWith(q, Options{Variant: VariantLookup})
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, err := c.Setup()
	if err != nil {
		t.Fatal(err)
	}
	id, _ := c.ModelID(vk)
	st, proof, err := c.Prove(pk, id, &Request{ModelID: id, Nonce: NewNonce(), Prover: testProver, Input: randInput(4, q), Salt: NewSalt()})
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(vk, st, proof); err != nil {
		t.Fatal(err)
	}
	st.Prover[0] ^= 1
	if err := Verify(vk, st, proof); err == nil {
		t.Error("proof verified for another prover")
	}
	if _, err := CompileWith(mustQuantize(t, randLSTM(1, 2, 2, 1, 1, 1), QuantOptions{TableBits: 6, InFrac: 4}), Options{Variant: VariantBinary}); err == nil {
		t.Error("lstm without commitment compiled")
	}
}

// TestDefaultVariant: the default is the binary variant (no commitment, the cheap on-chain verifier)
// for public and private weights alike, the lookup variant for the LSTM, and Compiled records it.
func TestDefaultVariant(t *testing.T) {
	q := mustQuantize(t, randMLP(9, 6, 4, 2), QuantOptions{WBits: 8})
	salt := NewSalt()
	q.WeightsSalt = &salt
	lstm := mustQuantize(t, randLSTM(1, 2, 2, 1, 1, 1), QuantOptions{TableBits: 6, InFrac: 4})
	for _, v := range []struct {
		q       *QModel
		private bool
		want    Variant
	}{{q, false, VariantBinary}, {q, true, VariantBinary}, {lstm, false, VariantLookup}} {
		c, err := Compile(v.q, v.private, Groth16)
		if err != nil {
			t.Fatal(err)
		}
		if c.Options.Variant != v.want {
			t.Errorf("%s private=%v: variant %q, want %q", v.q.Kind, v.private, c.Options.Variant, v.want)
		}
	}
	if _, err := ParseVariant("plain"); cohort.Code(err) != cohort.EInvalid {
		t.Errorf("unknown variant: %v", err)
	}
}

// TestProvePrivateWeights: a private-weight MLP's model id is its model key's hash, and its proofs
// verify under the model key, in both variants (the lookup variant's commitment point stays after
// the statement's).
func TestProvePrivateWeights(t *testing.T) {
	q := mustQuantize(t, randMLP(9, 6, 4, 2), QuantOptions{WBits: 8})
	for _, v := range []Variant{VariantBinary, VariantLookup} {
		f := newFixtureWith(t, q, Options{Private: true, Variant: v})
		if id, err := ModelIDFromVK(f.vk); err != nil || f.id != id {
			t.Fatalf("%s: model id %s is not the model key's hash (%v)", v, f.id, err)
		}
		if err := CheckModelKey(f.vk.ShapeKey(), f.vk, f.vk.Opening()); err != nil {
			t.Fatalf("%s: %v", v, err)
		}
		st, proof, err := f.c.Prove(f.pk, f.id, f.request(randInput(3, q)))
		if err != nil {
			t.Fatal(err)
		}
		if err := Verify(f.vk, st, proof); err != nil {
			t.Fatalf("%s: %v", v, err)
		}
		if v == VariantBinary && len(proof) > 260 {
			t.Errorf("%d-byte proof", len(proof))
		}
		st.Outputs[0]++
		if err := Verify(f.vk, st, proof); !errors.Is(err, ErrProof) {
			t.Errorf("%s: another output verified: %v", v, err)
		}
	}
}

func TestPLONK(t *testing.T) {
	q := tinyModel(t)
	f := newFixture(t, q, false, PLONK)
	st, proof, err := f.c.Prove(f.pk, f.id, f.request(randInput(1, q)))
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(f.vk, st, proof); err != nil {
		t.Fatal(err)
	}
	var kb bytes.Buffer
	if _, err := f.vk.WriteTo(&kb); err != nil {
		t.Fatal(err)
	}
	vk2, err := DecodeVerifyingKey(kb.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(vk2, st, proof); err != nil {
		t.Fatal(err)
	}
	st.Nonce = NewNonce()
	if err := Verify(f.vk, st, proof); err == nil {
		t.Error("plonk proof verified with another nonce")
	}
}
