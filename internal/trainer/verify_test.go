package trainer

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/protocol"
	"github.com/cohort-net/cohort/internal/verify"
)

func verifyData() *dataset.Dataset {
	r := rand.New(rand.NewPCG(5, 1))
	d := &dataset.Dataset{N: 40, D: 2, Features: []string{"a", "b"}, Label: "y", Classes: []string{"0", "1"}}
	for range d.N {
		d.X = append(d.X, r.NormFloat64(), r.NormFloat64())
		d.Y = append(d.Y, r.IntN(2))
	}
	return d
}

// verifiedRound runs one round of a verification task against a fake coordinator and returns the
// validator's job for the update, a fetcher of disclosures signed by key, and the trainer's server.
func verifiedRound(t *testing.T, adv Adversary) (*verify.Job, func(*identity.Key) verify.Fetcher) {
	t.Helper()
	ckey, _ := identity.Generate()
	spec := protocol.TaskSpec{ID: "t", Coordinator: ckey.ID(), ChainID: 1337, Label: "y", Classes: []string{"0", "1"},
		Model: fl.ModelSpec{Kind: "logreg", Inputs: 2, Classes: 2}, Train: fl.TrainConfig{Optimizer: "sgd", LR: 0.1, Momentum: 0.5, Epochs: 2, BatchSize: 4},
		Strategy: fl.StrategyConfig{Name: "fedavg"}, Rounds: 1, Trainers: 1, MinParticipants: 1, RoundTimeoutMS: 10_000,
		Seed: 11, Verify: protocol.VerifySpec{BlockSteps: 3}}
	if err := spec.Validate(); err != nil {
		t.Fatal(err)
	}
	updates := make(chan []byte, 1)
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+protocol.PathTask, func(w http.ResponseWriter, r *http.Request) { json.NewEncoder(w).Encode(spec) })
	mux.HandleFunc("POST "+protocol.PathJoin, func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("{}")) })
	mux.HandleFunc("POST "+protocol.PathUpdate, func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		updates <- b
		w.Write([]byte(`{"round":1}`))
	})
	cs := httptest.NewServer(mux)
	t.Cleanup(cs.Close)
	tkey, _ := identity.Generate()
	tr, err := New(Config{Key: tkey, Recover: identity.Recover, CoordinatorURL: cs.URL, Coordinator: ckey.ID(), Endpoint: "http://x", Data: verifyData(), Adversary: adv})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(tr.Close)
	if err := tr.Join(context.Background()); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(tr.Handler())
	t.Cleanup(ts.Close)
	global := []float64{0.1, -0.2, 0.05}
	fl.RoundFloat32(global) // as the wire carries it
	body, _ := protocol.EncodeFrame(protocol.TrainHeader{Round: 1, DeadlineMS: time.Now().Add(time.Minute).UnixMilli(), Train: spec.Train}, global, nil, nil)
	req, _ := http.NewRequest(http.MethodPost, ts.URL+protocol.PathTrain, bytes.NewReader(body))
	protocol.Sign(req.Header, req.Method, req.URL.Path, body, ckey, 1337, "t", 1, time.Minute)
	resp, err := http.DefaultClient.Do(req)
	if err != nil || resp.StatusCode != 202 {
		t.Fatalf("train request: %v %v", resp, err)
	}
	resp.Body.Close()
	var u []byte
	select {
	case u = <-updates:
	case <-time.After(10 * time.Second):
		t.Fatal("no update delivered")
	}
	var h protocol.UpdateHeader
	tensors, err := protocol.DecodeFrame(u, protocol.DefaultLimits, &h)
	if err != nil {
		t.Fatal(err)
	}
	if err := spec.CheckCommit(h.Checkpoint); err != nil {
		t.Fatal(err)
	}
	c := protocol.Commitment(spec.ID, 1, tkey.ID(), global, tensors[0], h.Checkpoint)
	if err := verify.CheckSignature(c, h.Checkpoint.Sig, identity.Recover); err != nil {
		t.Fatal(err)
	}
	job := &verify.Job{Spec: spec.Model, Global: global, Config: fl.ClientConfig(spec.Train, spec.Strategy, spec.Seed, 1, tkey.ID().String()),
		Commitment: c, Update: tensors[0]}
	fetcher := func(k *identity.Key) verify.Fetcher {
		return func(ctx context.Context, b int) (*fl.BlockDisclosure, error) {
			body, _ := json.Marshal(protocol.DiscloseRequest{Round: 1, Block: b})
			req, _ := http.NewRequestWithContext(ctx, http.MethodPost, ts.URL+protocol.PathDisclose, bytes.NewReader(body))
			protocol.Sign(req.Header, req.Method, req.URL.Path, body, k, 1337, "t", 1, time.Minute)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				return nil, err
			}
			defer resp.Body.Close()
			raw, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != 200 {
				return nil, fmt.Errorf("disclose: %s: %s", resp.Status, raw)
			}
			var ds fl.BlockDisclosure
			return &ds, ds.UnmarshalBinary(raw)
		}
	}
	return job, func(k *identity.Key) verify.Fetcher {
		if k == nil {
			k = ckey
		}
		return fetcher(k)
	}
}

func TestVerifiedRoundOverHTTP(t *testing.T) {
	ctx := context.Background()
	job, fetch := verifiedRound(t, nil)
	rep, err := verify.SpotCheck(ctx, job, [32]byte{1}, 1, fetch(nil))
	if err != nil || rep.Failed() || len(rep.Checked) != int(job.Commitment.Checkpoints)-1 {
		t.Fatalf("honest trainer over HTTP: %+v %v", rep, err)
	}
	stranger, _ := identity.Generate()
	if _, err := fetch(stranger)(ctx, 0); err == nil {
		t.Fatal("a stranger got a disclosure (and the rows in it)")
	}
	// A trainer that noises its update after honest training is caught by the always-checked last block.
	job, fetch = verifiedRound(t, func(_ context.Context, _ uint64, _, delta []float64) []float64 {
		for i := range delta {
			delta[i] += 0.01
		}
		return delta
	})
	rep, err = verify.SpotCheck(ctx, job, [32]byte{2}, 0, fetch(nil))
	if err != nil || !rep.Failed() {
		t.Fatalf("noised update not caught: %+v %v", rep, err)
	}
}

func TestCommitRequiredByVerificationTask(t *testing.T) {
	spec := protocol.TaskSpec{ID: "t", Verify: protocol.VerifySpec{BlockSteps: 3}}
	if err := spec.CheckCommit(nil); err == nil {
		t.Fatal("an update without a commitment passed a verification task")
	}
}
