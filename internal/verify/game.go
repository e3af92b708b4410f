package verify

import (
	"context"
	"errors"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/fl"
)

// Phase is whose move a Game waits for.
type Phase int

// Phases of a dispute.
const (
	AwaitMidpoint   Phase = iota // the trainer posts checkpoint Mid with its proof
	AwaitChoice                  // the challenger names the half holding the fault
	AwaitDisclosure              // one block left: the trainer publishes its disclosure's hash
	AwaitVotes                   // arbiters re-execute block Lo and vote
	Settled
)

func (p Phase) String() string {
	if p < AwaitMidpoint || p > Settled {
		return "phase(?)"
	}
	return [...]string{"await midpoint", "await choice", "await disclosure", "await votes", "settled"}[p]
}

// Outcome is how a dispute ended.
type Outcome int

// Outcomes.
const (
	Pending        Outcome = iota
	TrainerWins            // the challenger's bond is forfeited
	ChallengerWins         // the trainer's stake is slashed, the bond returned
	Dismissed              // no verdict by the vote deadline: bond returned, nobody slashed
)

func (o Outcome) String() string {
	return [...]string{"pending", "trainer wins", "challenger wins", "dismissed"}[o]
}

// Rules fix a game's deadlines (in the caller's clock: seconds or chain blocks) and its quorum.
type Rules struct {
	MoveTimeout int64 // per move, from the previous one
	VoteTimeout int64 // for the arbiters, from the disclosure
	Quorum      int   // arbiters; a side wins with Quorum/2+1 votes
}

// MinQuorum is the smallest arbiter quorum.
const MinQuorum = 3

// Validate checks r.
func (r Rules) Validate() error {
	if r.MoveTimeout < 1 || r.VoteTimeout < 1 || r.Quorum < MinQuorum {
		return cohort.Errorf(cohort.EInvalid, "dispute rules: timeouts %d/%d, quorum %d (want > 0, > 0, >= %d)", r.MoveTimeout, r.VoteTimeout, r.Quorum, MinQuorum)
	}
	return nil
}

// Game is one dispute between a challenger and a trainer over the trainer's checkpoint chain.
type Game struct {
	Rules        Rules
	Root         [32]byte // the trainer's committed checkpoint root
	Checkpoints  int
	Trainer      cohort.NodeID
	Challenger   cohort.NodeID
	Lo, Hi       int // the disputed transition: from checkpoint Lo to checkpoint Hi
	Mid          int
	Leaves       map[int][32]byte // checkpoints posted by the trainer
	Disclosure   [32]byte         // hash of block Lo's disclosure
	Phase        Phase
	Deadline     int64
	Outcome      Outcome
	votes        map[cohort.NodeID]bool
	For, Against int // votes for the trainer and against
}

// Errors of moves that are not allowed; all are coded EInvalid.
var (
	ErrNotYourMove = cohort.Errorf(cohort.EInvalid, "dispute: not this party's move")
	ErrLate        = cohort.Errorf(cohort.EInvalid, "dispute: move after the deadline")
	ErrBadProof    = cohort.Errorf(cohort.EInvalid, "dispute: checkpoint proof does not match the root")
	ErrVoter       = cohort.Errorf(cohort.EInvalid, "dispute: voter is a party or has voted")
)

// Open starts a dispute over the transition from checkpoint lo to hi (0 <= lo < hi < checkpoints) at
// time now.
func Open(r Rules, root [32]byte, checkpoints int, trainer, challenger cohort.NodeID, lo, hi int, now int64) (*Game, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	if checkpoints < 2 || checkpoints > fl.MaxCheckpointBlocks || lo < 0 || hi <= lo || hi >= checkpoints {
		return nil, cohort.Errorf(cohort.EInvalid, "dispute: interval [%d,%d] outside a chain of %d checkpoints", lo, hi, checkpoints)
	}
	if trainer == challenger {
		return nil, cohort.Errorf(cohort.EInvalid, "dispute: a trainer cannot challenge itself")
	}
	g := &Game{Rules: r, Root: root, Checkpoints: checkpoints, Trainer: trainer, Challenger: challenger, Lo: lo, Hi: hi, Leaves: map[int][32]byte{}, votes: map[cohort.NodeID]bool{}}
	g.next(now)
	return g, nil
}

// next sets the phase for the current interval and restarts the move clock.
func (g *Game) next(now int64) {
	g.Deadline = now + g.Rules.MoveTimeout
	if g.Hi-g.Lo > 1 {
		g.Phase, g.Mid = AwaitMidpoint, (g.Lo+g.Hi)/2
	} else {
		g.Phase = AwaitDisclosure
	}
}

func (g *Game) move(now int64, who cohort.NodeID, want cohort.NodeID, phase Phase) error {
	if g.Phase != phase || who != want {
		return ErrNotYourMove
	}
	if now > g.Deadline {
		return ErrLate
	}
	return nil
}

// PostMidpoint is the trainer's move: checkpoint Mid's hash and its proof against Root.
func (g *Game) PostMidpoint(now int64, who cohort.NodeID, leaf [32]byte, proof [][32]byte) error {
	if err := g.move(now, who, g.Trainer, AwaitMidpoint); err != nil {
		return err
	}
	if !fl.VerifyMerkle(g.Root, uint64(g.Mid), leaf, proof) {
		return ErrBadProof
	}
	g.Leaves[g.Mid] = leaf
	g.Phase, g.Deadline = AwaitChoice, now+g.Rules.MoveTimeout
	return nil
}

// Choose is the challenger's move: faultFirst names [Lo, Mid] as the half that holds the fault,
// otherwise [Mid, Hi].
func (g *Game) Choose(now int64, who cohort.NodeID, faultFirst bool) error {
	if err := g.move(now, who, g.Challenger, AwaitChoice); err != nil {
		return err
	}
	if faultFirst {
		g.Hi = g.Mid
	} else {
		g.Lo = g.Mid
	}
	g.next(now)
	return nil
}

// Disclose is the trainer's last move: the hash of block Lo's disclosure, which the arbiters fetch.
func (g *Game) Disclose(now int64, who cohort.NodeID, h [32]byte) error {
	if err := g.move(now, who, g.Trainer, AwaitDisclosure); err != nil {
		return err
	}
	g.Disclosure, g.Phase, g.Deadline = h, AwaitVotes, now+g.Rules.VoteTimeout
	return nil
}

// Vote records an arbiter's verdict on block Lo: trainerRight when re-execution reproduced checkpoint
// Hi. The caller checks the arbiter is eligible (a staked validator); Vote refuses the parties and
// second votes. A side that reaches Quorum/2+1 votes wins.
func (g *Game) Vote(now int64, arbiter cohort.NodeID, trainerRight bool) error {
	if g.Phase != AwaitVotes {
		return ErrNotYourMove
	}
	if now > g.Deadline {
		return ErrLate
	}
	if arbiter == g.Trainer || arbiter == g.Challenger || g.votes[arbiter] {
		return ErrVoter
	}
	if g.For+g.Against >= g.Rules.Quorum {
		return errors.Join(ErrVoter, cohort.Errorf(cohort.EInvalid, "dispute: quorum of %d already voted", g.Rules.Quorum))
	}
	g.votes[arbiter] = true
	if trainerRight {
		g.For++
	} else {
		g.Against++
	}
	need := g.Rules.Quorum/2 + 1
	switch {
	case g.For >= need:
		g.settle(TrainerWins)
	case g.Against >= need:
		g.settle(ChallengerWins)
	}
	return nil
}

func (g *Game) settle(o Outcome) { g.Phase, g.Outcome = Settled, o }

// Timeout settles a game whose deadline passed by now: the party whose move it was loses; arbiters
// that did not reach a verdict dismiss the dispute. It returns the outcome (Pending when nothing
// expired).
func (g *Game) Timeout(now int64) Outcome {
	if g.Phase == Settled || now <= g.Deadline {
		return g.Outcome
	}
	switch g.Phase {
	case AwaitMidpoint, AwaitDisclosure:
		g.settle(ChallengerWins)
	case AwaitChoice:
		g.settle(TrainerWins)
	case AwaitVotes:
		g.settle(Dismissed)
	}
	return g.Outcome
}

// MaxMoves bounds the moves of a game over n checkpoints: two per halving.
func MaxMoves(n int) int {
	m := 0
	for w := n - 1; w > 1; w = (w + 1) / 2 {
		m += 2
	}
	return m
}

// Halve is an honest challenger's move: it re-executes blocks Lo..Mid-1 from the trainer's
// disclosures and names the first half when one of them fails (a withheld disclosure fails).
func Halve(ctx context.Context, job *Job, g *Game, fetch Fetcher) (faultFirst bool, err error) {
	for b := g.Lo; b < g.Mid; b++ {
		ds, err := fetch(ctx, b)
		if ctx.Err() != nil {
			return false, ctx.Err()
		}
		if err != nil || ds.Block != b {
			return true, nil
		}
		if err := Judge(ctx, job, ds); err != nil {
			if ctx.Err() != nil {
				return false, ctx.Err()
			}
			return true, nil
		}
	}
	return false, nil
}
