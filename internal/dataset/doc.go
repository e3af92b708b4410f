// Package dataset loads, splits, standardizes and partitions the labelled numeric data that Cohort's
// federated learning engine trains on.
//
// A Dataset is a dense row-major float64 matrix with integer class labels. Loaders read CSV files with a
// header row and a named label column (LoadCSV) and IDX files such as Fashion-MNIST (LoadIDX,
// LoadFashionMNIST). Every error caused by the input is a cohort.EInvalid error that names the line and
// column at fault.
//
// A time series (Series: LoadSeriesCSV, LoadBundledSeries for the bundled Mauna Loa CO2 record) becomes
// a sequence model's classification task with DirectionWindows (each row a window of steps, its label
// whether the next value rises) and is split by time, never shuffled (TimeSplit, LoadDirectionTask).
//
// Everything that draws random numbers (StratifiedSplit, PartitionIID, PartitionDirichlet) takes a seed
// and uses math/rand/v2's PCG seeded from it, so the same seed gives the same result on every machine.
//
// Standardization is z-scoring fitted on training data only (FitScaler), or, in a federation, from
// per-client sufficient statistics (ComputeStats, MergeStats, FeatureStats.Scaler), so no raw row leaves
// its owner.
//
// Data as users bring it (missing cells, text categories, id columns) is read through its schema
// (internal/schema; inferred by schema.Infer when the user has none) into a Table: columns with role
// id or ignore are left out, so they never become features, and every cell that contradicts its
// column's type is an error naming its line and column. Each trainer's TableStats (present counts,
// sums, medians, category counts) merge (MergeTableStats) into an Encoding (FitEncoding): categorical
// columns one-hot over the schema's categories or the union of the trainers', missing cells filled
// with the mean, median or mode. A column with no value anywhere is an error naming it. The Encoding
// turns Tables into Datasets; a category it does not know (a test row's, a row at inference) becomes an
// all-zero one-hot group and is counted with its first line, the documented fallback.
package dataset
