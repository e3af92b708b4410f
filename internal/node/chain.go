package node

import (
	"log/slog"
	"math/big"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/artifact"
	"github.com/cohort-net/cohort/internal/chain"
)

// ChainOptions say where a devnet runs its task's marketplace side.
type ChainOptions struct {
	// RPC is "" for the embedded dev chain (started and deployed by the devnet), "none" to run
	// without a chain, or the JSON-RPC URL of an external chain whose dev account 0 is funded (Anvil).
	RPC        string
	Validators int   // validators that attest the final accuracy (default and least 3: the market's quorum)
	Budget     int64 // task budget in whole tokens (default 1000)
}

// ChainResult is the `chain` object of `cohort devnet --json`.
type ChainResult struct {
	chain.Summary
	RPC       string            `json:"rpc"`
	Contracts map[string]string `json:"contracts"`
	ModelCIDs []string          `json:"model_cids"` // every round's global model, by CID (raw blocks, IPFS-compatible)
	Metric    uint32            `json:"attested_metric_bps"`
	// ModelID is the task's model in the library (ModelRegistry), minted after settlement; 0 when the
	// result was below the task's threshold.
	ModelID uint64           `json:"model_id,omitempty"`
	Data    *DataAttestation `json:"data,omitempty"` // the authorizer's validation of the task's data
	// Deployment is the deployment record the devnet wrote: a second terminal finds the suite there.
	Deployment string `json:"deployment,omitempty"`
}

// chainRun is a devnet's chain connection (the inference devnet's registry, the data attestation).
type chainRun struct {
	dev   *chain.DevChain
	conn  *chain.Conn
	store artifact.Store
	url   string
	cids  []string
	data  *DataAttestation
	log   *slog.Logger
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
