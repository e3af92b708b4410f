package cli

import (
	"os"
	"testing"

	"github.com/cohort-net/cohort/internal/executor"
)

// TestMain lets the test binary act as an executor run's init (executor.Init), as the cohort binary
// does, for the commands that run scripts (`task submit --dry-run`).
func TestMain(m *testing.M) {
	executor.Init()
	os.Exit(m.Run())
}
