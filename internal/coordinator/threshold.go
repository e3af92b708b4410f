package coordinator

import (
	"context"
	"time"

	"github.com/cohort-net/cohort"
)

// runThresholdRound runs round r under threshold homomorphic encryption. Not built yet.
func (c *Coordinator) runThresholdRound(ctx context.Context, r uint64, selected []cohort.NodeID, global []float64, started time.Time) error {
	return cohort.Errorf(cohort.EInvalid, "threshold-he aggregation is not available yet")
}
