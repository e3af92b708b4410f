package chain

import (
	"bytes"
	"encoding/json"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cohort-net/cohort"
)

// MaxTaskFileSize bounds a task file.
const MaxTaskFileSize = 64 << 10

// TaskFile is the JSON document `cohort task submit FILE` reads. Amounts are whole tokens as decimal
// strings ("1000", "12.5"); windows are Go durations from now ("1h", "24h").
type TaskFile struct {
	ModelSpecHash   string `json:"model_spec_hash"`  // 0x + 64 hex digits
	DataSchemaHash  string `json:"data_schema_hash"` // 0x + 64 hex digits
	Budget          string `json:"budget"`
	MaxHourlyRate   string `json:"max_hourly_rate"`
	BiddingWindow   string `json:"bidding_window"`
	ExecutionWindow string `json:"execution_window"`
	MinReputation   uint16 `json:"min_reputation_bps"`
	MetricID        uint16 `json:"metric_id"`
	MetricThreshold uint32 `json:"metric_threshold"`
	MinCPUCores     uint16 `json:"min_cpu_cores"`
	MinMemoryMB     uint32 `json:"min_memory_mb"`
	MinGPUCount     uint16 `json:"min_gpu_count"`
	MaxNodes        uint8  `json:"max_nodes"`
	BonusBps        uint16 `json:"bonus_bps"`
	Scheduler       string `json:"scheduler"`   // "lowest-price" (default) or "reputation-weighted"
	Coordinator     string `json:"coordinator"` // address; default the publisher
}

// ParseTaskFile decodes and validates a task file into a TaskSpec whose deadlines count from now.
// Unknown fields are an error, so a typo does not silently drop a requirement.
func ParseTaskFile(data []byte, now time.Time) (TaskSpec, error) {
	var spec TaskSpec
	if len(data) > MaxTaskFileSize {
		return spec, cohort.Errorf(cohort.ETooLarge, "task file is %d bytes, over %d", len(data), MaxTaskFileSize)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var f TaskFile
	if err := dec.Decode(&f); err != nil {
		return spec, cohort.Errorf(cohort.EInvalid, "task file: %v", err)
	}
	var err error
	if spec.ModelSpecHash, err = parseHash("model_spec_hash", f.ModelSpecHash); err != nil {
		return spec, err
	}
	if spec.DataSchemaHash, err = parseHash("data_schema_hash", f.DataSchemaHash); err != nil {
		return spec, err
	}
	if spec.Budget, err = ParseTokens(f.Budget); err != nil {
		return spec, wrap(cohort.EInvalid, "budget", err)
	}
	if spec.MaxHourlyRate, err = ParseTokens(f.MaxHourlyRate); err != nil {
		return spec, wrap(cohort.EInvalid, "max_hourly_rate", err)
	}
	bid, err := parseWindow("bidding_window", f.BiddingWindow, time.Hour)
	if err != nil {
		return spec, err
	}
	exec, err := parseWindow("execution_window", f.ExecutionWindow, 24*time.Hour)
	if err != nil {
		return spec, err
	}
	spec.BiddingDeadline = now.Add(bid)
	spec.ExecutionDeadline = now.Add(exec)
	spec.MinReputation, spec.MetricID, spec.MetricThreshold = f.MinReputation, f.MetricID, f.MetricThreshold
	spec.MinCPUCores, spec.MinMemoryMB, spec.MinGPUCount = f.MinCPUCores, f.MinMemoryMB, f.MinGPUCount
	spec.MaxNodes, spec.BonusBps = f.MaxNodes, f.BonusBps
	if spec.MaxNodes == 0 {
		spec.MaxNodes = 10
	}
	switch f.Scheduler {
	case "", "lowest-price":
		spec.Scheduler = SchedulerLowestPrice
	case "reputation-weighted":
		spec.Scheduler = SchedulerReputationWeighted
	default:
		return spec, cohort.Errorf(cohort.EInvalid, "scheduler %q: want lowest-price or reputation-weighted", f.Scheduler)
	}
	if f.Coordinator != "" {
		if !common.IsHexAddress(f.Coordinator) {
			return spec, cohort.Errorf(cohort.EInvalid, "coordinator %q is not an address", f.Coordinator)
		}
		spec.Coordinator = common.HexToAddress(f.Coordinator)
	}
	return spec, spec.Validate()
}

func parseHash(field, s string) (common.Hash, error) {
	if s == "" {
		return common.Hash{}, nil
	}
	b, ok := strings.CutPrefix(s, "0x")
	if !ok || len(b) != 64 {
		return common.Hash{}, cohort.Errorf(cohort.EInvalid, "%s: want 0x and 64 hex digits", field)
	}
	for _, c := range b {
		if !strings.ContainsRune("0123456789abcdefABCDEF", c) {
			return common.Hash{}, cohort.Errorf(cohort.EInvalid, "%s: not hex", field)
		}
	}
	return common.HexToHash(s), nil
}

func parseWindow(field, s string, def time.Duration) (time.Duration, error) {
	if s == "" {
		return def, nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d <= 0 || d > 10*365*24*time.Hour {
		return 0, cohort.Errorf(cohort.EInvalid, "%s %q: want a positive duration such as 1h", field, s)
	}
	return d, nil
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
