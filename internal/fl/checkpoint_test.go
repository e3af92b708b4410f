package fl

import (
	"bytes"
	"context"
	"errors"
	"math"
	"slices"
	"testing"
)

func ckptSetup(t testing.TB, opt string, prox float64) (ModelSpec, []float64, TrainConfig) {
	t.Helper()
	spec := ModelSpec{Kind: KindMLP, Inputs: 5, Classes: 3, Hidden: []int{4}}
	m, err := NewModel(spec, 7)
	if err != nil {
		t.Fatal(err)
	}
	cfg := TrainConfig{Optimizer: opt, LR: 0.05, Momentum: 0.9, L2: 1e-4, ProxMu: prox, Epochs: 3, BatchSize: 8, Seed: 42}
	if opt == OptAdam {
		cfg.Momentum, cfg.LR = 0, 0.01
	}
	return spec, m.Params, cfg
}

func claimOf(c *CheckpointChain) ChainClaim {
	return ChainClaim{Root: c.Root(), DataRoot: c.Data.Root(), Rows: c.Rows, Steps: c.Steps, BlockSteps: c.BlockSteps}
}

func TestCheckpointMatchesTrainAndReplays(t *testing.T) {
	ctx := context.Background()
	d := randData(70, 5, 3, 3)
	for _, tc := range []struct {
		opt  string
		prox float64
	}{{OptSGD, 0}, {OptSGD, 0.1}, {OptAdam, 0}} {
		spec, global, cfg := ckptSetup(t, tc.opt, tc.prox)
		plain := &Model{Spec: spec, Params: slices.Clone(global)}
		want, err := Train(ctx, plain, d, cfg)
		if err != nil {
			t.Fatal(err)
		}
		m := &Model{Spec: spec, Params: slices.Clone(global)}
		st, c, err := TrainCheckpointed(ctx, m, d, cfg, 4)
		if err != nil {
			t.Fatal(err)
		}
		for i := range m.Params {
			if math.Float64bits(m.Params[i]) != math.Float64bits(plain.Params[i]) {
				t.Fatalf("%s: param %d differs from Train: %v vs %v", tc.opt, i, m.Params[i], plain.Params[i])
			}
		}
		if st.Steps != want.Steps || st.Loss != want.Loss {
			t.Fatalf("%s: stats %+v, Train %+v", tc.opt, st, want)
		}
		if got := len(c.States); got != Blocks(st.Steps, 4)+1 || st.Steps != 27 {
			t.Fatalf("%s: %d checkpoints for %d steps", tc.opt, got, st.Steps)
		}
		claim := claimOf(c)
		for b := range len(c.States) - 1 {
			ds, err := c.Disclose(b)
			if err != nil {
				t.Fatal(err)
			}
			next, err := ReplayBlock(ctx, spec, global, cfg, claim, ds)
			if err != nil {
				t.Fatalf("%s: block %d: %v", tc.opt, b, err)
			}
			if next.Hash() != c.States[b+1].Hash() {
				t.Fatalf("%s: block %d replays to another state", tc.opt, b)
			}
		}
		last := len(c.States) - 1
		update := WireDelta(m.Params, global)
		if err := CheckFinal(claim, &c.States[last], c.Tree.Proof(last), global, update); err != nil {
			t.Fatal(err)
		}
		update[0] += 1e-3
		if err := CheckFinal(claim, &c.States[last], c.Tree.Proof(last), global, update); err == nil {
			t.Fatal("an update other than the last checkpoint's parameters passed CheckFinal")
		}
	}
}

// lazyChain rebuilds c's tree with the state after block skip replaced by the state before it (the
// trainer skipped that block's work but kept the step count right), and everything after it trained
// honestly from there would be as costly as training: the lazy trainer keeps its honest later states.
func lazyChain(t testing.TB, c *CheckpointChain, skip int) *CheckpointChain {
	t.Helper()
	lazy := *c
	lazy.States = slices.Clone(c.States)
	fake := c.States[skip]
	fake.Block, fake.Step = skip+1, c.States[skip+1].Step
	lazy.States[skip+1] = fake
	leaves := make([][32]byte, len(lazy.States))
	for i := range lazy.States {
		leaves[i] = lazy.States[i].Hash()
	}
	var err error
	if lazy.Tree, err = NewMerkleTree(leaves); err != nil {
		t.Fatal(err)
	}
	return &lazy
}

func TestCheckpointLazyBlockCaught(t *testing.T) {
	ctx := context.Background()
	d := randData(70, 5, 3, 3)
	spec, global, cfg := ckptSetup(t, OptSGD, 0)
	_, c, err := TrainCheckpointed(ctx, &Model{Spec: spec, Params: slices.Clone(global)}, d, cfg, 4)
	if err != nil {
		t.Fatal(err)
	}
	const skip = 3
	lazy := lazyChain(t, c, skip)
	claim := claimOf(lazy)
	caught := 0
	for b := range len(lazy.States) - 1 {
		ds, err := lazy.Disclose(b)
		if err != nil {
			t.Fatal(err)
		}
		_, err = ReplayBlock(ctx, spec, global, cfg, claim, ds)
		switch {
		case errors.Is(err, ErrCheckpointMismatch):
			caught++
			if b != skip && b != skip+1 {
				t.Errorf("block %d flagged, only %d and %d are false", b, skip, skip+1)
			}
		case err != nil:
			t.Fatalf("block %d: %v", b, err)
		}
	}
	if caught == 0 {
		t.Fatal("the skipped block was not caught")
	}
}

func TestReplayRejectsForgedDisclosure(t *testing.T) {
	ctx := context.Background()
	d := randData(40, 5, 3, 5)
	spec, global, cfg := ckptSetup(t, OptAdam, 0)
	_, c, err := TrainCheckpointed(ctx, &Model{Spec: spec, Params: slices.Clone(global)}, d, cfg, 3)
	if err != nil {
		t.Fatal(err)
	}
	claim := claimOf(c)
	forge := map[string]func(ds *BlockDisclosure){
		"row value":    func(ds *BlockDisclosure) { ds.Rows[0].X[1] += 0.5 },
		"row label":    func(ds *BlockDisclosure) { ds.Rows[0].Label = (ds.Rows[0].Label + 1) % 3 },
		"row dropped":  func(ds *BlockDisclosure) { ds.Rows = ds.Rows[1:] },
		"state":        func(ds *BlockDisclosure) { ds.State.Params[0] += 1e-9 },
		"moment":       func(ds *BlockDisclosure) { ds.State.Moment2[2] *= 2 },
		"next":         func(ds *BlockDisclosure) { ds.Next[0] ^= 1 },
		"block index":  func(ds *BlockDisclosure) { ds.Block++ },
		"state proof":  func(ds *BlockDisclosure) { ds.StateProof[0][0] ^= 1 },
		"row swap":     func(ds *BlockDisclosure) { ds.Rows[0], ds.Rows[1] = ds.Rows[1], ds.Rows[0] },
		"global model": nil,
	}
	for name, f := range forge {
		ds, err := c.Disclose(1)
		if err != nil {
			t.Fatal(err)
		}
		g := global
		if f != nil {
			f(ds)
		} else {
			g = slices.Clone(global)
			g[0] += 1 // another global model: the state at 0 is then not its initial state
			ds, _ = c.Disclose(0)
		}
		if _, err := ReplayBlock(ctx, spec, g, cfg, claim, ds); err == nil {
			t.Errorf("%s: forged disclosure accepted", name)
		}
	}
}

func TestBlockDisclosureRoundTrip(t *testing.T) {
	ctx := context.Background()
	d := randData(30, 5, 3, 9)
	spec, global, cfg := ckptSetup(t, OptAdam, 0)
	_, c, err := TrainCheckpointed(ctx, &Model{Spec: spec, Params: slices.Clone(global)}, d, cfg, 5)
	if err != nil {
		t.Fatal(err)
	}
	ds, _ := c.Disclose(2)
	b, err := ds.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var got BlockDisclosure
	if err := got.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	if _, err := ReplayBlock(ctx, spec, global, cfg, claimOf(c), &got); err != nil {
		t.Fatalf("decoded disclosure: %v", err)
	}
	for _, cut := range []int{0, 3, 10, len(b) / 2, len(b) - 1} {
		if err := got.UnmarshalBinary(b[:cut]); err == nil {
			t.Errorf("truncated at %d of %d decoded", cut, len(b))
		}
	}
	if err := got.UnmarshalBinary(append(slices.Clone(b), 0)); err == nil {
		t.Error("trailing byte accepted")
	}
}

func TestCheckpointRefusesDP(t *testing.T) {
	spec, global, cfg := ckptSetup(t, OptSGD, 0)
	cfg.DP = DPSGD{NoiseMultiplier: 1, Clip: 1, SampleRate: 0.1}
	_, _, err := TrainCheckpointed(context.Background(), &Model{Spec: spec, Params: global}, randData(20, 5, 3, 1), cfg, 4)
	if err == nil {
		t.Fatal("DP-SGD training was checkpointed")
	}
}

func FuzzBlockDisclosure(f *testing.F) {
	d := randData(12, 5, 3, 2)
	spec, global, cfg := ckptSetup(f, OptAdam, 0)
	_, c, err := TrainCheckpointed(context.Background(), &Model{Spec: spec, Params: global}, d, cfg, 2)
	if err != nil {
		f.Fatal(err)
	}
	ds, _ := c.Disclose(1)
	b, _ := ds.MarshalBinary()
	f.Add(b)
	f.Add([]byte("CKD1"))
	f.Fuzz(func(t *testing.T, b []byte) {
		var ds BlockDisclosure
		if err := ds.UnmarshalBinary(b); err != nil {
			return
		}
		again, err := ds.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(again, b) {
			t.Fatal("decode then encode changed the bytes")
		}
	})
}

// A trainer that trained on rows other than the ones it committed to (cheap made-up data, say)
// discloses rows that replay correctly but are not under its data root.
func TestReplayRejectsUncommittedRows(t *testing.T) {
	ctx := context.Background()
	spec, global, cfg := ckptSetup(t, OptSGD, 0)
	committed, used := randData(40, 5, 3, 5), randData(40, 5, 3, 6)
	_, honest, err := TrainCheckpointed(ctx, &Model{Spec: spec, Params: slices.Clone(global)}, committed, cfg, 4)
	if err != nil {
		t.Fatal(err)
	}
	_, c, err := TrainCheckpointed(ctx, &Model{Spec: spec, Params: slices.Clone(global)}, used, cfg, 4)
	if err != nil {
		t.Fatal(err)
	}
	claim := claimOf(c)
	claim.DataRoot = honest.Data.Root()
	for b := range 3 {
		ds, _ := c.Disclose(b)
		if _, err := ReplayBlock(ctx, spec, global, cfg, claim, ds); err == nil {
			t.Fatalf("block %d replayed on rows outside the committed data", b)
		}
	}
}

func TestCheckpointRefusesOversizedDisclosures(t *testing.T) {
	spec := ModelSpec{Kind: KindSoftmax, Inputs: 5, Classes: 3}
	if err := checkDisclosureSize(spec, 1<<20, 1<<17); err == nil {
		t.Fatal("a block of 131072 rows accepted")
	}
	if err := checkDisclosureSize(ModelSpec{Kind: KindMLP, Inputs: 784, Classes: 10, Hidden: []int{4096, 4096}}, 100, 64); err == nil {
		t.Fatal("a 20M-parameter state accepted")
	}
	if err := checkDisclosureSize(spec, 1000, 256); err != nil {
		t.Fatal(err)
	}
}
