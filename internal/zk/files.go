package zk

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/fl"
)

// MaxModelBytes bounds a model file.
const MaxModelBytes = 1 << 28

func readFileLimited(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, cohort.Errorf(cohort.ETooLarge, "%s: over %d bytes", path, limit)
	}
	return b, nil
}

// ReadFloatModel reads a float model for Quantize: this package's Model JSON, or a model of the FL
// engine ({"spec": {...}, "params": [...]}), which it also returns (nil otherwise) for Evaluate.
func ReadFloatModel(path string) (*Model, *fl.Model, error) {
	b, err := readFileLimited(path, MaxModelBytes)
	if err != nil {
		return nil, nil, err
	}
	var fm fl.Model
	if err := json.Unmarshal(b, &fm); err == nil && fm.Spec.Kind != "" {
		m, err := floatFromFL(&fm)
		return m, &fm, err
	}
	var m Model
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "%s: %v", path, err)
	}
	return &m, nil, m.Validate()
}

// ReadQModel reads and validates a quantized model JSON file.
func ReadQModel(path string) (*QModel, error) {
	b, err := readFileLimited(path, MaxModelBytes)
	if err != nil {
		return nil, err
	}
	var q QModel
	if err := json.Unmarshal(b, &q); err != nil {
		return nil, cohort.Errorf(cohort.EInvalid, "%s: %v", path, err)
	}
	return &q, q.Validate()
}

// WriteJSON writes v as indented JSON to path (mode 0644).
func WriteJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

// CircuitFile describes a key directory's circuit: the quantized model, whether its weights are
// private, the scheme, the circuit variant and the model id proofs must carry. Whoever loads a key
// directory compiles cf.Options(), so no caller needs to know which variant it holds.
type CircuitFile struct {
	Format  int     `json:"format"` // CommitFormat; SaveKeys sets it
	Model   *QModel `json:"model"`
	Private bool    `json:"private"`
	Scheme  Scheme  `json:"scheme"`
	// Variant is the circuit's range-check variant; SaveKeys writes it. Files of earlier versions
	// have none and say "no_commitment": true for the binary variant, nothing for the lookup one.
	Variant      Variant `json:"variant,omitempty"`
	NoCommitment bool    `json:"no_commitment,omitempty"`
	// Weights is how private dense weights are bound: WeightsKeyFormat (by the model key). Older
	// files have none: their weights were hashed in the circuit, and they are refused.
	Weights string  `json:"weights,omitempty"`
	ModelID Element `json:"model_id"`
	// StatementFormat is the public-input layout the keys prove (StatementFormat); SaveKeys sets it.
	// Files of earlier versions have none: their keys take one public input per output.
	StatementFormat int `json:"statement_format,omitempty"`
}

// IDIsKeyHash says whether the model id is the hash of the verifying key (ModelIDFromVK): for
// public weights and private dense weights (the model key), not for an LSTM's private weights.
func (cf *CircuitFile) IDIsKeyHash() bool {
	return !cf.Private || cf.Model == nil || cf.Model.Kind != KindLSTM
}

// Options returns the circuit options the file records.
func (cf *CircuitFile) Options() Options {
	return Options{Private: cf.Private, Scheme: cf.Scheme, Variant: cf.variant()}
}

// variant is the recorded variant, read from the older no_commitment field when there is none.
func (cf *CircuitFile) variant() Variant {
	switch {
	case cf.Variant != "":
		return cf.Variant
	case cf.NoCommitment:
		return VariantBinary
	}
	return VariantLookup // the default of the versions that wrote no variant
}

// CircuitFileOf returns the CircuitFile of a compiled circuit and its model id.
func CircuitFileOf(c *Compiled, id Element) *CircuitFile {
	cf := &CircuitFile{Model: c.Model, Private: c.Private, Scheme: c.Scheme, Variant: c.Options.Variant, ModelID: id}
	if c.foldsWeights() {
		cf.Weights = WeightsKeyFormat
	}
	return cf
}

// Key directory file names.
const (
	CircuitFileName = "circuit.json"
	PKFileName      = "pk.bin"
	VKFileName      = "vk.bin"
	// A private dense model's directory also holds the shape key its model key (vk.bin) was folded
	// from and the model key's opening (CheckModelKey): what a registrar checks without the weights.
	ShapeVKFileName = "shape_vk.bin"
	OpeningFileName = "opening.bin"
)

// SaveKeys writes circuit.json, pk.bin and vk.bin into dir, with the circuit's variant: cf's, or for
// Groth16 the one its verifying key shows when cf names none.
func SaveKeys(dir string, cf *CircuitFile, pk *ProvingKey, vk *VerifyingKey) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	cp := *cf
	cp.Format, cp.StatementFormat = CommitFormat, StatementFormat
	cp.Variant, cp.NoCommitment = cf.variant(), false
	if cf.Variant == "" && !cf.NoCommitment {
		// No variant named: the Groth16 key's commitments tell (CircuitFileOf names it).
		if vk.Scheme != Groth16 {
			return cohort.Errorf(cohort.EInternal, "save keys: a %s circuit file without a variant (use CircuitFileOf)", vk.Scheme)
		}
		n, err := vkCommitments(vk)
		if err != nil {
			return err
		}
		cp.Variant = variantName(n)
	}
	cf = &cp
	if err := checkKeyVariant(vk, cf.Variant); err != nil {
		return err
	}
	files := map[string]io.WriterTo{PKFileName: pk, VKFileName: vk}
	if vk.shape != nil {
		files[ShapeVKFileName] = vk.shape
		files[OpeningFileName] = bytes.NewReader(vk.opening)
		cf.Weights = WeightsKeyFormat
	}
	for name, k := range files {
		var b bytes.Buffer
		if _, err := k.WriteTo(&b); err != nil {
			return fmt.Errorf("encode %s: %w", name, err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b.Bytes(), 0o644); err != nil {
			return err
		}
	}
	return WriteJSON(filepath.Join(dir, CircuitFileName), cf)
}

// LoadKeys reads a key directory; the proving key only if withPK.
func LoadKeys(dir string, withPK bool) (*CircuitFile, *ProvingKey, *VerifyingKey, error) {
	b, err := readFileLimited(filepath.Join(dir, CircuitFileName), MaxModelBytes)
	if err != nil {
		return nil, nil, nil, err
	}
	var cf CircuitFile
	if err := json.Unmarshal(b, &cf); err != nil {
		return nil, nil, nil, cohort.Errorf(cohort.EInvalid, "%s: %v", CircuitFileName, err)
	}
	if err := checkFormat("key directory "+dir, cf.Format); err != nil {
		return nil, nil, nil, fmt.Errorf("%w (its keys prove another circuit: run `cohort zk setup` or the ceremony again)", err)
	}
	if err := checkKeyStatementFormat(dir, cf.StatementFormat); err != nil {
		return nil, nil, nil, err
	}
	if cf.Model == nil {
		return nil, nil, nil, cohort.Errorf(cohort.EInvalid, "%s: no model", CircuitFileName)
	}
	if err := cf.Model.Validate(); err != nil {
		return nil, nil, nil, err
	}
	if cf.Private && cf.Model.Kind != KindLSTM && cf.Weights != WeightsKeyFormat {
		older := "weights commitment v3, packed operands hashed in the circuit"
		if cf.Variant == "" {
			older = "weights commitment v2, each weight range-checked and hashed in the circuit"
		}
		return nil, nil, nil, cohort.Errorf(cohort.EInvalid, "key directory %s: private %s weights bound the way an older cohort did (%s): this version binds them by a model key (%s), so the model id and keys belong to the older circuit; run `cohort zk setup --private` (or the ceremony) again and register the new model id", dir, cf.Model.Kind, older, WeightsKeyFormat)
	}
	if _, err := cf.Options().resolve(cf.Model); err != nil {
		return nil, nil, nil, fmt.Errorf("key directory %s: %w (written by a newer cohort? upgrade, or run `cohort zk setup` again)", dir, err)
	}
	vb, err := readFileLimited(filepath.Join(dir, VKFileName), MaxVKBytes)
	if err != nil {
		return nil, nil, nil, err
	}
	vk, err := DecodeVerifyingKey(vb)
	if err != nil {
		return nil, nil, nil, err
	}
	if err := checkKeyVariant(vk, cf.variant()); err != nil {
		return nil, nil, nil, fmt.Errorf("key directory %s: %w", dir, err)
	}
	if cf.Private && cf.Model.Kind != KindLSTM {
		if err := loadModelKey(dir, vk, cf.Model); err != nil {
			return nil, nil, nil, fmt.Errorf("key directory %s: %w", dir, err)
		}
	}
	var pk *ProvingKey
	if withPK {
		pb, err := readFileLimited(filepath.Join(dir, PKFileName), MaxPKBytes)
		if err != nil {
			return nil, nil, nil, err
		}
		if pk, err = DecodeProvingKey(pb); err != nil {
			return nil, nil, nil, err
		}
	}
	return &cf, pk, vk, nil
}

// loadModelKey reads a private dense directory's shape key and opening into its model key and checks
// that the model key folds the model's parameters.
func loadModelKey(dir string, vk *VerifyingKey, q *QModel) error {
	sb, err := readFileLimited(filepath.Join(dir, ShapeVKFileName), MaxShapeVKBytes)
	if err != nil {
		return err
	}
	shape, err := decodeVerifyingKey(sb, MaxShapeVKBytes)
	if err != nil {
		return err
	}
	op, err := readFileLimited(filepath.Join(dir, OpeningFileName), MaxShapeVKBytes)
	if err != nil {
		return err
	}
	vk.shape, vk.opening = shape, op
	return checkModelKeyOf(shape, vk, q)
}

// CheckModelKeyDir is the registrar's check of a private dense model's key directory, without the
// weights (circuit.json is not read): vk.bin must be a model key of the shape key, with a valid
// opening.bin (CheckModelKey). The shape key is the file shapePath, the verifying key of the
// circuit's ceremony that the registrar trusts, or if shapePath is "" the directory's shape_vk.bin
// (which checks only that the directory is consistent: the owner who ran the setup could forge
// proofs anyway). It returns the model id (the model key's hash) and the number of parameters folded.
func CheckModelKeyDir(dir, shapePath string) (Element, int, error) {
	read := func(path string, limit int) (*VerifyingKey, error) {
		b, err := readFileLimited(path, int64(limit))
		if err != nil {
			return nil, err
		}
		return decodeVerifyingKey(b, limit)
	}
	vk, err := read(filepath.Join(dir, VKFileName), MaxVKBytes)
	if err != nil {
		return Element{}, 0, err
	}
	if shapePath == "" {
		shapePath = filepath.Join(dir, ShapeVKFileName)
	}
	shape, err := read(shapePath, MaxShapeVKBytes)
	if err != nil {
		return Element{}, 0, err
	}
	op, err := readFileLimited(filepath.Join(dir, OpeningFileName), MaxShapeVKBytes)
	if err != nil {
		return Element{}, 0, err
	}
	if err := CheckModelKey(shape, vk, op); err != nil {
		return Element{}, 0, fmt.Errorf("key directory %s: %w", dir, err)
	}
	id, err := ModelIDFromVK(vk)
	return id, (len(op) - 36) / 32, err
}

// checkKeyStatementFormat refuses a key directory whose keys prove another public-input layout.
func checkKeyStatementFormat(dir string, f int) error {
	switch {
	case f == StatementFormat:
		return nil
	case f < StatementFormat:
		return cohort.Errorf(cohort.EInvalid, "key directory %s: keys of statement format %d (one public input per output, nonce and prover: each costs an on-chain verifier 6-7k gas); this version packs the outputs and binds nonce and prover in one input (format %d), so the keys, the model id and the Solidity verifier belong to the older circuit: run `cohort zk setup` (or the ceremony) again, export the verifier and register the new model id", dir, max(f, 2), StatementFormat)
	default:
		return cohort.Errorf(cohort.EInvalid, "key directory %s: statement format %d, newer than this cohort's %d: upgrade", dir, f, StatementFormat)
	}
}

// checkKeyVariant refuses a Groth16 verifying key whose commitments do not match the variant: none
// for VariantBinary, at least one for VariantLookup.
func checkKeyVariant(vk *VerifyingKey, v Variant) error {
	if vk.Scheme != Groth16 {
		return nil
	}
	n, err := vkCommitments(vk)
	if err != nil {
		return err
	}
	if (n == 0) != (v == VariantBinary) {
		return cohort.Errorf(cohort.EInvalid, "%s says variant %s but its verifying key has %d commitments (the %s variant): the files do not belong together", CircuitFileName, v, n, variantName(n))
	}
	return nil
}

// HexBytes marshals as 0x-hex in JSON.
type HexBytes []byte

// MarshalText implements encoding.TextMarshaler.
func (h HexBytes) MarshalText() ([]byte, error) { return []byte("0x" + hex.EncodeToString(h)), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (h *HexBytes) UnmarshalText(b []byte) error {
	s := strings.TrimPrefix(string(b), "0x")
	if len(s) > 2*MaxProofBytes {
		return cohort.Errorf(cohort.ETooLarge, "hex value over %d bytes", MaxProofBytes)
	}
	v, err := hex.DecodeString(s)
	if err != nil {
		return cohort.Errorf(cohort.EInvalid, "hex value: %v", err)
	}
	*h = v
	return nil
}

// Response is a miner's answer: the statement (with the outputs) and its proof.
type Response struct {
	Statement Statement `json:"statement"`
	Proof     HexBytes  `json:"proof"`
}

// DecodeResponse reads one JSON response of at most MaxRequestBytes.
func DecodeResponse(rd io.Reader) (*Response, error) {
	b, err := io.ReadAll(io.LimitReader(rd, MaxRequestBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read response: %w", err)
	}
	if len(b) > MaxRequestBytes {
		return nil, cohort.Errorf(cohort.ETooLarge, "response over %d bytes", MaxRequestBytes)
	}
	var r Response
	if err := json.Unmarshal(b, &r); err != nil {
		if c := cohort.Code(err); c != cohort.EInternal {
			return nil, err
		}
		return nil, cohort.Errorf(cohort.EInvalid, "response: %v", err)
	}
	if len(r.Proof) == 0 {
		return nil, cohort.Errorf(cohort.EInvalid, "response: no proof")
	}
	return &r, nil
}
