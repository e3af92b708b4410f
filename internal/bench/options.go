package bench

import (
	"log/slog"
	"slices"
	"time"

	"github.com/cohort-net/cohort/internal/cputime"
)

// Options are what every suite takes. A suite reads the fields it needs and ignores the rest.
type Options struct {
	// Quick shrinks every entry so a test can smoke-run the suite in seconds; its figures say nothing
	// about the targets.
	Quick bool
	// Only runs the entries whose names are listed (all when empty).
	Only []string
	// Repeats is the number of timed repetitions per entry (the median is reported); 0 = the suite's
	// default.
	Repeats int
	// DataDir holds the bundled CSVs (default: the copies embedded in the binary); FashionDir the
	// Fashion-MNIST IDX files (entries that need them are skipped when absent).
	DataDir, FashionDir string
	// SetsDir holds more labelled CSVs (label last) for the fl suite's sets group, as
	// scripts/export-sets.sh writes them; empty: the bundled sets only.
	SetsDir string
	// Workers bounds the goroutines a suite may run in parallel where it says so (the secagg server's
	// unmasking); 0 means GOMAXPROCS.
	Workers int
	// Dir holds temporary files (default os.TempDir()); everything written is removed.
	Dir string
	// Log receives progress at Info; nil is silent.
	Log *slog.Logger
}

// Want reports whether the entry name is selected by Only.
func (o Options) Want(name string) bool { return len(o.Only) == 0 || slices.Contains(o.Only, name) }

// Logger returns Log, or a logger that discards everything.
func (o Options) Logger() *slog.Logger {
	if o.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return o.Log
}

// CPUTime returns this process's CPU time so far, all threads together (cputime.Process). Beside
// wall time it shows what a result would be on an idle machine: the benchmark machine is often shared.
func CPUTime() time.Duration { return cputime.Process() }
