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
// private, the scheme and the model id proofs must carry.
type CircuitFile struct {
	Format       int     `json:"format"` // CommitFormat; SaveKeys sets it
	Model        *QModel `json:"model"`
	Private      bool    `json:"private"`
	Scheme       Scheme  `json:"scheme"`
	NoCommitment bool    `json:"no_commitment,omitempty"`
	ModelID      Element `json:"model_id"`
}

// Options returns the circuit options the file records.
func (cf *CircuitFile) Options() Options {
	return Options{Private: cf.Private, Scheme: cf.Scheme, NoCommitment: cf.NoCommitment}
}

// Key directory file names.
const (
	CircuitFileName = "circuit.json"
	PKFileName      = "pk.bin"
	VKFileName      = "vk.bin"
)

// SaveKeys writes circuit.json, pk.bin and vk.bin into dir.
func SaveKeys(dir string, cf *CircuitFile, pk *ProvingKey, vk *VerifyingKey) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	cp := *cf
	cp.Format = CommitFormat
	cf = &cp
	for name, k := range map[string]io.WriterTo{PKFileName: pk, VKFileName: vk} {
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
	if cf.Model == nil {
		return nil, nil, nil, cohort.Errorf(cohort.EInvalid, "%s: no model", CircuitFileName)
	}
	if err := cf.Model.Validate(); err != nil {
		return nil, nil, nil, err
	}
	vb, err := readFileLimited(filepath.Join(dir, VKFileName), MaxVKBytes)
	if err != nil {
		return nil, nil, nil, err
	}
	vk, err := DecodeVerifyingKey(vb)
	if err != nil {
		return nil, nil, nil, err
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
