// Package harness holds what the multi-process test suites (test/e2e, test/fault) and the CLI's
// example-network test share: building the cohort binary once, picking free ports, and writing a
// node's data.
package harness

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/cohort-net/cohort/internal/dataset"
)

// BuildCohort builds cmd/cohort into a temporary directory and returns the binary's path and a
// function that removes it. Call it from TestMain.
func BuildCohort() (bin string, cleanup func(), err error) {
	dir, err := os.MkdirTemp("", "cohort-test-bin-")
	if err != nil {
		return "", nil, err
	}
	bin = filepath.Join(dir, "cohort")
	build := exec.Command("go", "build", "-o", bin, "github.com/cohort-net/cohort/cmd/cohort")
	build.Stdout, build.Stderr = os.Stdout, os.Stderr
	if err := build.Run(); err != nil {
		os.RemoveAll(dir)
		return "", nil, fmt.Errorf("build cohort: %w", err)
	}
	return bin, func() { os.RemoveAll(dir) }, nil
}

// MainWithCohort is a TestMain body: it builds the binary into *bin, runs the tests and exits.
func MainWithCohort(m *testing.M, bin *string) {
	b, cleanup, err := BuildCohort()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	*bin = b
	code := m.Run()
	cleanup()
	os.Exit(code)
}

// FreePort returns a free port on 127.0.0.1 for a node that listens later. It draws from below
// Linux's ephemeral range (32768-60999): a port the kernel hands out for ":0" may be given to an
// outgoing connection (the nodes' chain and peer clients make many) before the node listens on it.
func FreePort(t testing.TB) int {
	t.Helper()
	for range 100 {
		port := 20000 + rand.IntN(12000)
		if ln, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port))); err == nil {
			ln.Close()
			return port
		}
	}
	t.Fatal("no free port below 32000")
	return 0
}

// FreeAddr is FreePort as host:port.
func FreeAddr(t testing.TB) string {
	t.Helper()
	return net.JoinHostPort("127.0.0.1", strconv.Itoa(FreePort(t)))
}

// WriteCSV writes d as a CSV file with a header row (features, then the label).
func WriteCSV(t testing.TB, path string, d *dataset.Dataset) {
	t.Helper()
	var b bytes.Buffer
	if err := dataset.WriteCSV(&b, d); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
}

// SplitData loads a bundled data set, deals its training split IID among trainers (seed 7) and
// returns the parts and the test split.
func SplitData(t testing.TB, name string, trainers int) ([]*dataset.Dataset, *dataset.Dataset) {
	t.Helper()
	train, test, _, err := dataset.LoadSource(name, "", "", 7)
	if err != nil {
		t.Fatal(err)
	}
	parts := make([]*dataset.Dataset, trainers)
	for i, p := range dataset.PartitionIID(train.N, trainers, 7) {
		parts[i] = train.Subset(p)
	}
	return parts, test
}
