package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/atomicfile"
	"github.com/cohort-net/cohort/internal/schema"
)

// dataInferSchemaCmd is `cohort data infer-schema CSV [--out FILE] [--label COL]`.
func (a *app) dataInferSchemaCmd() *cobra.Command {
	var out, label, name string
	cmd := &cobra.Command{
		Use:   "infer-schema CSV",
		Short: "Write a schema for a CSV file (types, categories, nullability, id-like columns marked id) for you to edit",
		Long: `infer-schema reads a CSV file with a header row and writes the schema training would infer for it
(YAML, to --out or stdout): each column's type (int, float, bool, or categorical with its categories),
nullable when a value is missing ("", NA, N/A, NaN, nan, null, NULL and ? are missing), the
imputation of missing values (mean for numbers, mode otherwise), and a role: id for columns that look
like row identifiers (named id, uuid, *_id..., or a distinct integer or text value on every row),
ignore for columns with no value or with more than 100 distinct text values. Each such decision is a
warning on stderr. Edit the file (role feature|id|ignore, impute mean|median|mode, categories) and pass
it to training with --schema.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if out != "" && out != "-" {
				if err := checkOutFile("--out", out); err != nil {
					return err
				}
			}
			f, err := os.Open(args[0])
			if err != nil {
				return usagef("infer-schema: %v", err)
			}
			defer f.Close()
			if name == "" {
				name = strings.TrimSuffix(filepath.Base(args[0]), filepath.Ext(args[0]))
			}
			s, warns, err := schema.Infer(f, schema.InferOptions{Name: name, Label: label})
			if err != nil {
				return &cohort.Error{Code: cohort.Code(err), Message: args[0] + ": " + err.Error()}
			}
			for _, w := range warns {
				fmt.Fprintln(a.stderr, "warning: "+w)
			}
			y, err := s.YAML()
			if err != nil {
				return err
			}
			if out == "" || out == "-" {
				_, err = a.stdout.Write(y)
				return err
			}
			if err := atomicfile.WriteFile(out, y, 0o644); err != nil {
				return err
			}
			fmt.Fprintf(a.stderr, "schema %s written to %s (%d columns); edit it, then: cohort devnet --data %s --schema %s\n",
				s.Name, out, len(s.Columns), args[0], out)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&out, "out", "", "write the schema here (default stdout)")
	f.StringVar(&label, "label", "", "the label column (never marked id or ignore; the schema's label)")
	f.StringVar(&name, "name", "", "the schema's name (default: the file's base name)")
	return cmd
}
