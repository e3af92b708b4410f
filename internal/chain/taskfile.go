package chain

import (
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/task"
)

// TaskTerms returns the on-chain terms of a task file whose document (f.Canonical()) has SHA-256
// specHash: the document digest goes where nodes find the task's CID, deadlines count from now.
func TaskTerms(f *task.File, specHash [32]byte, now time.Time) (TaskSpec, error) {
	m := f.Market
	spec := TaskSpec{ModelSpecHash: specHash, DataSchemaHash: f.DataHash(), BiddingDeadline: now.Add(m.BiddingWindow.D()),
		ExecutionDeadline: now.Add(m.ExecutionWindow.D()), MinReputation: uint16(m.MinReputation), MetricID: task.MetricAccuracyBps,
		MetricThreshold: uint32(f.Acceptance.Threshold*10_000 + 0.5), MinCPUCores: uint16(m.MinCPUCores), MinMemoryMB: uint32(m.MinMemoryMB),
		MinGPUCount: uint16(m.MinGPUCount), MaxNodes: uint8(m.MaxNodes), BonusBps: uint16(m.BonusBps)}
	var err error
	if spec.Budget, err = ParseTokens(m.Budget); err != nil {
		return spec, wrap(cohort.EInvalid, "market.budget", err)
	}
	if spec.MaxHourlyRate, err = ParseTokens(m.MaxHourlyRate); err != nil {
		return spec, wrap(cohort.EInvalid, "market.max_hourly_rate", err)
	}
	switch m.Scheduler {
	case "", "lowest-price":
		spec.Scheduler = SchedulerLowestPrice
	case "reputation-weighted":
		spec.Scheduler = SchedulerReputationWeighted
	default:
		return spec, cohort.Errorf(cohort.EInvalid, "scheduler %q: want lowest-price or reputation-weighted", m.Scheduler)
	}
	if m.Coordinator != "" {
		if !common.IsHexAddress(m.Coordinator) {
			return spec, cohort.Errorf(cohort.EInvalid, "market.coordinator %q is not an address", m.Coordinator)
		}
		spec.Coordinator = common.HexToAddress(m.Coordinator)
	}
	return spec, spec.Validate()
}

// ParseTokens parses a decimal amount of whole tokens ("12.5") into base units (18 decimals).
func ParseTokens(s string) (*big.Int, error) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 60 {
		return nil, cohort.Errorf(cohort.EInvalid, "amount %q: want a decimal number of tokens", s)
	}
	whole, frac, _ := strings.Cut(s, ".")
	if len(frac) > 18 || whole == "" && frac == "" {
		return nil, cohort.Errorf(cohort.EInvalid, "amount %q: at most 18 decimals", s)
	}
	digits := whole + frac + strings.Repeat("0", 18-len(frac))
	for _, c := range digits {
		if c < '0' || c > '9' {
			return nil, cohort.Errorf(cohort.EInvalid, "amount %q: want a decimal number of tokens", s)
		}
	}
	v, ok := new(big.Int).SetString(digits, 10)
	if !ok {
		return nil, cohort.Errorf(cohort.EInvalid, "amount %q: want a decimal number of tokens", s)
	}
	return v, nil
}

// FormatTokens renders base units as whole tokens with up to 18 decimals ("12.5").
func FormatTokens(v *big.Int) string {
	if v == nil {
		return "0"
	}
	q, r := new(big.Int).QuoRem(v, Ether, new(big.Int))
	if r.Sign() == 0 {
		return q.String()
	}
	frac := strings.TrimRight(leftPad(r.Abs(r).String(), 18), "0")
	return q.String() + "." + frac
}

func leftPad(s string, n int) string {
	if len(s) >= n {
		return s
	}
	return strings.Repeat("0", n-len(s)) + s
}
