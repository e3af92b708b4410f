package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/ipfs/go-cid"
	"go.yaml.in/yaml/v3"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/artifact"
)

// Type is a column's value type.
type Type string

// Column types.
const (
	Float       Type = "float"
	Int         Type = "int"
	Categorical Type = "categorical"
	Bool        Type = "bool"
)

// Transform is a standardization a column declares; it is fitted on the owner's data.
type Transform string

// Transforms.
const (
	NoTransform Transform = ""
	ZScore      Transform = "z-score"
	MinMax      Transform = "min-max"
	OneHot      Transform = "one-hot"
	Log         Transform = "log" // log(x + offset), offset fitted so the smallest value maps to log(1)
)

// Column describes one column of a dataset.
type Column struct {
	Name        string    `json:"name" yaml:"name"`
	Type        Type      `json:"type" yaml:"type"`
	Min         *float64  `json:"min,omitempty" yaml:"min,omitempty"`
	Max         *float64  `json:"max,omitempty" yaml:"max,omitempty"`
	Categories  []string  `json:"categories,omitempty" yaml:"categories,omitempty"`
	Nullable    bool      `json:"nullable,omitempty" yaml:"nullable,omitempty"`
	Optional    bool      `json:"optional,omitempty" yaml:"optional,omitempty"` // may be absent from the file
	Unit        string    `json:"unit,omitempty" yaml:"unit,omitempty"`
	Transform   Transform `json:"transform,omitempty" yaml:"transform,omitempty"`
	Description string    `json:"description,omitempty" yaml:"description,omitempty"`
	// Role says what training does with the column: a feature (empty or "feature"), or left out
	// ("id": a row identifier, "ignore": anything else). The label column is the schema's Label.
	Role Role `json:"role,omitempty" yaml:"role,omitempty"`
	// Impute is how training fills the column's missing values: mean or median (numbers), mode (any
	// type); empty is mean for float and int columns, mode for bool and categorical ones.
	Impute Impute `json:"impute,omitempty" yaml:"impute,omitempty"`
}

// Role is what training does with a column.
type Role string

// Roles.
const (
	RoleFeature Role = "feature" // the default (empty)
	RoleID      Role = "id"      // a row identifier: never a feature
	RoleIgnore  Role = "ignore"  // left out of training
)

// Feature reports whether training uses the column as a feature (the label aside).
func (c *Column) Feature() bool { return c.Role == "" || c.Role == RoleFeature }

// Impute is how missing values are filled before training.
type Impute string

// Imputations.
const (
	ImputeMean   Impute = "mean"
	ImputeMedian Impute = "median"
	ImputeMode   Impute = "mode"
)

// Imputation returns the column's imputation: its Impute, else the type's default.
func (c *Column) Imputation() Impute {
	if c.Impute != "" {
		return c.Impute
	}
	if c.Type == Float || c.Type == Int {
		return ImputeMean
	}
	return ImputeMode
}

// Schema is a dataset schema. Its id is the CID (raw, sha2-256) of Canonical().
type Schema struct {
	Name        string   `json:"name" yaml:"name"`
	Version     string   `json:"version,omitempty" yaml:"version,omitempty"`
	Description string   `json:"description,omitempty" yaml:"description,omitempty"`
	Label       string   `json:"label,omitempty" yaml:"label,omitempty"`
	Missing     []string `json:"missing,omitempty" yaml:"missing,omitempty"` // tokens that mean "no value"; default DefaultMissing
	Columns     []Column `json:"columns" yaml:"columns"`

	index map[string]int
	notes []string // per column, what Infer saw (YAML writes them as comments)
}

// DefaultMissing are the tokens read as a missing value when a schema names none.
var defaultMissing = []string{"", "NA", "NaN", "nan", "null"}

// DefaultMissing returns the tokens read as a missing value when a schema names none.
func DefaultMissing() []string { return slices.Clone(defaultMissing) }

// MaxSchemaBytes bounds a schema file.
const MaxSchemaBytes = 1 << 20

// Parse decodes a schema from YAML or JSON (JSON is YAML) and checks it. Unknown fields are errors.
// Errors are coded EInvalid.
func Parse(data []byte) (*Schema, error) {
	if len(data) > MaxSchemaBytes {
		return nil, cohort.Errorf(cohort.ETooLarge, "schema: %d bytes, over %d", len(data), MaxSchemaBytes)
	}
	var s Schema
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&s); err != nil {
		return nil, cohort.Errorf(cohort.EInvalid, "schema: %v", err)
	}
	if err := s.check(); err != nil {
		return nil, err
	}
	return &s, nil
}

// Load reads and parses a schema file.
func Load(path string) (*Schema, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, cohort.Errorf(cohort.EInvalid, "schema %s: %v", filepath.Base(path), err)
	}
	s, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

func (s *Schema) check() error {
	bad := func(format string, args ...any) error {
		return cohort.Errorf(cohort.EInvalid, "schema %q: "+format, append([]any{s.Name}, args...)...)
	}
	if strings.TrimSpace(s.Name) == "" {
		return cohort.Errorf(cohort.EInvalid, "schema: no name")
	}
	if len(s.Columns) == 0 || len(s.Columns) > 100000 {
		return bad("%d columns, want 1..100000", len(s.Columns))
	}
	if s.Missing == nil {
		s.Missing = DefaultMissing()
	}
	s.index = make(map[string]int, len(s.Columns))
	for i := range s.Columns {
		c := &s.Columns[i]
		if c.Name == "" || strings.ContainsAny(c.Name, ",\"\r\n") {
			return bad("column %d: name %q empty or with a comma, quote or newline", i, c.Name)
		}
		if _, dup := s.index[c.Name]; dup {
			return bad("column %q twice", c.Name)
		}
		s.index[c.Name] = i
		switch c.Type {
		case Float, Int:
			if len(c.Categories) > 0 {
				return bad("column %q: categories on a %s column", c.Name, c.Type)
			}
		case Categorical:
			if c.Min != nil || c.Max != nil {
				return bad("column %q: a range on a categorical column", c.Name)
			}
			seen := map[string]bool{}
			for _, v := range c.Categories {
				if seen[v] || slices.Contains(s.Missing, v) {
					return bad("column %q: category %q repeated or a missing-value token", c.Name, v)
				}
				seen[v] = true
			}
		case Bool:
			if c.Min != nil || c.Max != nil || len(c.Categories) > 0 {
				return bad("column %q: range or categories on a bool column", c.Name)
			}
		default:
			return bad("column %q: type %q, want float|int|categorical|bool", c.Name, c.Type)
		}
		for _, p := range []*float64{c.Min, c.Max} {
			if p != nil && (math.IsNaN(*p) || math.IsInf(*p, 0)) {
				return bad("column %q: range bound not finite", c.Name)
			}
		}
		if c.Min != nil && c.Max != nil && *c.Min > *c.Max {
			return bad("column %q: min %g > max %g", c.Name, *c.Min, *c.Max)
		}
		switch c.Role {
		case "", RoleFeature, RoleID, RoleIgnore:
		default:
			return bad("column %q: role %q, want feature|id|ignore", c.Name, c.Role)
		}
		switch c.Impute {
		case "", ImputeMode:
		case ImputeMean, ImputeMedian:
			if c.Type != Float && c.Type != Int {
				return bad("column %q: impute %s on a %s column (mode fills any type)", c.Name, c.Impute, c.Type)
			}
		default:
			return bad("column %q: impute %q, want mean|median|mode", c.Name, c.Impute)
		}
		switch c.Transform {
		case NoTransform:
		case ZScore, MinMax, Log:
			if c.Type != Float && c.Type != Int {
				return bad("column %q: %s on a %s column", c.Name, c.Transform, c.Type)
			}
			if c.Transform == Log && c.Min != nil && *c.Min < 0 {
				return bad("column %q: log transform with a negative min", c.Name)
			}
		case OneHot:
			if c.Type != Categorical && c.Type != Bool && c.Type != Int {
				return bad("column %q: one-hot on a %s column", c.Name, c.Type)
			}
			if c.Type == Categorical && len(c.Categories) == 0 {
				return bad("column %q: one-hot needs its categories listed", c.Name)
			}
			if c.Type == Int && (c.Min == nil || c.Max == nil || *c.Max-*c.Min > 1000) {
				return bad("column %q: one-hot on an int column needs min and max at most 1000 apart", c.Name)
			}
		default:
			return bad("column %q: transform %q, want z-score|min-max|one-hot|log", c.Name, c.Transform)
		}
	}
	if s.Label != "" {
		i, ok := s.index[s.Label]
		if !ok {
			return bad("label column %q not among the columns", s.Label)
		}
		if s.Columns[i].Optional || s.Columns[i].Nullable {
			return bad("label column %q may not be optional or nullable", s.Label)
		}
		if !s.Columns[i].Feature() {
			return bad("label column %q: role %s", s.Label, s.Columns[i].Role)
		}
		if s.Columns[i].Type == Float {
			return bad("label column %q: float labels cannot be balanced; use int, bool or categorical", s.Label)
		}
	}
	return nil
}

// Column returns the column named name.
func (s *Schema) Column(name string) (*Column, bool) {
	i, ok := s.index[name]
	if !ok {
		return nil, false
	}
	return &s.Columns[i], true
}

// Canonical returns the schema's canonical form: compact JSON with fields in a fixed order, empty
// fields left out, the missing-value tokens spelled out. Two files that say the same thing in YAML
// or JSON, with any comments or layout, have the same canonical form and so the same id.
func (s *Schema) Canonical() []byte {
	b, err := json.Marshal(s)
	if err != nil {
		panic("schema: marshal: " + err.Error()) // plain strings and finite floats always marshal
	}
	return b
}

// ID returns the schema's id: the CID of its canonical form, as the artifact store would address it.
func (s *Schema) ID() cid.Cid { return artifact.RawCID(s.Canonical()) }
