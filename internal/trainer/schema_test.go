package trainer

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/protocol"
	"github.com/cohort-net/cohort/internal/schema"
)

const trainerSchema = `name: s
label: y
columns:
  - {name: id, type: int, role: id}
  - {name: x, type: float, nullable: true}
  - {name: c, type: categorical, categories: [a, b], nullable: true}
  - {name: y, type: categorical}
`

const trainerCSV = "id,x,c,y\n1,1,a,n\n2,NA,b,p\n3,3,,n\n4,4,b,p\n"

// TestSchemaTrainerChecksEncoding runs a trainer in a schema task against a coordinator written here:
// the trainer reads its raw CSV through the task's schema, joins with table statistics and no feature
// sums, and refuses train requests whose encoding is missing, does not fit the schema (another
// category, which would change what the model's inputs mean), or changes after the first.
func TestSchemaTrainerChecksEncoding(t *testing.T) {
	ckey, _ := identity.Generate()
	s, err := schema.Parse([]byte(trainerSchema))
	if err != nil {
		t.Fatal(err)
	}
	spec := protocol.TaskSpec{ID: "t", Coordinator: ckey.ID(), ChainID: 1337, Label: "y", Classes: []string{"n", "p"},
		Model: fl.ModelSpec{Kind: "logreg", Inputs: 3, Classes: 2}, Train: fl.TrainConfig{Optimizer: "sgd", LR: 0.1, Epochs: 1, BatchSize: 2},
		Strategy: fl.StrategyConfig{Name: "fedavg"}, Rounds: 2, Trainers: 1, MinParticipants: 1, RoundTimeoutMS: 10_000, Schema: protocol.NewTaskSchema(s)}
	if err := spec.Validate(); err != nil {
		t.Fatal(err)
	}
	joins, updates := make(chan []byte, 1), make(chan []byte, 4)
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+protocol.PathTask, func(w http.ResponseWriter, r *http.Request) { json.NewEncoder(w).Encode(spec) })
	mux.HandleFunc("POST "+protocol.PathJoin, func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		joins <- b
		w.Write([]byte("{}"))
	})
	mux.HandleFunc("POST "+protocol.PathUpdate, func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		updates <- b
		w.Write([]byte(`{"round":1}`))
	})
	cs := httptest.NewServer(mux)
	defer cs.Close()
	tkey, _ := identity.Generate()
	tr, err := New(Config{Key: tkey, Recover: identity.Recover, CoordinatorURL: cs.URL, Coordinator: ckey.ID(), Endpoint: "http://x",
		CSV: []byte(trainerCSV), Label: "y"})
	if err != nil {
		t.Fatal(err)
	}
	defer tr.Close()
	if err := tr.Join(context.Background()); err != nil {
		t.Fatal(err)
	}
	var jh protocol.JoinHeader
	ts, err := protocol.DecodeFrame(<-joins, protocol.Limits{MaxHeader: 1 << 20, MaxTensors: 2, MaxElems: 10}, &jh)
	if err != nil || jh.Table == nil || len(ts[0]) != 0 || len(ts[1]) != 0 || jh.Features != 3 {
		t.Fatalf("join: %+v, %d tensors, %v: want table statistics and no sums", jh, len(ts), err)
	}
	if err := spec.CheckJoin(jh, ts[0], ts[1]); err != nil {
		t.Fatalf("the trainer's own join refused: %v", err)
	}
	_, layout, _ := spec.Layout()
	good, err := dataset.FitEncoding(layout, *jh.Table)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(tr.Handler())
	defer srv.Close()
	send := func(round uint64, e *dataset.Encoding) (int, string) {
		b, _ := protocol.EncodeFrame(protocol.TrainHeader{Round: round, DeadlineMS: time.Now().Add(time.Minute).UnixMilli(), Train: spec.Train, Encoding: e},
			make([]float64, spec.Model.NumParams()), nil, nil)
		req, _ := http.NewRequest(http.MethodPost, srv.URL+protocol.PathTrain, bytes.NewReader(b))
		protocol.Sign(req.Header, req.Method, req.URL.Path, b, ckey, 1337, "t", round, time.Minute)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		msg, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(msg)
	}
	extra := *good
	extra.Columns = append([]dataset.EncodingColumn(nil), good.Columns...)
	extra.Columns[1].Categories = []string{"a", "b", "zz"}
	if code, msg := send(1, nil); code != 400 || !strings.Contains(msg, "without the task's encoding") {
		t.Errorf("no encoding: %d %s", code, msg)
	}
	if code, msg := send(1, &extra); code != 400 || !strings.Contains(msg, `column \"c\": categories`) {
		t.Errorf("an encoding with another category: %d %s", code, msg)
	}
	if code, msg := send(1, good); code != 202 {
		t.Fatalf("the task's encoding: %d %s", code, msg)
	}
	select {
	case u := <-updates:
		var h protocol.UpdateHeader
		if _, err := protocol.DecodeFrame(u, protocol.DefaultLimits, &h); err != nil || h.Samples != 4 {
			t.Fatalf("update: %+v %v", h, err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no update delivered")
	}
	changed := *good
	changed.Columns = append([]dataset.EncodingColumn(nil), good.Columns...)
	changed.Columns[0].Fill += 100
	if code, msg := send(2, &changed); code != 409 || !strings.Contains(msg, "another encoding") {
		t.Errorf("an encoding changed after round 1: %d %s", code, msg)
	}

	// A CSV that contradicts the schema: the join fails naming the line and the column.
	bad, _ := New(Config{Key: tkey, Recover: identity.Recover, CoordinatorURL: cs.URL, Coordinator: ckey.ID(), Endpoint: "http://x",
		CSV: []byte("id,x,c,y\n1,1,a,n\n2,2,q,p\n"), Label: "y"})
	if err := bad.Join(context.Background()); cohort.Code(err) != cohort.EInvalid || !strings.Contains(err.Error(), `csv line 3, column "c": category "q"`) {
		t.Errorf("a CSV against the schema: %v", err)
	}
}
