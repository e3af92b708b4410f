package cli

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/artifact"
	"github.com/cohort-net/cohort/internal/artifact/blockapi"
	"github.com/cohort-net/cohort/internal/artifact/fsstore"
	"github.com/cohort-net/cohort/internal/artifact/sealed"
	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/identity"
)

// TestDataOrderAgainstEmbeddedChain: a data owner finds a service, orders its validation of a CSV
// (sealed to the service's key, stored in the shared store) and reads the order back.
func TestDataOrderAgainstEmbeddedChain(t *testing.T) {
	d, err := chain.StartDevChain(chain.DevChainConfig{Accounts: 6}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, err := chain.Dial(ctx, d.URL(), chain.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	admin := chain.NewAccount(identity.DevAccount(0))
	dep, err := c.DeployAll(ctx, admin, chain.DeployParams{FeeBps: 100, UnbondingDelay: time.Hour}, d.URL())
	if err != nil {
		t.Fatal(err)
	}
	home := t.TempDir()
	blocks, err := fsstore.New(filepath.Join(home, "gateway"), nil)
	if err != nil {
		t.Fatal(err)
	}
	gw := httptest.NewServer(blockapi.Handler(blocks, slog.New(slog.DiscardHandler)))
	defer gw.Close()
	dep.Store = gw.URL
	if err := chain.WriteDeployment(chain.DeploymentPath(home, dep.ChainID), dep); err != nil {
		t.Fatal(err)
	}
	// An authorizer lists a service with its sealing key, as the node role does.
	auth := chain.NewAccount(identity.DevAccount(4))
	if err := c.EnsureFunds(ctx, admin, auth, chain.Tokens(100)); err != nil {
		t.Fatal(err)
	}
	prof := chain.NodeProfile{Roles: []cohort.Role{cohort.RoleAuthorizer}, Endpoint: "http://127.0.0.1:1", HourlyRate: chain.Tokens(1)}
	if _, err := c.Register(ctx, auth, prof, chain.Tokens(100)); err != nil {
		t.Fatal(err)
	}
	reg, _ := c.DataRegistry()
	ep := chain.ServiceEndpoint{URL: "http://127.0.0.1:1", PubKey: identity.DevAccount(4).CompressedPublicKey()}.String()
	if _, _, err := reg.ListService(ctx, auth, [32]byte{1}, chain.Tokens(2), ep); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Transfer(ctx, admin, chain.NewAccount(identity.DevAccount(5)).Addr, chain.Tokens(10)); err != nil {
		t.Fatal(err)
	}
	data := filepath.Join(home, "mine.csv")
	raw, _ := cohort.Datasets.ReadFile("datasets/breast_cancer.csv")
	os.WriteFile(data, raw, 0o600)
	common := []string{"--rpc", d.URL(), "--home", home}

	rc, out, errs := runChainCLI(t, append([]string{"data", "services"}, common...)...)
	if rc != 0 || !strings.Contains(out, "takes sealed data") || !strings.Contains(out, auth.Addr.Hex()) {
		t.Fatalf("services: rc %d %s %s", rc, out, errs)
	}
	rc, out, errs = runChainCLI(t, append([]string{"data", "order", "--service", "0", "--data", data, "--dev-key", "5", "--json"}, common...)...)
	if rc != 0 {
		t.Fatalf("order: rc %d %s", rc, errs)
	}
	var o struct {
		Order       uint64 `json:"order"`
		ManifestCID string `json:"manifest_cid"`
		DataCID     string `json:"data_cid"`
	}
	if err := json.Unmarshal([]byte(out), &o); err != nil || o.ManifestCID == "" {
		t.Fatalf("order output %q: %v", out, err)
	}
	// The data reached the shared store sealed.
	dc, err := artifact.ParseCID(o.DataCID)
	if err != nil {
		t.Fatal(err)
	}
	rcl, err := blocks.Get(ctx, dc)
	if err != nil {
		t.Fatal(err)
	}
	head := make([]byte, len(sealed.Magic))
	io.ReadFull(rcl, head)
	rcl.Close()
	if string(head) != sealed.Magic {
		t.Fatalf("the stored data is not a sealed envelope: %q", head)
	}
	rc, out, errs = runChainCLI(t, append([]string{"data", "status", "0"}, common...)...)
	if rc != 0 || !strings.Contains(out, "open") || !strings.Contains(out, o.ManifestCID) || !strings.Contains(out, "not attested") {
		t.Fatalf("status: rc %d %s %s", rc, out, errs)
	}
	// Not served: the owner takes the fee back after the deadline, not before.
	rc, _, errs = runChainCLI(t, append([]string{"data", "refund", "0", "--dev-key", "5"}, common...)...)
	if rc == 0 || !strings.Contains(errs, "OrderNotExpired") {
		t.Fatalf("early refund: rc %d %s", rc, errs)
	}
	rc, _, errs = runChainCLI(t, append([]string{"data", "order", "--service", "0", "--data", data, "--dev-key", "5", "--ttl", "1s"}, common...)...)
	if rc != 0 {
		t.Fatalf("order 1: rc %d %s", rc, errs)
	}
	// The dev chain's clock moves with its blocks: make blocks until it passes the deadline.
	for i := 0; i < 20; i++ {
		if rc, out, errs = runChainCLI(t, append([]string{"data", "refund", "1", "--dev-key", "5"}, common...)...); rc == 0 {
			break
		}
		time.Sleep(300 * time.Millisecond)
		if _, err := c.Transfer(ctx, admin, admin.Addr, chain.Tokens(0)); err != nil {
			t.Fatal(err)
		}
	}
	if rc != 0 || !strings.Contains(out, "order 1 refunded: 2 tokens") {
		t.Fatalf("refund: rc %d %s %s", rc, out, errs)
	}
	if rc, out, _ = runChainCLI(t, append([]string{"data", "status", "1"}, common...)...); rc != 0 || !strings.Contains(out, "refunded") {
		t.Fatalf("status after refund: rc %d %s", rc, out)
	}
	rc, _, errs = runChainCLI(t, append([]string{"data", "order", "--data", data, "--dev-key", "5"}, common...)...)
	if rc != 2 || !strings.Contains(errs, "--service") {
		t.Fatalf("no service: rc %d %s", rc, errs)
	}
}
