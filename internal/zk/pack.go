package zk

import (
	"crypto/rand"
	"math/big"
	"math/bits"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
)

// The commitment hash is a Poseidon2 sponge over BN254's scalar field: width 16 (rate 15, capacity 1)
// with the reference parameters that gnark-crypto ships for t = 16 (8 full rounds, 57 partial rounds,
// x^5). The capacity element starts as the number of absorbed elements, the rate elements absorb 15
// elements per permutation by addition, and the digest is state[1]. In R1CS one permutation costs
// about 560 constraints, 37 per absorbed element, five times less than the width-2 Merkle-Damgard
// mode (186 per element).
const (
	spongeWidth   = 16
	spongeRate    = spongeWidth - 1
	spongeFull    = 8
	spongePartial = 57
)

// chunkBits is how many bits of packed values one field element holds (below the 254-bit modulus).
const chunkBits = 248

// layoutChunks returns, for a sequence of widths, the chunk index and bit offset of each value: values
// fill a chunk in order, least significant first, and a value that does not fit starts the next chunk.
func layoutChunks(widths []int) (chunk, shift []int, n int) {
	chunk, shift = make([]int, len(widths)), make([]int, len(widths))
	used := chunkBits
	for i, w := range widths {
		if used+w > chunkBits {
			n++
			used = 0
		}
		chunk[i], shift[i] = n-1, used
		used += w
	}
	return chunk, shift, n
}

// Pack packs signed values of the given widths into field elements (see layoutChunks). It panics if a
// value is out of its range: callers validate first.
func Pack(values []int64, widths []int) []*big.Int {
	chunk, shift, n := layoutChunks(widths)
	out := make([]*big.Int, n)
	for i := range out {
		out[i] = new(big.Int)
	}
	for i, v := range values {
		u := new(big.Int).SetInt64(v)
		u.Add(u, new(big.Int).Lsh(big.NewInt(1), uint(widths[i]-1)))
		if u.Sign() < 0 || u.BitLen() > widths[i] {
			panic("zk: packed value out of range")
		}
		out[chunk[i]].Or(out[chunk[i]], u.Lsh(u, uint(shift[i])))
	}
	return out
}

// Poseidon2 hashes field elements with the sponge described above; the circuit computes the same
// function (gadgets.sponge).
func Poseidon2(elems []*big.Int) [32]byte {
	perm := poseidon2.NewPermutation(spongeWidth, spongeFull, spongePartial)
	state := make([]fr.Element, spongeWidth)
	state[0].SetUint64(uint64(len(elems)))
	for start := 0; start < len(elems) || start == 0; start += spongeRate {
		for i := 0; i < spongeRate && start+i < len(elems); i++ {
			var x fr.Element
			x.SetBigInt(elems[start+i])
			state[1+i].Add(&state[1+i], &x)
		}
		if err := perm.Permutation(state); err != nil {
			panic(err) // only on a width mismatch
		}
	}
	return state[1].Bytes()
}

// CommitFormat is the version of the commitment formats (input, weights) and of the statement that
// carries them. Format 1 hashed inputs and weights without a salt or a domain tag; it is refused.
const CommitFormat = 2

// Domain tags: the first element every commitment absorbs, so that an input commitment can never be
// read as a weights commitment (or a commitment of another format) and the other way round.
var (
	inputTag   = new(big.Int).SetBytes([]byte("cohort/zk/input/v2"))
	weightsTag = new(big.Int).SetBytes([]byte("cohort/zk/weights/v2"))
)

// NewSalt returns a uniformly random field element from crypto/rand: the private salt of one
// commitment. Whoever commits draws it and keeps it from everyone who must not learn the committed
// values; the prover needs it, the verifier of a proof never does.
func NewSalt() Element {
	v, err := rand.Int(rand.Reader, fieldModulus())
	if err != nil {
		panic(err) // crypto/rand does not fail on supported platforms
	}
	var e Element
	v.FillBytes(e[:])
	return e
}

// InputCommitment returns the commitment to an input that the circuit makes public: the Poseidon2 hash
// of (the input domain tag, the salt, the input packed at InBits per value). Without the salt a
// low-entropy input (a few booleans, a small integer) would be recovered by hashing every candidate.
func (q *QModel) InputCommitment(x []int64, salt Element) [32]byte {
	return Poseidon2(append([]*big.Int{inputTag, salt.Big()}, Pack(x, q.inputWidths())...))
}

func (q *QModel) inputWidths() []int {
	w := make([]int, q.Inputs())
	for i := range w {
		w[i] = q.InBits
	}
	return w
}

// flatParams returns every weight and bias in circuit order (per dense layer or LSTM cell: weights row
// by row, then biases; LSTM cells first, then the dense layers) and their packing widths.
func (q *QModel) flatParams() (vals []int64, widths []int) {
	add := func(w [][]int64, b []int64) {
		for _, r := range w {
			vals = append(vals, r...)
			for range r {
				widths = append(widths, q.WBits)
			}
		}
		vals = append(vals, b...)
		for range b {
			widths = append(widths, BiasBits)
		}
	}
	for _, c := range q.LSTM {
		add(append(append([][]int64{}, c.Wx...), c.Wh...), c.B)
	}
	for _, d := range q.Layers {
		add(d.W, d.B)
	}
	return vals, widths
}

// shapeElems encodes the circuit's shape and formats as field elements: the kind, the fixed-point
// formats (fractional bits, bit widths, table bits, steps, the bias width, the activation), then every
// layer's size. The weights commitment absorbs them after its domain tag, so the same weights under
// another shape or format (another scale, say) give another model id.
func (q *QModel) shapeElems() []*big.Int {
	act := "relu"
	if q.Kind == KindLSTM {
		act = "lstm-sigmoid-tanh"
	}
	e := []*big.Int{
		new(big.Int).SetBytes([]byte(q.Kind)),
		new(big.Int).SetBytes([]byte(act)),
	}
	for _, v := range []int{q.InFrac, q.InBits, q.WFrac, q.WBits, q.ActBits, q.TableBits, q.Steps, BiasBits,
		len(q.LSTM), len(q.Layers)} {
		e = append(e, big.NewInt(int64(v)))
	}
	for _, c := range q.LSTM {
		e = append(e, big.NewInt(int64(len(c.Wx))), big.NewInt(int64(len(c.Wx[0]))), big.NewInt(int64(len(c.Wh[0]))))
	}
	for _, d := range q.Layers {
		e = append(e, big.NewInt(int64(len(d.W))), big.NewInt(int64(len(d.W[0]))))
	}
	return e
}

// weightsHeader is what the weights commitment absorbs before the packed weights: the domain tag, the
// shape and formats, the salt.
func (q *QModel) weightsHeader() []*big.Int {
	h := append([]*big.Int{weightsTag}, q.shapeElems()...)
	var salt Element
	if q.WeightsSalt != nil {
		salt = *q.WeightsSalt
	}
	return append(h, salt.Big())
}

// WeightsCommitment is the registered model id of an LSTM proven with private weights: the Poseidon2
// hash of (the weights domain tag, the shape and formats, the model's WeightsSalt, then the weights
// and biases packed, each range-checked in the circuit). Logistic regressions and MLPs with private
// weights are identified by their model key instead (keyParams, modelkey.go).
func (q *QModel) WeightsCommitment() [32]byte {
	v, w := q.flatParams()
	return Poseidon2(append(q.weightsHeader(), Pack(v, w)...))
}

// keyParams returns a private dense model's parameters as the circuit's last public inputs take them
// (Circuit.Params) and its model key folds them: every layer's packed operands (denseOperands, group
// by group, input by input), then every layer's biases (negative ones as field elements), then the
// weights salt.
func (q *QModel) keyParams() []*big.Int {
	var out []*big.Int
	for l := range q.Layers {
		for _, g := range q.denseOperands(l) {
			out = append(out, g...)
		}
	}
	for _, d := range q.Layers {
		for _, b := range d.B {
			out = append(out, fieldInt(b))
		}
	}
	var salt Element
	if q.WeightsSalt != nil {
		salt = *q.WeightsSalt
	}
	return append(out, salt.Big())
}

// keyParamCount is len(keyParams()) without computing them.
func (q *QModel) keyParamCount() int {
	n := 1
	for l, d := range q.Layers {
		_, p := q.denseSlots(l)
		n += (len(d.W)+p-1)/p*len(d.W[0]) + len(d.B)
	}
	return n
}

// denseSlots returns, for private dense layer l, the slot width b of its packed operands and the
// number p of output rows one operand carries: b = WBits + (the input's bits) + bits.Len(inputs), so
// that a row's sum of products fits a slot, and p*b below the field's safe bits.
func (q *QModel) denseSlots(l int) (b, p int) {
	xBits := q.InBits
	if l > 0 {
		xBits = q.ActBits - 1 // ReLU outputs
	}
	b = q.WBits + xBits + bits.Len(uint(len(q.Layers[l].W[0])))
	return b, packSlots(b)
}

// denseOperands returns dense layer l's packed operands: for each group of p output rows (denseSlots)
// and each input i, W = sum_k u_{k,i} 2^(k*b), where u = w + 2^(WBits-1) in [0, 2^WBits) are the
// offset weights of the group's rows k. One multiplication W * v_i computes the group's p products
// for input i in separate slots (weightSource.densePacked).
func (q *QModel) denseOperands(l int) [][]*big.Int {
	w := q.Layers[l].W
	b, p := q.denseSlots(l)
	off := int64(1) << (q.WBits - 1)
	var out [][]*big.Int
	for start := 0; start < len(w); start += p {
		g := make([]*big.Int, len(w[0]))
		for i := range g {
			g[i] = new(big.Int)
			for k := start; k < min(start+p, len(w)); k++ {
				u := big.NewInt(w[k][i] + off)
				g[i].Add(g[i], u.Lsh(u, uint((k-start)*b)))
			}
		}
		out = append(out, g)
	}
	return out
}
