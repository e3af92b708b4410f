package protocol

// Threshold-HE aggregation (--secure-agg threshold-he): see internal/coordinator/threshold.go.

// ThresholdSpec are a task's threshold-HE settings.
type ThresholdSpec struct {
	Threshold      int     `json:"threshold"`        // decryption parties needed; 0: floor(n/2)+1 of the round's parties
	SmudgingLog2   float64 `json:"smudging_log2"`    // 0: the he package's default
	StageTimeoutMS int64   `json:"stage_timeout_ms"` // deadline of every stage after the first
}

// ThresholdRound tells the trainers of a round that it aggregates under a collective key. It travels in
// the train request; the session's details come in the stage replies.
type ThresholdRound struct {
	Attempt uint64 `json:"attempt"`
}

// checkThreshold validates the threshold-HE settings (filled in by the threshold-HE integration).
func (s *TaskSpec) checkThreshold() error { return nil }
