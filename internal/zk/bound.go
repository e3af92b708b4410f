package zk

import (
	"fmt"
	"math"
	"math/bits"

	"github.com/cohort-net/cohort"
)

// The plain-Go reference (Infer) computes in int64 while the circuit computes in the field, so a
// model whose accumulators can leave int64 would make the reference wrap where the circuit does not:
// the reference's outputs would be wrong for some admissible inputs and no proof of them could be
// made. checkAccumulators refuses such models. For every accumulator it bounds
//
//	|b_j| + sum_i |w_ji| * max|x_i|
//
// over all inputs the circuit admits (max|x| is 2^(InBits-1) for the model's input; for a hidden layer
// the ReLU activations, at most min(2^(ActBits-1) - 1, the previous layer's bound >> WFrac); for the
// LSTM the hidden state, below 2^(InFrac+1)), and requires it to be at most 2^63 - 1. Every partial sum
// and product the reference forms is within that bound, and so are the outputs (the last layer's
// accumulators), which therefore fit the oracle's signed 64-bit range too.

// satMulAdd returns acc + a*b, saturated at math.MaxUint64.
func satMulAdd(acc, a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	if hi != 0 {
		return math.MaxUint64
	}
	s, carry := bits.Add64(acc, lo, 0)
	if carry != 0 {
		return math.MaxUint64
	}
	return s
}

func abs64(v int64) uint64 {
	if v < 0 {
		return uint64(-v) // weights and biases are range-checked first: never -2^63
	}
	return uint64(v)
}

// rowBound is |b| + sum_i |w_i| * in (saturated).
func rowBound(w []int64, b int64, in uint64) uint64 {
	s := abs64(b)
	for _, v := range w {
		s = satMulAdd(s, abs64(v), in)
	}
	return s
}

// denseBound returns the largest accumulator bound of a dense layer's rows for inputs of magnitude at
// most in, and the row that reaches it.
func denseBound(w [][]int64, b []int64, in uint64) (uint64, int) {
	var worst uint64
	row := 0
	for j, r := range w {
		if s := rowBound(r, b[j], in); s > worst {
			worst, row = s, j
		}
	}
	return worst, row
}

func (q *QModel) accumulatorError(where string, row int, bound, in uint64) error {
	b := "over 2^64"
	if bound != math.MaxUint64 {
		b = fmt.Sprintf("%d", bound)
	}
	return cohort.Errorf(cohort.EInvalid, "quantized model: %s: the worst-case accumulator of row %d (|bias| + sum |weight| x max|input|, "+
		"with max|input| %d at scale 2^-%d and weights at 2^-%d) is %s, beyond int64 (2^63 - 1): the reference would wrap; "+
		"use fewer input, weight or activation bits (in_bits %d, w_bits %d, act_bits %d) or smaller weights",
		where, row, in, q.InFrac, q.WFrac, b, q.InBits, q.WBits, q.ActBits)
}

// checkAccumulators bounds every accumulator of the reference (see above). Shapes and value ranges
// must have been checked.
func (q *QModel) checkAccumulators() error {
	_, err := q.outputBound()
	return err
}

// outputBound bounds every accumulator (checkAccumulators) and returns the bound of the outputs: the
// last layer's worst |bias| + sum |weight| x max|input|.
func (q *QModel) outputBound() (uint64, error) {
	in := uint64(1) << (q.InBits - 1)
	if q.Kind == KindLSTM {
		return q.checkLSTMAccumulators(in)
	}
	act := uint64(1)<<(q.ActBits-1) - 1
	var worst uint64
	for l, d := range q.Layers {
		var row int
		worst, row = denseBound(d.W, d.B, in)
		if worst > math.MaxInt64 {
			return 0, q.accumulatorError(fmt.Sprintf("layer %d", l), row, worst, in)
		}
		in = min(act, worst>>q.WFrac)
	}
	return worst, nil
}

// OutputBits is the signed width every output of the model fits for every admissible input: one more
// than the bit length of its output bound (at least 2, at most 64; Validate must have passed). It is
// the width of the outputs' slots in the packed public inputs (packOutputs); a model with private
// weights reveals it through its verifying key, as its outputs reveal their size.
func (q *QModel) OutputBits() int {
	b, err := q.outputBound()
	if err != nil {
		return 64
	}
	return max(2, bits.Len64(b)+1)
}

func (q *QModel) checkLSTMAccumulators(in uint64) (uint64, error) {
	hmax := uint64(1) << (q.InFrac + 1) // |h| <= 2^(InFrac+1): the reference and the circuit check it
	for l, c := range q.LSTM {
		for r := range c.Wx {
			s := satMulAdd(rowBound(c.Wx[r], c.B[r], in), 1, rowBound(c.Wh[r], 0, hmax))
			if s > math.MaxInt64 {
				return 0, q.accumulatorError(fmt.Sprintf("lstm %d gate", l), r, s, in)
			}
		}
		in = hmax
	}
	// The cell state grows by at most 2^InFrac + 1 a step (gates at most 2^InFrac), so
	// f*c + i*g <= 2^InFrac * Steps * (2^InFrac + 1) + 2^(2 InFrac).
	one := uint64(1) << q.InFrac
	cell := satMulAdd(satMulAdd(0, one, satMulAdd(0, uint64(q.Steps), one+1)), one, one)
	if cell > math.MaxInt64 {
		return 0, cohort.Errorf(cohort.EInvalid, "quantized model: lstm cell: the worst-case cell product %d over %d steps is beyond int64", cell, q.Steps)
	}
	worst, row := denseBound(q.Layers[0].W, q.Layers[0].B, hmax)
	if worst > math.MaxInt64 {
		return 0, q.accumulatorError("output layer", row, worst, hmax)
	}
	return worst, nil
}
