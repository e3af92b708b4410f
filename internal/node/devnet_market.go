package node

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ipfs/go-cid"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/artifact"
	"github.com/cohort-net/cohort/internal/artifact/ipfs"
	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/protocol"
	"github.com/cohort-net/cohort/internal/task"
)

// market is a devnet's network of self-acting nodes: the same role builders `cohort node run` uses
// (gateway, coordinator, trainers, validators), each with its own key and config, in this process or
// (Procs) as OS processes. The devnet itself only plays the publisher: it deploys the suite, writes
// the deployment record and submits the task; every other chain call is made by a node, for itself.
type market struct {
	dev      *chain.DevChain
	conn     *chain.Conn
	dep      chain.Deployment
	depPath  string
	store    artifact.Store
	dir      string
	log      *slog.Logger
	cancel   context.CancelFunc
	done     chan error // one value per in-process node
	nodes    int
	procs    []*exec.Cmd
	coordURL string   // the coordinator node's base URL
	urls     []string // every node's base URL (its listener: API, /metrics)
	members  []dashMember
	coordID  cohort.NodeID
	trainers []cohort.NodeID
	all      []cohort.NodeID
	taskID   *big.Int
	file     task.File
	spec     protocol.TaskSpec
	// authorizer is the key of the devnet's authorizer node (nil when the data set has no schema).
	authorizer *identity.Key
}

// marketNode is one node of the devnet: its name, config and key.
type marketNode struct {
	name string
	cfg  *Config
	key  *identity.Key
}

// openMarket starts (or dials) the chain, deploys the whole suite, writes the deployment record,
// starts every node and waits until each has registered itself.
func openMarket(ctx context.Context, o DevnetOptions, dir, name string, spec protocol.TaskSpec, train, test *dataset.Dataset, parts [][]int,
	val *dataset.Dataset, enc *DataEncoding) (*market, error) {
	m := &market{dir: dir, log: o.Log, done: make(chan error, 64)}
	rpc := o.Chain.RPC
	var err error
	if rpc == "" {
		if m.dev, err = chain.StartDevChain(chain.DevChainConfig{}, o.Log); err != nil {
			return nil, fmt.Errorf("embedded chain: %w", err)
		}
		rpc = m.dev.URL()
	}
	if err := o.at(ctx, "deploy"); err != nil {
		m.close()
		return nil, err
	}
	if err := m.deploy(ctx, rpc, o); err != nil {
		m.close()
		return nil, err
	}
	nodes, err := m.configs(o, name, spec, dataSplits{train: train, test: test, val: val, parts: parts, enc: enc})
	if err == nil {
		err = o.at(ctx, "fund")
	}
	if err == nil {
		err = m.fund(ctx, nodes)
	}
	if err == nil {
		err = o.at(ctx, "nodes")
	}
	if err == nil {
		err = m.startNodes(ctx, o, nodes)
	}
	if err == nil {
		err = o.at(ctx, "register")
	}
	if err == nil {
		err = m.waitRegistered(ctx)
	}
	if err != nil {
		m.close()
		return nil, err
	}
	return m, nil
}

func (m *market) deploy(ctx context.Context, rpc string, o DevnetOptions) error {
	var err error
	if m.conn, err = chain.Dial(ctx, rpc, chain.Options{Log: m.log}); err != nil {
		return fmt.Errorf("dial the chain: %w", err) // the error names the URL
	}
	if !m.conn.IsDevChain() {
		return cohort.Errorf(cohort.EInvalid, "chain %s is not a dev chain (id 1337 or 31337): the devnet funds its nodes from the well-known dev account", m.conn.ChainID())
	}
	validators := devnetValidators(o.Chain)
	gw, err := freeAddr(o.Host)
	if err != nil {
		return err
	}
	admin := chain.NewAccount(identity.DevAccount(0))
	// The market's smallest quorum (3) and a dispute window of seconds, which settlement waits out; the
	// dev DAO (dev account 0 holds its votes, votes last seconds), which the bundled subnets' proposal
	// passes through.
	p := chain.DeployParams{AttestQuorum: uint8(min(validators, 15)), DisputeWindow: chain.DevDisputeWindow, Gov: chain.DevGovParams()}
	if m.dep, err = m.conn.DeployAll(ctx, admin, p, rpc); err != nil {
		return fmt.Errorf("deploy the contract suite on %s: %w", rpc, err)
	}
	if _, err = CreateBundledSubnets(ctx, m.conn, admin, [32]byte{}); err != nil {
		return err
	}
	m.dep.Store = "http://" + gw
	m.depPath = chain.DeploymentPath(o.Home, m.dep.ChainID)
	if o.Home == "" {
		m.depPath = chain.DeploymentPath(m.dir, m.dep.ChainID)
	}
	if err := chain.WriteDeployment(m.depPath, m.dep); err != nil {
		return fmt.Errorf("write the deployment record: %w", err)
	}
	m.store, err = ipfs.New(ipfs.Config{URL: m.dep.Store, Offline: true, NoPin: true}, m.log)
	return err
}

// freeAddr picks a free port on host for a node that listens later. It draws from below Linux's
// ephemeral range (32768-60999): a port the kernel hands out for ":0" is also one it may give an
// outgoing connection (the nodes' chain clients make many) before the node listens on it.
func freeAddr(host string) (string, error) {
	for range 64 {
		addr := net.JoinHostPort(host, strconv.Itoa(20000+rand.IntN(12000)))
		if ln, err := net.Listen("tcp", addr); err == nil {
			ln.Close()
			return addr, nil
		}
	}
	ln, err := net.Listen("tcp", net.JoinHostPort(host, "0"))
	if err != nil {
		return "", err
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

// dataSplits are what the devnet's nodes hold: each trainer's part of the training rows, the
// validators' test rows and (automatic rounds) the coordinator's validation rows; a CSV file read
// through a schema (enc) is handed out as its raw rows, which the nodes read through the task's schema.
type dataSplits struct {
	train, test, val *dataset.Dataset
	parts            [][]int
	enc              *DataEncoding
}

// write writes rows of d (the split whose raw lines are lines) to path: the file's raw rows when
// the data was read through a schema, else the encoded numbers.
func (ds dataSplits) write(path string, d *dataset.Dataset, lines, idx []int) error {
	if ds.enc != nil && ds.enc.raw != nil {
		if idx != nil {
			lines = pickLines(lines, idx)
		}
		return writeRawRows(path, ds.enc.raw, lines)
	}
	if idx != nil {
		d = d.Subset(idx)
	}
	return writeDatasetCSV(path, d)
}

// configs writes every node's key, data and config into the devnet's directory.
func (m *market) configs(o DevnetOptions, dsName string, spec protocol.TaskSpec, ds dataSplits) ([]marketNode, error) {
	train, test, parts := ds.train, ds.test, ds.parts
	var lines struct{ train, test, val []int }
	if ds.enc != nil {
		lines.train, lines.test, lines.val = ds.enc.trainLines, ds.enc.testLines, ds.enc.valLines
	}
	var nodes []marketNode
	add := func(name string, roles []string, listen string, edit func(*Config) error) error {
		key, keyFile, err := devKeyFile(filepath.Join(m.dir, "keys"), fmt.Sprintf("devnet/%d/%s", spec.Seed, name))
		if err != nil {
			return err
		}
		if listen == "" {
			if listen, err = freeAddr(o.Host); err != nil {
				return err
			}
		}
		c := &Config{Roles: roles, Listen: listen, DataDir: mkdir(filepath.Join(m.dir, name)), Home: o.Home,
			Keystore: keyFile, PasswordFile: filepath.Join(m.dir, "password"),
			Chain:    ChainConfig{RPC: m.dep.RPC, Deployment: m.depPath, Faucet: true, Poll: task.Duration(200 * time.Millisecond), Rate: "10"},
			Hardware: HardwareConfig{CPUCores: 2, MemoryMB: 2048}}
		if edit != nil {
			if err := edit(c); err != nil {
				return err
			}
		}
		if err := c.resolve(); err != nil {
			return err
		}
		nodes = append(nodes, marketNode{name: name, cfg: c, key: key})
		m.all = append(m.all, key.ID())
		return nil
	}
	if err := os.WriteFile(filepath.Join(m.dir, "password"), []byte("devnet\n"), 0o600); err != nil {
		return nil, err
	}
	if err := add("gateway", []string{RoleGateway}, strings.TrimPrefix(m.dep.Store, "http://"), nil); err != nil {
		return nil, err
	}
	m.all = m.all[:0] // the gateway does not register
	var valPath string
	if ds.val != nil {
		valPath = filepath.Join(m.dir, "validation.csv")
		if err := ds.write(valPath, ds.val, lines.val, nil); err != nil {
			return nil, err
		}
	}
	if err := add("coordinator", []string{RoleCoordinator}, "", func(c *Config) error {
		c.Coordinator.Validation = valPath
		return nil
	}); err != nil {
		return nil, err
	}
	m.coordID, m.coordURL = nodes[1].key.ID(), "http://"+nodes[1].cfg.Listen
	for i, p := range parts {
		name := fmt.Sprintf("trainer-%d", i+1)
		data := filepath.Join(m.dir, name+".csv")
		if err := ds.write(data, train, lines.train, p); err != nil {
			return nil, err
		}
		if err := add(name, []string{RoleTrainer}, "", func(c *Config) error {
			c.Trainer = TrainerConfig{Data: data, Label: train.Label}
			return nil
		}); err != nil {
			return nil, err
		}
		m.trainers = append(m.trainers, nodes[len(nodes)-1].key.ID())
	}
	holdout := filepath.Join(m.dir, "holdout.csv")
	if err := ds.write(holdout, test, lines.test, nil); err != nil {
		return nil, err
	}
	schemaFile, err := bundledSchema(m.dir, dsName)
	if err != nil {
		return nil, err
	}
	if schemaFile != "" && o.TrainSet == nil {
		if err := add("authorizer", []string{RoleAuthorizer}, "", func(c *Config) error {
			c.Authorizer = AuthorizerConfig{Schemas: []string{schemaFile}, Fee: "5"}
			return nil
		}); err != nil {
			return nil, err
		}
		m.authorizer = nodes[len(nodes)-1].key
	}
	for i := range devnetValidators(o.Chain) {
		if err := add(fmt.Sprintf("validator-%d", i+1), []string{RoleValidator}, "", func(c *Config) error {
			c.Validator = ValidatorConfig{Holdout: holdout, Label: test.Label}
			return nil
		}); err != nil {
			return nil, err
		}
	}
	return nodes, nil
}

// fund gives every node gas money and its stake from the dev chain's account 0, one after the other
// (a faucet: the nodes then register, stake and act by themselves).
func (m *market) fund(ctx context.Context, nodes []marketNode) error {
	admin := chain.NewAccount(identity.DevAccount(0))
	for _, n := range nodes {
		if n.cfg.Has(RoleGateway) && len(n.cfg.Roles) == 1 {
			continue
		}
		stake, err := chain.ParseTokens(n.cfg.Chain.Stake)
		if err != nil {
			return err
		}
		if err := m.conn.EnsureFunds(ctx, admin, chain.NewAccount(n.key), stake); err != nil {
			return fmt.Errorf("fund %s: %w", n.name, err)
		}
	}
	return nil
}

// startNodes runs every node: in this process (the same Run that `cohort node run` calls), or as
// `cohort node run` processes of this binary.
func (m *market) startNodes(ctx context.Context, o DevnetOptions, nodes []marketNode) error {
	nctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	m.cancel = cancel
	for _, n := range nodes {
		m.urls = append(m.urls, "http://"+n.cfg.Listen)
		m.members = append(m.members, dashMember{name: n.name, id: n.key.ID(), url: "http://" + n.cfg.Listen, role: n.cfg.Roles[0]})
		if !o.Procs {
			m.nodes++
			go func() { m.done <- Run(nctx, n.cfg, m.log.With("devnet_node", n.name)) }()
			continue
		}
		conf := filepath.Join(m.dir, n.name+".toml")
		b, err := n.cfg.TOML()
		if err != nil {
			return err
		}
		if err := os.WriteFile(conf, b, 0o600); err != nil {
			return err
		}
		cmd, err := startProc(conf, filepath.Join(m.dir, n.name+".log"), o.Home)
		if err != nil {
			return fmt.Errorf("start %s: %w", n.name, err)
		}
		m.procs = append(m.procs, cmd)
	}
	return nil
}

func startProc(conf, logPath, home string) (*exec.Cmd, error) {
	self, err := os.Executable()
	if err != nil {
		return nil, err
	}
	logf, err := os.Create(logPath)
	if err != nil {
		return nil, err
	}
	args := []string{"node", "run", "--config", conf, "--log-level", "info"}
	if home != "" {
		args = append([]string{"--home", home}, args...)
	}
	cmd := exec.Command(self, args...)
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		logf.Close()
		return nil, err
	}
	go func() { cmd.Wait(); logf.Close() }()
	return cmd, nil
}

// waitRegistered waits until every node that acts on chain has registered itself.
func (m *market) waitRegistered(ctx context.Context) error {
	deadline := time.Now().Add(2 * time.Minute)
	for _, id := range m.all {
		for {
			n, err := m.conn.Node(ctx, chain.Addr(id))
			if err == nil && n.Registered {
				break
			}
			if err := m.nodeFailed(); err != nil {
				return err
			}
			if time.Now().After(deadline) {
				return cohort.Errorf(cohort.EUnavailable, "node %s did not register within 2 minutes (logs in %s)", id, m.dir)
			}
			sleep(ctx, 100*time.Millisecond)
			if ctx.Err() != nil {
				return ctx.Err()
			}
		}
	}
	return nil
}

// nodeFailed returns the error of an in-process node that stopped, if any.
func (m *market) nodeFailed() error {
	select {
	case err := <-m.done:
		m.nodes--
		if err == nil {
			err = errors.New("stopped")
		}
		return fmt.Errorf("a devnet node failed: %w", err)
	default:
		return nil
	}
}

// publish stores the task document by CID and publishes the task from dev account 0 (the publisher).
func (m *market) publish(ctx context.Context, o DevnetOptions, name string, spec protocol.TaskSpec, d *dataset.Dataset, enc *DataEncoding) error {
	budget := o.Chain.Budget
	if budget <= 0 {
		budget = 1000
	}
	opts := o.Task
	opts.Trainers, opts.ID, opts.ChainID = 0, "", 0
	m.file = task.File{Name: "devnet-" + name, Data: task.Data{Label: d.Label, Classes: d.Classes, Features: d.D}, Training: opts,
		Acceptance: task.Acceptance{Metric: "accuracy", Threshold: 0.8},
		Market: task.Market{Budget: fmt.Sprint(budget), MaxHourlyRate: "100", MaxNodes: len(m.trainers),
			// In chain seconds: a chain that seals a block per transaction moves its clock by at least a
			// second per block, so the window leaves two seconds per bid (the devnet closes bidding as
			// soon as every trainer has bid).
			BiddingWindow: task.Duration(5*time.Second + 2*time.Duration(len(m.trainers))*time.Second), ExecutionWindow: task.Duration(24 * time.Hour),
			Scheduler: "lowest-price", BonusBps: 1000, Coordinator: m.coordID.String()}}
	if enc != nil && enc.doc != nil { // the nodes read their raw rows through the task's schema
		if err := m.file.EmbedSchema(enc.doc); err != nil {
			return err
		}
	}
	if err := m.file.Validate(); err != nil {
		return err
	}
	doc := m.file.Canonical()
	if _, err := m.store.Put(ctx, bytes.NewReader(doc)); err != nil {
		return fmt.Errorf("store the task document: %w", err)
	}
	c := artifact.RawCID(doc)
	now := time.Now()
	if head, err := m.conn.HeadTime(ctx); err == nil && head.After(now) {
		now = head // a dev chain that seals on demand may run ahead of the wall clock
	}
	terms, err := TaskTerms(&m.file, [32]byte(c.Hash()[len(c.Hash())-32:]), now)
	if err != nil {
		return err
	}
	if m.taskID, _, err = m.conn.Publish(ctx, chain.NewAccount(identity.DevAccount(0)), terms); err != nil {
		return fmt.Errorf("publish the task: %w", err)
	}
	m.spec, err = m.file.Spec(fmt.Sprintf("chain-%d-task-%s", m.dep.ChainID, m.taskID), m.dep.ChainID, len(m.trainers))
	if err != nil {
		return err
	}
	if err := o.at(ctx, "bidding"); err != nil {
		return err
	}
	return m.closeBidding(ctx, terms.BiddingDeadline)
}

// closeBidding plays the dev chain's block producer: once every trainer has bid (or 10 s passed), it
// moves a chain that seals blocks on demand past the bidding deadline with empty transactions of its
// own, so the coordinator can select without waiting for the wall clock.
func (m *market) closeBidding(ctx context.Context, deadline time.Time) error {
	admin := chain.NewAccount(identity.DevAccount(0))
	until := time.Now().Add(10 * time.Second)
	for time.Now().Before(until) {
		info, err := m.conn.Task(ctx, m.taskID)
		if err != nil {
			return err
		}
		if len(info.Bids) >= len(m.trainers) {
			break
		}
		if err := m.nodeFailed(); err != nil {
			return err
		}
		sleep(ctx, 100*time.Millisecond)
	}
	for {
		head, err := m.conn.HeadTime(ctx)
		if err != nil {
			return err
		}
		now := time.Now()
		if head.After(deadline) || now.After(deadline) {
			return nil
		}
		if head.Before(now.Add(-time.Second)) {
			sleep(ctx, 200*time.Millisecond) // the chain's clock follows the wall clock (Anvil): wait
			continue
		}
		if _, err := m.conn.SendETH(ctx, admin, admin.Addr, new(big.Int)); err != nil {
			return err
		}
	}
}

// taskURL is the coordinator node's API for the devnet's task.
func (m *market) taskURL() string { return m.coordURL + taskPath(m.taskID) }

// follow reports each round as the coordinator closes it and returns once the task is settled and
// every paid node has withdrawn.
func (m *market) follow(ctx context.Context, onRound func(protocol.RoundSummary)) (protocol.Status, error) {
	var seen uint64
	var st protocol.Status
	var all []protocol.RoundSummary
	for {
		if err := m.nodeFailed(); err != nil {
			return st, err
		}
		if s, err := m.status(ctx, seen); err == nil {
			for _, h := range s.History {
				if h.Round > seen {
					seen = h.Round
					all = append(all, h)
					if onRound != nil {
						onRound(h)
					}
				}
			}
			st = s
			st.History = all
			if s.State == protocol.StateFailed {
				return st, cohort.Errorf(cohort.EInternal, "task failed: %s", s.Error)
			}
		}
		if done, err := m.settled(ctx); err != nil || done {
			return st, err
		}
		sleep(ctx, 100*time.Millisecond)
		if ctx.Err() != nil {
			return st, ctx.Err()
		}
	}
}

// status reads the task's status with the rounds after round after.
func (m *market) status(ctx context.Context, after uint64) (protocol.Status, error) {
	var st protocol.Status
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("%s%s?after=%d", m.taskURL(), protocol.PathStatus, after), nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return st, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return st, fmt.Errorf("status: %s", resp.Status)
	}
	return st, json.NewDecoder(io.LimitReader(resp.Body, 16<<20)).Decode(&st)
}

// settled reports whether the task is settled and every trainer's market balance withdrawn.
func (m *market) settled(ctx context.Context) (bool, error) {
	info, err := m.conn.Task(ctx, m.taskID)
	if err != nil {
		return false, err
	}
	switch info.Status {
	case "settled":
	case "cancelled", "expired", "rejected":
		return false, cohort.Errorf(cohort.EInternal, "task %s ended %s", m.taskID, info.Status)
	default:
		return false, nil
	}
	for _, id := range info.SelectedNodes() {
		if bal, err := m.conn.MarketBalance(ctx, chain.Addr(id)); err != nil || bal.Sign() != 0 {
			return false, err
		}
	}
	return true, nil
}

// result reads the settled task back from the chain: payments, the committed model CIDs, the
// attested metric and the final model (fetched by CID, as a validator does).
func (m *market) result(ctx context.Context) (*ChainResult, *fl.Model, *dataset.Scaler, error) {
	info, err := m.conn.Task(ctx, m.taskID)
	if err != nil {
		return nil, nil, nil, err
	}
	pays, err := m.conn.Payments(ctx, m.taskID)
	if err != nil {
		return nil, nil, nil, err
	}
	cids, gas, err := m.events(ctx)
	if err != nil {
		return nil, nil, nil, err
	}
	paid := info.PaidTotal.Int
	refund := new(big.Int).Sub(info.Budget.Int, paid)
	refund.Sub(refund, info.Fee.Int)
	sum := chain.Summary{ChainID: fmt.Sprint(m.dep.ChainID), TaskID: m.taskID.String(), Budget: info.Budget.String(), PaidTotal: paid.String(),
		Fees: info.Fee.String(), Refund: refund.String(), Gas: gas}
	for n, v := range pays {
		sum.Payments = append(sum.Payments, chain.Payment{Node: n, Amount: v})
	}
	vpays, err := m.conn.ValidatorPayments(ctx, m.taskID)
	if err != nil {
		return nil, nil, nil, err
	}
	for n, v := range vpays {
		sum.ValidatorPayments = append(sum.ValidatorPayments, chain.Payment{Node: n, Amount: v})
	}
	s := m.dep.Suite
	res := &ChainResult{Summary: sum, RPC: m.dep.RPC, ModelCIDs: cids, Metric: info.Metric, Deployment: m.depPath, Contracts: map[string]string{
		"token": s.Token.Hex(), "registry": s.Registry.Hex(), "market": s.Market.Hex(), "lowest_price": s.LowestPrice.Hex(),
		"reputation_weighted": s.ReputationWeighted.Hex(), "data_registry": s.DataRegistry.Hex(), "inference_oracle": s.InferenceOracle.Hex(),
		"model_registry":  s.ModelRegistry.Hex(),
		"subnet_registry": s.SubnetRegistry.Hex(), "delegation": s.Delegation.Hex(),
	}}
	if lib, err := m.conn.ModelLibrary(); err == nil {
		// The settling node mints the model; anyone may, so the devnet makes sure with dev account 0.
		if id, err := lib.EnsureMinted(ctx, chain.NewAccount(identity.DevAccount(0)), m.taskID); err == nil {
			res.ModelID = id
		} else {
			m.log.Warn("mint the task's model", "task", m.taskID, "err", err)
		}
	}
	if len(cids) == 0 {
		return res, nil, nil, cohort.Errorf(cohort.EInternal, "no round committed")
	}
	model, scaler, err := fetchModel(ctx, m.store, cids[len(cids)-1])
	return res, model, scaler, err
}

// events returns the task's committed model CIDs in round order and the gas its transactions used,
// by step.
func (m *market) events(ctx context.Context) ([]string, map[string]uint64, error) {
	var cids []string
	gas := map[string]uint64{}
	steps := map[string]string{chain.EvTaskPublished: "publish", chain.EvBidPlaced: "bid", chain.EvNodesSelected: "select",
		chain.EvRoundCommitted: "commit_round", chain.EvAttested: "attest", chain.EvTaskSettled: "settle"}
	w := m.conn.WatchMarket(m.dep.Block, 0)
	_, err := w.Poll(ctx, func(ev chain.MarketEvent) error {
		if ev.Task == nil || ev.Task.Cmp(m.taskID) != 0 {
			return nil
		}
		if ev.Kind == chain.EvRoundCommitted {
			if _, c, err := cid.CidFromBytes(ev.ModelCID); err == nil {
				cids = append(cids, artifact.String(c))
			}
		}
		if step, ok := steps[ev.Kind]; ok {
			g, err := m.conn.TxGas(ctx, ev.Tx)
			if err != nil {
				return err
			}
			gas[step] += g
			gas["total"] += g
		}
		return nil
	})
	return cids, gas, err
}

func (m *market) close() {
	if m.cancel != nil {
		m.cancel()
		for range m.nodes {
			<-m.done
		}
	}
	for _, p := range m.procs {
		p.Process.Signal(os.Interrupt)
	}
	for _, p := range m.procs {
		t := time.AfterFunc(15*time.Second, func() { p.Process.Kill() })
		p.Wait()
		t.Stop()
	}
	if m.conn != nil {
		m.conn.Close()
	}
	if m.dev != nil {
		m.dev.Close()
	}
}

// writeDatasetCSV writes d as a CSV file with a header (features, then the label).
func writeDatasetCSV(path string, d *dataset.Dataset) error {
	var b bytes.Buffer
	if err := dataset.WriteCSV(&b, d); err != nil {
		return err
	}
	return os.WriteFile(path, b.Bytes(), 0o600)
}

// devnetValidators is how many validators a devnet runs: the option, at least the market's quorum of
// 3 (the market refuses a smaller quorum) and at most its largest, 15.
func devnetValidators(o ChainOptions) int {
	return min(max(o.Validators, 3), 15)
}
