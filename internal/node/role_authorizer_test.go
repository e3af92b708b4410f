package node

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"log/slog"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ipfs/go-cid"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/artifact"
	"github.com/cohort-net/cohort/internal/artifact/fsstore"
	"github.com/cohort-net/cohort/internal/artifact/ipfs"
	"github.com/cohort-net/cohort/internal/artifact/sealed"
	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/schema"
	"github.com/cohort-net/cohort/internal/task"
)

// dataFixture is a simulated chain with the whole suite, a shared artifact store, the bundled
// breast_cancer schema and data on disk, and an authorizer node's role listed for the schema.
type dataFixture struct {
	t       *testing.T
	ctx     context.Context
	sim     *chain.Simulated
	dep     chain.Deployment
	store   *fsstore.Store
	dir     string
	schema  string // schema file
	data    string // the owner's CSV
	auth    *authorizerRole
	reg     *chain.DataRegistry
	service uint64
	admin   *chain.Account
}

func newDataFixture(t *testing.T) *dataFixture {
	t.Helper()
	ctx := t.Context()
	sim, err := chain.NewSimulated(ctx, 10, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Close() })
	f := &dataFixture{t: t, ctx: ctx, sim: sim, dir: t.TempDir(), admin: sim.Accounts[0]}
	if f.dep, err = sim.Conn.DeployAll(ctx, f.admin, chain.DeployParams{FeeBps: 100, UnbondingDelay: time.Hour}, ""); err != nil {
		t.Fatal(err)
	}
	if f.store, err = fsstore.New(filepath.Join(f.dir, "store"), nil); err != nil {
		t.Fatal(err)
	}
	f.schema = f.writeBundled("breast_cancer.schema.yaml")
	f.data = f.writeBundled("breast_cancer.csv")
	s := f.system(identity.DevAccount(4), &Config{Roles: []string{RoleAuthorizer}, DataDir: filepath.Join(f.dir, "authorizer"),
		Chain: ChainConfig{Faucet: true, Stake: "100", Rate: "10"}, Authorizer: AuthorizerConfig{Schemas: []string{f.schema}, Fee: "5", MaxDataMB: 64}})
	a, err := newAuthorizerRole(s)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.register(ctx, []role{a}); err != nil {
		t.Fatal(err)
	}
	if err := a.listServices(ctx); err != nil {
		t.Fatal(err)
	}
	f.auth, f.reg = a, a.registry
	for id := range a.services {
		f.service = id
	}
	return f
}

func (f *dataFixture) writeBundled(name string) string {
	b, err := cohort.Datasets.ReadFile("datasets/" + name)
	if err != nil {
		f.t.Fatal(err)
	}
	return f.write(name, b)
}

func (f *dataFixture) write(name string, b []byte) string {
	p := filepath.Join(f.dir, name)
	if err := os.WriteFile(p, b, 0o600); err != nil {
		f.t.Fatal(err)
	}
	return p
}

func (f *dataFixture) system(key *identity.Key, c *Config) *system {
	return &system{cfg: c, key: key, acct: chain.NewAccount(key), conn: f.sim.Conn, dep: f.dep, store: f.store,
		log: slog.New(slog.DiscardHandler), tasks: newTaskMux(), endpoint: "http://127.0.0.1:7100", specs: map[string]*task.File{}, specOfTsk: map[string][32]byte{}}
}

// owner returns a dev account funded with tokens for fees.
func (f *dataFixture) owner(i int) *identity.Key {
	k := identity.DevAccount(i)
	if _, err := f.sim.Conn.Transfer(f.ctx, f.admin, chain.NewAccount(k).Addr, chain.Tokens(50)); err != nil {
		f.t.Fatal(err)
	}
	return k
}

func (f *dataFixture) order(owner *identity.Key, path string) *DataOrder {
	f.t.Helper()
	fh, err := os.Open(path)
	if err != nil {
		f.t.Fatal(err)
	}
	defer fh.Close()
	o, err := OrderValidation(f.ctx, f.sim.Conn, f.store, owner, f.service, "bc", fh, time.Hour)
	if err != nil {
		f.t.Fatal(err)
	}
	return o
}

// serve runs the authorizer's order watcher over everything on chain, as a node (re)started now does.
func (f *dataFixture) serve() {
	f.t.Helper()
	w := f.reg.WatchOrders(f.dep.Block, 0)
	if _, err := w.Poll(f.ctx, func(ev chain.OrderEvent) error { return f.auth.handleOrder(f.ctx, ev) }); err != nil {
		f.t.Fatal(err)
	}
}

func (f *dataFixture) balance(k *identity.Key) *big.Int {
	b, err := f.sim.Conn.TokenBalance(f.ctx, chain.NewAccount(k).Addr)
	if err != nil {
		f.t.Fatal(err)
	}
	return b
}

func (f *dataFixture) orderStatus(id uint64) chain.ValidationOrder {
	o, err := f.reg.Order(f.ctx, id)
	if err != nil {
		f.t.Fatal(err)
	}
	return o
}

// openReport opens the sealed signed report as key.
func (f *dataFixture) openReport(c string, key *identity.Key) *schema.Attestation {
	f.t.Helper()
	rc, err := f.store.Get(f.ctx, mustCID(f.t, c))
	if err != nil {
		f.t.Fatal(err)
	}
	defer rc.Close()
	r, err := sealed.Open(rc, key)
	if err != nil {
		f.t.Fatal(err)
	}
	var att schema.Attestation
	if err := json.NewDecoder(r).Decode(&att); err != nil {
		f.t.Fatal(err)
	}
	if err := att.Verify(identity.Verifier{}); err != nil {
		f.t.Fatalf("report signature: %v", err)
	}
	return &att
}

func TestAuthorizerValidatesAttestsAndIsPaid(t *testing.T) {
	f := newDataFixture(t)
	owner := f.owner(5)
	authKey := f.auth.s.key
	before := f.balance(authKey)
	o := f.order(owner, f.data)
	f.serve()

	if st := f.orderStatus(o.Order); st.Status != chain.OrderPaid {
		t.Fatalf("order %d is %s, want paid", o.Order, st.Status)
	}
	if got := new(big.Int).Sub(f.balance(authKey), before); got.Cmp(chain.Tokens(5)) != 0 {
		t.Fatalf("authorizer earned %s, want the 5 token fee", chain.FormatTokens(got))
	}
	st, err := ValidationStatus(f.ctx, f.sim.Conn, o.Order)
	if err != nil {
		t.Fatal(err)
	}
	if !st.Attested || !st.Passed || st.Rows != 569 || st.ManifestCID != o.ManifestCID {
		t.Fatalf("status %+v: want a passing attestation of %s with 569 rows", st, o.ManifestCID)
	}
	rec, ok := f.auth.record(o.Order)
	if !ok || !rec.Attested || rec.ReportCID == "" {
		t.Fatalf("record %+v", rec)
	}
	att := f.openReport(rec.ReportCID, owner)
	if att.Authorizer != authKey.ID().String() || att.Report.DataCID != o.PlainCID || !att.Report.Passed {
		t.Fatalf("signed report: authorizer %s data %s passed %v", att.Authorizer, att.Report.DataCID, att.Report.Passed)
	}
	rh, _ := schema.ReportHash(att.Report)
	if st.ReportHash != "0x"+hex.EncodeToString(rh[:]) {
		t.Fatalf("the report's hash %x is not the one attested (%s)", rh, st.ReportHash)
	}

	// A restarted node replays the order and sends nothing.
	nonce := f.nonce(authKey)
	f.serve()
	if n := f.nonce(authKey); n != nonce {
		t.Fatalf("replaying a served order sent %d transactions", n-nonce)
	}
}

func (f *dataFixture) nonce(k *identity.Key) uint64 {
	n, err := f.sim.Backend.Client().NonceAt(f.ctx, chain.NewAccount(k).Addr, nil)
	if err != nil {
		f.t.Fatal(err)
	}
	return n
}

func TestAuthorizerFailingDataIsAttestedAsFailed(t *testing.T) {
	f := newDataFixture(t)
	owner := f.owner(5)
	// Negative radii are out of the schema's range.
	lines := strings.Split(string(mustRead(t, f.data)), "\n")
	for i := 1; i <= 5; i++ {
		lines[i] = "-5" + lines[i][strings.Index(lines[i], ","):]
	}
	bad := f.write("bad.csv", []byte(strings.Join(lines, "\n")))
	o := f.order(owner, bad)
	f.serve()

	st, err := ValidationStatus(f.ctx, f.sim.Conn, o.Order)
	if err != nil {
		t.Fatal(err)
	}
	if !st.Attested || st.Passed || st.Status != chain.OrderPaid {
		t.Fatalf("status %+v: want a failing attestation, paid", st)
	}
	rec, _ := f.auth.record(o.Order)
	att := f.openReport(rec.ReportCID, owner)
	if att.Report.Errors == 0 || len(att.Report.Issues) == 0 || !strings.Contains(rec.Reason, "failed validation") {
		t.Fatalf("the report does not say why: %d errors, issues %v, reason %q", att.Report.Errors, att.Report.Issues, rec.Reason)
	}
	// Such a dataset does not qualify a trainer.
	tr := f.trainer(6, bad, o.ManifestCID)
	if why := tr.fits(f.ctx, f.attestedTask()); !strings.Contains(why, "no registered authorizer attested") {
		t.Fatalf("a failed dataset qualified the trainer: %q", why)
	}
}

// TestAuthorizerRefusesDataItWasNotGiven is the attack check: the authorizer attests only data its
// client handed it, sealed to both, and only when the data is what the manifest names. A stranger
// who copies an owner's public manifest fields (sealed data CID, plaintext CID) into a manifest of
// its own would otherwise get an attestation for data it does not hold, and a report (statistics of
// the owner's private data) sealed to itself.
func TestAuthorizerRefusesDataItWasNotGiven(t *testing.T) {
	f := newDataFixture(t)
	owner, stranger := f.owner(5), f.owner(7)
	honest := f.order(owner, f.data)
	f.serve()

	authKey := f.auth.s.key
	strangerManifest := func(m schema.DatasetManifest) uint64 {
		m.Type, m.Encrypted, m.Owner = schema.DatasetType, true, "0x"+hex.EncodeToString(stranger.CompressedPublicKey())
		b, _ := json.Marshal(m)
		c := artifact.RawCID(b)
		if err := f.store.PutBlock(f.ctx, c, b); err != nil {
			t.Fatal(err)
		}
		d, _ := chain.ManifestDigest(c.Bytes())
		id, _, err := f.reg.OrderValidation(f.ctx, chain.NewAccount(stranger), f.service, d, time.Hour, nil)
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	// 1. The owner's sealed data under the stranger's manifest.
	reuse := strangerManifest(schema.DatasetManifest{DataCID: honest.DataCID, PlainCID: honest.PlainCID})
	// 2. The owner's plaintext CID claimed for other data the stranger seals itself.
	lines := strings.Split(string(mustRead(t, f.data)), "\n")
	own := []byte(strings.Join(lines[:101], "\n") + "\n")
	var env bytes.Buffer
	if err := sealed.Seal(&env, bytes.NewReader(own), []sealed.Recipient{sealed.RecipientOf(authKey), sealed.RecipientOf(stranger)}); err != nil {
		t.Fatal(err)
	}
	envCID, err := f.store.Put(f.ctx, &env)
	if err != nil {
		t.Fatal(err)
	}
	claim := strangerManifest(schema.DatasetManifest{DataCID: artifact.String(envCID), PlainCID: honest.PlainCID})
	nonce := f.nonce(authKey)
	f.serve()
	if n := f.nonce(authKey); n != nonce {
		t.Fatalf("the authorizer sent %d transactions for the stranger's orders", n-nonce)
	}
	for id, want := range map[uint64]string{reuse: "not sealed to the order's client", claim: "the manifest names"} {
		if st := f.orderStatus(id); st.Status != chain.OrderOpen {
			t.Fatalf("order %d: %s, want open (refundable)", id, st.Status)
		}
		rec, ok := f.auth.record(id)
		if !ok || rec.Attested || rec.ReportCID != "" || !strings.Contains(rec.Reason, want) {
			t.Fatalf("order %d: record %+v, want a refusal saying %q", id, rec, want)
		}
	}
	// 3. The owner's manifest itself, ordered by the stranger: it is attested already, so the fee is
	// collected, but nothing is validated again and no report goes to the stranger.
	hd, _ := chain.ManifestDigest(mustCID(t, honest.ManifestCID).Bytes())
	copied, _, err := f.reg.OrderValidation(f.ctx, chain.NewAccount(stranger), f.service, hd, time.Hour, nil)
	if err != nil {
		t.Fatal(err)
	}
	f.serve()
	if _, ok := f.auth.record(copied); ok {
		t.Fatalf("the authorizer validated the owner's data again for a stranger's order")
	}
	// And the stranger holds no dataset a trainer check accepts under the owner's data id.
	if why := f.trainer(7, f.write("own.csv", own), honest.ManifestCID).fits(f.ctx, f.attestedTask()); !strings.Contains(why, "is not the dataset") {
		t.Fatalf("the stranger's data passed as the owner's: %q", why)
	}
}

func mustRead(t *testing.T, p string) []byte {
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func mustCID(t *testing.T, s string) cid.Cid {
	t.Helper()
	c, err := artifact.ParseCID(s)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// trainer returns a trainer role with data and dataset_id.
func (f *dataFixture) trainer(i int, data, datasetID string) *trainerRole {
	f.t.Helper()
	s := f.system(identity.DevAccount(i), &Config{Roles: []string{RoleTrainer}, DataDir: filepath.Join(f.dir, "trainer"),
		Chain: ChainConfig{Rate: "10"}, Trainer: TrainerConfig{Data: data, Label: "malignant", MaxTasks: 1, DatasetID: datasetID}})
	tr, err := newTrainerRole(s)
	if err != nil {
		f.t.Fatal(err)
	}
	return tr
}

// attestedTask wants an attested breast_cancer dataset.
func (f *dataFixture) attestedTask() *task.File {
	sch, err := schema.Load(f.schema)
	if err != nil {
		f.t.Fatal(err)
	}
	id, _ := schemaDigest(sch)
	return &task.File{Data: task.Data{Label: "malignant", Classes: []string{"0", "1"}, Features: 30,
		Schema: "0x" + hex.EncodeToString(id[:]), Attested: true}}
}

func TestTrainerNeedsAnAttestedDataset(t *testing.T) {
	f := newDataFixture(t)
	owner := f.owner(5)
	tf := f.attestedTask()

	o := f.order(owner, f.data)
	if why := f.trainer(6, f.data, o.ManifestCID).fits(f.ctx, tf); !strings.Contains(why, "no registered authorizer attested") {
		t.Fatalf("before the attestation: fits says %q", why)
	}
	f.serve()
	if why := f.trainer(6, f.data, o.ManifestCID).fits(f.ctx, tf); why != "" {
		t.Fatalf("with an attested dataset the trainer is skipped: %s", why)
	}
	if why := f.trainer(6, f.data, "").fits(f.ctx, tf); !strings.Contains(why, "dataset_id") {
		t.Fatalf("without a dataset id: fits says %q", why)
	}
	// Another data file than the attested one does not qualify.
	other := f.write("other.csv", append(mustRead(t, f.data), mustRead(t, f.data)[strings.Index(string(mustRead(t, f.data)), "\n")+1:]...))
	if why := f.trainer(6, other, o.ManifestCID).fits(f.ctx, tf); !strings.Contains(why, "is not the dataset") {
		t.Fatalf("another data file: fits says %q", why)
	}
}

// TestAuthorizerNodeRuns runs `cohort node run` with the authorizer and gateway roles against the
// embedded dev chain: the node registers with the faucet, lists its service, and serves a data
// owner's order through the shared store it serves; the owner reads the outcome back from the chain
// and the node's order route.
func TestAuthorizerNodeRuns(t *testing.T) {
	d, err := chain.StartDevChain(chain.DevChainConfig{Accounts: 8}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	defer cancel()
	conn, err := chain.Dial(ctx, d.URL(), chain.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	admin := chain.NewAccount(identity.DevAccount(0))
	dep, err := conn.DeployAll(ctx, admin, chain.DeployParams{FeeBps: 100, UnbondingDelay: time.Hour}, d.URL())
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	dep.Store = "http://" + addr
	dir := t.TempDir()
	depPath := filepath.Join(dir, "deployment.json")
	if err := chain.WriteDeployment(depPath, dep); err != nil {
		t.Fatal(err)
	}
	sch, _ := cohort.Datasets.ReadFile("datasets/breast_cancer.schema.yaml")
	data, _ := cohort.Datasets.ReadFile("datasets/breast_cancer.csv")
	schPath, dataPath := filepath.Join(dir, "s.yaml"), filepath.Join(dir, "d.csv")
	os.WriteFile(schPath, sch, 0o600)
	os.WriteFile(dataPath, data, 0o600)
	cfg := &Config{Roles: []string{RoleAuthorizer, RoleGateway}, Listen: addr, Advertise: "http://" + addr, DataDir: filepath.Join(dir, "node"),
		Chain:      ChainConfig{RPC: d.URL(), Deployment: depPath, Faucet: true, Stake: "100", Rate: "10", Poll: task.Duration(50 * time.Millisecond)},
		Authorizer: AuthorizerConfig{Schemas: []string{schPath}, Fee: "3", MaxDataMB: 64}}
	authKey := identity.DevAccount(4)
	done := make(chan error, 1)
	nctx, stop := context.WithCancel(ctx)
	go func() { done <- runNetworked(nctx, cfg, authKey, slog.New(slog.DiscardHandler)) }()
	defer func() {
		stop()
		if err := <-done; err != nil {
			t.Errorf("node: %v", err)
		}
	}()

	reg, err := conn.DataRegistry()
	if err != nil {
		t.Fatal(err)
	}
	var svc []chain.DataService
	for len(svc) == 0 {
		select {
		case err := <-done:
			t.Fatalf("node stopped: %v", err)
		case <-time.After(100 * time.Millisecond):
		}
		if svc, err = reg.ServicesOf(ctx, authKey.ID(), [32]byte{}); err != nil {
			t.Fatal(err)
		}
	}
	owner := identity.DevAccount(5)
	if _, err := conn.Transfer(ctx, admin, chain.NewAccount(owner).Addr, chain.Tokens(10)); err != nil {
		t.Fatal(err)
	}
	st, err := ipfs.New(ipfs.Config{URL: dep.Store, Offline: true, NoPin: true}, nil)
	if err != nil {
		t.Fatal(err)
	}
	o, err := OrderValidation(ctx, conn, st, owner, svc[0].ID, "bc", bytes.NewReader(data), time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	for {
		s, err := ValidationStatus(ctx, conn, o.Order)
		if err != nil {
			t.Fatal(err)
		}
		if s.Status == chain.OrderPaid && s.Node != nil {
			if !s.Attested || !s.Passed || s.Node.ReportCID == "" {
				t.Fatalf("status %+v, node %+v", s, s.Node)
			}
			break
		}
		select {
		case err := <-done:
			t.Fatalf("node stopped: %v", err)
		case <-ctx.Done():
			t.Fatalf("order not served: %+v", s)
		case <-time.After(100 * time.Millisecond):
		}
	}
}
