package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/identity"
)

// TestSubnetAndDelegationCommands runs `cohort subnet` and the delegation commands of `cohort market`
// against the embedded chain: the deployer (the subnet admin on a dev chain) creates a subnet, a token
// holder cannot; a task file naming the subnet with another schema is refused before anything is sent;
// a holder delegates to a node, lists and undelegates; the node sets its commission.
func TestSubnetAndDelegationCommands(t *testing.T) {
	d, err := chain.StartDevChain(chain.DevChainConfig{Port: 0, Accounts: 4}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	p := chain.DevParams()
	p.Gov.VotingPeriod = 8 * time.Second // the test waits it out in real time
	c, _, err := chain.DeployDevParams(ctx, d.URL(), p, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	admin, node, holder := chain.NewAccount(identity.DevAccount(0)), chain.NewAccount(identity.DevAccount(1)), chain.NewAccount(identity.DevAccount(2))
	// The DAO holds the subnet admin role after deployment; a proposal grants it to dev account 0.
	if err := c.GrantOperator(ctx, admin, admin.Addr); err != nil {
		t.Fatal(err)
	}
	for _, a := range []*chain.Account{node, holder} {
		if _, err := c.Transfer(ctx, admin, a.Addr, chain.Tokens(500)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := c.Register(ctx, node, chain.NodeProfile{Roles: []cohort.Role{cohort.RoleTrainer}, Endpoint: "http://127.0.0.1:1"}, chain.Tokens(100)); err != nil {
		t.Fatal(err)
	}
	home := t.TempDir()
	common := []string{"--rpc", d.URL(), "--home", home}
	run := func(args ...string) (int, string, string) { return runChainCLI(t, append(args, common...)...) }

	create := []string{"subnet", "create", "--name", "bc", "--schema", "../../datasets/breast_cancer.schema.yaml", "--model-cid", "bafy-spec", "--strategy", "fedavg"}
	if rc, _, errs := run(append(create, "--dev-key", "2")...); rc != 1 || !strings.Contains(errs, "AccessControlUnauthorizedAccount") {
		t.Fatalf("a holder created a subnet: rc %d %s", rc, errs)
	}
	rc, out, errs := run(append(create, "--dev-key", "0", "--json")...)
	if rc != 0 || !strings.Contains(out, `"status": "active"`) {
		t.Fatalf("subnet create: rc %d %s %s", rc, out, errs)
	}
	rc, out, errs = run("subnet", "list", "--json")
	var list struct {
		Subnets []chain.Subnet `json:"subnets"`
	}
	if rc != 0 || json.Unmarshal([]byte(out), &list) != nil || len(list.Subnets) != 1 || list.Subnets[0].Name != "bc" {
		t.Fatalf("subnet list: rc %d %s %s", rc, out, errs)
	}
	if rc, out, _ := run("subnet", "show", "bc"); rc != 0 || !strings.Contains(out, "fedavg") {
		t.Fatalf("subnet show: rc %d %s", rc, out)
	}

	// A task naming the subnet with another schema never reaches the chain.
	doc := `name = "t"
subnet = "bc"
[data]
label = "y"
classes = ["0", "1"]
features = 4
schema = "0x%064x"
[market]
budget = "10"
max_hourly_rate = "1"
coordinator = "0x00000000000000000000000000000000000000c0"
`
	task := filepath.Join(home, "task.toml")
	os.WriteFile(task, []byte(fmt.Sprintf(doc, 7)), 0o644)
	rc, _, errs = run("task", "submit", task, "--dev-key", "0", "--store", "http://127.0.0.1:1")
	if rc == 0 || !strings.Contains(errs, "standardizes") {
		t.Fatalf("task with the wrong schema: rc %d %s", rc, errs)
	}

	nodeAddr := node.Addr.Hex()
	if rc, out, errs := run("market", "delegate", nodeAddr, "50", "--dev-key", "2", "--json"); rc != 0 || !strings.Contains(out, `"amount"`) {
		t.Fatalf("delegate: rc %d %s %s", rc, out, errs)
	}
	rc, out, errs = run("market", "delegations", "--delegator", holder.Addr.Hex(), "--json")
	if rc != 0 || !strings.Contains(out, `"value": "50000000000000000000"`) {
		t.Fatalf("delegations: rc %d %s %s", rc, out, errs)
	}
	if rc, out, errs := run("market", "undelegate", nodeAddr, "20", "--dev-key", "2", "--json"); rc != 0 || !strings.Contains(out, `"unbonding": "20000000000000000000"`) {
		t.Fatalf("undelegate: rc %d %s %s", rc, out, errs)
	}
	if rc, _, errs := run("market", "undelegate", nodeAddr, "31", "--dev-key", "2"); rc == 0 {
		t.Fatalf("undelegated more than delegated: %s", errs)
	}
	if rc, out, errs := run("market", "commission", "1000", "--dev-key", "1"); rc != 0 || !strings.Contains(out, "10.00% from") {
		t.Fatalf("commission: rc %d %s %s", rc, out, errs)
	}
	if rc, _, _ := run("market", "commission", "6000", "--dev-key", "1"); rc != 2 {
		t.Fatalf("commission above the bound: rc %d", rc)
	}
}
