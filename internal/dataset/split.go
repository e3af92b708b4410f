package dataset

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"slices"
	"strconv"

	"github.com/cohort-net/cohort"
)

// SplitOptions say how SplitCSV shares a labelled CSV among data owners.
type SplitOptions struct {
	Label string
	Parts int
	// Holdout is the fraction of rows, stratified by label, kept aside as a common test set (0 keeps
	// none).
	Holdout float64
	// Alpha > 0 deals the owners' rows with label skew (Dirichlet(Alpha) shares per class); 0 deals
	// them IID.
	Alpha float64
	Seed  uint64
}

// Split is a CSV shared among owners: the header, each owner's rows and the hold-out rows, every row
// exactly as it was read (no column is parsed but the label, so text and empty cells pass through).
type Split struct {
	Header  []string
	Parts   [][][]string
	Holdout [][]string
}

// SplitCSV reads a CSV with a header row and deals its rows among o.Parts owners, after keeping a
// stratified hold-out. Every owner gets at least one row, or the split is refused with the reason.
func SplitCSV(r io.Reader, o SplitOptions) (*Split, error) {
	switch {
	case o.Parts < 1:
		return nil, cohort.Errorf(cohort.EInvalid, "split into %d parts: want at least 1", o.Parts)
	case !(o.Holdout >= 0 && o.Holdout < 1):
		return nil, cohort.Errorf(cohort.EInvalid, "hold-out fraction %v: want 0 <= f < 1", o.Holdout)
	case o.Alpha < 0:
		return nil, cohort.Errorf(cohort.EInvalid, "dirichlet alpha %v: want > 0 (or 0 for IID)", o.Alpha)
	}
	header, rows, err := readRecords(r)
	if err != nil {
		return nil, err
	}
	li := slices.Index(header, o.Label)
	if li < 0 {
		return nil, cohort.Errorf(cohort.EInvalid, "label column %q: not in the header %q", o.Label, header)
	}
	y, classes := labelIndices(rows, li)
	train := make([]int, len(rows))
	for i := range train {
		train[i] = i
	}
	var hold []int
	if o.Holdout > 0 {
		if train, hold, err = StratifiedIndices(y, classes, o.Holdout, o.Seed); err != nil {
			return nil, err
		}
	}
	if len(train) < o.Parts {
		return nil, cohort.Errorf(cohort.EInvalid, "%d parts: only %d rows remain after the hold-out, so at most %d owners can each hold one", o.Parts, len(train), len(train))
	}
	var parts [][]int
	if o.Alpha > 0 {
		ty := make([]int, len(train))
		for i, r := range train {
			ty[i] = y[r]
		}
		if parts, err = PartitionDirichlet(ty, classes, o.Parts, o.Alpha, o.Seed+1); err != nil {
			return nil, err
		}
	} else {
		parts = PartitionIID(len(train), o.Parts, o.Seed+1)
	}
	s := &Split{Header: header, Parts: make([][][]string, len(parts))}
	for p, idx := range parts {
		for _, i := range idx {
			s.Parts[p] = append(s.Parts[p], rows[train[i]])
		}
	}
	for _, i := range hold {
		s.Holdout = append(s.Holdout, rows[i])
	}
	return s, nil
}

// readRecords reads a whole CSV (bounded by MaxCSVBytes) with a header and rows of its width.
func readRecords(r io.Reader) (header []string, rows [][]string, err error) {
	raw, err := readCSVBytes(r)
	if err != nil {
		return nil, nil, err
	}
	cr := csv.NewReader(bytes.NewReader(raw))
	all, err := cr.ReadAll()
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return nil, nil, cohort.Errorf(cohort.EInvalid, "csv line %d: %v", pe.Line, pe.Err)
		}
		return nil, nil, cohort.Errorf(cohort.EInvalid, "csv: %v", err)
	}
	if len(all) == 0 {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "csv: empty input, want a header row")
	}
	if len(all) == 1 {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "csv: a header and no rows")
	}
	return all[0], all[1:], nil
}

// labelIndices numbers the label values: numerically when every value is a number, else lexically
// (LoadCSV's order).
func labelIndices(rows [][]string, col int) (y []int, classes int) {
	seen := map[string]bool{}
	var vals []string
	numeric := true
	for _, r := range rows {
		v := r[col]
		if !seen[v] {
			seen[v] = true
			vals = append(vals, v)
			if _, err := strconv.ParseFloat(v, 64); err != nil {
				numeric = false
			}
		}
	}
	slices.SortFunc(vals, func(a, b string) int {
		if numeric {
			fa, _ := strconv.ParseFloat(a, 64)
			fb, _ := strconv.ParseFloat(b, 64)
			switch {
			case fa < fb:
				return -1
			case fa > fb:
				return 1
			}
			return 0
		}
		if a < b {
			return -1
		}
		if a > b {
			return 1
		}
		return 0
	})
	index := make(map[string]int, len(vals))
	for i, v := range vals {
		index[v] = i
	}
	y = make([]int, len(rows))
	for i, r := range rows {
		y[i] = index[r[col]]
	}
	return y, len(vals)
}

// WriteRecords writes a header and rows as CSV.
func WriteRecords(w io.Writer, header []string, rows [][]string) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(header); err != nil {
		return err
	}
	if err := cw.WriteAll(rows); err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}
