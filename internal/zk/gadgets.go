package zk

import (
	"errors"
	"math/big"

	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/logger"
	"github.com/consensys/gnark/std/math/bits"
	"github.com/consensys/gnark/std/permutation/poseidon2"
	"github.com/consensys/gnark/std/rangecheck"
)

func init() {
	// gnark's global zerolog writes to standard output; Cohort's --json output lives there.
	logger.Disable()
	solver.RegisterHint(requantHint, signHint, clampHint, slotsHint)
}

// signed reads a field element as a signed integer in (-r/2, r/2].
func signed(field, v *big.Int) *big.Int {
	x := new(big.Int).Mod(v, field)
	if x.Cmp(new(big.Int).Rsh(field, 1)) > 0 {
		x.Sub(x, field)
	}
	return x
}

// requantHint returns q = floor(acc / 2^s) and r = acc - q*2^s for inputs (acc, s), acc read as signed.
func requantHint(field *big.Int, in, out []*big.Int) error {
	if len(in) != 2 || len(out) != 2 {
		return errors.New("requant hint: want 2 inputs and 2 outputs")
	}
	acc := signed(field, in[0])
	s := uint(in[1].Uint64())
	q := new(big.Int).Rsh(acc, s) // arithmetic shift: floor for negatives
	r := new(big.Int).Sub(acc, new(big.Int).Lsh(q, s))
	out[0].Mod(q, field)
	out[1].Set(r)
	return nil
}

// signHint returns 1 if its input, read as signed, is >= 0, else 0.
func signHint(field *big.Int, in, out []*big.Int) error {
	if len(in) != 1 || len(out) != 1 {
		return errors.New("sign hint: want 1 input and 1 output")
	}
	if signed(field, in[0]).Sign() >= 0 {
		out[0].SetInt64(1)
	} else {
		out[0].SetInt64(0)
	}
	return nil
}

// clampHint returns (hi, lo) for inputs (v, half): hi = v >= half, lo = v < -half, v read as signed.
func clampHint(field *big.Int, in, out []*big.Int) error {
	if len(in) != 2 || len(out) != 2 {
		return errors.New("clamp hint: want 2 inputs and 2 outputs")
	}
	v := signed(field, in[0])
	half := in[1]
	out[0].SetInt64(0)
	out[1].SetInt64(0)
	if v.Cmp(half) >= 0 {
		out[0].SetInt64(1)
	}
	if v.Cmp(new(big.Int).Neg(half)) < 0 {
		out[1].SetInt64(1)
	}
	return nil
}

// slotsHint splits inputs (t, b) into len(out) slots of b bits, least significant first.
func slotsHint(_ *big.Int, in, out []*big.Int) error {
	if len(in) != 2 {
		return errors.New("slots hint: want 2 inputs")
	}
	t := new(big.Int).Set(in[0])
	b := uint(in[1].Uint64())
	mask := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), b), big.NewInt(1))
	for i := range out {
		out[i].And(t, mask)
		t.Rsh(t, b)
	}
	return nil
}

// splitSlots returns t's n slots of b bits (t = sum_k s_k 2^(k*b)), each range-checked to b bits;
// n*b must stay below the field's bit length so that the split is unique.
func (g *gadgets) splitSlots(t frontend.Variable, b, n int) []frontend.Variable {
	if n == 1 {
		g.rc.Check(t, b)
		return []frontend.Variable{t}
	}
	out, err := g.api.Compiler().NewHint(slotsHint, n, t, b)
	if err != nil {
		panic(err)
	}
	g.checkSlots(t, out, b)
	return out
}

// checkSlots constrains slots to be t's split into b-bit slots: each slot range-checked to b bits and
// t = sum_k s_k 2^(k*b).
func (g *gadgets) checkSlots(t frontend.Variable, slots []frontend.Variable, b int) {
	terms := make([]frontend.Variable, len(slots))
	for k, s := range slots {
		g.rc.Check(s, b)
		terms[k] = g.api.Mul(s, new(big.Int).Lsh(big.NewInt(1), uint(k*b)))
	}
	g.api.AssertIsEqual(t, sum(g.api, terms))
}

// gadgets bundles the fixed-point operations of one circuit and its range checker.
type gadgets struct {
	api frontend.API
	rc  frontend.Rangechecker
}

func newGadgets(api frontend.API) *gadgets {
	return &gadgets{api: api, rc: rangecheck.New(api)}
}

// newPlainGadgets range-checks by binary decomposition (bits+1 constraints per check) instead of
// gnark's log-derivative argument, so that the circuit has no commitment: its proof is 128 bytes and
// its Solidity verifier skips the commitment's extra pairing check.
func newPlainGadgets(api frontend.API) *gadgets {
	return &gadgets{api: api, rc: bitChecker{api}}
}

type bitChecker struct{ api frontend.API }

func (b bitChecker) Check(v frontend.Variable, n int) {
	bits.ToBinary(b.api, v, bits.WithNbDigits(n))
}

// checkSigned constrains v to [-2^(bits-1), 2^(bits-1)).
func (g *gadgets) checkSigned(v frontend.Variable, bits int) {
	g.rc.Check(g.api.Add(v, new(big.Int).Lsh(big.NewInt(1), uint(bits-1))), bits)
}

// requant returns q = floor(acc / 2^s), checking acc == q*2^s + r and 0 <= r < 2^s. The caller must
// bound q (a range check, relu or clamp) so that the decomposition is unique.
func (g *gadgets) requant(acc frontend.Variable, s int) frontend.Variable {
	out, err := g.api.Compiler().NewHint(requantHint, 2, acc, s)
	if err != nil {
		panic(err) // only on a broken builder
	}
	q, r := out[0], out[1]
	g.api.AssertIsEqual(acc, g.api.Add(g.api.Mul(q, new(big.Int).Lsh(big.NewInt(1), uint(s))), r))
	g.rc.Check(r, s)
	return q
}

// relu returns max(q, 0) and constrains |q| < 2^(bits-1).
func (g *gadgets) relu(q frontend.Variable, bits int) frontend.Variable {
	out, err := g.api.Compiler().NewHint(signHint, 1, q)
	if err != nil {
		panic(err)
	}
	b := out[0]
	g.api.AssertIsBoolean(b)
	h := g.api.Mul(b, q)
	// b = 1: 2h - q = q >= 0; b = 0: 2h - q = -q >= 0.
	g.rc.Check(g.api.Sub(g.api.Mul(h, 2), q), bits-1)
	return h
}

// clampIndex returns clamp(v, -half, half-1) + half, an index into a table of 2*half entries. The
// table lookup itself enforces the upper bound of the in-range case; the range check on d bounds v
// to within 2^bits of the table so that a requantization feeding v stays unique.
func (g *gadgets) clampIndex(v frontend.Variable, half int64, bits int) frontend.Variable {
	api := g.api
	out, err := api.Compiler().NewHint(clampHint, 2, v, half)
	if err != nil {
		panic(err)
	}
	hi, lo := out[0], out[1]
	api.AssertIsBoolean(hi)
	api.AssertIsBoolean(lo)
	api.AssertIsEqual(api.Mul(hi, lo), 0)
	in := api.Sub(1, hi, lo)
	inV := api.Mul(in, v)
	hiV := api.Mul(hi, v)
	loV := api.Mul(lo, v)
	// c = in*v + hi*(half-1) - lo*half
	c := api.Add(inV, api.Mul(hi, half-1), api.Mul(lo, -half))
	// d = in*(v+half) + hi*(v-half) + lo*(-half-1-v) >= 0
	d := api.Add(inV, api.Mul(in, half), hiV, api.Mul(hi, -half), api.Mul(lo, -half-1), api.Neg(loV))
	g.rc.Check(d, bits)
	return api.Add(c, half)
}

// packCommit range-checks each value to its width, packs them as Pack does, and returns the Poseidon2
// hash of the header elements (domain tag, shape, salt: absorbed as they are) then the packed elements.
func (g *gadgets) packCommit(head, vals []frontend.Variable, widths []int) (frontend.Variable, error) {
	return g.sponge(append(append([]frontend.Variable{}, head...), g.pack(vals, widths)...))
}

// pack range-checks each value to its width and packs them as Pack does.
func (g *gadgets) pack(vals []frontend.Variable, widths []int) []frontend.Variable {
	api := g.api
	chunk, shift, n := layoutChunks(widths)
	terms := make([][]frontend.Variable, n)
	for i, v := range vals {
		off := new(big.Int).Lsh(big.NewInt(1), uint(widths[i]-1))
		u := api.Add(v, off)
		g.rc.Check(u, widths[i])
		terms[chunk[i]] = append(terms[chunk[i]], api.Mul(u, new(big.Int).Lsh(big.NewInt(1), uint(shift[i]))))
	}
	elems := make([]frontend.Variable, 0, n)
	for _, t := range terms {
		elems = append(elems, sum(api, t))
	}
	return elems
}

// sponge is Poseidon2 (see pack.go) in the circuit.
func (g *gadgets) sponge(elems []frontend.Variable) (frontend.Variable, error) {
	api := g.api
	perm, err := poseidon2.NewPoseidon2FromParameters(api, spongeWidth, spongeFull, spongePartial)
	if err != nil {
		return nil, err
	}
	state := make([]frontend.Variable, spongeWidth)
	for i := range state {
		state[i] = 0
	}
	state[0] = len(elems)
	for start := 0; start < len(elems) || start == 0; start += spongeRate {
		for i := 0; i < spongeRate && start+i < len(elems); i++ {
			state[1+i] = api.Add(state[1+i], elems[start+i])
		}
		if err := perm.Permutation(state); err != nil {
			return nil, err
		}
	}
	return state[1], nil
}

// sum adds terms in one linear expression.
func sum(api frontend.API, t []frontend.Variable) frontend.Variable {
	switch len(t) {
	case 0:
		return frontend.Variable(0)
	case 1:
		return t[0]
	default:
		return api.Add(t[0], t[1], t[2:]...)
	}
}
