package node

import (
	"os"
	"strings"

	"github.com/cohort-net/cohort/internal/artifact"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
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
	Warnings []string       `json:"warnings,omitempty"` // what schema inference decided for the user to check
	encoding *dataset.Encoding
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
// 80/20 stratified by the task seed as dataset.LoadSource does, and encodes both splits with an
// encoding fitted as the scaler is: each trainer's part of the training split (the partition
// StartDevnet deals, from the same seed) yields its TableStats, and only their merge is used, so
// imputation values and the union of categories come from the trainers' statistics, never from test
// rows.
func loadSchemaData(o DevnetOptions) (train, test *dataset.Dataset, name string, enc *DataEncoding, err error) {
	tab, s, warns, err := dataset.ReadCSVTable(o.Data, o.Label, o.Schema)
	if err != nil {
		return nil, nil, "", nil, err
	}
	for _, w := range warns {
		o.Log.Warn("schema inference: " + w)
	}
	trIdx, teIdx, err := dataset.StratifiedIndices(tab.Y, len(tab.Classes), 0.2, o.Task.Seed)
	if err != nil {
		return nil, nil, "", nil, err
	}
	trT, teT := tab.Subset(trIdx), tab.Subset(teIdx)
	parts, err := fl.Partitions(fl.SimConfig{Spec: fl.ModelSpec{Classes: len(tab.Classes)}, TrainSet: &dataset.Dataset{N: trT.N, Y: trT.Y, Classes: trT.Classes},
		Clients: o.Nodes, Partition: o.Partition, Alpha: o.Alpha, Seed: o.Task.Seed})
	if err != nil {
		return nil, nil, "", nil, err
	}
	stats := make([]dataset.TableStats, len(parts))
	for i, p := range parts {
		stats[i] = trT.Subset(p).Stats()
	}
	merged, err := dataset.MergeTableStats(stats...)
	if err != nil {
		return nil, nil, "", nil, err
	}
	e, err := dataset.FitEncoding(trT, merged)
	if err != nil {
		return nil, nil, "", nil, err
	}
	train, c1, err := e.Encode(trT)
	if err != nil {
		return nil, nil, "", nil, err
	}
	test, c2, err := e.Encode(teT)
	if err != nil {
		return nil, nil, "", nil, err
	}
	enc = &DataEncoding{Schema: o.Schema, SchemaID: artifact.String(s.ID()), Features: e.Features(), Excluded: e.Excluded,
		Imputed: c1.Imputed, Unseen: c2.Unseen, Warnings: warns, encoding: e}
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
	return train, test, name, enc, nil
}
