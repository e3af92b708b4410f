package zk

import (
	"bytes"
	"fmt"
	"io"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	cs "github.com/consensys/gnark/constraint/bn254"

	"github.com/cohort-net/cohort"
)

// The Groth16 ceremony (gnark's backend/groth16/bn254/mpcsetup) runs in two phases, each a chain of
// contributions where every contributor takes the previous file, mixes in fresh secret randomness and
// publishes the result with a proof of its update:
//
//  1. Phase 1 (powers of tau) depends only on the domain size: Phase1Contribute, then Phase1Seal
//     verifies every contribution in order and seals the chain with a public random beacon (chosen
//     after the last contribution), giving the common SRS.
//  2. Phase 2 depends on the circuit: Phase2Contribute from the SRS, then Phase2Seal verifies the chain,
//     applies the beacon and returns the proving and verifying keys.
//
// The keys are sound if at least one contributor of each phase destroyed its secret.

// MaxCeremonyBytes bounds a ceremony file.
const MaxCeremonyBytes = 1 << 32

// Domain returns the FFT domain size of a Groth16 circuit, the size phase 1 must be run for.
func (c *Compiled) Domain() uint64 { return ecc.NextPowerOfTwo(uint64(c.CCS.GetNbConstraints())) }

func (c *Compiled) r1cs() (*cs.R1CS, error) {
	r, ok := c.CCS.(*cs.R1CS)
	if !ok || c.Scheme != Groth16 {
		return nil, cohort.Errorf(cohort.EInvalid, "the ceremony is for Groth16 circuits")
	}
	return r, nil
}

func encode(v io.WriterTo) ([]byte, error) {
	var b bytes.Buffer
	if _, err := v.WriteTo(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Phase1Contribute adds one contribution to phase 1. prev is the previous contribution, or nil to
// start a ceremony for the given domain size (a power of two).
func Phase1Contribute(prev []byte, domain uint64) ([]byte, error) {
	p := new(mpcsetup.Phase1)
	if prev == nil {
		if domain == 0 || ecc.NextPowerOfTwo(domain) != domain || domain > 1<<26 {
			return nil, cohort.Errorf(cohort.EInvalid, "phase 1 domain %d: want a power of two up to 2^26", domain)
		}
		p.Initialize(domain)
	} else if err := readLimited("phase 1 contribution", prev, MaxCeremonyBytes, p, checkPhase1); err != nil {
		return nil, err
	}
	p.Contribute()
	return encode(p)
}

// Phase1Seal verifies a chain of phase 1 contributions (in order) and seals it with the beacon,
// returning the encoded common SRS.
func Phase1Seal(domain uint64, beacon []byte, contributions [][]byte) ([]byte, error) {
	if len(contributions) == 0 || len(beacon) == 0 {
		return nil, cohort.Errorf(cohort.EInvalid, "phase 1 seal needs contributions and a beacon")
	}
	ps := make([]*mpcsetup.Phase1, len(contributions))
	for i, b := range contributions {
		ps[i] = new(mpcsetup.Phase1)
		if err := readLimited(fmt.Sprintf("phase 1 contribution %d", i), b, MaxCeremonyBytes, ps[i], checkPhase1); err != nil {
			return nil, err
		}
	}
	commons, err := safeVerify(func() (mpcsetup.SrsCommons, error) { return mpcsetup.VerifyPhase1(domain, beacon, ps...) })
	if err != nil {
		return nil, cohort.Errorf(cohort.EInvalid, "phase 1: %v", err)
	}
	return encode(&commons)
}

func safeVerify[T any](f func() (T, error)) (v T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("malformed contribution (%v)", r)
		}
	}()
	return f()
}

func decodeCommons(srs []byte) (*mpcsetup.SrsCommons, error) {
	c := new(mpcsetup.SrsCommons)
	return c, readLimited("phase 1 srs", srs, MaxCeremonyBytes, c, checkSrsCommons)
}

// Phase2Contribute adds one contribution to the circuit's phase 2. prev is the previous
// contribution, or nil for the first, which starts from the sealed phase 1 SRS.
func (c *Compiled) Phase2Contribute(srs, prev []byte) ([]byte, error) {
	r, err := c.r1cs()
	if err != nil {
		return nil, err
	}
	p := new(mpcsetup.Phase2)
	if prev == nil {
		commons, err := decodeCommons(srs)
		if err != nil {
			return nil, err
		}
		if _, err := safeVerify(func() (mpcsetup.Phase2Evaluations, error) { return p.Initialize(r, commons), nil }); err != nil {
			return nil, cohort.Errorf(cohort.EInvalid, "phase 2: %v (is the srs for domain %d?)", err, c.Domain())
		}
	} else if err := readLimited("phase 2 contribution", prev, MaxCeremonyBytes, p, checkPhase2); err != nil {
		return nil, err
	}
	p.Contribute()
	return encode(p)
}

// Phase2Seal verifies the chain of phase 2 contributions against the circuit and the SRS, seals it
// with the beacon and returns the keys (with private dense weights, the model's model key: the
// ceremony's keys serve every model of the shape, each folding its own).
func (c *Compiled) Phase2Seal(srs, beacon []byte, contributions [][]byte) (*ProvingKey, *VerifyingKey, error) {
	r, err := c.r1cs()
	if err != nil {
		return nil, nil, err
	}
	if len(contributions) == 0 || len(beacon) == 0 {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "phase 2 seal needs contributions and a beacon")
	}
	commons, err := decodeCommons(srs)
	if err != nil {
		return nil, nil, err
	}
	ps := make([]*mpcsetup.Phase2, len(contributions))
	for i, b := range contributions {
		ps[i] = new(mpcsetup.Phase2)
		if err := readLimited(fmt.Sprintf("phase 2 contribution %d", i), b, MaxCeremonyBytes, ps[i], checkPhase2); err != nil {
			return nil, nil, err
		}
	}
	type keys struct {
		pk *ProvingKey
		vk *VerifyingKey
	}
	k, err := safeVerify(func() (keys, error) {
		pk, vk, err := mpcsetup.VerifyPhase2(r, commons, beacon, ps...)
		return keys{&ProvingKey{Scheme: Groth16, g16: pk}, &VerifyingKey{Scheme: Groth16, g16: vk}}, err
	})
	if err != nil {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "phase 2: %v", err)
	}
	return c.modelKeys(k.pk, k.vk)
}
