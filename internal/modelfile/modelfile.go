package modelfile

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/atomicfile"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
)

// Format is the format and version this package writes and reads.
const Format = formatName + "/1"

const formatName = "cohort-model"

// MaxBytes bounds what Decode and Read accept (an fl model of fl.MaxParams parameters would not fit:
// such a model is no use on a command line anyway).
const MaxBytes = 1 << 28

// Scaler is the z-score standardization the model was trained behind: x' = (x - Mean) / Std.
type Scaler struct {
	Mean []float64 `json:"mean"`
	Std  []float64 `json:"std"`
}

// Provenance says where a model comes from. Every field but CreatedAt may be empty.
type Provenance struct {
	Source   string `json:"source,omitempty"` // "devnet" or "export"
	TaskID   string `json:"task_id,omitempty"`
	Round    uint64 `json:"round,omitempty"`     // the federated round whose global model this is
	ModelCID string `json:"model_cid,omitempty"` // the round model's CID in the shared artifact store
	ChainID  uint64 `json:"chain_id,omitempty"`
	Dataset  string `json:"dataset,omitempty"`
	Seed     uint64 `json:"seed,omitempty"`
	// CreatedAt is when the file was written, as its writer was told (this package reads no clock).
	CreatedAt time.Time `json:"created_at"`
	// Accuracy, when known, was measured on data held out from training: AccuracyOn says which
	// ("devnet test split", "validators' hold-out, attested on chain"), AccuracySamples how many rows
	// when known.
	Accuracy        *float64 `json:"accuracy,omitempty"`
	AccuracyOn      string   `json:"accuracy_on,omitempty"`
	AccuracySamples int      `json:"accuracy_samples,omitempty"`
}

// File is a trained model with what it takes to use it on raw rows.
type File struct {
	Format   string       `json:"format"`
	Model    fl.ModelSpec `json:"model"`
	Params   []float64    `json:"params"`
	Scaler   *Scaler      `json:"scaler,omitempty"` // nil: inputs are used as they are
	Features []string     `json:"features"`         // input column names in order; empty: by position
	// Encoding, when set, reads raw CSV columns into the features (one-hot categories, imputed
	// missing values, id and ignore columns left out); Features are then its feature names. Files
	// without it (older ones, all-numeric data) take the features from columns of those names.
	Encoding   *dataset.Encoding `json:"encoding,omitempty"`
	Label      string            `json:"label"`
	Classes    []string          `json:"classes"`
	Provenance Provenance        `json:"provenance"`
}

// New builds a checked File from an fl model, its scaler (nil: none), the feature names (nil: unknown),
// the label column, the class names and the provenance. The slices are copied.
func New(m *fl.Model, s *dataset.Scaler, features []string, label string, classes []string, p Provenance) (*File, error) {
	if m == nil {
		return nil, cohort.Errorf(cohort.EInvalid, "model file: no model")
	}
	f := &File{Format: Format, Model: m.Spec, Params: clone(m.Params), Features: clone(features), Label: label,
		Classes: clone(classes), Provenance: p}
	if s != nil {
		f.Scaler = &Scaler{Mean: clone(s.Mean), Std: clone(s.Std)}
	}
	if err := f.Check(); err != nil {
		return nil, err
	}
	return f, nil
}

// SetEncoding attaches the encoding the model's inputs come from (nil: none) and checks the file.
func (f *File) SetEncoding(e *dataset.Encoding) error {
	f.Encoding = e
	if e != nil && len(f.Features) == 0 {
		f.Features = e.Features()
	}
	return f.Check()
}

func clone[T any](s []T) []T {
	if s == nil {
		return nil
	}
	return append([]T(nil), s...)
}

// FL returns the fl model (sharing the parameters).
func (f *File) FL() *fl.Model { return &fl.Model{Spec: f.Model, Params: f.Params} }

// DatasetScaler returns the scaler as internal/dataset applies it, or nil when there is none.
func (f *File) DatasetScaler() *dataset.Scaler {
	if f.Scaler == nil {
		return nil
	}
	return &dataset.Scaler{Mean: f.Scaler.Mean, Std: f.Scaler.Std}
}

// Check reports whether the file is complete and its parts agree; errors are cohort.EInvalid.
func (f *File) Check() error {
	bad := func(format string, a ...any) error {
		return cohort.Errorf(cohort.EInvalid, "model file: "+format, a...)
	}
	if f.Format != Format {
		return bad("format %q, want %q", f.Format, Format)
	}
	m := f.FL()
	if err := m.Check(); err != nil {
		return bad("%v", err)
	}
	d := f.Model.Inputs
	if s := f.DatasetScaler(); s != nil {
		if err := s.Check(d); err != nil {
			return bad("scaler: %v", err)
		}
	}
	if len(f.Features) != 0 && len(f.Features) != d {
		return bad("%d feature names for a model of %d inputs", len(f.Features), d)
	}
	if strings.TrimSpace(f.Label) == "" {
		return bad("no label column")
	}
	if e := f.Encoding; e != nil {
		if err := e.Check(); err != nil {
			return bad("%v", err)
		}
		if e.Width() != d {
			return bad("encoding of %d features for a model of %d inputs", e.Width(), d)
		}
		if !slices.Equal(f.Features, e.Features()) {
			return bad("feature names are not the encoding's")
		}
		for _, c := range e.Columns {
			if c.Name == f.Label {
				return bad("encoding column %q is the label column", c.Name)
			}
		}
	}
	if err := uniqueNames("feature", f.Features, f.Label); err != nil {
		return bad("%v", err)
	}
	if len(f.Classes) != f.Model.Classes {
		return bad("%d class names for a model of %d classes", len(f.Classes), f.Model.Classes)
	}
	if err := uniqueNames("class", f.Classes, ""); err != nil {
		return bad("%v", err)
	}
	if a := f.Provenance.Accuracy; a != nil && !(*a >= 0 && *a <= 1) {
		return bad("provenance accuracy %v outside [0, 1]", *a)
	}
	return nil
}

// uniqueNames checks that names are non-empty, distinct and not reserved.
func uniqueNames(what string, names []string, reserved string) error {
	seen := make(map[string]bool, len(names))
	for i, n := range names {
		switch {
		case strings.TrimSpace(n) == "":
			return fmt.Errorf("%s %d has an empty name", what, i)
		case seen[n]:
			return fmt.Errorf("%s name %q appears twice", what, n)
		case n == reserved:
			return fmt.Errorf("%s %d is named %q, like the label column", what, i, n)
		}
		seen[n] = true
	}
	return nil
}

// Encode checks f and writes it as indented JSON with a final newline.
func Encode(f *File) ([]byte, error) {
	if err := f.Check(); err != nil {
		return nil, err
	}
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("encode model file: %w", err)
	}
	return append(b, '\n'), nil
}

// Decode reads a model file: the format first (an unknown format or version is refused by name), then
// the document, strictly (unknown fields are refused), then Check.
func Decode(b []byte) (*File, error) {
	if len(b) > MaxBytes {
		return nil, cohort.Errorf(cohort.ETooLarge, "model file: %d bytes, over %d", len(b), MaxBytes)
	}
	var head struct {
		Format *string `json:"format"`
	}
	if err := json.Unmarshal(b, &head); err != nil {
		return nil, cohort.Errorf(cohort.EInvalid, "not a Cohort model file (want a JSON document with \"format\": %q): %v", Format, err)
	}
	if head.Format == nil {
		return nil, cohort.Errorf(cohort.EInvalid, "not a Cohort model file: no \"format\" field (want %q)", Format)
	}
	if err := checkFormat(*head.Format); err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var f File
	if err := dec.Decode(&f); err != nil {
		return nil, cohort.Errorf(cohort.EInvalid, "model file: %v", err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, cohort.Errorf(cohort.EInvalid, "model file: data after the document")
	}
	if err := f.Check(); err != nil {
		return nil, err
	}
	return &f, nil
}

// checkFormat explains a format this package does not read.
func checkFormat(s string) error {
	if s == Format {
		return nil
	}
	name, _, ok := strings.Cut(s, "/")
	if ok && name == formatName {
		return cohort.Errorf(cohort.EInvalid, "model file format %q: this cohort reads version 1 only (%q); a newer file needs a newer cohort", clip(s), Format)
	}
	return cohort.Errorf(cohort.EInvalid, "model file format %q is not %q: not a Cohort model file", clip(s), Format)
}

func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "..."
	}
	return s
}

// Read reads and decodes the model file at path, at most MaxBytes of it. A missing file is
// cohort.ENotFound.
func Read(path string) (*File, error) {
	fh, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, cohort.Errorf(cohort.ENotFound, "model file %s does not exist", path)
	}
	if err != nil {
		return nil, fmt.Errorf("read model file: %w", err)
	}
	defer fh.Close()
	b, err := io.ReadAll(io.LimitReader(fh, MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read model file %s: %w", path, err)
	}
	f, err := Decode(b)
	if err != nil {
		return nil, &cohort.Error{Code: cohort.Code(err), Message: path + ": " + err.Error()}
	}
	return f, nil
}

// Sniff reports whether b looks like a Cohort model file of any version (a JSON object whose "format"
// names cohort-model), so that commands taking several kinds of model file can tell this one apart
// and let Decode explain what is wrong with it.
func Sniff(b []byte) bool {
	var head struct {
		Format string `json:"format"`
	}
	return json.Unmarshal(b, &head) == nil && strings.HasPrefix(head.Format, formatName)
}

// Write encodes f and writes it to path atomically (mode 0644).
func Write(path string, f *File) error {
	b, err := Encode(f)
	if err != nil {
		return err
	}
	if err := atomicfile.WriteFile(path, b, 0o644); err != nil {
		return fmt.Errorf("write model file: %w", err)
	}
	return nil
}

// Digest is the hex SHA-256 of what the model computes: its spec, parameters, scaler and encoding
// (not the names or provenance). Two files with the same digest predict the same classes on the same inputs.
func (f *File) Digest() string {
	h := sha256.New()
	spec, _ := json.Marshal(f.Model)
	h.Write(spec)
	num := func(vs []float64) {
		var b [8]byte
		binary.BigEndian.PutUint64(b[:], uint64(len(vs)))
		h.Write(b[:])
		for _, v := range vs {
			binary.BigEndian.PutUint64(b[:], math.Float64bits(v))
			h.Write(b[:])
		}
	}
	num(f.Params)
	if f.Scaler != nil {
		num(f.Scaler.Mean)
		num(f.Scaler.Std)
	}
	if f.Encoding != nil {
		enc, _ := json.Marshal(f.Encoding)
		h.Write(enc)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Name is a short, stable name for the model: its data set (or kind) and the digest's first 8 digits,
// e.g. "breast_cancer-logreg-1a2b3c4d". Servers that load model files serve them under this name.
func (f *File) Name() string {
	n := f.Model.Kind
	if d := f.Provenance.Dataset; d != "" && !strings.ContainsAny(d, "/ \t") {
		n = d + "-" + n
	}
	return n + "-" + f.Digest()[:8]
}
