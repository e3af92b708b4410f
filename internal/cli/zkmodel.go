package cli

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"

	"github.com/spf13/pflag"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/modelfile"
	"github.com/cohort-net/cohort/internal/zk"
)

// The zk commands and model files (internal/modelfile): `zk compile --model FILE` quantizes a model
// file; a circuit computes on standardized inputs, so `zk request --model FILE` applies the file's
// scaler before it quantizes float inputs, and `zk verify --model FILE` names the predicted class.

// readZKModel reads `zk compile --model`: a model file (cohort-model), an fl model JSON or a zk float
// model JSON. It returns the quantized model, the fl model when there is one (for the float accuracy)
// and the model file when it was one.
func readZKModel(path string, o zk.QuantOptions) (*zk.QModel, *fl.Model, *modelfile.File, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, nil, usagef("--model: %v", err)
	}
	if modelfile.Sniff(b) {
		mf, err := modelfile.Decode(b)
		if err != nil {
			return nil, nil, nil, fmt.Errorf("%s: %w", path, err)
		}
		q, err := zk.FromFL(mf.FL(), o)
		if err != nil {
			return nil, nil, nil, fmt.Errorf("%s: %w", path, err)
		}
		return q, mf.FL(), mf, nil
	}
	m, fm, err := zk.ReadFloatModel(path)
	if err != nil {
		return nil, nil, nil, err
	}
	q, err := zk.Quantize(m, o)
	return q, fm, nil, err
}

// zkTestSet reads `zk compile --test` in the model's input units: with a model file, its feature
// columns by name, standardized with its scaler, labels matched to its classes by value ("" label: the
// file's label column).
func zkTestSet(mf *modelfile.File, path, label string) (*dataset.Dataset, error) {
	if mf == nil {
		return dataset.LoadCSVFile(path, label)
	}
	tab, err := readTableFlag(mf, "--test", path, label)
	if err != nil {
		return nil, err
	}
	if !tab.Labelled {
		return nil, usagef("--test %s: no label column %q to measure accuracy with", path, mf.Label)
	}
	return mf.Standardize(tab.Dataset), nil
}

// floatInput holds `zk request`'s float input flags.
type floatInput struct {
	features  string // comma-separated floats
	csv       string // a CSV file with a header row
	row       int    // 1-based data row of csv
	label     string // label column of csv to leave out
	modelFile string // a model file: its scaler and feature names
}

func (fi *floatInput) register(f *pflag.FlagSet) {
	f.StringVar(&fi.features, "features", "", "float input, comma-separated raw feature values (quantized with the model's in_frac; standardized with --model's scaler)")
	f.StringVar(&fi.csv, "csv", "", "take the float input from this CSV file (header row; with --model, its feature columns by name)")
	f.IntVar(&fi.row, "row", 1, "with --csv: the data row to take (1 = the first after the header)")
	f.StringVar(&fi.label, "label", "", "with --csv and no --model: the label column to leave out")
	f.StringVar(&fi.modelFile, "model", "", "the model file the circuit was compiled from: apply its scaler to float inputs (and take --csv columns by name)")
}

// set reports whether a float input was given.
func (fi *floatInput) set() bool { return fi.features != "" || fi.csv != "" }

// quantized reads the float input, standardizes it with the model file's scaler when there is one,
// and quantizes it to q's input format.
func (fi *floatInput) quantized(q *zk.QModel) ([]int64, error) {
	if fi.features != "" && fi.csv != "" {
		return nil, usagef("give --features or --csv, not both")
	}
	var mf *modelfile.File
	if fi.modelFile != "" {
		var err error
		if mf, err = readModelFlag("--model", fi.modelFile); err != nil {
			return nil, err
		}
		if mf.Model.Inputs != q.Inputs() {
			return nil, usagef("--model %s takes %d inputs, the circuit %d: not the model these keys were made for", fi.modelFile, mf.Model.Inputs, q.Inputs())
		}
	}
	x, err := fi.floats(mf)
	if err != nil {
		return nil, err
	}
	if len(x) != q.Inputs() {
		return nil, usagef("%d input values, the model takes %d", len(x), q.Inputs())
	}
	if mf != nil && mf.Scaler != nil {
		for j := range x {
			x[j] = (x[j] - mf.Scaler.Mean[j]) / mf.Scaler.Std[j]
		}
	}
	lim := math.Ldexp(1, q.InBits-1-q.InFrac)
	for j, v := range x {
		if v < -lim || v >= lim {
			return nil, cohort.Errorf(cohort.EInvalid, "input %d is %g (after standardization): outside the circuit's input range [-%g, %g) (in_bits %d, in_frac %d)",
				j, v, lim, lim, q.InBits, q.InFrac)
		}
	}
	return q.QuantizeInput(x), nil
}

// floats returns the raw float input: --features, or row --row of --csv.
func (fi *floatInput) floats(mf *modelfile.File) ([]float64, error) {
	if fi.features != "" {
		var x []float64
		for i, p := range strings.Split(fi.features, ",") {
			v, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
			if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
				return nil, usagef("--features: value %d %q is not a finite number", i+1, strings.TrimSpace(p))
			}
			x = append(x, v)
		}
		return x, nil
	}
	var d *dataset.Dataset
	if mf != nil {
		tab, err := readTableFlag(mf, "--csv", fi.csv, "")
		if err != nil {
			return nil, err
		}
		d = tab.Dataset
	} else {
		var err error
		if d, _, err = loadRows(fi.csv, fi.label); cohort.Code(err) == cohort.ENotFound {
			return nil, usagef("--csv: %v", err)
		} else if err != nil {
			return nil, err
		}
	}
	if fi.row < 1 || fi.row > d.N {
		return nil, usagef("--row %d: %s has %d data rows", fi.row, fi.csv, d.N)
	}
	return append([]float64(nil), d.Row(fi.row-1)...), nil
}

// checkAgainstRequest compares a statement with the request it should answer (--request): model,
// nonce, prover and input commitment.
func checkAgainstRequest(q *zk.QModel, st *zk.Statement, path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, usagef("--request: %v", err)
	}
	defer f.Close()
	req, err := zk.DecodeRequest(f)
	if err != nil {
		return nil, fmt.Errorf("--request %s: %w", path, err)
	}
	var problems []string
	if req.ModelID != st.ModelID {
		problems = append(problems, fmt.Sprintf("the request is for model %s, the proof for %s", req.ModelID, st.ModelID))
	}
	if req.Nonce != st.Nonce {
		problems = append(problems, "nonce differs from the request's")
	}
	if req.Prover != st.Prover {
		problems = append(problems, fmt.Sprintf("proof made for prover %s, the request names %s", st.Prover, req.Prover))
	}
	if err := q.CheckInput(req.Input); err != nil {
		problems = append(problems, "the request's input: "+err.Error())
	} else if zk.Element(q.InputCommitment(req.Input, req.Salt)) != st.InputCommit {
		problems = append(problems, "the proof's input commitment is not the request's input")
	}
	return problems, nil
}

// verified is what `zk verify --json` prints.
type verified struct {
	Valid     bool      `json:"valid"`
	Problems  []string  `json:"problems"`
	Outputs   []int64   `json:"outputs"` // fixed point, as the circuit proves them
	Values    []float64 `json:"values"`  // de-quantized: outputs / 2^(in_frac + w_frac)
	Class     int       `json:"class"`
	ClassName string    `json:"class_name,omitempty"` // with --model
}

// dequantize turns a circuit's outputs (logits at scale 2^(in_frac+w_frac)) back into floats.
func dequantize(q *zk.QModel, out []int64) []float64 {
	v := make([]float64, len(out))
	for i, o := range out {
		v[i] = math.Ldexp(float64(o), -(q.InFrac + q.WFrac))
	}
	return v
}

// printVerified prints the verdict with the de-quantized outputs and the class (named by the model
// file, when given).
func (a *app) printVerified(q *zk.QModel, st *zk.Statement, problems []string, modelFile string) error {
	v := verified{Valid: len(problems) == 0, Problems: problems, Outputs: st.Outputs, Values: dequantize(q, st.Outputs), Class: zk.Class(st.Outputs)}
	if v.Problems == nil {
		v.Problems = []string{}
	}
	if modelFile != "" {
		mf, err := readModelFlag("--model", modelFile)
		if err != nil {
			return err
		}
		if len(mf.Classes) != max(len(st.Outputs), 2) {
			return usagef("--model %s has %d classes, the proof %d outputs: not this circuit's model", modelFile, len(mf.Classes), len(st.Outputs))
		}
		v.ClassName = mf.Classes[v.Class]
	}
	if a.json {
		if err := a.printJSON(v); err != nil {
			return err
		}
	} else if v.Valid {
		name := ""
		if v.ClassName != "" {
			name = fmt.Sprintf(" (%s)", v.ClassName)
		}
		fmt.Fprintf(a.stdout, "valid  class %d%s  outputs %s  (fixed point %v)\n", v.Class, name, formatFloats(v.Values), st.Outputs)
	}
	if !v.Valid {
		return fmt.Errorf("invalid proof: %s", strings.Join(problems, "; "))
	}
	return nil
}

func formatFloats(v []float64) string {
	s := make([]string, len(v))
	for i, f := range v {
		s[i] = strconv.FormatFloat(f, 'g', 6, 64)
	}
	return "[" + strings.Join(s, " ") + "]"
}

// requestInput returns `zk request`'s quantized input: from the float flags, or from --input FILE (a
// JSON array of quantized integers, or {"features": [floats]}).
func requestInput(q *zk.QModel, path string, fi *floatInput) ([]int64, error) {
	if fi.set() {
		return fi.quantized(q)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, usagef("--input: %v", err)
	}
	var x []int64
	if err := json.Unmarshal(raw, &x); err == nil {
		return x, nil
	}
	var doc struct {
		Features []float64 `json:"features"`
	}
	if err := json.Unmarshal(raw, &doc); err != nil || len(doc.Features) == 0 {
		return nil, cohort.Errorf(cohort.EInvalid, "--input %s: want a JSON array of quantized integers or {\"features\": [floats]}", path)
	}
	fi.features = joinFloats(doc.Features)
	return fi.quantized(q)
}
