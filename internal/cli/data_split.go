package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/cohort-net/cohort/internal/atomicfile"
	"github.com/cohort-net/cohort/internal/dataset"
)

// dataSplitCmd is `cohort data split`: one CSV shared among data owners, as a federation starts.
func (a *app) dataSplitCmd() *cobra.Command {
	var data, label, out string
	var o dataset.SplitOptions
	cmd := &cobra.Command{
		Use:   "split --data CSV --parts N --out DIR",
		Short: "Split a CSV among N data owners (IID or label-skewed) and keep a stratified hold-out file",
		Long: `split deals the rows of a labelled CSV among --parts data owners and writes one file per owner
(DIR/owner-1.csv ... DIR/owner-N.csv) and a stratified hold-out (DIR/holdout.csv) for validators and
for measuring the federated model. Rows are copied unchanged, every column included. With --dirichlet A
the owners' label mixes are skewed (smaller A: more skew), as real federations are.`,
		Example: `  cohort data split --data breast_cancer --parts 3 --out owners/
  cohort data split --data patients.csv --label outcome --parts 10 --dirichlet 0.5 --holdout 0.2 --out owners/`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if data == "" || out == "" {
				return usagef("--data and --out are required")
			}
			if !cmd.Flags().Changed("parts") {
				return usagef("--parts is required (the number of data owners)")
			}
			raw, lbl, err := dataset.OpenCSVSource(data, label)
			if err != nil {
				return err
			}
			o.Label = lbl
			s, err := dataset.SplitCSV(bytes.NewReader(raw), o)
			if err != nil {
				return err
			}
			files, err := writeSplit(out, s)
			if err != nil {
				return err
			}
			if a.json {
				return a.printJSON(files)
			}
			for _, f := range files.Owners {
				fmt.Fprintf(a.stdout, "%s  %d rows\n", f.Path, f.Rows)
			}
			if files.Holdout != nil {
				fmt.Fprintf(a.stdout, "%s  %d rows (hold-out)\n", files.Holdout.Path, files.Holdout.Rows)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&data, "data", "", "a bundled data set (breast_cancer, digits) or a CSV file with a header")
	f.StringVar(&label, "label", "", "label column (bundled sets know theirs)")
	countVar(f, &o.Parts, "parts", 0, "number of data owners")
	floatRangeVar(f, &o.Alpha, "dirichlet", 0, 0, 1e6, "Dirichlet concentration of the owners' label mix (0: IID)")
	floatRangeVar(f, &o.Holdout, "holdout", 0.2, 0, 0.9, "fraction of rows kept aside (stratified) as holdout.csv (0: none)")
	f.Uint64Var(&o.Seed, "seed", 1, "seed of the hold-out and the deal")
	f.StringVar(&out, "out", "", "directory to write the files into (created)")
	return cmd
}

type splitFile struct {
	Path string `json:"path"`
	Rows int    `json:"rows"`
}

type splitFiles struct {
	Owners  []splitFile `json:"owners"`
	Holdout *splitFile  `json:"holdout,omitempty"`
}

func writeSplit(dir string, s *dataset.Split) (splitFiles, error) {
	var res splitFiles
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return res, err
	}
	write := func(name string, rows [][]string) (splitFile, error) {
		var b bytes.Buffer
		if err := dataset.WriteRecords(&b, s.Header, rows); err != nil {
			return splitFile{}, err
		}
		p := filepath.Join(dir, name)
		return splitFile{Path: p, Rows: len(rows)}, atomicfile.WriteFile(p, b.Bytes(), 0o644)
	}
	for i, rows := range s.Parts {
		f, err := write(fmt.Sprintf("owner-%d.csv", i+1), rows)
		if err != nil {
			return res, err
		}
		res.Owners = append(res.Owners, f)
	}
	if len(s.Holdout) > 0 {
		f, err := write("holdout.csv", s.Holdout)
		if err != nil {
			return res, err
		}
		res.Holdout = &f
	}
	return res, nil
}
