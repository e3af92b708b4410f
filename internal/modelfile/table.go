package modelfile

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
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
)

// Table is a CSV file read for a model: its rows as the model's raw inputs, in the model's feature
// order (Dataset.D is the model's input count and Dataset.Classes its class names). Y holds each row's
// class when Labelled.
type Table struct {
	*dataset.Dataset
	Labelled bool
	Ignored  []string // columns the model does not use
	// Counts, with an encoding: missing cells filled and categories the model does not know (encoded
	// all-zero, the documented fallback), per column.
	Counts dataset.EncodeCounts
}

// ReadTable reads a CSV file with a header row for the model. The model's features are taken by name
// (by position, every column but the label's, when the file names none); a missing feature column is
// refused by name, other columns are ignored. label names the label column: "" takes the model's and
// reads the rows unlabelled when the file has no such column; a label named explicitly must be there.
// Labels are matched to the model's classes by value. Errors are cohort.EInvalid and name the line
// and column.
func (f *File) ReadTable(r io.Reader, label string) (*Table, error) {
	required := label != ""
	if !required {
		label = f.Label
	}
	raw, err := io.ReadAll(io.LimitReader(r, dataset.MaxCSVBytes+1))
	if err != nil {
		return nil, cohort.Errorf(cohort.EInvalid, "read csv: %v", err)
	}
	if len(raw) > dataset.MaxCSVBytes {
		return nil, cohort.Errorf(cohort.EInvalid, "csv larger than %d bytes", dataset.MaxCSVBytes)
	}
	if f.Encoding != nil {
		return f.readEncoded(raw, label, required)
	}
	cr := csv.NewReader(bytes.NewReader(raw))
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err == io.EOF {
		return nil, cohort.Errorf(cohort.EInvalid, "csv: empty input, want a header row")
	}
	if err != nil {
		return nil, csvError(err)
	}
	header = slices.Clone(header)
	for i := range header {
		header[i] = strings.TrimSpace(header[i])
	}
	if len(header) > 0 {
		header[0] = strings.TrimPrefix(header[0], "\ufeff")
	}
	li, cols, ignored, err := f.columns(header, label, required)
	if err != nil {
		return nil, err
	}
	t := &Table{Dataset: &dataset.Dataset{D: f.Model.Inputs, Features: f.featureNames(header, cols), Label: label,
		Classes: f.Classes}, Labelled: li >= 0, Ignored: ignored}
	if err := f.readRows(cr, header, li, cols, t); err != nil {
		return nil, err
	}
	return t, nil
}

// readEncoded reads raw CSV rows through the model's encoding.
func (f *File) readEncoded(raw []byte, label string, required bool) (*Table, error) {
	et, err := f.Encoding.ReadTable(bytes.NewReader(raw), label)
	if err != nil {
		return nil, err
	}
	labelled := et.Classes != nil
	if required && !labelled {
		return nil, cohort.Errorf(cohort.EInvalid, "csv line 1: no label column %q", label)
	}
	d, cnt, err := f.Encoding.Encode(et)
	if err != nil {
		return nil, err
	}
	d.Classes, d.Label = f.Classes, label
	if labelled {
		class := make(map[string]int, len(f.Classes))
		for i, c := range f.Classes {
			class[c] = i
		}
		for i, l := range et.Labels {
			y, ok := class[l]
			if !ok {
				return nil, cohort.Errorf(cohort.EInvalid, "csv line %d, column %q: label %q is not one of the model's classes (%s)",
					et.Lines[i], label, clip(l), preview(f.Classes))
			}
			d.Y[i] = y
		}
	}
	return &Table{Dataset: d, Labelled: labelled, Ignored: ignoredColumns(raw, f.Encoding, label), Counts: cnt}, nil
}

// ignoredColumns names the header's columns that are neither the label nor encoded.
func ignoredColumns(raw []byte, e *dataset.Encoding, label string) []string {
	cr := csv.NewReader(bytes.NewReader(raw))
	header, err := cr.Read()
	if err != nil {
		return nil
	}
	used := map[string]bool{label: true}
	for _, c := range e.Columns {
		used[c.Name] = true
	}
	var out []string
	for i, h := range header {
		h = strings.TrimSpace(h)
		if i == 0 {
			h = strings.TrimPrefix(h, "\ufeff")
		}
		if !used[h] {
			out = append(out, h)
		}
	}
	return out
}

// columns finds the label column (-1: none) and the column of each feature.
func (f *File) columns(header []string, label string, required bool) (li int, cols []int, ignored []string, err error) {
	at := make(map[string]int, len(header))
	for i, h := range header {
		if _, dup := at[h]; dup {
			return 0, nil, nil, cohort.Errorf(cohort.EInvalid, "csv line 1: column %q appears twice", h)
		}
		at[h] = i
	}
	li = -1
	if i, ok := at[label]; ok {
		li = i
	} else if required {
		return 0, nil, nil, cohort.Errorf(cohort.EInvalid, "csv line 1: no label column %q among %d columns (%s)", label, len(header), preview(header))
	}
	used := make([]bool, len(header))
	if li >= 0 {
		used[li] = true
	}
	if len(f.Features) == 0 {
		for i := range header {
			if i != li {
				cols = append(cols, i)
			}
		}
		if len(cols) != f.Model.Inputs {
			return 0, nil, nil, cohort.Errorf(cohort.EInvalid,
				"csv line 1: %d columns besides the label %q, the model takes %d (its file names no features, so columns are taken by position)",
				len(cols), label, f.Model.Inputs)
		}
		return li, cols, nil, nil
	}
	for k, name := range f.Features {
		i, ok := at[name]
		if !ok {
			return 0, nil, nil, cohort.Errorf(cohort.EInvalid, "csv line 1: no column %q, feature %d of the %d the model takes (the file has: %s)",
				name, k+1, len(f.Features), preview(header))
		}
		if i == li {
			return 0, nil, nil, cohort.Errorf(cohort.EInvalid, "csv line 1: column %q is both the label and a feature of the model", name)
		}
		cols = append(cols, i)
		used[i] = true
	}
	for i, h := range header {
		if !used[i] {
			ignored = append(ignored, h)
		}
	}
	return li, cols, ignored, nil
}

func (f *File) featureNames(header []string, cols []int) []string {
	if len(f.Features) > 0 {
		return f.Features
	}
	names := make([]string, len(cols))
	for k, i := range cols {
		names[k] = header[i]
	}
	return names
}

// readRows parses the data rows into t: the feature cells as numbers, the label as a class index.
func (f *File) readRows(cr *csv.Reader, header []string, li int, cols []int, t *Table) error {
	class := make(map[string]int, len(f.Classes))
	for i, c := range f.Classes {
		class[c] = i
	}
	d := t.Dataset
	err := dataset.EachRecord(cr, header, csvError, func(line int, rec []string) error {
		for _, i := range cols {
			v, err := parseCell(rec[i])
			if err != nil {
				return cohort.Errorf(cohort.EInvalid, "csv line %d, column %q: %v", line, header[i], err)
			}
			d.X = append(d.X, v)
		}
		if li >= 0 {
			l := strings.TrimSpace(rec[li])
			y, ok := class[l]
			if !ok {
				return cohort.Errorf(cohort.EInvalid, "csv line %d, column %q: label %q is not one of the model's classes (%s)",
					line, header[li], clip(l), preview(f.Classes))
			}
			d.Y = append(d.Y, y)
		}
		d.N++
		return nil
	})
	if err != nil {
		return err
	}
	if d.N == 0 {
		return cohort.Errorf(cohort.EInvalid, "csv: a header but no rows")
	}
	if li < 0 {
		d.Y = make([]int, d.N)
	}
	return nil
}

// parseCell reads a number as dataset.LoadCSV does (so the same file gives the same values).
func parseCell(s string) (float64, error) {
	s = strings.TrimSpace(s)
	v, err := strconv.ParseFloat(s, 64)
	if err != nil && !errors.Is(err, strconv.ErrRange) || s == "" {
		return 0, cohort.Errorf(cohort.EInvalid, "%q is not a number", clip(s))
	}
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, cohort.Errorf(cohort.EInvalid, "%q is not finite", clip(s))
	}
	return v, nil
}

func csvError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return cohort.Errorf(cohort.EInvalid, "csv line %d, field %d: %v", pe.Line, pe.Column, pe.Err)
	}
	return cohort.Errorf(cohort.EInvalid, "csv: %v", err)
}

func preview(h []string) string {
	if len(h) > 8 {
		return strings.Join(h[:8], ", ") + ", ..."
	}
	return strings.Join(h, ", ")
}

// Standardize returns d scaled with the file's scaler (d itself when there is none).
func (f *File) Standardize(d *dataset.Dataset) *dataset.Dataset {
	if s := f.DatasetScaler(); s != nil {
		return s.Apply(d)
	}
	return d
}

// Predict returns the class index the model predicts for every row of d (raw inputs, in the model's
// feature order: a Table's), with the class probabilities (d.N rows of Model.Classes).
func (f *File) Predict(d *dataset.Dataset) (classes []int, proba []float64) {
	m := f.FL()
	proba = m.Predict(f.Standardize(d).X, d.N)
	c := f.Model.Classes
	classes = make([]int, d.N)
	for i := range classes {
		classes[i] = fl.Class(proba[i*c : (i+1)*c])
	}
	return classes, proba
}

// Evaluate scores the model on labelled raw rows (a Table's), as fl.Evaluate does on standardized ones.
func (f *File) Evaluate(d *dataset.Dataset) fl.Metrics { return fl.Evaluate(f.FL(), f.Standardize(d)) }
