// Command testsum runs `go test -json` with the arguments it is given and prints what `go test` would
// (a line per package, the output of failing tests) followed by a summary of the skipped tests and why
// each was skipped, so a skip never passes unseen. It exits with go test's status.
//
//	go run ./scripts/testsum -race -short ./...
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"sort"
	"strings"
)

// event is one line of `go test -json` (cmd/test2json).
type event struct {
	Action  string
	Package string
	Test    string
	Output  string
}

type key struct{ pkg, test string }

func main() {
	cmd := exec.Command("go", append([]string{"test", "-json"}, os.Args[1:]...)...)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		fmt.Fprintln(os.Stderr, "testsum:", err)
		os.Exit(2)
	}
	if err := cmd.Start(); err != nil {
		fmt.Fprintln(os.Stderr, "testsum:", err)
		os.Exit(2)
	}
	skips := follow(out, os.Stdout)
	err = cmd.Wait()
	summarize(os.Stdout, skips)
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			os.Exit(ee.ExitCode())
		}
		fmt.Fprintln(os.Stderr, "testsum:", err)
		os.Exit(2)
	}
}

// follow copies the run's package lines and failing tests' output to w as they arrive and returns
// the skipped tests with their reasons.
func follow(r io.Reader, w io.Writer) map[key]string {
	outputs := map[key][]string{}
	skips := map[key]string{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var e event
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			fmt.Fprintln(w, sc.Text()) // not an event: pass it on
			continue
		}
		k := key{e.Package, e.Test}
		switch {
		case e.Action == "build-output":
			fmt.Fprint(w, e.Output)
		case e.Test == "" && e.Action == "output":
			// Package lines: ok, FAIL, "no test files", and output outside any test.
			if !strings.HasPrefix(e.Output, "PASS") && !strings.HasPrefix(e.Output, "FAIL\n") {
				fmt.Fprint(w, e.Output)
			}
		case e.Action == "output":
			outputs[k] = append(outputs[k], e.Output)
		case e.Action == "fail":
			fmt.Fprint(w, strings.Join(outputs[k], ""))
			delete(outputs, k)
		case e.Action == "skip" && e.Test == "":
			// A package without test files: its "?" line says so already.
		case e.Action == "skip":
			skips[k] = reason(outputs[k])
			delete(outputs, k)
		case e.Action == "pass":
			delete(outputs, k)
		}
	}
	return skips
}

// reason is what a skipped test logged, without the run and skip markers.
func reason(lines []string) string {
	var parts []string
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" || strings.HasPrefix(t, "=== ") || strings.HasPrefix(t, "--- SKIP") {
			continue
		}
		if _, after, ok := strings.Cut(t, ": "); ok && strings.Contains(t[:len(t)-len(after)], "_test.go:") {
			t = after // drop the file:line prefix
		}
		parts = append(parts, t)
	}
	if len(parts) == 0 {
		return "(no reason given)"
	}
	return strings.Join(parts, "; ")
}

// summarize prints the skipped tests grouped by reason.
func summarize(w io.Writer, skips map[key]string) {
	if len(skips) == 0 {
		fmt.Fprintln(w, "\nno tests skipped")
		return
	}
	byReason := map[string][]string{}
	for k, r := range skips {
		byReason[r] = append(byReason[r], strings.TrimPrefix(k.pkg, "github.com/cohort-net/cohort/")+" "+k.test)
	}
	reasons := make([]string, 0, len(byReason))
	for r := range byReason {
		reasons = append(reasons, r)
	}
	sort.Strings(reasons)
	fmt.Fprintf(w, "\n%d tests skipped:\n", len(skips))
	for _, r := range reasons {
		tests := byReason[r]
		sort.Strings(tests)
		fmt.Fprintf(w, "  %s\n", r)
		for _, t := range tests {
			fmt.Fprintf(w, "      %s\n", t)
		}
	}
}
