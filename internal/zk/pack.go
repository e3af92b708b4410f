package zk

import (
	"math/big"

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

// InputCommitment returns the commitment to an input that the circuit makes public: the Poseidon2 hash
// of the input packed at InBits per value.
func (q *QModel) InputCommitment(x []int64) [32]byte {
	return Poseidon2(Pack(x, q.inputWidths()))
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

// WeightsCommitment is the registered model id of a model proven with private weights: the Poseidon2
// hash of its packed weights and biases.
func (q *QModel) WeightsCommitment() [32]byte {
	v, w := q.flatParams()
	return Poseidon2(Pack(v, w))
}
