package cli

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"slices"
	"strconv"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/modelfile"
	"github.com/cohort-net/cohort/internal/node"
)

// predictResult is what `cohort predict --json` prints.
type predictResult struct {
	Model       string   `json:"model"`
	Rows        int      `json:"rows"`
	Label       string   `json:"label,omitempty"`    // the label column, when the CSV has it
	Accuracy    *float64 `json:"accuracy,omitempty"` // only with the label column
	Correct     *int     `json:"correct,omitempty"`
	Predictions []string `json:"predictions"` // the predicted class name of every row
	Ignored     []string `json:"ignored_columns,omitempty"`
	// With a model that carries its encoding: missing cells filled, and cells holding a category the
	// model does not know (encoded as none of its categories), per column.
	Imputed map[string]int `json:"imputed,omitempty"`
	Unseen  map[string]int `json:"unseen_categories,omitempty"`
}

func (a *app) predictCmd() *cobra.Command {
	var model, data, label string
	cmd := &cobra.Command{
		Use:   "predict",
		Short: "Predict the class of every row of a CSV with a model file; with the label column, report accuracy",
		Long: `predict reads a model file (cohort-model/1, from ` + "`cohort devnet --save-model` or `cohort model export`" + `),
takes the model's feature columns from the CSV by name (other columns are ignored; a missing one is an
error), standardizes them with the model's scaler, and prints the predicted class of every row, one per
line (with --json: {"accuracy": ..., "predictions": [...]}). When the CSV has the label column (the
model's, or --label), it also reports the accuracy; a label value that is not one of the model's
classes is an error.

A model trained on a CSV read through a schema carries its encoding: predict then reads the raw
columns (missing cells, categorical values) the same way: missing cells get the value fitted in
training, and a category the model never saw is encoded as none of the column's categories (an
all-zero one-hot group), with a warning naming the column, the number of rows and the first line.`,
		Example: `  cohort devnet --once --no-chain --save-model model.json
  cohort predict --model model.json --data rows.csv
  cohort predict --model model.json --data test.csv --label malignant --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if model == "" || data == "" {
				return usagef("--model FILE and --data CSV are required")
			}
			f, err := readModelFlag("--model", model)
			if err != nil {
				return err
			}
			tab, err := readTableFlag(f, "--data", data, label)
			if err != nil {
				return err
			}
			return a.printPredictions(f, tab)
		},
	}
	f := cmd.Flags()
	f.StringVar(&model, "model", "", "model file (cohort devnet --save-model, cohort model export)")
	f.StringVar(&data, "data", "", "CSV file with a header row: the model's feature columns, optionally the label")
	f.StringVar(&label, "label", "", "label column: required in the CSV when given (default: the model's, used when present)")
	return cmd
}

// readModelFlag reads the model file a flag names; a missing or unreadable file is a usage error.
func readModelFlag(flag, path string) (*modelfile.File, error) {
	f, err := modelfile.Read(path)
	if cohort.Code(err) == cohort.ENotFound {
		return nil, usagef("%s: %v", flag, err)
	}
	return f, err
}

// readTableFlag reads the CSV a flag names for the model: its feature columns by name, the label when
// present. A missing file is a usage error.
func readTableFlag(f *modelfile.File, flag, path, label string) (*modelfile.Table, error) {
	fh, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, usagef("%s: %s does not exist", flag, path)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", flag, err)
	}
	defer fh.Close()
	tab, err := f.ReadTable(fh, label)
	if err != nil {
		return nil, &cohort.Error{Code: cohort.Code(err), Message: path + ": " + err.Error()}
	}
	return tab, nil
}

func (a *app) printPredictions(f *modelfile.File, tab *modelfile.Table) error {
	pred, proba := f.Predict(tab.Dataset)
	res := predictResult{Model: f.Name(), Rows: tab.N, Predictions: make([]string, tab.N), Ignored: tab.Ignored}
	for i, c := range pred {
		res.Predictions[i] = f.Classes[c]
	}
	if tab.Labelled {
		m := f.Evaluate(tab.Dataset)
		correct := 0
		for i, c := range pred {
			if c == tab.Y[i] {
				correct++
			}
		}
		res.Label, res.Accuracy, res.Correct = tab.Label, &m.Accuracy, &correct
	}
	for _, col := range slices.Sorted(maps.Keys(tab.Counts.Unseen)) {
		res.Unseen = tab.Counts.Unseen
		a.log.Warn("categories the model was not trained on, encoded as none of its categories (all-zero one-hot)",
			"column", col, "rows", tab.Counts.Unseen[col], "first_line", tab.Counts.FirstUnseen[col])
	}
	if len(tab.Counts.Imputed) > 0 {
		res.Imputed = tab.Counts.Imputed
	}
	if a.json {
		return a.printJSON(res)
	}
	k := f.Model.Classes
	for i, name := range res.Predictions {
		fmt.Fprintf(a.stdout, "%s\t%.4f\n", name, proba[i*k+pred[i]])
	}
	fmt.Fprintf(a.stderr, "%d rows, model %s", res.Rows, res.Model)
	if res.Accuracy != nil {
		fmt.Fprintf(a.stderr, ", accuracy %.4f (%d/%d correct, label %s)", *res.Accuracy, *res.Correct, res.Rows, res.Label)
	}
	if len(res.Ignored) > 0 {
		fmt.Fprintf(a.stderr, ", columns not used: %v", res.Ignored)
	}
	fmt.Fprintln(a.stderr)
	return nil
}

// saveModelFlag registers `cohort devnet --save-model`.
func saveModelFlag(f *pflag.FlagSet, path *string) {
	f.StringVar(path, "save-model", "", "write the trained model with its scaler, classes and provenance to this file (cohort-model/1; use it with `cohort predict --model FILE`)")
}

// checkSaveModel refuses, before anything starts, a --save-model the devnet could not honour.
func checkSaveModel(path, subnet string) error {
	if path == "" {
		return nil
	}
	if subnet != "training" {
		return usagef("--save-model: the %s subnet trains no model (it serves a fixed one)", subnet)
	}
	return checkOutFile("--save-model", path)
}

// saveDevnetModel writes the devnet's trained model to path ("" : nothing to do), with the accuracy
// the devnet measured on its test split.
func (a *app) saveDevnetModel(path string, d *node.Devnet, res *node.DevnetResult) error {
	if path == "" {
		return nil
	}
	fm, err := d.FinalModel()
	if err != nil {
		return err
	}
	acc := res.FederatedAccuracy
	p := modelfile.Provenance{Source: "devnet", TaskID: res.TaskID, Round: fm.Round, ModelCID: fm.ModelCID, Dataset: fm.Dataset,
		Seed: fm.Seed, CreatedAt: time.Now().UTC(), Accuracy: &acc, AccuracyOn: "devnet test split", AccuracySamples: fm.TestSamples}
	if c := res.Chain; c != nil {
		p.TaskID = c.TaskID
		p.ChainID, _ = strconv.ParseUint(c.ChainID, 10, 64)
	}
	f, err := modelfile.New(fm.Model, fm.Scaler, fm.Features, fm.Label, fm.Classes, p)
	if err != nil && fm.Features != nil {
		// Column names a model file cannot hold (repeated, empty): keep the model, columns by position.
		if f, err = modelfile.New(fm.Model, fm.Scaler, nil, fm.Label, fm.Classes, p); err == nil {
			a.log.Warn("--save-model: the data's column names cannot name the features; predict will take columns by position")
		}
	}
	if err == nil && fm.Encoding != nil {
		err = f.SetEncoding(fm.Encoding)
	}
	if err != nil {
		return fmt.Errorf("--save-model: %w", err)
	}
	if err := modelfile.Write(path, f); err != nil {
		return err
	}
	fmt.Fprintf(a.stderr, "devnet: model saved to %s (%s); try: cohort predict --model %s --data ROWS.csv\n", path, f.Name(), path)
	return nil
}
