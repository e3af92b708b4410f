package trainer

// Attack tests: a malicious coordinator, written here, speaks the coordinator's protocol over
// 127.0.0.1 to real trainers and tries to learn one trainer's (the victim's) update. Each test checks
// that the trainers refuse with a clear, logged reason and that the coordinator obtains no sum that
// reveals the victim's update.

import (
	"bytes"
	"context"
	"encoding"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/protocol"
	"github.com/cohort-net/cohort/internal/secagg"
)

// lockedBuf collects the trainers' logs.
type lockedBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuf) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuf) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// stageMsg is one stage message a trainer posted, with the channel its reply goes back on.
type stageMsg struct {
	stage int
	body  []byte
	reply chan []byte // nil: refused (409)
}

// evilCoord is the malicious coordinator: it serves the task and the SecAgg+ stage routes, and its
// test drives the session stage by stage.
type evilCoord struct {
	t        *testing.T
	key      *identity.Key
	spec     protocol.TaskSpec
	srv      *httptest.Server
	in       chan stageMsg
	trainers []*Trainer
	urls     map[cohort.NodeID]string
	data     map[cohort.NodeID]*dataset.Dataset
	logs     *lockedBuf

	colluders map[cohort.NodeID]*identity.Key
	beacons   map[cohort.NodeID]*secagg.BeaconTree // every client's beacon tree (the trainers' own, read from them)
}

// Threshold-HE stage messages arrive as stages thresholdStage0 + index in thresholdPaths.
const thresholdStage0 = 10

var thresholdPaths = []string{protocol.PathThresholdReady, protocol.PathThresholdCommit, protocol.PathThresholdKeys, protocol.PathThresholdUpdate, protocol.PathThresholdDecrypt}

var stagePaths = []string{protocol.PathSecAggAdvertise, protocol.PathSecAggShares, protocol.PathSecAggMasked, protocol.PathSecAggConsistency, protocol.PathSecAggUnmask}

// newEvilCoord starts the coordinator and n trainers that join it, each with its own small data set.
func newEvilCoord(t *testing.T, n int, adjust ...func(*protocol.TaskSpec)) *evilCoord {
	key, _ := identity.Generate()
	e := &evilCoord{t: t, key: key, in: make(chan stageMsg, 64), urls: map[cohort.NodeID]string{},
		data: map[cohort.NodeID]*dataset.Dataset{}, logs: &lockedBuf{}, beacons: map[cohort.NodeID]*secagg.BeaconTree{}}
	e.spec = protocol.TaskSpec{ID: "attack", Coordinator: key.ID(), ChainID: 1337, Label: "y", Classes: []string{"0", "1"},
		Model: fl.ModelSpec{Kind: "logreg", Inputs: 2, Classes: 2}, Train: fl.TrainConfig{Optimizer: "sgd", LR: 0.5, Epochs: 2, BatchSize: 4},
		Strategy: fl.StrategyConfig{Name: "fedavg"}, Rounds: 1, Trainers: n, MinParticipants: 2, RoundTimeoutMS: 20_000,
		SecureAgg: protocol.SecureSecAgg, SecAgg: protocol.SecAggSpec{Bits: 24, Clip: 4, StageTimeoutMS: 1000}}
	for _, f := range adjust {
		f(&e.spec)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+protocol.PathTask, func(w http.ResponseWriter, r *http.Request) { json.NewEncoder(w).Encode(e.spec) })
	mux.HandleFunc("POST "+protocol.PathJoin, func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("{}")) })
	for i, p := range stagePaths {
		mux.HandleFunc("POST "+p, func(w http.ResponseWriter, r *http.Request) {
			body, _ := io.ReadAll(r.Body)
			m := stageMsg{stage: i, body: body, reply: make(chan []byte, 1)}
			e.in <- m
			select {
			case b := <-m.reply:
				if b == nil {
					http.Error(w, `{"error":"dropped"}`, http.StatusConflict)
					return
				}
				w.Write(b)
			case <-r.Context().Done():
			}
		})
	}
	for i, p := range thresholdPaths {
		mux.HandleFunc("POST "+p, func(w http.ResponseWriter, r *http.Request) {
			body, _ := io.ReadAll(r.Body)
			m := stageMsg{stage: thresholdStage0 + i, body: body, reply: make(chan []byte, 1)}
			e.in <- m
			select {
			case b := <-m.reply:
				if b == nil {
					http.Error(w, `{"error":"dropped"}`, http.StatusConflict)
					return
				}
				w.Write(b)
			case <-r.Context().Done():
			}
		})
	}
	e.srv = httptest.NewServer(mux)
	t.Cleanup(e.srv.Close)
	log := slog.New(slog.NewTextHandler(e.logs, nil))
	for i := range n {
		tkey, _ := identity.Generate()
		d := randomData(uint64(i))
		tr, err := New(Config{Key: tkey, Recover: identity.Recover, CoordinatorURL: e.srv.URL, Coordinator: key.ID(), Endpoint: "http://x", Data: d, Log: log})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(tr.Close)
		if err := tr.Join(context.Background()); err != nil {
			t.Fatal(err)
		}
		ts := httptest.NewServer(tr.Handler())
		t.Cleanup(ts.Close)
		e.trainers = append(e.trainers, tr)
		e.urls[tr.ID()], e.data[tr.ID()] = ts.URL, d
		if tr.beacon != nil {
			e.beacons[tr.ID()] = tr.beacon
		}
	}
	slices.SortFunc(e.trainers, func(a, b *Trainer) int { x, y := a.ID(), b.ID(); return bytes.Compare(x[:], y[:]) })
	return e
}

// collude adds m clients the coordinator controls to the roster (the task counts them as trainers).
func (e *evilCoord) collude(m int) {
	e.colluders = map[cohort.NodeID]*identity.Key{}
	for i := range m {
		k, _ := identity.Generate()
		e.colluders[k.ID()] = k
		tree, err := secagg.NewBeaconTree([32]byte{byte(i), 0xc0}, protocol.BeaconDepth(&e.spec))
		if err != nil {
			e.t.Fatal(err)
		}
		e.beacons[k.ID()] = tree
	}
}

// colluderClients starts the colluders' clients for cfg.
func (e *evilCoord) colluderClients(t *testing.T, cfg *secagg.Config) map[cohort.NodeID]*secagg.Client {
	out := map[cohort.NodeID]*secagg.Client{}
	for id, k := range e.colluders {
		c, err := secagg.NewClient(cfg, k, protocol.RecoverVerifier{Recover: identity.Recover})
		if err != nil {
			t.Fatal(err)
		}
		v, path, err := e.beacons[id].Reveal(cfg.Params().BeaconLeaf)
		if err == nil {
			err = c.UseBeacon(v, path)
		}
		if err != nil {
			t.Fatal(err)
		}
		out[id] = c
	}
	return out
}

// randomData is a trainer's own small, separable data set.
func randomData(seed uint64) *dataset.Dataset {
	rng := rand.New(rand.NewPCG(seed, 7))
	d := &dataset.Dataset{N: 12, D: 2, Features: []string{"a", "b"}, Label: "y", Classes: []string{"0", "1"}}
	for range d.N {
		y := rng.IntN(2)
		d.X = append(d.X, float64(y)+rng.NormFloat64()*0.3, float64(1-y)+rng.NormFloat64()*0.3)
		d.Y = append(d.Y, y)
	}
	return d
}

func (e *evilCoord) ids() []cohort.NodeID {
	var out []cohort.NodeID
	for _, tr := range e.trainers {
		out = append(out, tr.ID())
	}
	for id := range e.colluders {
		out = append(out, id)
	}
	slices.SortFunc(out, func(a, b cohort.NodeID) int { return bytes.Compare(a[:], b[:]) })
	return out
}

// train sends one signed train request; it returns the trainer's HTTP status and body.
func (e *evilCoord) train(id cohort.NodeID, round uint64, sr *protocol.SecureRound, global []float64) (int, string) {
	return e.trainHeader(id, protocol.TrainHeader{Round: round, Secure: sr}, global)
}

// trainHeader sends one signed train request with h (its deadline and training settings filled in).
func (e *evilCoord) trainHeader(id cohort.NodeID, h protocol.TrainHeader, global []float64) (int, string) {
	round := h.Round
	h.DeadlineMS, h.Train = time.Now().Add(20*time.Second).UnixMilli(), e.spec.Train
	body, err := protocol.EncodeFrame(h, global, nil, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	req, _ := http.NewRequest(http.MethodPost, e.urls[id]+protocol.PathTrain, bytes.NewReader(body))
	if err := protocol.Sign(req.Header, req.Method, protocol.PathTrain, body, e.key, e.spec.ChainID, e.spec.ID, round, time.Minute); err != nil {
		e.t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// honestRound is the SecureRound an honest coordinator would send for global.
func (e *evilCoord) honestRound(attempt uint64, global []float64) protocol.SecureRound {
	ids := e.ids()
	return protocol.SecureRound{Attempt: attempt, Clients: ids, ModelHash: protocol.ModelHash(global), WeightScale: 1.0 / 12, Beacons: e.roots(ids)}
}

// roots returns the beacon roots of ids, in order.
func (e *evilCoord) roots(ids []cohort.NodeID) [][32]byte {
	out := make([][32]byte, len(ids))
	for i, id := range ids {
		if tree := e.beacons[id]; tree != nil {
			out[i] = tree.Root()
		}
	}
	return out
}

// tamper lets an attack change what the coordinator does at a stage: it may keep a message from the
// server (keep false; its sender still gets the stage's broadcast) and rewrite the replies after the
// stage closes.
type tamper struct {
	keep    func(stage int, sender cohort.NodeID, body []byte) bool
	drop    func(stage int, body []byte) bool // the message is lost and its sender told so: a dropout
	replies func(stage int, replies map[cohort.NodeID][]byte)
}

// session runs one session on a real secagg.Server for cfg, relaying honestly except where tamper
// says; colluders are clients the coordinator drives itself, with update colluderVec. It returns the
// server's result, or the error that ended the session.
func (e *evilCoord) session(cfg *secagg.Config, colluders map[cohort.NodeID]*secagg.Client, tp tamper, trainers ...int) (*secagg.Result, error) {
	srv := secagg.NewServer(cfg, protocol.RecoverVerifier{Recover: identity.Recover}, 2)
	var pending []stageMsg // messages waiting for their stage's reply
	var last []byte
	collude := newColluders(colluders, cfg)
	expect := len(e.trainers)
	if len(trainers) > 0 { // the trainers asked to take part, when not all
		expect = trainers[0]
	}
	for stage := 0; stage < len(stagePaths); stage++ {
		if err := collude.send(stage, srv, last); err != nil {
			return nil, fmt.Errorf("colluders at stage %d: %w", stage, err)
		}
		deadline := time.After(3 * time.Second)
		if stage == 0 {
			deadline = time.After(10 * time.Second)
		}
		senders := map[int]cohort.NodeID{}
		arrived := 0
	collect:
		for {
			select {
			case m := <-e.in:
				if m.stage != stage {
					m.reply <- nil
					continue
				}
				arrived++
				var sender cohort.NodeID
				var err error
				if tp.drop != nil && tp.drop(stage, m.body) {
					err = fmt.Errorf("the connection is lost")
				} else {
					sender, err = addStage(srv, stage, m.body, tp.keep)
				}
				if err != nil {
					e.t.Logf("stage %d: refused a message: %v", stage, err)
					m.reply <- nil
					if arrived == expect {
						break collect
					}
					continue
				}
				senders[len(pending)] = sender
				pending = append(pending, m)
			case <-deadline:
				break collect
			}
			if arrived == expect {
				break
			}
		}
		replies, err := closeStage(srv, stage)
		if replies == nil {
			replies = map[cohort.NodeID][]byte{}
		}
		if tp.replies != nil { // the coordinator may say what it likes, whatever its server thinks
			tp.replies(stage, replies)
		}
		if err != nil && len(replies) == 0 {
			for _, m := range pending {
				m.reply <- nil
			}
			return nil, err
		}
		for i, m := range pending {
			b, ok := replies[cohort.NodeID{}]
			if !ok {
				b = replies[senders[i]] // nil: dropped
			}
			if stage == len(stagePaths)-1 {
				b = []byte("{}")
			}
			m.reply <- b
		}
		last = replies[cohort.NodeID{}]
		collude.last = replies
		expect = 0
		for i := range pending {
			if _, ok := replies[cohort.NodeID{}]; ok || replies[senders[i]] != nil {
				expect++
			}
		}
		pending = nil
	}
	return srv.Finish()
}

// addStage decodes a stage message and adds it to the server unless keep refuses its sender.
func addStage(srv *secagg.Server, stage int, body []byte, keep func(int, cohort.NodeID, []byte) bool) (cohort.NodeID, error) {
	var sender cohort.NodeID
	var add func() error
	switch stage {
	case 0:
		var m secagg.AdvertiseMsg
		if err := m.UnmarshalBinary(body); err != nil {
			return sender, err
		}
		sender, add = m.Sender, func() error { return srv.AddAdvertise(&m) }
	case 1:
		var m secagg.SharesMsg
		if err := m.UnmarshalBinary(body); err != nil {
			return sender, err
		}
		sender, add = m.Sender, func() error { return srv.AddShares(&m) }
	case 2:
		var m secagg.MaskedMsg
		if err := m.UnmarshalBinary(body); err != nil {
			return sender, err
		}
		sender, add = m.Sender, func() error { return srv.AddMasked(&m) }
	case 3:
		var m secagg.ConsistencyMsg
		if err := m.UnmarshalBinary(body); err != nil {
			return sender, err
		}
		sender, add = m.Sender, func() error { return srv.AddConsistency(&m) }
	case 4:
		var m secagg.UnmaskMsg
		if err := m.UnmarshalBinary(body); err != nil {
			return sender, err
		}
		sender, add = m.Sender, func() error { return srv.AddUnmask(&m) }
	}
	if keep != nil && !keep(stage, sender, body) {
		return sender, nil
	}
	return sender, add()
}

// closeStage closes a stage on the server and encodes the replies (the zero ID: a broadcast).
func closeStage(srv *secagg.Server, stage int) (map[cohort.NodeID][]byte, error) {
	out := map[cohort.NodeID][]byte{}
	enc := func(id cohort.NodeID, m encoding.BinaryMarshaler) error {
		b, err := m.MarshalBinary()
		out[id] = b
		return err
	}
	switch stage {
	case 0:
		m, err := srv.Roster()
		if err != nil {
			return nil, err
		}
		return out, enc(cohort.NodeID{}, m)
	case 1:
		ms, err := srv.Inboxes()
		if err != nil {
			return nil, err
		}
		for id, m := range ms {
			if err := enc(id, m); err != nil {
				return nil, err
			}
		}
	case 2:
		m, err := srv.Survivors()
		if err != nil {
			return nil, err
		}
		return out, enc(cohort.NodeID{}, m)
	case 3:
		ms, err := srv.UnmaskRequests()
		if err != nil {
			return nil, err
		}
		for id, m := range ms {
			if err := enc(id, m); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// colluders are clients in the coordinator's hands: they follow the protocol with a zero update.
type colluders struct {
	cs   map[cohort.NodeID]*secagg.Client
	dim  int
	last map[cohort.NodeID][]byte
}

func newColluders(cs map[cohort.NodeID]*secagg.Client, cfg *secagg.Config) *colluders {
	return &colluders{cs: cs, dim: cfg.VectorLen() - 1}
}

func (c *colluders) send(stage int, srv *secagg.Server, _ []byte) error {
	for id, cl := range c.cs {
		reply := c.last[cohort.NodeID{}]
		if reply == nil {
			reply = c.last[id]
		}
		var err error
		switch stage {
		case 0:
			var m *secagg.AdvertiseMsg
			if m, err = cl.AdvertiseKeys(); err == nil {
				err = srv.AddAdvertise(m)
			}
		case 1:
			var r secagg.RosterMsg
			var m *secagg.SharesMsg
			if err = r.UnmarshalBinary(reply); err == nil {
				if m, err = cl.ShareKeys(&r); err == nil {
					err = srv.AddShares(m)
				}
			}
		case 2:
			var in secagg.ShareInbox
			var m *secagg.MaskedMsg
			if err = in.UnmarshalBinary(reply); err == nil {
				if m, err = cl.MaskedInput(&in, make([]float64, c.dim), 1); err == nil {
					err = srv.AddMasked(m)
				}
			}
		case 3:
			var s secagg.SurvivorsMsg
			var m *secagg.ConsistencyMsg
			if err = s.UnmarshalBinary(reply); err == nil {
				if m, err = cl.ConsistencyCheck(&s); err == nil {
					err = srv.AddConsistency(m)
				}
			}
		case 4:
			var q secagg.UnmaskRequest
			var m *secagg.UnmaskMsg
			if err = q.UnmarshalBinary(reply); err == nil {
				if m, err = cl.Unmask(&q); err == nil {
					err = srv.AddUnmask(m)
				}
			}
		}
		if err != nil {
			return fmt.Errorf("colluder %s: %w", id, err)
		}
	}
	return nil
}

// victimDelta is the update the victim computes from global: its training is deterministic.
func (e *evilCoord) victimDelta(t *testing.T, id cohort.NodeID, round uint64, global []float64) []float64 {
	m := &fl.Model{Spec: e.spec.Model, Params: slices.Clone(global)}
	cfg := fl.ClientConfig(e.spec.Train, e.spec.Strategy, e.spec.Seed, int(round), id.String())
	if _, err := fl.Train(context.Background(), m, e.data[id], cfg); err != nil {
		t.Fatal(err)
	}
	d := make([]float64, len(global))
	for i := range d {
		d[i] = m.Params[i] - global[i]
	}
	return d
}

// revealsVictim reports whether the coordinator's "mean" (sum of w*delta over the summed weight) is
// the victim's update to within quantization error.
func revealsVictim(res *secagg.Result, victim []float64) (bool, float64) {
	if res == nil {
		return false, math.Inf(1)
	}
	w := res.Sum[len(res.Sum)-1]
	var diff float64
	for i, v := range victim {
		diff = math.Max(diff, math.Abs(res.Sum[i]/w-v))
	}
	return diff < 1e-4, diff
}

// waitLog waits until the trainers' log holds one of want (trainers log refusals from goroutines).
func (e *evilCoord) waitLog(t *testing.T, want ...string) {
	t.Helper()
	for end := time.Now().Add(10 * time.Second); time.Now().Before(end); time.Sleep(20 * time.Millisecond) {
		for _, w := range want {
			if strings.Contains(e.logs.String(), w) {
				return
			}
		}
	}
	t.Fatalf("no trainer logged any of %q; logs:\n%s", want, e.logs.String())
}

func attackGlobal(p int) []float64 {
	g := make([]float64, p)
	for i := range g {
		g[i] = 0.01 * float64(i+1)
	}
	return g
}
