package trainer

import (
	"encoding/json"
	"math"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/protocol"
	"github.com/cohort-net/cohort/internal/secagg"
)

// dpSigma and dpClip are the distributed-noise task's σ and C.
const dpSigma, dpClip = 1.5, 1.0

// distributedDP makes the attack task client-level DP with distributed noise, on an MLP wide enough
// (2,502 parameters) to measure the noise's variance to a few percent, trained with a learning rate so
// small that the updates themselves are negligible next to the noise.
func distributedDP(s *protocol.TaskSpec) {
	s.Model = fl.ModelSpec{Kind: "mlp", Inputs: 2, Classes: 2, Hidden: []int{500}}
	s.Train.LR = 1e-9
	s.Strategy = fl.StrategyConfig{Name: "fedavg", ClipNorm: dpClip, DPNoise: dpSigma, MaxSamples: 1}
	s.Privacy = protocol.PrivacySpec{Mode: protocol.PrivacyClient, Epsilon: 10, Delta: 1e-5, Noise: protocol.NoiseDistributed}
	s.SecAgg.Clip = 8
}

// TestAttackNoiselessCoordinatorDistributedDP: under distributed DP noise the coordinator adds no noise
// of its own (here it would not even if told to: it is the attacker), yet the secure sum it obtains
// carries at least the target noise N(0, σ²C²) on every coordinate, because every trainer added its
// share N(0, σ²C²/n_min) before masking. Measured over 2,502 coordinates of a real SecAgg+ session over
// HTTP with 10 trainers (n_min = 10 − 2 colluders − 1 dropout = 7: expected variance 10/7 σ²C²).
func TestAttackNoiselessCoordinatorDistributedDP(t *testing.T) {
	e := newEvilCoord(t, attackTrainers, distributedDP)
	if err := e.spec.Validate(); err != nil {
		t.Fatal(err)
	}
	p := e.spec.Model.NumParams()
	global := make([]float64, p)
	for i := range global {
		global[i] = 0.01 * math.Sin(float64(i))
	}
	sr := e.honestRound(1, global)
	sr.WeightScale = 1 // equal weights: min(samples, 1) * 1
	for _, id := range e.ids() {
		if code, body := e.train(id, 1, &sr, global); code != http.StatusAccepted {
			t.Fatalf("train refused: %d %s", code, body)
		}
	}
	cfg := mustConfig(t, &e.spec, 1, sr)
	res, err := e.session(cfg, nil, tamper{})
	if err != nil {
		t.Fatalf("session: %v", err)
	}
	if len(res.Survivors) != attackTrainers || len(res.Sum) < p {
		t.Fatalf("%d survivors, sum of %d elements", len(res.Survivors), len(res.Sum))
	}
	var sq float64
	for _, v := range res.Sum[:p] { // the updates are ~1e-9: the sum is the noise
		sq += v * v
	}
	got := sq / float64(p)
	target := dpSigma * dpSigma * dpClip * dpClip
	_, nMin, err := e.spec.DistributedNoise(attackTrainers)
	if err != nil {
		t.Fatal(err)
	}
	want := target * attackTrainers / float64(nMin)
	t.Logf("variance of the secure sum %.4f over %d coordinates: target σ²C² %.4f, expected %.4f (n_min %d)", got, p, target, want, nMin)
	if got < 0.9*target {
		t.Fatalf("the secure sum carries noise of variance %.4g, below the target σ²C² = %.4g: the coordinator got a (nearly) noiseless sum", got, target)
	}
	if got > 1.2*want {
		t.Fatalf("noise variance %.4g, far above the expected %.4g", got, want)
	}
}

// TestAttackDistributedDPTooFewSurvivors: the coordinator drops an honest trainer's masked input and
// announces the rest as the survivors, so that fewer noise shares reach the sum than the noise was
// calibrated for. The task assumes δ = 0.05 (no dropout among 10: n_min = 8), while SecAgg+ itself
// would recover from one dropout (each client keeps t of its k neighbours). The trainers refuse a
// survivor set below the dropout bound: no sum comes out.
func TestAttackDistributedDPTooFewSurvivors(t *testing.T) {
	e := newEvilCoord(t, attackTrainers, distributedDP, func(s *protocol.TaskSpec) { s.SecAgg.Dropout = 0.05 })
	if err := e.spec.Validate(); err != nil {
		t.Fatal(err)
	}
	p := e.spec.Model.NumParams()
	global := make([]float64, p)
	sr := e.honestRound(1, global)
	sr.WeightScale = 1
	for _, id := range e.ids() {
		if code, body := e.train(id, 1, &sr, global); code != http.StatusAccepted {
			t.Fatalf("train refused: %d %s", code, body)
		}
	}
	cfg := mustConfig(t, &e.spec, 1, sr)
	dropped := e.ids()[0]
	few := e.ids()[1:]
	tp := tamper{
		keep: func(stage int, sender cohort.NodeID, _ []byte) bool { return stage != 2 || sender != dropped },
		replies: func(stage int, replies map[cohort.NodeID][]byte) {
			if stage == 2 {
				b, err := (&secagg.SurvivorsMsg{Header: secagg.Header{Round: cfg.Params().Round, Session: cfg.Session()}, Survivors: few}).MarshalBinary()
				if err != nil {
					t.Fatal(err)
				}
				replies[cohort.NodeID{}] = b
			}
		},
	}
	res, err := e.session(cfg, nil, tp)
	if err == nil {
		t.Fatalf("the session completed with %d survivors of %d", len(res.Survivors), attackTrainers)
	}
	e.waitLog(t, "distributed dp noise: 9 of 10 trainers survive")
	t.Logf("session ended: %v", err)
}

// TestAttackCoordinatorChangesPrivacy: the coordinator serves a spec whose privacy mechanism differs
// from the published one (noise moved to itself, noise turned down, a wider threat model behind n_min):
// a trainer that knows the published spec refuses to join; the same spec is joined.
func TestAttackCoordinatorChangesPrivacy(t *testing.T) {
	key, _ := identity.Generate()
	var published protocol.TaskSpec
	distributedDP(&published)
	published.ID, published.Coordinator, published.SecureAgg, published.Trainers = "attack", key.ID(), protocol.SecureSecAgg, 10
	published.ChainID, published.Label, published.Classes = 1337, "y", []string{"0", "1"}
	serve := published
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+protocol.PathTask, func(w http.ResponseWriter, r *http.Request) { json.NewEncoder(w).Encode(serve) })
	mux.HandleFunc("POST "+protocol.PathJoin, func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("{}")) })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	join := func() error {
		tkey, _ := identity.Generate()
		tr, err := New(Config{Key: tkey, Recover: identity.Recover, CoordinatorURL: srv.URL, Coordinator: key.ID(), Endpoint: "http://x",
			Data: randomData(1), Published: &published})
		if err != nil {
			t.Fatal(err)
		}
		defer tr.Close()
		return tr.Join(t.Context())
	}
	for name, mod := range map[string]func(*protocol.TaskSpec){
		"central noise":  func(s *protocol.TaskSpec) { s.Privacy.Noise = protocol.NoiseCentral },
		"less noise":     func(s *protocol.TaskSpec) { s.Strategy.DPNoise /= 10 },
		"more dropout":   func(s *protocol.TaskSpec) { s.SecAgg.Dropout = 0.5 },
		"larger budget":  func(s *protocol.TaskSpec) { s.Privacy.Epsilon *= 10 },
		"no secure sum":  func(s *protocol.TaskSpec) { s.SecureAgg = protocol.SecureNone },
		"more trainers":  func(s *protocol.TaskSpec) { s.Trainers++ },
		"dp-sgd removed": func(s *protocol.TaskSpec) { s.Train.DP = fl.DPSGD{Clip: 1} },
	} {
		serve = published
		mod(&serve)
		if err := join(); cohort.Code(err) != cohort.EForbidden {
			t.Errorf("%s: join %v, want refused", name, err)
		}
	}
	serve = published
	if err := join(); err != nil {
		t.Fatalf("the published spec refused: %v", err)
	}
}

// TestAttackCoordinatorIgnoresBudget: a coordinator asks for a round beyond the last one the task's
// privacy budget covers; the trainer refuses to train it (no further release about its data).
func TestAttackCoordinatorIgnoresBudget(t *testing.T) {
	e := newEvilCoord(t, 2, func(s *protocol.TaskSpec) {
		s.SecureAgg, s.Rounds = protocol.SecureNone, 20
		s.Train.DP = fl.DPSGD{NoiseMultiplier: 4, Clip: 1, SampleRate: 0.5}
		s.Privacy = protocol.PrivacySpec{Mode: protocol.PrivacyRecord, Epsilon: 3, Delta: 1e-5}
	})
	last, err := e.spec.PrivacyRounds()
	if err != nil || last < 1 || last >= e.spec.Rounds {
		t.Fatalf("test setup: %d of %d rounds within the budget (%v)", last, e.spec.Rounds, err)
	}
	global := attackGlobal(e.spec.Model.NumParams())
	if code, body := e.trainHeader(e.trainers[1].ID(), protocol.TrainHeader{Round: uint64(last)}, global); code != http.StatusAccepted {
		t.Fatalf("train request: %d %s", code, body)
	}
	e.waitLog(t, "msg=trained") // the last round within the budget is trained
	id := e.trainers[0].ID()
	if code, body := e.trainHeader(id, protocol.TrainHeader{Round: uint64(last) + 1}, global); code != http.StatusAccepted {
		t.Fatalf("train request: %d %s", code, body)
	}
	e.waitLog(t, "is beyond the privacy budget")
}
