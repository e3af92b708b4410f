package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/miner"
	"github.com/cohort-net/cohort/internal/node"
	"github.com/cohort-net/cohort/internal/validator"
	"github.com/cohort-net/cohort/internal/zk"
)

// inferKeys is the InferenceOracle tests' committed model (a 3-feature logistic regression, no
// Pedersen commitment) with its compiled Solidity verifier: internal/chain/testdata/genverifier.
var inferKeys = filepath.Join("..", "chain", "testdata", "logreg3")

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// startNode writes a node config and runs the node in this process until the test ends.
func startNode(t *testing.T, ctx context.Context, home, name, body string, log *slog.Logger) {
	t.Helper()
	dir := t.TempDir()
	k, err := identity.Generate()
	if err != nil {
		t.Fatal(err)
	}
	ks, err := identity.SaveKeystore(dir, k, "pw", identity.Light)
	if err != nil {
		t.Fatal(err)
	}
	pw := filepath.Join(dir, "pw")
	os.WriteFile(pw, []byte("pw\n"), 0o600)
	conf := filepath.Join(dir, name+".toml")
	os.WriteFile(conf, []byte(fmt.Sprintf("data_dir = \"data\"\nkeystore = %q\npassword_file = %q\n%s", ks, pw, body)), 0o600)
	c, err := node.LoadConfig(conf, nil)
	if err != nil {
		t.Fatal(err)
	}
	c.Home = home
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- node.Run(ctx, c, log.With("test_node", name)) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("%s: %v", name, err)
			}
		case <-time.After(20 * time.Second):
			t.Errorf("%s did not stop", name)
		}
	})
}

func waitFor(t *testing.T, ctx context.Context, what string, f func() bool) {
	t.Helper()
	for !f() {
		select {
		case <-ctx.Done():
			t.Fatalf("timed out waiting for %s", what)
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// TestInferenceNetwork runs the inference network's roles as node processes' code against the
// embedded dev chain, with real Groth16 proofs: a miner registers with the miner role, an inference
// validator scores it and commits its scores to the validator consensus, whose epoch sets the miner's
// reputation, `cohort infer request` gets an on-chain request
// fulfilled by the miner and checked by the model's verifier on chain, and answers bound to another
// request or miner are refused.
func TestInferenceNetwork(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	d, err := chain.StartDevChain(chain.DevChainConfig{Port: 0, Accounts: 4}, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	t.Cleanup(cancel) // runs before the chain closes: the nodes stop first
	home := t.TempDir()
	common := []string{"--rpc", d.URL(), "--home", home}
	if rc, _, errs := runChainCLI(t, append([]string{"chain", "deploy", "--dev-key", "0", "--dispute-window", "2s", "--unbonding-delay", "1h", "--store", "http://127.0.0.1:1",
		"--consensus-epoch", "6s", "--consensus-commit", "3s", "--dao-stake", "1000000", "--voting-delay", "1s", "--voting-period", "10s",
		"--timelock-delay", "1s", "--judge-window", "1m"}, common...)...); rc != 0 {
		t.Fatalf("deploy: rc %d %s", rc, errs)
	}
	// The DAO holds the oracle's registrar role: a proposal gives it to dev account 0, which registers.
	grantRegistrar(t, ctx, d.URL(), home)
	rc, out, errs := runChainCLI(t, append([]string{"infer", "register-model", "--keys", inferKeys, "--verifier", filepath.Join(inferKeys, "verifier.json"), "--dev-key", "0", "--json"}, common...)...)
	if rc != 0 {
		t.Fatalf("register-model: rc %d %s", rc, errs)
	}
	var regOut struct {
		ModelID zk.Element `json:"model_id"`
	}
	if err := json.Unmarshal([]byte(out), &regOut); err != nil {
		t.Fatal(err)
	}
	// Registering twice is refused before anything is deployed.
	if rc, _, errs := runChainCLI(t, append([]string{"infer", "register-model", "--keys", inferKeys, "--verifier", filepath.Join(inferKeys, "verifier.json"), "--dev-key", "0"}, common...)...); rc == 0 || !strings.Contains(errs, "registered already") {
		t.Fatalf("second register-model: rc %d %s", rc, errs)
	}

	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	if testing.Verbose() {
		log = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	}
	keysAbs, _ := filepath.Abs(inferKeys)
	chainSec := fmt.Sprintf("[chain]\nrpc = %q\nfaucet = true\npoll = \"200ms\"\n", d.URL())
	minerAddr, valAddr := freeAddr(t), freeAddr(t)
	startNode(t, ctx, home, "miner", fmt.Sprintf("roles = [\"miner\"]\nlisten = %q\n%s\n[miner]\nkeys = %q\n", minerAddr, chainSec, keysAbs), log)
	startNode(t, ctx, home, "validator", fmt.Sprintf("roles = [\"validator\"]\nlisten = %q\n%s\n[validator.inference]\nkeys = %q\ninterval = \"300ms\"\npublish_every = 2\ntimeout = \"30s\"\n",
		valAddr, chainSec, keysAbs), log)

	c, dep, err := (&app{home: home, log: log}).dialDeployment(ctx, &chainFlags{rpc: d.URL()})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if dep.Suite.InferenceOracle == (chain.Suite{}).InferenceOracle {
		t.Fatal("no oracle in the deployment record")
	}
	var minerID cohort.NodeID
	waitFor(t, ctx, "the miner's registration", func() bool {
		ns, err := c.NodesWithRole(ctx, cohort.RoleMiner)
		if err != nil || len(ns) != 1 {
			return false
		}
		minerID = ns[0].NodeID()
		return ns[0].Endpoint == "http://"+minerAddr && ns[0].Stake.Sign() > 0
	})

	// A validator round scores the miner; its scores, committed and revealed in a consensus epoch, become
	// the miner's reputation on chain.
	var scores validator.Scores
	waitFor(t, ctx, "a scored round", func() bool {
		resp, err := http.Get("http://" + valAddr + validator.ScoresPath)
		if err != nil {
			return false
		}
		defer resp.Body.Close()
		if json.NewDecoder(resp.Body).Decode(&scores) != nil || len(scores.Miners) != 1 {
			return false
		}
		return scores.Miners[0].Valid >= 2
	})
	if m := scores.Miners[0]; m.AddressHex != minerID.String() || m.Score <= 0 || m.Invalid != 0 || scores.ModelID != regOut.ModelID {
		t.Fatalf("scores %+v", scores)
	}
	waitFor(t, ctx, "the miner's reputation", func() bool {
		n, err := c.Node(ctx, chain.Addr(minerID))
		return err == nil && n.Reputation > 0
	})

	// An on-chain request, fulfilled by the miner role and verified by the oracle.
	x := []int64{256, -512, 1024}
	rc, out, errs = runChainCLI(t, append([]string{"infer", "request", "--keys", inferKeys, "--input", "256,-512,1024", "--fee", "2", "--dev-key", "0", "--timeout", "90s", "--json"}, common...)...)
	if rc != 0 {
		t.Fatalf("infer request: rc %d %s", rc, errs)
	}
	var res inferResult
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("infer request output %q: %v", out, err)
	}
	reg, err := miner.LoadRegistered(inferKeys, true)
	if err != nil {
		t.Fatal(err)
	}
	want, err := reg.Model.Infer(x)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Verified || res.Miner != minerID.String() || !slices.Equal(res.Outputs, want) || !slices.Equal(res.DeliveredTo, []string{minerID.String()}) {
		t.Fatalf("result %+v, want outputs %v from %s", res, want, minerID)
	}
	if bal, err := c.TokenBalance(ctx, chain.Addr(minerID)); err != nil || bal.Cmp(chain.Tokens(2)) < 0 {
		t.Fatalf("the miner's balance %v (%v): the fee was not paid", bal, err)
	}

	// By model id, the model fetched from the miner, the input from a file.
	in := filepath.Join(t.TempDir(), "in.json")
	os.WriteFile(in, []byte(`{"features": [0.5, 1.25, -2]}`), 0o600)
	rc, out, errs = runChainCLI(t, append([]string{"infer", "request", "--model", reg.ModelID.String(), "--input-file", in, "--dev-key", "0", "--timeout", "90s", "--json"}, common...)...)
	if rc != 0 {
		t.Fatalf("infer request --model: rc %d %s", rc, errs)
	}
	var res2 inferResult
	if err := json.Unmarshal([]byte(out), &res2); err != nil || !res2.Verified || res2.RequestID != res.RequestID+1 || res2.Miner != minerID.String() {
		t.Fatalf("second result %+v (%v)", res2, err)
	}
	if want, _ := reg.Model.Infer(reg.Model.QuantizeInput([]float64{0.5, 1.25, -2})); !slices.Equal(res2.Outputs, want) {
		t.Fatalf("outputs %v, want %v", res2.Outputs, want)
	}

	// Attacks. Only registered validators may make the miner prove.
	stranger, _ := identity.Generate()
	_, err = miner.Call(ctx, http.DefaultClient, "http://"+minerAddr, stranger, dep.ChainID, 1,
		&zk.Request{ModelID: reg.ModelID, Nonce: zk.NewNonce(), Prover: minerID, Input: x, Salt: zk.NewSalt()})
	if cohort.Code(err) != cohort.EForbidden {
		t.Fatalf("a request signed by a stranger: %v, want forbidden", err)
	}
	// A request whose input is not the committed one is refused by the miner.
	requester := chain.NewAccount(identity.DevAccount(0))
	salt := zk.NewSalt()
	commit := reg.Model.InputCommitment(x, salt)
	id, nonce, _, err := c.RequestInference(ctx, requester, chain.InferenceAsk{ModelID: reg.ModelID, InputCommit: commit, TTL: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	body, _ := json.Marshal(node.OracleInput{RequestID: id, Input: []int64{1, 2, 3}, Salt: salt})
	if err := postOracleInput(ctx, "http://"+minerAddr, body); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("a wrong input: %v, want an EInvalid refusal", err)
	}
	// A proof bound to another miner, or to another request's nonce, does not fulfil the request.
	thief := chain.NewAccount(identity.DevAccount(1))
	prove := func(n [32]byte, prover cohort.NodeID) chain.OracleProof {
		st, proof, err := reg.Circuit.Prove(reg.PK, reg.ModelID, &zk.Request{ModelID: reg.ModelID, Nonce: zk.Element(n), Prover: prover, Input: x, Salt: salt})
		if err != nil {
			t.Fatal(err)
		}
		sp, err := zk.SolidityProof(reg.Circuit.Scheme, proof)
		if err != nil {
			t.Fatal(err)
		}
		return chain.OracleProof{ModelID: st.ModelID, Nonce: st.Nonce, InputCommit: st.InputCommit, Prover: st.Prover, Outputs: st.Outputs, Proof: sp}
	}
	minersProof := prove(nonce, minerID)
	if _, err := c.FulfilInference(ctx, thief, id, minersProof); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("another miner's proof: %v, want refused", err)
	}
	stale := prove(res.Nonce, cohort.NodeID(thief.Addr))
	if _, err := c.FulfilInference(ctx, thief, id, stale); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("a proof for another request: %v, want refused", err)
	}
	// Patched to claim the right nonce, the proof fails the verifier on chain.
	stale.Nonce = nonce
	if _, err := c.FulfilInference(ctx, thief, id, stale); err == nil || !chain.IsRevert(err) || !strings.Contains(err.Error(), "ProofRejected") {
		t.Fatalf("a patched proof: %v, want the oracle's ProofRejected", err)
	}
	if q, err := c.OracleRequestInfo(ctx, id); err != nil || q.Status != chain.RequestPending {
		t.Fatalf("request %d after the attacks: %+v %v", id, q, err)
	}
}

// grantRegistrar passes a DAO proposal (dev account 0 holds the votes) that gives dev account 0 the
// oracle's REGISTRAR_ROLE.
func grantRegistrar(t *testing.T, ctx context.Context, url, home string) {
	t.Helper()
	c, err := chain.Dial(ctx, url, chain.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	dep, err := chain.ReadDeployment(chain.DeploymentPath(home, c.ChainID().Uint64()))
	if err != nil {
		t.Fatal(err)
	}
	c.UseSuite(dep.Suite)
	admin := chain.NewAccount(identity.DevAccount(0))
	tx, err := c.GrantRoleAction("inference_oracle", "REGISTRAR_ROLE", admin.Addr)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.PassProposal(ctx, admin, chain.Proposal{Calls: []chain.Tx{tx}, Description: "registrar for the test"}); err != nil {
		t.Fatalf("grant the registrar role by proposal: %v", err)
	}
}
