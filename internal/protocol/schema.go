package protocol

import (
	"encoding/json"
	"fmt"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/schema"
)

// TaskSchema names the schema a task's training data is read through: its id (the CID of its
// canonical form) and that form, so every trainer reads its raw CSV the same way. With a schema, a
// trainer joins with its dataset.TableStats (JoinHeader.Table) instead of feature sums; once every
// trainer has joined, the coordinator merges them, fits the dataset.Encoding (imputation values, the
// mode of each one-hot column) and the scaler of the encoded features (dataset.EncodedStats), and
// sends the encoding with every train request (TrainHeader.Encoding, signed with the request).
//
// The model's width is in the spec before anyone joins, so every one-hot column's categories must be
// listed in the schema (the devnet alone also takes the union of the trainers' categories).
type TaskSchema struct {
	ID  string          `json:"id"`
	Doc json.RawMessage `json:"doc"` // schema.Schema.Canonical
}

// Bounds of a task trained through a schema: what a join's statistics and a train request's encoding
// may hold.
const (
	// MaxSchemaHeader bounds the JSON header of a join (its table statistics) and of a train request
	// (its encoding); a schema whose statistics could exceed it is refused when the task is made.
	MaxSchemaHeader = 1 << 20
	// MaxModeCounts bounds the value counts a join carries for a numeric column imputed by its mode
	// (dataset.Table.BoundedStats keeps the commonest).
	MaxModeCounts = 64
)

// NewTaskSchema returns the reference to s for a task spec.
func NewTaskSchema(s *schema.Schema) *TaskSchema {
	return &TaskSchema{ID: s.ID().String(), Doc: s.Canonical()}
}

// Layout parses the task's schema, checks it is the one its id names, and returns it with the table
// layout it gives for the task's label (dataset.SchemaLayout).
func (s *TaskSpec) Layout() (*schema.Schema, *dataset.Table, error) {
	if s.Schema == nil {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "task %s names no schema", s.ID)
	}
	sc, err := schema.Parse(s.Schema.Doc)
	if err != nil {
		return nil, nil, fmt.Errorf("task schema: %w", err)
	}
	if id := sc.ID().String(); id != s.Schema.ID {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "task schema: its content has id %s, the task names %s", id, s.Schema.ID)
	}
	t, err := dataset.SchemaLayout(sc, s.Label)
	if err != nil {
		return nil, nil, fmt.Errorf("task schema %s: %w", s.Schema.ID, err)
	}
	return sc, t, nil
}

// checkSchema checks a schema task: the schema is the one named, fixes the model's width, and its
// statistics and encoding fit in MaxSchemaHeader.
func (s *TaskSpec) checkSchema() error {
	if s.Schema == nil {
		return nil
	}
	_, t, err := s.Layout()
	if err != nil {
		return err
	}
	w, err := t.FixedWidth()
	if err != nil {
		return fmt.Errorf("task schema: %w", err)
	}
	if w != s.Model.Inputs {
		return cohort.Errorf(cohort.EInvalid, "task schema: its columns give %d features, the model takes %d", w, s.Model.Inputs)
	}
	if n := schemaHeaderBytes(t); n > MaxSchemaHeader {
		return cohort.Errorf(cohort.EInvalid, "task schema: %d feature columns with %d features: a join's statistics could reach %d bytes, over the %d allowed (fewer columns or categories)",
			len(t.Cols), w, n, MaxSchemaHeader)
	}
	return nil
}

// schemaHeaderBytes bounds the JSON of a join's table statistics, and of the encoding, for layout t:
// names and categories JSON-escaped at worst (6 bytes a byte), numbers at 25 bytes.
func schemaHeaderBytes(t *dataset.Table) int {
	n := 256
	for _, m := range t.Missing {
		n += 6*len(m) + 4
	}
	for _, x := range t.Excluded {
		n += 6*len(x) + 4
	}
	for _, c := range t.Cols {
		n += 160 + 6*len(c.Name) + 5*25
		switch {
		case c.Categorical:
			for _, k := range c.Declared {
				n += 2 * (6*len(k) + 4 + 25) // a count, and the category in the encoding
			}
		case c.Impute == schema.ImputeMode:
			n += MaxModeCounts * (2*25 + 4)
		}
	}
	return n
}

// SchemaHeaderLimit is the largest JSON header a join or a train request of this task carries
// beyond base (0 without a schema).
func (s *TaskSpec) SchemaHeaderLimit() int {
	if s.Schema == nil {
		return 0
	}
	_, t, err := s.Layout()
	if err != nil {
		return 0
	}
	return min(schemaHeaderBytes(t), MaxSchemaHeader)
}

// checkTableJoin checks a schema task's join: no feature sums, and table statistics that fit the
// schema (dataset.TableStats.Check).
func (s *TaskSpec) checkTableJoin(h JoinHeader, sum, sumSq []float64) error {
	if h.Table == nil {
		return cohort.Errorf(cohort.EInvalid, "join: task %s reads data through schema %s: want its table statistics", s.ID, s.Schema.ID)
	}
	if len(sum) != 0 || len(sumSq) != 0 {
		return cohort.Errorf(cohort.EInvalid, "join: feature sums in a schema task (its scaler comes from the table statistics)")
	}
	_, t, err := s.Layout()
	if err != nil {
		return err
	}
	if err := h.Table.Check(t, h.Samples, MaxModeCounts); err != nil {
		return fmt.Errorf("join: %w", err)
	}
	return nil
}
