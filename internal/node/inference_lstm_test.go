package node

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/miner"
	"github.com/cohort-net/cohort/internal/task"
	"github.com/cohort-net/cohort/internal/zk"
)

// trainInferenceLSTM trains the built-in InferenceModelLSTM as it was made: fl.Simulate with the co2
// LSTM preset (4 trainers, a decade of windows each, 15 FedAvg rounds, seed 1) on the training windows,
// standardized with a scaler fitted on them.
func trainInferenceLSTM(t *testing.T) []byte {
	t.Helper()
	train, _, test, err := dataset.LoadDirectionTask(dataset.BundledCO2, fl.DefaultLSTMSteps)
	if err != nil {
		t.Fatal(err)
	}
	sc := dataset.FitScaler(train)
	p := fl.PresetFor(fl.DatasetCO2, fl.KindLSTM, fl.PartitionTime)
	cfg := p.SimConfig(sc.Apply(train), sc.Apply(test))
	cfg.CentralizedEpochs = -1
	res, err := fl.Simulate(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	p32, err := encodeParams32(res.Model.Params)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(lstmModelFile{Spec: res.Model.Spec, Params32: p32, Scaler: sc, Rounds: cfg.Rounds, Clients: cfg.Clients})
	if err != nil {
		t.Fatal(err)
	}
	return append(b, '\n')
}

// TestInferenceLSTMFile: the embedded LSTM is what the federation trains today, bit for bit.
func TestInferenceLSTMFile(t *testing.T) {
	if testing.Short() && !*update {
		t.Skip("trains a 2x50 LSTM federatedly (seconds of CPU)")
	}
	got := trainInferenceLSTM(t)
	if *update {
		if err := os.WriteFile("inference_lstm_co2.json", got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(got, inferenceLSTMFile) {
		t.Fatal("inference_lstm_co2.json differs from a fresh federated run (go test -run TestInferenceLSTMFile -update rewrites it)")
	}
}

// TestInferenceLSTMAccuracy: the built-in LSTM, quantized as miners serve it, is within 1 point of
// its float accuracy on the co2 test windows, every test window is provable, and both beat the
// persistence forecast (next week moves as this week did).
func TestInferenceLSTMAccuracy(t *testing.T) {
	im, err := loadInferenceModel(InferenceOptions{Model: InferenceModelLSTM})
	if err != nil {
		t.Fatal(err)
	}
	a := im.acc
	t.Logf("%+v", a)
	if a.Failed > 0 || len(im.inputs) != a.Samples || math.Abs(a.Quantized-a.Float) > 0.01 {
		t.Errorf("accuracy %+v: want quantized within 1 point of float, every window provable", a)
	}
	var f lstmModelFile
	if err := json.Unmarshal(inferenceLSTMFile, &f); err != nil {
		t.Fatal(err)
	}
	te, err := lstmTestSet(f.Scaler, fl.DefaultLSTMSteps)
	if err != nil {
		t.Fatal(err)
	}
	persist := 0
	for i := range te.N {
		last := te.Row(i)[te.D-dataset.DirectionFeatures] // the last change (scaled: its sign kept only if the mean is 0)
		raw := f.Scaler.Mean[te.D-dataset.DirectionFeatures] + last*f.Scaler.Std[te.D-dataset.DirectionFeatures]
		if (raw > 0) == (te.Y[i] == 1) {
			persist++
		}
	}
	pa := float64(persist) / float64(te.N)
	if a.Quantized <= pa {
		t.Errorf("quantized accuracy %.3f does not beat persistence %.3f", a.Quantized, pa)
	}
}

// TestMinerServesLSTM: the miner role's loader (loadModelKeys on a dev chain) makes keys for the
// built-in LSTM, and a miner configured as newMinerRole configures it proves a request: the proof
// verifies with the registered key and carries the reference's outputs; the same proof with another
// output does not verify.
func TestMinerServesLSTM(t *testing.T) {
	if testing.Short() {
		// The proof side of the LSTM is covered under -short by internal/zk's FromFL tests.
		t.Skip("-short: sets up the 56k-constraint LSTM circuit (minutes under -race on 2 cores)")
	}
	dir := filepath.Join(t.TempDir(), "lstm")
	reg, rows, err := loadModelKeys(dir, InferenceModelLSTM, true, true, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	if reg.Model.Kind != zk.KindLSTM || len(rows) == 0 {
		t.Fatalf("registered a %s model, %d rows", reg.Model.Kind, len(rows))
	}
	key, err := identity.DevKey("lstm-test/miner")
	if err != nil {
		t.Fatal(err)
	}
	m, err := miner.New(miner.Config{Key: key, ChainID: task.DefaultChainID, Model: reg.Model, Prover: reg.Circuit,
		ProvingKey: reg.PK, ModelID: reg.ModelID, MaxInflight: 1})
	if err != nil {
		t.Fatal(err)
	}
	x := rows[len(rows)-1]
	res, err := m.Answer(t.Context(), &zk.Request{ModelID: reg.ModelID, Nonce: zk.NewNonce(), Prover: key.ID(), Input: x, Salt: zk.NewSalt()})
	if err != nil {
		t.Fatal(err)
	}
	want, err := reg.Model.Infer(x)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(res.Statement.Outputs, want) {
		t.Fatalf("outputs %v, reference %v", res.Statement.Outputs, want)
	}
	if err := zk.Verify(reg.VK, &res.Statement, res.Proof); err != nil {
		t.Fatalf("the miner's proof: %v", err)
	}
	forged := res.Statement
	forged.Outputs = slices.Clone(want)
	forged.Outputs[0], forged.Outputs[1] = want[1], want[0] // the other class
	if err := zk.Verify(reg.VK, &forged, res.Proof); err == nil {
		t.Fatal("a proof verified with the other class's outputs")
	}
}

// TestInferenceDevnetLSTM: the inference subnet serves the built-in LSTM: the honest miner's proofs
// verify, the miner that answers another class is caught every round.
func TestInferenceDevnetLSTM(t *testing.T) {
	if testing.Short() {
		t.Skip("a second setup of the 56k-constraint LSTM circuit (TestMinerServesLSTM proves through the miner in -short)")
	}
	const rounds = 2
	res := runInference(t, InferenceOptions{Model: InferenceModelLSTM, Miners: 2, Rounds: rounds, Seed: 1, RPC: "none"})
	checkHonestWin(t, res, rounds)
	if res.Model != InferenceModelLSTM || math.Abs(res.QuantizedAccuracy-res.FloatAccuracy) > 0.01 {
		t.Errorf("model %s: accuracy float %.3f quantized %.3f", res.Model, res.FloatAccuracy, res.QuantizedAccuracy)
	}
	t.Logf("%d constraints, setup %d ms, prove %.1f ms, verify %.2f ms", res.Constraints, res.SetupMS, res.MeanProveMS, res.MeanVerifyMS)
}
