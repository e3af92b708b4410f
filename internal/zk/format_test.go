package zk

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cohort-net/cohort"
)

// TestOldFormatsRefused: statements, requests, responses and key directories of commitment format 1
// (unsalted) are refused with a message that names the format, before any proof is decoded.
func TestOldFormatsRefused(t *testing.T) {
	wantFormat := func(what string, err error) {
		t.Helper()
		if cohort.Code(err) != cohort.EInvalid || !strings.Contains(err.Error(), "commitment format 1") {
			t.Errorf("%s: %v", what, err)
		}
	}
	_, s, _ := fuzzSeeds(t)
	_, err := UnmarshalStatement(append([]byte("CZS1"), s[4:]...))
	wantFormat("binary statement", err)

	_, err = DecodeRequest(strings.NewReader(`{"model_id":"0x01","nonce":"0x02","prover":"0x00000000000000000000000000000000000000a1","input":[1,2,3]}`))
	wantFormat("request", err)
	_, err = DecodeResponse(strings.NewReader(`{"statement":{"model_id":"0x01","nonce":"0x02","prover":"0x00000000000000000000000000000000000000a1","input_commit":"0x03","outputs":[5]},"proof":"0x00"}`))
	wantFormat("response", err)

	q := tinyModel(t)
	f := newFixture(t, q, false, Groth16)
	dir := t.TempDir()
	if err := SaveKeys(dir, &CircuitFile{Model: q, Scheme: Groth16, ModelID: f.id}, f.pk, f.vk); err != nil {
		t.Fatal(err)
	}
	if _, _, _, err := LoadKeys(dir, false); err != nil {
		t.Fatalf("current key directory: %v", err)
	}
	b, _ := os.ReadFile(filepath.Join(dir, CircuitFileName))
	var m map[string]any
	_ = json.Unmarshal(b, &m)
	delete(m, "format")
	b, _ = json.Marshal(m)
	_ = os.WriteFile(filepath.Join(dir, CircuitFileName), b, 0o644)
	_, _, _, err = LoadKeys(dir, false)
	wantFormat("key directory", err)

	// A request of this format round-trips.
	req := f.request(randInput(1, q))
	rb, _ := json.Marshal(req)
	r2, err := DecodeRequest(bytes.NewReader(rb))
	if err != nil || r2.Salt != req.Salt {
		t.Fatalf("request round trip: %v", err)
	}
}

// TestProofOfOtherVariantRefused: a proof from the binary (default) variant, checked against the key
// of the lookup variant (or the other way round), is refused for its shape before gnark decodes it.
func TestProofOfOtherVariantRefused(t *testing.T) {
	q := tinyModel(t)
	withLookups := newFixtureWith(t, q, Options{Variant: VariantLookup})
	c, err := CompileWith(q, Options{})
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, err := c.Setup()
	if err != nil {
		t.Fatal(err)
	}
	id, _ := c.ModelID(vk)
	req := withLookups.request(randInput(2, q))
	req.ModelID = id
	st, proof, err := c.Prove(pk, id, req)
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(vk, st, proof); err != nil {
		t.Fatal(err)
	}
	st.ModelID = withLookups.id
	if err := Verify(withLookups.vk, st, proof); cohort.Code(err) != cohort.EInvalid || !strings.Contains(err.Error(), "variant") {
		t.Errorf("no-commitment proof against the lookup key: %v", err)
	}
	st2, proof2, err := withLookups.c.Prove(withLookups.pk, withLookups.id, withLookups.request(randInput(3, q)))
	if err != nil {
		t.Fatal(err)
	}
	st2.ModelID = id
	if err := Verify(vk, st2, proof2); cohort.Code(err) != cohort.EInvalid || !strings.Contains(err.Error(), "variant") {
		t.Errorf("lookup proof against the no-commitment key: %v", err)
	}
}

// TestKeyDirVariants: the committed key directories (internal/chain/testdata) load as the variant they
// name, and a directory that says "no_commitment": true instead (the version before variants) as the
// binary one; a circuit.json whose variant is not its key's, or is unknown, is refused with a message,
// and so is a private-weight dense model's without a variant, whose older weights commitment this
// version no longer computes.
func TestKeyDirVariants(t *testing.T) {
	for dir, want := range map[string]Variant{"logreg3": VariantBinary, "logreg3c": VariantLookup} {
		cf, _, _, err := LoadKeys(filepath.Join("..", "chain", "testdata", dir), false)
		if err != nil {
			t.Fatalf("%s: %v", dir, err)
		}
		if got := cf.Options().Variant; got != want {
			t.Errorf("%s: variant %q, want %q", dir, got, want)
		}
	}
	edit := func(dir string, oldNew ...string) string {
		t.Helper()
		out := t.TempDir()
		for _, n := range []string{CircuitFileName, VKFileName} {
			b, err := os.ReadFile(filepath.Join("..", "chain", "testdata", dir, n))
			if err != nil {
				t.Fatal(err)
			}
			for i := 0; n == CircuitFileName && i < len(oldNew); i += 2 {
				if !bytes.Contains(b, []byte(oldNew[i])) {
					t.Fatalf("%s: no %q", dir, oldNew[i])
				}
				b = bytes.Replace(b, []byte(oldNew[i]), []byte(oldNew[i+1]), 1)
			}
			if err := os.WriteFile(filepath.Join(out, n), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return out
	}
	const bin, look = `"variant": "binary",`, `"variant": "lookup",`
	cf, _, _, err := LoadKeys(edit("logreg3", bin, `"no_commitment": true,`), false)
	if err != nil || cf.Options().Variant != VariantBinary {
		t.Errorf("no_commitment directory: %v", err)
	}
	for _, c := range []struct {
		name, dir string
		oldNew    []string
		want      string
	}{
		{"lookup key named binary", "logreg3c", []string{look, bin}, "commitments"},
		{"binary key named lookup", "logreg3", []string{bin, look}, "commitments"},
		{"unknown variant", "logreg3", []string{bin, `"variant": "fancy",`}, "fancy"},
		// A private-weight MLP or logistic regression of the older weights commitment (v2).
		{"private weights, commitment v2", "logreg3c", []string{`"private": false,`, `"private": true,`, look, ""}, "weights commitment v2"},
	} {
		_, _, _, err := LoadKeys(edit(c.dir, c.oldNew...), false)
		if cohort.Code(err) != cohort.EInvalid || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v", c.name, err)
		}
	}
}

// TestStatementFormat2Refused: statements, responses and key directories of the layout before packed
// outputs (statement format 2) are refused with a message naming the format, before any proof is
// decoded; a key directory of this version round-trips.
func TestStatementFormat2Refused(t *testing.T) {
	want := func(what string, err error) {
		t.Helper()
		if cohort.Code(err) != cohort.EInvalid || !strings.Contains(err.Error(), "format 2") {
			t.Errorf("%s: %v", what, err)
		}
	}
	_, s, _ := fuzzSeeds(t)
	_, err := UnmarshalStatement(append([]byte("CZS2"), s[4:]...))
	want("binary statement", err)
	_, err = DecodeResponse(strings.NewReader(`{"statement":{"format":2,"model_id":"0x01","nonce":"0x02","prover":"0x00000000000000000000000000000000000000a1","input_commit":"0x03","outputs":[5]},"proof":"0x00"}`))
	want("response", err)

	q := tinyModel(t)
	f := newFixture(t, q, false, Groth16)
	dir := t.TempDir()
	if err := SaveKeys(dir, &CircuitFile{Model: q, Scheme: Groth16, ModelID: f.id}, f.pk, f.vk); err != nil {
		t.Fatal(err)
	}
	if cf, _, _, err := LoadKeys(dir, false); err != nil || cf.StatementFormat != StatementFormat {
		t.Fatalf("current key directory: %v", err)
	}
	b, _ := os.ReadFile(filepath.Join(dir, CircuitFileName))
	var m map[string]any
	_ = json.Unmarshal(b, &m)
	delete(m, "statement_format")
	b, _ = json.Marshal(m)
	_ = os.WriteFile(filepath.Join(dir, CircuitFileName), b, 0o644)
	_, _, _, err = LoadKeys(dir, false)
	want("key directory", err)
}
