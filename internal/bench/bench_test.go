package bench

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestReportRenderings(t *testing.T) {
	r := NewReport("demo", []Result{{Name: "a", Metrics: map[string]any{"prove_ms": 12.345678, "ok": true}, Target: "<= 200 ms"}})
	var js bytes.Buffer
	if err := r.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Results []map[string]any `json:"results"`
	}
	if err := json.Unmarshal(js.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Results) != 1 || doc.Results[0]["name"] != "a" || doc.Results[0]["prove_ms"].(float64) != 12.345678 {
		t.Fatalf("json flattening: %s", js.String())
	}
	var tb bytes.Buffer
	if err := r.WriteTable(&tb); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(tb.String(), "prove_ms") || !strings.Contains(tb.String(), "12.35") {
		t.Fatalf("table: %s", tb.String())
	}
}

func TestPeakRSS(t *testing.T) {
	ResetPeakRSS()
	if PeakRSSMB() <= 0 {
		t.Skip("no /proc/self/status here")
	}
}
