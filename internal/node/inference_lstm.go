package node

import (
	_ "embed"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
)

// InferenceModelLSTM is the built-in sequence model: fl's co2 LSTM preset (2 cells of 50 units, 5
// weekly steps) trained federatedly by 4 trainers, each holding a decade of the bundled Mauna Loa CO2
// series, to tell whether next week's CO2 reading is above this week's (dataset.DirectionWindows).
const InferenceModelLSTM = "lstm_co2"

// inferenceLSTMFile is the built-in InferenceModelLSTM (lstmModelFile). TestInferenceLSTMFile re-trains
// it bit for bit; run it with -update to rewrite the file.
//
//go:embed inference_lstm_co2.json
var inferenceLSTMFile []byte

// lstmModelFile is the form of inference_lstm_co2.json: the fl model with its parameters as
// little-endian float32 in base64 (the federation's global parameters are float32-rounded, so this is
// exact and a quarter the size of JSON numbers), and the scaler fitted on the training windows.
type lstmModelFile struct {
	Spec     fl.ModelSpec    `json:"spec"`
	Params32 string          `json:"params_float32"`
	Scaler   *dataset.Scaler `json:"scaler"`
	Rounds   int             `json:"rounds"`
	Clients  int             `json:"clients"`
}

func encodeParams32(p []float64) (string, error) {
	b := make([]byte, 4*len(p))
	for i, v := range p {
		f := float32(v)
		if float64(f) != v {
			return "", fmt.Errorf("parameter %d (%v) is not a float32", i, v)
		}
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(f))
	}
	return base64.StdEncoding.EncodeToString(b), nil
}

func (f *lstmModelFile) model() (*fl.Model, error) {
	b, err := base64.StdEncoding.DecodeString(f.Params32)
	if err != nil || len(b) != 4*f.Spec.NumParams() {
		return nil, cohort.Errorf(cohort.EInvalid, "lstm model file: %d parameter bytes for %s (%v)", len(b), f.Spec, err)
	}
	m := &fl.Model{Spec: f.Spec, Params: make([]float64, len(b)/4)}
	for i := range m.Params {
		m.Params[i] = float64(math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:])))
	}
	return m, m.Check()
}

// lstmTestSet returns the co2 test windows, standardized with the model's scaler.
func lstmTestSet(sc *dataset.Scaler, steps int) (*dataset.Dataset, error) {
	_, _, test, err := dataset.LoadDirectionTask(dataset.BundledCO2, steps)
	if err != nil {
		return nil, err
	}
	if err := sc.Check(test.D); err != nil {
		return nil, err
	}
	return sc.Apply(test), nil
}

// BuiltinLSTM returns the built-in InferenceModelLSTM (float, as trained) and the scaler its inputs
// are standardized with: what `cohort bench zk` measures as lstm_2x50_5steps.
func BuiltinLSTM() (*fl.Model, *dataset.Scaler, error) {
	var f lstmModelFile
	if err := json.Unmarshal(inferenceLSTMFile, &f); err != nil || f.Scaler == nil {
		return nil, nil, fmt.Errorf("built-in model %s: %v", InferenceModelLSTM, err)
	}
	m, err := f.model()
	return m, f.Scaler, err
}
