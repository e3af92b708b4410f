// Package modelfile is Cohort's one file format for a trained model: what `cohort devnet --save-model`
// and `cohort model export` write and what `cohort predict`, `cohort zk compile` and `cohort fhe` read.
//
// A model file is one JSON document, versioned by its "format" field (Format, "cohort-model/1"):
//
//	{
//	  "format": "cohort-model/1",
//	  "model":  {"kind": "logreg", "inputs": 30, "classes": 2},   // fl.ModelSpec
//	  "params": [...],                                           // fl's flat parameter vector
//	  "scaler": {"mean": [...], "std": [...]},                   // z-score, absent when not standardized
//	  "features": ["mean radius", ...],                          // input columns, in order
//	  "encoding": {"missing": [...], "columns": [...]},           // optional: raw columns -> features
//	  "label": "malignant",
//	  "classes": ["0", "1"],                                     // label value of each class index
//	  "provenance": {"task_id": "1", "round": 10, "model_cid": "bafkrei...", "chain_id": 1337,
//	                 "dataset": "breast_cancer", "seed": 1, "created_at": "...", "accuracy": 0.96, ...}
//	}
//
// Numbers are written in Go's shortest round-trip form, so a file read back holds the parameters bit
// for bit. Decode refuses unknown formats and versions, unknown fields, and shapes that do not agree
// (parameters against the spec, the scaler and feature names against its inputs, class names against
// its classes); it reads at most MaxBytes. Features may be empty when the names are unknown (a model
// exported from a task whose trainers matched data by column count only): the columns are then taken
// by position.
//
// A model trained on a CSV read through a schema carries its dataset.Encoding: the raw columns, their
// types, one-hot categories and fill values; Features are then the encoding's feature names (a numeric
// column's name, NAME=CATEGORY for a one-hot one). ReadTable reads raw rows through it (missing cells
// filled, an unknown category encoded all-zero and counted in Table.Counts). Files without an encoding
// (older ones) read as before.
//
// The package also turns a CSV table into the model's inputs (ReadTable: columns chosen by name, labels
// mapped to the model's classes by value, every bad cell named by line and column) and predicts. It
// depends only on internal/fl, internal/dataset, internal/atomicfile and the cohort root.
package modelfile
