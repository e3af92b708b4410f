package executor

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"sync"

	"github.com/ipfs/go-cid"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/artifact"
	"github.com/cohort-net/cohort/internal/fl"
)

// Worker runs one epoch of a task's script on one node's shard, starting from the global model (an
// undefined CID in the first epoch: the script initializes it), and returns the outcome.
type Worker interface {
	RunEpoch(ctx context.Context, epoch int, model cid.Cid) (*Outcome, error)
}

// Parallel configures data-parallel training over several nodes.
type Parallel struct {
	Epochs  int
	Model   string // the output holding the model: little-endian float32 values, one flat vector
	Metrics string // the output holding the run's metrics: JSON with at least "samples"
}

// Metrics is what a script reports of its run in its metrics output.
type Metrics struct {
	Samples  int     `json:"samples"`
	Loss     float64 `json:"loss"`
	Accuracy float64 `json:"accuracy,omitempty"`
}

// EpochSummary is one epoch of a data-parallel run: the averaged model (the round commitment of that
// work) and the outcomes it was averaged from.
type EpochSummary struct {
	Epoch    int
	Model    cid.Cid
	Outcomes []*Outcome
	Loss     float64 // the sample-weighted mean of the nodes' reported losses
}

// RunParallel trains data-parallel: each epoch every worker runs the script on its shard from the
// current global model, and the models they return are averaged, weighted by the samples each
// reports (fl's FedAvg, the coordinator's rule for rounds), into the next global model, stored by CID.
// An epoch in which any worker fails ends the run with that error: nothing of it is averaged.
func RunParallel(ctx context.Context, store artifact.Store, workers []Worker, p Parallel) ([]EpochSummary, error) {
	if len(workers) == 0 || p.Epochs < 1 || p.Model == "" || p.Metrics == "" {
		return nil, cohort.Errorf(cohort.EInvalid, "data-parallel: want workers, epochs >= 1, a model and a metrics output")
	}
	agg, err := fl.NewStrategy(fl.StrategyConfig{Name: fl.StratFedAvg})
	if err != nil {
		return nil, err
	}
	var global []float64
	var model cid.Cid
	var out []EpochSummary
	for e := 1; e <= p.Epochs; e++ {
		outs, err := runEpoch(ctx, workers, e, model)
		if err != nil {
			return out, err
		}
		sum := EpochSummary{Epoch: e, Outcomes: outs}
		var ups []fl.Update
		var weight float64
		for _, o := range outs {
			params, m, err := readOutcome(ctx, store, o, p)
			if err != nil {
				return out, err
			}
			if global == nil {
				global = make([]float64, len(params)) // the first epoch averages the models themselves
			}
			if len(params) != len(global) {
				return out, cohort.Errorf(cohort.EInvalid, "node %s returned %d parameters, want %d", o.Node, len(params), len(global))
			}
			for i := range params {
				params[i] -= global[i]
			}
			ups = append(ups, fl.Update{Client: o.Node.String(), Delta: params, Samples: m.Samples})
			sum.Loss += m.Loss * float64(m.Samples)
			weight += float64(m.Samples)
		}
		sum.Loss /= weight
		if global, err = agg.Aggregate(global, ups); err != nil {
			return out, fmt.Errorf("epoch %d: average: %w", e, err)
		}
		if model, err = store.Put(ctx, bytes.NewReader(EncodeF32(global))); err != nil {
			return out, fmt.Errorf("epoch %d: store the model: %w", e, err)
		}
		sum.Model = model
		out = append(out, sum)
	}
	return out, nil
}

// runEpoch runs every worker at once and waits for them all.
func runEpoch(ctx context.Context, workers []Worker, epoch int, model cid.Cid) ([]*Outcome, error) {
	outs := make([]*Outcome, len(workers))
	errs := make([]error, len(workers))
	var wg sync.WaitGroup
	for i, w := range workers {
		wg.Go(func() { outs[i], errs[i] = w.RunEpoch(ctx, epoch, model) })
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("epoch %d: %w", epoch, err)
		}
	}
	return outs, nil
}

// readOutcome fetches a run's model and metrics.
func readOutcome(ctx context.Context, store artifact.Store, o *Outcome, p Parallel) ([]float64, Metrics, error) {
	var m Metrics
	mb, err := getAll(ctx, store, o.Outputs[p.Metrics])
	if err != nil {
		return nil, m, err
	}
	if err := json.Unmarshal(mb, &m); err != nil || m.Samples < 1 || math.IsNaN(m.Loss) {
		return nil, m, cohort.Errorf(cohort.EInvalid, "node %s: metrics %s: want JSON with samples >= 1 (%v)", o.Node, p.Metrics, err)
	}
	b, err := getAll(ctx, store, o.Outputs[p.Model])
	if err != nil {
		return nil, m, err
	}
	params, err := DecodeF32(b)
	if err != nil {
		return nil, m, fmt.Errorf("node %s: model: %w", o.Node, err)
	}
	return params, m, nil
}

func getAll(ctx context.Context, store artifact.Store, c cid.Cid) ([]byte, error) {
	rc, err := store.Get(ctx, c)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(rc)
}

// EncodeF32 writes a flat parameter vector as little-endian float32 values, the model format scripts
// exchange (numpy.fromfile(f, "<f4"), torch.frombuffer).
func EncodeF32(v []float64) []byte {
	b := make([]byte, 4*len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(float32(x)))
	}
	return b
}

// DecodeF32 reads EncodeF32's format, refusing a ragged length and values that are not finite.
func DecodeF32(b []byte) ([]float64, error) {
	if len(b) == 0 || len(b)%4 != 0 {
		return nil, cohort.Errorf(cohort.EInvalid, "model of %d bytes: want a whole number of float32 values", len(b))
	}
	v := make([]float64, len(b)/4)
	for i := range v {
		x := float64(math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:])))
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return nil, cohort.Errorf(cohort.EInvalid, "model value %d is not finite", i)
		}
		v[i] = x
	}
	return v, nil
}
