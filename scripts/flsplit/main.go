// Command flsplit writes the train/test split `cohort devnet` and `cohort bench fl` use for a data
// set and seed (dataset.LoadSource: stratified, 20 % test) as two CSV files, so that another
// implementation can be scored on exactly the same rows (scripts/sklearn-reference.py).
//
//	go run ./scripts/flsplit -data digits -seed 1 -out /tmp/digits-1
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/cohort-net/cohort/internal/dataset"
)

func main() {
	data := flag.String("data", "breast_cancer", "bundled data set or CSV path")
	label := flag.String("label", "", "label column (bundled sets know theirs)")
	seed := flag.Uint64("seed", 1, "split seed (devnet --seed)")
	out := flag.String("out", "", "output directory (train.csv, test.csv)")
	flag.Parse()
	if err := run(*data, *label, *seed, *out); err != nil {
		fmt.Fprintln(os.Stderr, "flsplit:", err)
		os.Exit(1)
	}
}

func run(data, label string, seed uint64, out string) error {
	if out == "" {
		return fmt.Errorf("-out is required")
	}
	train, test, _, err := dataset.LoadSource(data, label, "", seed)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	for name, d := range map[string]*dataset.Dataset{"train.csv": train, "test.csv": test} {
		f, err := os.Create(filepath.Join(out, name))
		if err != nil {
			return err
		}
		if err := dataset.WriteCSV(f, d); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
	}
	return nil
}
