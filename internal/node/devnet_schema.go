package node

import (
	"bytes"
	"encoding/csv"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/cohort-net/cohort/internal/artifact"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/protocol"
	"github.com/cohort-net/cohort/internal/schema"
)

// DataEncoding is how a devnet read a CSV file through its schema (the `data_encoding` object of
// `cohort devnet --json`): which columns became which features, which were left out, and how many
// cells were filled.
type DataEncoding struct {
	Schema   string         `json:"schema"` // the schema file, or "inferred"
	SchemaID string         `json:"schema_id"`
	Features []string       `json:"features"`
	Excluded []string       `json:"excluded_columns,omitempty"` // id and ignore columns: never features
	OneHot   map[string]int `json:"one_hot,omitempty"`          // categorical column -> its number of categories
	Imputed  map[string]int `json:"imputed,omitempty"`          // column -> missing cells filled (both splits)
	Unseen   map[string]int `json:"unseen_categories,omitempty"`
	Dropped  map[string]int `json:"dropped_categories,omitempty"` // open column -> categories fewer than 2 trainers hold, left out
	Warnings []string       `json:"warnings,omitempty"`           // what schema inference decided for the user to check
	encoding *dataset.Encoding
	// On chain the nodes read the file's raw rows: raw is the file, and the lines are the CSV lines of
	// the training split's rows (in the order of the encoded training rows), of the test split's and
	// of the validation rows carved for automatic rounds. doc is the schema the task document embeds:
	// the one read through, with each categorical column that lists no categories given the
	// encoding's (the union of the trainers', so the model's width is fixed at publication).
	raw                             []byte
	trainLines, testLines, valLines []int
	doc                             []byte
}

// schemaSource reports whether the devnet reads o.Data through a schema: a CSV file, not a bundled
// data set or Fashion-MNIST (whose columns are all numeric features).
func schemaSource(o DevnetOptions) bool {
	if o.Schema != "" {
		return true
	}
	switch o.Data {
	case "", "breast_cancer", "digits", "fashion-mnist", "fashion_mnist":
		return false
	}
	_, err := os.Stat(o.Data)
	return err == nil
}

// loadSchemaData reads the CSV file o.Data through the schema o.Schema (inferred when ""), splits it
// 80/20 stratified by the task seed as dataset.LoadSource does (with automatic rounds, carves the
// coordinator's validation rows from the training split as fl.CarveValidation does), and encodes
// every split with an encoding fitted as the scaler is: each trainer's part of its training rows (the
// partition StartDevnet deals, from the same seed) yields its TableStats, and only their merge is
// used, so imputation values and the union of categories come from the trainers' statistics, never
// from test or validation rows. full is the whole training split encoded (the centralized baseline's).
func loadSchemaData(o DevnetOptions) (full, train, val, test *dataset.Dataset, name string, enc *DataEncoding, err error) {
	fail := func(err error) (full, train, val, test *dataset.Dataset, name string, enc *DataEncoding, _ error) {
		return nil, nil, nil, nil, "", nil, err
	}
	tab, s, warns, err := dataset.ReadCSVTable(o.Data, o.Label, o.Schema)
	if err != nil {
		return fail(err)
	}
	for _, w := range warns {
		o.Log.Warn("schema inference: " + w)
	}
	trIdx, teIdx, err := dataset.StratifiedIndices(tab.Y, len(tab.Classes), 0.2, o.Task.Seed)
	if err != nil {
		return fail(err)
	}
	allT, teT := tab.Subset(trIdx), tab.Subset(teIdx)
	labels := func(t *dataset.Table) *dataset.Dataset { return &dataset.Dataset{N: t.N, Y: t.Y, Classes: t.Classes} }
	trT, vaT := allT, (*dataset.Table)(nil)
	if o.Task.AutoRounds {
		keep, held, err := fl.CarveValidationIndices(labels(allT), o.Task.Seed)
		if err != nil {
			return fail(err)
		}
		trT, vaT = allT.Subset(keep), allT.Subset(held)
	}
	parts, err := fl.Partitions(fl.SimConfig{Spec: fl.ModelSpec{Classes: len(tab.Classes)}, TrainSet: labels(trT),
		Clients: o.Nodes, Partition: o.Partition, Alpha: o.Alpha, Seed: o.Task.Seed})
	if err != nil {
		return fail(err)
	}
	stats := make([]dataset.TableStats, len(parts))
	for i, p := range parts {
		stats[i] = trT.Subset(p).BoundedStats(protocol.MaxModeCounts) // what each would send in its join
	}
	merged, err := dataset.MergeTableStats(stats...)
	if err != nil {
		return fail(err)
	}
	// Categories the schema leaves open: the union a network's coordinator takes (held by at least
	// protocol.DefaultUnionMinTrainers trainers, capped). On chain the task's document lists them
	// (declaredSchema) and every trainer's raw rows must read through it: there the union keeps all.
	k := min(protocol.DefaultUnionMinTrainers, len(stats))
	if o.Chain.RPC != "none" {
		k = 1
	}
	layout, dropped, err := dataset.UnionCategories(trT, stats, k, protocol.MaxUnionCategories)
	if err != nil {
		return fail(err)
	}
	for col, n := range dropped {
		o.Log.Warn("union of categories: left out categories fewer trainers hold; their rows are encoded all-zero", "column", col, "categories", n, "min_trainers", k)
	}
	e, err := dataset.FitEncoding(layout, merged)
	if err != nil {
		return fail(err)
	}
	full, c1, err := e.Encode(allT)
	if err != nil {
		return fail(err)
	}
	test, c2, err := e.Encode(teT)
	if err != nil {
		return fail(err)
	}
	train = full
	if vaT != nil {
		if train, _, err = e.Encode(trT); err != nil {
			return fail(err)
		}
		if val, _, err = e.Encode(vaT); err != nil {
			return fail(err)
		}
	}
	enc = &DataEncoding{Schema: o.Schema, SchemaID: artifact.String(s.ID()), Features: e.Features(), Excluded: e.Excluded,
		Imputed: c1.Imputed, Unseen: c2.Unseen, Warnings: warns, encoding: e}
	if len(dropped) > 0 {
		enc.Dropped = dropped
	}
	if enc.Schema == "" {
		enc.Schema = "inferred"
	}
	for k, n := range c2.Imputed {
		enc.Imputed[k] += n
	}
	for _, c := range e.Columns {
		if c.OneHot {
			if enc.OneHot == nil {
				enc.OneHot = map[string]int{}
			}
			enc.OneHot[c.Name] = len(c.Categories)
		}
	}
	for k, n := range c2.Unseen {
		o.Log.Warn("test rows hold categories the trainers do not; encoded all-zero", "column", k, "rows", n, "first_line", c2.FirstUnseen[k])
	}
	name = strings.TrimSuffix(o.Data[strings.LastIndex(o.Data, "/")+1:], ".csv")
	if enc.raw, err = os.ReadFile(o.Data); err != nil {
		return fail(err)
	}
	enc.trainLines, enc.testLines = trT.Lines, teT.Lines
	if vaT != nil {
		enc.valLines = vaT.Lines
	}
	if enc.doc, err = declaredSchema(s, e); err != nil {
		return fail(err)
	}
	return full, train, val, test, name, enc, nil
}

// declaredSchema returns s with each categorical column that lists no categories given e's.
func declaredSchema(s *schema.Schema, e *dataset.Encoding) ([]byte, error) {
	out, err := schema.Parse(s.Canonical())
	if err != nil {
		return nil, err
	}
	for _, ec := range e.Columns {
		for i := range out.Columns {
			if c := &out.Columns[i]; c.Name == ec.Name && c.Type == schema.Categorical && len(c.Categories) == 0 {
				c.Categories = slices.Clone(ec.Categories)
			}
		}
	}
	if out, err = schema.Parse(out.Canonical()); err != nil { // still a valid schema
		return nil, err
	}
	return out.Canonical(), nil
}

// writeRawRows writes the header of the CSV file raw and its records that start on the given lines,
// as they are (cells not re-read): a node's share of a user's file.
func writeRawRows(path string, raw []byte, lines []int) error {
	cr := csv.NewReader(bytes.NewReader(raw))
	cr.FieldsPerRecord = -1
	want := make(map[int]bool, len(lines))
	for _, l := range lines {
		want[l] = true
	}
	var buf bytes.Buffer
	cw := csv.NewWriter(&buf)
	for first := true; ; first = false {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		if line, _ := cr.FieldPos(0); first || want[line] {
			if err := cw.Write(rec); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o600)
}

// pickLines returns lines[i] for each index.
func pickLines(lines []int, idx []int) []int {
	out := make([]int, len(idx))
	for k, i := range idx {
		out[k] = lines[i]
	}
	return out
}
