package node

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

// The documented example parses, and it names every key a node config has.
func TestExampleConfigDocumentsEveryKey(t *testing.T) {
	const path = "../../docs/node.example.toml"
	c, err := LoadConfig(path, nil)
	if err != nil {
		t.Fatalf("the example does not load: %v", err)
	}
	if !c.Has(RoleTrainer) || c.Chain.RPC == "" {
		t.Fatalf("example resolved to %+v", c)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	var walk func(reflect.Type, string)
	walk = func(typ reflect.Type, section string) {
		for i := range typ.NumField() {
			f := typ.Field(i)
			tag, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
			if tag == "" || tag == "-" || tag == "role" {
				continue
			}
			if f.Type.Kind() == reflect.Struct && f.Type.Name() != "Duration" {
				if !strings.Contains(doc, "["+strings.TrimPrefix(section+"."+tag, ".")+"]") {
					t.Errorf("section [%s] is not documented", strings.TrimPrefix(section+"."+tag, "."))
				}
				walk(f.Type, strings.TrimPrefix(section+"."+tag, "."))
				continue
			}
			if !strings.Contains(doc, tag+" = ") {
				t.Errorf("key %s.%s is not documented", section, tag)
			}
		}
	}
	walk(reflect.TypeFor[Config](), "")
	// Every key says what it is for, on its line.
	for i, line := range strings.Split(doc, "\n") {
		l := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "#"))
		key, rest, ok := strings.Cut(l, " = ")
		if !ok || strings.ContainsAny(key, " #[") {
			continue
		}
		if !strings.Contains(rest, "# ") {
			t.Errorf("line %d: key %s has no comment saying what it is for", i+1, key)
		}
	}
}

// COHORT_* variables override the file, sections joined by _.
func TestConfigEnvironmentLayer(t *testing.T) {
	c, err := LoadConfig("../../docs/node.example.toml", []string{"COHORT_CHAIN_RPC=http://127.0.0.1:9", "COHORT_ROLES=trainer,validator",
		"COHORT_VALIDATOR_HOLDOUT=h.csv", "COHORT_CHAIN_POLL=250ms", "COHORT_CHAIN_FAUCET=true", "PATH=/bin"})
	if err != nil {
		t.Fatal(err)
	}
	if c.Chain.RPC != "http://127.0.0.1:9" || !c.Has(RoleValidator) || !c.Chain.Faucet || c.Chain.Poll.D().Milliseconds() != 250 ||
		!strings.HasSuffix(c.Validator.Holdout, "h.csv") {
		t.Fatalf("environment not applied: %+v", c)
	}
	if _, err := LoadConfig("../../docs/node.example.toml", []string{"COHORT_CHAIN_FAUCET=maybe"}); err == nil {
		t.Fatal("a bad boolean in the environment was accepted")
	}
}
