package fl

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"math"
	"math/rand/v2"
	"slices"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/dataset"
)

// Checkpointed local training (issue 12, training verification).
//
// TrainCheckpointed runs exactly the optimizer steps Train runs (same batch order, same arithmetic, the
// same final parameters bit for bit) and cuts them into blocks of BlockSteps steps. Checkpoint i is the
// whole training state before block i (TrainState: parameters, optimizer moments, Adam's bias
// powers, step count, block index) hashed under a domain-separated SHA-256 (TrainState.Hash); checkpoint 0
// is the state Train starts from (the global model, zero moments), the last one the state after the
// last step. The checkpoints are the leaves of a Merkle tree (MerkleTree) whose root the trainer
// commits with its update. The batch order depends only on the configuration and the row count
// (BatchSchedule), so anyone can list the rows a block reads; given the state at checkpoint i and those
// rows (BlockDisclosure, each row proven against the trainer's data commitment DataRoot), ReplayBlock
// recomputes checkpoint i+1 bit-exactly. DP-SGD is refused: its sampling and noise come from a secret
// seed nobody else may learn, so it cannot be re-executed.

// Limits of checkpointed training and of a disclosure decoded from outside bytes.
const (
	MaxCheckpointBlocks = 1 << 16 // checkpoints per chain, blocks + 1
	MaxBlockSteps       = 1 << 16 // optimizer steps per block
	MaxMerkleDepth      = 24      // 16M leaves: data rows or checkpoints
	MaxDisclosedParams  = 1 << 22 // parameters in a disclosed state
	MaxDisclosedRows    = 1 << 16 // rows in one block disclosure
	MaxDisclosedWidth   = 1 << 16 // features per disclosed row
	MaxDisclosureBytes  = 64 << 20
)

// DefaultBlockSteps is the step block size a trainer uses when the task does not set one.
const DefaultBlockSteps = 8

var emptyLeaf = sha256.Sum256([]byte("cohort/fl/merkle-empty\x00"))

// MerkleNode is the hash of an inner node: SHA-256("cohort/fl/merkle-node\x00" || l || r). The
// TrainingDispute contract computes the same.
func MerkleNode(l, r [32]byte) [32]byte {
	b := make([]byte, 0, 22+64)
	b = append(b, "cohort/fl/merkle-node\x00"...)
	b = append(b, l[:]...)
	return sha256.Sum256(append(b, r[:]...))
}

// MerkleTree is a binary hash tree over leaf hashes, padded with an empty leaf to a power of two.
type MerkleTree struct {
	n      int
	levels [][][32]byte // levels[0]: leaves (padded); last: the root
}

// NewMerkleTree builds the tree of leaves (1 to 2^MaxMerkleDepth of them).
func NewMerkleTree(leaves [][32]byte) (*MerkleTree, error) {
	if len(leaves) == 0 || len(leaves) > 1<<MaxMerkleDepth {
		return nil, cohort.Errorf(cohort.EInvalid, "merkle: %d leaves, want 1 to %d", len(leaves), 1<<MaxMerkleDepth)
	}
	w := 1
	for w < len(leaves) {
		w *= 2
	}
	l0 := make([][32]byte, w)
	copy(l0, leaves)
	for i := len(leaves); i < w; i++ {
		l0[i] = emptyLeaf
	}
	t := &MerkleTree{n: len(leaves), levels: [][][32]byte{l0}}
	for cur := l0; len(cur) > 1; {
		next := make([][32]byte, len(cur)/2)
		for i := range next {
			next[i] = MerkleNode(cur[2*i], cur[2*i+1])
		}
		t.levels = append(t.levels, next)
		cur = next
	}
	return t, nil
}

// Root is the tree's root.
func (t *MerkleTree) Root() [32]byte { return t.levels[len(t.levels)-1][0] }

// Len is the number of leaves (before padding).
func (t *MerkleTree) Len() int { return t.n }

// Leaf returns leaf i.
func (t *MerkleTree) Leaf(i int) [32]byte { return t.levels[0][i] }

// Proof returns leaf i's authentication path, leaf level first.
func (t *MerkleTree) Proof(i int) [][32]byte {
	p := make([][32]byte, 0, len(t.levels)-1)
	for _, lv := range t.levels[:len(t.levels)-1] {
		p = append(p, lv[i^1])
		i /= 2
	}
	return p
}

// VerifyMerkle reports whether path proves leaf at index i under root.
func VerifyMerkle(root [32]byte, i uint64, leaf [32]byte, path [][32]byte) bool {
	if len(path) > MaxMerkleDepth || i>>len(path) != 0 {
		return false
	}
	h := leaf
	for _, s := range path {
		if i&1 == 0 {
			h = MerkleNode(h, s)
		} else {
			h = MerkleNode(s, h)
		}
		i >>= 1
	}
	return h == root
}

// RowHash is a data row's Merkle leaf: SHA-256("cohort/fl/data-row\x00" || index u32 || label i32 ||
// D u32 || features as float64 bits), big-endian.
func RowHash(index int, x []float64, label int) [32]byte {
	b := make([]byte, 0, 19+12+8*len(x))
	b = append(b, "cohort/fl/data-row\x00"...)
	b = binary.BigEndian.AppendUint32(b, uint32(index))
	b = binary.BigEndian.AppendUint32(b, uint32(int32(label)))
	b = binary.BigEndian.AppendUint32(b, uint32(len(x)))
	for _, v := range x {
		b = binary.BigEndian.AppendUint64(b, math.Float64bits(v))
	}
	return sha256.Sum256(b)
}

// DataTree is the Merkle tree over d's rows (RowHash); its root is a trainer's data commitment.
func DataTree(d *dataset.Dataset) (*MerkleTree, error) {
	if d == nil || d.N == 0 {
		return nil, cohort.Errorf(cohort.EInvalid, "data tree: no rows")
	}
	leaves := make([][32]byte, d.N)
	for i := range leaves {
		leaves[i] = RowHash(i, d.Row(i), d.Y[i])
	}
	return NewMerkleTree(leaves)
}

// TrainState is the whole state of local training at a checkpoint: what re-executing the next block
// needs besides the global model (FedProx's anchor), the configuration and the block's rows.
type TrainState struct {
	Block    int       // checkpoint index
	Step     int       // optimizer steps taken
	Params   []float64 // model parameters
	Moment1  []float64 // SGD momentum or Adam's first moment
	Moment2  []float64 // Adam's second moment; nil under SGD
	B1t, B2t float64   // Adam: beta1^t and beta2^t (0 before the first step)
}

// Hash is the checkpoint of s: SHA-256("cohort/fl/checkpoint\x00" || block u32 || step u32 || B1t ||
// B2t || len(Params) u32 || Params || len(Moment1) u32 || Moment1 || len(Moment2) u32 || Moment2),
// every float as its IEEE-754 bits, big-endian.
func (s *TrainState) Hash() [32]byte {
	h := sha256.New()
	b := make([]byte, 0, 4096)
	b = append(b, "cohort/fl/checkpoint\x00"...)
	b = binary.BigEndian.AppendUint32(b, uint32(s.Block))
	b = binary.BigEndian.AppendUint32(b, uint32(s.Step))
	b = binary.BigEndian.AppendUint64(b, math.Float64bits(s.B1t))
	b = binary.BigEndian.AppendUint64(b, math.Float64bits(s.B2t))
	for _, v := range [][]float64{s.Params, s.Moment1, s.Moment2} {
		b = binary.BigEndian.AppendUint32(b, uint32(len(v)))
		for _, x := range v {
			if len(b) >= 4088 {
				h.Write(b)
				b = b[:0]
			}
			b = binary.BigEndian.AppendUint64(b, math.Float64bits(x))
		}
	}
	h.Write(b)
	return [32]byte(h.Sum(nil))
}

// InitialState is checkpoint 0 of training from global under cfg: the global parameters, zero moments.
func InitialState(global []float64, cfg TrainConfig) TrainState {
	s := TrainState{Params: slices.Clone(global), Moment1: make([]float64, len(global))}
	if cfg.Optimizer == OptAdam {
		s.Moment2 = make([]float64, len(global))
	}
	return s
}

func (t *trainer) state(block, step int) TrainState {
	s := TrainState{Block: block, Step: step, Params: slices.Clone(t.m.Params), Moment1: slices.Clone(t.v), B1t: t.b1t, B2t: t.b2t}
	if t.s != nil {
		s.Moment2 = slices.Clone(t.s)
	}
	return s
}

// ScheduleConfig returns cfg as checkpointed training runs it on rows rows: adapted (TrainConfig.Adapt)
// and validated; DP-SGD is refused (it cannot be re-executed by anyone but the trainer).
func ScheduleConfig(cfg TrainConfig, rows int) (TrainConfig, error) {
	if err := cfg.Validate(); err != nil {
		return cfg, err
	}
	if cfg.DP.Enabled() {
		return cfg, cohort.Errorf(cohort.EInvalid, "checkpointed training: DP-SGD cannot be re-executed by a validator")
	}
	if rows < 1 || rows > 1<<MaxMerkleDepth {
		return cfg, cohort.Errorf(cohort.EInvalid, "checkpointed training: %d rows, want 1 to %d", rows, 1<<MaxMerkleDepth)
	}
	if cfg.Adapt {
		cfg = cfg.AdaptTo(rows)
	}
	return cfg, nil
}

// BatchSchedule lists the batches (row indices) of every optimizer step Train takes on rows rows under
// cfg (already passed through ScheduleConfig): it depends on the seed, the epochs, the batch size and
// the row count only, so a validator computes it without the data.
func BatchSchedule(cfg TrainConfig, rows int) [][]int {
	r := rand.New(rand.NewPCG(cfg.Seed, 0xda3e39cb94b95bdb))
	perm := make([]int, rows)
	var out [][]int
	for range cfg.Epochs {
		for i := range perm {
			perm[i] = i
		}
		r.Shuffle(len(perm), func(a, b int) { perm[a], perm[b] = perm[b], perm[a] })
		for lo := 0; lo < rows; lo += cfg.BatchSize {
			out = append(out, slices.Clone(perm[lo:min(lo+cfg.BatchSize, rows)]))
		}
	}
	return out
}

// Blocks is the number of step blocks of steps steps cut into blocks of blockSteps.
func Blocks(steps, blockSteps int) int { return (steps + blockSteps - 1) / blockSteps }

// CheckpointChain is a trainer's record of one round: every checkpoint's state (kept to answer
// disclosures), the Merkle tree over their hashes and the data tree.
type CheckpointChain struct {
	BlockSteps int
	Steps      int
	Rows       int
	States     []TrainState // Blocks+1 checkpoints
	Tree       *MerkleTree  // over States' hashes
	Data       *MerkleTree  // over the rows (DataTree)
	schedule   [][]int
	data       *dataset.Dataset
}

// Root is the checkpoint root the trainer commits.
func (c *CheckpointChain) Root() [32]byte { return c.Tree.Root() }

// TrainCheckpointed is Train (all of d's rows) recording a checkpoint every blockSteps optimizer steps.
// m.Params ends bit for bit as Train leaves them.
func TrainCheckpointed(ctx context.Context, m *Model, d *dataset.Dataset, cfg TrainConfig, blockSteps int) (TrainStats, *CheckpointChain, error) {
	if blockSteps < 1 || blockSteps > MaxBlockSteps {
		return TrainStats{}, nil, cohort.Errorf(cohort.EInvalid, "checkpointed training: block of %d steps, want 1 to %d", blockSteps, MaxBlockSteps)
	}
	if err := checkData(m.Spec, d); err != nil {
		return TrainStats{}, nil, err
	}
	if len(m.Params) != m.Spec.NumParams() {
		return TrainStats{}, nil, cohort.Errorf(cohort.EInvalid, "train: model has %d parameters, want %d", len(m.Params), m.Spec.NumParams())
	}
	cfg, err := ScheduleConfig(cfg, d.N)
	if err != nil {
		return TrainStats{}, nil, err
	}
	sched := BatchSchedule(cfg, d.N)
	nb := Blocks(len(sched), blockSteps)
	if nb+1 > MaxCheckpointBlocks {
		return TrainStats{}, nil, cohort.Errorf(cohort.EInvalid, "checkpointed training: %d blocks, want at most %d (raise the block size)", nb, MaxCheckpointBlocks-1)
	}
	if err := checkDisclosureSize(m.Spec, d.N, min(d.N, blockSteps*cfg.BatchSize)); err != nil {
		return TrainStats{}, nil, err
	}
	t := newTrainer(m, cfg)
	c := &CheckpointChain{BlockSteps: blockSteps, Steps: len(sched), Rows: d.N, schedule: sched, data: d}
	c.States = append(c.States, t.state(0, 0))
	perEpoch := (d.N + cfg.BatchSize - 1) / cfg.BatchSize
	var st TrainStats
	lossSum := 0.0
	for k, batch := range sched {
		if k%16 == 0 {
			if err := ctx.Err(); err != nil {
				return st, nil, err
			}
		}
		if k%perEpoch == 0 {
			lossSum = 0
		}
		lossSum += t.step(d, batch)
		st.Steps++
		if st.Steps%blockSteps == 0 || st.Steps == len(sched) {
			c.States = append(c.States, t.state(len(c.States), st.Steps))
		}
	}
	st.Loss, st.Samples = lossSum/float64(d.N), d.N
	if err := checkFinite(m); err != nil {
		return st, nil, err
	}
	leaves := make([][32]byte, len(c.States))
	for i := range c.States {
		leaves[i] = c.States[i].Hash()
	}
	if c.Tree, err = NewMerkleTree(leaves); err != nil {
		return st, nil, err
	}
	if c.Data, err = DataTree(d); err != nil {
		return st, nil, err
	}
	return st, c, nil
}

// checkDisclosureSize refuses a chain whose block disclosures could exceed the decoder's limits: a
// block reading up to rows rows of a data set of n rows.
func checkDisclosureSize(spec ModelSpec, n, rows int) error {
	depth := 0
	for 1<<depth < n {
		depth++
	}
	size := 3*8*spec.NumParams() + rows*(13+8*spec.Inputs+1+32*depth) + 2*(1+32*20) + 128
	if rows > MaxDisclosedRows || spec.NumParams() > MaxDisclosedParams || spec.Inputs > MaxDisclosedWidth || size > MaxDisclosureBytes {
		return cohort.Errorf(cohort.EInvalid, "checkpointed training: a block disclosure of %d rows would take about %d bytes (limits %d rows, %d bytes): lower the block size", rows, size, MaxDisclosedRows, MaxDisclosureBytes)
	}
	return nil
}

// BlockRows returns the distinct rows block b of a schedule reads, ascending.
func BlockRows(sched [][]int, blockSteps, b int) []int {
	lo, hi := b*blockSteps, min((b+1)*blockSteps, len(sched))
	var rows []int
	for _, batch := range sched[lo:hi] {
		rows = append(rows, batch...)
	}
	slices.Sort(rows)
	return slices.Compact(rows)
}

// DisclosedRow is one data row with its proof against the data root.
type DisclosedRow struct {
	Index int
	Label int
	X     []float64
	Proof [][32]byte
}

// BlockDisclosure is what a trainer reveals so that block Block can be re-executed: the state at
// checkpoint Block with its proof, the hash of checkpoint Block+1 with its proof (what re-execution
// must reproduce), and every row the block reads with its proof against the data root.
type BlockDisclosure struct {
	Block      int
	State      TrainState
	StateProof [][32]byte
	Next       [32]byte
	NextProof  [][32]byte
	Rows       []DisclosedRow
}

// Disclose returns the disclosure of block b.
func (c *CheckpointChain) Disclose(b int) (*BlockDisclosure, error) {
	if b < 0 || b+1 >= len(c.States) {
		return nil, cohort.Errorf(cohort.EInvalid, "disclose: block %d outside [0,%d)", b, len(c.States)-1)
	}
	ds := &BlockDisclosure{Block: b, State: c.States[b], StateProof: c.Tree.Proof(b), Next: c.Tree.Leaf(b + 1), NextProof: c.Tree.Proof(b + 1)}
	for _, i := range BlockRows(c.schedule, c.BlockSteps, b) {
		ds.Rows = append(ds.Rows, DisclosedRow{Index: i, Label: c.data.Y[i], X: slices.Clone(c.data.Row(i)), Proof: c.Data.Proof(i)})
	}
	return ds, nil
}

// ChainClaim is what a trainer commits to about its checkpoint chain; a verifier checks disclosures
// against it.
type ChainClaim struct {
	Root       [32]byte // checkpoint Merkle root
	DataRoot   [32]byte // data Merkle root
	Rows       int      // training rows
	Steps      int      // optimizer steps
	BlockSteps int
}

// Checkpoints is the number of checkpoints (leaves) the claim's chain has.
func (c ChainClaim) Checkpoints() int { return Blocks(c.Steps, c.BlockSteps) + 1 }

// ErrCheckpointMismatch marks a block whose re-execution does not reproduce the committed next
// checkpoint (under a coded EInvalid error): the trainer's chain is false there.
var ErrCheckpointMismatch = cohort.Errorf(cohort.EInvalid, "re-executed block does not reproduce the committed checkpoint")

// ReplayBlock checks ds against claim and re-executes its block from the global model (the round's
// starting model, FedProx's anchor) under cfg (the trainer's round configuration, before
// ScheduleConfig). It returns the recomputed state at checkpoint Block+1. An error that is
// ErrCheckpointMismatch means the proofs held but the result differs from the committed checkpoint;
// any other error means the disclosure itself is invalid (a false proof, a wrong shape), which also
// counts against the trainer.
func ReplayBlock(ctx context.Context, spec ModelSpec, global []float64, cfg TrainConfig, claim ChainClaim, ds *BlockDisclosure) (TrainState, error) {
	cfg, err := ScheduleConfig(cfg, claim.Rows)
	if err != nil {
		return TrainState{}, err
	}
	if claim.BlockSteps < 1 || claim.BlockSteps > MaxBlockSteps {
		return TrainState{}, cohort.Errorf(cohort.EInvalid, "replay: block of %d steps", claim.BlockSteps)
	}
	sched := BatchSchedule(cfg, claim.Rows)
	if len(sched) != claim.Steps {
		return TrainState{}, cohort.Errorf(cohort.EInvalid, "replay: claim says %d steps, the configuration takes %d", claim.Steps, len(sched))
	}
	nb := Blocks(claim.Steps, claim.BlockSteps)
	b := ds.Block
	s := &ds.State
	n := spec.NumParams()
	switch {
	case b < 0 || b >= nb:
		return TrainState{}, cohort.Errorf(cohort.EInvalid, "replay: block %d outside [0,%d)", b, nb)
	case s.Block != b || s.Step != b*claim.BlockSteps:
		return TrainState{}, cohort.Errorf(cohort.EInvalid, "replay: state is block %d step %d, want block %d step %d", s.Block, s.Step, b, b*claim.BlockSteps)
	case len(global) != n || len(s.Params) != n || len(s.Moment1) != n:
		return TrainState{}, cohort.Errorf(cohort.EInvalid, "replay: state has %d parameters, model %s wants %d", len(s.Params), spec, n)
	case (cfg.Optimizer == OptAdam) != (s.Moment2 != nil) || (s.Moment2 != nil && len(s.Moment2) != n):
		return TrainState{}, cohort.Errorf(cohort.EInvalid, "replay: second moment does not fit optimizer %s", cfg.Optimizer)
	case !VerifyMerkle(claim.Root, uint64(b), s.Hash(), ds.StateProof):
		return TrainState{}, cohort.Errorf(cohort.EInvalid, "replay: state of block %d is not the committed checkpoint", b)
	case !VerifyMerkle(claim.Root, uint64(b+1), ds.Next, ds.NextProof):
		return TrainState{}, cohort.Errorf(cohort.EInvalid, "replay: checkpoint %d has no valid proof", b+1)
	}
	if b == 0 {
		init := InitialState(global, cfg)
		if init.Hash() != s.Hash() {
			return TrainState{}, cohort.Errorf(cohort.EInvalid, "replay: checkpoint 0 is not the global model")
		}
	}
	want := BlockRows(sched, claim.BlockSteps, b)
	if len(ds.Rows) != len(want) {
		return TrainState{}, cohort.Errorf(cohort.EInvalid, "replay: %d rows disclosed, block %d reads %d", len(ds.Rows), b, len(want))
	}
	d := &dataset.Dataset{N: len(want), D: spec.Inputs, X: make([]float64, 0, len(want)*spec.Inputs), Y: make([]int, len(want))}
	local := make(map[int]int, len(want))
	for k, r := range ds.Rows {
		if r.Index != want[k] || len(r.X) != spec.Inputs || r.Label < 0 || r.Label >= spec.Classes {
			return TrainState{}, cohort.Errorf(cohort.EInvalid, "replay: disclosed row %d (index %d) does not fit the block or the model", k, r.Index)
		}
		if !VerifyMerkle(claim.DataRoot, uint64(r.Index), RowHash(r.Index, r.X, r.Label), r.Proof) {
			return TrainState{}, cohort.Errorf(cohort.EInvalid, "replay: row %d is not in the committed data", r.Index)
		}
		local[r.Index] = k
		d.X = append(d.X, r.X...)
		d.Y[k] = r.Label
	}
	m := &Model{Spec: spec, Params: slices.Clone(s.Params)}
	t := newTrainer(m, cfg)
	copy(t.v, s.Moment1)
	if t.s != nil {
		copy(t.s, s.Moment2)
	}
	t.b1t, t.b2t = s.B1t, s.B2t
	if t.anchor != nil {
		copy(t.anchor, global)
	}
	lo, hi := b*claim.BlockSteps, min((b+1)*claim.BlockSteps, claim.Steps)
	idx := make([]int, 0, cfg.BatchSize)
	for k := lo; k < hi; k++ {
		if err := ctx.Err(); err != nil {
			return TrainState{}, err
		}
		idx = idx[:0]
		for _, r := range sched[k] {
			idx = append(idx, local[r])
		}
		t.step(d, idx)
	}
	next := t.state(b+1, hi)
	if next.Hash() != ds.Next {
		return next, ErrCheckpointMismatch
	}
	return next, nil
}

// CheckFinal checks the last checkpoint's state against the update the trainer sent: its delta
// (final parameters - global) rounded to float32, as the wire carries it. proof proves final at index
// Checkpoints()-1.
func CheckFinal(claim ChainClaim, final *TrainState, proof [][32]byte, global, delta []float64) error {
	last := claim.Checkpoints() - 1
	if final.Block != last || final.Step != claim.Steps {
		return cohort.Errorf(cohort.EInvalid, "final checkpoint: block %d step %d, want %d %d", final.Block, final.Step, last, claim.Steps)
	}
	if !VerifyMerkle(claim.Root, uint64(last), final.Hash(), proof) {
		return cohort.Errorf(cohort.EInvalid, "final checkpoint: state is not the committed checkpoint %d", last)
	}
	if len(delta) != len(final.Params) || len(global) != len(final.Params) {
		return cohort.Errorf(cohort.EInvalid, "final checkpoint: %d parameters, update has %d, global model %d", len(final.Params), len(delta), len(global))
	}
	for i, v := range final.Params {
		if math.Float64bits(float64(float32(v-global[i]))) != math.Float64bits(delta[i]) {
			return cohort.Errorf(cohort.EInvalid, "final checkpoint: update differs from the last checkpoint's parameters at %d", i)
		}
	}
	return nil
}

// WireDelta is the update a trainer sends for final parameters trained from global: final - global,
// rounded to float32.
func WireDelta(final, global []float64) []float64 {
	d := make([]float64, len(final))
	for i := range d {
		d[i] = final[i] - global[i]
	}
	RoundFloat32(d)
	return d
}
