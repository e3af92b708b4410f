package consensus

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/bits"
)

// Fixed point and bounds, the same as ValidatorConsensus.sol's.
const (
	// One is the fixed-point unit of shares, weights, consensus and bonds.
	One uint64 = 1_000_000_000
	// MaxWeight is the largest weight a validator reveals for a node (basis points).
	MaxWeight = 10_000
	// MaxNodes is the most nodes scored in one epoch (the contract's gas bound).
	MaxNodes = 64
	// MaxValidators is the most validators revealing in one epoch.
	MaxValidators = 32
	// MaxIdle is the number of missed epochs after which a bond has decayed to nothing.
	MaxIdle = 256
	// MaxReputation is the registry's highest reputation (basis points).
	MaxReputation = 10_000
)

// Params are the consensus parameters.
type Params struct {
	// Alpha is the bond EMA's weight of the new epoch, in units of One (0 < Alpha ≤ One).
	Alpha uint64
	// NodeShareBps is the nodes' part of an epoch's reward, in basis points; the validators get the rest.
	NodeShareBps uint16
}

// Default is what the contract deploys with: α = 0.1, half of the reward to nodes.
var Default = Params{Alpha: One / 10, NodeShareBps: 5_000}

// Validate checks the parameters.
func (p Params) Validate() error {
	if p.Alpha == 0 || p.Alpha > One {
		return fmt.Errorf("alpha %d outside 1..%d", p.Alpha, One)
	}
	if p.NodeShareBps > 10_000 {
		return fmt.Errorf("node share %d bps above 10000", p.NodeShareBps)
	}
	return nil
}

// Validator is one validator that revealed in the epoch.
type Validator struct {
	Stake   *big.Int // its stake when it revealed (token base units)
	Weights []uint16 // one per scored node, 0..MaxWeight, not all zero
	Bond    uint64   // its bond after the last epoch it revealed in
	Idle    uint64   // epochs since then that it did not reveal in (0: it revealed in the previous epoch)
}

// Epoch is one epoch's input: the scored nodes (by index), the validators that revealed, and the reward
// the pool pays this epoch.
type Epoch struct {
	Nodes      int
	Validators []Validator
	Reward     *big.Int
}

// Result is an epoch's outcome.
type Result struct {
	Consensus        []uint64   // c_j, the stake-weighted median of the normalized weights (units of One)
	Rank             []uint64   // R_j, the stake-weighted sum of clipped weights
	Weight           []uint64   // I_j, the consensus weight: ranks normalized to One
	Reputation       []uint16   // I_j scaled so the epoch's best node has MaxReputation
	Bonds            []uint64   // each validator's new bond
	NodeRewards      []*big.Int // per node
	ValidatorRewards []*big.Int // per validator
	Paid             *big.Int   // the sum of all rewards (≤ Reward)
}

// ErrInput is wrapped by every error about a malformed epoch.
var ErrInput = errors.New("consensus input")

func (e Epoch) check() error {
	if e.Nodes < 1 || e.Nodes > MaxNodes {
		return fmt.Errorf("%w: %d nodes, want 1 to %d", ErrInput, e.Nodes, MaxNodes)
	}
	if len(e.Validators) > MaxValidators {
		return fmt.Errorf("%w: %d validators, want at most %d", ErrInput, len(e.Validators), MaxValidators)
	}
	if e.Reward == nil || e.Reward.Sign() < 0 {
		return fmt.Errorf("%w: no or negative reward", ErrInput)
	}
	for i, v := range e.Validators {
		if v.Stake == nil || v.Stake.Sign() < 0 || v.Stake.BitLen() > 96 {
			return fmt.Errorf("%w: validator %d: stake missing, negative or above 2^96", ErrInput, i)
		}
		if len(v.Weights) != e.Nodes {
			return fmt.Errorf("%w: validator %d: %d weights for %d nodes", ErrInput, i, len(v.Weights), e.Nodes)
		}
		if v.Bond > One {
			return fmt.Errorf("%w: validator %d: bond %d above One", ErrInput, i, v.Bond)
		}
		var sum uint64
		for j, w := range v.Weights {
			if w > MaxWeight {
				return fmt.Errorf("%w: validator %d: weight %d of node %d above %d", ErrInput, i, w, j, MaxWeight)
			}
			sum += uint64(w)
		}
		if sum == 0 {
			return fmt.Errorf("%w: validator %d: all weights zero", ErrInput, i)
		}
	}
	return nil
}

// mulDiv returns ⌊a·b/c⌋ with a 128-bit product; c > 0 and the quotient must fit 64 bits (true for every
// use here: a·b/c ≤ max(a, b) or bounded by One²).
func mulDiv(a, b, c uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	q, _ := bits.Div64(hi, lo, c)
	return q
}

// Compute runs one epoch of the consensus (the package comment has the steps).
func Compute(p Params, e Epoch) (Result, error) {
	if err := p.Validate(); err != nil {
		return Result{}, err
	}
	if err := e.check(); err != nil {
		return Result{}, err
	}
	n, m := e.Nodes, len(e.Validators)
	r := Result{Consensus: make([]uint64, n), Rank: make([]uint64, n), Weight: make([]uint64, n),
		Reputation: make([]uint16, n), Bonds: make([]uint64, m), NodeRewards: make([]*big.Int, n),
		ValidatorRewards: make([]*big.Int, m), Paid: new(big.Int)}
	shares := stakeShares(e.Validators)
	w := normalized(e.Validators)
	var sTotal uint64
	for _, s := range shares {
		sTotal += s
	}
	for j := range n {
		r.Consensus[j] = weightedMedian(shares, w, j, sTotal)
	}
	votes := make([]uint64, m)
	var rankSum, voteSum uint64
	for j := range n {
		var acc uint64
		for i := range m {
			acc += shares[i] * min(w[i][j], r.Consensus[j])
		}
		r.Rank[j] = acc / One
		rankSum += r.Rank[j]
	}
	for i := range m {
		var acc uint64
		for j := range n {
			acc += shares[i] * min(w[i][j], r.Consensus[j])
		}
		votes[i] = acc / One
		voteSum += votes[i]
	}
	var maxW uint64
	for j := range n {
		if rankSum != 0 {
			r.Weight[j] = mulDiv(r.Rank[j], One, rankSum)
		}
		maxW = max(maxW, r.Weight[j])
	}
	for j := range n {
		if maxW != 0 {
			r.Reputation[j] = uint16(r.Weight[j] * MaxReputation / maxW)
		}
	}
	var bondSum uint64
	for i, v := range e.Validators {
		var delta uint64
		if voteSum != 0 {
			delta = mulDiv(votes[i], One, voteSum)
		}
		prev := Decay(p, v.Bond, v.Idle)
		r.Bonds[i] = (p.Alpha*delta + (One-p.Alpha)*prev) / One
		bondSum += r.Bonds[i]
	}
	pay(p, e.Reward, rankSum, bondSum, &r)
	return r, nil
}

// pay splits the reward: NodeShareBps to the nodes by consensus weight, the rest to the validators by bond.
func pay(p Params, reward *big.Int, rankSum, bondSum uint64, r *Result) {
	zero := func(xs []*big.Int) {
		for k := range xs {
			xs[k] = new(big.Int)
		}
	}
	zero(r.NodeRewards)
	zero(r.ValidatorRewards)
	if rankSum == 0 {
		return
	}
	nodePool := new(big.Int).Mul(reward, big.NewInt(int64(p.NodeShareBps)))
	nodePool.Quo(nodePool, big.NewInt(10_000))
	valPool := new(big.Int).Sub(reward, nodePool)
	one := new(big.Int).SetUint64(One)
	for j, wj := range r.Weight {
		x := new(big.Int).Mul(nodePool, new(big.Int).SetUint64(wj))
		r.NodeRewards[j] = x.Quo(x, one)
		r.Paid.Add(r.Paid, x)
	}
	if bondSum == 0 {
		return
	}
	bs := new(big.Int).SetUint64(bondSum)
	for i, b := range r.Bonds {
		x := new(big.Int).Mul(valPool, new(big.Int).SetUint64(b))
		r.ValidatorRewards[i] = x.Quo(x, bs)
		r.Paid.Add(r.Paid, x)
	}
}

// Decay returns a bond after idle epochs without a reveal: multiplied by (One−α)/One once per epoch,
// floored each time; zero after MaxIdle epochs.
func Decay(p Params, bond, idle uint64) uint64 {
	if idle >= MaxIdle {
		return 0
	}
	for k := uint64(0); k < idle && bond != 0; k++ {
		bond = bond * (One - p.Alpha) / One
	}
	return bond
}

// stakeShares returns s_i = stake_i·One/Σstake (all zero when nobody stakes).
func stakeShares(vs []Validator) []uint64 {
	total := new(big.Int)
	for _, v := range vs {
		total.Add(total, v.Stake)
	}
	out := make([]uint64, len(vs))
	if total.Sign() == 0 {
		return out
	}
	one := new(big.Int).SetUint64(One)
	for i, v := range vs {
		x := new(big.Int).Mul(v.Stake, one)
		out[i] = x.Quo(x, total).Uint64()
	}
	return out
}

// normalized returns every validator's weights scaled to sum to (at most) One.
func normalized(vs []Validator) [][]uint64 {
	out := make([][]uint64, len(vs))
	for i, v := range vs {
		var sum uint64
		for _, x := range v.Weights {
			sum += uint64(x)
		}
		out[i] = make([]uint64, len(v.Weights))
		for j, x := range v.Weights {
			out[i][j] = uint64(x) * One / sum
		}
	}
	return out
}

// weightedMedian returns the largest weight of node j that validators holding at least half of the
// stake (sTotal) gave or exceeded; zero when nobody stakes.
func weightedMedian(shares []uint64, w [][]uint64, j int, sTotal uint64) uint64 {
	if sTotal == 0 {
		return 0
	}
	order := make([]int, len(shares))
	for k := range order {
		order[k] = k
	}
	// insertion sort by weight, descending, as the contract does (ties do not change the result)
	for a := 1; a < len(order); a++ {
		for b := a; b > 0 && w[order[b]][j] > w[order[b-1]][j]; b-- {
			order[b], order[b-1] = order[b-1], order[b]
		}
	}
	var cum uint64
	for _, k := range order {
		cum += shares[k]
		if 2*cum >= sTotal {
			return w[k][j]
		}
	}
	return 0
}

// Mix weighs the three measured components of a node's weight, in basis points summing to 10000.
type Mix struct {
	Quality, Inference, Uptime uint16
}

// DefaultMix is the mapping the node's validator role uses: training quality 50 %, verified inference
// 30 %, uptime 20 %.
var DefaultMix = Mix{Quality: 5_000, Inference: 3_000, Uptime: 2_000}

// Score is what a validator measured of one node in an epoch, each component a fraction in [0, 1]:
// Quality, the accepted training quality (the attested metric of its tasks); Inference, the fraction of
// its inference proofs that verified (its Omron score); Uptime, the fraction of probes it answered.
type Score struct {
	Quality, Inference, Uptime float64
}

// Weight mixes a score into a weight in basis points (components clamped to [0, 1]; NaN counts as 0).
func (m Mix) Weight(s Score) uint16 {
	c := func(x float64) float64 {
		if !(x > 0) {
			return 0
		}
		return math.Min(x, 1)
	}
	w := float64(m.Quality)*c(s.Quality) + float64(m.Inference)*c(s.Inference) + float64(m.Uptime)*c(s.Uptime)
	return uint16(min(math.Round(w), MaxWeight))
}
