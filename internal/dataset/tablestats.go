package dataset

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/schema"
)

// maxMoment bounds the mean magnitude and mean square of a column's present values, so that merging
// statistics stays finite (as protocol bounds FeatureStats in a join).
const maxMoment = 1e100

// BoundedStats returns t's statistics with at most maxCounts value counts per numeric column (the
// commonest, ties to the smaller value): a numeric column imputed by its mode counts every distinct
// value, which a join over the network may not carry unbounded. The merged mode is then the mode of
// the trainers' commonest values (exact unless a value's count is spread over several trainers' tails).
// One-hot columns whose categories the schema lists keep every count (the schema bounds them); one
// whose categories it leaves to the union of the trainers' (an open column) keeps its maxCounts
// commonest categories, ties to the smaller name, so the union is of each trainer's commonest.
func (t *Table) BoundedStats(maxCounts int) TableStats {
	st := t.Stats()
	for j, c := range t.Cols {
		ct := &st.Columns[j]
		if c.Categorical && c.Declared != nil || len(ct.Counts) <= maxCounts {
			continue
		}
		if c.Categorical {
			ct.Counts = commonest(ct.Counts, maxCounts)
			continue
		}
		type kv struct {
			k string
			v float64
			n int
		}
		all := make([]kv, 0, len(ct.Counts))
		for k, n := range ct.Counts {
			v, _ := strconv.ParseFloat(k, 64)
			all = append(all, kv{k, v, n})
		}
		slices.SortFunc(all, func(a, b kv) int {
			if a.n != b.n {
				return b.n - a.n
			}
			return cmp.Compare(a.v, b.v)
		})
		ct.Counts = make(map[string]int, maxCounts)
		for _, x := range all[:maxCounts] {
			ct.Counts[x.k] = x.n
		}
	}
	return st
}

// commonest returns the n commonest keys of counts, ties to the smaller key.
func commonest(counts map[string]int, n int) map[string]int {
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		if counts[a] != counts[b] {
			return counts[b] - counts[a]
		}
		return strings.Compare(a, b)
	})
	out := make(map[string]int, n)
	for _, k := range keys[:min(n, len(keys))] {
		out[k] = counts[k]
	}
	return out
}

// MaxOpenCategories bounds the categories of an open one-hot column (one whose schema lists none):
// what one trainer reports of it (BoundedStats, its commonest) and what the union over trainers keeps
// (UnionCategories). MaxCategoryBytes bounds such a category's length, so a join's size is bounded
// by the schema.
const (
	MaxOpenCategories = 64
	MaxCategoryBytes  = 64
)

// UnionCategories returns layout with every open one-hot column's categories fixed from the
// trainers' statistics (parts, each checked against layout): the categories at least minTrainers of
// them hold (fewer would name a category, in the encoding every trainer receives and every model file
// carries, that only one or two trainers' rows have), at most maxCats of those (the ones most
// trainers hold, then the commonest, then by name), in sorted order. dropped counts, per column, the
// categories left out: their rows are encoded as none of the column's categories (all-zero), as an
// unseen category is at inference. A column left with no category is an error naming it.
func UnionCategories(layout *Table, parts []TableStats, minTrainers, maxCats int) (out *Table, dropped map[string]int, err error) {
	cp := *layout
	cp.Cols = slices.Clone(layout.Cols)
	dropped = map[string]int{}
	for j := range cp.Cols {
		c := &cp.Cols[j]
		if !c.Categorical || c.Declared != nil {
			continue
		}
		holders, total := map[string]int{}, map[string]int{}
		for _, p := range parts {
			if j >= len(p.Columns) || p.Columns[j].Name != c.Name {
				return nil, nil, cohort.Errorf(cohort.EInvalid, "union of categories: statistics without column %q", c.Name)
			}
			for k, n := range p.Columns[j].Counts {
				holders[k]++
				total[k] += n
			}
		}
		var keep []string
		for k, h := range holders {
			if h >= minTrainers {
				keep = append(keep, k)
			}
		}
		slices.SortFunc(keep, func(a, b string) int {
			if holders[a] != holders[b] {
				return holders[b] - holders[a]
			}
			if total[a] != total[b] {
				return total[b] - total[a]
			}
			return strings.Compare(a, b)
		})
		keep = keep[:min(len(keep), maxCats)]
		if len(keep) == 0 {
			return nil, nil, cohort.Errorf(cohort.EInvalid, "column %q: no category is held by at least %d trainers (%d categories seen); list its categories in the schema", c.Name, minTrainers, len(holders))
		}
		slices.Sort(keep)
		if n := len(holders) - len(keep); n > 0 {
			dropped[c.Name] = n
		}
		c.Declared = keep
	}
	return &cp, dropped, nil
}

// Check reports whether st can be the statistics of rows rows of a table laid out as layout (from
// SchemaLayout): the same columns in order, counts within the rows, finite and consistent sums (a sum
// of squares never below sum²/present), categories among the ones the schema lists, at most
// maxCounts value counts on a numeric column imputed by its mode and none on other numeric columns.
// A coordinator checks each trainer's join with it before merging, so one trainer cannot make the
// merged statistics infinite or the encoding another width. Errors name the column.
func (st TableStats) Check(layout *Table, rows, maxCounts int) error {
	bad := func(col, format string, a ...any) error {
		return cohort.Errorf(cohort.EInvalid, "table statistics, column %q: "+format, append([]any{clip(col)}, a...)...)
	}
	switch {
	case st.Rows != rows:
		return cohort.Errorf(cohort.EInvalid, "table statistics: %d rows, the join %d", st.Rows, rows)
	case len(st.Columns) != len(layout.Cols):
		return cohort.Errorf(cohort.EInvalid, "table statistics: %d columns, the schema's table %d", len(st.Columns), len(layout.Cols))
	}
	for j, c := range layout.Cols {
		ct := st.Columns[j]
		if ct.Name != c.Name {
			return bad(ct.Name, "at position %d, where the schema has %q", j, c.Name)
		}
		if ct.Present < 0 || ct.Present > rows {
			return bad(c.Name, "%d values present in %d rows", ct.Present, rows)
		}
		for _, x := range []float64{ct.Sum, ct.SumSq, ct.Median} {
			if math.IsNaN(x) || math.IsInf(x, 0) {
				return bad(c.Name, "a statistic is not finite")
			}
		}
		if c.Categorical {
			if ct.Sum != 0 || ct.SumSq != 0 || ct.Median != 0 {
				return bad(c.Name, "sums on a one-hot column")
			}
			if err := checkCounts(ct, c.Declared, maxCounts, true); err != nil {
				return bad(c.Name, "%v", err)
			}
			continue
		}
		if ct.Present == 0 {
			if ct.Sum != 0 || ct.SumSq != 0 || ct.Median != 0 || len(ct.Counts) > 0 {
				return bad(c.Name, "statistics of no values")
			}
			continue
		}
		n := float64(ct.Present)
		m, sq := ct.Sum/n, ct.SumSq/n
		switch {
		case math.Abs(m) > maxMoment || sq > maxMoment || math.Abs(ct.Median) > maxMoment:
			return bad(c.Name, "statistics out of range")
		case sq < 0 || m*m > sq*(1+1e-9)+1e-300:
			return bad(c.Name, "the sum of squares does not fit the sum and %d values", ct.Present)
		}
		if c.Impute != schema.ImputeMode {
			if len(ct.Counts) > 0 {
				return bad(c.Name, "value counts on a column not imputed by its mode")
			}
			continue
		}
		if err := checkCounts(ct, nil, maxCounts, false); err != nil {
			return bad(c.Name, "%v", err)
		}
	}
	return nil
}

// checkCounts checks a column's value counts: positive, at most maxCounts keys (or only declared ones),
// adding up to its present values (exactly when all adds up: one-hot columns).
func checkCounts(ct ColumnTally, declared []string, maxCounts int, all bool) error {
	if declared == nil && len(ct.Counts) > maxCounts {
		return cohort.Errorf(cohort.EInvalid, "%d distinct values, over the %d allowed", len(ct.Counts), maxCounts)
	}
	categorical := all
	if declared == nil && all { // an open one-hot column: the trainer's commonest categories only
		all = false
		for k := range ct.Counts {
			if len(k) > MaxCategoryBytes {
				return cohort.Errorf(cohort.EInvalid, "category %q is over %d bytes (list the column's categories in the schema)", clip(k), MaxCategoryBytes)
			}
		}
	}
	var known map[string]bool
	if declared != nil {
		known = make(map[string]bool, len(declared))
		for _, k := range declared {
			known[k] = true
		}
	}
	total := 0
	for k, n := range ct.Counts {
		if n < 1 || n > ct.Present {
			return cohort.Errorf(cohort.EInvalid, "value %q counted %d times", clip(k), n)
		}
		if known != nil && !known[k] {
			return cohort.Errorf(cohort.EInvalid, "category %q is not among the schema's (%s)", clip(k), preview(declared))
		}
		if !all && declared == nil && !categorical {
			if v, err := strconv.ParseFloat(k, 64); err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
				return cohort.Errorf(cohort.EInvalid, "counted value %q is not a finite number", clip(k))
			}
		}
		total += n
	}
	if total > ct.Present || all && total != ct.Present {
		return cohort.Errorf(cohort.EInvalid, "counts add up to %d, %d values present", total, ct.Present)
	}
	return nil
}

// EncodedStats returns the feature statistics (FeatureStats) of every row st describes once encoded
// by e, exactly and without the rows: a numeric column's missing cells are e's fill value, so its sum
// is the present values' sum plus missing × fill (and likewise its sum of squares); a one-hot feature
// is 1 in the rows of its category, plus the missing rows for the fill category, so its sum and sum
// of squares are that count. The task's z-score scaler (FeatureStats.Scaler) is thus fitted on the
// encoded features from the trainers' joins, without a second exchange. st must hold no category e
// lacks (statistics checked against the schema, whose categories e takes).
func EncodedStats(e *Encoding, st TableStats) (FeatureStats, error) {
	if len(st.Columns) != len(e.Columns) {
		return FeatureStats{}, cohort.Errorf(cohort.EInvalid, "encoded statistics: %d columns of statistics, the encoding has %d", len(st.Columns), len(e.Columns))
	}
	w := e.Width()
	fs := FeatureStats{N: st.Rows, Sum: make([]float64, w), SumSq: make([]float64, w)}
	off := 0
	for j, ec := range e.Columns {
		ct := st.Columns[j]
		if ct.Name != ec.Name {
			return FeatureStats{}, cohort.Errorf(cohort.EInvalid, "encoded statistics: column %d is %q, the encoding's %q", j, ct.Name, ec.Name)
		}
		miss := float64(st.Rows - ct.Present)
		if !ec.OneHot {
			fs.Sum[off] = ct.Sum + miss*ec.Fill
			fs.SumSq[off] = ct.SumSq + miss*ec.Fill*ec.Fill
			off++
			continue
		}
		known := 0
		for k, cat := range ec.Categories {
			n := ct.Counts[cat]
			known += n
			x := float64(n)
			if cat == ec.FillValue {
				x += miss
			}
			fs.Sum[off+k], fs.SumSq[off+k] = x, x
		}
		if known > ct.Present { // values outside the categories (a union's dropped ones) encode all-zero
			return FeatureStats{}, cohort.Errorf(cohort.EInvalid, "encoded statistics: column %q counts %d values, %d present", ec.Name, known, ct.Present)
		}
		off += len(ec.Categories)
	}
	return fs, nil
}

// Conforms reports whether e encodes tables laid out as layout (from SchemaLayout): the same columns
// in order, read the same way, one-hot columns with exactly the categories the schema lists (an open
// one, whose schema lists none: at most MaxOpenCategories, sorted, each at most MaxCategoryBytes), and the
// same missing-value tokens and left-out columns. A trainer checks the encoding its coordinator sends
// with it: the coordinator fits fill values, never the columns or the width.
func (e *Encoding) Conforms(layout *Table) error {
	if err := e.Check(); err != nil {
		return err
	}
	bad := func(format string, a ...any) error {
		return cohort.Errorf(cohort.EInvalid, "encoding: "+format+" (the task's schema says otherwise)", a...)
	}
	if len(e.Columns) != len(layout.Cols) {
		return bad("%d columns, want %d", len(e.Columns), len(layout.Cols))
	}
	if !slices.Equal(e.Missing, layout.Missing) || !slices.Equal(e.Excluded, layout.Excluded) {
		return bad("other missing-value tokens or left-out columns")
	}
	for j, c := range layout.Cols {
		ec := e.Columns[j]
		switch {
		case ec.Name != c.Name || ec.Type != c.Type || ec.OneHot != c.Categorical:
			return bad("column %d is %q (%s, one-hot %v), want %q (%s, one-hot %v)", j, clip(ec.Name), clip(string(ec.Type)), ec.OneHot, c.Name, c.Type, c.Categorical)
		case c.Categorical && c.Declared == nil: // open: the union of the trainers' categories
			if len(ec.Categories) > MaxOpenCategories || !slices.IsSorted(ec.Categories) {
				return bad("column %q: %d categories, want at most %d, sorted", c.Name, len(ec.Categories), MaxOpenCategories)
			}
			for _, k := range ec.Categories {
				if len(k) > MaxCategoryBytes {
					return bad("column %q: category %q over %d bytes", c.Name, clip(k), MaxCategoryBytes)
				}
			}
		case c.Categorical && !slices.Equal(ec.Categories, c.Declared):
			return bad("column %q: categories %s, want %s", c.Name, preview(ec.Categories), preview(c.Declared))
		}
	}
	return nil
}
