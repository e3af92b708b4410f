package dataset

import (
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/schema"
)

// TableStats are what a trainer shares of its Table to fit the encoding, as FeatureStats are for the
// scaler: per feature column, how many values are present, their sum and median (numbers), and each
// value's count (categorical columns and mode imputation). No row leaves its owner.
type TableStats struct {
	Rows    int           `json:"rows"`
	Columns []ColumnTally `json:"columns"`
}

// ColumnTally is one column's part of TableStats.
type ColumnTally struct {
	Name    string         `json:"name"`
	Present int            `json:"present"`
	Sum     float64        `json:"sum,omitempty"`
	SumSq   float64        `json:"sum_sq,omitempty"` // of the present values: the scaler of encoded features (EncodedStats)
	Median  float64        `json:"median,omitempty"`
	Counts  map[string]int `json:"counts,omitempty"`
}

// Stats returns t's statistics.
func (t *Table) Stats() TableStats {
	st := TableStats{Rows: t.N, Columns: make([]ColumnTally, len(t.Cols))}
	for j, c := range t.Cols {
		ct := ColumnTally{Name: c.Name}
		if c.Categorical || c.Impute == schema.ImputeMode {
			ct.Counts = map[string]int{}
		}
		var present []float64
		for i, miss := range c.Miss {
			if miss {
				continue
			}
			ct.Present++
			if c.Categorical {
				ct.Counts[c.Cat[i]]++
				continue
			}
			v := c.Num[i]
			ct.Sum += v
			ct.SumSq += v * v
			present = append(present, v)
			if ct.Counts != nil {
				ct.Counts[strconv.FormatFloat(v, 'g', -1, 64)]++
			}
		}
		if len(present) > 0 {
			slices.Sort(present)
			n := len(present)
			ct.Median = present[n/2]
			if n%2 == 0 {
				ct.Median = (present[n/2-1] + present[n/2]) / 2
			}
		}
		st.Columns[j] = ct
	}
	return st
}

// MergeTableStats adds up the statistics of disjoint parts of one data set. Sums and counts add up
// exactly; the median is the count-weighted median of the parts' medians (exact for one part, an
// approximation otherwise, as a median cannot be merged from sufficient statistics). Parts must have
// the same columns.
func MergeTableStats(parts ...TableStats) (TableStats, error) {
	if len(parts) == 0 {
		return TableStats{}, cohort.Errorf(cohort.EInvalid, "merge table statistics: no parts")
	}
	m := TableStats{Columns: make([]ColumnTally, len(parts[0].Columns))}
	for j, c := range parts[0].Columns {
		m.Columns[j].Name = c.Name
	}
	type wm struct {
		median float64
		n      int
	}
	medians := make([][]wm, len(m.Columns))
	for p, part := range parts {
		if len(part.Columns) != len(m.Columns) {
			return TableStats{}, cohort.Errorf(cohort.EInvalid, "merge table statistics: part %d has %d columns, part 0 %d", p, len(part.Columns), len(m.Columns))
		}
		m.Rows += part.Rows
		for j, c := range part.Columns {
			mc := &m.Columns[j]
			if c.Name != mc.Name {
				return TableStats{}, cohort.Errorf(cohort.EInvalid, "merge table statistics: part %d column %d is %q, part 0 has %q", p, j, c.Name, mc.Name)
			}
			mc.Present += c.Present
			mc.Sum += c.Sum
			mc.SumSq += c.SumSq
			if c.Present > 0 {
				medians[j] = append(medians[j], wm{c.Median, c.Present})
			}
			if c.Counts != nil && mc.Counts == nil {
				mc.Counts = map[string]int{}
			}
			for k, n := range c.Counts {
				mc.Counts[k] += n
			}
		}
	}
	for j, ms := range medians {
		slices.SortFunc(ms, func(a, b wm) int { return cmpFloat(a.median, b.median) })
		half, acc := float64(m.Columns[j].Present)/2, 0
		for _, x := range ms {
			acc += x.n
			if float64(acc) >= half {
				m.Columns[j].Median = x.median
				break
			}
		}
	}
	return m, nil
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Encoding turns a Table into model features: numeric columns as they are, categorical ones one-hot
// (NAME=CATEGORY, in Categories order), missing cells filled with the fitted value. A category the
// encoding does not know (a test row's, or a row at inference) becomes an all-zero one-hot group and is
// counted (EncodeCounts.Unseen): the documented fallback. A model file carries its Encoding, so that
// predictions on raw CSV rows are encoded as the training rows were.
type Encoding struct {
	Missing  []string         `json:"missing"`            // tokens read as missing
	Columns  []EncodingColumn `json:"columns"`            // the feature columns, in feature order
	Excluded []string         `json:"excluded,omitempty"` // columns left out of training (id, ignore)
}

// EncodingColumn is one raw column's encoding.
type EncodingColumn struct {
	Name       string      `json:"name"`
	Type       schema.Type `json:"type"`                 // float|int|bool|categorical: how a cell is read
	Categories []string    `json:"categories,omitempty"` // one-hot columns: the categories, in feature order
	OneHot     bool        `json:"one_hot,omitempty"`
	Impute     string      `json:"impute"`                  // mean|median|mode
	Fill       float64     `json:"fill"`                    // a numeric column's fill value
	FillValue  string      `json:"fill_category,omitempty"` // a one-hot column's fill category
}

// FitEncoding fits the encoding of t's columns from statistics merged over every trainer's table
// (one part: t.Stats()). A column with no value anywhere is an error that names it: mark it ignore.
func FitEncoding(t *Table, st TableStats) (*Encoding, error) {
	if len(st.Columns) != len(t.Cols) {
		return nil, cohort.Errorf(cohort.EInvalid, "fit encoding: statistics of %d columns for a table of %d", len(st.Columns), len(t.Cols))
	}
	e := &Encoding{Missing: slices.Clone(t.Missing), Excluded: slices.Clone(t.Excluded)}
	for j, c := range t.Cols {
		ct := st.Columns[j]
		if ct.Name != c.Name {
			return nil, cohort.Errorf(cohort.EInvalid, "fit encoding: statistics column %d is %q, the table's %q", j, ct.Name, c.Name)
		}
		if ct.Present == 0 {
			return nil, cohort.Errorf(cohort.EInvalid, "column %q: every value is missing (in %d rows), so nothing can fill it; mark it ignore in the schema", c.Name, st.Rows)
		}
		ec := EncodingColumn{Name: c.Name, Type: c.Type, OneHot: c.Categorical, Impute: string(c.Impute)}
		if c.Categorical {
			ec.Categories = slices.Clone(c.Declared)
			if ec.Categories == nil {
				for k := range ct.Counts {
					ec.Categories = append(ec.Categories, k)
				}
				slices.Sort(ec.Categories)
			}
			counts := ct.Counts // the fill is the commonest of the column's categories
			if c.Declared != nil {
				counts = make(map[string]int, len(c.Declared))
				for _, k := range c.Declared {
					if n := ct.Counts[k]; n > 0 {
						counts[k] = n
					}
				}
			}
			if len(counts) == 0 {
				return nil, cohort.Errorf(cohort.EInvalid, "column %q: no value is one of its categories, so nothing can fill it", c.Name)
			}
			ec.FillValue = mode(counts, func(a, b string) int { return strings.Compare(a, b) })
			ec.Impute = string(schema.ImputeMode)
		} else {
			switch c.Impute {
			case schema.ImputeMedian:
				ec.Fill = ct.Median
			case schema.ImputeMode:
				k := mode(ct.Counts, func(a, b string) int {
					x, _ := strconv.ParseFloat(a, 64)
					y, _ := strconv.ParseFloat(b, 64)
					return cmpFloat(x, y)
				})
				ec.Fill, _ = strconv.ParseFloat(k, 64)
			default:
				ec.Fill = ct.Sum / float64(ct.Present)
				ec.Impute = string(schema.ImputeMean)
			}
		}
		e.Columns = append(e.Columns, ec)
	}
	if err := e.Check(); err != nil {
		return nil, err
	}
	return e, nil
}

// mode returns the commonest key; ties go to the first in cmp's order.
func mode(counts map[string]int, cmp func(a, b string) int) string {
	best, bn := "", -1
	for k, n := range counts {
		if n > bn || n == bn && cmp(k, best) < 0 {
			best, bn = k, n
		}
	}
	return best
}

// Check reports whether e is complete and consistent (an encoding may come from a file).
func (e *Encoding) Check() error {
	bad := func(format string, a ...any) error {
		return cohort.Errorf(cohort.EInvalid, "encoding: "+format, a...)
	}
	if len(e.Columns) == 0 {
		return bad("no columns")
	}
	missing := map[string]bool{}
	for _, m := range e.Missing {
		missing[m] = true
	}
	seen := map[string]bool{}
	for _, c := range e.Columns {
		if strings.TrimSpace(c.Name) == "" || seen[c.Name] {
			return bad("column name %q empty or repeated", clip(c.Name))
		}
		seen[c.Name] = true
		switch c.Type {
		case schema.Float, schema.Int, schema.Bool, schema.Categorical:
		default:
			return bad("column %q: type %q", clip(c.Name), clip(string(c.Type)))
		}
		if c.Type == schema.Categorical && !c.OneHot {
			return bad("column %q: a categorical column must be one-hot", clip(c.Name))
		}
		if math.IsNaN(c.Fill) || math.IsInf(c.Fill, 0) {
			return bad("column %q: fill value not finite", clip(c.Name))
		}
		if !c.OneHot {
			if len(c.Categories) > 0 {
				return bad("column %q: categories on a numeric column", clip(c.Name))
			}
			continue
		}
		if len(c.Categories) == 0 {
			return bad("column %q: one-hot with no categories", clip(c.Name))
		}
		cats := map[string]bool{}
		for _, k := range c.Categories {
			if cats[k] || missing[k] {
				return bad("column %q: category %q repeated or a missing-value token", clip(c.Name), clip(k))
			}
			cats[k] = true
		}
		if c.FillValue != "" && !cats[c.FillValue] {
			return bad("column %q: fill category %q is not one of its categories", clip(c.Name), clip(c.FillValue))
		}
	}
	return nil
}

// Width returns the number of features the encoding produces.
func (e *Encoding) Width() int {
	n := 0
	for _, c := range e.Columns {
		if c.OneHot {
			n += len(c.Categories)
		} else {
			n++
		}
	}
	return n
}

// Features returns the feature names: a numeric column's name, NAME=CATEGORY for each category of a
// one-hot column.
func (e *Encoding) Features() []string {
	out := make([]string, 0, e.Width())
	for _, c := range e.Columns {
		if !c.OneHot {
			out = append(out, c.Name)
			continue
		}
		for _, k := range c.Categories {
			out = append(out, c.Name+"="+k)
		}
	}
	return out
}

// EncodeCounts say, per column, how many cells Encode filled (missing) and how many held a category
// the encoding does not know (encoded all-zero), with the CSV line of the first.
type EncodeCounts struct {
	Imputed     map[string]int `json:"imputed,omitempty"`
	Unseen      map[string]int `json:"unseen_categories,omitempty"`
	FirstUnseen map[string]int `json:"first_unseen_line,omitempty"`
}

// Encode returns t's rows as a Dataset of e.Width() features (t's labels and classes kept).
func (e *Encoding) Encode(t *Table) (*Dataset, EncodeCounts, error) {
	cnt := EncodeCounts{Imputed: map[string]int{}, Unseen: map[string]int{}, FirstUnseen: map[string]int{}}
	at := make(map[string]int, len(t.Cols))
	for j, c := range t.Cols {
		at[c.Name] = j
	}
	w := e.Width()
	d := &Dataset{X: make([]float64, t.N*w), Y: slices.Clone(t.Y), N: t.N, D: w, Features: e.Features(), Label: t.Label, Classes: t.Classes}
	off := 0
	for _, ec := range e.Columns {
		j, ok := at[ec.Name]
		if !ok {
			return nil, cnt, cohort.Errorf(cohort.EInvalid, "encode: the data has no column %q", ec.Name)
		}
		c := &t.Cols[j]
		if c.Categorical != ec.OneHot {
			return nil, cnt, cohort.Errorf(cohort.EInvalid, "encode: column %q is read as %s, encoded as %s", ec.Name, kind(c.Categorical), kind(ec.OneHot))
		}
		if !ec.OneHot {
			for i := range t.N {
				v := c.Num[i]
				if c.Miss[i] {
					v = ec.Fill
					cnt.Imputed[ec.Name]++
				}
				d.X[i*w+off] = v
			}
			off++
			continue
		}
		idx := make(map[string]int, len(ec.Categories))
		for k, v := range ec.Categories {
			idx[v] = k
		}
		for i := range t.N {
			v := c.Cat[i]
			if c.Miss[i] {
				v = ec.FillValue
				cnt.Imputed[ec.Name]++
			}
			k, ok := idx[v]
			if !ok {
				if cnt.Unseen[ec.Name] == 0 {
					cnt.FirstUnseen[ec.Name] = t.Lines[i]
				}
				cnt.Unseen[ec.Name]++
				continue
			}
			d.X[i*w+off+k] = 1
		}
		off += len(ec.Categories)
	}
	return d, cnt, nil
}

func kind(oneHot bool) string {
	if oneHot {
		return "categorical (one-hot)"
	}
	return "numeric"
}

// ReadTable reads CSV data (with a header row) for the encoding: its columns by name (a missing one is
// an error, other columns are ignored), each cell as the column's type, any of them possibly missing,
// and a category the encoding does not know kept (Encode gives it the all-zero fallback). label names
// the label column; rows are unlabelled when the file lacks it.
func (e *Encoding) ReadTable(r io.Reader, label string) (*Table, error) {
	raw, err := readCSVBytes(r)
	if err != nil {
		return nil, err
	}
	t := &Table{Label: label, Missing: e.Missing, Excluded: e.Excluded}
	var decls []tableCol
	if label != "" {
		decls = append(decls, tableCol{name: label, out: -1})
	}
	for _, c := range e.Columns {
		if c.Name == label {
			return nil, cohort.Errorf(cohort.EInvalid, "encoding: column %q is both the label and a feature", label)
		}
		decls = append(decls, tableCol{name: c.Name, typ: c.Type, cat: c.OneHot, nullable: true, unseenOK: true, out: len(t.Cols)})
		t.Cols = append(t.Cols, TableColumn{Name: c.Name, Type: c.Type, Categorical: c.OneHot, Declared: c.Categories})
	}
	if err := t.read(raw, decls, false); err != nil {
		return nil, err
	}
	return t, nil
}
