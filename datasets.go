package cohort

import "embed"

// Datasets holds the bundled data sets and their schemas (see datasets/README.md), so the binary runs
// them from anywhere.
//
//go:embed datasets/breast_cancer.csv datasets/digits.csv datasets/breast_cancer.schema.yaml datasets/digits.schema.yaml datasets/co2.csv datasets/README.md
var Datasets embed.FS
