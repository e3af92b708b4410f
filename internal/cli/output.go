package cli

import (
	"encoding/json"
	"os"

	"golang.org/x/term"

	"github.com/cohort-net/cohort/internal/bench"
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
