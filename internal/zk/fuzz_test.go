package zk

import (
	"bytes"
	"strings"
	"sync"
	"testing"

	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"

	"github.com/cohort-net/cohort"
)

var seeds struct {
	sync.Mutex
	proof, stmt, vk []byte
}

// fuzzSeeds makes one valid proof, statement and key for the fuzz targets' seed corpora (once per
// test binary: a setup and a proof take seconds on a busy machine).
func fuzzSeeds(t testing.TB) (proof, stmt, vk []byte) {
	seeds.Lock()
	defer seeds.Unlock()
	if seeds.proof == nil {
		seeds.proof, seeds.stmt, seeds.vk = makeFuzzSeeds(t)
	}
	return seeds.proof, seeds.stmt, seeds.vk
}

func makeFuzzSeeds(t testing.TB) (proof, stmt, vk []byte) {
	q := mustQuantize(t, randMLP(21, 2, 1), QuantOptions{})
	f := newFixture(t, q, false, Groth16)
	st, p, err := f.c.Prove(f.pk, f.id, f.request(randInput(1, q)))
	if err != nil {
		t.Fatal(err)
	}
	sb, _ := st.MarshalBinary()
	var kb bytes.Buffer
	if _, err := f.vk.WriteTo(&kb); err != nil {
		t.Fatal(err)
	}
	return p, sb, kb.Bytes()
}

func checkCoded(t *testing.T, err error) {
	t.Helper()
	if err != nil && cohort.Code(err) == cohort.EInternal {
		t.Fatalf("uncoded error: %v", err)
	}
}

func FuzzDecodeProof(f *testing.F) {
	p, _, _ := fuzzSeeds(f)
	f.Add(p)
	f.Add(p[:len(p)/2])
	f.Add([]byte{})
	f.Add(bytes.Repeat([]byte{0xff}, 200))
	flipped := bytes.Clone(p)
	flipped[3] ^= 0x80
	f.Add(flipped)
	f.Fuzz(func(t *testing.T, b []byte) {
		_, err := DecodeProof(Groth16, b)
		checkCoded(t, err)
		_, err = DecodeProof(PLONK, b)
		checkCoded(t, err)
	})
}

func FuzzUnmarshalStatement(f *testing.F) {
	_, s, _ := fuzzSeeds(f)
	f.Add(s)
	f.Add(s[:len(s)-1])
	mod := bytes.Clone(s)
	fieldModulus().FillBytes(mod[4+32 : 4+64]) // nonce = r
	f.Add(mod)
	f.Add([]byte("CZS1"))
	f.Add(append([]byte("CZS1"), s[4:]...))
	f.Add(append([]byte("CZS2"), s[4:]...))
	wide := bytes.Clone(s)
	wide[statementHead-3] = 65 // output width
	f.Add(wide)
	f.Fuzz(func(t *testing.T, b []byte) {
		st, err := UnmarshalStatement(b)
		checkCoded(t, err)
		if err == nil {
			b2, _ := st.MarshalBinary()
			if !bytes.Equal(b, b2) {
				t.Fatalf("statement does not round-trip")
			}
		}
	})
}

func FuzzDecodeVerifyingKey(f *testing.F) {
	_, _, vk := fuzzSeeds(f)
	f.Add(vk)
	f.Add(vk[:len(vk)/3])
	f.Add([]byte{2, 0, 0})
	f.Add([]byte{9})
	f.Fuzz(func(t *testing.T, b []byte) {
		_, err := DecodeVerifyingKey(b)
		checkCoded(t, err)
	})
}

func FuzzDecodeRequest(f *testing.F) {
	f.Add([]byte(`{"format":2,"model_id":"0x01","nonce":"0x02","prover":"0x00000000000000000000000000000000000000a1","input":[1,2,3],"salt":"0x0405"}`))
	f.Add([]byte(`{"format":2,"model_id":"0x01","nonce":"0x02","prover":"0x00000000000000000000000000000000000000a1","input":[1,2,3],"salt":"0x00"}`))
	f.Add([]byte(`{"model_id":"0x01","nonce":"0x02","prover":"0x00000000000000000000000000000000000000a1","input":[1,2,3]}`))
	f.Add([]byte(`{"model_id":"0x30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001","nonce":"0x02","prover":"0xa1","input":[1]}`))
	f.Add([]byte(`{"input":[]}`))
	f.Add([]byte(`[`))
	f.Fuzz(func(t *testing.T, b []byte) {
		_, err := DecodeRequest(bytes.NewReader(b))
		checkCoded(t, err)
	})
}

func FuzzDecodeResponse(f *testing.F) {
	f.Add([]byte(`{"statement":{"format":3,"model_id":"0x01","nonce":"0x02","prover":"0x00000000000000000000000000000000000000a1","input_commit":"0x03","output_bits":8,"outputs":[5]},"proof":"0x00"}`))
	f.Add([]byte(`{"statement":{"format":3,"model_id":"0x01","nonce":"0x02","prover":"0x00000000000000000000000000000000000000a1","input_commit":"0x03","output_bits":4,"outputs":[8]},"proof":"0x00"}`))
	f.Add([]byte(`{"statement":{"format":2,"model_id":"0x01","nonce":"0x02","prover":"0x00000000000000000000000000000000000000a1","input_commit":"0x03","outputs":[5]},"proof":"0x00"}`))
	f.Add([]byte(`{"statement":{"model_id":"0x01","nonce":"0x02","prover":"0x00000000000000000000000000000000000000a1","input_commit":"0x03","outputs":[5]},"proof":"0x00"}`))
	f.Add([]byte(`{"statement":{"outputs":[]},"proof":"zz"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := DecodeResponse(bytes.NewReader(b))
		checkCoded(t, err)
		if err == nil {
			_, err = DecodeProof(Groth16, r.Proof)
			checkCoded(t, err)
		}
	})
}

func FuzzCeremonyContribution(f *testing.F) {
	p1, err := Phase1Contribute(nil, 4)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(p1)
	f.Add(p1[:len(p1)/2])
	f.Add([]byte{0, 0, 0, 1})
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) > 1<<16 {
			return
		}
		_, err := Phase1Seal(4, []byte("b"), [][]byte{b})
		checkCoded(t, err)
		_, err = decodeCommons(b)
		checkCoded(t, err)
		checkCoded(t, readLimited("phase 2", b, MaxCeremonyBytes, new(mpcsetup.Phase2), checkPhase2))
	})
}

func TestStatementModulus(t *testing.T) {
	_, s, _ := fuzzSeeds(t)
	for off, name := range map[int]string{4: "model id", 4 + 32: "nonce", 4 + 84: "input commitment"} {
		b := bytes.Clone(s)
		fieldModulus().FillBytes(b[off : off+32])
		_, err := UnmarshalStatement(b)
		if err == nil || cohort.Code(err) != cohort.EInvalid || !bytes.Contains([]byte(err.Error()), []byte("modulus")) {
			t.Errorf("%s = r: %v", name, err)
		}
	}
	for _, w := range []byte{0, 1, 65, 255} {
		b := bytes.Clone(s)
		b[statementHead-3] = w
		if _, err := UnmarshalStatement(b); cohort.Code(err) != cohort.EInvalid {
			t.Errorf("output width %d: %v", w, err)
		}
	}
	for _, old := range []string{"CZS1", "CZS2"} {
		_, err := UnmarshalStatement(append([]byte(old), s[4:]...))
		if cohort.Code(err) != cohort.EInvalid || !strings.Contains(err.Error(), "format "+old[3:]) {
			t.Errorf("%s statement: %v", old, err)
		}
	}
}

// checkLayouts asserts that the layout walkers accept real ceremony files and reject truncated ones.
func checkLayouts(t *testing.T, p1, srs, p2 []byte) {
	for name, tc := range map[string]struct {
		b     []byte
		check func([]byte) error
	}{"phase1": {p1, checkPhase1}, "srs": {srs, checkSrsCommons}, "phase2": {p2, checkPhase2}} {
		if err := tc.check(tc.b); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		if err := tc.check(tc.b[:len(tc.b)-1]); err == nil {
			t.Errorf("%s: truncated accepted", name)
		}
	}
}

// FuzzModelKeyOpening: a model key's opening (opening.bin, from the model owner) is checked against
// the shape key without a panic or an uncoded error, and only the honest one passes.
func FuzzModelKeyOpening(f *testing.F) {
	q := privateDense(f, 23)
	fx := newFixture(f, q, true, Groth16)
	op := fx.vk.Opening()
	f.Add(op)
	f.Add(op[:36])
	f.Add(op[:len(op)-1])
	bad := bytes.Clone(op)
	bad[40] ^= 1
	f.Add(bad)
	f.Add([]byte{0xff, 0xff, 0xff, 0xff})
	f.Fuzz(func(t *testing.T, b []byte) {
		err := CheckModelKey(fx.vk.ShapeKey(), fx.vk, b)
		checkCoded(t, err)
		if err == nil && !bytes.Equal(b, op) {
			t.Fatalf("another opening accepted")
		}
	})
}
