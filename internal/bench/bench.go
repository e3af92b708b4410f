// Package bench holds the `cohort bench` suites and what they share: the result format, its table and
// JSON renderings, one Options type, and CPU-time and peak-memory measurement. Each suite is a Run
// function (RunFL, RunSecAgg, RunData, ...) that drives the engines through their ordinary APIs and
// returns []Result; the CLI prints them. Engine packages never import bench.
package bench

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

// Result is one named entry of a benchmark run. Metrics holds numbers, strings or booleans; keys are
// snake_case and carry their unit (`prove_ms`, `peak_rss_mb`). Compare names the figure a user would
// otherwise get (a plaintext round, a centralized model, a peer's published number) and Target the
// issue's target, both optional and free text.
type Result struct {
	Name    string         `json:"name"`
	Metrics map[string]any `json:"-"`
	Compare string         `json:"compare,omitempty"`
	Target  string         `json:"target,omitempty"`
}

// MarshalJSON flattens Metrics beside name, compare and target.
func (r Result) MarshalJSON() ([]byte, error) {
	m := make(map[string]any, len(r.Metrics)+3)
	for k, v := range r.Metrics {
		m[k] = v
	}
	m["name"] = r.Name
	if r.Compare != "" {
		m["compare"] = r.Compare
	}
	if r.Target != "" {
		m["target"] = r.Target
	}
	return json.Marshal(m)
}

// Report is the document `--json` prints.
type Report struct {
	Suite   string   `json:"suite"`
	Cores   int      `json:"cores"`
	GOOS    string   `json:"goos"`
	GOARCH  string   `json:"goarch"`
	Results []Result `json:"results"`
}

// NewReport wraps results with the machine facts a reader needs to weigh them.
func NewReport(suite string, results []Result) Report {
	return Report{Suite: suite, Cores: runtime.NumCPU(), GOOS: runtime.GOOS, GOARCH: runtime.GOARCH, Results: results}
}

// WriteJSON writes the report as one indented JSON document.
func (r Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// WriteTable writes one block per result: its metrics sorted by name, then compare and target lines.
func (r Report) WriteTable(w io.Writer) error {
	fmt.Fprintf(w, "cohort bench %s  (%d cores, %s/%s)\n\n", r.Suite, r.Cores, r.GOOS, r.GOARCH)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, res := range r.Results {
		fmt.Fprintf(tw, "%s\n", res.Name)
		keys := make([]string, 0, len(res.Metrics))
		for k := range res.Metrics {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Fprintf(tw, "  %s\t%s\n", k, FormatValue(res.Metrics[k]))
		}
		if res.Compare != "" {
			fmt.Fprintf(tw, "  compare\t%s\n", res.Compare)
		}
		if res.Target != "" {
			fmt.Fprintf(tw, "  target\t%s\n", res.Target)
		}
		fmt.Fprintln(tw)
	}
	return tw.Flush()
}

// FormatValue renders a metric for people: floats with 4 significant digits, the rest as Go prints them.
func FormatValue(v any) string {
	switch x := v.(type) {
	case float64:
		return strconv.FormatFloat(x, 'g', 4, 64)
	case float32:
		return strconv.FormatFloat(float64(x), 'g', 4, 32)
	default:
		return fmt.Sprint(v)
	}
}

// ResetPeakRSS resets the kernel's high-water mark of this process's resident memory, so that the next
// PeakRSSMB measures one entry alone. It is best effort: where /proc/self/clear_refs is not writable the
// mark keeps counting from process start.
func ResetPeakRSS() {
	runtime.GC()
	_ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
}

// PeakRSSMB returns the high-water mark of resident memory (VmHWM) in MiB, or 0 where unknown.
func PeakRSSMB() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			f := strings.Fields(rest)
			if len(f) >= 1 {
				kb, _ := strconv.ParseFloat(f[0], 64)
				return kb / 1024
			}
		}
	}
	return 0
}
