package task

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/schema"
)

const rowsSchema = `name: rows
label: outcome
missing: ["", "NA"]
columns:
  - {name: pid, type: int, role: id}
  - {name: age, type: float, nullable: true}
  - {name: color, type: categorical, categories: [red, green, blue], nullable: true}
  - {name: outcome, type: categorical, categories: ["no", "yes"]}
`

const schemaTask = `name = "rows"
[data]
label = "outcome"
classes = ["no", "yes"]
schema_file = "rows.schema.yaml"
[training]
rounds = 3
auto_rounds = true
[market]
budget = "100"
max_hourly_rate = "10"
`

// TestSchemaInTaskDocument: a task file names its schema by path; the document nodes fetch embeds it
// (its id in data.schema, the width it gives in data.features), parses back to the same document, and
// resolves to a spec that reads data through it with automatic rounds (rounds the cap). A mismatched
// id, a schema whose categorical column lists no categories (the width on chain is fixed when the
// task is published), a path in a document read without one, and a tampered embedded schema are
// refused.
func TestSchemaInTaskDocument(t *testing.T) {
	read := func(p string) ([]byte, error) {
		if p != "rows.schema.yaml" {
			return nil, os.ErrNotExist
		}
		return []byte(rowsSchema), nil
	}
	f, err := ParseWith([]byte(schemaTask), read)
	if err != nil {
		t.Fatal(err)
	}
	s, err := schema.Parse([]byte(rowsSchema))
	if err != nil {
		t.Fatal(err)
	}
	if f.Data.Features != 4 || f.Data.Schema != SchemaHash(s) || string(f.Data.SchemaDoc) != string(s.Canonical()) {
		t.Fatalf("data %+v", f.Data)
	}
	spec, err := f.Spec("chain-1337-task-1", 1337, 3)
	if err != nil {
		t.Fatal(err)
	}
	if spec.Schema == nil || spec.Schema.ID != s.ID().String() || spec.Model.Inputs != 4 || spec.Stop == nil || spec.Rounds != 3 {
		t.Fatalf("spec %+v", spec)
	}
	doc := f.Canonical()
	g, err := Parse(doc)
	if err != nil {
		t.Fatal(err)
	}
	if string(g.Canonical()) != string(doc) {
		t.Fatalf("document round trip differs:\n%s\n%s", doc, g.Canonical())
	}

	refused := func(name string, err error, want string) {
		t.Helper()
		if cohort.Code(err) != cohort.EInvalid || !strings.Contains(err.Error(), want) {
			t.Fatalf("%s: %v, want an EInvalid error with %q", name, err, want)
		}
	}
	_, err = ParseWith([]byte(strings.Replace(schemaTask, "[training]", "schema = \"0x"+strings.Repeat("ab", 32)+"\"\n[training]", 1)), read)
	refused("another id", err, "schema file's id")
	open := strings.Replace(rowsSchema, "categories: [red, green, blue], ", "", 1)
	_, err = ParseWith([]byte(schemaTask), func(string) ([]byte, error) { return []byte(open), nil })
	refused("open categories", err, `"color"`)
	_, err = Parse([]byte(schemaTask))
	refused("a path without a reader", err, "schema_file")
	_, err = ParseWith([]byte(schemaTask), func(string) ([]byte, error) { return nil, errors.New("gone") })
	refused("unreadable schema", err, "gone")
	tampered := strings.Replace(string(doc), `"green"`, `"purple"`, 1)
	_, err = Parse([]byte(tampered))
	refused("a tampered embedded schema", err, "embedded schema's id")
}

// TestParseSchemaExample: examples/tasks/patients.toml, with the schema file it names, resolves to a
// spec that reads data through that schema with automatic rounds.
func TestParseSchemaExample(t *testing.T) {
	b, err := os.ReadFile("../../examples/tasks/patients.toml")
	if err != nil {
		t.Fatal(err)
	}
	f, err := ParseWith(b, func(p string) ([]byte, error) { return os.ReadFile("../../examples/tasks/" + p) })
	if err != nil {
		t.Fatal(err)
	}
	spec, err := f.Spec("1337/8", 1337, 3)
	if err != nil {
		t.Fatal(err)
	}
	if f.Data.Features != 5 || spec.Schema == nil || spec.Model.Inputs != 5 || spec.Stop == nil || spec.Rounds != 100 {
		t.Fatalf("data %+v, spec %+v", f.Data, spec)
	}
}
