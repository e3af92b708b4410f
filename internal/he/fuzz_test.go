package he

import (
	"encoding/json"
	"testing"
)

// Every decoder of outside bytes has a fuzz target; under plain `go test` they run on their seeds.

func FuzzUnmarshalCiphertext(f *testing.F) {
	p := MustParams(ProfileLinear)
	k := GenerateKeys(p)
	c, _ := k.EncryptValues([]float64{1, 2}, 0)
	b, _ := c.MarshalBinary()
	f.Add(b)
	f.Add(b[:40])
	f.Add([]byte("CHC1"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := p.UnmarshalCiphertext(b, CiphertextLimits{MaxLevel: -1})
		if err == nil {
			if _, err := c.MarshalBinary(); err != nil {
				t.Fatal(err)
			}
		}
	})
}

func FuzzUnmarshalEvalKey(f *testing.F) {
	p := MustParams(ProfileLinear)
	k := GenerateKeys(p)
	keys, _ := k.EvaluationKeys(KeyNeeds{Galois: p.p.GaloisElementsForInnerSum(1, 2), GaloisLevel: 0})
	b, _ := keys[0].MarshalBinary()
	f.Add(b)
	f.Add(b[:keyHeaderLen])
	f.Add([]byte("CHK1xxxxxxxx"))
	f.Fuzz(func(t *testing.T, b []byte) {
		_, _ = p.UnmarshalEvalKey(b)
	})
}

func FuzzThresholdMessages(f *testing.F) {
	cfg, parties, pk := thresholdSetup(f, 2, 2)
	sh, _ := parties[0].ShamirShareFor(2)
	pkb, _ := pk.MarshalBinary()
	u, _ := pk.EncryptUpdate([]float64{1, 2, 3})
	ub, _ := u.MarshalBinary()
	pks, _ := parties[0].PublicKeyShare()
	f.Add(sh)
	f.Add(pkb)
	f.Add(ub)
	f.Add(pks)
	f.Add([]byte("CHD1"))
	f.Fuzz(func(t *testing.T, b []byte) {
		_ = parties[1].AddShamirShare(1, b) // at most once accepted; later calls conflict
		_, _ = UnmarshalCollectivePublicKey(b)
		if u, err := UnmarshalEncryptedUpdate(b, 1<<16); err == nil {
			_, _ = CombineShares(cfg, u, []uint64{1, 2}, map[uint64][]byte{1: b, 2: b})
		}
		_, _ = AggregatePublicKey(cfg, map[uint64][]byte{1: b, 2: pks})
	})
}

func FuzzParamsJSON(f *testing.F) {
	b, _ := json.Marshal(MustParams(ProfileAgg))
	f.Add(b)
	f.Add([]byte(`{"profile":"mlp"}`))
	f.Add([]byte(`{"profile":"x","ckks":{}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var p Params
		_ = json.Unmarshal(b, &p)
	})
}

func FuzzKeyFiles(f *testing.F) {
	p := MustParams(ProfileAgg)
	k := GenerateKeys(p)
	f.Add(p.marshalSecretKey(k.sk))
	f.Add(p.marshalPublicKey(k.pk))
	f.Add([]byte("CHSK"))
	f.Fuzz(func(t *testing.T, b []byte) {
		_, _ = p.unmarshalSecretKey(b)
		_, _ = p.unmarshalPublicKey(b)
	})
}
