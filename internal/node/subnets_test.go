package node

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/task"
)

// TestTaskSubnetMismatch: the attacker is a publisher whose task claims the bundled breast-cancer
// subnet (or is attached to it on chain) while its document standardizes something else; trainers
// refuse it. A task that follows its subnet, and a task naming none, pass.
func TestTaskSubnetMismatch(t *testing.T) {
	ctx := context.Background()
	sim, err := chain.NewSimulated(ctx, 2, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	c, admin, pub := sim.Conn, sim.Accounts[0], sim.Accounts[1]
	if _, err := c.DeploySuite(ctx, admin, chain.DeployParams{Gov: chain.DevGovParams()}); err != nil {
		t.Fatal(err)
	}
	// The deployer holds no subnet role after DeploySuite: the subnets are created by a DAO proposal.
	subs, err := CreateBundledSubnets(ctx, c, admin, [32]byte{})
	if err != nil || len(subs) != 1 || subs[0].Name != BreastCancerSubnet {
		t.Fatalf("bundled subnets %+v: %v", subs, err)
	}
	if again, err := CreateBundledSubnets(ctx, c, admin, [32]byte{}); err != nil || again[0].ID != subs[0].ID {
		t.Fatalf("a second call created another subnet: %+v %v", again, err)
	}
	want, _ := BundledSubnets([32]byte{})
	good := task.File{Name: "t", Subnet: BreastCancerSubnet, Data: task.Data{Label: "malignant", Classes: []string{"0", "1"}, Features: 30,
		Schema: want[0].SchemaID.Hex()}, Market: task.Market{Budget: "10", MaxHourlyRate: "1", MaxNodes: 3, Scheduler: "lowest-price"}}
	if _, err := CheckTaskSubnet(ctx, c, &good); err != nil {
		t.Fatalf("a task following its subnet: %v", err)
	}
	// Publish a task on chain and attach it to the subnet (the scheduler matches, which is all the
	// chain can check).
	head, _ := c.HeadTime(ctx)
	if _, err := c.Transfer(ctx, admin, pub.Addr, chain.Tokens(10)); err != nil {
		t.Fatal(err)
	}
	id, _, err := c.Publish(ctx, pub, chain.TaskSpec{Budget: chain.Tokens(10), MaxHourlyRate: chain.Tokens(1), MetricID: 1, MaxNodes: 3, Rounds: 1,
		BiddingDeadline: head.Add(time.Hour), ExecutionDeadline: head.Add(2 * time.Hour), Coordinator: pub.Addr})
	if err != nil {
		t.Fatal(err)
	}
	reg, _ := c.Subnets()
	if _, err := reg.Attach(ctx, pub, id, subs[0].ID); err != nil {
		t.Fatal(err)
	}
	if why := TaskSubnetMismatch(ctx, c, &good, id); why != "" {
		t.Fatalf("refused a task following its subnet: %s", why)
	}
	for name, mutate := range map[string]func(f *task.File){
		"other schema":    func(f *task.File) { f.Data.Schema = "0x" + strings.Repeat("ab", 32) },
		"no schema":       func(f *task.File) { f.Data.Schema = "" },
		"other strategy":  func(f *task.File) { f.Training.Strategy = "median" },
		"other scheduler": func(f *task.File) { f.Market.Scheduler = "reputation-weighted" },
		"unknown subnet":  func(f *task.File) { f.Subnet = "nope" },
		"names none":      func(f *task.File) { f.Subnet = "" }, // attached on chain, but the document hides it
	} {
		f := good
		mutate(&f)
		if why := TaskSubnetMismatch(ctx, c, &f, id); why == "" {
			t.Errorf("%s: a trainer would bid", name)
		}
	}
	// A task neither naming nor attached to a subnet is none of the subnets' business.
	free := good
	free.Subnet = ""
	if why := TaskSubnetMismatch(ctx, c, &free, big.NewInt(999)); why != "" {
		t.Fatalf("a task without a subnet refused: %s", why)
	}
}
