package cohort

import "embed"

// Datasets holds the bundled data sets (see datasets/README.md), so the binary runs them from anywhere.
//
//go:embed datasets/breast_cancer.csv datasets/digits.csv datasets/README.md
var Datasets embed.FS
