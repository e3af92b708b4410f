package zk

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"

	"github.com/cohort-net/cohort"
)

// A model key is the verifying key of one private-weight logistic regression or MLP. Its circuit
// takes the model's parameters (keyParams: packed operands, biases, the weights salt) as its last
// public inputs, so a Groth16 verifier would add sum_i a_i K_i over them, one point K_i of the
// circuit's verifying key (the shape key) per parameter. That sum depends on the model only: the
// model key is the shape key with it added to K_0 once and those K_i dropped. A proof then verifies
// under the model key exactly when it verifies under the shape key with the model's parameters as
// public inputs, and its statement is the public-weight circuit's (model id, nonce, prover, input
// commitment, outputs): the same proof, gas and Solidity verifier.
//
// Binding: two openings a != a' of one K_0 would be a linear relation sum (a_i - a'_i) K_i = 0
// among points whose discrete logarithms the setup's toxic waste hides (each parameter's wire has its
// own constraint, so the K_i are independent); finding one is as hard as forging proofs. Hiding: the
// salt's point K_s enters as s*K_s with s uniform, so K_0 is uniformly distributed whatever the
// weights. Proofs are zero-knowledge given the key. A model owner who registers a K_0 that is no
// opening's (a point of its choosing) could make the verifier accept statements of no model: the
// Opening, a Schnorr proof of knowledge of the parameters over the K_i, refuses such keys
// (CheckModelKey) without revealing the parameters.

// modelTag separates the model key's proof of knowledge from every other Fiat-Shamir hash.
var modelTag = []byte("cohort/zk/model-key/v4")

// WeightsKeyFormat names how a private dense model's weights are bound: by its model key. A key
// directory's circuit.json records it ("weights"); private dense directories without it bound their
// weights by an in-circuit hash (formats v2, v3) and are refused.
const WeightsKeyFormat = "model-key/v4"

// foldsWeights says whether the circuit's keys are model keys (private dense weights).
func (c *Compiled) foldsWeights() bool { return c.Private && c.Model.Kind != KindLSTM }

func g16Key(vk *VerifyingKey) (*groth16bn254.VerifyingKey, error) {
	if vk == nil || vk.Scheme != Groth16 {
		return nil, cohort.Errorf(cohort.EInvalid, "model keys are groth16 keys")
	}
	k, ok := vk.g16.(*groth16bn254.VerifyingKey)
	if !ok {
		return nil, cohort.Errorf(cohort.EInternal, "groth16 verifying key of type %T", vk.g16)
	}
	return k, nil
}

// paramPoints returns where a shape key's np parameter points lie: K[start:end], after the one wire
// and the statement's public inputs and before the points of gnark's commitment wires (the lookup
// variant), whose committed public inputs must all be statement inputs.
func paramPoints(shape *groth16bn254.VerifyingKey, np int) (start, end int, err error) {
	end = len(shape.G1.K) - len(shape.PublicAndCommitmentCommitted)
	start = end - np
	if np == 0 || start < 1 {
		return 0, 0, cohort.Errorf(cohort.EInvalid, "a verifying key of %d public inputs is no shape key for %d parameters", end-1, np)
	}
	for _, idx := range shape.PublicAndCommitmentCommitted {
		for _, i := range idx {
			if i >= start {
				return 0, 0, cohort.Errorf(cohort.EInvalid, "a shape key whose commitment covers the model's parameters")
			}
		}
	}
	return start, end, nil
}

// foldParams returns K_0 + sum_i a_i K_i over the shape key's parameter points, and those points.
func foldParams(shape *groth16bn254.VerifyingKey, a []*big.Int) (bn254.G1Affine, []bn254.G1Affine, error) {
	var k0 bn254.G1Affine
	start, end, err := paramPoints(shape, len(a))
	if err != nil {
		return k0, nil, err
	}
	bases := shape.G1.K[start:end]
	s := make([]fr.Element, len(a))
	for i, v := range a {
		s[i].SetBigInt(v)
	}
	var sum bn254.G1Affine
	if _, err := sum.MultiExp(bases, s, ecc.MultiExpConfig{}); err != nil {
		return k0, nil, err
	}
	k0.Add(&shape.G1.K[0], &sum)
	return k0, bases, nil
}

// withoutParams returns the shape key's points with K_0 replaced and the parameters' dropped.
func withoutParams(shape *groth16bn254.VerifyingKey, k0 bn254.G1Affine, np int) []bn254.G1Affine {
	end := len(shape.G1.K) - len(shape.PublicAndCommitmentCommitted)
	k := append([]bn254.G1Affine{k0}, shape.G1.K[1:end-np]...)
	return append(k, shape.G1.K[end:]...)
}

// foldKey returns the model key of q under the circuit's shape key, with its opening.
func foldKey(shapeVK *VerifyingKey, q *QModel) (*VerifyingKey, error) {
	shape, err := g16Key(shapeVK)
	if err != nil {
		return nil, err
	}
	a := q.keyParams()
	k0, bases, err := foldParams(shape, a)
	if err != nil {
		return nil, err
	}
	m := *shape
	m.G1.K = withoutParams(shape, k0, len(a))
	if err := m.Precompute(); err != nil {
		return nil, err
	}
	op, err := proveOpening(shapeVK, k0, bases, a)
	if err != nil {
		return nil, err
	}
	return &VerifyingKey{Scheme: Groth16, g16: &m, shape: shapeVK, opening: op}, nil
}

// openingChallenge is the Fiat-Shamir challenge of a model key's proof of knowledge: SHA-256 of the
// tag, the shape key, the folded point and the prover's commitment R, reduced into the field.
func openingChallenge(shapeVK *VerifyingKey, k0, r *bn254.G1Affine) (fr.Element, error) {
	h := sha256.New()
	h.Write(modelTag)
	var b bytes.Buffer
	if _, err := shapeVK.WriteTo(&b); err != nil {
		return fr.Element{}, err
	}
	h.Write(b.Bytes())
	k0b, rb := k0.RawBytes(), r.RawBytes()
	h.Write(k0b[:])
	h.Write(rb[:])
	var c fr.Element
	c.SetBytes(h.Sum(nil))
	return c, nil
}

// proveOpening is a Schnorr proof of knowledge of a with k0 - K_0 = sum_i a_i bases_i: R = sum r_i
// bases_i for random r, c = openingChallenge, z_i = r_i + c a_i. Encoded as R (compressed, 32 bytes),
// the count (4 bytes, big-endian), then each z_i (32 bytes).
func proveOpening(shapeVK *VerifyingKey, k0 bn254.G1Affine, bases []bn254.G1Affine, a []*big.Int) ([]byte, error) {
	r := make([]fr.Element, len(a))
	for i := range r {
		if _, err := r[i].SetRandom(); err != nil {
			return nil, err
		}
	}
	var R bn254.G1Affine
	if _, err := R.MultiExp(bases, r, ecc.MultiExpConfig{}); err != nil {
		return nil, err
	}
	c, err := openingChallenge(shapeVK, &k0, &R)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, 36+32*len(a))
	rb := R.Bytes()
	out = append(out, rb[:]...)
	out = binary.BigEndian.AppendUint32(out, uint32(len(a)))
	for i, v := range a {
		var z, av fr.Element
		av.SetBigInt(v)
		z.Mul(&c, &av).Add(&z, &r[i])
		zb := z.Bytes()
		out = append(out, zb[:]...)
	}
	return out, nil
}

// CheckModelKey checks that model is a model key of the shape key shape (the verifying key of the
// private-weight circuit, from its setup or ceremony) and that whoever made it knows the parameters
// it folds (opening, as SaveKeys writes it): the same key but for K_0 and the parameters' points, and
// a valid proof of knowledge. It learns nothing of the parameters. A registrar runs it before
// registering a private model's verifier.
func CheckModelKey(shapeVK, modelVK *VerifyingKey, opening []byte) error {
	shape, err := g16Key(shapeVK)
	if err != nil {
		return err
	}
	m, err := g16Key(modelVK)
	if err != nil {
		return err
	}
	if len(opening) < 36 || (len(opening)-36)%32 != 0 {
		return cohort.Errorf(cohort.EInvalid, "model key opening: %d bytes", len(opening))
	}
	np := int(binary.BigEndian.Uint32(opening[32:36]))
	if np != (len(opening)-36)/32 || np == 0 {
		return cohort.Errorf(cohort.EInvalid, "model key opening: %d parameters in %d bytes", np, len(opening))
	}
	start, end, err := paramPoints(shape, np)
	if err != nil {
		return err
	}
	want := withoutParams(shape, m.G1.K[0], np)
	same := len(m.G1.K) == len(want) && len(m.CommitmentKeys) == len(shape.CommitmentKeys) &&
		m.G1.Alpha.Equal(&shape.G1.Alpha) && m.G1.Beta.Equal(&shape.G1.Beta) && m.G1.Delta.Equal(&shape.G1.Delta) &&
		m.G2.Beta.Equal(&shape.G2.Beta) && m.G2.Gamma.Equal(&shape.G2.Gamma) && m.G2.Delta.Equal(&shape.G2.Delta)
	for i := 1; i < len(want) && same; i++ {
		same = m.G1.K[i].Equal(&want[i])
	}
	for i := range m.CommitmentKeys {
		if !same {
			break
		}
		a, b := m.CommitmentKeys[i], shape.CommitmentKeys[i]
		same = a.G.Equal(&b.G) && a.GSigmaNeg.Equal(&b.GSigmaNeg)
	}
	if !same || fmt.Sprint(m.PublicAndCommitmentCommitted) != fmt.Sprint(shape.PublicAndCommitmentCommitted) {
		return cohort.Errorf(cohort.EInvalid, "model key: not derived from this shape key (%d public inputs, or its setup points, differ)", len(m.G1.K)-1)
	}
	var R bn254.G1Affine
	if _, err := R.SetBytes(opening[:32]); err != nil {
		return cohort.Errorf(cohort.EInvalid, "model key opening: %v", err)
	}
	z := make([]fr.Element, np)
	for i := range z {
		if err := z[i].SetBytesCanonical(opening[36+32*i : 68+32*i]); err != nil {
			return cohort.Errorf(cohort.EInvalid, "model key opening: response %d: %v", i, err)
		}
	}
	c, err := openingChallenge(shapeVK, &m.G1.K[0], &R)
	if err != nil {
		return err
	}
	// sum z_i K_i == R + c (K_0' - K_0)
	var lhs, x, rhs bn254.G1Affine
	if _, err := lhs.MultiExp(shape.G1.K[start:end], z, ecc.MultiExpConfig{}); err != nil {
		return err
	}
	x.Sub(&m.G1.K[0], &shape.G1.K[0])
	var cb big.Int
	c.BigInt(&cb)
	rhs.ScalarMultiplication(&x, &cb).Add(&rhs, &R)
	if !lhs.Equal(&rhs) {
		return cohort.Errorf(cohort.EInvalid, "model key: its proof of knowledge of the model's parameters does not verify")
	}
	return nil
}

// checkModelKeyOf checks that modelVK folds q's parameters into shapeVK (the prover's and owner's
// check: they hold the model).
func checkModelKeyOf(shapeVK, modelVK *VerifyingKey, q *QModel) error {
	shape, err := g16Key(shapeVK)
	if err != nil {
		return err
	}
	m, err := g16Key(modelVK)
	if err != nil {
		return err
	}
	k0, _, err := foldParams(shape, q.keyParams())
	if err != nil {
		return err
	}
	if len(m.G1.K) == 0 || !m.G1.K[0].Equal(&k0) {
		return cohort.Errorf(cohort.EInvalid, "model key: it does not fold this model's parameters (another model, salt or setup)")
	}
	return CheckModelKey(shapeVK, modelVK, modelVK.opening)
}
