package node

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/artifact"
	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/schema"
	"github.com/cohort-net/cohort/internal/task"
)

// Names of the bundled subnets the devnet creates.
const (
	BreastCancerSubnet = "breast-cancer-training"
	LogregSubnet       = "logreg-inference"
)

// modelSpecCID is the CID of a model spec document (its canonical JSON as one raw block).
func modelSpecCID(spec map[string]any) string {
	doc, _ := json.Marshal(spec) // maps of strings and numbers: never fails; keys sorted
	return artifact.String(artifact.RawCID(doc))
}

// BundledSubnets returns the standards of the bundled subnets: the breast-cancer training subnet (the
// bundled schema's id, a logistic regression over its 30 features, FedAvg, the lowest-price scheduler)
// and, when logregModelID is not zero, the logreg inference subnet whose circuit has that verifying-key
// hash (the model id zk.ModelIDFromVK computes).
func BundledSubnets(logregModelID [32]byte) ([]chain.Subnet, error) {
	raw, err := cohort.Datasets.ReadFile("datasets/breast_cancer.schema.yaml")
	if err != nil {
		return nil, err
	}
	s, err := schema.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("bundled schema: %w", err)
	}
	id, err := chain.ParseHash32(task.SchemaHash(s))
	if err != nil {
		return nil, err
	}
	list := []chain.Subnet{{Name: BreastCancerSubnet, Kind: chain.SubnetTraining, SchedulerID: chain.SchedulerLowestPrice,
		SchemaID: id, Strategy: "fedavg", Params: `{}`,
		ModelCID: modelSpecCID(map[string]any{"model": "logreg", "label": "malignant", "classes": []string{"0", "1"}, "features": 30})}}
	if logregModelID != ([32]byte{}) {
		list = append(list, chain.Subnet{Name: LogregSubnet, Kind: chain.SubnetInference, VKHash: logregModelID,
			ModelCID: modelSpecCID(map[string]any{"model": "logreg_breast_cancer", "proof": "groth16"})})
	}
	return list, nil
}

// CreateBundledSubnets creates the bundled subnets (BundledSubnets), skipping any that a subnet of
// the same name already stands for: directly when admin holds the subnet admin role, else (the DAO's
// timelock holds it, as after DeploySuite) through one DAO proposal that admin passes with its votes.
// It returns the subnets as created.
func CreateBundledSubnets(ctx context.Context, c *chain.Conn, admin *chain.Account, logregModelID [32]byte) ([]chain.Subnet, error) {
	want, err := BundledSubnets(logregModelID)
	if err != nil {
		return nil, err
	}
	reg, err := c.Subnets()
	if err != nil {
		return nil, err
	}
	var out []chain.Subnet
	var missing []chain.Subnet
	for _, s := range want {
		if have, err := reg.ByName(ctx, s.Name); err == nil {
			out = append(out, have)
		} else {
			missing = append(missing, s)
		}
	}
	if len(missing) == 0 {
		return out, nil
	}
	direct, err := reg.IsSubnetAdmin(ctx, admin.Addr)
	if err != nil {
		return out, err
	}
	if !direct {
		// The DAO's timelock holds the role: the subnets are created by one proposal, which admin
		// (holding the dev deployment's staked votes) proposes, votes, queues and executes.
		p := chain.Proposal{Description: "create the bundled subnets"}
		for _, s := range missing {
			tx, err := reg.CreateAction(ctx, s)
			if err != nil {
				return out, err
			}
			p.Calls = append(p.Calls, tx)
		}
		if _, err := c.PassProposal(ctx, admin, p); err != nil {
			return out, fmt.Errorf("create the bundled subnets by proposal: %w", err)
		}
	}
	for _, s := range missing {
		if !direct {
			have, err := reg.ByName(ctx, s.Name)
			if err != nil {
				return out, fmt.Errorf("subnet %s after its proposal: %w", s.Name, err)
			}
			out = append(out, have)
			continue
		}
		id, _, err := reg.Create(ctx, admin, s)
		if err != nil {
			return out, fmt.Errorf("create subnet %s: %w", s.Name, err)
		}
		if s, err = reg.Get(ctx, id); err != nil {
			return out, err
		}
		out = append(out, s)
	}
	return out, nil
}

// SubnetTerms returns what a task document states that its subnet standardizes: its schema id, its
// aggregation strategy (after defaults) and its scheduler.
func SubnetTerms(f *task.File) (chain.TaskTerms, error) {
	var t chain.TaskTerms
	if f.Data.Schema != "" {
		id, err := chain.ParseHash32(f.Data.Schema)
		if err != nil {
			return t, err
		}
		t.SchemaID = id
	}
	spec, err := f.Spec("", 0, max(f.Market.MaxNodes, 1))
	if err != nil {
		return t, err
	}
	t.Strategy = spec.Strategy.Name
	if f.Market.Scheduler == "reputation-weighted" {
		t.SchedulerID = chain.SchedulerReputationWeighted
	}
	return t, nil
}

// CheckTaskSubnet reads the subnet a task document names and checks the document against it
// (chain.Subnet.CheckTask). A document naming no subnet passes with a zero Subnet.
func CheckTaskSubnet(ctx context.Context, c *chain.Conn, f *task.File) (chain.Subnet, error) {
	if f.Subnet == "" {
		return chain.Subnet{}, nil
	}
	reg, err := c.Subnets()
	if err != nil {
		return chain.Subnet{}, err
	}
	s, err := reg.ByName(ctx, f.Subnet)
	if err != nil {
		return s, err
	}
	terms, err := SubnetTerms(f)
	if err != nil {
		return s, err
	}
	return s, s.CheckTask(terms)
}

// TaskSubnetMismatch says why a node refuses a published task on subnet grounds ("" when it does
// not): the document names a subnet it disagrees with (schema, strategy, scheduler) or that takes no
// tasks, or the task is attached on chain to a subnet other than the one its document names. A suite
// without a SubnetRegistry has no subnets: only a document naming one is refused.
func TaskSubnetMismatch(ctx context.Context, c *chain.Conn, f *task.File, taskID *big.Int) string {
	reg, err := c.Subnets()
	if err != nil {
		if f.Subnet == "" {
			return ""
		}
		return fmt.Sprintf("the task names subnet %q: %v", f.Subnet, err)
	}
	sub, err := CheckTaskSubnet(ctx, c, f)
	if err != nil {
		return fmt.Sprintf("the task's document disagrees with its subnet %q: %v", f.Subnet, err)
	}
	attached, err := reg.SubnetOfTask(ctx, taskID)
	if err != nil {
		return fmt.Sprintf("read the task's subnet: %v", err)
	}
	if attached != 0 && attached != sub.ID {
		return fmt.Sprintf("the task is attached to subnet %d, but its document names %q", attached, f.Subnet)
	}
	return ""
}
