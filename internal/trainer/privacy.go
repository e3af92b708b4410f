package trainer

import (
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/protocol"
)

// privateTraining makes local training private as the task's spec (not the train request) says: DP-SGD's
// parameters come from the spec, so a coordinator cannot turn the noise down in a request, and its noise
// seed from this trainer's key (protocol.NoiseSeed), so nobody else can reproduce and subtract the noise.
func (t *Trainer) privateTraining(cfg *fl.TrainConfig, spec *protocol.TaskSpec, round uint64) error {
	cfg.DP = spec.Train.DP
	if !cfg.DP.Enabled() {
		return nil
	}
	seed, err := protocol.NoiseSeed(t.cfg.Key, "dp-sgd", spec.ID, round)
	if err != nil {
		return err
	}
	cfg.NoiseSeed = seed
	return nil
}
