package schema

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"hash/maphash"
	"io"
	"math"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unsafe"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/artifact"
)

// Severity of an issue: errors fail validation, warnings are reported.
type Severity string

// Severities.
const (
	SevError   Severity = "error"
	SevWarning Severity = "warning"
)

// Issue kinds.
const (
	KindMissingColumn = "missing_column" // a required schema column is absent from the header
	KindUnknownColumn = "unknown_column" // the header names a column the schema does not
	KindFieldCount    = "field_count"    // a record with the wrong number of fields
	KindMalformed     = "malformed"      // a bad quote
	KindType          = "type"           // a value that does not parse as the column's type
	KindNonFinite     = "non_finite"     // Inf or NaN where a number is required
	KindRange         = "out_of_range"   // below min or above max
	KindCategory      = "unknown_category"
	KindMissing       = "missing"         // a missing value in a non-nullable column (error) or a nullable one (warning, counted only)
	KindDuplicate     = "duplicate_row"   // a record identical to an earlier one
	KindOutlier       = "outlier"         // robust z-score above the threshold
	KindImbalance     = "label_imbalance" // the rarest label class is too rare
	KindEmpty         = "empty"           // no rows
)

// Issue is one finding. Row is the 1-based data row (the header is row 0; 0 also means the whole
// column or dataset); Column is empty for whole-row findings.
type Issue struct {
	Row      int      `json:"row"`
	Column   string   `json:"column,omitempty"`
	Kind     string   `json:"kind"`
	Severity Severity `json:"severity"`
	Value    string   `json:"value,omitempty"`
	Detail   string   `json:"detail,omitempty"`
}

// Count is how many issues of one kind a column (or the whole data, Column "") has.
type Count struct {
	Kind     string   `json:"kind"`
	Column   string   `json:"column,omitempty"`
	Severity Severity `json:"severity"`
	Count    int      `json:"count"`
}

// ColumnStats are a column's statistics over its present values (all 0 when Count is 0).
type ColumnStats struct {
	Name       string         `json:"name"`
	Type       Type           `json:"type"`
	Count      int            `json:"count"`
	Missing    int            `json:"missing"`
	Min        float64        `json:"min"`
	Max        float64        `json:"max"`
	Mean       float64        `json:"mean"`
	Std        float64        `json:"std"`
	Median     float64        `json:"median"`
	MAD        float64        `json:"mad"`
	Outliers   int            `json:"outliers"`
	Categories map[string]int `json:"categories,omitempty"` // value counts for categorical, bool and label columns
}

// Report is the quality report of one dataset against one schema.
type Report struct {
	SchemaID   string         `json:"schema_id"`
	SchemaName string         `json:"schema_name"`
	DataCID    string         `json:"data_cid"` // the root CID the data has in the artifact store
	Rows       int            `json:"rows"`
	Columns    int            `json:"columns"`
	Passed     bool           `json:"passed"`
	Errors     int            `json:"errors"`
	Warnings   int            `json:"warnings"`
	Counts     []Count        `json:"counts"`
	Issues     []Issue        `json:"issues"`
	Truncated  bool           `json:"truncated"` // more issues than listed (Counts has them all)
	Stats      []ColumnStats  `json:"stats"`
	Labels     map[string]int `json:"labels,omitempty"`
}

// Options tune validation. The zero value gives the defaults.
type Options struct {
	// OutlierZ is the robust z-score (0.6745 (x - median) / MAD) above which a value is an outlier
	// (default 3.5, Iglewicz and Hoaglin); negative disables outlier detection.
	OutlierZ float64
	// MinClassRatio: a warning when the rarest label class has fewer than this share of the commonest
	// (default 0.1); negative disables.
	MinClassRatio float64
	// MaxIssues caps the issues listed per kind (default 100); Counts always has them all.
	MaxIssues int
	// Workers parse in parallel (default GOMAXPROCS).
	Workers int
}

func (o *Options) defaults() {
	if o.OutlierZ == 0 {
		o.OutlierZ = 3.5
	}
	if o.MinClassRatio == 0 {
		o.MinClassRatio = 0.1
	}
	if o.MaxIssues <= 0 {
		o.MaxIssues = 100
	}
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
}

// plan is how the file's columns map onto the schema.
type plan struct {
	s       *Schema
	pos     []int // file position -> schema column, -1 unknown
	nfields int
	present []bool // schema column present in the file
	cats    []map[string]int
	missing map[string]bool
	mfirst  [256]bool // first bytes of the missing-value tokens
	seed    maphash.Seed
	maxIss  int
}

type issueKey struct {
	kind string
	col  int
}

// chunkResult is what a worker finds in one chunk; rows are numbered from 1 within the chunk.
type chunkResult struct {
	idx     int
	rows    int
	vals    [][]float64 // per schema column, NaN where missing or bad; nil for absent columns
	hashes  []uint64
	issues  []Issue
	counts  map[issueKey]int
	missing []int
	strs    []map[string]int // per categorical column without declared categories
}

func (p *plan) addIssue(res *chunkResult, row, col int, kind string, sev Severity, value, detail string) {
	k := issueKey{kind, col}
	res.counts[k]++
	if res.counts[k] > p.maxIss {
		return
	}
	name := ""
	if col >= 0 {
		name = p.s.Columns[col].Name
	}
	if len(value) > 64 {
		value = value[:64] + "..."
	}
	res.issues = append(res.issues, Issue{Row: row, Column: name, Kind: kind, Severity: sev, Value: value, Detail: detail})
}

func bstr(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

func (p *plan) parseChunk(c chunk) *chunkResult {
	ncol := len(p.s.Columns)
	est := bytes.Count(c.data, []byte{'\n'}) + 1
	res := &chunkResult{idx: c.idx, vals: make([][]float64, ncol), counts: map[issueKey]int{},
		missing: make([]int, ncol), strs: make([]map[string]int, ncol), hashes: make([]uint64, 0, est)}
	for j := range ncol {
		if p.present[j] {
			res.vals[j] = make([]float64, 0, est)
		}
		if p.s.Columns[j].Type == Categorical && len(p.s.Columns[j].Categories) == 0 {
			res.strs[j] = map[string]int{}
		}
	}
	var fields [][]byte
	var scratch []byte
	nan := math.NaN()
	data := c.data
	for row := 0; len(data) > 0; {
		var rec []byte
		rec, data = nextRecord(data, c.quoted)
		if len(rec) == 0 && len(data) == 0 {
			break // the file's final newline
		}
		row++
		res.rows = row
		res.hashes = append(res.hashes, maphash.Bytes(p.seed, rec))
		var ok bool
		fields, scratch, ok = splitFields(rec, fields[:0], scratch, c.quoted)
		if !ok || len(fields) != p.nfields {
			if !ok {
				p.addIssue(res, row, -1, KindMalformed, SevError, string(rec), "bad quoting")
			} else {
				p.addIssue(res, row, -1, KindFieldCount, SevError, "", fmt.Sprintf("%d fields, header has %d", len(fields), p.nfields))
			}
			for j := range ncol {
				if p.present[j] {
					res.vals[j] = append(res.vals[j], nan)
				}
			}
			continue
		}
		for f, j := range p.pos {
			if j < 0 {
				continue
			}
			res.vals[j] = append(res.vals[j], p.parseValue(res, row, j, fields[f]))
		}
	}
	return res
}

// parseValue checks one field against column j and returns its numeric value (NaN when missing or bad).
func (p *plan) parseValue(res *chunkResult, row, j int, f []byte) float64 {
	col := &p.s.Columns[j]
	if len(f) == 0 || (p.mfirst[f[0]] && p.missing[bstr(f)]) {
		res.missing[j]++
		if !col.Nullable {
			p.addIssue(res, row, j, KindMissing, SevError, string(f), "required value missing")
		}
		return math.NaN()
	}
	var v float64
	switch col.Type {
	case Float:
		x, err := parseFloat(f)
		if err != nil && !isRangeErr(err) {
			p.addIssue(res, row, j, KindType, SevError, string(f), "not a number")
			return math.NaN()
		}
		if math.IsNaN(x) || math.IsInf(x, 0) {
			p.addIssue(res, row, j, KindNonFinite, SevError, string(f), "not finite")
			return math.NaN()
		}
		v = x
	case Int:
		x, err := strconv.ParseInt(bstr(f), 10, 64)
		if err != nil {
			y, ferr := strconv.ParseFloat(bstr(f), 64)
			if ferr != nil || y != math.Trunc(y) || math.IsInf(y, 0) {
				p.addIssue(res, row, j, KindType, SevError, string(f), "not an integer")
				return math.NaN()
			}
			v = y
		} else {
			v = float64(x)
		}
	case Bool:
		switch strings.ToLower(bstr(f)) {
		case "true", "1", "yes", "t", "y":
			v = 1
		case "false", "0", "no", "f", "n":
			v = 0
		default:
			p.addIssue(res, row, j, KindType, SevError, string(f), "not a bool")
			return math.NaN()
		}
	case Categorical:
		if m := res.strs[j]; m != nil {
			m[string(f)]++
			return 0
		}
		k, ok := p.cats[j][string(f)]
		if !ok {
			p.addIssue(res, row, j, KindCategory, SevError, string(f), "not among the declared categories")
			return math.NaN()
		}
		return float64(k)
	}
	if col.Min != nil && v < *col.Min {
		p.addIssue(res, row, j, KindRange, SevError, string(f), "below min "+strconv.FormatFloat(*col.Min, 'g', -1, 64))
	} else if col.Max != nil && v > *col.Max {
		p.addIssue(res, row, j, KindRange, SevError, string(f), "above max "+strconv.FormatFloat(*col.Max, 'g', -1, 64))
	}
	return v
}

func isRangeErr(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

// Validate reads CSV data (with a header row) and checks it against s. It fails only on I/O or
// usage errors; everything wrong with the data is in the report.
func Validate(ctx context.Context, s *Schema, r io.Reader, opts Options) (*Report, error) {
	opts.defaults()
	// The data's artifact CID is computed beside the parse from a tee of the stream.
	pr, pw := io.Pipe()
	type sumResult struct {
		c   string
		err error
	}
	sumc := make(chan sumResult, 1)
	go func() {
		c, err := artifact.Sum(ctx, pr)
		pr.CloseWithError(err)
		sumc <- sumResult{artifact.String(c), err}
	}()
	tee := io.TeeReader(r, pw)
	rep, err := validate(ctx, s, tee, opts)
	if err == nil {
		// Drain whatever the parser did not need (nothing, normally) so the CID covers the whole input.
		_, err = io.Copy(io.Discard, tee)
	}
	pw.CloseWithError(err)
	sr := <-sumc
	if err != nil {
		return nil, err
	}
	if sr.err != nil {
		return nil, sr.err
	}
	rep.DataCID = sr.c
	return rep, nil
}

func validate(ctx context.Context, s *Schema, r io.Reader, opts Options) (*Report, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	header, err := br.ReadSlice('\n')
	if err != nil && err != io.EOF {
		if err == bufio.ErrBufferFull {
			return nil, cohort.Errorf(cohort.EInvalid, "csv header longer than 64 KiB")
		}
		return nil, fmt.Errorf("read csv header: %w", err)
	}
	header = bytes.TrimPrefix(bytes.Clone(header), []byte("\xef\xbb\xbf")) // a UTF-8 byte order mark
	hrec, _ := nextRecord(header, true)
	hfields, _, ok := splitFields(hrec, nil, nil, true)
	if !ok || len(hrec) == 0 {
		return nil, cohort.Errorf(cohort.EInvalid, "csv header %q: malformed", string(hrec))
	}
	p := &plan{s: s, nfields: len(hfields), pos: make([]int, len(hfields)), present: make([]bool, len(s.Columns)),
		cats: make([]map[string]int, len(s.Columns)), missing: map[string]bool{}, seed: maphash.MakeSeed(), maxIss: opts.MaxIssues}
	for _, m := range s.Missing {
		p.missing[m] = true
		if m != "" {
			p.mfirst[m[0]] = true
		}
	}
	rep := &Report{SchemaID: artifact.String(s.ID()), SchemaName: s.Name, Columns: len(s.Columns)}
	head := &chunkResult{counts: map[issueKey]int{}}
	for f, h := range hfields {
		name := strings.TrimSpace(string(h))
		j, ok := s.index[name]
		if !ok || p.present[j] {
			p.pos[f] = -1
			p.addIssue(head, 0, -1, KindUnknownColumn, SevError, name, "the schema has no such column, or it is repeated")
			continue
		}
		p.pos[f] = j
		p.present[j] = true
	}
	for j, c := range s.Columns {
		if !p.present[j] && !c.Optional {
			p.addIssue(head, 0, j, KindMissingColumn, SevError, "", "required column absent from the header")
		}
		if c.Type == Categorical && len(c.Categories) > 0 {
			p.cats[j] = make(map[string]int, len(c.Categories))
			for k, v := range c.Categories {
				p.cats[j][v] = k
			}
		}
	}

	// Parse chunks in parallel; merge them in order.
	chunks := make(chan chunk, opts.Workers)
	results := make(chan *chunkResult, opts.Workers)
	var wg sync.WaitGroup
	for range opts.Workers {
		wg.Go(func() {
			for c := range chunks {
				results <- p.parseChunk(c)
			}
		})
	}
	readErr := make(chan error, 1)
	go func() {
		defer close(chunks)
		readErr <- readChunks(br, nil, func(c chunk) bool {
			select {
			case chunks <- c:
				return true
			case <-ctx.Done():
				return false
			}
		})
	}()
	go func() { wg.Wait(); close(results) }()

	m := newMerger(p, opts)
	m.absorbIssues(head, 0)
	pending := map[int]*chunkResult{}
	next := 0
	for res := range results {
		pending[res.idx] = res
		for pending[next] != nil {
			m.add(pending[next])
			delete(pending, next)
			next++
		}
	}
	if err := <-readErr; err != nil {
		return nil, fmt.Errorf("read csv: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	m.finish(rep)
	return rep, nil
}

// merger folds chunk results, in order, into the report.
type merger struct {
	p      *plan
	opts   Options
	rows   int
	chunks []*chunkResult
	bases  []int
	seen   map[uint64]int
	issues map[string][]Issue
	counts map[issueKey]int
	strs   []map[string]int
}

func newMerger(p *plan, opts Options) *merger {
	return &merger{p: p, opts: opts, seen: map[uint64]int{}, issues: map[string][]Issue{}, counts: map[issueKey]int{},
		strs: make([]map[string]int, len(p.s.Columns))}
}

func (m *merger) absorbIssues(res *chunkResult, base int) {
	for _, is := range res.issues {
		if len(m.issues[is.Kind]) < m.opts.MaxIssues {
			if is.Row > 0 {
				is.Row += base
			}
			m.issues[is.Kind] = append(m.issues[is.Kind], is)
		}
	}
	for k, n := range res.counts {
		m.counts[k] += n
	}
}

func (m *merger) add(res *chunkResult) {
	base := m.rows
	m.absorbIssues(res, base)
	for i, h := range res.hashes {
		row := base + i + 1
		if first, dup := m.seen[h]; dup {
			m.counts[issueKey{KindDuplicate, -1}]++
			if len(m.issues[KindDuplicate]) < m.opts.MaxIssues {
				m.issues[KindDuplicate] = append(m.issues[KindDuplicate], Issue{Row: row, Kind: KindDuplicate,
					Severity: SevWarning, Detail: "same as row " + strconv.Itoa(first)})
			}
			continue
		}
		m.seen[h] = row
	}
	for j, sm := range res.strs {
		if sm == nil {
			continue
		}
		if m.strs[j] == nil {
			m.strs[j] = map[string]int{}
		}
		for k, n := range sm {
			m.strs[j][k] += n
		}
	}
	res.hashes, res.strs, res.issues = nil, nil, nil
	m.chunks = append(m.chunks, res)
	m.bases = append(m.bases, base)
	m.rows += res.rows
}

var severityOf = map[string]Severity{
	KindDuplicate: SevWarning, KindOutlier: SevWarning, KindImbalance: SevWarning,
}

func (m *merger) finish(rep *Report) {
	s := m.p.s
	rep.Rows = m.rows
	m.seen = nil
	if m.rows == 0 {
		m.counts[issueKey{KindEmpty, -1}]++
		m.issues[KindEmpty] = append(m.issues[KindEmpty], Issue{Kind: KindEmpty, Severity: SevError, Detail: "no data rows"})
	}
	// Per-column statistics and outliers, columns in parallel.
	rep.Stats = make([]ColumnStats, len(s.Columns))
	outl := make([][]Issue, len(s.Columns))
	outn := make([]int, len(s.Columns))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range m.opts.Workers {
		wg.Go(func() {
			var scratch []float64
			for j := range jobs {
				scratch = m.columnStats(j, &rep.Stats[j], &outl[j], &outn[j], scratch)
			}
		})
	}
	for j := range s.Columns {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	for j := range s.Columns {
		rep.Stats[j].Outliers = outn[j]
		if outn[j] > 0 {
			m.counts[issueKey{KindOutlier, j}] += outn[j]
			for _, is := range outl[j] {
				if len(m.issues[KindOutlier]) < m.opts.MaxIssues {
					m.issues[KindOutlier] = append(m.issues[KindOutlier], is)
				}
			}
		}
	}
	// Label balance.
	if s.Label != "" {
		j := s.index[s.Label]
		rep.Labels = rep.Stats[j].Categories
		if m.opts.MinClassRatio > 0 && len(rep.Labels) > 0 {
			lo, hi, loName := math.MaxInt, 0, ""
			for k, n := range rep.Labels {
				if n < lo || (n == lo && k < loName) {
					lo, loName = n, k
				}
				hi = max(hi, n)
			}
			if len(rep.Labels) == 1 || float64(lo) < m.opts.MinClassRatio*float64(hi) {
				m.counts[issueKey{KindImbalance, j}]++
				m.issues[KindImbalance] = append(m.issues[KindImbalance], Issue{Column: s.Label, Kind: KindImbalance,
					Severity: SevWarning, Value: loName, Detail: fmt.Sprintf("rarest class %q has %d rows, commonest %d (%d classes)", loName, lo, hi, len(rep.Labels))})
			}
		}
	}
	// Counts and issues in a stable order.
	for k, n := range m.counts {
		sev := SevError
		if sv, ok := severityOf[k.kind]; ok {
			sev = sv
		}
		if k.kind == KindMissing && k.col >= 0 && s.Columns[k.col].Nullable {
			sev = SevWarning
		}
		name := ""
		if k.col >= 0 {
			name = s.Columns[k.col].Name
		}
		rep.Counts = append(rep.Counts, Count{Kind: k.kind, Column: name, Severity: sev, Count: n})
		if sev == SevError {
			rep.Errors += n
		} else {
			rep.Warnings += n
		}
		if n > m.opts.MaxIssues {
			rep.Truncated = true
		}
	}
	sort.Slice(rep.Counts, func(a, b int) bool {
		x, y := rep.Counts[a], rep.Counts[b]
		if x.Severity != y.Severity {
			return x.Severity == SevError
		}
		if x.Kind != y.Kind {
			return x.Kind < y.Kind
		}
		return x.Column < y.Column
	})
	rep.Issues = []Issue{}
	for _, list := range m.issues {
		rep.Issues = append(rep.Issues, list...)
	}
	sort.SliceStable(rep.Issues, func(a, b int) bool {
		x, y := rep.Issues[a], rep.Issues[b]
		if x.Row != y.Row {
			return x.Row < y.Row
		}
		if x.Column != y.Column {
			return x.Column < y.Column
		}
		return x.Kind < y.Kind
	})
	rep.Passed = rep.Errors == 0
}

// columnStats computes column j's statistics and finds its outliers; scratch is reused between columns.
func (m *merger) columnStats(j int, st *ColumnStats, out *[]Issue, nout *int, scratch []float64) []float64 {
	col := &m.p.s.Columns[j]
	*st = ColumnStats{Name: col.Name, Type: col.Type} // numbers stay 0 when Count is 0
	if !m.p.present[j] {
		return scratch
	}
	scratch = scratch[:0]
	var sum float64
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, c := range m.chunks {
		st.Missing += c.missing[j]
		for _, v := range c.vals[j] {
			if v == v { // not NaN
				scratch = append(scratch, v)
				sum += v
				lo = min(lo, v)
				hi = max(hi, v)
			}
		}
	}
	n := len(scratch)
	st.Count = n
	if col.Type == Categorical && len(col.Categories) == 0 {
		st.Categories = m.strs[j]
		st.Count = 0
		for _, k := range m.strs[j] {
			st.Count += k
		}
		return scratch
	}
	if n == 0 {
		return scratch
	}
	st.Min, st.Max = lo, hi
	mean := sum / float64(n)
	var ss float64
	for _, v := range scratch {
		d := v - mean
		ss += d * d
	}
	st.Mean, st.Std = mean, math.Sqrt(ss/float64(n))
	if col.Type == Categorical || col.Type == Bool || col.Name == m.p.s.Label {
		st.Categories = map[string]int{}
		counts := map[float64]int{}
		for _, v := range scratch {
			counts[v]++
		}
		for v, k := range counts {
			st.Categories[m.valueName(col, v)] = k
		}
	}
	if col.Type == Categorical || col.Type == Bool {
		return scratch
	}
	med := median(scratch)
	for i, v := range scratch {
		scratch[i] = math.Abs(v - med)
	}
	mad := median(scratch)
	st.Median, st.MAD = med, mad
	// Outliers only among float values: int columns are usually counts or codes where most values
	// repeat and a robust z-score flags every rare level.
	if m.opts.OutlierZ < 0 || col.Type != Float || col.Name == m.p.s.Label {
		return scratch
	}
	// Robust z-score; when the MAD is 0 (over half the values equal), fall back to the mean absolute
	// deviation scaled to match (1.253314 * meanAD estimates sigma as 1.4826 * MAD does).
	scale := mad / 0.6745
	if mad == 0 {
		var sad float64
		for _, d := range scratch {
			sad += d
		}
		scale = 1.253314 * sad / float64(n)
	}
	if scale == 0 {
		return scratch
	}
	for ci, c := range m.chunks {
		for i, v := range c.vals[j] {
			if v != v {
				continue
			}
			z := (v - med) / scale
			if math.Abs(z) > m.opts.OutlierZ {
				*nout++
				if len(*out) < m.opts.MaxIssues {
					*out = append(*out, Issue{Row: m.bases[ci] + i + 1, Column: col.Name, Kind: KindOutlier, Severity: SevWarning,
						Value: strconv.FormatFloat(v, 'g', -1, 64), Detail: fmt.Sprintf("robust z-score %.1f", z)})
				}
			}
		}
	}
	return scratch
}

func (m *merger) valueName(col *Column, v float64) string {
	switch col.Type {
	case Categorical:
		if k := int(v); k >= 0 && k < len(col.Categories) {
			return col.Categories[k]
		}
	case Bool:
		if v == 1 {
			return "true"
		}
		return "false"
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

// median returns the median of x, reordering x.
func median(x []float64) float64 {
	n := len(x)
	if n == 0 {
		return math.NaN()
	}
	hi := selectK(x, n/2)
	if n%2 == 1 {
		return hi
	}
	// The lower middle is the largest of the first n/2 after selection.
	lo := slices.Max(x[:n/2])
	return (lo + hi) / 2
}

// selectK reorders x so that x[k] is the k-th smallest and returns it (Hoare quickselect, median of
// three pivots).
func selectK(x []float64, k int) float64 {
	lo, hi := 0, len(x)-1
	for hi > lo {
		mid := lo + (hi-lo)/2
		if x[mid] < x[lo] {
			x[mid], x[lo] = x[lo], x[mid]
		}
		if x[hi] < x[lo] {
			x[hi], x[lo] = x[lo], x[hi]
		}
		if x[hi] < x[mid] {
			x[hi], x[mid] = x[mid], x[hi]
		}
		pivot := x[mid]
		i, j := lo, hi
		for i <= j {
			for x[i] < pivot {
				i++
			}
			for x[j] > pivot {
				j--
			}
			if i <= j {
				x[i], x[j] = x[j], x[i]
				i++
				j--
			}
		}
		switch {
		case k <= j:
			hi = j
		case k >= i:
			lo = i
		default:
			return x[k]
		}
	}
	return x[k]
}
