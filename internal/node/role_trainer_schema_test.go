package node

import (
	"log/slog"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cohort-net/cohort/internal/task"
)

// TestTrainerFitsSchemaTask: an on-chain trainer decides whether to bid on a task whose document
// embeds a schema by reading its raw CSV through that schema: rows with NA cells, a categorical and
// an id column fit (a file that is not all numbers, which a task without a schema cannot take); a
// file whose cell contradicts the schema is skipped with the reason naming the line and column; a
// label value outside the task's classes and another label are skipped too.
func TestTrainerFitsSchemaTask(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "s.yaml"), []byte(networkSchema), 0o600); err != nil {
		t.Fatal(err)
	}
	tf := `name = "rows"
[data]
label = "outcome"
classes = ["no", "yes"]
schema_file = "s.yaml"
[market]
budget = "100"
max_hourly_rate = "10"
`
	f, err := task.ParseWith([]byte(tf), func(p string) ([]byte, error) { return os.ReadFile(filepath.Join(dir, p)) })
	if err != nil {
		t.Fatal(err)
	}
	role := func(csv string) *trainerRole {
		path := filepath.Join(dir, "rows.csv")
		if err := os.WriteFile(path, []byte(csv), 0o600); err != nil {
			t.Fatal(err)
		}
		s := &system{cfg: &Config{Trainer: TrainerConfig{Data: path, Label: "outcome"}, Chain: ChainConfig{Rate: "1"}}, log: slog.New(slog.DiscardHandler)}
		tr, err := newTrainerRole(s)
		if err != nil {
			t.Fatal(err)
		}
		return tr
	}
	good := string(schemaRows(rand.New(rand.NewPCG(3, 3)), 0, 40))
	tr := role(good)
	if tr.data != nil {
		t.Fatal("rows with NA cells and categories read as all-numeric")
	}
	if why := tr.fits(t.Context(), &f); why != "" {
		t.Fatalf("raw rows do not fit their schema's task: %s", why)
	}
	plain := f
	plain.Data.SchemaDoc, plain.Data.Schema, plain.Data.Features = nil, "", 4
	if why := tr.fits(t.Context(), &plain); !strings.Contains(why, "not all numeric") {
		t.Fatalf("a task without a schema: %q, want skipped (not all numeric)", why)
	}
	lines := strings.Split(good, "\n")
	cells := strings.Split(lines[3], ",")
	cells[1] = "old"
	lines[3] = strings.Join(cells, ",")
	if why := role(strings.Join(lines, "\n")).fits(t.Context(), &f); !strings.Contains(why, "line 4") || !strings.Contains(why, `column "age"`) {
		t.Fatalf("a cell contradicting the schema: %q, want the line and column named", why)
	}
	other := strings.Replace(good, ",yes\n", ",maybe\n", 1)
	if why := role(other).fits(t.Context(), &f); !strings.Contains(why, `"maybe"`) {
		t.Fatalf("a label value outside the classes: %q", why)
	}
	relabelled := f
	relabelled.Data.Label = "color"
	if why := tr.fits(t.Context(), &relabelled); why == "" {
		t.Fatal("a task labelled by another column fits")
	}
}
