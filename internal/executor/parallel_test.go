package executor

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"testing"

	"github.com/ipfs/go-cid"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/artifact"
	"github.com/cohort-net/cohort/internal/artifact/fsstore"
)

// fakeWorker returns a fixed model and sample count each epoch, stored in the shared store.
type fakeWorker struct {
	store   artifact.Store
	node    cohort.NodeID
	model   []byte
	samples int
	seen    []cid.Cid // the global model it was given, per epoch
}

func (w *fakeWorker) RunEpoch(ctx context.Context, epoch int, model cid.Cid) (*Outcome, error) {
	w.seen = append(w.seen, model)
	m, err := w.store.Put(ctx, bytes.NewReader(w.model))
	if err != nil {
		return nil, err
	}
	j, err := w.store.Put(ctx, bytes.NewReader(fmt.Appendf(nil, `{"samples": %d, "loss": 1}`, w.samples)))
	if err != nil {
		return nil, err
	}
	return &Outcome{Epoch: epoch, Node: w.node, Outputs: map[string]cid.Cid{"model.f32": m, "metrics.json": j}}, nil
}

func TestRunParallelAveragesBySamples(t *testing.T) {
	ctx := context.Background()
	store, err := fsstore.New(t.TempDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	a := &fakeWorker{store: store, node: cohort.NodeID{1}, model: EncodeF32([]float64{1, 0}), samples: 1}
	b := &fakeWorker{store: store, node: cohort.NodeID{2}, model: EncodeF32([]float64{4, 3}), samples: 2}
	p := Parallel{Epochs: 2, Model: "model.f32", Metrics: "metrics.json"}
	sums, err := RunParallel(ctx, store, []Worker{a, b}, p)
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeF32(getBytes(t, store, sums[0].Model))
	if err != nil || math.Abs(got[0]-3) > 1e-6 || math.Abs(got[1]-2) > 1e-6 {
		t.Fatalf("epoch 1 average %v (%v), want [3 2]", got, err)
	}
	if a.seen[0].Defined() || a.seen[1] != sums[0].Model {
		t.Fatalf("epoch 2 did not start from epoch 1's model: %v", a.seen)
	}
	// A node returning a model of another shape ends the run: nothing of that epoch is averaged.
	b.model = EncodeF32([]float64{1, 2, 3})
	if _, err := RunParallel(ctx, store, []Worker{a, b}, p); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("ragged models: %v", err)
	}
	b.model = EncodeF32([]float64{math.NaN(), 0})
	if _, err := RunParallel(ctx, store, []Worker{a, b}, p); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("a NaN model: %v", err)
	}
}

func FuzzDecodeF32(f *testing.F) {
	f.Add(EncodeF32([]float64{1, -2.5, 3e10}))
	f.Add([]byte{1, 2, 3})
	f.Fuzz(func(t *testing.T, b []byte) {
		v, err := DecodeF32(b)
		if err != nil {
			return
		}
		if !bytes.Equal(EncodeF32(v), b) {
			t.Fatalf("round trip changed %x", b)
		}
	})
}
