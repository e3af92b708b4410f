package zk

import (
	"errors"
	"math/big"

	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/lookup/logderivlookup"
)

// Public is the binding part of every circuit's public inputs (see the package doc).
type Public struct {
	ModelID     frontend.Variable `gnark:",public"`
	InputCommit frontend.Variable `gnark:",public"`
	Binding     frontend.Variable `gnark:",public"` // Binding(nonce, prover)
}

// Circuit proves one inference of a quantized model: public inputs Public then Packed (the outputs,
// packed as packOutputs does at the model's OutputBits), private Input and InputSalt. The model's shape
// and, by default, its weights are compile-time constants. With private weights a logistic regression
// or an MLP takes its parameters as the last public inputs, Params (keyParams order: packed operands,
// biases, the weights salt), which its model key folds into the verifying key (modelkey.go); an LSTM
// takes them as private Weights (flatParams order) and WeightsSalt (one element), bound to ModelID by
// an in-circuit hash.
type Circuit struct {
	Public
	Packed      []frontend.Variable `gnark:",public"`
	Params      []frontend.Variable `gnark:",public"`
	Input       []frontend.Variable
	InputSalt   frontend.Variable
	Weights     []frontend.Variable
	WeightsSalt []frontend.Variable

	model    *QModel
	private  bool
	noCommit bool
}

// NewCircuit returns the circuit definition (an unassigned circuit with its slices sized) for a model,
// with weights as constants or, if private, as the parameters a model key folds (logistic regression,
// MLP) or private inputs hashed to ModelID (LSTM).
func NewCircuit(q *QModel, private bool) *Circuit {
	c := &Circuit{model: q, private: private}
	c.Packed = make([]frontend.Variable, PackedOutputs(q.Outputs(), q.OutputBits()))
	c.Input = make([]frontend.Variable, q.Inputs())
	switch {
	case private && q.Kind != KindLSTM:
		c.Params = make([]frontend.Variable, q.keyParamCount())
	case private:
		v, _ := q.flatParams()
		c.Weights = make([]frontend.Variable, len(v))
		c.WeightsSalt = make([]frontend.Variable, 1)
	}
	return c
}

// Define implements frontend.Circuit.
func (c *Circuit) Define(api frontend.API) error {
	q := c.model
	g := newGadgets(api)
	if c.noCommit {
		if q.Kind == KindLSTM {
			return errors.New("the lstm's lookup tables need a commitment")
		}
		g = newPlainGadgets(api)
	}
	// Bind the public inputs that no other constraint touches: each in its own constraint, so that each
	// gets its own term of the verifying key.
	api.Mul(c.ModelID, c.ModelID)
	api.Mul(c.Binding, c.Binding)

	commit, err := g.packCommit([]frontend.Variable{inputTag, c.InputSalt}, c.Input, q.inputWidths())
	if err != nil {
		return err
	}
	api.AssertIsEqual(commit, c.InputCommit)

	ws := newWeightSource(api, q, c.private, c.Weights)
	var ops []*operands
	switch {
	case c.private && q.Kind != KindLSTM:
		ops = paramOperands(api, q, c.Params)
	case c.private:
		// Every weight range-checked and packed, hashed with the shape and salt to the model id.
		head := make([]frontend.Variable, 0, len(q.weightsHeader()))
		for _, e := range q.weightsHeader()[:len(q.weightsHeader())-1] {
			head = append(head, e)
		}
		head = append(head, c.WeightsSalt[0])
		_, widths := q.flatParams()
		wc, err := g.packCommit(head, c.Weights, widths)
		if err != nil {
			return err
		}
		api.AssertIsEqual(wc, c.ModelID)
	}

	var out []frontend.Variable
	if q.Kind == KindLSTM {
		out = c.defineLSTM(api, g, ws)
	} else {
		a := c.Input
		// The layer's input offset to unsigned values: the input is signed in InBits, hidden
		// activations are ReLU outputs in [0, 2^(ActBits-1)) (QModel.denseSlots).
		xOff := int64(1) << (q.InBits - 1)
		for l, d := range q.Layers {
			var acc []frontend.Variable
			if c.private {
				acc = ops[l].dense(g, a, xOff)
			} else {
				acc = ws.dense(d.W, d.B, a)
			}
			xOff = 0
			if l == len(q.Layers)-1 {
				out = acc
				break
			}
			for j := range acc {
				acc[j] = g.relu(g.requant(acc[j], q.WFrac), q.ActBits)
			}
			a = acc
		}
	}
	c.assertPacked(api, out)
	return nil
}

// assertPacked checks the public packed elements against the outputs, as packOutputs packs them: a
// linear combination each, so one constraint per element. The model's bound (QModel.OutputBits) keeps
// every slot within its bits for every admissible input.
func (c *Circuit) assertPacked(api frontend.API, out []frontend.Variable) {
	bits := c.model.OutputBits()
	k := OutputsPerElement(bits)
	off := new(big.Int).Lsh(big.NewInt(1), uint(bits-1))
	for j := range c.Packed {
		var e frontend.Variable = bits - 1
		for t := 0; t < k && j*k+t < len(out); t++ {
			sh := new(big.Int).Lsh(big.NewInt(1), uint(outputHeaderBits+bits*t))
			e = api.Add(e, api.Mul(api.Add(out[j*k+t], off), sh))
		}
		api.AssertIsEqual(c.Packed[j], e)
	}
}

// weightSource yields a layer's weights as constants or as the next private inputs, in flatParams order.
type weightSource struct {
	api     frontend.API
	private bool
	vars    []frontend.Variable
	next    int
}

func newWeightSource(api frontend.API, _ *QModel, private bool, vars []frontend.Variable) *weightSource {
	return &weightSource{api: api, private: private, vars: vars}
}

func (s *weightSource) take() frontend.Variable {
	v := s.vars[s.next]
	s.next++
	return v
}

// dense returns acc_j = b_j + sum_i w_ji * x_i for every row j. Constant weights cost no constraint
// (linear combinations are free in R1CS); private ones cost one multiplication each.
func (s *weightSource) dense(w [][]int64, b []int64, x []frontend.Variable) []frontend.Variable {
	acc := make([]frontend.Variable, len(w))
	for j, row := range w {
		terms := make([]frontend.Variable, 0, len(row)+1)
		for i, v := range row {
			if s.private {
				terms = append(terms, s.api.Mul(s.take(), x[i]))
			} else if v != 0 {
				terms = append(terms, s.api.Mul(x[i], v))
			}
		}
		acc[j] = sum(s.api, terms)
	}
	for j := range w {
		if s.private {
			acc[j] = s.api.Add(acc[j], s.take())
		} else {
			acc[j] = s.api.Add(acc[j], b[j])
		}
	}
	return acc
}

// operands are a private dense layer's packed operands (QModel.denseOperands) and biases, as the
// model key holds them.
type operands struct {
	w     [][]frontend.Variable // per group of p rows, per input
	bias  []frontend.Variable
	rows  int
	b, p  int
	wBits int
}

// paramOperands reads a private dense model's public parameters (keyParams order: every layer's
// packed operands, group by group and input by input, then every layer's biases, then the weights
// salt) into the layers' operands. Nothing else is done with them: each operand enters the circuit
// only as a factor of its multiplications (and in sums of operands), each bias only in its row's
// accumulator, so no parameter needs a range check (see the package doc). The salt enters one
// constraint of its own, so that its term of the verifying key is a point that hides the others'
// sum (modelkey.go).
func paramOperands(api frontend.API, q *QModel, params []frontend.Variable) []*operands {
	next := 0
	take := func() frontend.Variable {
		v := params[next]
		next++
		return v
	}
	ops := make([]*operands, len(q.Layers))
	for l, d := range q.Layers {
		o := &operands{rows: len(d.W), wBits: q.WBits}
		o.b, o.p = q.denseSlots(l)
		for start := 0; start < len(d.W); start += o.p {
			grp := make([]frontend.Variable, len(d.W[0]))
			for i := range grp {
				grp[i] = take()
			}
			o.w = append(o.w, grp)
		}
		ops[l] = o
	}
	for l, d := range q.Layers {
		for range d.W {
			ops[l].bias = append(ops[l].bias, take())
		}
	}
	salt := take()
	api.Mul(salt, salt)
	return ops
}

// dense computes the layer with one multiplication per input and group of p output rows instead of
// one per weight. Inputs are offset to v = x + xOff in [0, 2^xBits) (range-checked by the input
// commitment, or ReLU outputs). Operand W_i = sum_k u_{k,i} 2^(k*b) holds the group's offset weights
// for input i, so T = sum_i W_i * v_i holds each row's sum S_k = sum_i u_{k,i} v_i < n * 2^(wBits+xBits)
// <= 2^b in its own slot. The prover splits T into its slots by hint; each slot is range-checked to b
// bits and p*b < 253, so the split is unique. Then acc_k = S_k - xOff*R_k - 2^(wBits-1)*sum_i v_i +
// n*2^(wBits-1)*xOff + bias_k, where the row sums R_k = sum_i u_{k,i} < 2^b are the slots of
// sum_i W_i, split and range-checked the same way (only where xOff is not 0: the first layer).
func (o *operands) dense(g *gadgets, x []frontend.Variable, xOff int64) []frontend.Variable {
	api := g.api
	n := len(x)
	wOff := new(big.Int).Lsh(big.NewInt(1), uint(o.wBits-1))
	v := make([]frontend.Variable, n)
	for i := range x {
		v[i] = api.Add(x[i], xOff)
	}
	sumV := sum(api, v)
	c := new(big.Int).Mul(wOff, big.NewInt(xOff))
	c.Mul(c, big.NewInt(int64(n)))
	acc := make([]frontend.Variable, o.rows)
	for gi, w := range o.w {
		start := gi * o.p
		rows := min(o.p, o.rows-start)
		terms := make([]frontend.Variable, n)
		for i := range n {
			terms[i] = api.Mul(w[i], v[i])
		}
		slots := g.splitSlots(sum(api, terms), o.b, rows)
		var rowSums []frontend.Variable
		if xOff != 0 {
			rowSums = g.splitSlots(sum(api, w), o.b, rows)
		}
		for k := range rows {
			a := api.Sub(slots[k], api.Mul(sumV, wOff))
			if xOff != 0 {
				a = api.Sub(a, api.Mul(rowSums[k], xOff))
			}
			acc[start+k] = api.Add(a, c, o.bias[start+k])
		}
	}
	return acc
}

// packSlots is how many B-bit slots one multiplication can carry below the field's 253 safe bits.
func packSlots(b int) int { return max(1, 252/b) }

// lstmRows returns a cell's gate rows as one matrix [Wx | Wh] so that weights are taken in flatParams
// order (Wx rows, then Wh rows, then biases).
func (c *Circuit) defineLSTM(api frontend.API, g *gadgets, ws *weightSource) []frontend.Variable {
	q := c.model
	sigT, tanhT := logderivlookup.New(api), logderivlookup.New(api)
	sig, tnh := q.tables()
	for k := range sig {
		sigT.Insert(sig[k])
		tanhT.Insert(tnh[k])
	}
	half := int64(1) << (q.TableBits - 1)
	in := len(q.LSTM[0].Wx[0])
	H := q.hidden()
	F := q.InFrac
	zero := func(n int) []frontend.Variable {
		v := make([]frontend.Variable, n)
		for i := range v {
			v[i] = 0
		}
		return v
	}
	h := make([][]frontend.Variable, len(q.LSTM))
	cs := make([][]frontend.Variable, len(q.LSTM))
	for l := range h {
		h[l], cs[l] = zero(H), zero(H)
	}
	// With private weights every step reuses the same variables: read them once.
	type cellW struct {
		wx, wh [][]frontend.Variable
		b      []frontend.Variable
	}
	var pw []cellW
	if ws.private {
		for _, cell := range q.LSTM {
			var cw cellW
			for range cell.Wx {
				row := make([]frontend.Variable, len(cell.Wx[0]))
				for i := range row {
					row[i] = ws.take()
				}
				cw.wx = append(cw.wx, row)
			}
			for range cell.Wh {
				row := make([]frontend.Variable, H)
				for i := range row {
					row[i] = ws.take()
				}
				cw.wh = append(cw.wh, row)
			}
			for range cell.B {
				cw.b = append(cw.b, ws.take())
			}
			pw = append(pw, cw)
		}
	}
	for t := 0; t < q.Steps; t++ {
		a := c.Input[t*in : (t+1)*in]
		for l, cell := range q.LSTM {
			pre := make([]frontend.Variable, 4*H)
			for r := range pre {
				var terms []frontend.Variable
				for i := range a {
					if ws.private {
						terms = append(terms, api.Mul(pw[l].wx[r][i], a[i]))
					} else if cell.Wx[r][i] != 0 {
						terms = append(terms, api.Mul(a[i], cell.Wx[r][i]))
					}
				}
				for i := range h[l] {
					if ws.private {
						terms = append(terms, api.Mul(pw[l].wh[r][i], h[l][i]))
					} else if cell.Wh[r][i] != 0 {
						terms = append(terms, api.Mul(h[l][i], cell.Wh[r][i]))
					}
				}
				if ws.private {
					terms = append(terms, pw[l].b[r])
				} else {
					terms = append(terms, cell.B[r])
				}
				idx := g.clampIndex(g.requant(sum(api, terms), q.WFrac), half, q.ActBits)
				if r/H == 2 {
					pre[r] = tanhT.Lookup(idx)[0]
				} else {
					pre[r] = sigT.Lookup(idx)[0]
				}
			}
			nh := make([]frontend.Variable, H)
			for j := range H {
				ig, fg, gg, og := pre[j], pre[H+j], pre[2*H+j], pre[3*H+j]
				cs[l][j] = g.requant(api.Add(api.Mul(fg, cs[l][j]), api.Mul(ig, gg)), F)
				tc := tanhT.Lookup(g.clampIndex(cs[l][j], half, q.ActBits))[0]
				nh[j] = g.requant(api.Mul(og, tc), F)
				g.checkSigned(nh[j], F+2)
			}
			h[l] = nh
			a = nh
		}
	}
	head := q.Layers[0]
	return ws.dense(head.W, head.B, h[len(h)-1])
}

// Assignment returns a full witness assignment for one inference: the statement's public values and
// the private input (and weights).
func (c *Circuit) Assignment(st *Statement, x []int64, salt Element) *Circuit {
	q := c.model
	a := &Circuit{model: q, private: c.private, noCommit: c.noCommit}
	a.Public = st.publicVars()
	a.Packed = st.packedVars()
	a.Input = make([]frontend.Variable, len(x))
	for i, v := range x {
		a.Input[i] = fieldInt(v)
	}
	a.InputSalt = salt.Big()
	a.Params = make([]frontend.Variable, len(c.Params))
	if c.private && q.Kind != KindLSTM {
		for i, v := range q.keyParams() {
			a.Params[i] = v
		}
	} else if c.private {
		var ws Element
		if q.WeightsSalt != nil {
			ws = *q.WeightsSalt
		}
		a.WeightsSalt = []frontend.Variable{ws.Big()}
		vals, _ := q.flatParams()
		a.Weights = make([]frontend.Variable, len(vals))
		for i, v := range vals {
			a.Weights[i] = fieldInt(v)
		}
	}
	return a
}

// PublicAssignment returns an assignment holding only the statement's public values.
func (c *Circuit) PublicAssignment(st *Statement) *Circuit {
	a := &Circuit{model: c.model, private: c.private, noCommit: c.noCommit}
	a.Public = st.publicVars()
	a.Packed = st.packedVars()
	a.Input = make([]frontend.Variable, len(c.Input))
	for i := range a.Input {
		a.Input[i] = 0
	}
	a.InputSalt = 0
	a.Params = make([]frontend.Variable, len(c.Params))
	for i := range a.Params {
		a.Params[i] = 0
	}
	a.Weights = make([]frontend.Variable, len(c.Weights))
	for i := range a.Weights {
		a.Weights[i] = 0
	}
	a.WeightsSalt = make([]frontend.Variable, len(c.WeightsSalt))
	for i := range a.WeightsSalt {
		a.WeightsSalt[i] = 0
	}
	return a
}

// fieldInt returns v as a field element (negative values wrap modulo r).
func fieldInt(v int64) *big.Int {
	b := big.NewInt(v)
	if v < 0 {
		b.Add(b, fieldModulus())
	}
	return b
}
