package node

import (
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/api"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/metrics"
	"github.com/cohort-net/cohort/internal/miner"
	"github.com/cohort-net/cohort/internal/task"
	"github.com/cohort-net/cohort/internal/validator"
	"github.com/cohort-net/cohort/internal/zk"
)

// Models of the inference devnet.
const (
	InferenceModelLogReg = "logreg_breast_cancer" // logistic regression trained on the bundled breast cancer set
	InferenceModelTiny   = "tiny"                 // a fixed 4-input logistic regression (tests)
)

// InferenceOptions configure an inference subnet in one process: Miners miners (the last Dishonest of
// them cheating with DishonestMode) and one validator, each an HTTP server on loopback.
type InferenceOptions struct {
	Model         string     // InferenceModelLogReg (default), InferenceModelLSTM or InferenceModelTiny
	Miners        int        // default 3
	Dishonest     int        // dishonest miners among them; 0: 1; < 0: none
	DishonestMode miner.Mode // default miner.ModeWrongOutput
	Rounds        int        // request rounds Run performs; default 10
	Seed          uint64     // node keys (the models are built in)
	Host          string     // listen host; default 127.0.0.1
	Timeout       time.Duration
	ChainID       uint64 // default task.DefaultChainID
	// RPC is the chain the miners register on and the validator publishes its weights to (as the
	// miners' reputation): "" starts the embedded dev chain, "none" runs without one, else a JSON-RPC URL
	// whose dev account 0 is funded (Anvil).
	RPC string
	// Clients may send signed POST /v1/request to the validator (a gateway's key, for proven inference).
	Clients []cohort.NodeID
	Log     *slog.Logger
}

func (o *InferenceOptions) defaults() error {
	if o.Model == "" {
		o.Model = InferenceModelLogReg
	}
	if !isBuiltinModel(o.Model) {
		return cohort.Errorf(cohort.EInvalid, "inference model %q: want %s|%s|%s", o.Model, InferenceModelLogReg, InferenceModelLSTM, InferenceModelTiny)
	}
	if o.Miners == 0 {
		o.Miners = 3
	}
	if o.Miners < 1 || o.Miners > 64 {
		return cohort.Errorf(cohort.EInvalid, "%d miners: want 1 to 64", o.Miners)
	}
	switch {
	case o.Dishonest == 0:
		o.Dishonest = 1
	case o.Dishonest < 0:
		o.Dishonest = 0
	}
	if o.Dishonest > o.Miners {
		return cohort.Errorf(cohort.EInvalid, "%d dishonest miners among %d", o.Dishonest, o.Miners)
	}
	if o.DishonestMode == "" || o.DishonestMode == miner.ModeHonest {
		o.DishonestMode = miner.ModeWrongOutput
	}
	if _, err := miner.ParseMode(string(o.DishonestMode)); err != nil {
		return err
	}
	if o.Rounds == 0 {
		o.Rounds = 10
	}
	if o.Rounds < 0 || o.Rounds > 100000 {
		return cohort.Errorf(cohort.EInvalid, "%d rounds: want 1 to 100000", o.Rounds)
	}
	if o.Host == "" {
		o.Host = "127.0.0.1"
	}
	if o.Timeout <= 0 {
		o.Timeout = 30 * time.Second
	}
	if o.ChainID == 0 {
		o.ChainID = task.DefaultChainID
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	return nil
}

// InferenceMiner is one miner's line in the result.
type InferenceMiner struct {
	Address       string  `json:"address"`
	URL           string  `json:"url"`
	Honest        bool    `json:"honest"`
	Mode          string  `json:"mode"`
	Score         float64 `json:"score"`
	Valid         int     `json:"valid"`
	Invalid       int     `json:"invalid"`
	Missing       int     `json:"missing"`
	MeanLatencyMS float64 `json:"mean_latency_ms"`
	MeanProveMS   float64 `json:"mean_prove_ms"`
	LastError     string  `json:"last_error,omitempty"`
	// ReputationBPS is the weight the validator published on chain for this miner (NodeRegistry
	// reputation, basis points), read back from the chain.
	ReputationBPS *uint16 `json:"reputation_bps,omitempty"`
}

// InferenceResult is what `cohort devnet --subnet inference --json` prints.
type InferenceResult struct {
	Model             string           `json:"model"`
	ModelID           zk.Element       `json:"model_id"`
	Constraints       int              `json:"constraints"`
	FloatAccuracy     float64          `json:"float_accuracy,omitempty"`
	QuantizedAccuracy float64          `json:"quantized_accuracy,omitempty"`
	TestSamples       int              `json:"test_samples,omitempty"`
	SetupMS           int64            `json:"setup_ms"`
	Rounds            uint64           `json:"rounds"`
	Validator         string           `json:"validator"`
	ValidatorURL      string           `json:"validator_url"`
	Miners            []InferenceMiner `json:"miners"`
	ProofsVerified    int              `json:"proofs_verified"`
	ProofsFailed      int              `json:"proofs_failed"`
	MeanProveMS       float64          `json:"mean_prove_ms"`
	MeanVerifyMS      float64          `json:"mean_verify_ms"`
	ChainID           string           `json:"chain_id,omitempty"`
	RPC               string           `json:"rpc,omitempty"`
	Registry          string           `json:"registry,omitempty"`
}

// InferenceDevnet is a running inference subnet.
type InferenceDevnet struct {
	opts      InferenceOptions
	res       InferenceResult // the static part
	miners    []*miner.Miner
	validator *validator.Validator
	chain     *inferenceChain // nil without a chain
	servers   []*server       // miners', then the validator's
}

// inferenceModel is a model with its circuit, keys and synthetic inputs.
type inferenceModel struct {
	q      *zk.QModel
	inputs [][]int64
	acc    zk.Accuracy
}

// inferenceLogRegFile is the built-in InferenceModelLogReg: a logistic regression trained by
// internal/fl on the bundled breast cancer set (split 80/20 with inferenceSplitSeed) behind a z-score
// scaler fitted on its training part. TestInferenceLogRegFile re-trains it bit for bit; run it with
// -update to rewrite the file.
//
//go:embed inference_logreg.json
var inferenceLogRegFile []byte

const inferenceSplitSeed = 1

// inferenceModelFile is the form of a built-in model file.
type inferenceModelFile struct {
	Model  fl.Model        `json:"model"`
	Scaler *dataset.Scaler `json:"scaler"`
}

func loadInferenceModel(o InferenceOptions) (*inferenceModel, error) {
	if o.Model == InferenceModelTiny {
		m := &fl.Model{Spec: fl.ModelSpec{Kind: fl.KindLogReg, Inputs: 4, Classes: 2}, Params: []float64{0.5, -1.25, 0.75, 2, 0.1}}
		q, err := zk.FromFL(m, zk.QuantOptions{InFrac: 8, InBits: 13})
		if err != nil {
			return nil, err
		}
		return &inferenceModel{q: q, inputs: [][]int64{{256, -128, 64, 300}, {-500, 20, 700, -3}, {0, 0, 0, 0}, {90, 90, -90, -90}}}, nil
	}
	if o.Model == InferenceModelLSTM {
		return loadInferenceLSTM()
	}
	var f inferenceModelFile
	if err := json.Unmarshal(inferenceLogRegFile, &f); err != nil || f.Scaler == nil {
		return nil, fmt.Errorf("built-in model %s: %v", o.Model, err)
	}
	_, test, _, err := dataset.LoadSource("breast_cancer", "", "", inferenceSplitSeed)
	if err != nil {
		return nil, err
	}
	if err := f.Scaler.Check(test.D); err != nil {
		return nil, err
	}
	te := f.Scaler.Apply(test)
	q, err := zk.FromFL(&f.Model, zk.QuantOptions{InFrac: 8, InBits: 13})
	if err != nil {
		return nil, fmt.Errorf("quantize: %w", err)
	}
	return newInferenceModel(&f.Model, q, te)
}

// isBuiltinModel reports whether name is one of the inference devnet's built-in models.
func isBuiltinModel(name string) bool {
	return name == InferenceModelLogReg || name == InferenceModelLSTM || name == InferenceModelTiny
}

// loadInferenceLSTM decodes the built-in InferenceModelLSTM and quantizes it with zk.LSTMQuant.
func loadInferenceLSTM() (*inferenceModel, error) {
	m, sc, err := BuiltinLSTM()
	if err != nil {
		return nil, err
	}
	te, err := lstmTestSet(sc, m.Spec.Steps)
	if err != nil {
		return nil, err
	}
	q, err := zk.FromFL(m, zk.LSTMQuant)
	if err != nil {
		return nil, fmt.Errorf("quantize: %w", err)
	}
	return newInferenceModel(m, q, te)
}

// newInferenceModel measures q against its float model on the test rows te, which become the
// validator's request inputs (those the circuit can prove).
func newInferenceModel(m *fl.Model, q *zk.QModel, te *dataset.Dataset) (*inferenceModel, error) {
	im := &inferenceModel{q: q, acc: zk.Evaluate(m, q, te)}
	for i := range te.N {
		in := q.QuantizeInput(te.Row(i))
		if _, err := q.Infer(in); err == nil {
			im.inputs = append(im.inputs, in)
		}
	}
	if len(im.inputs) == 0 {
		return nil, fmt.Errorf("no test row is a valid model input")
	}
	return im, nil
}

// StartInferenceDevnet loads (or builds) the model, compiles it to a circuit, runs a single-party
// Groth16 setup (a dev setup: whoever runs it could forge proofs), and starts the miners and the
// validator on loopback. Call Run for the request rounds and Close at the end.
func StartInferenceDevnet(ctx context.Context, o InferenceOptions) (_ *InferenceDevnet, err error) {
	if err := o.defaults(); err != nil {
		return nil, err
	}
	im, err := loadInferenceModel(o)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	start := time.Now()
	c, err := zk.Compile(im.q, false, zk.Groth16)
	if err != nil {
		return nil, fmt.Errorf("compile: %w", err)
	}
	pk, vk, err := c.Setup()
	if err != nil {
		return nil, fmt.Errorf("setup: %w", err)
	}
	id, err := c.ModelID(vk)
	if err != nil {
		return nil, err
	}
	d := &InferenceDevnet{opts: o, res: InferenceResult{Model: o.Model, ModelID: id, Constraints: c.Constraints(),
		FloatAccuracy: im.acc.Float, QuantizedAccuracy: im.acc.Quantized, TestSamples: im.acc.Samples,
		SetupMS: time.Since(start).Milliseconds()}}
	defer func() {
		if err != nil {
			d.Close()
		}
	}()
	vkey, err := identity.DevKey(fmt.Sprintf("devnet/%d/inference/validator", o.Seed))
	if err != nil {
		return nil, err
	}
	var infos []validator.MinerInfo
	var minerKeys []*identity.Key
	for i := range o.Miners {
		mode := miner.ModeHonest
		if i >= o.Miners-o.Dishonest {
			mode = o.DishonestMode
		}
		k, err := identity.DevKey(fmt.Sprintf("devnet/%d/inference/miner-%d", o.Seed, i))
		if err != nil {
			return nil, err
		}
		minerKeys = append(minerKeys, k)
		mm := metrics.New("")
		m, err := miner.New(miner.Config{Key: k, ChainID: o.ChainID, Model: im.q, Prover: c, ProvingKey: pk, ModelID: id,
			Validators: []cohort.NodeID{vkey.ID()}, Mode: mode, Log: o.Log.With("role", "miner", "miner", i), OnProof: mm.ProveTime})
		if err != nil {
			return nil, err
		}
		s, err := listen(net.JoinHostPort(o.Host, "0"), m.Handler(), &api.Health{}, o.Log, mm)
		if err != nil {
			return nil, err
		}
		d.miners = append(d.miners, m)
		d.servers = append(d.servers, s)
		infos = append(infos, validator.MinerInfo{ID: m.ID(), URL: s.URL})
	}
	var publisher validator.WeightPublisher
	if o.RPC != "none" {
		endpoints := make([]string, 0, len(infos)+1)
		for _, in := range infos {
			endpoints = append(endpoints, in.URL)
		}
		endpoints = append(endpoints, "http://"+net.JoinHostPort(o.Host, "0")+"/validator")
		if d.chain, err = openInferenceChain(ctx, o.RPC, id, vkey, minerKeys, endpoints, o.Log); err != nil {
			return nil, err
		}
		publisher = d.chain.pub
		d.res.ChainID, d.res.RPC = d.chain.cr.conn.ChainID().String(), d.chain.cr.url
		d.res.Registry = d.chain.cr.conn.Suite().Registry.Hex()
	}
	v, err := validator.New(validator.Config{Key: vkey, ChainID: o.ChainID, Model: im.q, VK: vk, ModelID: id, Miners: infos,
		Inputs: im.inputs, Timeout: o.Timeout, Publisher: publisher, Clients: o.Clients, Log: o.Log.With("role", "validator")})
	if err != nil {
		return nil, err
	}
	s, err := listen(net.JoinHostPort(o.Host, "0"), v.Handler(), &api.Health{}, o.Log, nil)
	if err != nil {
		return nil, err
	}
	d.validator, d.servers = v, append(d.servers, s)
	d.res.Validator, d.res.ValidatorURL = vkey.ID().String(), s.URL
	o.Log.Info("inference devnet started", "model", o.Model, "model_id", id, "constraints", d.res.Constraints,
		"miners", o.Miners, "dishonest", o.Dishonest, "validator", s.URL)
	return d, nil
}

// ValidatorURL returns the validator's API address (GET /v1/scores, POST /v1/request).
func (d *InferenceDevnet) ValidatorURL() string { return d.res.ValidatorURL }

// Validator returns the running validator.
func (d *InferenceDevnet) Validator() *validator.Validator { return d.validator }

// Run performs the configured request rounds and returns the result.
func (d *InferenceDevnet) Run(ctx context.Context) (*InferenceResult, error) {
	for i := range d.opts.Rounds {
		rep, err := d.validator.Round(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			return nil, fmt.Errorf("round %d: %w", i+1, err)
		}
		valid := 0
		for _, a := range rep.Answers {
			if a.Valid {
				valid++
			}
		}
		d.opts.Log.Info("inference round", "round", rep.Round, "valid", valid, "miners", len(rep.Answers))
	}
	res := d.Result()
	if d.chain != nil {
		// The validator publishes its weights as its measurements, commits and reveals them in the
		// devnet's ValidatorConsensus, and the finalized epoch's consensus sets the miners' reputation.
		if err := d.validator.Publish(ctx); err != nil {
			return nil, err
		}
		if err := d.chain.settle(ctx); err != nil {
			return nil, err
		}
		ids := make([]cohort.NodeID, len(d.miners))
		for i, m := range d.miners {
			ids[i] = m.ID()
		}
		reps, err := d.chain.reputations(ctx, ids)
		if err != nil {
			return nil, err
		}
		for i := range res.Miners {
			r := reps[ids[i]]
			res.Miners[i].ReputationBPS = &r
		}
	}
	return res, nil
}

// Result returns the scores and counters as they stand.
func (d *InferenceDevnet) Result() *InferenceResult {
	r := d.res
	s := d.validator.Scores()
	r.Rounds, r.ProofsVerified, r.ProofsFailed, r.MeanVerifyMS = s.Rounds, s.Verified, s.Failed, s.MeanVerifyMS
	var proofs int
	var proveMS float64
	for i, m := range d.miners {
		ms, st := s.Miners[i], m.Stats()
		r.Miners = append(r.Miners, InferenceMiner{Address: ms.AddressHex, URL: ms.URL, Honest: m.Mode() == miner.ModeHonest,
			Mode: string(m.Mode()), Score: ms.Score, Valid: ms.Valid, Invalid: ms.Invalid, Missing: ms.Missing,
			MeanLatencyMS: ms.MeanLatencyMS, MeanProveMS: st.MeanProveMS, LastError: ms.LastError})
		proofs += st.Proofs
		proveMS += st.MeanProveMS * float64(st.Proofs)
	}
	if proofs > 0 {
		r.MeanProveMS = proveMS / float64(proofs)
	}
	return &r
}

// Close stops every server.
func (d *InferenceDevnet) Close() error {
	var errs []error
	for _, s := range d.servers {
		if err := s.shutdown(5 * time.Second); err != nil {
			errs = append(errs, err)
		}
	}
	if d.chain != nil {
		d.chain.cr.close()
	}
	return errors.Join(errs...)
}
