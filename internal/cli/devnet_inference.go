package cli

import (
	"github.com/spf13/cobra"

	"github.com/cohort-net/cohort"
)

// inferenceFlags are what `cohort devnet --subnet inference` passes on. The devnet command sets
// Nodes (miners), Rounds (request rounds), Seed and Once.
type inferenceFlags struct {
	Nodes  int
	Rounds int
	Seed   uint64
	Once   bool
}

// runInferenceDevnet runs the inference subnet (miners proving inference, a validator scoring them).
func (a *app) runInferenceDevnet(cmd *cobra.Command, o inferenceFlags) error {
	return cohort.Errorf(cohort.EInvalid, "--subnet inference is not available yet")
}
