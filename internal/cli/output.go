package cli

import (
	"encoding/json"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"

	"github.com/cohort-net/cohort"

	"golang.org/x/term"

	"github.com/cohort-net/cohort/internal/bench"
	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/protocol"
)

// printJSON writes v as one indented JSON document on stdout.
func (a *app) printJSON(v any) error {
	enc := json.NewEncoder(a.stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// printReport prints a benchmark report as JSON or as a table, by the --json flag.
func (a *app) printReport(r bench.Report) error {
	if a.json {
		return r.WriteJSON(a.stdout)
	}
	return r.WriteTable(a.stdout)
}

// stderrIsTerminal reports whether progress bars are for a person: only when stderr is a terminal and
// JSON mode is off.
func (a *app) stderrIsTerminal() bool {
	if a.json {
		return false
	}
	f, ok := a.stderr.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// dataDir returns dir when the user named one, else a directory holding the data sets embedded in the
// binary (written to the temporary directory), so commands work from anywhere, not only in the repo.
func (a *app) dataDir(dir string) (string, error) {
	if dir != "" {
		return dir, nil
	}
	out := filepath.Join(os.TempDir(), "cohort-datasets-"+Version)
	if err := os.MkdirAll(out, 0o755); err != nil {
		return "", err
	}
	entries, err := fs.ReadDir(cohort.Datasets, "datasets")
	if err != nil {
		return "", err
	}
	for _, e := range entries {
		b, err := cohort.Datasets.ReadFile("datasets/" + e.Name())
		if err != nil {
			return "", err
		}
		if err := os.WriteFile(filepath.Join(out, e.Name()), b, 0o644); err != nil {
			return "", err
		}
	}
	return out, nil
}

// tokens renders an amount in token base units (a decimal string, as JSON documents carry amounts) as
// whole tokens with decimals, the one unit text output uses; a string that is not a number is shown as
// it is.
func tokens(baseUnits string) string {
	v, ok := new(big.Int).SetString(baseUnits, 10)
	if !ok {
		return baseUnits
	}
	return chain.FormatTokens(v) + " tokens"
}

// aggregationFlag is --secure-agg: a typed mode, so an unknown value is a usage error at parse time.
type aggregationFlag struct{ p *protocol.Aggregation }

func (f aggregationFlag) String() string {
	if f.p == nil {
		return "none"
	}
	return f.p.String()
}

func (f aggregationFlag) Set(s string) error {
	v, err := protocol.ParseAggregation(s)
	if err != nil {
		return err
	}
	*f.p = v
	return nil
}

func (aggregationFlag) Type() string { return "mode" }
