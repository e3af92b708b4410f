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
// A one-hot column whose categories the schema lists is an open column otherwise: each trainer
// reports its commonest categories of it (at most MaxUnionCategories, each at most
// dataset.MaxCategoryBytes) in its join, and the coordinator takes their union (dataset.UnionCategories):
// the categories at least MinTrainers trainers hold (default DefaultUnionMinTrainers, never more than
// the trainers that joined), at most MaxUnionCategories of them, sorted. The model's width is then
// fixed when the task starts: a spec with an open column has Model.Inputs 0 until the encoding fixes it
// (TaskSpec.OpenWidth, WithWidth). Secure aggregation needs the width before anyone joins, so it
// needs every category listed.
type TaskSchema struct {
	ID  string          `json:"id"`
	Doc json.RawMessage `json:"doc"` // schema.Schema.Canonical
	// MinTrainers is how many trainers must hold a category of an open column for the union to keep
	// it (0: DefaultUnionMinTrainers). A category fewer trainers hold is encoded as none (all-zero):
	// its name would otherwise reach every trainer and the model file while saying which few trainers'
	// rows have it.
	MinTrainers int `json:"min_trainers,omitempty"`
}

// Bounds of the union of categories of open columns.
const (
	MaxUnionCategories      = dataset.MaxOpenCategories
	DefaultUnionMinTrainers = 2
)

// OpenWidth reports whether the task's width waits for the union of the trainers' categories (a
// schema task with an open one-hot column, Model.Inputs 0).
func (s *TaskSpec) OpenWidth() bool { return s.Schema != nil && s.Model.Inputs == 0 }

// WidthBound is the most inputs the task's model can take: Model.Inputs, or for an open width every
// listed column's features plus MaxUnionCategories per open column.
func (s *TaskSpec) WidthBound() int {
	if !s.OpenWidth() {
		return s.Model.Inputs
	}
	_, t, err := s.Layout()
	if err != nil {
		return 0
	}
	return widthBound(t)
}

func widthBound(t *dataset.Table) int {
	n := 0
	for _, c := range t.Cols {
		switch {
		case !c.Categorical:
			n++
		case c.Declared == nil:
			n += MaxUnionCategories
		default:
			n += len(c.Declared)
		}
	}
	return n
}

// WithWidth returns the spec with its model's width fixed by the task's encoding (an open width), or
// the spec itself; a width over WidthBound, or other than a fixed one, is an error.
func (s TaskSpec) WithWidth(w int) (TaskSpec, error) {
	switch {
	case s.OpenWidth() && (w < 1 || w > s.WidthBound()):
		return s, cohort.Errorf(cohort.EInvalid, "the encoding gives %d features, the task allows 1..%d", w, s.WidthBound())
	case s.OpenWidth():
		s.Model.Inputs = w
	case w != s.Model.Inputs:
		return s, cohort.Errorf(cohort.EInvalid, "the encoding gives %d features, the model takes %d", w, s.Model.Inputs)
	}
	return s, nil
}

// UnionMinTrainers is the MinTrainers the union uses when joined trainers have joined.
func (s *TaskSpec) UnionMinTrainers(joined int) int {
	k := DefaultUnionMinTrainers
	if s.Schema != nil && s.Schema.MinTrainers > 0 {
		k = s.Schema.MinTrainers
	}
	return max(1, min(k, joined))
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
	switch {
	case s.Schema.MinTrainers < 0 || s.Schema.MinTrainers > 1<<16:
		return cohort.Errorf(cohort.EInvalid, "task schema: min_trainers %d: want 0 (default %d) to %d", s.Schema.MinTrainers, DefaultUnionMinTrainers, 1<<16)
	case err != nil && s.Model.Inputs != 0:
		return fmt.Errorf("task schema: %w (or leave the model's width to the union of the trainers' categories)", err)
	case err != nil && s.SecureAgg != SecureNone:
		return fmt.Errorf("task schema: %w: secure aggregation fixes the model's width before anyone joins", err)
	case err == nil && w != s.Model.Inputs:
		return cohort.Errorf(cohort.EInvalid, "task schema: its columns give %d features, the model takes %d", w, s.Model.Inputs)
	}
	if n := schemaHeaderBytes(t); n > MaxSchemaHeader {
		return cohort.Errorf(cohort.EInvalid, "task schema: %d feature columns with up to %d features: a join's statistics could reach %d bytes, over the %d allowed (fewer columns or categories)",
			len(t.Cols), widthBound(t), n, MaxSchemaHeader)
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
		case c.Categorical && c.Declared == nil: // an open column: the commonest, bounded
			n += MaxUnionCategories * 2 * (6*dataset.MaxCategoryBytes + 4 + 25)
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
