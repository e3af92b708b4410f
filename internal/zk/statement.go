package zk

import (
	"bytes"
	"crypto/rand"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
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
	statementMagic  = "CZS2" // CommitFormat 2
	oldStatement    = "CZS1"
)

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
	Outputs     []int64       `json:"outputs"`
}

type statementJSON struct {
	Format      int     `json:"format"`
	ModelID     Element `json:"model_id"`
	Nonce       Element `json:"nonce"`
	Prover      string  `json:"prover"`
	InputCommit Element `json:"input_commit"`
	Outputs     []int64 `json:"outputs"`
}

// MarshalJSON writes the statement with the prover as a 0x address.
func (s Statement) MarshalJSON() ([]byte, error) {
	return json.Marshal(statementJSON{CommitFormat, s.ModelID, s.Nonce, s.Prover.String(), s.InputCommit, s.Outputs})
}

// UnmarshalJSON reads the form MarshalJSON writes, checking every element.
func (s *Statement) UnmarshalJSON(b []byte) error {
	var j statementJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return cohort.Errorf(cohort.EInvalid, "statement: %v", err)
	}
	if err := checkFormat("statement", j.Format); err != nil {
		return err
	}
	p, err := cohort.ParseNodeID(j.Prover)
	if err != nil {
		return err
	}
	if len(j.Outputs) == 0 || len(j.Outputs) > MaxOutputs {
		return cohort.Errorf(cohort.EInvalid, "statement: %d outputs, want 1 to %d", len(j.Outputs), MaxOutputs)
	}
	*s = Statement{ModelID: j.ModelID, Nonce: j.Nonce, Prover: p, InputCommit: j.InputCommit, Outputs: j.Outputs}
	return nil
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
		Nonce:       elementVar(s.Nonce),
		Prover:      new(big.Int).SetBytes(s.Prover[:]),
		InputCommit: elementVar(s.InputCommit),
	}
}

// PublicInputs returns the statement as the verifier's public input vector (field elements, in
// circuit order), e.g. for a Solidity verifier call.
func (s *Statement) PublicInputs() []*big.Int {
	v := []*big.Int{s.ModelID.Big(), s.Nonce.Big(), new(big.Int).SetBytes(s.Prover[:]), s.InputCommit.Big()}
	for _, o := range s.Outputs {
		v = append(v, fieldInt(o))
	}
	return v
}

// MarshalBinary encodes the statement: "CZS2" (commitment format 2), model id, nonce, prover (as a 32-byte element), input
// commitment, a big-endian uint16 output count, then each output as a 32-byte field element.
func (s *Statement) MarshalBinary() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(statementMagic)
	for _, x := range s.PublicInputs() {
		var e [32]byte
		x.FillBytes(e[:])
		b.Write(e[:])
		if b.Len() == 4+4*32 {
			var n [2]byte
			binary.BigEndian.PutUint16(n[:], uint16(len(s.Outputs)))
			b.Write(n[:])
		}
	}
	return b.Bytes(), nil
}

// UnmarshalStatement decodes MarshalBinary's form. Every element must be below the field modulus,
// the prover must fit 20 bytes, and outputs must be signed values of at most 63 bits; anything else
// is a cohort.EInvalid error naming the field.
func UnmarshalStatement(b []byte) (*Statement, error) {
	bad := func(f string, a ...any) (*Statement, error) {
		return nil, cohort.Errorf(cohort.EInvalid, "statement: "+f, a...)
	}
	if len(b) >= 4 && string(b[:4]) == oldStatement {
		return nil, checkFormat("statement", 1)
	}
	if len(b) < 4+4*32+2 || string(b[:4]) != statementMagic {
		return bad("not a statement (%d bytes)", len(b))
	}
	b = b[4:]
	var el [4]Element
	names := [4]string{"model id", "nonce", "prover", "input commitment"}
	for i := range el {
		copy(el[i][:], b[i*32:])
		if err := el[i].Check(names[i]); err != nil {
			return nil, err
		}
	}
	b = b[4*32:]
	n := int(binary.BigEndian.Uint16(b))
	b = b[2:]
	if n == 0 || n > MaxOutputs {
		return bad("%d outputs, want 1 to %d", n, MaxOutputs)
	}
	if len(b) != n*32 {
		return bad("%d bytes of outputs, want %d", len(b), n*32)
	}
	for _, z := range el[2][:12] {
		if z != 0 {
			return bad("prover %s is wider than an address", el[2])
		}
	}
	s := &Statement{ModelID: el[0], Nonce: el[1], InputCommit: el[3], Outputs: make([]int64, n)}
	copy(s.Prover[:], el[2][12:])
	field := fieldModulus()
	for i := range s.Outputs {
		var e Element
		copy(e[:], b[i*32:])
		if err := e.Check(fmt.Sprintf("output %d", i)); err != nil {
			return nil, err
		}
		v := signed(field, e.Big())
		if !v.IsInt64() || v.Int64() == -1<<63 {
			return bad("output %d does not fit 63 bits", i)
		}
		s.Outputs[i] = v.Int64()
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
