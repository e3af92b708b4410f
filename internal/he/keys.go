package he

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"slices"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/schemes/ckks"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/atomicfile"
)

// KeyNeeds says which evaluation keys a model needs: the relinearization key and the Galois elements
// (rotations), each at the highest ciphertext level it must switch.
type KeyNeeds struct {
	Relin       bool     `json:"relin"`
	RelinLevel  int      `json:"relin_level"`
	Galois      []uint64 `json:"galois,omitempty"`
	GaloisLevel int      `json:"galois_level"`
}

// None reports whether the model needs no evaluation key at all.
func (n KeyNeeds) None() bool { return !n.Relin && len(n.Galois) == 0 }

// ClientKeys is a data owner's key material for one profile. The secret key never leaves it except
// through Save, which writes it with mode 0600.
type ClientKeys struct {
	params Params
	sk     *rlwe.SecretKey
	pk     *rlwe.PublicKey
	kgen   *rlwe.KeyGenerator
	dec    *rlwe.Decryptor
	ecd    *ckks.Encoder
}

// LogValue redacts the key material: only the profile reaches a log.
func (k *ClientKeys) LogValue() slog.Value {
	return slog.GroupValue(slog.String("profile", string(k.params.profile)), slog.String("secret", "[redacted]"))
}

// GenerateKeys creates a fresh secret and public key for a profile.
func GenerateKeys(p Params) *ClientKeys {
	kgen := rlwe.NewKeyGenerator(p.p)
	sk, pk := kgen.GenKeyPairNew()
	return newClientKeys(p, sk, pk)
}

func newClientKeys(p Params, sk *rlwe.SecretKey, pk *rlwe.PublicKey) *ClientKeys {
	return &ClientKeys{params: p, sk: sk, pk: pk, kgen: rlwe.NewKeyGenerator(p.p),
		dec: rlwe.NewDecryptor(p.p, sk), ecd: ckks.NewEncoder(p.p)}
}

// Params returns the keys' parameters.
func (k *ClientKeys) Params() Params { return k.params }

// EvaluationKeys generates the compressed evaluation keys a model needs, and nothing else.
func (k *ClientKeys) EvaluationKeys(needs KeyNeeds) ([]*EvalKey, error) {
	var out []*EvalKey
	lp := k.params.p.MaxLevelP()
	if needs.Relin {
		lq := clampLevel(needs.RelinLevel, k.params.MaxLevel())
		rlk := k.kgen.GenRelinearizationKeyNew(k.sk, rlwe.EvaluationKeyParameters{LevelQ: &lq, LevelP: &lp, Compressed: true})
		wire, err := encodeEvalKey(k.params, keyKindRelin, 0, &rlk.EvaluationKey)
		if err != nil {
			return nil, err
		}
		ek, err := k.params.UnmarshalEvalKey(wire)
		if err != nil {
			return nil, err
		}
		out = append(out, ek)
	}
	gal := slices.Clone(needs.Galois)
	slices.Sort(gal)
	gal = slices.Compact(gal)
	for _, g := range gal {
		lq := clampLevel(needs.GaloisLevel, k.params.MaxLevel())
		gk := k.kgen.GenGaloisKeyNew(g, k.sk, rlwe.EvaluationKeyParameters{LevelQ: &lq, LevelP: &lp, Compressed: true})
		wire, err := encodeEvalKey(k.params, keyKindGalois, g, &gk.EvaluationKey)
		if err != nil {
			return nil, err
		}
		ek, err := k.params.UnmarshalEvalKey(wire)
		if err != nil {
			return nil, err
		}
		out = append(out, ek)
	}
	return out, nil
}

func clampLevel(l, max int) int {
	if l < 0 {
		return 0
	}
	if l > max {
		return max
	}
	return l
}

// Key directory layout.
const (
	ParamsFile = "params.json"
	SecretFile = "secret.key"
	PublicFile = "public.key"
)

// Save writes params.json, secret.key (mode 0600) and public.key into dir, creating it (mode 0700).
func (k *ClientKeys) Save(dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	pj, err := json.MarshalIndent(k.params, "", "  ")
	if err != nil {
		return err
	}
	skb := k.params.marshalSecretKey(k.sk)
	pkb := k.params.marshalPublicKey(k.pk)
	for _, f := range []struct {
		name string
		b    []byte
		mode os.FileMode
	}{{ParamsFile, append(pj, '\n'), 0o644}, {PublicFile, pkb, 0o644}, {SecretFile, skb, 0o600}} {
		if err := atomicfile.WriteFile(filepath.Join(dir, f.name), f.b, f.mode); err != nil {
			return err
		}
	}
	return nil
}

// LoadParams reads params.json from a key directory.
func LoadParams(dir string) (Params, error) {
	b, err := os.ReadFile(filepath.Join(dir, ParamsFile))
	if err != nil {
		return Params{}, err
	}
	var p Params
	if err := json.Unmarshal(b, &p); err != nil {
		return Params{}, fmt.Errorf("%s: %w", ParamsFile, err)
	}
	return p, nil
}

// LoadKeys reads a key directory written by Save. Files larger than the parameters imply are refused
// before they are read.
func LoadKeys(dir string) (*ClientKeys, error) {
	p, err := LoadParams(dir)
	if err != nil {
		return nil, err
	}
	skb, err := readLimited(filepath.Join(dir, SecretFile), 64<<20)
	if err != nil {
		return nil, err
	}
	sk, err := p.unmarshalSecretKey(skb)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", SecretFile, err)
	}
	var pk *rlwe.PublicKey
	pkb, err := readLimited(filepath.Join(dir, PublicFile), 64<<20)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		pk = rlwe.NewKeyGenerator(p.p).GenPublicKeyNew(sk)
	case err != nil:
		return nil, err
	default:
		if pk, err = p.unmarshalPublicKey(pkb); err != nil {
			return nil, fmt.Errorf("%s: %w", PublicFile, err)
		}
	}
	return newClientKeys(p, sk, pk), nil
}

func readLimited(path string, limit int64) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if st.Size() > limit {
		return nil, cohort.Errorf(cohort.ETooLarge, "%s: %d bytes over %d", path, st.Size(), limit)
	}
	return os.ReadFile(path)
}

// Key files use the strict message format of this package (magic, fingerprint, raw coefficients of
// exact size), never lattigo's encoding, whose length prefixes would be trusted.
const (
	magicSecretKey = "CHSK"
	magicPublicKey = "CHPK"
)

func (p Params) marshalSecretKey(sk *rlwe.SecretKey) []byte {
	return encodeQPMsg(magicSecretKey, p, nil, sk.Value)
}

func (p Params) unmarshalSecretKey(b []byte) (*rlwe.SecretKey, error) {
	_, polys, err := decodeQPMsg(magicSecretKey, p, 0, 1, b)
	if err != nil {
		return nil, err
	}
	sk := rlwe.NewSecretKey(p.p)
	sk.Value = polys[0]
	return sk, nil
}

func (p Params) marshalPublicKey(pk *rlwe.PublicKey) []byte {
	return encodeQPMsg(magicPublicKey, p, nil, pk.Value[0], pk.Value[1])
}

func (p Params) unmarshalPublicKey(b []byte) (*rlwe.PublicKey, error) {
	_, polys, err := decodeQPMsg(magicPublicKey, p, 0, 2, b)
	if err != nil {
		return nil, err
	}
	pk := rlwe.NewPublicKey(p.p)
	pk.Value[0], pk.Value[1] = polys[0], polys[1]
	return pk, nil
}
