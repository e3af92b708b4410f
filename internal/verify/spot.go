package verify

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/fl"
)

// Selected lists the blocks a validator checks for the commitment with digest under beacon at rate p:
// each block independently with probability p, plus the first and the last block always, ascending.
func Selected(beacon, digest [32]byte, blocks int, p float64) []int {
	var out []int
	buf := make([]byte, 0, 19+64+4)
	for b := range blocks {
		buf = append(buf[:0], "cohort/verify/spot\x00"...)
		buf = append(buf, beacon[:]...)
		buf = append(buf, digest[:]...)
		buf = binary.BigEndian.AppendUint32(buf, uint32(b))
		h := sha256.Sum256(buf)
		if b == 0 || b == blocks-1 || float64(binary.BigEndian.Uint64(h[:8])) < p*math.Exp2(64) {
			out = append(out, b)
		}
	}
	return out
}

// Job is what a validator knows of one trainer's round: the model, the round's global parameters,
// the trainer's configuration (fl.ClientConfig for it), its commitment and the update it sent (the
// delta from Global as the wire carries it, fl.WireDelta).
type Job struct {
	Spec       fl.ModelSpec
	Global     []float64
	Config     fl.TrainConfig
	Commitment Commitment
	Update     []float64
}

// Check checks the job against its commitment before any block is fetched.
func (j *Job) Check() error {
	if err := j.Commitment.Validate(); err != nil {
		return err
	}
	if ModelHash(j.Global) != j.Commitment.GlobalHash {
		return cohort.Errorf(cohort.EInvalid, "commitment names another global model")
	}
	if ModelHash(j.Update) != j.Commitment.UpdateHash {
		return cohort.Errorf(cohort.EInvalid, "commitment names another update")
	}
	return nil
}

// Fetcher gets a block's disclosure from the trainer (the node's transport implements it).
type Fetcher func(ctx context.Context, block int) (*fl.BlockDisclosure, error)

// ErrFault marks a trainer that failed a check (under a coded EInvalid error); Report says where.
var ErrFault = errors.New("trainer failed verification")

// Report is the outcome of a spot check.
type Report struct {
	Checked []int // blocks re-executed
	Fault   int   // the first block that failed, or -1
	Reason  string
}

// Failed reports whether a block failed.
func (r Report) Failed() bool { return r.Fault >= 0 }

// Judge re-executes one block's disclosure for job and returns nil when it reproduces the committed
// next checkpoint (and, for the last block, the update). An error wrapping ErrFault is the trainer's
// fault; a context error is not.
func Judge(ctx context.Context, job *Job, ds *fl.BlockDisclosure) error {
	if err := job.Check(); err != nil {
		return fmt.Errorf("%w: %w", ErrFault, err)
	}
	claim := job.Commitment.Claim()
	next, err := fl.ReplayBlock(ctx, job.Spec, job.Global, job.Config, claim, ds)
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if err != nil {
		return fmt.Errorf("%w: block %d: %w", ErrFault, ds.Block, err)
	}
	if ds.Block == claim.Checkpoints()-2 {
		if err := fl.CheckFinal(claim, &next, ds.NextProof, job.Global, job.Update); err != nil {
			return fmt.Errorf("%w: %w", ErrFault, err)
		}
	}
	return nil
}

// SpotCheck re-executes the blocks Selected picks and stops at the first fault. A disclosure the
// trainer does not deliver is a fault of that block; only a context error is returned as an error.
func SpotCheck(ctx context.Context, job *Job, beacon [32]byte, p float64, fetch Fetcher) (Report, error) {
	r := Report{Fault: -1}
	if err := job.Check(); err != nil {
		r.Fault, r.Reason = 0, err.Error()
		return r, nil
	}
	blocks := int(job.Commitment.Checkpoints) - 1
	for _, b := range Selected(beacon, job.Commitment.Digest(), blocks, p) {
		ds, err := fetch(ctx, b)
		if ctx.Err() != nil {
			return r, ctx.Err()
		}
		r.Checked = append(r.Checked, b)
		if err == nil && ds.Block != b {
			err = cohort.Errorf(cohort.EInvalid, "disclosed block %d, asked for %d", ds.Block, b)
		}
		if err == nil {
			err = Judge(ctx, job, ds)
			if ctx.Err() != nil {
				return r, ctx.Err()
			}
		} else {
			err = fmt.Errorf("disclosure withheld: %w", err)
		}
		if err != nil {
			r.Fault, r.Reason = b, err.Error()
			return r, nil
		}
	}
	return r, nil
}

// Detection is the probability that a spot check at rate p catches a trainer that faked k blocks
// (not counting the always-checked first and last blocks): 1-(1-p)^k.
func Detection(p float64, k int) float64 { return 1 - math.Pow(1-p, float64(k)) }

// CaughtWithin is the probability that such a trainer is caught within tasks tasks.
func CaughtWithin(p float64, k, tasks int) float64 { return 1 - math.Pow(1-p, float64(k*tasks)) }

// TasksToCatch is the smallest number of tasks within which a trainer faking k blocks a task is
// caught with probability at least conf.
func TasksToCatch(p float64, k int, conf float64) int {
	if p <= 0 || k < 1 {
		return math.MaxInt
	}
	t := int(math.Ceil(math.Log(1-conf) / (float64(k) * math.Log(1-p))))
	for t > 1 && CaughtWithin(p, k, t-1) >= conf {
		t--
	}
	for CaughtWithin(p, k, t) < conf {
		t++
	}
	return t
}

// Economics prices one task for a trainer: Pay if accepted, Cost of honest training, the fraction
// of it a lazy trainer saves, the Slash it loses when caught (stake or bond taken), the spot-check
// rate P and the blocks it fakes.
type Economics struct {
	Pay, Cost, Saved, Slash, P float64
	Faked                      int
}

// Honest is an honest trainer's profit per task.
func (e Economics) Honest() float64 { return e.Pay - e.Cost }

// Lazy is a lazy trainer's expected profit per task: paid when not caught, slashed and unpaid when
// caught, its reduced cost spent either way.
func (e Economics) Lazy() float64 {
	d := Detection(e.P, e.Faked)
	return (1-d)*e.Pay - d*e.Slash - e.Cost*(1-e.Saved)
}

// BreakEvenSlash is the slash above which laziness earns less than honesty, d = Detection(P, Faked):
// Lazy < Honest iff Slash > (Cost·Saved - d·Pay)/d.
func (e Economics) BreakEvenSlash() float64 {
	d := Detection(e.P, e.Faked)
	return slices.Max([]float64{0, (e.Cost*e.Saved - d*e.Pay) / d})
}

// LazySim simulates spot checks against lazy trainers, for `cohort sim incentives` and tests: Trainers
// trainers each fake the Faked blocks 1..Faked of a chain of Blocks blocks (never the always-checked
// first and last) in every one of Tasks tasks; every task draws a fresh commitment digest and beacon
// from Seed.
type LazySim struct {
	P                              float64
	Blocks, Faked, Tasks, Trainers int
	Seed                           uint64
}

// LazyResult is a LazySim's outcome: the fraction of tasks in which a faked block was checked, and the
// fraction of trainers caught within Tasks tasks.
type LazyResult struct {
	PerTask, CaughtWithin float64
}

// Run runs the simulation; it needs Blocks >= Faked+2.
func (s LazySim) Run() (LazyResult, error) {
	if s.Blocks < s.Faked+2 || s.Faked < 1 || s.Tasks < 1 || s.Trainers < 1 || !(s.P >= 0 && s.P <= 1) {
		return LazyResult{}, cohort.Errorf(cohort.EInvalid, "lazy sim: %d faked of %d blocks, %d tasks, %d trainers, p %v", s.Faked, s.Blocks, s.Tasks, s.Trainers, s.P)
	}
	var seed [32]byte
	binary.BigEndian.PutUint64(seed[:], s.Seed)
	rng := rand.NewChaCha8(seed)
	hits, caught := 0, 0
	var beacon, digest [32]byte
	for range s.Trainers {
		was := false
		for range s.Tasks {
			rng.Read(beacon[:])
			rng.Read(digest[:])
			sel := Selected(beacon, digest, s.Blocks, s.P)
			for _, b := range sel {
				if b >= 1 && b <= s.Faked {
					hits++
					was = true
					break
				}
			}
		}
		if was {
			caught++
		}
	}
	return LazyResult{PerTask: float64(hits) / float64(s.Trainers*s.Tasks), CaughtWithin: float64(caught) / float64(s.Trainers)}, nil
}
