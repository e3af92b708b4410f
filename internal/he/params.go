package he

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/tuneinsight/lattigo/v6/ring"
	"github.com/tuneinsight/lattigo/v6/schemes/ckks"

	"github.com/cohort-net/cohort"
)

// Profile names a CKKS parameter preset. The set is closed: a peer names a profile, never raw parameters.
type Profile string

// The profiles. All use the conjugate-invariant ring at LogN=14 (16,384 real slots) and stay within the
// 128-bit security bound of the homomorphic encryption standard (logQP <= 438 at LogN=14).
const (
	// ProfileAgg is for threshold aggregation: two 60-bit moduli and no auxiliary modulus P (no
	// multiplications, no key switching keys: public-key encryption stays in Q); updates go in the
	// coefficients at scale 2^80 (coeffs.go). The wide modulus is for the smudging noise, 2^40 times
	// the noise of the sum it hides (SmudgingLog2For: up to 2^60), which still leaves about 2^-15
	// precision per value at 1,024 parties and 2^-25 at 10.
	ProfileAgg Profile = "agg"
	// ProfileLinear is for linear models: depth 7, enough for a logit (1 level) and a degree-63
	// Chebyshev sigmoid (6 levels, the change of basis folded into the weights).
	ProfileLinear Profile = "linear"
	// ProfileMLP is the deeper preset for MLPs with square activation: depth 8 (two hidden layers use 5).
	ProfileMLP Profile = "mlp"
)

// MaxLogQP128 is the largest logQP at LogN=14 that keeps 128-bit security (HE standard, ternary secret).
const MaxLogQP128 = 438

// Profiles lists the known profiles.
func Profiles() []Profile { return []Profile{ProfileAgg, ProfileLinear, ProfileMLP} }

func (p Profile) literal() (ckks.ParametersLiteral, error) {
	switch p {
	case ProfileAgg:
		return ckks.ParametersLiteral{
			LogN: 14, LogQ: []int{60, 60}, LogDefaultScale: 80, RingType: ring.ConjugateInvariant,
		}, nil
	case ProfileLinear:
		return ckks.ParametersLiteral{
			LogN: 14, LogQ: []int{55, 40, 40, 40, 40, 40, 40, 40}, LogP: []int{61}, LogDefaultScale: 40,
			RingType: ring.ConjugateInvariant,
		}, nil
	case ProfileMLP:
		return ckks.ParametersLiteral{
			LogN: 14, LogQ: []int{55, 40, 40, 40, 40, 40, 40, 40, 40}, LogP: []int{61}, LogDefaultScale: 40,
			RingType: ring.ConjugateInvariant,
		}, nil
	}
	return ckks.ParametersLiteral{}, cohort.Errorf(cohort.EInvalid, "unknown FHE parameter profile %q (want agg|linear|mlp)", string(p))
}

// Params is a validated, immutable CKKS parameter set of a named profile.
type Params struct {
	profile Profile
	p       ckks.Parameters
	fp      [8]byte
}

// NewParams validates the profile's literal into parameters.
func NewParams(profile Profile) (Params, error) {
	lit, err := profile.literal()
	if err != nil {
		return Params{}, err
	}
	p, err := ckks.NewParametersFromLiteral(lit)
	if err != nil {
		return Params{}, fmt.Errorf("profile %s: %w", profile, err)
	}
	if p.LogQP() > MaxLogQP128+0.5 {
		return Params{}, fmt.Errorf("profile %s: logQP %.1f over the 128-bit bound %d", profile, p.LogQP(), MaxLogQP128)
	}
	out := Params{profile: profile, p: p}
	out.fp = fingerprint(p)
	return out, nil
}

// MustParams is NewParams for the built-in profiles; it panics only on a broken preset (a bug).
func MustParams(profile Profile) Params {
	p, err := NewParams(profile)
	if err != nil {
		panic(err)
	}
	return p
}

func fingerprint(p ckks.Parameters) [8]byte {
	h := sha256.New()
	fmt.Fprintf(h, "cohort-ckks-v1|%d|%d|%d|%v|%v|%v", p.LogN(), p.RingType(), p.LogDefaultScale(), p.Q(), p.P(), p.Xs())
	var fp [8]byte
	copy(fp[:], h.Sum(nil))
	return fp
}

// Profile returns the profile name.
func (p Params) Profile() Profile { return p.profile }

// Slots returns the number of real slots of one ciphertext.
func (p Params) Slots() int { return p.p.MaxSlots() }

// MaxLevel returns the highest ciphertext level (the multiplicative depth available).
func (p Params) MaxLevel() int { return p.p.MaxLevel() }

// LogN returns log2 of the ring degree.
func (p Params) LogN() int { return p.p.LogN() }

// LogQP returns the bit size of the full modulus, the quantity the security bound limits.
func (p Params) LogQP() float64 { return p.p.LogQP() }

// Fingerprint identifies the exact parameters (moduli, ring, scale) in 16 hex digits.
func (p Params) Fingerprint() string { return hex.EncodeToString(p.fp[:]) }

// IsZero reports whether p is the zero value.
func (p Params) IsZero() bool { return p.profile == "" }

type paramsJSON struct {
	Profile     Profile         `json:"profile"`
	Fingerprint string          `json:"fingerprint"`
	LogQP       float64         `json:"log_qp"`
	Slots       int             `json:"slots"`
	MaxLevel    int             `json:"max_level"`
	CKKS        json.RawMessage `json:"ckks"`
}

// MarshalJSON writes the profile name, its fingerprint and the full CKKS literal (explicit moduli).
func (p Params) MarshalJSON() ([]byte, error) {
	lit, err := json.Marshal(p.p.ParametersLiteral())
	if err != nil {
		return nil, err
	}
	return json.Marshal(paramsJSON{Profile: p.profile, Fingerprint: p.Fingerprint(), LogQP: p.LogQP(),
		Slots: p.Slots(), MaxLevel: p.MaxLevel(), CKKS: lit})
}

// UnmarshalJSON reads what MarshalJSON wrote. The stored literal must match the named profile exactly:
// parameters are never taken from a file or a peer without being one of the presets.
func (p *Params) UnmarshalJSON(b []byte) error {
	var doc paramsJSON
	if err := json.Unmarshal(b, &doc); err != nil {
		return cohort.Errorf(cohort.EInvalid, "params json: %v", err)
	}
	want, err := NewParams(doc.Profile)
	if err != nil {
		return err
	}
	if len(doc.CKKS) > 0 {
		var lit ckks.ParametersLiteral
		if err := json.Unmarshal(doc.CKKS, &lit); err != nil {
			return cohort.Errorf(cohort.EInvalid, "params json: ckks literal: %v", err)
		}
		wl := want.p.ParametersLiteral()
		if lit.LogN != wl.LogN || !slices.Equal(lit.Q, wl.Q) || !slices.Equal(lit.P, wl.P) ||
			lit.LogDefaultScale != wl.LogDefaultScale || lit.RingType != wl.RingType {
			return cohort.Errorf(cohort.EInvalid, "params json: ckks literal differs from profile %q", doc.Profile)
		}
	}
	if doc.Fingerprint != "" && doc.Fingerprint != want.Fingerprint() {
		return cohort.Errorf(cohort.EInvalid, "params json: fingerprint %s, profile %s has %s", doc.Fingerprint, doc.Profile, want.Fingerprint())
	}
	*p = want
	return nil
}
