package node

import (
	"bytes"
	"context"
	"crypto/sha256"
	"math/big"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/cohort-net/cohort/internal/artifact/blockapi"
	"github.com/cohort-net/cohort/internal/artifact/fsstore"
	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/task"
)

// A trainer node skips, with a logged reason and no bid, a task whose document does not resolve and
// one whose document does not parse, and bids on a good one published after them.
func TestTrainerSkipsUnusableTasks(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	dev, err := chain.StartDevChain(chain.DevChainConfig{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer dev.Close()
	conn, err := chain.Dial(ctx, dev.URL(), chain.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	admin := chain.NewAccount(identity.DevAccount(0))
	dep, err := conn.DeployAll(ctx, admin, chain.DeployParams{}, dev.URL())
	if err != nil {
		t.Fatal(err)
	}
	fs, err := fsstore.New(t.TempDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	gw := httptest.NewServer(blockapi.Handler(fs, nil))
	defer gw.Close()
	dep.Store = gw.URL
	dir := t.TempDir()
	depPath := filepath.Join(dir, "deployment.json")
	if err := chain.WriteDeployment(depPath, dep); err != nil {
		t.Fatal(err)
	}
	train, _, _, err := dataset.LoadSource("breast_cancer", "", "", 1)
	if err != nil {
		t.Fatal(err)
	}
	if err := writeDatasetCSV(filepath.Join(dir, "rows.csv"), train); err != nil {
		t.Fatal(err)
	}
	key, _ := identity.Generate()
	ks, _ := identity.SaveKeystore(filepath.Join(dir, "key"), key, "pw", identity.Light)
	os.WriteFile(filepath.Join(dir, "pw"), []byte("pw\n"), 0o600)
	cfg := &Config{Roles: []string{RoleTrainer}, Listen: "127.0.0.1:0", DataDir: filepath.Join(dir, "data"), Keystore: ks,
		PasswordFile: filepath.Join(dir, "pw"), Chain: ChainConfig{RPC: dev.URL(), Deployment: depPath, Faucet: true, Poll: task.Duration(100 * time.Millisecond)},
		Trainer: TrainerConfig{Data: filepath.Join(dir, "rows.csv"), Label: train.Label}}
	if err := cfg.resolve(); err != nil {
		t.Fatal(err)
	}
	nctx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- Run(nctx, cfg, nil) }()
	defer func() { stop(); <-done }()
	for {
		if n, err := conn.Node(ctx, chain.Addr(key.ID())); err == nil && n.Registered {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}

	good, err := task.Parse([]byte(`name = "good"
[data]
label = "malignant"
classes = ["0", "1"]
features = 30
[market]
budget = "100"
max_hourly_rate = "20"
bidding_window = "1h"
`))
	if err != nil {
		t.Fatal(err)
	}
	garbage := []byte("this is not a task file")
	if _, err := fs.Put(ctx, bytes.NewReader(garbage)); err != nil {
		t.Fatal(err)
	}
	if _, err := fs.Put(ctx, bytes.NewReader(good.Canonical())); err != nil {
		t.Fatal(err)
	}
	publish := func(digest [32]byte) int64 {
		terms, err := TaskTerms(&good, digest, time.Now().Add(time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		id, _, err := conn.Publish(ctx, admin, terms)
		if err != nil {
			t.Fatal(err)
		}
		return id.Int64()
	}
	missing := publish(sha256.Sum256([]byte("a document nobody stored")))
	unparsable := publish(sha256.Sum256(garbage))
	fine := publish(sha256.Sum256(good.Canonical()))
	deadline := time.Now().Add(30 * time.Second)
	for {
		info, err := conn.Task(ctx, bigInt(fine))
		if err == nil && len(info.Bids) == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no bid on the good task: %+v %v", info, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	for _, id := range []int64{missing, unparsable} {
		info, err := conn.Task(ctx, bigInt(id))
		if err != nil || len(info.Bids) != 0 {
			t.Fatalf("task %d: %d bids (err %v), want none", id, len(info.Bids), err)
		}
	}
}

func bigInt(v int64) *big.Int { return big.NewInt(v) }
