package node

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/big"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/artifact"
	"github.com/cohort-net/cohort/internal/artifact/fsstore"
	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/protocol"
)

// ChainOptions say where a devnet runs its task's marketplace side.
type ChainOptions struct {
	// RPC is "" for the embedded dev chain (started and deployed by the devnet), "none" to run
	// without a chain, or the JSON-RPC URL of an external chain whose dev account 0 is funded (Anvil).
	RPC        string
	Validators int   // validators that attest the final accuracy (default 2)
	Budget     int64 // task budget in whole tokens (default 1000)
}

// ChainResult is the `chain` object of `cohort devnet --json`.
type ChainResult struct {
	chain.Summary
	RPC       string            `json:"rpc"`
	Contracts map[string]string `json:"contracts"`
	ModelCIDs []string          `json:"model_cids"` // every round's global model, by CID (raw blocks, IPFS-compatible)
	Metric    uint32            `json:"attested_metric_bps"`
	Data      *DataAttestation  `json:"data,omitempty"` // the authorizer's validation of the task's data
}

// chainRun is a devnet's task on chain.
type chainRun struct {
	dev   *chain.DevChain
	conn  *chain.Conn
	run   *chain.TaskRun
	store *fsstore.Store
	url   string
	cids  []string
	data  *DataAttestation
	log   *slog.Logger
}

// openChain starts (or dials) the chain, deploys the suite, registers and stakes the trainers, publishes
// the task with its budget in escrow, has every trainer bid and the publisher select.
func openChain(ctx context.Context, o ChainOptions, dir, dsName string, spec protocol.TaskSpec, coord *identity.Key, trainers []*identity.Key, endpoints []string, log *slog.Logger) (*chainRun, error) {
	cr := &chainRun{log: log}
	var err error
	if cr.store, err = fsstore.New(filepath.Join(dir, "artifacts"), log); err != nil {
		return nil, err
	}
	cr.url = o.RPC
	if o.RPC == "" {
		if cr.dev, err = chain.StartDevChain(chain.DevChainConfig{}, log); err != nil {
			return nil, fmt.Errorf("embedded chain: %w", err)
		}
		cr.url = cr.dev.URL()
	}
	if cr.conn, _, err = chain.DeployDev(ctx, cr.url, log); err != nil {
		cr.close()
		return nil, fmt.Errorf("deploy the contract suite on %s: %w", cr.url, err)
	}
	validators := o.Validators
	if validators <= 0 {
		validators = 2
	}
	budget := o.Budget
	if budget <= 0 {
		budget = 1000
	}
	admin := chain.NewAccount(identity.DevAccount(0))
	plan := chain.Plan{
		Admin: admin, Publisher: chain.NewAccount(identity.DevAccount(1)), Coordinator: chain.NewAccount(coord),
		ValidatorStake: chain.Tokens(100), Withdraw: true,
		Spec: chain.TaskSpec{
			ModelSpecHash: jsonHash(spec.Model), DataSchemaHash: jsonHash(struct {
				Label   string   `json:"label"`
				Classes []string `json:"classes"`
				Inputs  int      `json:"inputs"`
			}{spec.Label, spec.Classes, spec.Model.Inputs}),
			Budget: chain.Tokens(budget), MaxHourlyRate: chain.Tokens(100), MetricID: 1, MetricThreshold: 8000,
			MaxNodes: uint8(min(len(trainers), 255)), BonusBps: 1000,
		},
	}
	for i := range validators {
		plan.Validators = append(plan.Validators, chain.NewAccount(identity.DevAccount(2+i)))
	}
	for i, k := range trainers {
		plan.Trainers = append(plan.Trainers, chain.TrainerPlan{
			Account: chain.NewAccount(k), Stake: chain.Tokens(100),
			Profile: chain.NodeProfile{Endpoint: endpoints[i], CPUCores: 2, MemoryMB: 2048, HourlyRate: chain.Tokens(int64(40 + 5*(i%5)))},
		})
	}
	// An authorizer validates the data set against its schema and attests the report on chain first.
	if cr.data, err = cr.attestData(ctx, dsName); err != nil {
		cr.close()
		return nil, fmt.Errorf("data attestation: %w", err)
	}
	if cr.run, err = cr.conn.OpenTask(ctx, plan); err != nil {
		cr.close()
		return nil, fmt.Errorf("open the task on chain: %w", err)
	}
	log.Info("task on chain", "task", cr.run.ID(), "selected", len(cr.run.Selected()), "rpc", cr.url)
	return cr, nil
}

func jsonHash(v any) common.Hash {
	b, _ := json.Marshal(v)
	return sha256.Sum256(b)
}

// commitRound stores the round's global model as a content-addressed artifact and commits its CID.
func (cr *chainRun) commitRound(ctx context.Context, round uint64, params []float64) error {
	c, err := artifact.Put(ctx, cr.store, bytes.NewReader(protocol.AppendTensor(nil, params)))
	if err != nil {
		return fmt.Errorf("store round %d's model: %w", round, err)
	}
	cr.cids = append(cr.cids, c.String())
	return cr.run.CommitRound(ctx, uint32(round), c.Bytes())
}

// finish has the validators attest the measured accuracy, settles and withdraws.
func (cr *chainRun) finish(ctx context.Context, accuracy float64) (*ChainResult, error) {
	metric := uint32(accuracy*10000 + 0.5)
	sum, err := cr.run.Finish(ctx, metric)
	if err != nil {
		return nil, fmt.Errorf("settle on chain: %w", err)
	}
	s := cr.conn.Suite()
	return &ChainResult{Summary: sum, RPC: cr.url, ModelCIDs: cr.cids, Metric: metric, Data: cr.data, Contracts: map[string]string{
		"token": s.Token.Hex(), "registry": s.Registry.Hex(), "market": s.Market.Hex(),
		"lowest_price": s.LowestPrice.Hex(), "reputation_weighted": s.ReputationWeighted.Hex(),
	}}, nil
}

func (cr *chainRun) close() {
	if cr.conn != nil {
		cr.conn.Close()
	}
	if cr.dev != nil {
		cr.dev.Close()
	}
}

// checkPaidTotal verifies paid + fees + refund = budget, the settlement's invariant.
func checkPaidTotal(s chain.Summary) error {
	var sum, budget big.Int
	for _, v := range []string{s.PaidTotal, s.Fees, s.Refund} {
		x, ok := new(big.Int).SetString(v, 10)
		if !ok {
			return cohort.Errorf(cohort.EInternal, "settlement amount %q", v)
		}
		sum.Add(&sum, x)
	}
	if _, ok := budget.SetString(s.Budget, 10); !ok || sum.Cmp(&budget) != 0 {
		return cohort.Errorf(cohort.EInternal, "paid %s + fees %s + refund %s != budget %s", s.PaidTotal, s.Fees, s.Refund, s.Budget)
	}
	return nil
}
