package schema

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/cohort-net/cohort"
)

// InferMissing are the tokens an inferred schema reads as a missing value: the defaults plus the
// spellings common in public data sets ("?" in the UCI repository, "N/A", "NULL"; not "None", often a category).
var inferMissing = []string{"", "NA", "N/A", "NaN", "nan", "null", "NULL", "?"}

// InferMissing returns the missing-value tokens an inferred schema lists.
func InferMissing() []string { return slices.Clone(inferMissing) }

// MaxInferCategories is the most distinct values a text column may have and still be inferred a
// categorical feature; a column with more is marked ignore (with a warning), since one-hot encoding it
// would add that many features.
const MaxInferCategories = 100

// minIDRows is the fewest rows for a column of distinct values to look like an identifier.
const minIDRows = 10

// InferOptions tune Infer.
type InferOptions struct {
	Name  string // the schema's name (default "inferred")
	Label string // the label column ("" : none)
}

// Infer reads a CSV file with a header row and writes the schema a user would: each column's type
// (int, float, bool, categorical with its categories), nullable when a value is missing, and a role of
// id for columns that look like row identifiers (named id, uuid, guid or *_id, or holding a distinct
// integer or text value on every row) or ignore for columns with no value at all or with more than
// MaxInferCategories distinct text values. Every such decision comes back as a warning naming the
// column, for the user to check: the schema is meant to be edited. Errors are cohort.EInvalid and name
// the line and column.
func Infer(r io.Reader, o InferOptions) (*Schema, []string, error) {
	raw, err := io.ReadAll(io.LimitReader(r, maxInferBytes+1))
	if err != nil {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "infer schema: read csv: %v", err)
	}
	if len(raw) > maxInferBytes {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "infer schema: csv larger than %d bytes", maxInferBytes)
	}
	cr := csv.NewReader(bytes.NewReader(raw))
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "infer schema: empty input, want a header row")
	}
	if err != nil {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "infer schema: csv: %v", err)
	}
	header = slices.Clone(header)
	for i := range header {
		header[i] = strings.TrimSpace(header[i])
	}
	header[0] = strings.TrimPrefix(header[0], "\ufeff")
	cols := make([]inferCol, len(header))
	for i := range cols {
		cols[i] = inferCol{int: true, float: true, bool: true, values: map[string]int{}}
	}
	missing := map[string]bool{}
	for _, m := range inferMissing {
		missing[m] = true
	}
	rows := 0
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, nil, cohort.Errorf(cohort.EInvalid, "infer schema: csv: %v", err)
		}
		line, _ := cr.FieldPos(0)
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
		}
		if len(rec) != len(header) {
			return nil, nil, cohort.Errorf(cohort.EInvalid, "infer schema: csv line %d: %d fields, want %d", line, len(rec), len(header))
		}
		rows++
		for i, f := range rec {
			cols[i].add(strings.TrimSpace(f), missing, line)
		}
	}
	if rows == 0 {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "infer schema: a header but no rows")
	}
	name := o.Name
	if name == "" {
		name = "inferred"
	}
	s := &Schema{Name: name, Label: o.Label, Missing: InferMissing(),
		Description: fmt.Sprintf("inferred by cohort data infer-schema from %d rows; check every column", rows)}
	var warns []string
	seen := map[string]bool{}
	labelFound := false
	for i, h := range header {
		if h == "" || strings.ContainsAny(h, ",\"\r\n") || seen[h] {
			return nil, nil, cohort.Errorf(cohort.EInvalid, "infer schema: csv line 1: column %d name %q is empty, repeated or holds a comma, quote or newline", i+1, h)
		}
		seen[h] = true
		c, w := cols[i].column(h, rows, h == o.Label)
		s.notes = append(s.notes, cols[i].note(rows))
		labelFound = labelFound || h == o.Label
		s.Columns = append(s.Columns, c)
		warns = append(warns, w...)
	}
	if o.Label != "" && !labelFound {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "infer schema: csv line 1: no label column %q", o.Label)
	}
	if err := s.check(); err != nil {
		return nil, nil, err
	}
	return s, warns, nil
}

// maxInferBytes bounds what Infer reads (as dataset.MaxCSVBytes).
const maxInferBytes = 1 << 30

// inferCol accumulates what one column's values could be.
type inferCol struct {
	present, missing int
	int, float, bool bool
	values           map[string]int // distinct present values (counting stops past maxTracked)
	overflow         bool
	numbers          int    // present values that read as finite numbers
	firstText        string // the first present value that does not, and its line
	firstTextLine    int
}

// maxTracked bounds the distinct values kept per column.
const maxTracked = 1 << 16

func (c *inferCol) add(v string, missing map[string]bool, line int) {
	if missing[v] {
		c.missing++
		return
	}
	c.present++
	if c.int {
		if _, err := strconv.ParseInt(v, 10, 64); err != nil {
			c.int = false
		}
	}
	if x, err := strconv.ParseFloat(v, 64); err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
		c.float = false
		if c.firstTextLine == 0 {
			c.firstText, c.firstTextLine = v, line
		}
	} else {
		c.numbers++
	}
	// Distinct values matter for categories (at most MaxInferCategories) and for telling integer and
	// text ids (every value distinct); a column of fractional numbers needs neither past the first few.
	if !c.overflow {
		c.values[v]++
		if len(c.values) > maxTracked || len(c.values) > MaxInferCategories && c.float && !c.int {
			c.overflow = true
			clear(c.values)
		}
	}
	if c.bool {
		switch strings.ToLower(v) {
		case "true", "false", "yes", "no", "t", "f", "y", "n":
		default:
			c.bool = false
		}
	}
}

// idName reports whether a column's name says it identifies rows.
func idName(name string) bool {
	n := strings.ToLower(name)
	switch n {
	case "id", "uuid", "guid", "key", "index", "row", "rowid", "row_id", "record_id":
		return true
	}
	return strings.HasSuffix(n, "_id") || strings.HasSuffix(n, "-id") || strings.HasPrefix(n, "id_") ||
		strings.HasSuffix(n, "_uuid") || (len(name) > 2 && strings.HasSuffix(name, "ID") && !strings.HasSuffix(name, "_ID") && name != strings.ToUpper(name))
}

// column decides one column's declaration and the warnings that go with it.
func (c *inferCol) column(name string, rows int, label bool) (Column, []string) {
	col := Column{Name: name, Nullable: c.missing > 0 && !label}
	var warns []string
	distinct := len(c.values)
	unique := !c.overflow && distinct == c.present && c.present == rows && rows >= minIDRows
	switch {
	case c.present == 0:
		col.Type = Float
		if !label {
			col.Role = RoleIgnore
		}
		warns = append(warns, fmt.Sprintf("column %q: every value is missing; marked ignore", name))
	case c.bool:
		col.Type = Bool
	case c.int:
		col.Type = Int
	case c.float && !label:
		col.Type = Float
	default:
		col.Type = Categorical
		if !c.overflow && (distinct <= MaxInferCategories || label) {
			for v := range c.values {
				col.Categories = append(col.Categories, v)
			}
			slices.Sort(col.Categories)
		}
	}
	if col.Type == Categorical && !label && c.numbers*10 >= c.present*9 {
		warns = append(warns, fmt.Sprintf("column %q: %d of %d values are numbers, but line %d holds %q: read as text (categorical); if it means a missing value, add it to missing and set type float",
			name, c.numbers, c.present, c.firstTextLine, clipText(c.firstText)))
	}
	if label {
		if c.missing > 0 {
			warns = append(warns, fmt.Sprintf("label column %q: %d rows have no label; training refuses them", name, c.missing))
		}
		return col, warns
	}
	switch {
	case c.present == 0:
	case idName(name):
		col.Role = RoleID
		warns = append(warns, fmt.Sprintf("column %q: its name says it identifies rows; marked id (not a feature)", name))
	case unique && (col.Type == Int || col.Type == Categorical):
		col.Role = RoleID
		col.Categories = nil
		warns = append(warns, fmt.Sprintf("column %q: a distinct %s value on each of the %d rows looks like a row id; marked id (not a feature)", name, col.Type, rows))
	case col.Type == Categorical && col.Categories == nil:
		col.Role = RoleIgnore
		warns = append(warns, fmt.Sprintf("column %q: text with more than %d distinct values; marked ignore (one-hot encoding it would add a feature per value)", name, MaxInferCategories))
	}
	if col.Nullable && col.Role == "" {
		col.Impute = col.Imputation()
	}
	return col, warns
}

// note says what inference saw of a column, for the user who edits the schema.
func (c *inferCol) note(rows int) string {
	n := fmt.Sprintf("%d of %d rows missing", c.missing, rows)
	if !c.overflow {
		return n + fmt.Sprintf(", %d distinct values", len(c.values))
	}
	return n + ", many distinct values"
}

// YAML returns s as the YAML a user edits (Parse reads it back): the columns in file order, each with
// its type, categories, nullability, role and imputation.
func (s *Schema) YAML() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("# A Cohort data schema. Check every column: role id or ignore leaves a column out of training;\n")
	b.WriteString("# impute (mean|median|mode) fills missing values; categories are one-hot encoded in this order.\n")
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	type plain Schema // no methods: no recursion
	var doc yaml.Node
	if err := doc.Encode((*plain)(s)); err != nil {
		return nil, fmt.Errorf("schema yaml: %w", err)
	}
	if cols := mappingValue(&doc, "columns"); cols != nil && len(s.notes) == len(cols.Content) {
		for i, c := range cols.Content {
			c.HeadComment = s.notes[i]
		}
	}
	if err := enc.Encode(&doc); err != nil {
		return nil, fmt.Errorf("schema yaml: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("schema yaml: %w", err)
	}
	return b.Bytes(), nil
}

// mappingValue returns the value of key in the mapping node n (nil when absent).
func mappingValue(n *yaml.Node, key string) *yaml.Node {
	if n.Kind == yaml.DocumentNode && len(n.Content) == 1 {
		n = n.Content[0]
	}
	if n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

func clipText(s string) string {
	if len(s) > 40 {
		return s[:40] + "..."
	}
	return s
}
