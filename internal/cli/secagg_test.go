package cli

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestSecaggSimulateCLI(t *testing.T) {
	var out, errb bytes.Buffer
	code := Main([]string{"--home", t.TempDir(), "--json", "secagg", "simulate", "--clients", "10", "--neighbours", "4",
		"--threshold", "3", "--dim", "20", "--dropout", "0.1"}, strings.NewReader(""), &out, &errb)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var doc map[string]any
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatalf("%v: %s", err, out.String())
	}
	if doc["survivors"].(float64) != 9 || doc["summed_weight"] != doc["expected_weight"] {
		t.Fatalf("unexpected result %v", doc)
	}
	out.Reset()
	errb.Reset()
	if code := Main([]string{"secagg", "simulate", "--threshold", "2", "--neighbours", "4"}, strings.NewReader(""), &out, &errb); code != 2 {
		t.Fatalf("bad threshold: exit %d, want 2 (%s)", code, errb.String())
	}
}
