// Package dataset loads, splits, standardizes and partitions the labelled numeric data that Cohort's
// federated learning engine trains on.
//
// A Dataset is a dense row-major float64 matrix with integer class labels. Loaders read CSV files with a
// header row and a named label column (LoadCSV) and IDX files such as Fashion-MNIST (LoadIDX,
// LoadFashionMNIST). Every error caused by the input is a cohort.EInvalid error that names the line and
// column at fault.
//
// Everything that draws random numbers (StratifiedSplit, PartitionIID, PartitionDirichlet) takes a seed
// and uses math/rand/v2's PCG seeded from it, so the same seed gives the same result on every machine.
//
// Standardization is z-scoring fitted on training data only (FitScaler), or, in a federation, from
// per-client sufficient statistics (ComputeStats, MergeStats, FeatureStats.Scaler), so no raw row leaves
// its owner.
package dataset
