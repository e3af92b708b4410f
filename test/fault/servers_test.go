package fault

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/api"
	"github.com/cohort-net/cohort/internal/artifact/blockapi"
	"github.com/cohort-net/cohort/internal/artifact/fsstore"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/miner"
	"github.com/cohort-net/cohort/internal/protocol"
	"github.com/cohort-net/cohort/internal/validator"
	"github.com/cohort-net/cohort/internal/zk"
)

// hostileCount is the number of hostile requests per server kind.
func hostileCount() int { return size(1000, 100) }

// TestHostileRequests sends every server kind hostile requests (malformed framing, bad and stranger
// signatures, replays, huge Content-Length, stalled bodies, wrong routes and methods) and requires no 5xx,
// no hang and memory growth under 50 MB. The coordinator, trainer and FHE server are real processes
// (RSS from /proc); the miner, validator and gateway are served by this process (Go heap).
func TestHostileRequests(t *testing.T) {
	// Real processes side by side (each its own RSS); the in-process servers one after another.
	parallel := func(f func(*testing.T)) func(*testing.T) {
		return func(t *testing.T) { t.Parallel(); f(t) }
	}
	t.Run("coordinator+trainer", parallel(testHostileCoordinatorTrainer))
	t.Run("fheserve", parallel(testHostileFHE))
	t.Run("in-process", parallel(func(t *testing.T) {
		t.Run("miner+validator", testHostileMinerValidator)
		t.Run("gateway", testHostileGateway)
	}))
}

func testHostileCoordinatorTrainer(t *testing.T) {
	parts, eval := splitData(t, "breast_cancer", 3)
	k := makeKeys(t, 3)
	n := newNetwork(t, k, parts, eval, netOpts{task: `id = "fault-hostile"
rounds = 2
seed = 3`})
	coord := n.start(n.coordConf, "coordinator.log")
	tr := n.start(n.trainers[0], "trainer-0.log") // one of three: the task stays open for joins
	var spec protocol.TaskSpec
	waitFor(t, "trainer-0 joined", func() bool {
		return strings.Contains(n.logOf("trainer-0.log"), "joined task") && getJSON(n.coordURL+protocol.PathTask, &spec) == nil
	})
	coordRoutes := []route{{"POST", protocol.PathJoin, true}, {"POST", protocol.PathUpdate, true}, {"GET", protocol.PathStatus, false},
		{"GET", protocol.PathModel, false}, {"GET", protocol.PathTask, false}, {"POST", protocol.PathSecAggAdvertise, true}, {"POST", protocol.PathThresholdReady, true}}
	checkAttack(t, target{name: "coordinator", addr: strings.TrimPrefix(n.coordURL, "http://"), pid: coord.cmd.Process.Pid,
		routes: coordRoutes, chainID: spec.ChainID, task: spec.ID, insider: k.trainerKeys[0]}, hostileCount())
	checkAttack(t, target{name: "trainer", addr: strings.TrimPrefix(n.trainURLs[0], "http://"), pid: tr.cmd.Process.Pid,
		routes: []route{{"POST", protocol.PathTrain, true}}, chainID: spec.ChainID, task: spec.ID, insider: k.coordKey}, hostileCount())
	for _, p := range []*proc{coord, tr} {
		select {
		case <-p.done:
			t.Fatalf("a node exited under hostile requests: %v", p.state)
		default:
		}
	}
}

func testHostileFHE(t *testing.T) {
	port := freePort(t)
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	cmd := exec.Command(cohortBin, "fhe", "serve", "--listen", addr)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	waitFor(t, "fhe server up", func() bool { return getJSON("http://"+addr+"/livez", nil) == nil })
	checkAttack(t, target{name: "fheserve", addr: addr, pid: cmd.Process.Pid,
		routes: []route{{"GET", "/v1/fhe/models", false}, {"POST", "/v1/fhe/keys", false}, {"POST", "/v1/fhe/infer", false}}}, hostileCount())
}

// serve runs h on a loopback listener with the production server settings.
func serve(t *testing.T, h http.Handler) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := api.NewServer(h)
	go srv.Serve(ln)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
		srv.Close()
	})
	return ln.Addr().String()
}

// zkFixture is a tiny logistic regression compiled and set up once per test binary.
type zkFixture struct {
	q  *zk.QModel
	c  *zk.Compiled
	pk *zk.ProvingKey
	vk *zk.VerifyingKey
	id zk.Element
}

var (
	zkOnce sync.Once
	zkFix  *zkFixture
	zkErr  error
)

func tinyZK(t testing.TB) *zkFixture {
	t.Helper()
	zkOnce.Do(func() {
		m := &fl.Model{Spec: fl.ModelSpec{Kind: fl.KindLogReg, Inputs: 4, Classes: 2}, Params: []float64{0.5, -1.25, 0.75, 2, 0.1}}
		f := &zkFixture{}
		if f.q, zkErr = zk.FromFL(m, zk.QuantOptions{InFrac: 8, InBits: 13}); zkErr != nil {
			return
		}
		if f.c, zkErr = zk.Compile(f.q, false, zk.Groth16); zkErr != nil {
			return
		}
		if f.pk, f.vk, zkErr = f.c.Setup(); zkErr != nil {
			return
		}
		f.id, zkErr = f.c.ModelID(f.vk)
		zkFix = f
	})
	if zkErr != nil {
		t.Fatal(zkErr)
	}
	return zkFix
}

const faultChainID = 31337

func testHostileMinerValidator(t *testing.T) {
	f := tinyZK(t)
	valKey, _ := identity.Generate()
	minerKey, _ := identity.Generate()
	m, err := miner.New(miner.Config{Key: minerKey, ChainID: faultChainID, Model: f.q, Prover: f.c, ProvingKey: f.pk, ModelID: f.id,
		Validators: []cohort.NodeID{valKey.ID()}, Log: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	maddr := serve(t, m.Handler())
	checkAttack(t, target{name: "miner", addr: maddr, routes: []route{{"POST", miner.InferPath, true}},
		chainID: faultChainID, task: miner.Task, insider: valKey}, hostileCount())
	v, err := validator.New(validator.Config{Key: valKey, ChainID: faultChainID, Model: f.q, VK: f.vk, ModelID: f.id,
		Miners: []validator.MinerInfo{{ID: minerKey.ID(), URL: "http://" + maddr}}, Inputs: [][]int64{{256, -128, 64, 300}},
		Timeout: 5 * time.Second, Log: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	vaddr := serve(t, v.Handler())
	checkAttack(t, target{name: "validator", addr: vaddr, routes: []route{{"POST", validator.RequestPath, false}, {"GET", validator.ScoresPath, false}},
		chainID: faultChainID, task: miner.Task}, hostileCount())
}

func testHostileGateway(t *testing.T) {
	st, err := fsstore.New(t.TempDir(), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	addr := serve(t, blockapi.Handler(st, slog.New(slog.DiscardHandler)))
	checkAttack(t, target{name: "gateway", addr: addr, routes: []route{{"POST", "/api/v0/block/put", false}, {"POST", "/api/v0/block/get?arg=bafkqaaa", false},
		{"POST", "/api/v0/block/stat?arg=x", false}, {"POST", "/api/v0/pin/add?arg=x", false}}}, hostileCount())
}

// waitFor polls cond for up to two minutes.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// getJSON fetches url and decodes it into v (nil: just a 200).
func getJSON(url string, v any) error {
	c := &http.Client{Timeout: 5 * time.Second}
	resp, err := c.Get(url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s: %s", url, resp.Status)
	}
	if v == nil {
		return nil
	}
	return json.NewDecoder(resp.Body).Decode(v)
}
