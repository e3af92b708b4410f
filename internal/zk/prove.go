package zk

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/kzg"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/plonk"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/frontend/cs/scs"
	"github.com/consensys/gnark/test/unsafekzg"

	"github.com/cohort-net/cohort"
)

// Scheme names a proof system.
type Scheme string

// Proof systems. Groth16 is the default: smallest proofs, cheapest on-chain verification, a
// per-circuit setup. PLONK takes a universal (circuit-independent) setup.
const (
	Groth16 Scheme = "groth16"
	PLONK   Scheme = "plonk"
)

// Size limits of the key and proof decoders.
const (
	MaxProofBytes = 1 << 13
	MaxVKBytes    = 1 << 20
	// MaxShapeVKBytes bounds the verifying key of a private dense circuit, one point per parameter
	// (at most 2^18 of them), that its model keys are folded from.
	MaxShapeVKBytes = 1 << 24
	MaxPKBytes      = 1 << 32
)

// Compiled is a model's circuit compiled to a constraint system for one scheme.
type Compiled struct {
	Model   *QModel
	Private bool
	Scheme  Scheme
	Options Options
	CCS     constraint.ConstraintSystem
	circuit *Circuit
}

// Options choose a circuit's variant.
type Options struct {
	// Private keeps the weights private, bound to the model id by an in-circuit commitment.
	Private bool `json:"private"`
	// Scheme is groth16 (default) or plonk.
	Scheme Scheme `json:"scheme"`
	// Variant is how the circuit range-checks; empty picks DefaultVariant for the model.
	Variant Variant `json:"variant,omitempty"`
}

// Variant names how a circuit range-checks, which decides whether its Groth16 proofs carry a
// Pedersen commitment.
type Variant string

// Circuit variants.
const (
	// VariantBinary range-checks by binary decomposition (bits+1 constraints per check): no
	// commitment, so a 256-byte Solidity proof and a verifier with one pairing check (the one the
	// on-chain verifier checks under 250k gas for a few public inputs). The default where it applies.
	VariantBinary Variant = "binary"
	// VariantLookup range-checks with gnark's log-derivative argument: fewer constraints, one Pedersen
	// commitment, whose proof of knowledge costs the Solidity verifier a second pairing check (about
	// 125k gas more). The LSTM's sigmoid and tanh tables need it.
	VariantLookup Variant = "lookup"
)

// DefaultVariant is the variant a model compiles to unless told otherwise: VariantBinary, which the
// exported on-chain verifier checks cheaply, for every kind that has no lookup tables (logistic
// regression, MLP; public and private weights alike); VariantLookup for the LSTM, whose tables need
// the commitment.
func DefaultVariant(q *QModel) Variant {
	if q.Kind == KindLSTM {
		return VariantLookup
	}
	return VariantBinary
}

// ParseVariant reads a variant name; "" and "auto" give "" (the model's DefaultVariant).
func ParseVariant(s string) (Variant, error) {
	switch v := Variant(s); v {
	case "", "auto":
		return "", nil
	case VariantBinary, VariantLookup:
		return v, nil
	}
	return "", cohort.Errorf(cohort.EInvalid, "circuit variant %q, want auto|binary|lookup", s)
}

// resolve returns o with its variant chosen and checked against the model.
func (o Options) resolve(q *QModel) (Options, error) {
	v, err := ParseVariant(string(o.Variant))
	if err != nil {
		return o, err
	}
	if v == "" {
		v = DefaultVariant(q)
	}
	if v == VariantBinary && q.Kind == KindLSTM {
		return o, cohort.Errorf(cohort.EInvalid, "the %s's lookup tables need the %s variant, not %s", q.Kind, VariantLookup, v)
	}
	o.Variant = v
	return o, nil
}

// Compile builds the circuit of a quantized model: weights as constants, or private behind a
// commitment equal to the model id.
func Compile(q *QModel, private bool, scheme Scheme) (*Compiled, error) {
	return CompileWith(q, Options{Private: private, Scheme: scheme})
}

// CompileWith builds the circuit variant that o describes; Compiled.Options records the variant
// chosen.
func CompileWith(q *QModel, o Options) (*Compiled, error) {
	if err := q.Validate(); err != nil {
		return nil, err
	}
	o, err := o.resolve(q)
	if err != nil {
		return nil, err
	}
	private, scheme := o.Private, o.Scheme
	if private && (q.WeightsSalt == nil || *q.WeightsSalt == (Element{})) {
		return nil, cohort.Errorf(cohort.EInvalid, "private weights need the model's weights_salt (a model file from an older cohort has none): compile the model again with `cohort zk compile`")
	}
	c := NewCircuit(q, private)
	c.noCommit = o.Variant == VariantBinary
	var builder frontend.NewBuilder
	switch scheme {
	case Groth16, "":
		scheme, builder = Groth16, r1cs.NewBuilder
	case PLONK:
		builder = scs.NewBuilder
	default:
		return nil, cohort.Errorf(cohort.EInvalid, "scheme %q, want groth16|plonk", scheme)
	}
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), builder, c)
	if err != nil {
		return nil, fmt.Errorf("compile %s circuit: %w", q.Kind, err)
	}
	o.Scheme = scheme
	return &Compiled{Model: q, Private: private, Scheme: scheme, Options: o, CCS: ccs, circuit: c}, nil
}

// Constraints returns the number of constraints.
func (c *Compiled) Constraints() int { return c.CCS.GetNbConstraints() }

// ProvingKey is a scheme's proving key.
type ProvingKey struct {
	Scheme Scheme
	g16    groth16.ProvingKey
	pl     plonk.ProvingKey
}

// VerifyingKey is a scheme's verifying key. A private dense model's is its model key (modelkey.go),
// which carries the circuit's shape key and the opening that SaveKeys writes beside it.
type VerifyingKey struct {
	Scheme  Scheme
	g16     groth16.VerifyingKey
	pl      plonk.VerifyingKey
	shape   *VerifyingKey
	opening []byte
}

// Setup runs a single-party setup. For Groth16 whoever runs it knows the toxic waste and could forge
// proofs: use it for development and tests, and a ceremony (Phase1Contribute and the rest) for a real
// network. For PLONK it uses gnark's unsafekzg SRS, whose secret is known: tests only; give a real
// universal SRS to SetupPLONK instead. With private dense weights the verifying key is the model's
// model key (modelkey.go); the proving key serves every model of the circuit's shape.
func (c *Compiled) Setup() (*ProvingKey, *VerifyingKey, error) {
	if c.Scheme == PLONK {
		srs, lag, err := unsafekzg.NewSRS(c.CCS)
		if err != nil {
			return nil, nil, fmt.Errorf("unsafe kzg srs: %w", err)
		}
		return c.SetupPLONK(srs, lag)
	}
	pk, vk, err := groth16.Setup(c.CCS)
	if err != nil {
		return nil, nil, fmt.Errorf("groth16 setup: %w", err)
	}
	return c.modelKeys(&ProvingKey{Scheme: Groth16, g16: pk}, &VerifyingKey{Scheme: Groth16, g16: vk})
}

// modelKeys returns the keys of a setup, with a private dense model's parameters folded into its
// verifying key.
func (c *Compiled) modelKeys(pk *ProvingKey, vk *VerifyingKey) (*ProvingKey, *VerifyingKey, error) {
	if !c.foldsWeights() {
		return pk, vk, nil
	}
	mk, err := foldKey(vk, c.Model)
	if err != nil {
		return nil, nil, fmt.Errorf("model key: %w", err)
	}
	return pk, mk, nil
}

// ShapeKey returns the verifying key of the circuit that a model key was folded from, nil for other
// keys: the key a registrar checks model keys against (CheckModelKey).
func (vk *VerifyingKey) ShapeKey() *VerifyingKey { return vk.shape }

// Opening returns a model key's proof of knowledge of its parameters (CheckModelKey), nil for other
// keys.
func (vk *VerifyingKey) Opening() []byte { return vk.opening }

// SetupPLONK derives PLONK keys from a universal KZG SRS (canonical and Lagrange forms, large enough
// for the circuit: see plonk.SRSSize).
func (c *Compiled) SetupPLONK(srs, lagrange kzg.SRS) (*ProvingKey, *VerifyingKey, error) {
	if c.Scheme != PLONK {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "SetupPLONK on a %s circuit", c.Scheme)
	}
	pk, vk, err := plonk.Setup(c.CCS, srs, lagrange)
	if err != nil {
		return nil, nil, fmt.Errorf("plonk setup: %w", err)
	}
	return &ProvingKey{Scheme: PLONK, pl: pk}, &VerifyingKey{Scheme: PLONK, pl: vk}, nil
}

// proverOpts and verifierOpts use SHA-256 to hash commitments to the field, as the exported Solidity
// verifier does.
func proverOpts() []backend.ProverOption {
	return []backend.ProverOption{backend.WithProverHashToFieldFunction(sha256.New())}
}

func verifierOpts() []backend.VerifierOption {
	return []backend.VerifierOption{backend.WithVerifierHashToFieldFunction(sha256.New())}
}

// ModelID returns the id a proof for this circuit must carry: the hash of the verifying key (of the
// model key with private dense weights), the weights' commitment for an LSTM with private weights.
func (c *Compiled) ModelID(vk *VerifyingKey) (Element, error) {
	if c.Private && c.Model.Kind == KindLSTM {
		return Element(c.Model.WeightsCommitment()), nil
	}
	if c.foldsWeights() && vk.shape == nil {
		return Element{}, cohort.Errorf(cohort.EInvalid, "private %s weights: a model key is needed (Setup or Phase2Seal make it)", c.Model.Kind)
	}
	return ModelIDFromVK(vk)
}

// ModelIDFromVK is SHA-256 of the verifying key's encoding with its first byte cleared (so that it is
// a field element).
func ModelIDFromVK(vk *VerifyingKey) (Element, error) {
	var b bytes.Buffer
	if _, err := vk.WriteTo(&b); err != nil {
		return Element{}, err
	}
	id := Element(sha256.Sum256(b.Bytes()))
	id[0] = 0
	return id, nil
}

// Prove answers a request: it runs the reference to get the outputs, fills the statement and proves it.
// The request's model id must be this model's id. A panic in gnark (a proving key that is not this
// circuit's, say) is returned as a cohort.EInternal error.
func (c *Compiled) Prove(pk *ProvingKey, modelID Element, req *Request) (st *Statement, proof []byte, err error) {
	defer func() {
		if p := recover(); p != nil {
			st, proof, err = nil, nil, cohort.Errorf(cohort.EInternal, "prove %s circuit: gnark panicked: %v", c.Scheme, p)
		}
	}()
	return c.prove(pk, modelID, req)
}

func (c *Compiled) prove(pk *ProvingKey, modelID Element, req *Request) (*Statement, []byte, error) {
	if pk.Scheme != c.Scheme {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "a %s key for a %s circuit", pk.Scheme, c.Scheme)
	}
	if req.ModelID != modelID {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "request for model %s, this prover serves %s", req.ModelID, modelID)
	}
	if err := req.Nonce.Check("nonce"); err != nil {
		return nil, nil, err
	}
	if err := req.checkSalt(); err != nil {
		return nil, nil, err
	}
	out, err := c.Model.Infer(req.Input)
	if err != nil {
		return nil, nil, err
	}
	st := &Statement{ModelID: modelID, Nonce: req.Nonce, Prover: req.Prover,
		InputCommit: Element(c.Model.InputCommitment(req.Input, req.Salt)), OutputBits: c.Model.OutputBits(), Outputs: out}
	w, err := frontend.NewWitness(c.circuit.Assignment(st, req.Input, req.Salt), ecc.BN254.ScalarField())
	if err != nil {
		return nil, nil, fmt.Errorf("witness: %w", err)
	}
	proof, err := c.proveWitness(pk, w)
	if err != nil {
		return nil, nil, err
	}
	return st, proof, nil
}

func (c *Compiled) proveWitness(pk *ProvingKey, w witness.Witness) ([]byte, error) {
	var b bytes.Buffer
	switch c.Scheme {
	case PLONK:
		p, err := plonk.Prove(c.CCS, pk.pl, w, proverOpts()...)
		if err != nil {
			return nil, fmt.Errorf("plonk prove: %w", err)
		}
		_, err = p.WriteTo(&b)
		return b.Bytes(), err
	default:
		p, err := groth16.Prove(c.CCS, pk.g16, w, proverOpts()...)
		if err != nil {
			return nil, fmt.Errorf("groth16 prove: %w", err)
		}
		_, err = p.WriteTo(&b)
		return b.Bytes(), err
	}
}

// publicWitness builds the verifier's public witness from a statement.
type publicOnly struct {
	Public
	Packed []frontend.Variable `gnark:",public"`
}

func (p *publicOnly) Define(frontend.API) error { return nil }

func publicWitness(st *Statement) (witness.Witness, error) {
	for _, e := range []struct {
		n string
		v Element
	}{{"model id", st.ModelID}, {"nonce", st.Nonce}, {"input commitment", st.InputCommit}} {
		if err := e.v.Check(e.n); err != nil {
			return nil, err
		}
	}
	if err := checkOutputs(st.OutputBits, st.Outputs); err != nil {
		return nil, err
	}
	a := &publicOnly{Public: st.publicVars(), Packed: st.packedVars()}
	return frontend.NewWitness(a, ecc.BN254.ScalarField(), frontend.PublicOnly())
}

// ErrProof is the coded error of a proof that does not verify.
var ErrProof = cohort.Errorf(cohort.EInvalid, "proof does not verify")

// Verify checks a proof of a statement. A malformed proof or a proof of another statement (another
// model, nonce, prover, input or output) is a cohort.EInvalid error.
func Verify(vk *VerifyingKey, st *Statement, proof []byte) error {
	w, err := publicWitness(st)
	if err != nil {
		return err
	}
	switch vk.Scheme {
	case PLONK:
		p, err := DecodeProof(PLONK, proof)
		if err != nil {
			return err
		}
		if err := plonk.Verify(p.(plonk.Proof), vk.pl, w, verifierOpts()...); err != nil {
			return fmt.Errorf("%w: %v", ErrProof, err)
		}
	default:
		if err := checkProofVariant(vk, proof); err != nil {
			return err
		}
		p, err := DecodeProof(Groth16, proof)
		if err != nil {
			return err
		}
		if err := groth16.Verify(p.(groth16.Proof), vk.g16, w, verifierOpts()...); err != nil {
			return fmt.Errorf("%w: %v", ErrProof, err)
		}
	}
	return nil
}

// checkProofVariant refuses, before gnark decodes anything, a Groth16 proof of another circuit
// variant: one that carries a different number of Pedersen commitments than the key expects (a proof
// of the variant with lookups checked against a key without, or the other way round).
func checkProofVariant(vk *VerifyingKey, proof []byte) error {
	want, err := vkCommitments(vk)
	if err != nil {
		return err
	}
	w := &walker{b: proof}
	w.g1()
	w.g2()
	w.g1()
	n := w.count(32, 8)
	if w.err != nil {
		return layoutErr("groth16 proof", w)
	}
	if n != want {
		return cohort.Errorf(cohort.EInvalid, "groth16 proof of another circuit variant: %d commitments, this model's key expects %d (a proof for the %s variant)", n, want, variantName(n))
	}
	return nil
}

// vkCommitments is the number of Pedersen commitments a Groth16 key's proofs carry.
func vkCommitments(vk *VerifyingKey) (int, error) {
	k, ok := vk.g16.(*groth16bn254.VerifyingKey)
	if !ok {
		return 0, cohort.Errorf(cohort.EInternal, "groth16 verifying key of type %T", vk.g16)
	}
	return len(k.CommitmentKeys), nil
}

func variantName(commitments int) Variant {
	if commitments == 0 {
		return VariantBinary
	}
	return VariantLookup
}

// readLimited reads all of r into v, refusing more than limit bytes and converting a decoder panic
// (gnark's decoders are not hardened against every hostile input) into an error.
func readLimited(what string, b []byte, limit int, v io.ReaderFrom, check func([]byte) error) (err error) {
	if len(b) > limit {
		return cohort.Errorf(cohort.ETooLarge, "%s: %d bytes, limit %d", what, len(b), limit)
	}
	if len(b) == 0 {
		return cohort.Errorf(cohort.EInvalid, "%s: empty", what)
	}
	if check != nil {
		if err := check(b); err != nil {
			return err
		}
	}
	defer func() {
		if r := recover(); r != nil {
			err = cohort.Errorf(cohort.EInvalid, "%s: malformed (%v)", what, r)
		}
	}()
	n, err := v.ReadFrom(bytes.NewReader(b))
	if err != nil {
		return cohort.Errorf(cohort.EInvalid, "%s: %v", what, err)
	}
	if int(n) != len(b) {
		return cohort.Errorf(cohort.EInvalid, "%s: %d trailing bytes", what, len(b)-int(n))
	}
	return nil
}

// DecodeProof decodes a proof of the given scheme (at most MaxProofBytes, points checked on the curve
// and in the subgroup by gnark). It returns a groth16.Proof or a plonk.Proof.
func DecodeProof(s Scheme, b []byte) (any, error) {
	switch s {
	case PLONK:
		p := plonk.NewProof(ecc.BN254)
		return p, readLimited("plonk proof", b, MaxProofBytes, p, checkPlonkProof)
	case Groth16:
		p := groth16.NewProof(ecc.BN254)
		return p, readLimited("groth16 proof", b, MaxProofBytes, p, checkGroth16Proof)
	}
	return nil, cohort.Errorf(cohort.EInvalid, "scheme %q, want groth16|plonk", s)
}

// Key files start with a scheme byte: 1 Groth16, 2 PLONK.
func schemeByte(s Scheme) byte {
	if s == PLONK {
		return 2
	}
	return 1
}

func schemeOf(b byte) (Scheme, error) {
	switch b {
	case 1:
		return Groth16, nil
	case 2:
		return PLONK, nil
	}
	return "", cohort.Errorf(cohort.EInvalid, "key: unknown scheme byte %d", b)
}

// WriteTo writes the key: a scheme byte, then gnark's encoding.
func (vk *VerifyingKey) WriteTo(w io.Writer) (int64, error) {
	if _, err := w.Write([]byte{schemeByte(vk.Scheme)}); err != nil {
		return 0, err
	}
	var n int64
	var err error
	if vk.Scheme == PLONK {
		n, err = vk.pl.WriteTo(w)
	} else {
		n, err = vk.g16.WriteTo(w)
	}
	return n + 1, err
}

// WriteTo writes the key: a scheme byte, then gnark's encoding.
func (pk *ProvingKey) WriteTo(w io.Writer) (int64, error) {
	if _, err := w.Write([]byte{schemeByte(pk.Scheme)}); err != nil {
		return 0, err
	}
	var n int64
	var err error
	if pk.Scheme == PLONK {
		n, err = pk.pl.WriteTo(w)
	} else {
		n, err = pk.g16.WriteTo(w)
	}
	return n + 1, err
}

// DecodeVerifyingKey decodes WriteTo's form (at most MaxVKBytes).
func DecodeVerifyingKey(b []byte) (*VerifyingKey, error) { return decodeVerifyingKey(b, MaxVKBytes) }

func decodeVerifyingKey(b []byte, limit int) (*VerifyingKey, error) {
	if len(b) < 2 {
		return nil, cohort.Errorf(cohort.EInvalid, "verifying key: %d bytes", len(b))
	}
	s, err := schemeOf(b[0])
	if err != nil {
		return nil, err
	}
	vk := &VerifyingKey{Scheme: s}
	if s == PLONK {
		vk.pl = plonk.NewVerifyingKey(ecc.BN254)
		return vk, readLimited("plonk verifying key", b[1:], limit, vk.pl, checkPlonkVK)
	}
	vk.g16 = groth16.NewVerifyingKey(ecc.BN254)
	check := checkGroth16VK
	if limit > MaxVKBytes {
		check = func(b []byte) error { return checkGroth16VKPoints(b, 1<<18) }
	}
	return vk, readLimited("groth16 verifying key", b[1:], limit, vk.g16, check)
}

// DecodeProvingKey decodes WriteTo's form. Proving keys are the prover's own files (from setup or
// the ceremony): their layout is not checked before decoding, only their size.
func DecodeProvingKey(b []byte) (*ProvingKey, error) {
	if len(b) < 2 {
		return nil, cohort.Errorf(cohort.EInvalid, "proving key: %d bytes", len(b))
	}
	s, err := schemeOf(b[0])
	if err != nil {
		return nil, err
	}
	pk := &ProvingKey{Scheme: s}
	if s == PLONK {
		pk.pl = plonk.NewProvingKey(ecc.BN254)
		return pk, readLimited("plonk proving key", b[1:], MaxPKBytes, pk.pl, nil)
	}
	pk.g16 = groth16.NewProvingKey(ecc.BN254)
	return pk, readLimited("groth16 proving key", b[1:], MaxPKBytes, pk.g16, nil)
}

// ExportSolidity writes the Solidity verifier of a key. The verifier hashes gnark's commitment to the
// field with SHA-256, matching Prove.
func (vk *VerifyingKey) ExportSolidity(w io.Writer) error {
	opts := []solidity.ExportOption{solidity.WithHashToFieldFunction(sha256.New())}
	if vk.Scheme == PLONK {
		return vk.pl.ExportSolidity(w, opts...)
	}
	return vk.g16.ExportSolidity(w, opts...)
}

// SolidityProof converts a proof to the bytes the exported Solidity verifier's verifyProof takes
// (uncompressed points, commitments and their proof of knowledge); the public inputs go beside it as
// Statement.PublicInputs.
func SolidityProof(s Scheme, proof []byte) ([]byte, error) {
	p, err := DecodeProof(s, proof)
	if err != nil {
		return nil, err
	}
	type solidityMarshaler interface{ MarshalSolidity() []byte }
	m, ok := p.(solidityMarshaler)
	if !ok {
		return nil, cohort.Errorf(cohort.EInternal, "%s proof has no Solidity encoding", s)
	}
	return m.MarshalSolidity(), nil
}
