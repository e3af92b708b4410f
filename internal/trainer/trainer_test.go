package trainer

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/protocol"
)

func tinyData() *dataset.Dataset {
	return &dataset.Dataset{X: []float64{0, 1, 1, 0, 2, 2, 3, 1}, Y: []int{0, 1, 0, 1}, N: 4, D: 2,
		Features: []string{"a", "b"}, Label: "y", Classes: []string{"0", "1"}}
}

// fakeCoordinator serves the task and accepts joins and updates.
func fakeCoordinator(t *testing.T, key *identity.Key) (*httptest.Server, protocol.TaskSpec, chan []byte) {
	spec := protocol.TaskSpec{ID: "t", Coordinator: key.ID(), ChainID: 1337, Label: "y", Classes: []string{"0", "1"},
		Model: fl.ModelSpec{Kind: "logreg", Inputs: 2, Classes: 2}, Train: fl.TrainConfig{Optimizer: "sgd", LR: 0.1, Epochs: 1, BatchSize: 2},
		Strategy: fl.StrategyConfig{Name: "fedavg"}, Rounds: 1, Trainers: 1, MinParticipants: 1, RoundTimeoutMS: 10_000}
	updates := make(chan []byte, 4)
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+protocol.PathTask, func(w http.ResponseWriter, r *http.Request) { json.NewEncoder(w).Encode(spec) })
	mux.HandleFunc("POST "+protocol.PathJoin, func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("{}")) })
	mux.HandleFunc("POST "+protocol.PathUpdate, func(w http.ResponseWriter, r *http.Request) {
		var b bytes.Buffer
		b.ReadFrom(r.Body)
		updates <- b.Bytes()
		w.Write([]byte(`{"round":1}`))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, spec, updates
}

func TestTrainRequestsOnlyFromTheCoordinator(t *testing.T) {
	ckey, _ := identity.Generate()
	cs, spec, updates := fakeCoordinator(t, ckey)
	tkey, _ := identity.Generate()
	tr, err := New(Config{Key: tkey, Recover: identity.Recover, CoordinatorURL: cs.URL, Coordinator: ckey.ID(), Endpoint: "http://x", Data: tinyData()})
	if err != nil {
		t.Fatal(err)
	}
	defer tr.Close()
	if err := tr.Join(context.Background()); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(tr.Handler())
	defer ts.Close()
	stranger, _ := identity.Generate()
	body := func(params int) []byte {
		b, _ := protocol.EncodeFrame(protocol.TrainHeader{Round: 1, DeadlineMS: time.Now().Add(time.Minute).UnixMilli(), Train: spec.Train},
			make([]float64, params), nil, nil)
		return b
	}
	send := func(k *identity.Key, b []byte) int {
		req, _ := http.NewRequest(http.MethodPost, ts.URL+protocol.PathTrain, bytes.NewReader(b))
		if k != nil {
			protocol.Sign(req.Header, req.Method, req.URL.Path, b, k, 1337, "t", 1, time.Minute)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	for name, c := range map[string]struct {
		key  *identity.Key
		body []byte
		want int
	}{
		"unsigned":        {nil, body(3), 401},
		"stranger":        {stranger, body(3), 403},
		"wrong dimension": {ckey, body(5), 400},
		"garbage":         {ckey, []byte("not a frame"), 400},
	} {
		if got := send(c.key, c.body); got != c.want {
			t.Errorf("%s: status %d, want %d", name, got, c.want)
		}
	}
	if got := send(ckey, body(3)); got != 202 {
		t.Fatalf("the coordinator's request: %d", got)
	}
	select {
	case u := <-updates:
		var h protocol.UpdateHeader
		ts, err := protocol.DecodeFrame(u, protocol.DefaultLimits, &h)
		if err != nil || h.Round != 1 || h.Samples != 4 || len(ts[0]) != 3 {
			t.Fatalf("update: %+v %v", h, err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no update delivered")
	}
}

func TestJoinRefusesMismatchedData(t *testing.T) {
	ckey, _ := identity.Generate()
	cs, _, _ := fakeCoordinator(t, ckey)
	tkey, _ := identity.Generate()
	d := tinyData()
	d.Classes = []string{"0", "7"}
	tr, _ := New(Config{Key: tkey, Recover: identity.Recover, CoordinatorURL: cs.URL, Coordinator: ckey.ID(), Endpoint: "http://x", Data: d})
	if err := tr.Join(context.Background()); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("a label the task does not know: %v", err)
	}
	other, _ := identity.Generate()
	tr2, _ := New(Config{Key: tkey, Recover: identity.Recover, CoordinatorURL: cs.URL, Coordinator: other.ID(), Endpoint: "http://x", Data: tinyData()})
	if err := tr2.Join(context.Background()); cohort.Code(err) != cohort.EUnauthorized {
		t.Fatalf("a task run by another coordinator: %v", err)
	}
}
