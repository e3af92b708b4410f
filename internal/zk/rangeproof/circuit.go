package rangeproof

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/logger"
	"github.com/consensys/gnark/std/permutation/poseidon2"
	"github.com/consensys/gnark/std/rangecheck"

	"github.com/cohort-net/cohort"
)

func init() {
	// gnark's global zerolog writes to standard output; Cohort's --json output lives there.
	logger.Disable()
}

// Circuit is the range statement for one Spec. Commitment and Count are public; the salt, the offsets
// (one per cell) and the row selector are private.
type Circuit struct {
	Commitment frontend.Variable `gnark:",public"`
	Count      frontend.Variable `gnark:",public"`
	Salt       frontend.Variable
	Offsets    [][]frontend.Variable
	Active     []frontend.Variable // 1 for the first Count rows, 0 after

	spec *Spec
}

// NewCircuit returns a circuit shaped for s (the placeholder to compile, or to fill as an assignment).
func NewCircuit(s *Spec) *Circuit {
	c := &Circuit{spec: s, Offsets: make([][]frontend.Variable, s.Rows), Active: make([]frontend.Variable, s.Rows)}
	for i := range c.Offsets {
		c.Offsets[i] = make([]frontend.Variable, s.Columns())
	}
	return c
}

// Define states: every offset within its column's range, padding rows zero, the active rows exactly
// the first Count, and Commitment the sponge of (domain tag, Salt, Count, packed rows).
func (c *Circuit) Define(api frontend.API) error {
	s := c.spec
	rc := rangecheck.New(api)
	var sum frontend.Variable = 0
	for i, a := range c.Active {
		api.AssertIsBoolean(a)
		if i > 0 {
			api.AssertIsBoolean(api.Sub(c.Active[i-1], a)) // non-increasing
		}
		sum = api.Add(sum, a)
	}
	api.AssertIsEqual(sum, c.Count)

	elems := []frontend.Variable{tag, c.Salt, c.Count}
	for i, row := range c.Offsets {
		inactive := api.Sub(1, c.Active[i])
		for j, d := range row {
			if s.bits[j] == 0 {
				api.AssertIsEqual(d, 0)
				continue
			}
			rc.Check(d, s.bits[j])
			rc.Check(api.Sub(s.Max[j]-s.Min[j], d), s.bits[j])
			api.AssertIsEqual(api.Mul(inactive, d), 0)
		}
		for _, cols := range s.groups {
			var acc frontend.Variable = 0
			shift := 0
			for _, j := range cols {
				acc = api.Add(acc, api.Mul(row[j], new(big.Int).Lsh(big.NewInt(1), uint(shift))))
				shift += s.bits[j]
			}
			elems = append(elems, acc)
		}
	}
	perm, err := poseidon2.NewPoseidon2FromParameters(api, spongeWidth, spongeFull, spongePartial)
	if err != nil {
		return err
	}
	state := make([]frontend.Variable, spongeWidth)
	state[0] = len(elems)
	for k := 1; k < spongeWidth; k++ {
		state[k] = 0
	}
	for i := 0; i < len(elems); i += spongeRate {
		for k := 0; k < spongeRate && i+k < len(elems); k++ {
			state[1+k] = api.Add(state[1+k], elems[i+k])
		}
		if err := perm.Permutation(state); err != nil {
			return err
		}
	}
	api.AssertIsEqual(state[1], c.Commitment)
	return nil
}

// Keys hold a compiled circuit and its Groth16 keys for one Spec.
type Keys struct {
	Spec *Spec
	CCS  constraint.ConstraintSystem
	PK   groth16.ProvingKey
	VK   groth16.VerifyingKey
}

// Compile compiles the circuit for s.
func Compile(s *Spec) (constraint.ConstraintSystem, error) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, NewCircuit(s))
	if err != nil {
		return nil, fmt.Errorf("compile range circuit: %w", err)
	}
	return ccs, nil
}

// Setup compiles the circuit and runs a single-party Groth16 setup: for tests and benchmarks. A
// deployment takes its keys from a multi-party ceremony over the same constraint system.
func Setup(s *Spec) (*Keys, error) {
	ccs, err := Compile(s)
	if err != nil {
		return nil, err
	}
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		return nil, fmt.Errorf("groth16 setup: %w", err)
	}
	return &Keys{Spec: s, CCS: ccs, PK: pk, VK: vk}, nil
}

// Proof is a range proof with its public inputs.
type Proof struct {
	Commitment *big.Int
	Count      int
	Proof      []byte // groth16 proof, compressed
}

// Prove checks rows against the spec (the plain-Go reference) and proves the statement for the
// commitment Commit(rows, salt). The salt stays with the prover: the proof carries only the commitment.
func (k *Keys) Prove(rows [][]float64, salt *big.Int) (*Proof, error) {
	s := k.Spec
	if err := checkSalt(salt); err != nil {
		return nil, err
	}
	offs, err := s.Offsets(rows)
	if err != nil {
		return nil, err
	}
	com := s.commitOffsets(offs, salt)
	return k.prove(offs, salt, com, len(offs))
}

// prove builds the witness from offsets as given (tests use it to try false statements).
func (k *Keys) prove(offs [][]uint64, salt, com *big.Int, count int) (*Proof, error) {
	s := k.Spec
	w := NewCircuit(s)
	w.Commitment, w.Count, w.Salt = com, count, salt
	for i := range s.Rows {
		w.Active[i] = 0
		if i < count {
			w.Active[i] = 1
		}
		for j := range s.Columns() {
			w.Offsets[i][j] = 0
			if i < len(offs) {
				w.Offsets[i][j] = offs[i][j]
			}
		}
	}
	wit, err := frontend.NewWitness(w, ecc.BN254.ScalarField())
	if err != nil {
		return nil, fmt.Errorf("range witness: %w", err)
	}
	proof, err := groth16.Prove(k.CCS, k.PK, wit, backend.WithProverHashToFieldFunction(sha256.New()))
	if err != nil {
		return nil, cohort.Errorf(cohort.EInvalid, "range proof: the rows do not satisfy the statement: %v", err)
	}
	var b bytes.Buffer
	if _, err := proof.WriteTo(&b); err != nil {
		return nil, err
	}
	return &Proof{Commitment: com, Count: count, Proof: b.Bytes()}, nil
}

// Verify checks a proof against its public inputs. A bad proof is EUnauthorized; a malformed one
// EInvalid.
func Verify(vk groth16.VerifyingKey, s *Spec, p *Proof) error {
	if p.Commitment == nil || p.Commitment.Sign() < 0 || p.Commitment.Cmp(ecc.BN254.ScalarField()) >= 0 {
		return cohort.Errorf(cohort.EInvalid, "range proof: commitment outside the field")
	}
	if p.Count < 0 || p.Count > s.Rows {
		return cohort.Errorf(cohort.EInvalid, "range proof: count %d outside 0..%d", p.Count, s.Rows)
	}
	// A compressed BN254 Groth16 proof: Ar (32) Bs (64) Krs (32), a 4-byte count of commitments, 32
	// bytes each, and their proof of knowledge (32). Check the shape before gnark decodes it: its
	// decoder trusts the count and would allocate whatever it says.
	const head = 32 + 64 + 32
	if len(p.Proof) < head+4+32 || len(p.Proof) > 1024 {
		return cohort.Errorf(cohort.EInvalid, "range proof: %d bytes", len(p.Proof))
	}
	n := binary.BigEndian.Uint32(p.Proof[head : head+4])
	if n > 4 || len(p.Proof) != head+4+32*int(n)+32 {
		return cohort.Errorf(cohort.EInvalid, "range proof: malformed (%d commitments, %d bytes)", n, len(p.Proof))
	}
	proof := groth16.NewProof(ecc.BN254)
	if m, err := proof.ReadFrom(bytes.NewReader(p.Proof)); err != nil || m != int64(len(p.Proof)) {
		return cohort.Errorf(cohort.EInvalid, "range proof: decode: %v", err)
	}
	pub := &Circuit{Commitment: p.Commitment, Count: p.Count, Salt: 0}
	wit, err := frontend.NewWitness(pub, ecc.BN254.ScalarField(), frontend.PublicOnly())
	if err != nil {
		return cohort.Errorf(cohort.EInvalid, "range proof: public inputs: %v", err)
	}
	if err := groth16.Verify(proof, vk, wit, backend.WithVerifierHashToFieldFunction(sha256.New())); err != nil {
		return &cohort.Error{Code: cohort.EUnauthorized, Message: "range proof does not verify", Err: err}
	}
	return nil
}
