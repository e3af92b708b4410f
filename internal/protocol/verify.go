package protocol

import (
	"crypto/sha256"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/verify"
)

// Training verification on the wire (internal/verify).
//
// A task whose spec sets Verify.BlockSteps has its trainers train with fl.TrainCheckpointed and send,
// in every UpdateHeader, a CheckpointCommit: the parts of verify.Commitment the coordinator cannot
// compute (the task key, round, trainer, global-model hash and update hash it knows), with the
// trainer's signature of the digest. A coordinator running such a task refuses an update without one
// and names the upgrade; a trainer that predates verification leaves the field out, and an older
// coordinator ignores the unknown field. Validators fetch block disclosures from the trainer
// (PathDisclose, a DiscloseRequest signed by the coordinator or an auditor the trainer admits).

// PathDisclose is the trainer's endpoint for block disclosures: POST DiscloseRequest (signed), answered
// with fl.BlockDisclosure's binary form.
const PathDisclose = "/v1/disclose"

// VerifySpec turns on training verification for a task.
type VerifySpec struct {
	BlockSteps int     `json:"block_steps"`    // optimizer steps per checkpoint block; 0: no verification
	Rate       float64 `json:"rate,omitempty"` // spot-check rate p per block; 0: DefaultVerifyRate
}

// DefaultVerifyRate is the spot-check rate of a task that sets none: one faked block a task is caught
// within 44 tasks with probability 0.99.
const DefaultVerifyRate = 0.1

// SpotRate is the task's spot-check rate.
func (v VerifySpec) SpotRate() float64 {
	if v.Rate == 0 {
		return DefaultVerifyRate
	}
	return v.Rate
}

// Enabled reports whether trainers checkpoint.
func (v VerifySpec) Enabled() bool { return v.BlockSteps > 0 }

func (s *TaskSpec) checkVerify() error {
	v := s.Verify
	switch {
	case v.BlockSteps < 0 || v.BlockSteps > fl.MaxBlockSteps:
		return cohort.Errorf(cohort.EInvalid, "verify: block of %d steps, want 0 (off) to %d", v.BlockSteps, fl.MaxBlockSteps)
	case !(v.Rate >= 0 && v.Rate <= 1):
		return cohort.Errorf(cohort.EInvalid, "verify: spot-check rate %v, want 0 (default %v) to 1", v.Rate, DefaultVerifyRate)
	case !v.Enabled():
		return nil
	case s.Train.DP.Enabled():
		return cohort.Errorf(cohort.EInvalid, "verify: DP-SGD training cannot be re-executed by a validator (its noise seed is secret)")
	case s.SecureAgg != SecureNone:
		return cohort.Errorf(cohort.EInvalid, "verify: %s hides each trainer's update, which verification checks", s.SecureAgg)
	}
	return nil
}

// CheckpointCommit is a trainer's commitment to its round's checkpoint chain, carried in UpdateHeader.
type CheckpointCommit struct {
	Root        [32]byte `json:"root"`
	DataRoot    [32]byte `json:"data_root"`
	Checkpoints uint32   `json:"checkpoints"`
	Rows        uint32   `json:"rows"`
	Steps       uint32   `json:"steps"`
	BlockSteps  uint32   `json:"block_steps"`
	Sig         []byte   `json:"sig"` // the trainer's eth-signed digest of the Commitment
}

// DiscloseRequest asks a trainer for one block's disclosure.
type DiscloseRequest struct {
	Round uint64 `json:"round"`
	Block int    `json:"block"`
}

// TaskKey is the 32-byte task id a verify.Commitment names for task id:
// SHA-256("cohort/protocol/task\x00" || id).
func TaskKey(id string) [32]byte {
	return sha256.Sum256(append([]byte("cohort/protocol/task\x00"), id...))
}

// Commitment rebuilds the full commitment from cc and what the receiver knows: the task, the round,
// the trainer, the round's global model and the delta received.
func Commitment(task string, round uint64, trainer cohort.NodeID, global, delta []float64, cc *CheckpointCommit) verify.Commitment {
	return verify.Commitment{
		Task: TaskKey(task), Round: round, Trainer: trainer, Root: cc.Root, Checkpoints: cc.Checkpoints,
		GlobalHash: verify.ModelHash(global), DataRoot: cc.DataRoot, UpdateHash: verify.ModelHash(delta),
		Rows: cc.Rows, Steps: cc.Steps, BlockSteps: cc.BlockSteps,
	}
}

// CheckCommit checks the shape of an update's commitment for a task that verifies training; nil cc is
// refused with a message naming the upgrade.
func (s *TaskSpec) CheckCommit(cc *CheckpointCommit) error {
	if !s.Verify.Enabled() {
		return nil
	}
	if cc == nil {
		return cohort.Errorf(cohort.EInvalid, "task %s verifies training and this update carries no checkpoint commitment: the trainer predates training verification (upgrade it)", s.ID)
	}
	if int(cc.BlockSteps) != s.Verify.BlockSteps {
		return cohort.Errorf(cohort.EInvalid, "checkpoint commitment: blocks of %d steps, the task wants %d", cc.BlockSteps, s.Verify.BlockSteps)
	}
	c := verify.Commitment{Checkpoints: cc.Checkpoints, Rows: cc.Rows, Steps: cc.Steps, BlockSteps: cc.BlockSteps}
	if err := c.Validate(); err != nil {
		return err
	}
	if len(cc.Sig) != 65 {
		return cohort.Errorf(cohort.EInvalid, "checkpoint commitment: signature of %d bytes, want 65", len(cc.Sig))
	}
	return nil
}
