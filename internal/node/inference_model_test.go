package node

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"testing"

	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
)

var update = flag.Bool("update", false, "rewrite the built-in model files from a fresh training run")

// trainInferenceLogReg trains the built-in InferenceModelLogReg with internal/fl, as it was made.
func trainInferenceLogReg(t *testing.T) []byte {
	t.Helper()
	train, _, _, err := dataset.LoadSource("breast_cancer", "", "", inferenceSplitSeed)
	if err != nil {
		t.Fatal(err)
	}
	sc := dataset.FitScaler(train)
	spec := fl.ModelSpec{Kind: fl.KindLogReg, Inputs: train.D, Classes: 2}
	cfg := fl.TrainConfig{Optimizer: fl.OptSGD, LR: 0.05, Momentum: 0.9, L2: 1e-4, Epochs: 30, BatchSize: 32}
	m, err := fl.TrainCentralized(context.Background(), spec, sc.Apply(train), cfg, 1)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.MarshalIndent(inferenceModelFile{Model: *m, Scaler: sc}, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return append(b, '\n')
}

// TestInferenceLogRegFile: the embedded model is what fl trains today, bit for bit.
func TestInferenceLogRegFile(t *testing.T) {
	got := trainInferenceLogReg(t)
	if *update {
		if err := os.WriteFile("inference_logreg.json", got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(got, inferenceLogRegFile) {
		t.Fatal("inference_logreg.json differs from a fresh fl training run (go test -run TestInferenceLogRegFile -update rewrites it)")
	}
}
