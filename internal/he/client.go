package he

import (
	"crypto/rand"
	"fmt"

	"github.com/tuneinsight/lattigo/v6/ring"
	"github.com/tuneinsight/lattigo/v6/schemes/ckks"
	"github.com/tuneinsight/lattigo/v6/utils/sampling"

	"github.com/cohort-net/cohort"
)

// EncryptValues encrypts up to Slots values (the rest zero) at a level with the secret key; the result
// is seeded (half size on the wire).
func (k *ClientKeys) EncryptValues(values []float64, level int) (*Ciphertext, error) {
	if len(values) > k.params.Slots() {
		return nil, cohort.Errorf(cohort.EInvalid, "%d values over %d slots", len(values), k.params.Slots())
	}
	if level < 0 || level > k.params.MaxLevel() {
		return nil, cohort.Errorf(cohort.EInvalid, "level %d out of 0..%d", level, k.params.MaxLevel())
	}
	pt := ckks.NewPlaintext(k.params.p, level)
	if err := k.ecd.Encode(values, pt); err != nil {
		return nil, err
	}
	// Secret-key encryption with c1 expanded from a fresh seed: (e - a*s + m, a), in the NTT domain.
	seed := new([32]byte)
	if _, err := rand.Read(seed[:]); err != nil {
		return nil, err
	}
	ct := ckks.NewCiphertext(k.params.p, 1, level)
	*ct.MetaData = *pt.MetaData
	if !ct.IsNTT || ct.IsMontgomery {
		return nil, fmt.Errorf("encrypt: plaintext not in the NTT domain")
	}
	rq := k.params.p.RingQ().AtLevel(level)
	if err := expandC1(k.params, seed, level, ct.Value[1]); err != nil {
		return nil, err
	}
	prng, err := sampling.NewPRNG()
	if err != nil {
		return nil, err
	}
	xe, err := ring.NewSampler(prng, k.params.p.RingQ(), k.params.p.Xe(), false)
	if err != nil {
		return nil, err
	}
	xe.AtLevel(level).Read(ct.Value[0])
	rq.NTT(ct.Value[0], ct.Value[0])
	rq.MulCoeffsMontgomeryThenSub(ct.Value[1], k.sk.Value.Q, ct.Value[0])
	rq.Add(ct.Value[0], pt.Value, ct.Value[0])
	return &Ciphertext{params: k.params, ct: ct, seed: seed}, nil
}

// Decrypt returns all slots of a ciphertext of the keys' parameters.
func (k *ClientKeys) Decrypt(c *Ciphertext) ([]float64, error) {
	if c.params.fp != k.params.fp {
		return nil, cohort.Errorf(cohort.EInvalid, "ciphertext of profile %s, keys of %s", c.params.profile, k.params.profile)
	}
	pt := k.dec.DecryptNew(c.ct)
	out := make([]float64, k.params.Slots())
	if err := k.ecd.Decode(pt, out); err != nil {
		return nil, err
	}
	return out, nil
}

// EncryptFor encrypts the rows of X (samples x features) as a model with this layout expects.
func (k *ClientKeys) EncryptFor(l Layout, X [][]float64) ([]*Ciphertext, error) {
	if err := l.Validate(k.params); err != nil {
		return nil, err
	}
	if len(X) == 0 {
		return nil, cohort.Errorf(cohort.EInvalid, "no samples")
	}
	for i, x := range X {
		if len(x) != l.Features {
			return nil, cohort.Errorf(cohort.EInvalid, "sample %d has %d features, model wants %d", i, len(x), l.Features)
		}
	}
	switch l.Packing {
	case FeatureMajor:
		if len(X) > l.Slots {
			return nil, cohort.Errorf(cohort.EInvalid, "%d samples over one batch of %d", len(X), l.Slots)
		}
		out := make([]*Ciphertext, l.Features)
		col := make([]float64, len(X))
		for j := range out {
			for i, x := range X {
				col[i] = x[j]
			}
			c, err := k.EncryptValues(col, l.Level)
			if err != nil {
				return nil, err
			}
			out[j] = c
		}
		return out, nil
	case RowMajor:
		per := l.SamplesPerCiphertext()
		region := l.Outputs * l.Block
		var out []*Ciphertext
		for start := 0; start < len(X); start += per {
			v := make([]float64, l.Slots)
			for s := 0; s < per && start+s < len(X); s++ {
				for c := 0; c < l.Outputs; c++ {
					copy(v[s*region+c*l.Block:], X[start+s])
				}
			}
			ct, err := k.EncryptValues(v, l.Level)
			if err != nil {
				return nil, err
			}
			out = append(out, ct)
		}
		return out, nil
	}
	return nil, cohort.Errorf(cohort.EInvalid, "unknown packing %q", l.Packing)
}

// DecryptFor decrypts a model's outputs for n samples: out[i] holds the Outputs values of sample i.
func (k *ClientKeys) DecryptFor(l Layout, cts []*Ciphertext, n int) ([][]float64, error) {
	if err := l.Validate(k.params); err != nil {
		return nil, err
	}
	if n < 0 || n > l.SamplesPerCiphertext()*len(cts) {
		return nil, cohort.Errorf(cohort.EInvalid, "%d samples in %d ciphertexts", n, len(cts))
	}
	out := make([][]float64, n)
	for i := range out {
		out[i] = make([]float64, l.Outputs)
	}
	switch l.Packing {
	case FeatureMajor:
		if len(cts) != l.Outputs || n > l.Slots {
			return nil, cohort.Errorf(cohort.EInvalid, "%d output ciphertexts for %d outputs", len(cts), l.Outputs)
		}
		for c, ct := range cts {
			v, err := k.Decrypt(ct)
			if err != nil {
				return nil, err
			}
			for i := range out {
				out[i][c] = v[i]
			}
		}
	case RowMajor:
		per := l.SamplesPerCiphertext()
		if len(cts) != (n+per-1)/per {
			return nil, cohort.Errorf(cohort.EInvalid, "%d output ciphertexts for %d samples", len(cts), n)
		}
		region := l.Outputs * l.Block
		for b, ct := range cts {
			v, err := k.Decrypt(ct)
			if err != nil {
				return nil, err
			}
			for s := 0; s < per && b*per+s < n; s++ {
				for c := 0; c < l.Outputs; c++ {
					out[b*per+s][c] = v[s*region+c*l.Block]
				}
			}
		}
	default:
		return nil, cohort.Errorf(cohort.EInvalid, "unknown packing %q", l.Packing)
	}
	return out, nil
}
