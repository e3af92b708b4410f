package node

import (
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/task"
)

// TaskTerms returns the on-chain terms of a task file whose document (f.Canonical()) has SHA-256
// specHash: the document digest goes where nodes find the task's CID; deadlines count from now.
func TaskTerms(f *task.File, specHash [32]byte, now time.Time) (chain.TaskSpec, error) {
	m := f.Market
	spec := chain.TaskSpec{ModelSpecHash: specHash, DataSchemaHash: f.DataHash(), BiddingDeadline: now.Add(m.BiddingWindow.D()),
		ExecutionDeadline: now.Add(m.ExecutionWindow.D()), MinReputation: uint16(m.MinReputation), MetricID: task.MetricAccuracyBps,
		MetricThreshold: uint32(f.Acceptance.Threshold*10_000 + 0.5), MinCPUCores: uint16(m.MinCPUCores), MinMemoryMB: uint32(m.MinMemoryMB),
		MinGPUCount: uint16(m.MinGPUCount), MaxNodes: uint8(m.MaxNodes), BonusBps: uint16(m.BonusBps)}
	// The planned rounds: each node is paid for the rounds it contributed to out of these, and the
	// publisher gets back the pay of rounds that never happen (an early stop, a spent privacy budget).
	ps, err := f.Spec("", 0, max(int(m.MaxNodes), 1))
	if err != nil {
		return spec, err
	}
	spec.Rounds = uint16(min(max(ps.Rounds, 1), 65535))
	if p := f.PrivacyBudget(); p.Mode != "" { // the market refuses a round that would exceed it
		spec.EpsilonBudget, spec.Delta = p.Epsilon, p.Delta
	}
	if spec.Budget, err = chain.ParseTokens(m.Budget); err != nil {
		return spec, cohort.Errorf(cohort.EInvalid, "market.budget: %v", err)
	}
	if spec.MaxHourlyRate, err = chain.ParseTokens(m.MaxHourlyRate); err != nil {
		return spec, cohort.Errorf(cohort.EInvalid, "market.max_hourly_rate: %v", err)
	}
	switch m.Scheduler {
	case "", "lowest-price":
		spec.Scheduler = chain.SchedulerLowestPrice
	case "reputation-weighted":
		spec.Scheduler = chain.SchedulerReputationWeighted
	default:
		return spec, cohort.Errorf(cohort.EInvalid, "scheduler %q: want lowest-price or reputation-weighted", m.Scheduler)
	}
	if m.Coordinator != "" {
		id, err := cohort.ParseNodeID(m.Coordinator)
		if err != nil {
			return spec, cohort.Errorf(cohort.EInvalid, "market.coordinator %q is not an address", m.Coordinator)
		}
		spec.Coordinator = chain.Addr(id)
	}
	return spec, spec.Validate()
}
