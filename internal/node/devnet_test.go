package node

import (
	"context"
	"encoding/json"
	"net/http"
	"os/exec"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cohort-net/cohort/internal/dashboard"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/protocol"
	"github.com/cohort-net/cohort/internal/task"
)

var noChain = ChainOptions{RPC: "none"}

func runDevnet(t *testing.T, o DevnetOptions) (*Devnet, *DevnetResult) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	d, err := StartDevnet(ctx, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	res, err := d.Wait(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return d, res
}

// TestDevnetEqualsReference checks the networked federation (signed HTTP, float32 wire, durable store)
// against an in-memory federation with the same seeds: the final models must be identical bit for bit.
func TestDevnetEqualsReference(t *testing.T) {
	train, test, _, err := dataset.LoadSource("breast_cancer", "", "", 3)
	if err != nil {
		t.Fatal(err)
	}
	s := dataset.FitScaler(train)
	train, test = s.Apply(train), s.Apply(test)
	no := false
	o := DevnetOptions{Chain: noChain,
		TrainSet: train, TestSet: test, Nodes: 4, Partition: fl.PartitionDirichlet, Alpha: 0.5, CentralizedEpochs: -1,
		Task: task.Options{Rounds: 4, Seed: 3, Strategy: "fedadam", Standardize: &no},
	}
	d, res := runDevnet(t, o)
	spec := d.Spec()

	parts, err := fl.Partitions(fl.SimConfig{Spec: spec.Model, TrainSet: train, Clients: o.Nodes, Partition: o.Partition, Alpha: o.Alpha, Seed: spec.Seed})
	if err != nil {
		t.Fatal(err)
	}
	ids := d.TrainerIDs()
	global, _ := fl.InitialModel(spec.Model, spec.Seed)
	strat, _ := fl.NewStrategy(spec.Strategy)
	for r := 1; r <= spec.Rounds; r++ {
		var updates []fl.Update
		for i, part := range parts {
			local := global.Clone()
			tc := fl.ClientConfig(spec.Train, spec.Strategy, spec.Seed, r, ids[i].String())
			st, err := fl.Train(context.Background(), local, train.Subset(part), tc)
			if err != nil {
				t.Fatal(err)
			}
			delta := make([]float64, len(local.Params))
			for k := range delta {
				delta[k] = local.Params[k] - global.Params[k]
			}
			fl.RoundFloat32(delta)
			updates = append(updates, fl.Update{Client: ids[i].String(), Delta: delta, Samples: st.Samples})
		}
		p, err := strat.Aggregate(global.Params, updates)
		if err != nil {
			t.Fatal(err)
		}
		fl.RoundFloat32(p)
		global.Params = p
	}
	got, _, err := d.coord.Result()
	if err != nil {
		t.Fatal(err)
	}
	for i := range got.Params {
		if got.Params[i] != global.Params[i] {
			t.Fatalf("param %d: network %v, reference %v", i, got.Params[i], global.Params[i])
		}
	}
	if want := fl.Evaluate(global, test).Accuracy; res.FederatedAccuracy != want {
		t.Fatalf("accuracy %v, reference %v", res.FederatedAccuracy, want)
	}
	if len(res.History) != spec.Rounds {
		t.Fatalf("history of %d rounds", len(res.History))
	}
}

func TestDevnetBreastCancer(t *testing.T) {
	_, res := runDevnet(t, DevnetOptions{Chain: noChain, Data: "breast_cancer", Nodes: 5, Partition: "iid", Task: task.Options{Rounds: 10, Seed: 1}})
	if res.FederatedAccuracy < 0.93 {
		t.Fatalf("federated accuracy %.4f on breast cancer, want >= 0.93", res.FederatedAccuracy)
	}
	if res.CentralizedAccuracy == nil || *res.CentralizedAccuracy < 0.93 {
		t.Fatalf("centralized accuracy %v", res.CentralizedAccuracy)
	}
	b, _ := json.Marshal(res)
	var m map[string]any
	json.Unmarshal(b, &m)
	for _, k := range []string{"dataset", "model", "nodes", "rounds", "federated_accuracy", "centralized_accuracy"} {
		if _, ok := m[k]; !ok {
			t.Errorf("JSON result lacks %q", k)
		}
	}
}

func TestDevnetServesStatusAndHealth(t *testing.T) {
	d, _ := runDevnet(t, DevnetOptions{Chain: noChain, Data: "digits", Nodes: 3, Task: task.Options{Rounds: 2, Seed: 2}, CentralizedEpochs: -1})
	for _, path := range []string{"/livez", "/readyz", protocol.PathStatus, protocol.PathTask} {
		resp, err := http.Get(d.CoordinatorURL() + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Errorf("%s: %s", path, resp.Status)
		}
	}
	var st protocol.Status
	resp, _ := http.Get(d.CoordinatorURL() + protocol.PathStatus)
	json.NewDecoder(resp.Body).Decode(&st)
	resp.Body.Close()
	if st.State != protocol.StateDone || len(st.History) != 2 {
		t.Fatalf("status: %+v", st)
	}
}

// TestDevnetOnChain runs the task's marketplace side on the embedded chain: registration and stakes,
// escrow, bids, selection, a model CID per round, attestation and settlement.
func TestDevnetOnChain(t *testing.T) {
	d, res := runDevnet(t, DevnetOptions{Data: "breast_cancer", Nodes: 3, CentralizedEpochs: -1, Task: task.Options{Rounds: 3, Seed: 9}})
	c := res.Chain
	if c == nil {
		t.Fatal("no chain result")
	}
	if c.ChainID != "1337" || len(c.ModelCIDs) != 3 || len(c.Payments) != 3 || c.TaskID == "" {
		t.Fatalf("chain result: %+v", c)
	}
	if err := checkPaidTotal(c.Summary); err != nil {
		t.Fatal(err)
	}
	if c.Metric != uint32(res.FederatedAccuracy*10000+0.5) {
		t.Fatalf("attested %d bps for accuracy %.4f", c.Metric, res.FederatedAccuracy)
	}
	if a := c.Data; a == nil || !a.Passed || a.Rows != 569 || !a.SignatureOK || !a.ServiceOnAir || !strings.HasPrefix(a.DataCID, "bafkrei") {
		t.Fatalf("data attestation: %+v", a)
	}
	for _, cid := range c.ModelCIDs {
		if !strings.HasPrefix(cid, "bafkrei") {
			t.Fatalf("model CID %q is not a CIDv1 raw sha2-256 in base32", cid)
		}
	}
	// Every node serves /metrics on its listener; each acting on chain (all but the gateway, the
	// artifact store) counted its own transactions; the coordinator node counted the task's rounds.
	var rounds, txs, gas float64
	for _, u := range d.NodeURLs() {
		m := scrape(t, u)
		var info struct{ Roles []string }
		if resp, err := http.Get(u + "/v1/node"); err == nil {
			json.NewDecoder(resp.Body).Decode(&info)
			resp.Body.Close()
		}
		if m[`cohort_chain_transactions_total{result="ok"}`] < 1 && !slices.Equal(info.Roles, []string{RoleGateway}) {
			t.Errorf("node %s (%v) counted no transaction", u, info.Roles)
		}
		rounds += m["cohort_coordinator_rounds_total"]
		txs += m[`cohort_chain_transactions_total{result="ok"}`]
		gas += m["cohort_chain_gas_used_total"]
	}
	if rounds != 3 || gas < 21000*txs {
		t.Errorf("metrics: %v rounds (want 3), %v transactions using %v gas", rounds, txs, gas)
	}
	checkChainDashboard(t, d, res)
}

// checkChainDashboard: an on-chain devnet's dashboard shows the task's committed model CIDs (the
// chain's, in round order), one history entry per round from its coordinator, and the registry's
// stakes and reputations.
func checkChainDashboard(t *testing.T, d *Devnet, res *DevnetResult) {
	t.Helper()
	var td dashboard.TaskDetail
	getJSON(t, d.DashboardURL()+"v1/dashboard/tasks/"+res.Chain.TaskID, &td)
	if len(td.Commitments) != len(res.Chain.ModelCIDs) || len(td.History) != len(res.History) || td.ChainStatus != "settled" || td.State != protocol.StateDone {
		t.Fatalf("dashboard task: %d commitments, %d rounds, %q/%q; want %d, %d, settled/done", len(td.Commitments), len(td.History), td.ChainStatus, td.State, len(res.Chain.ModelCIDs), len(res.History))
	}
	for i, c := range td.Commitments {
		if c.Round != uint64(i+1) || c.ModelCID != res.Chain.ModelCIDs[i] {
			t.Errorf("dashboard commitment %d: %+v, the chain committed %s", i, c, res.Chain.ModelCIDs[i])
		}
	}
	var net struct{ Nodes []dashboard.Node }
	getJSON(t, d.DashboardURL()+"v1/dashboard/network", &net)
	staked := 0
	for _, n := range net.Nodes {
		if n.Stake != "" && n.Stake != "0" && n.Reputation != nil && n.Name != "" {
			staked++
		}
	}
	if staked < 5 { // a coordinator, 3 trainers, a validator (and an authorizer)
		t.Errorf("dashboard network: %d named nodes with a stake and reputation: %+v", staked, net.Nodes)
	}
	var tasks struct{ Tasks []dashboard.Task }
	getJSON(t, d.DashboardURL()+"v1/dashboard/tasks", &tasks)
	if len(tasks.Tasks) != 1 || tasks.Tasks[0].ID != res.Chain.TaskID || len(tasks.Tasks[0].Selected) != 3 {
		t.Errorf("dashboard tasks: %+v", tasks.Tasks)
	}
	checkRewards(t, d, res)
}

// checkRewards: the rewards page's figures are the chain's: every node the task paid shows that pay
// (and every validator its fee share), each node's market credit and wallet are listed, and in
// Chromium (when installed) the page draws one row per account.
func checkRewards(t *testing.T, d *Devnet, res *DevnetResult) {
	t.Helper()
	var rw struct{ Rewards []dashboard.Reward }
	getJSON(t, d.DashboardURL()+strings.TrimPrefix(dashboard.PathRewards, "/"), &rw)
	by := map[string]dashboard.Reward{}
	for _, r := range rw.Rewards {
		by[strings.ToLower(r.Address)] = r
		if r.Credit == "" || r.Balance == "" {
			t.Errorf("reward row without credit or balance: %+v", r)
		}
	}
	for _, p := range res.Chain.Payments {
		if r, ok := by[strings.ToLower(p.Node)]; !ok || r.Paid != p.Amount || r.Tasks != 1 {
			t.Errorf("rewards: node %s paid %s on chain, dashboard %+v", p.Node, p.Amount, r)
		}
	}
	for _, p := range res.Chain.ValidatorPayments {
		if r, ok := by[strings.ToLower(p.Node)]; !ok || r.ValidatorPaid != p.Amount {
			t.Errorf("rewards: validator %s paid %s on chain, dashboard %+v", p.Node, p.Amount, r)
		}
	}
	if len(res.Chain.Payments) == 0 {
		t.Error("the task paid no node")
	}
	if bin, err := exec.LookPath("chromium"); err == nil {
		dom := render(t, bin, d.DashboardURL()+"rewards")
		if n := strings.Count(dom, `<tr class="reward">`); n != len(rw.Rewards) {
			t.Errorf("rewards page draws %d rows, the endpoint lists %d", n, len(rw.Rewards))
		}
	}
}

func getJSON(t *testing.T, url string, v any) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s", url, resp.Status)
	}
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
}
