package schema

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/artifact"
)

// FittedColumn is one column's transform with the statistics fitted on the owner's data.
type FittedColumn struct {
	Name       string    `json:"name"`
	Transform  Transform `json:"transform,omitempty"`
	Mean       float64   `json:"mean,omitempty"`       // z-score
	Std        float64   `json:"std,omitempty"`        // z-score (1 when the data has no spread)
	Min        float64   `json:"min,omitempty"`        // min-max, log
	Max        float64   `json:"max,omitempty"`        // min-max
	Categories []string  `json:"categories,omitempty"` // one-hot, in output order
}

// Fitted is the set of transforms fitted on one dataset: an artifact of its own, named in the
// dataset manifest, so other owners of the same schema can standardize the same way.
type Fitted struct {
	Type     string         `json:"type"` // "cohort-fitted-v1"
	SchemaID string         `json:"schema_id"`
	DataCID  string         `json:"data_cid"`
	Rows     int            `json:"rows"`
	Label    string         `json:"label,omitempty"`
	Columns  []FittedColumn `json:"columns"`
}

// FittedType is the type field of Fitted.
const FittedType = "cohort-fitted-v1"

// Fit fits the schema's declared transforms from a validation report's statistics (computed over
// the owner's data). The report must have passed.
func Fit(s *Schema, rep *Report) (*Fitted, error) {
	if !rep.Passed {
		return nil, cohort.Errorf(cohort.EInvalid, "fit: the data failed validation (%d errors)", rep.Errors)
	}
	if rep.SchemaID != artifact.String(s.ID()) {
		return nil, cohort.Errorf(cohort.EInvalid, "fit: report is for schema %s, not %s", rep.SchemaID, artifact.String(s.ID()))
	}
	f := &Fitted{Type: FittedType, SchemaID: rep.SchemaID, DataCID: rep.DataCID, Rows: rep.Rows, Label: s.Label}
	for j, c := range s.Columns {
		st := rep.Stats[j]
		fc := FittedColumn{Name: c.Name, Transform: c.Transform}
		if c.Name == s.Label {
			fc.Transform = NoTransform
		}
		switch fc.Transform {
		case ZScore:
			fc.Mean, fc.Std = st.Mean, st.Std
			if st.Std == 0 || st.Count == 0 {
				fc.Std = 1
			}
		case MinMax:
			fc.Min, fc.Max = st.Min, st.Max
		case Log:
			fc.Min = st.Min
		case OneHot:
			switch c.Type {
			case Categorical:
				fc.Categories = c.Categories
			case Bool:
				fc.Categories = []string{"false", "true"}
			case Int:
				for v := *c.Min; v <= *c.Max; v++ {
					fc.Categories = append(fc.Categories, strconv.FormatFloat(v, 'f', -1, 64))
				}
			}
		}
		f.Columns = append(f.Columns, fc)
	}
	return f, nil
}

// DecodeFitted parses and checks a fitted-statistics artifact.
func DecodeFitted(data []byte) (*Fitted, error) {
	var f Fitted
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, cohort.Errorf(cohort.EInvalid, "fitted statistics: %v", err)
	}
	if f.Type != FittedType || len(f.Columns) == 0 {
		return nil, cohort.Errorf(cohort.EInvalid, "fitted statistics: type %q with %d columns", f.Type, len(f.Columns))
	}
	return &f, nil
}

// OutputColumns returns the header Standardize writes: one column per input column, one-hot columns
// expanded to NAME=CATEGORY.
func (f *Fitted) OutputColumns() []string {
	var out []string
	for _, c := range f.Columns {
		if c.Transform == OneHot {
			for _, k := range c.Categories {
				out = append(out, c.Name+"="+k)
			}
			continue
		}
		out = append(out, c.Name)
	}
	return out
}

// Value applies column c's transform to one numeric value.
func (c *FittedColumn) Value(x float64) float64 {
	switch c.Transform {
	case ZScore:
		return (x - c.Mean) / c.Std
	case MinMax:
		if c.Max == c.Min {
			return 0
		}
		return (x - c.Min) / (c.Max - c.Min)
	case Log:
		return math.Log(math.Max(x-c.Min, 0) + 1)
	}
	return x
}

// Standardize reads CSV data of schema s (with a header) and writes it transformed by f: numbers with
// up to 6 significant digits, one-hot columns as 0/1, the label unchanged, a missing or invalid value
// as an empty field. It returns the number of rows written.
func Standardize(s *Schema, f *Fitted, r io.Reader, w io.Writer) (int, error) {
	if len(f.Columns) != len(s.Columns) {
		return 0, cohort.Errorf(cohort.EInvalid, "standardize: fitted statistics have %d columns, schema %d", len(f.Columns), len(s.Columns))
	}
	cr := csv.NewReader(r)
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err != nil {
		return 0, cohort.Errorf(cohort.EInvalid, "standardize: header: %v", err)
	}
	pos := make([]int, len(s.Columns))
	for j, c := range s.Columns {
		pos[j] = -1
		for k, h := range header {
			if strings.TrimSpace(h) == c.Name {
				pos[j] = k
			}
		}
		if pos[j] < 0 && !c.Optional {
			return 0, cohort.Errorf(cohort.EInvalid, "standardize: column %q missing", c.Name)
		}
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(f.OutputColumns()); err != nil {
		return 0, err
	}
	missing := map[string]bool{}
	for _, m := range s.Missing {
		missing[m] = true
	}
	out := make([]string, 0, len(f.OutputColumns()))
	rows := 0
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return rows, cohort.Errorf(cohort.EInvalid, "standardize: row %d: %v", rows+1, err)
		}
		rows++
		out = out[:0]
		for j, c := range s.Columns {
			fc := &f.Columns[j]
			v := ""
			if pos[j] >= 0 {
				v = strings.TrimSpace(rec[pos[j]])
			}
			if fc.Transform == OneHot {
				for _, k := range fc.Categories {
					switch {
					case missing[v]:
						out = append(out, "")
					case v == k || (c.Type == Bool && boolName(v) == k):
						out = append(out, "1")
					default:
						out = append(out, "0")
					}
				}
				continue
			}
			if fc.Transform == NoTransform || missing[v] {
				out = append(out, v)
				continue
			}
			x, err := strconv.ParseFloat(v, 64)
			if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
				out = append(out, "")
				continue
			}
			out = append(out, strconv.FormatFloat(fc.Value(x), 'g', 6, 64))
		}
		if err := cw.Write(out); err != nil {
			return rows, err
		}
	}
	cw.Flush()
	return rows, cw.Error()
}

func boolName(v string) string {
	switch strings.ToLower(v) {
	case "true", "1", "yes", "t", "y":
		return "true"
	case "false", "0", "no", "f", "n":
		return "false"
	}
	return ""
}

// Marshal returns f as indented JSON, the bytes stored as its artifact.
func (f *Fitted) Marshal() []byte {
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		panic(fmt.Sprintf("fitted: marshal: %v", err))
	}
	return b
}
