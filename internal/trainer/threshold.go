package trainer

import (
	"context"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/protocol"
)

// thresholdAggregate takes part in a threshold-HE session. Not built yet.
func (t *Trainer) thresholdAggregate(ctx context.Context, spec *protocol.TaskSpec, h protocol.TrainHeader, delta []float64, stats fl.TrainStats) error {
	return cohort.Errorf(cohort.EInvalid, "threshold-he aggregation is not available yet")
}
