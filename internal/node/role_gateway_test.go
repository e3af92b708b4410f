package node

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/client"
	"github.com/cohort-net/cohort/internal/dashboard"
	"github.com/cohort-net/cohort/internal/gateway"
	"github.com/cohort-net/cohort/internal/gateway/gatewaytest"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/modelfile"
	"github.com/cohort-net/cohort/internal/task"
)

// TestGatewayNode runs a gateway node off chain from its config (`roles = ["gateway"]`, a model file)
// and checks over HTTP: inference through the Go client, every route of the OpenAPI document served
// by the node's listener, and /metrics counting the inferences and a flooding address's refusals.
func TestGatewayNode(t *testing.T) {
	dir := t.TempDir()
	f, test, err := gatewaytest.Train(t.Context(), "breast_cancer", "logreg", 0, 1)
	if err != nil {
		t.Fatal(err)
	}
	modelPath := filepath.Join(dir, "model.json")
	if err := modelfile.Write(modelPath, f); err != nil {
		t.Fatal(err)
	}
	_, ks, err := devKeyFile(filepath.Join(dir, "keys"), "gateway-test")
	if err != nil {
		t.Fatal(err)
	}
	pw := filepath.Join(dir, "pw")
	os.WriteFile(pw, []byte("devnet"), 0o600)
	addr, err := freeAddr("127.0.0.1")
	if err != nil {
		t.Fatal(err)
	}
	conf := filepath.Join(dir, "gateway.toml")
	os.WriteFile(conf, []byte(`roles = ["gateway"]
listen = "`+addr+`"
data_dir = "data"
keystore = "`+ks+`"
password_file = "pw"
[gateway]
models = ["model.json"]
rate = 1
burst = 20
`), 0o600)
	c, err := LoadConfig(conf, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- Run(ctx, c, nil) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
	})
	base := "http://" + addr
	for deadline := time.Now().Add(30 * time.Second); ; {
		if resp, err := http.Get(base + "/livez"); err == nil {
			resp.Body.Close()
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("gateway node did not start")
		}
		time.Sleep(50 * time.Millisecond)
	}

	cl := client.New(base, nil)
	res, err := cl.Infer(t.Context(), client.InferRequest{Inputs: [][]float64{test.Row(0), test.Row(1)}})
	if err != nil {
		t.Fatal(err)
	}
	classes, _ := f.Predict(test.Subset([]int{0, 1}))
	if len(res.Outputs) != 2 || res.Outputs[0].Class != classes[0] || res.Outputs[1].Class != classes[1] {
		t.Fatalf("outputs %+v, the model file predicts %v", res.Outputs, classes)
	}

	// Every operation of the served OpenAPI document answers on the node's listener.
	var doc struct {
		Paths map[string]map[string]json.RawMessage `json:"paths"`
	}
	resp, err := http.Get(base + client.PathOpenAPI)
	if err != nil {
		t.Fatal(err)
	}
	json.NewDecoder(resp.Body).Decode(&doc)
	resp.Body.Close()
	if len(doc.Paths) != len(gateway.Routes)+3 {
		t.Fatalf("openapi.json has %d paths", len(doc.Paths))
	}
	for path, ops := range doc.Paths {
		for m := range ops {
			p := strings.ReplaceAll(path, "{name}", f.Name())
			body := ""
			if m == "post" {
				b, _ := json.Marshal(client.InferRequest{Inputs: [][]float64{test.Row(2)}})
				body = string(b)
			}
			req, _ := http.NewRequest(strings.ToUpper(m), base+p, strings.NewReader(body))
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != 200 {
				t.Errorf("%s %s on the node: %s", m, p, resp.Status)
			}
		}
	}

	// The node serves the dashboard: its inference page lists the served model; nobody can POST to it.
	resp, err = http.Get(base + "/inference")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("dashboard page: %v %v", resp, err)
	}
	resp.Body.Close()
	resp, err = http.Get(base + dashboard.PathModels)
	if err != nil {
		t.Fatal(err)
	}
	var dm client.ModelList
	json.NewDecoder(resp.Body).Decode(&dm)
	resp.Body.Close()
	if len(dm.Models) != 1 || dm.Models[0].Name != f.Name() {
		t.Errorf("dashboard models %+v, want %s", dm.Models, f.Name())
	}
	for _, p := range []string{"/", "/inference", dashboard.PathModels, dashboard.PathNetwork} {
		resp, err := http.Post(base+p, "application/json", strings.NewReader("{}"))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusMethodNotAllowed {
			t.Errorf("POST %s on the gateway node: %s, want 405", p, resp.Status)
		}
	}

	// The attack: one address floods inference; past its burst it is refused (429) and counted.
	var limited int
	for range 40 {
		_, err := cl.Infer(t.Context(), client.InferRequest{Inputs: [][]float64{test.Row(0)}})
		if cohort.Code(err) == cohort.ERateLimited {
			limited++
		}
	}
	if limited < 15 {
		t.Fatalf("%d of 40 flood requests rate-limited", limited)
	}
	m := scrape(t, base)
	if got := m[`cohort_gateway_inferences_total{mode="plain",result="ok"}`]; got < 3 {
		t.Errorf("plain inferences counted: %v", got)
	}
	if got := m[`cohort_api_rejections_total{reason="rate_limit"}`]; got != float64(limited) {
		t.Errorf("rate_limit rejections %v, the client saw %d", got, limited)
	}
	if m[`cohort_http_requests_total{code="200",route="/v1/dashboard"}`] != 1 || m[`cohort_http_requests_total{code="200",route="/dashboard"}`] != 1 {
		t.Errorf("dashboard requests not counted under their two labels")
	}
	if got := m[`cohort_http_requests_total{code="429",route="/v1/infer"}`]; got != float64(limited) {
		t.Errorf("429s on /v1/infer counted %v, the client saw %d", got, limited)
	}
}

// TestGatewayProvenThroughSubnet: mode proven goes from the gateway, signed by its key, to an
// inference validator whose miner proves it; the answer carries the verified proof. A gateway whose
// key the validator does not list is refused there (the attack: an unlisted node using the subnet).
func TestGatewayProvenThroughSubnet(t *testing.T) {
	f, test, err := gatewaytest.Train(t.Context(), "breast_cancer", "logreg", 0, 1)
	if err != nil {
		t.Fatal(err)
	}
	listed, err := identity.DevKey("gateway-test/listed")
	if err != nil {
		t.Fatal(err)
	}
	stranger, err := identity.DevKey("gateway-test/stranger")
	if err != nil {
		t.Fatal(err)
	}
	sub, err := StartInferenceDevnet(t.Context(), InferenceOptions{Miners: 1, Dishonest: -1, Seed: 1, RPC: "none", Clients: []cohort.NodeID{listed.ID()}})
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Close()
	for i, tc := range []struct {
		key *identity.Key
		ok  bool
	}{{listed, true}, {stranger, false}} {
		g, err := StartGateway(GatewayOptions{Models: []*modelfile.File{f}, Proven: NewValidatorProver(sub.ValidatorURL(), tc.key, task.DefaultChainID)})
		if err != nil {
			t.Fatal(err)
		}
		res, err := client.New(g.URL, nil).Infer(t.Context(), client.InferRequest{Mode: client.ModeProven, Inputs: [][]float64{test.Row(i)}})
		g.Close()
		if !tc.ok {
			if err == nil || !strings.Contains(err.Error(), "not a client") {
				t.Fatalf("an unlisted gateway's proven request: %v", err)
			}
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if res.Mode != client.ModeProven || res.Proof == nil || res.Proof.Verified < 1 || len(res.Proof.Proof) == 0 || res.Outputs[0].Class != res.Proof.Class {
			t.Fatalf("proven answer %+v", res)
		}
	}
}

// TestGatewayConfigChecks: a node may not run the inference gateway beside a miner (both serve POST
// /v1/infer), and the gateway's limits may not be negative.
func TestGatewayConfigChecks(t *testing.T) {
	base := Config{DataDir: "d", Keystore: "k", Chain: ChainConfig{RPC: "http://127.0.0.1:1"}}
	c := base
	c.Roles, c.Miner.Keys, c.Gateway.Models = []string{RoleGateway, RoleMiner}, "keys", []string{"m.json"}
	if err := c.resolve(); err == nil || !strings.Contains(err.Error(), "miner") {
		t.Errorf("gateway beside a miner: %v", err)
	}
	c = base
	c.Roles, c.Gateway.Rate = []string{RoleGateway}, -1
	if err := c.resolve(); err == nil {
		t.Error("a negative rate was accepted")
	}
	c = Config{DataDir: "d", Keystore: "k", Roles: []string{RoleGateway}}
	if err := c.resolve(); err != nil {
		t.Errorf("a gateway off chain: %v", err)
	}
}
