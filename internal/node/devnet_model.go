package node

import (
	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/protocol"
)

// FinalModel is a devnet's trained model as Wait measured it, with what it takes to use it on raw rows:
// what `cohort devnet --save-model` writes.
type FinalModel struct {
	Model       *fl.Model
	Scaler      *dataset.Scaler   // nil when the task does not standardize
	Features    []string          // the data's feature columns, in input order
	Encoding    *dataset.Encoding // how raw CSV columns become the features (nil: they are the features)
	Label       string
	Classes     []string
	Dataset     string
	Seed        uint64
	Round       uint64 // the round whose global model this is
	ModelCID    string // on chain: that round's model in the shared artifact store ("" without a chain)
	TestSamples int    // the held-out rows DevnetResult.FederatedAccuracy was measured on
}

// FinalModel returns the trained model once Wait has returned a result (cohort.EUnavailable before).
func (d *Devnet) FinalModel() (*FinalModel, error) {
	if d.final == nil {
		return nil, cohort.Errorf(cohort.EUnavailable, "devnet: no trained model yet")
	}
	return d.final, nil
}

// finalModel records what Wait found.
func (d *Devnet) finalModel(m *fl.Model, s *dataset.Scaler, history []protocol.RoundSummary, c *ChainResult) *FinalModel {
	spec := d.Spec()
	f := &FinalModel{Model: m, Scaler: s, Features: d.train.Features, Label: spec.Label, Classes: spec.Classes,
		Dataset: d.name, Seed: spec.Seed, TestSamples: d.test.N}
	if d.enc != nil {
		f.Encoding = d.enc.encoding
	}
	if n := len(history); n > 0 {
		f.Round = history[n-1].Round
	}
	if c != nil && len(c.ModelCIDs) > 0 {
		f.ModelCID = c.ModelCIDs[len(c.ModelCIDs)-1]
		f.Round = uint64(len(c.ModelCIDs))
	}
	if len(f.Classes) == 0 {
		f.Classes = d.train.Classes
	}
	if f.Label == "" {
		f.Label = d.train.Label
	}
	return f
}
