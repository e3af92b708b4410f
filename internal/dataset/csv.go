package dataset

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/cohort-net/cohort"
)

// MaxCSVBytes bounds what LoadCSV reads.
const MaxCSVBytes = 1 << 30

// LoadCSV reads a CSV file with a header row. The column named label holds the class labels (any
// strings; numeric labels are ordered numerically, others lexically); every other column must hold finite
// numbers. Errors are cohort.EInvalid and name the line and column.
func LoadCSV(r io.Reader, label string) (*Dataset, error) { return loadCSV(r, label, true) }

// LoadFeatureCSV reads a CSV file with a header row and no label column, as LoadCSV does: every column
// is a feature, and every row is class 0 of one unnamed class (a data owner's rows to encrypt or score).
func LoadFeatureCSV(r io.Reader) (*Dataset, error) { return loadCSV(r, "", false) }

// readCSVBytes reads a whole CSV input, at most MaxCSVBytes.
func readCSVBytes(r io.Reader) ([]byte, error) {
	raw, err := io.ReadAll(io.LimitReader(r, MaxCSVBytes+1))
	if err != nil {
		return nil, cohort.Errorf(cohort.EInvalid, "read csv: %v", err)
	}
	if len(raw) > MaxCSVBytes {
		return nil, cohort.Errorf(cohort.EInvalid, "csv larger than %d bytes", MaxCSVBytes)
	}
	return raw, nil
}

func loadCSV(r io.Reader, label string, labelled bool) (*Dataset, error) {
	raw, err := readCSVBytes(r)
	if err != nil {
		return nil, err
	}
	cr := csv.NewReader(bytes.NewReader(raw))
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	var header []string
	parseErr := func(err error) error {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			col := columnAt(raw, pe.Line, pe.Column, header)
			if pe.StartLine != pe.Line {
				return cohort.Errorf(cohort.EInvalid, "csv line %d (in a record from line %d), column %s: %v", pe.Line, pe.StartLine, col, pe.Err)
			}
			return cohort.Errorf(cohort.EInvalid, "csv line %d, column %s: %v", pe.Line, col, pe.Err)
		}
		return cohort.Errorf(cohort.EInvalid, "csv: %v", err)
	}
	rec, err := cr.Read()
	if err == io.EOF {
		return nil, cohort.Errorf(cohort.EInvalid, "csv: empty input, want a header row")
	}
	if err != nil {
		return nil, parseErr(err)
	}
	header = slices.Clone(rec)
	for i := range header {
		header[i] = strings.TrimSpace(header[i])
		if i == 0 {
			header[i] = strings.TrimPrefix(header[i], "\ufeff")
		}
	}
	li := -1
	for i, h := range header {
		if h == label && labelled {
			if li >= 0 {
				return nil, cohort.Errorf(cohort.EInvalid, "csv line 1: label column %q appears twice", label)
			}
			li = i
		}
	}
	if li < 0 && labelled {
		return nil, cohort.Errorf(cohort.EInvalid, "csv line 1: no label column %q among %d columns (%s)", label, len(header), preview(header))
	}
	d := &Dataset{D: len(header), Label: label}
	if li >= 0 {
		d.D--
	}
	if d.D < 1 {
		return nil, cohort.Errorf(cohort.EInvalid, "csv line 1: no feature columns beside label %q", label)
	}
	for i, h := range header {
		if i != li {
			d.Features = append(d.Features, h)
		}
	}
	var labels []string
	err = EachRecord(cr, header, parseErr, func(line int, rec []string) error {
		for i, f := range rec {
			f = strings.TrimSpace(f)
			if i == li {
				if f == "" {
					return cohort.Errorf(cohort.EInvalid, "csv line %d, column %q: empty label", line, header[i])
				}
				labels = append(labels, f)
				continue
			}
			v, err := strconv.ParseFloat(f, 64)
			if err != nil && !errors.Is(err, strconv.ErrRange) || f == "" {
				return cohort.Errorf(cohort.EInvalid, "csv line %d, column %q: %q is not a number", line, header[i], clip(f))
			}
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return cohort.Errorf(cohort.EInvalid, "csv line %d, column %q: %q is not finite", line, header[i], clip(f))
			}
			d.X = append(d.X, v)
		}
		d.N++
		return nil
	})
	if err != nil {
		return nil, err
	}
	if d.N == 0 {
		return nil, cohort.Errorf(cohort.EInvalid, "csv: a header but no rows")
	}
	if li < 0 {
		labels = make([]string, d.N) // no label column: one unnamed class
	}
	d.Classes, d.Y = encodeLabels(labels)
	return d, nil
}

// EachRecord reads cr's rows after the header: blank lines are skipped, a row of another width
// than header is refused naming its line (and the first missing column), and fn gets every other
// row with its line number. parseErr words the reader's own errors.
func EachRecord(cr *csv.Reader, header []string, parseErr func(error) error, fn func(line int, rec []string) error) error {
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return parseErr(err)
		}
		line, _ := cr.FieldPos(0)
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue // a blank line
		}
		if len(rec) != len(header) {
			col := "(none)"
			if len(rec) < len(header) {
				col = strconv.Quote(header[len(rec)])
			}
			return cohort.Errorf(cohort.EInvalid, "csv line %d: %d fields, want %d (first missing column %s)", line, len(rec), len(header), col)
		}
		if err := fn(line, rec); err != nil {
			return err
		}
	}
}

// LoadCSVFile opens path and calls LoadCSV.
func LoadCSVFile(path, label string) (*Dataset, error) { return loadCSVFile(path, label, true) }

// LoadFeatureCSVFile opens path and calls LoadFeatureCSV.
func LoadFeatureCSVFile(path string) (*Dataset, error) { return loadCSVFile(path, "", false) }

func loadCSVFile(path, label string, labelled bool) (*Dataset, error) {
	f, err := openData(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	d, err := loadCSV(f, label, labelled)
	if err != nil {
		return nil, &cohort.Error{Code: cohort.Code(err), Message: path + ": " + err.Error()}
	}
	return d, nil
}

// encodeLabels maps label strings to class ids: numeric order if every label parses as a number,
// else lexical order.
func encodeLabels(labels []string) (classes []string, y []int) {
	seen := map[string]bool{}
	for _, l := range labels {
		if !seen[l] {
			seen[l] = true
			classes = append(classes, l)
		}
	}
	numeric := true
	nums := map[string]float64{}
	for _, c := range classes {
		v, err := strconv.ParseFloat(c, 64)
		if err != nil || math.IsNaN(v) {
			numeric = false
			break
		}
		nums[c] = v
	}
	if numeric {
		slices.SortStableFunc(classes, func(a, b string) int {
			if nums[a] != nums[b] {
				if nums[a] < nums[b] {
					return -1
				}
				return 1
			}
			return strings.Compare(a, b)
		})
	} else {
		slices.Sort(classes)
	}
	id := make(map[string]int, len(classes))
	for i, c := range classes {
		id[c] = i
	}
	y = make([]int, len(labels))
	for i, l := range labels {
		y[i] = id[l]
	}
	return classes, y
}

// columnAt names the column holding byte col (1-based) of line (1-based) in raw: the header's name when
// known, else the 1-based field number.
func columnAt(raw []byte, line, col int, header []string) string {
	lines := bytes.SplitN(raw, []byte("\n"), line+1)
	if line < 1 || line > len(lines) {
		return "?"
	}
	text := lines[line-1]
	if col > len(text) {
		col = len(text)
	}
	field, inQuote := 0, false
	for _, c := range text[:max(col-1, 0)] {
		switch {
		case c == '"':
			inQuote = !inQuote
		case c == ',' && !inQuote:
			field++
		}
	}
	if field < len(header) {
		return strconv.Quote(header[field])
	}
	return "#" + strconv.Itoa(field+1)
}

func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "..."
	}
	return s
}

func preview(h []string) string {
	if len(h) > 8 {
		return strings.Join(h[:8], ", ") + ", ..."
	}
	return strings.Join(h, ", ")
}

// openData opens a data file; a missing file is cohort.ENotFound.
func openData(path string) (*os.File, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, cohort.Errorf(cohort.ENotFound, "data file %s does not exist", path)
	}
	return f, err
}

// WriteCSV writes d as a CSV file LoadCSV reads back exactly: a header of the feature names and the
// label, then one row per sample with values in Go's shortest float form and the label's value.
func WriteCSV(w io.Writer, d *Dataset) error {
	cw := csv.NewWriter(w)
	header := make([]string, 0, d.D+1)
	header = append(header, d.Features...)
	if err := cw.Write(append(header, d.Label)); err != nil {
		return err
	}
	row := make([]string, d.D+1)
	for i := range d.N {
		for j, v := range d.Row(i) {
			row[j] = strconv.FormatFloat(v, 'g', -1, 64)
		}
		row[d.D] = d.Classes[d.Y[i]]
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
