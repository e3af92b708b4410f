package he

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cohort-net/cohort"
)

func TestProfilesAreSecureAndDistinct(t *testing.T) {
	seen := map[string]bool{}
	for _, pr := range Profiles() {
		p, err := NewParams(pr)
		if err != nil {
			t.Fatal(err)
		}
		if p.LogQP() > MaxLogQP128 {
			t.Fatalf("%s: logQP %.1f", pr, p.LogQP())
		}
		if seen[p.Fingerprint()] {
			t.Fatalf("%s: duplicate fingerprint", pr)
		}
		seen[p.Fingerprint()] = true
		b, _ := json.Marshal(p)
		var back Params
		if err := json.Unmarshal(b, &back); err != nil || back.Fingerprint() != p.Fingerprint() {
			t.Fatalf("%s: json round trip: %v", pr, err)
		}
	}
	if lin, mlp := MustParams(ProfileLinear), MustParams(ProfileMLP); mlp.MaxLevel() <= lin.MaxLevel() {
		t.Fatal("the MLP profile must be deeper than the linear one")
	}
	if _, err := NewParams("bogus"); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("unknown profile: %v", err)
	}
	var p Params
	if err := json.Unmarshal([]byte(`{"profile":"linear","ckks":{"LogN":13,"Q":[12289],"P":[]}}`), &p); err == nil {
		t.Fatal("accepted a literal that differs from its profile")
	}
}

func TestCiphertextCodec(t *testing.T) {
	p := MustParams(ProfileLinear)
	k := GenerateKeys(p)
	vals := []float64{1.5, -2.25, 3}
	c, err := k.EncryptValues(vals, 2)
	if err != nil {
		t.Fatal(err)
	}
	b, err := c.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if want := ctHeaderLen + 32 + 3*p.p.N()*8; len(b) != want {
		t.Fatalf("seeded ciphertext %d bytes, want %d (half of the unseeded size)", len(b), want)
	}
	back, err := p.UnmarshalCiphertext(b, CiphertextLimits{MaxLevel: -1})
	if err != nil {
		t.Fatal(err)
	}
	got, err := k.Decrypt(back)
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range vals {
		if math.Abs(got[i]-v) > 1e-6 {
			t.Fatalf("slot %d: %g want %g", i, got[i], v)
		}
	}
	bad := func(name string, b []byte, lim CiphertextLimits, pp Params) {
		t.Helper()
		if _, err := pp.UnmarshalCiphertext(b, lim); cohort.Code(err) != cohort.EInvalid {
			t.Fatalf("%s: %v, want EInvalid", name, err)
		}
	}
	bad("wrong level", b, CiphertextLimits{MinLevel: 3, MaxLevel: 3}, p)
	bad("wrong params", b, CiphertextLimits{MaxLevel: -1}, MustParams(ProfileMLP))
	bad("truncated", b[:len(b)-8], CiphertextLimits{MaxLevel: -1}, p)
	bad("empty", nil, CiphertextLimits{MaxLevel: -1}, p)
	big := bytes.Clone(b)
	copy(big[len(big)-8:], []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff})
	bad("coefficient over modulus", big, CiphertextLimits{MaxLevel: -1}, p)
	lv := bytes.Clone(b)
	lv[12] = 200
	bad("level over max", lv, CiphertextLimits{MaxLevel: -1}, p)
}

func TestEvalKeysOnlyWhatIsNeeded(t *testing.T) {
	lr, err := LoadTrained(ModelBreastCancerLogReg)
	if err != nil {
		t.Fatal(err)
	}
	m, err := lr.Compile(FLOptions{ID: "row", Packing: RowMajor})
	if err != nil {
		t.Fatal(err)
	}
	k := GenerateKeys(m.Params())
	keys, err := k.EvaluationKeys(m.Layout().Needs)
	if err != nil {
		t.Fatal(err)
	}
	if len(keys) != len(m.Layout().Needs.Galois) {
		t.Fatalf("%d keys for %d Galois elements", len(keys), len(m.Layout().Needs.Galois))
	}
	for _, ek := range keys {
		b, _ := ek.MarshalBinary()
		back, err := m.Params().UnmarshalEvalKey(b)
		if err != nil {
			t.Fatal(err)
		}
		if back.GaloisElement() != ek.GaloisElement() || back.IsRelinearization() {
			t.Fatal("key round trip lost its identity")
		}
		if _, err := m.Params().UnmarshalEvalKey(b[:len(b)-1]); cohort.Code(err) != cohort.EInvalid {
			t.Fatalf("truncated key: %v", err)
		}
	}
	ev, err := NewEvaluator(m.Params(), keys[:len(keys)-1])
	if err != nil {
		t.Fatal(err)
	}
	if err := ev.Check(m.Layout().Needs); err == nil || !strings.Contains(err.Error(), "missing evaluation key") {
		t.Fatalf("missing key not reported: %v", err)
	}
	fm, _ := lr.Compile(FLOptions{ID: "fm"})
	if !fm.Layout().Needs.None() {
		t.Fatalf("feature-major logits need no keys, got %+v", fm.Layout().Needs)
	}
}

func TestKeyDirRoundTrip(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "keys")
	p := MustParams(ProfileLinear)
	k := GenerateKeys(p)
	if err := k.Save(dir); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(filepath.Join(dir, SecretFile))
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("secret key mode %v, %v", st.Mode(), err)
	}
	k2, err := LoadKeys(dir)
	if err != nil {
		t.Fatal(err)
	}
	c, _ := k.EncryptValues([]float64{42}, 1)
	v, err := k2.Decrypt(c)
	if err != nil || math.Abs(v[0]-42) > 1e-6 {
		t.Fatalf("loaded keys decrypt %v, %v", v[:1], err)
	}
	os.WriteFile(filepath.Join(dir, SecretFile), []byte("short"), 0o600)
	if _, err := LoadKeys(dir); err == nil {
		t.Fatal("loaded a truncated secret key")
	}
	var buf bytes.Buffer
	slog.New(slog.NewTextHandler(&buf, nil)).Info("keys", "k", k)
	if !strings.Contains(buf.String(), "redacted") {
		t.Fatalf("keys log value: %s", buf.String())
	}
}

func TestLayoutValidate(t *testing.T) {
	p := MustParams(ProfileLinear)
	good := Layout{Profile: ProfileLinear, Packing: RowMajor, Output: OutputLogits, Features: 30, Outputs: 1, Block: 32, Slots: p.Slots(), Level: 1}
	if err := good.Validate(p); err != nil {
		t.Fatal(err)
	}
	for name, mut := range map[string]func(*Layout){
		"zero block":    func(l *Layout) { l.Block = 0 },
		"block < feats": func(l *Layout) { l.Block = 16 },
		"huge outputs":  func(l *Layout) { l.Outputs = 1 << 20 },
		"slots":         func(l *Layout) { l.Slots = 7 },
		"level":         func(l *Layout) { l.Level = 99 },
		"packing":       func(l *Layout) { l.Packing = "diagonal" },
		"profile":       func(l *Layout) { l.Profile = ProfileMLP },
		"zero features": func(l *Layout) { l.Features = 0 },
	} {
		l := good
		mut(&l)
		if err := l.Validate(p); cohort.Code(err) != cohort.EInvalid {
			t.Errorf("%s: %v", name, err)
		}
	}
}
