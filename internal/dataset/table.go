package dataset

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/schema"
)

// Table is a CSV file read through its schema, before encoding: the label of every row and the typed
// cells of every feature column, missing cells marked. Columns with role id or ignore are left out
// (named in Excluded), so they never become features. An Encoding, fitted on the tables of every
// trainer (TableStats, MergeTableStats, FitEncoding), turns a Table into a Dataset.
type Table struct {
	Label    string
	Labels   []string // each row's label value ("" when the table is read without labels)
	Classes  []string // distinct labels, ordered as LoadCSV orders them
	Y        []int    // class index of each row
	Lines    []int    // each row's line in the CSV file (for errors)
	N        int
	Cols     []TableColumn
	Excluded []string // id and ignore columns, by name
	Missing  []string // the tokens read as missing
}

// TableColumn is one feature column of a Table.
type TableColumn struct {
	Name   string
	Type   schema.Type
	Impute schema.Impute
	// Categorical columns are one-hot encoded: categorical ones, and any the schema transforms
	// one-hot. Declared lists the categories the schema fixes (nil: the union of what the trainers hold).
	Categorical bool
	Declared    []string
	Num         []float64 // a numeric column's values, NaN when missing (bool: 0 or 1)
	Cat         []string  // a categorical column's values, "" when missing
	Miss        []bool    // per row: the cell is missing
}

// ReadTable reads CSV data (with a header row) through s. label names the label column ("" : the
// schema's). Every column of the file must be in the schema and every required column of the schema
// in the file. A cell that contradicts its column's type, a category the schema does not list, a
// missing value in a column not marked nullable and a missing label are errors (cohort.EInvalid) that
// name the line and column.
func ReadTable(r io.Reader, s *schema.Schema, label string) (*Table, error) {
	raw, err := readCSVBytes(r)
	if err != nil {
		return nil, err
	}
	return readTable(raw, s, label)
}

// ReadCSVTable reads a CSV file through the schema at schemaPath, or, when schemaPath is "", through
// the schema schema.Infer writes for it, less the categories it lists (the file's, test rows included:
// an encoding fitted on the table takes the union of the trainers'); it returns the warnings
// inference gave (id-like columns marked id, empty ones marked ignore), which the caller shows its user.
func ReadCSVTable(path, label, schemaPath string) (*Table, *schema.Schema, []string, error) {
	f, err := openData(path)
	if err != nil {
		return nil, nil, nil, err
	}
	raw, err := readCSVBytes(f)
	f.Close()
	if err != nil {
		return nil, nil, nil, &cohort.Error{Code: cohort.Code(err), Message: path + ": " + err.Error()}
	}
	var s *schema.Schema
	var warns []string
	if schemaPath != "" {
		if s, err = schema.Load(schemaPath); err != nil {
			return nil, nil, nil, err
		}
	} else {
		name := strings.TrimSuffix(path[strings.LastIndex(path, "/")+1:], ".csv")
		if s, warns, err = schema.Infer(bytes.NewReader(raw), schema.InferOptions{Name: name, Label: label}); err != nil {
			return nil, nil, nil, &cohort.Error{Code: cohort.Code(err), Message: path + ": " + err.Error()}
		}
		// The file's categories include its test rows': leave them to the union of the trainers'.
		for i := range s.Columns {
			if c := &s.Columns[i]; c.Name != label && c.Type == schema.Categorical && c.Transform != schema.OneHot {
				c.Categories = nil
			}
		}
	}
	t, err := readTable(raw, s, label)
	if err != nil {
		return nil, nil, nil, &cohort.Error{Code: cohort.Code(err), Message: path + ": " + err.Error()}
	}
	return t, s, warns, nil
}

// tableCol is how one column of the file is read.
type tableCol struct {
	name     string
	typ      schema.Type
	cat      bool
	declared map[string]bool
	nullable bool
	optional bool // may be absent from the file (then every cell is missing)
	unseenOK bool // a category outside declared is kept (inference: the encoding's fallback)
	out      int  // index in Table.Cols; -1: the label; -2: left out
}

func readTable(raw []byte, s *schema.Schema, label string) (*Table, error) {
	t, decls, err := layout(s, label)
	if err != nil {
		return nil, err
	}
	if err := t.read(raw, decls, true); err != nil {
		return nil, err
	}
	return t, nil
}

// SchemaLayout returns the table s gives for label ("" : the schema's) with no rows: its feature
// columns (kinds, declared categories, imputation) and the columns left out. A coordinator fits the
// encoding on it (FitEncoding) from its trainers' merged statistics without holding any row.
func SchemaLayout(s *schema.Schema, label string) (*Table, error) {
	t, _, err := layout(s, label)
	return t, err
}

// FixedWidth returns the number of features t's columns give when every one-hot column's categories
// are fixed by the schema; a categorical column without listed categories (whose width the union of
// the trainers' categories would decide) is an error that names it.
func (t *Table) FixedWidth() (int, error) {
	n := 0
	for _, c := range t.Cols {
		switch {
		case !c.Categorical:
			n++
		case len(c.Declared) == 0:
			return 0, cohort.Errorf(cohort.EInvalid, "column %q: categorical without its categories listed in the schema, so the model's width is not fixed (list them; `cohort data infer-schema` writes them)", c.Name)
		default:
			n += len(c.Declared)
		}
	}
	return n, nil
}

func layout(s *schema.Schema, label string) (*Table, []tableCol, error) {
	if label == "" {
		label = s.Label
	}
	if s.Label != "" && label != s.Label {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "label column %q, but schema %q names %q (which would otherwise become a feature): mark one of them", label, s.Name, s.Label)
	}
	if label == "" {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "schema %q names no label column: give one (--label)", s.Name)
	}
	lc, ok := s.Column(label)
	if !ok {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "label column %q is not in schema %q", label, s.Name)
	}
	if !lc.Feature() {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "label column %q: the schema marks it %s", label, lc.Role)
	}
	t := &Table{Label: label, Missing: s.Missing}
	var decls []tableCol
	for i := range s.Columns {
		c := &s.Columns[i]
		d := tableCol{name: c.Name, typ: c.Type, nullable: c.Nullable, optional: c.Optional && c.Nullable, out: -2}
		switch {
		case c.Name == label:
			d.out = -1
		case !c.Feature():
			t.Excluded = append(t.Excluded, c.Name)
		default:
			d.out = len(t.Cols)
			tc := TableColumn{Name: c.Name, Type: c.Type, Impute: c.Imputation()}
			tc.Categorical, tc.Declared = categories(c)
			if tc.Declared != nil {
				d.declared = make(map[string]bool, len(tc.Declared))
				for _, k := range tc.Declared {
					d.declared[k] = true
				}
			}
			d.cat = tc.Categorical
			t.Cols = append(t.Cols, tc)
		}
		decls = append(decls, d)
	}
	if len(t.Cols) == 0 {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "schema %q: no feature columns beside the label %q (the others are id or ignore)", s.Name, label)
	}
	return t, decls, nil
}

// categories says whether training one-hot encodes c, and the categories its schema fixes.
func categories(c *schema.Column) (bool, []string) {
	switch {
	case c.Type == schema.Categorical:
		if len(c.Categories) == 0 {
			return true, nil
		}
		return true, slices.Clone(c.Categories)
	case c.Transform != schema.OneHot:
		return false, nil
	case c.Type == schema.Bool:
		return true, []string{"false", "true"}
	case c.Type == schema.Int && c.Min != nil && c.Max != nil:
		var out []string
		for v := *c.Min; v <= *c.Max; v++ {
			out = append(out, strconv.FormatFloat(v, 'f', -1, 64))
		}
		return true, out
	}
	return true, nil
}

// read parses raw into t: decls are the known columns by name; a file column that is not one is an
// error when strict, else skipped (inference reads a model's columns and ignores the rest).
func (t *Table) read(raw []byte, decls []tableCol, strict bool) error {
	cr := csv.NewReader(bytes.NewReader(raw))
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	var header []string
	parseErr := func(err error) error {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return cohort.Errorf(cohort.EInvalid, "csv line %d, column %s: %v", pe.Line, columnAt(raw, pe.Line, pe.Column, header), pe.Err)
		}
		return cohort.Errorf(cohort.EInvalid, "csv: %v", err)
	}
	rec, err := cr.Read()
	if err == io.EOF {
		return cohort.Errorf(cohort.EInvalid, "csv: empty input, want a header row")
	}
	if err != nil {
		return parseErr(err)
	}
	header = slices.Clone(rec)
	byName := make(map[string]int, len(decls))
	for i, d := range decls {
		byName[d.name] = i
	}
	pos := make([]int, len(header)) // file column -> decl, -1 skipped
	found := make([]bool, len(decls))
	for i := range header {
		header[i] = strings.TrimSpace(header[i])
		if i == 0 {
			header[i] = strings.TrimPrefix(header[i], "\ufeff")
		}
		k, ok := byName[header[i]]
		switch {
		case ok && found[k]:
			return cohort.Errorf(cohort.EInvalid, "csv line 1: column %q appears twice", header[i])
		case ok:
			pos[i], found[k] = k, true
		case strict:
			return cohort.Errorf(cohort.EInvalid, "csv line 1: column %q is not in the schema (add it; role ignore leaves it out of training)", header[i])
		default:
			pos[i] = -1
		}
	}
	labelled := false
	for k, d := range decls {
		switch {
		case found[k] && d.out == -1:
			labelled = true
		case !found[k] && d.out == -1 && strict:
			return cohort.Errorf(cohort.EInvalid, "csv line 1: no label column %q among %d columns (%s)", d.name, len(header), preview(header))
		case !found[k] && d.out >= 0 && !d.optional:
			return cohort.Errorf(cohort.EInvalid, "csv line 1: no column %q (a feature; the file has: %s)", d.name, preview(header))
		}
	}
	missing := make(map[string]bool, len(t.Missing))
	for _, m := range t.Missing {
		missing[m] = true
	}
	err = EachRecord(cr, header, parseErr, func(line int, rec []string) error {
		for k := range t.Cols {
			c := &t.Cols[k]
			c.Miss = append(c.Miss, true)
			if c.Categorical {
				c.Cat = append(c.Cat, "")
			} else {
				c.Num = append(c.Num, math.NaN())
			}
		}
		lab := ""
		for i, f := range rec {
			if pos[i] < 0 || decls[pos[i]].out == -2 {
				continue
			}
			d := &decls[pos[i]]
			f = strings.TrimSpace(f)
			if d.out == -1 {
				if missing[f] {
					return cohort.Errorf(cohort.EInvalid, "csv line %d, column %q: no label (%q)", line, d.name, clip(f))
				}
				lab = f
				continue
			}
			if err := t.cell(d, f, missing[f], t.N); err != nil {
				return cohort.Errorf(cohort.EInvalid, "csv line %d, column %q: %v", line, d.name, err)
			}
		}
		t.Labels = append(t.Labels, lab)
		t.Lines = append(t.Lines, line)
		t.N++
		return nil
	})
	if err != nil {
		return err
	}
	if t.N == 0 {
		return cohort.Errorf(cohort.EInvalid, "csv: a header but no rows")
	}
	if labelled {
		t.Classes, t.Y = encodeLabels(t.Labels)
	} else {
		t.Y = make([]int, t.N)
	}
	return nil
}

// cell stores one feature cell of row i.
func (t *Table) cell(d *tableCol, f string, isMissing bool, i int) error {
	c := &t.Cols[d.out]
	if isMissing {
		if !d.nullable {
			return errors.New("a missing value (" + strconv.Quote(clip(f)) + ") in a column the schema does not mark nullable")
		}
		return nil
	}
	if c.Categorical {
		v := f
		switch d.typ {
		case schema.Bool:
			if v = boolName(f); v == "" {
				return errors.New(strconv.Quote(clip(f)) + " is not a bool (the schema says bool)")
			}
		case schema.Int:
			x, err := parseInt(f)
			if err != nil {
				return err
			}
			v = strconv.FormatFloat(x, 'f', -1, 64)
		}
		if d.declared != nil && !d.declared[v] && !d.unseenOK {
			return errors.New("category " + strconv.Quote(clip(v)) + " is not among the schema's (" + preview(c.Declared) + ")")
		}
		c.Cat[i], c.Miss[i] = v, false
		return nil
	}
	var x float64
	switch d.typ {
	case schema.Float:
		v, err := strconv.ParseFloat(f, 64)
		if err != nil && !errors.Is(err, strconv.ErrRange) || math.IsNaN(v) || math.IsInf(v, 0) {
			return errors.New(strconv.Quote(clip(f)) + " is not a finite number (the schema says float)")
		}
		x = v
	case schema.Int:
		v, err := parseInt(f)
		if err != nil {
			return err
		}
		x = v
	case schema.Bool:
		switch boolName(f) {
		case "true":
			x = 1
		case "false":
			x = 0
		default:
			return errors.New(strconv.Quote(clip(f)) + " is not a bool (the schema says bool)")
		}
	default:
		return errors.New("column type " + string(d.typ) + " cannot be read as a number")
	}
	c.Num[i], c.Miss[i] = x, false
	return nil
}

func parseInt(f string) (float64, error) {
	if n, err := strconv.ParseInt(f, 10, 64); err == nil {
		return float64(n), nil
	}
	y, err := strconv.ParseFloat(f, 64)
	if err != nil || y != math.Trunc(y) || math.IsInf(y, 0) {
		return 0, errors.New(strconv.Quote(clip(f)) + " is not an integer (the schema says int)")
	}
	return y, nil
}

// boolName reads a bool cell as schema validation does: "true", "false", or "" when it is neither.
func boolName(v string) string {
	switch strings.ToLower(v) {
	case "true", "1", "yes", "t", "y":
		return "true"
	case "false", "0", "no", "f", "n":
		return "false"
	}
	return ""
}

// Subset returns a new table holding the rows idx, in that order (the classes kept).
func (t *Table) Subset(idx []int) *Table {
	s := &Table{Label: t.Label, Classes: t.Classes, N: len(idx), Excluded: t.Excluded, Missing: t.Missing,
		Labels: make([]string, len(idx)), Y: make([]int, len(idx)), Lines: make([]int, len(idx)), Cols: make([]TableColumn, len(t.Cols))}
	for k, i := range idx {
		s.Labels[k], s.Y[k], s.Lines[k] = t.Labels[i], t.Y[i], t.Lines[i]
	}
	for j, c := range t.Cols {
		sc := c
		sc.Num, sc.Cat, sc.Miss = nil, nil, make([]bool, len(idx))
		if c.Categorical {
			sc.Cat = make([]string, len(idx))
		} else {
			sc.Num = make([]float64, len(idx))
		}
		for k, i := range idx {
			sc.Miss[k] = c.Miss[i]
			if c.Categorical {
				sc.Cat[k] = c.Cat[i]
			} else {
				sc.Num[k] = c.Num[i]
			}
		}
		s.Cols[j] = sc
	}
	return s
}
