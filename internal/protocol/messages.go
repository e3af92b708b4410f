package protocol

import (
	"fmt"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
)

// Paths of the node APIs.
const (
	PathTask   = "/v1/task"   // coordinator: GET the task spec (public)
	PathJoin   = "/v1/join"   // coordinator: POST JoinHeader + stats (signed by a trainer)
	PathUpdate = "/v1/update" // coordinator: POST UpdateHeader + delta (signed by a trainer)
	PathStatus = "/v1/status" // coordinator: GET Status (public), ?after=R&limit=N pages the history
	PathModel  = "/v1/model"  // coordinator: GET [?round=N] (default the latest), the global model as a frame (public)
	PathTrain  = "/v1/train"  // trainer: POST TrainHeader + global model (signed by its coordinator)
)

// TaskSpec is a federated training task as its coordinator publishes it.
type TaskSpec struct {
	ID          string            `json:"id"`
	Coordinator cohort.NodeID     `json:"coordinator"`
	ChainID     uint64            `json:"chain_id"`
	Label       string            `json:"label"`
	Classes     []string          `json:"classes"`
	Model       fl.ModelSpec      `json:"model"`
	Train       fl.TrainConfig    `json:"train"`
	Strategy    fl.StrategyConfig `json:"strategy"`
	Rounds      int               `json:"rounds"`
	// Stop, when set, ends the task before Rounds once the global model's log-loss on the
	// coordinator's validation set plateaus (automatic rounds; Rounds is the cap).
	Stop            *fl.EarlyStop `json:"stop,omitempty"`
	Trainers        int           `json:"trainers"`         // joins needed before round 1
	PerRound        int           `json:"per_round"`        // participants per round; 0 = every trainer
	MinParticipants int           `json:"min_participants"` // a round closes at its deadline with at least this many updates
	RoundTimeoutMS  int64         `json:"round_timeout_ms"`
	Standardize     bool          `json:"standardize"` // z-score with statistics merged from the trainers' joins
	Seed            uint64        `json:"seed"`
	SecureAgg       Aggregation   `json:"secure_agg,omitempty"`
	SecAgg          SecAggSpec    `json:"secagg,omitzero"`
	ThresholdHE     ThresholdSpec `json:"threshold_he,omitzero"`
	Privacy         PrivacySpec   `json:"privacy,omitzero"` // differential-privacy budget (privacy.go)
	// Schema, when set, is the schema every trainer reads its raw CSV through (schema.go).
	Schema *TaskSchema `json:"schema,omitempty"`
	// Verify, when on, has trainers checkpoint their local training and commit to it (verify.go).
	Verify VerifySpec `json:"verify,omitzero"`
}

// RoundTimeout returns the per-round deadline as a duration.
func (s *TaskSpec) RoundTimeout() time.Duration {
	return time.Duration(s.RoundTimeoutMS) * time.Millisecond
}

// Validate checks a spec once, before anything runs on it.
func (s *TaskSpec) Validate() error {
	switch {
	case s.ID == "" || len(s.ID) > 128:
		return cohort.Errorf(cohort.EInvalid, "task id: want 1-128 bytes")
	case s.Rounds < 1:
		return cohort.Errorf(cohort.EInvalid, "rounds: %d, want >= 1", s.Rounds)
	case s.Stop != nil && (s.Stop.Patience < 1 || !(s.Stop.MinDelta >= 0) || s.Stop.Max < 0):
		return cohort.Errorf(cohort.EInvalid, "stop: patience %d, min delta %v, max %d: want patience >= 1, min delta >= 0", s.Stop.Patience, s.Stop.MinDelta, s.Stop.Max)
	case s.Trainers < 1:
		return cohort.Errorf(cohort.EInvalid, "trainers: %d, want >= 1", s.Trainers)
	case s.MinParticipants < 1 || s.MinParticipants > s.Trainers:
		return cohort.Errorf(cohort.EInvalid, "min participants: %d, want 1..%d", s.MinParticipants, s.Trainers)
	case s.PerRound < 0 || s.PerRound > s.Trainers || (s.PerRound > 0 && s.PerRound < s.MinParticipants):
		return cohort.Errorf(cohort.EInvalid, "participants per round: %d, want 0 (all) or %d..%d", s.PerRound, s.MinParticipants, s.Trainers)
	case s.RoundTimeoutMS < 100:
		return cohort.Errorf(cohort.EInvalid, "round timeout: %d ms, want >= 100", s.RoundTimeoutMS)
	case len(s.Classes) < 2:
		return cohort.Errorf(cohort.EInvalid, "classes: %d, want >= 2", len(s.Classes))
	}
	model := s.Model
	if s.OpenWidth() { // fixed at start by the union of the trainers' categories
		model.Inputs = s.WidthBound()
	}
	if err := model.Validate(); err != nil {
		return fmt.Errorf("model: %w", err)
	}
	if s.Model.Classes != len(s.Classes) {
		return cohort.Errorf(cohort.EInvalid, "model has %d classes, the data %d", s.Model.Classes, len(s.Classes))
	}
	if _, err := fl.NewStrategy(s.Strategy); err != nil {
		return fmt.Errorf("strategy: %w", err)
	}
	if err := s.checkPrivacy(); err != nil {
		return err
	}
	if err := s.checkSchema(); err != nil {
		return err
	}
	if err := s.checkVerify(); err != nil {
		return err
	}
	return s.checkSecure()
}

// JoinHeader is a trainer's request to join a task. Tensors: the per-feature sum and sum of squares
// of its training data (for federated standardization); in a task with a schema, two empty tensors
// and the statistics of its table in Table instead.
type JoinHeader struct {
	Endpoint string   `json:"endpoint"` // where the coordinator reaches the trainer's API
	Samples  int      `json:"samples"`
	Features int      `json:"features"`
	Classes  []string `json:"classes"` // the label values the trainer's data knows, sorted as the spec's
	Beacon   [32]byte `json:"beacon"`  // SecAgg+ tasks: the root of the trainer's beacon tree (secagg.BeaconTree)
	// Table is a schema task's statistics of the trainer's data read through the schema.
	Table *dataset.TableStats `json:"table,omitempty"`
}

// TrainHeader asks a trainer to train one round. Tensors: the global parameters, then the scaler's
// mean and standard deviation (empty when the task does not standardize).
type TrainHeader struct {
	Round      uint64          `json:"round"`
	DeadlineMS int64           `json:"deadline_ms"` // unix milliseconds
	Train      fl.TrainConfig  `json:"train"`
	Secure     *SecureRound    `json:"secure,omitempty"`    // set when the task aggregates with SecAgg+
	Threshold  *ThresholdRound `json:"threshold,omitempty"` // set when the task aggregates under threshold HE
	// Encoding is a schema task's encoding, fitted by the coordinator from every trainer's table
	// statistics: trainers encode their rows with it (and check it against the schema).
	Encoding *dataset.Encoding `json:"encoding,omitempty"`
}

// UpdateHeader carries a trainer's update for one round. Tensor: the delta (local - global parameters).
type UpdateHeader struct {
	Round   uint64  `json:"round"`
	Samples int     `json:"samples"`
	Loss    float64 `json:"loss"`
	TrainMS int64   `json:"train_ms"`
	// Checkpoint is the trainer's commitment to its checkpoint chain, in a task that verifies training.
	Checkpoint *CheckpointCommit `json:"checkpoint,omitempty"`
}

// UpdateAck is the coordinator's answer to an accepted update. Duplicate is true when the same update
// had already been accepted (submission is idempotent).
type UpdateAck struct {
	Round     uint64 `json:"round"`
	Duplicate bool   `json:"duplicate"`
}

// RoundSummary describes one closed round.
type RoundSummary struct {
	Round        uint64   `json:"round"`
	Participants []string `json:"participants"`
	// Rejected are the trainers whose update failed the coordinator's verification spot check (a task
	// that verifies training): left out of the aggregate.
	Rejected  []string `json:"rejected,omitempty"`
	Selected  int      `json:"selected"`
	TrainLoss float64  `json:"train_loss"`
	Accuracy  *float64 `json:"accuracy,omitempty"` // on the coordinator's evaluation set, if it has one
	LogLoss   *float64 `json:"log_loss,omitempty"`
	// ValLogLoss is the global model's log-loss on the coordinator's validation set (automatic rounds).
	ValLogLoss  *float64 `json:"val_log_loss,omitempty"`
	DurationMS  int64    `json:"duration_ms"`
	AggregateMS float64  `json:"aggregate_ms"`
	// Epsilon is the differential privacy spent once this round closed (at the task's privacy.delta),
	// for a task with a privacy budget.
	Epsilon *float64 `json:"epsilon,omitempty"`
}

// Task states.
const (
	StateJoining = "joining"
	StateRunning = "running"
	StateDone    = "done"
	StateFailed  = "failed"
)

// Status is what GET /v1/status returns.
type Status struct {
	Task     string         `json:"task"`
	State    string         `json:"state"`
	Round    uint64         `json:"round"` // the round in progress, or the last one when done
	Rounds   int            `json:"rounds"`
	Trainers int            `json:"trainers"`
	Error    string         `json:"error,omitempty"`
	History  []RoundSummary `json:"history"`        // one page: GET /v1/status?after=R&limit=N
	Next     uint64         `json:"next,omitempty"` // more rounds follow: ask again with after=Next
}

// StatusPage is the most rounds of history one status response holds (and its default).
const StatusPage = 100
