// Package schema is Cohort's data layer above the artifact store: dataset schemas (YAML or JSON files
// whose id is the CID of their canonical JSON form), validation of CSV data against a schema by an
// authorizer (conformance, missing values, duplicates, robust-z-score outliers, label balance,
// per-column statistics) into a quality report that names row and column for every issue and that the
// authorizer signs as EIP-712 typed data, standardization transforms fitted on the owner's data
// (z-score, min-max, one-hot, log), and dataset manifests indexed by CID.
//
// Everything here is pure computation on readers and values; storing goes through a small artifact
// store interface the caller passes in.
package schema
