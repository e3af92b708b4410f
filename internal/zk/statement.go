package zk

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/big"
	"strings"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"

	"github.com/cohort-net/cohort"
)

// Size limits of the decoders.
const (
	MaxOutputs      = 1 << 12
	MaxInputs       = 1 << 16
	MaxRequestBytes = 1 << 20
	statementMagic  = "CZS3" // StatementFormat 3
)

// StatementFormat is the version of the statement's public-input layout. Format 3 (this one): model id,
// input commitment, the binding of nonce and prover (Binding), then the outputs packed several to a
// field element (packOutputs). Format 2 had one public input each for the nonce, the prover and every
// output (each costs an on-chain verifier about 6-7k gas); format 1 also had unsalted commitments.
const StatementFormat = 3

// outputHeaderBits is the width of the header (the slot width minus one) in the low bits of every
// packed output element.
const outputHeaderBits = 6

// bindingTag is the domain tag of Binding: 20 bytes, as the InferenceOracle writes it.
var bindingTag = []byte("cohort/zk/binding/v1")

func fieldModulus() *big.Int { return ecc.BN254.ScalarField() }

// Element is a 32-byte big-endian value that must be a canonical BN254 scalar (below the modulus).
type Element [32]byte

// String returns 0x-prefixed hex.
func (e Element) String() string { return "0x" + hex.EncodeToString(e[:]) }

// Big returns e as an integer.
func (e Element) Big() *big.Int { return new(big.Int).SetBytes(e[:]) }

// Check reports whether e is below the field modulus (cohort.EInvalid otherwise).
func (e Element) Check(name string) error {
	if e.Big().Cmp(fieldModulus()) >= 0 {
		return cohort.Errorf(cohort.EInvalid, "%s %s is not below the BN254 scalar field modulus", name, e)
	}
	return nil
}

// MarshalText implements encoding.TextMarshaler (0x-hex).
func (e Element) MarshalText() ([]byte, error) { return []byte(e.String()), nil }

// UnmarshalText parses 0x-hex of at most 32 bytes, left-padded, and checks it is below the modulus.
func (e *Element) UnmarshalText(b []byte) error {
	s := strings.TrimPrefix(strings.TrimPrefix(string(b), "0x"), "0X")
	if len(s) > 64 || len(s) == 0 {
		return cohort.Errorf(cohort.EInvalid, "field element %q: want 1 to 64 hex digits", clip(string(b)))
	}
	if len(s)%2 == 1 {
		s = "0" + s
	}
	raw, err := hex.DecodeString(s)
	if err != nil {
		return cohort.Errorf(cohort.EInvalid, "field element %q: %v", clip(string(b)), err)
	}
	var x Element
	copy(x[32-len(raw):], raw)
	if err := x.Check("field element"); err != nil {
		return err
	}
	*e = x
	return nil
}

func clip(s string) string {
	if len(s) > 80 {
		return s[:80] + "..."
	}
	return s
}

// NewNonce returns a fresh random request nonce (31 random bytes: always below the modulus).
func NewNonce() Element {
	var n Element
	if _, err := rand.Read(n[1:]); err != nil {
		panic(err) // crypto/rand does not fail on supported platforms
	}
	return n
}

// Statement is what a proof proves: the public inputs of the circuit.
type Statement struct {
	ModelID     Element       `json:"model_id"`
	Nonce       Element       `json:"nonce"`
	Prover      cohort.NodeID `json:"-"`
	InputCommit Element       `json:"input_commit"`
	// OutputBits is the signed width of every output, the model's (QModel.OutputBits): the width of
	// the slots the outputs are packed in. Each packed element carries it, so a statement that names
	// another width than the circuit's does not verify.
	OutputBits int     `json:"output_bits"`
	Outputs    []int64 `json:"outputs"`
}

type statementJSON struct {
	Format      int     `json:"format"`
	ModelID     Element `json:"model_id"`
	Nonce       Element `json:"nonce"`
	Prover      string  `json:"prover"`
	InputCommit Element `json:"input_commit"`
	OutputBits  int     `json:"output_bits"`
	Outputs     []int64 `json:"outputs"`
}

// MarshalJSON writes the statement with the prover as a 0x address.
func (s Statement) MarshalJSON() ([]byte, error) {
	return json.Marshal(statementJSON{StatementFormat, s.ModelID, s.Nonce, s.Prover.String(), s.InputCommit, s.OutputBits, s.Outputs})
}

// UnmarshalJSON reads the form MarshalJSON writes, checking every element.
func (s *Statement) UnmarshalJSON(b []byte) error {
	var j statementJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return cohort.Errorf(cohort.EInvalid, "statement: %v", err)
	}
	if err := checkStatementFormat(j.Format); err != nil {
		return err
	}
	p, err := cohort.ParseNodeID(j.Prover)
	if err != nil {
		return err
	}
	if err := checkOutputs(j.OutputBits, j.Outputs); err != nil {
		return err
	}
	*s = Statement{ModelID: j.ModelID, Nonce: j.Nonce, Prover: p, InputCommit: j.InputCommit, OutputBits: j.OutputBits, Outputs: j.Outputs}
	return nil
}

// checkStatementFormat refuses a statement of another public-input layout, naming what changed.
func checkStatementFormat(f int) error {
	switch {
	case f == StatementFormat:
		return nil
	case f < 2:
		return checkFormat("statement", f)
	case f < StatementFormat:
		return cohort.Errorf(cohort.EInvalid, "statement of format %d (one public input per output, before packing): this version takes format %d only; prove it again with this version's keys", f, StatementFormat)
	default:
		return cohort.Errorf(cohort.EInvalid, "statement of format %d, newer than this cohort's %d: upgrade", f, StatementFormat)
	}
}

// checkOutputs checks a statement's output width (2 to 64 bits) and count (1 to MaxOutputs) and that
// every output is a canonical signed value of that width: |v| <= 2^(bits-1) - 1. Without the range
// check an output could borrow from its neighbour's slot (v + 2^bits next to w - 1 packs as v next
// to w) and two statements would share one packed form.
func checkOutputs(bits int, outs []int64) error {
	if bits < 2 || bits > 64 {
		return cohort.Errorf(cohort.EInvalid, "statement: output width %d bits, want 2 to 64", bits)
	}
	if len(outs) == 0 || len(outs) > MaxOutputs {
		return cohort.Errorf(cohort.EInvalid, "statement: %d outputs, want 1 to %d", len(outs), MaxOutputs)
	}
	lim := uint64(1)<<(bits-1) - 1
	for i, v := range outs {
		if v == math.MinInt64 || abs64(v) > lim {
			return cohort.Errorf(cohort.EInvalid, "statement: output %d (%d) does not fit %d signed bits", i, v, bits)
		}
	}
	return nil
}

// OutputsPerElement is how many outputs of the given width one packed public input holds.
func OutputsPerElement(bits int) int { return (253 - outputHeaderBits) / bits }

// PackedOutputs is the number of public inputs n outputs of the given width take.
func PackedOutputs(n, bits int) int {
	k := OutputsPerElement(bits)
	return (n + k - 1) / k
}

// PublicInputs is the number of public inputs a verifier of the model takes (statement format 3): model
// id, input commitment, Binding, then the packed outputs.
func (q *QModel) PublicInputs() int { return 3 + PackedOutputs(q.Outputs(), q.OutputBits()) }

// packOutputs packs outputs of the given width (checked by checkOutputs) into field elements: element
// j is (bits - 1) + sum_t (v_{jk+t} + 2^(bits-1)) * 2^(6 + bits*t) for k = OutputsPerElement(bits).
// Every slot holds a value in [1, 2^bits), so an element is below 2^253, under the field modulus.
func packOutputs(bits int, outs []int64) []*big.Int {
	k := OutputsPerElement(bits)
	off := new(big.Int).Lsh(big.NewInt(1), uint(bits-1))
	var els []*big.Int
	for i, v := range outs {
		t := i % k
		if t == 0 {
			els = append(els, big.NewInt(int64(bits-1)))
		}
		slot := new(big.Int).Add(big.NewInt(v), off)
		els[len(els)-1].Add(els[len(els)-1], slot.Lsh(slot, uint(outputHeaderBits+bits*t)))
	}
	return els
}

// Binding is the public input that binds a proof to its request nonce and prover: SHA-256 of the tag
// "cohort/zk/binding/v1", the nonce (32 bytes) and the prover's address (20 bytes), its top byte
// cleared (below the field modulus). The circuit only carries it (no constraint computes it): the
// verifier computes it from the nonce and prover it expects, here and in the InferenceOracle, so a
// proof verifies only for them, as when they were two public inputs.
func Binding(nonce Element, prover cohort.NodeID) Element {
	h := sha256.New()
	h.Write(bindingTag)
	h.Write(nonce[:])
	h.Write(prover[:])
	var e Element
	copy(e[:], h.Sum(nil))
	e[0] = 0
	return e
}

// checkFormat refuses a message of another commitment format, naming what changed.
func checkFormat(what string, f int) error {
	switch {
	case f == CommitFormat:
		return nil
	case f < CommitFormat:
		return cohort.Errorf(cohort.EInvalid, "%s of commitment format %d (unsalted commitments, an older cohort): this version takes format %d only; make it again with this version", what, max(f, 1), CommitFormat)
	default:
		return cohort.Errorf(cohort.EInvalid, "%s of commitment format %d, newer than this cohort's %d: upgrade", what, f, CommitFormat)
	}
}

func elementVar(e Element) frontend.Variable { return e.Big() }

func (s *Statement) publicVars() Public {
	return Public{
		ModelID:     elementVar(s.ModelID),
		InputCommit: elementVar(s.InputCommit),
		Binding:     elementVar(Binding(s.Nonce, s.Prover)),
	}
}

// packedVars are the statement's packed outputs as circuit values.
func (s *Statement) packedVars() []frontend.Variable {
	var v []frontend.Variable
	for _, e := range packOutputs(s.OutputBits, s.Outputs) {
		v = append(v, e)
	}
	return v
}

// PublicInputs returns the statement as the verifier's public input vector (field elements, in
// circuit order: model id, input commitment, Binding, packed outputs), e.g. for a Solidity verifier
// call. The outputs must fit OutputBits (checkOutputs).
func (s *Statement) PublicInputs() []*big.Int {
	b := Binding(s.Nonce, s.Prover)
	return append([]*big.Int{s.ModelID.Big(), s.InputCommit.Big(), b.Big()}, packOutputs(s.OutputBits, s.Outputs)...)
}

// MarshalBinary encodes the statement: "CZS3" (StatementFormat 3), model id, nonce, prover (20
// bytes), input commitment, the output width (one byte), a big-endian uint16 output count, then each
// output as a big-endian signed 64-bit integer.
func (s *Statement) MarshalBinary() ([]byte, error) {
	if err := checkOutputs(s.OutputBits, s.Outputs); err != nil {
		return nil, err
	}
	b := make([]byte, 0, statementHead+8*len(s.Outputs))
	b = append(b, statementMagic...)
	b = append(b, s.ModelID[:]...)
	b = append(b, s.Nonce[:]...)
	b = append(b, s.Prover[:]...)
	b = append(b, s.InputCommit[:]...)
	b = append(b, byte(s.OutputBits))
	b = binary.BigEndian.AppendUint16(b, uint16(len(s.Outputs)))
	for _, o := range s.Outputs {
		b = binary.BigEndian.AppendUint64(b, uint64(o))
	}
	return b, nil
}

// statementHead is the size of a binary statement before its outputs.
const statementHead = 4 + 32 + 32 + 20 + 32 + 1 + 2

// UnmarshalStatement decodes MarshalBinary's form. Every element must be below the field modulus and
// the outputs must fit the statement's output width (checkOutputs); anything else, a statement of
// another format included, is a cohort.EInvalid error naming the field.
func UnmarshalStatement(b []byte) (*Statement, error) {
	bad := func(f string, a ...any) (*Statement, error) {
		return nil, cohort.Errorf(cohort.EInvalid, "statement: "+f, a...)
	}
	if len(b) >= 4 && string(b[:3]) == "CZS" && b[3] >= '1' && b[3] < statementMagic[3] {
		return nil, checkStatementFormat(int(b[3] - '0'))
	}
	if len(b) < statementHead || string(b[:4]) != statementMagic {
		return bad("not a statement (%d bytes)", len(b))
	}
	s := &Statement{}
	b = b[4:]
	for _, f := range []struct {
		name string
		e    *Element
	}{{"model id", &s.ModelID}, {"nonce", &s.Nonce}, {"", nil}, {"input commitment", &s.InputCommit}} {
		if f.e == nil {
			b = b[copy(s.Prover[:], b):]
			continue
		}
		b = b[copy(f.e[:], b):]
		if err := f.e.Check(f.name); err != nil {
			return nil, err
		}
	}
	s.OutputBits = int(b[0])
	n := int(binary.BigEndian.Uint16(b[1:]))
	b = b[3:]
	if n == 0 || n > MaxOutputs {
		return bad("%d outputs, want 1 to %d", n, MaxOutputs)
	}
	if len(b) != n*8 {
		return bad("%d bytes of outputs, want %d", len(b), n*8)
	}
	s.Outputs = make([]int64, n)
	for i := range s.Outputs {
		s.Outputs[i] = int64(binary.BigEndian.Uint64(b[i*8:]))
	}
	if err := checkOutputs(s.OutputBits, s.Outputs); err != nil {
		return nil, err
	}
	return s, nil
}

// Request is an inference request: the model, a fresh nonce, the miner expected to answer (whose
// address the proof binds), the quantized input and the salt of its commitment. The requester draws
// the salt (NewSalt) and sends it to the prover with the input; the statement carries only the salted
// commitment, so a verifier never needs the salt and cannot recover the input by trying candidates.
type Request struct {
	ModelID Element       `json:"model_id"`
	Nonce   Element       `json:"nonce"`
	Prover  cohort.NodeID `json:"-"`
	Input   []int64       `json:"input"`
	Salt    Element       `json:"salt"`
}

type requestJSON struct {
	Format  int     `json:"format"`
	ModelID Element `json:"model_id"`
	Nonce   Element `json:"nonce"`
	Prover  string  `json:"prover"`
	Input   []int64 `json:"input"`
	Salt    Element `json:"salt"`
}

// MarshalJSON writes the request with the prover as a 0x address.
func (r Request) MarshalJSON() ([]byte, error) {
	return json.Marshal(requestJSON{CommitFormat, r.ModelID, r.Nonce, r.Prover.String(), r.Input, r.Salt})
}

// checkSalt refuses a request without a salt: its input commitment would be unsalted.
func (r *Request) checkSalt() error {
	if r.Salt == (Element{}) {
		return cohort.Errorf(cohort.EInvalid, "request: no input salt (an unsalted commitment would reveal a low-entropy input): draw one with NewSalt")
	}
	return r.Salt.Check("salt")
}

// DecodeRequest reads one JSON request of at most MaxRequestBytes. It checks the field elements, the
// prover address (not zero) and the input length (1 to MaxInputs); the model checks the input's range.
func DecodeRequest(rd io.Reader) (*Request, error) {
	b, err := io.ReadAll(io.LimitReader(rd, MaxRequestBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read request: %w", err)
	}
	if len(b) > MaxRequestBytes {
		return nil, cohort.Errorf(cohort.ETooLarge, "request over %d bytes", MaxRequestBytes)
	}
	var j requestJSON
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		if cohort.Code(err) != "" && cohort.Code(err) != cohort.EInternal {
			return nil, err
		}
		return nil, cohort.Errorf(cohort.EInvalid, "request: %v", err)
	}
	if err := checkFormat("request", j.Format); err != nil {
		return nil, err
	}
	p, err := cohort.ParseNodeID(j.Prover)
	if err != nil {
		return nil, err
	}
	if p.IsZero() {
		return nil, cohort.Errorf(cohort.EInvalid, "request: zero prover address")
	}
	if len(j.Input) == 0 || len(j.Input) > MaxInputs {
		return nil, cohort.Errorf(cohort.EInvalid, "request: %d inputs, want 1 to %d", len(j.Input), MaxInputs)
	}
	r := &Request{ModelID: j.ModelID, Nonce: j.Nonce, Prover: p, Input: j.Input, Salt: j.Salt}
	if err := r.checkSalt(); err != nil {
		return nil, err
	}
	return r, nil
}
