// Package schema is Cohort's data layer above the artifact store: dataset schemas (YAML or JSON files
// whose id is the CID of their canonical JSON form), validation of CSV data against a schema by an
// authorizer (conformance, missing values, duplicates, robust-z-score outliers, label balance,
// per-column statistics) into a quality report that names row and column for every issue and that the
// authorizer signs as EIP-712 typed data, standardization transforms fitted on the owner's data
// (z-score, min-max, one-hot, log), and dataset manifests indexed by CID.
//
// A column's role says whether training uses it (feature, the default; id and ignore are never
// features) and its impute how training fills its missing values (mean, median, mode). Infer writes the
// schema of a CSV file for its user to edit: types, categories, nullability, and roles for columns that
// look like row ids (by name, or a distinct integer or text value on every row), have no value, or have
// too many distinct text values, each decision returned as a warning.
//
// Everything here is pure computation on readers and values; storing goes through a small artifact
// store interface the caller passes in.
package schema
