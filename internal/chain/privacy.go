package chain

import (
	"context"
	"fmt"
	"math"
	"math/big"

	"github.com/cohort-net/cohort"
)

// Fixed-point units of the market's differential-privacy record: ε is stored as ε × EpsilonUnit and
// δ as δ × DeltaUnit, both in uint64.
const (
	EpsilonUnit = 1e6
	DeltaUnit   = 1e18
)

// EpsilonFixed converts ε to the market's fixed point, rounded up so that a recorded spend never
// understates the real one (ε <= budget implies EpsilonFixed(ε) <= EpsilonFixed(budget)).
func EpsilonFixed(eps float64) (uint64, error) {
	v := math.Ceil(eps * EpsilonUnit)
	if math.IsNaN(v) || v < 0 || v >= math.MaxUint64 {
		return 0, cohort.Errorf(cohort.EInvalid, "epsilon %v does not fit the market's fixed point (x %g, uint64)", eps, float64(EpsilonUnit))
	}
	return uint64(v), nil
}

// DeltaFixed converts δ (0 < δ < 1, or 0 for none) to the market's fixed point, rounded to nearest.
func DeltaFixed(delta float64) (uint64, error) {
	v := math.Round(delta * DeltaUnit)
	if math.IsNaN(v) || v < 0 || v >= DeltaUnit {
		return 0, cohort.Errorf(cohort.EInvalid, "delta %v: want 0 <= delta < 1", delta)
	}
	return uint64(v), nil
}

// Privacy is a task's differential-privacy record on chain. Budget and Spent are ε in fixed point
// (EpsilonUnit), Delta δ in fixed point (DeltaUnit); all zero for a task without a budget.
type Privacy struct {
	Budget uint64 `json:"epsilon_budget_micros"`
	Delta  uint64 `json:"delta_atto"`
	Spent  uint64 `json:"epsilon_spent_micros"` // cumulative ε after the last committed round
}

// Epsilon returns the spent ε as a float.
func (p Privacy) Epsilon() float64 { return float64(p.Spent) / EpsilonUnit }

// TaskPrivacy reads a task's privacy budget and the ε its committed rounds spent.
func (c *Conn) TaskPrivacy(ctx context.Context, id *big.Int) (Privacy, error) {
	out, err := c.Call(ctx, c.Suite().Market, c.k.market.PackGetPrivacy(id), "get privacy")
	if err != nil {
		return Privacy{}, err
	}
	p, err := c.k.market.UnpackGetPrivacy(out)
	if err != nil {
		return Privacy{}, fmt.Errorf("decode privacy: %w", err)
	}
	return Privacy{Budget: p.EpsilonBudget, Delta: p.Delta, Spent: p.EpsilonSpent}, nil
}
