package chain

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/atomicfile"
)

// Deployment is the record `cohort chain deploy` and `cohort devnet` write to
// <home>/deployments/<chain-id>.json: where the chain is, where the suite lives, from which block
// watchers start, and the artifact store the network shares. Every command and node that talks to the
// chain finds the suite there.
type Deployment struct {
	ChainID uint64 `json:"chain_id"`
	RPC     string `json:"rpc"`
	Suite   Suite  `json:"suite"`
	// Block is the block the suite was deployed in: watchers start there.
	Block uint64 `json:"block"`
	// Store is the URL of the artifact store the network shares (a kubo-compatible RPC API: a gateway
	// node or an IPFS node); empty when there is none.
	Store string `json:"store,omitempty"`
	// Deployer is the account that deployed the suite (and kept no role); Contracts the suite's
	// contracts by name; Governance the DAO's parameters (`cohort gov params`).
	Deployer   common.Address            `json:"deployer"`
	Contracts  map[string]common.Address `json:"contracts"`
	Governance GovRecord                 `json:"governance"`
}

// DeploymentPath returns <home>/deployments/<chainID>.json.
func DeploymentPath(home string, chainID uint64) string {
	return filepath.Join(home, "deployments", fmt.Sprintf("%d.json", chainID))
}

// WriteDeployment writes d to path (creating its directory), atomically.
func WriteDeployment(path string, d Deployment) error {
	blob, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return atomicfile.WriteFile(path, append(blob, '\n'), 0o644)
}

// ReadDeployment reads a deployment record.
func ReadDeployment(path string) (Deployment, error) {
	var d Deployment
	blob, err := os.ReadFile(path)
	if err == nil && len(blob) > 64<<10 {
		err = fmt.Errorf("over 64 KiB")
	}
	if err != nil {
		return d, cohort.Errorf(cohort.ENotFound, "deployment record %s: %v (deploy with `cohort chain deploy --rpc URL` or run `cohort devnet`)", path, err)
	}
	if err := json.Unmarshal(blob, &d); err != nil {
		return d, cohort.Errorf(cohort.EInvalid, "deployment record %s: %v", path, err)
	}
	if d.Suite.Market == (Suite{}).Market || d.Suite.Registry == (Suite{}).Registry {
		return d, cohort.Errorf(cohort.EInvalid, "deployment record %s: no market or registry address", path)
	}
	return d, nil
}

// DeployAll deploys the whole suite (token, registry, market, schedulers, SubnetRegistry, Delegation,
// ValidatorConsensus, ModelRegistry, DataRegistry, InferenceOracle pointed at the SubnetRegistry, and
// TrainingDispute with default DisputeParams, then the DAO, which takes every role) and returns its
// deployment record (without Store).
func (c *Conn) DeployAll(ctx context.Context, admin *Account, p DeployParams, rpc string) (Deployment, error) {
	head, err := c.b.BlockNumber(ctx)
	if err != nil {
		return Deployment{}, wrap(cohort.EUnavailable, "read head", err)
	}
	s, err := c.deploySuite(ctx, admin, &p, func(s *Suite) error {
		dr, err := c.DeployDataRegistry(ctx, admin)
		if err != nil {
			return err
		}
		o, err := c.DeployOracle(ctx, admin, s.Token)
		if err != nil {
			return err
		}
		if _, err := o.SetSubnets(ctx, admin, s.SubnetRegistry); err != nil {
			return err
		}
		td, err := c.DeployTrainingDispute(ctx, admin, DisputeParams{})
		if err != nil {
			return err
		}
		s.DataRegistry, s.InferenceOracle, s.TrainingDispute = dr.Address(), o.Address(), td.Address()
		c.UseSuite(*s)
		return nil
	})
	if err != nil {
		return Deployment{}, err
	}
	return Deployment{ChainID: c.chainID.Uint64(), RPC: rpc, Suite: s, Block: head + 1, Deployer: admin.Addr,
		Contracts: s.SuiteContracts(), Governance: p.Gov.record()}, nil
}
