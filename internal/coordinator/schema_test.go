package coordinator

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/cohort-net/cohort/internal/api/apitest"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/protocol"
	"github.com/cohort-net/cohort/internal/schema"
)

const coordSchema = `name: s
label: y
columns:
  - {name: id, type: int, role: id}
  - {name: x, type: float, nullable: true}
  - {name: c, type: categorical, categories: ["0", "1"]}
  - {name: y, type: categorical}
`

func schemaHarness(t *testing.T, trainers int) (*Coordinator, *httptest.Server, *schema.Schema) {
	t.Helper()
	s, err := schema.Parse([]byte(coordSchema))
	if err != nil {
		t.Fatal(err)
	}
	spec := testSpec()
	spec.Trainers, spec.MinParticipants = trainers, trainers
	spec.Schema = protocol.NewTaskSchema(s)
	cKey, _ := identity.Generate()
	c, err := New(Config{Spec: spec, DataDir: t.TempDir(), Key: cKey, Recover: identity.Recover})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(c.Handler())
	t.Cleanup(func() { srv.Close(); c.Close() })
	return c, srv, s
}

func tableJoin(t *testing.T, s *schema.Schema, endpoint, csv string) []byte {
	t.Helper()
	tab, err := dataset.ReadTable(strings.NewReader(csv), s, "")
	if err != nil {
		t.Fatal(err)
	}
	st := tab.BoundedStats(protocol.MaxModeCounts)
	b, _ := protocol.EncodeFrame(protocol.JoinHeader{Endpoint: endpoint, Samples: tab.N, Features: 3, Classes: tab.Classes, Table: &st}, nil, nil)
	return b
}

// A schema task's join route is sized by the schema: a member announcing a 256 MiB join is refused
// from its header (413) allocating little, and statistics that contradict the schema are a 400.
func TestSchemaJoinAdmission(t *testing.T) {
	_, srv, s := schemaHarness(t, 2)
	k, _ := identity.Generate()
	hd := http.Header{}
	if err := protocol.Sign(hd, http.MethodPost, protocol.PathJoin, nil, k, 1337, "t1", 0, time.Minute); err != nil {
		t.Fatal(err)
	}
	var status int
	var err error
	alloc := apitest.Allocated(3, func() {
		status, err = apitest.HugeBody(srv.URL+protocol.PathJoin, hd, 256<<20, 4<<10, 20*time.Second)
	})
	if err != nil || status != http.StatusRequestEntityTooLarge || alloc > 1<<20 {
		t.Errorf("a 256 MiB join: status %d (%v), %d bytes allocated; want 413 and < 1 MiB", status, err, alloc)
	}
	h := &harness{t: t, srv: srv}
	f := newFakeTrainer(t)
	bad := tableJoin(t, s, f.srv.URL, "id,x,c,y\n1,2,0,0\n2,3,1,1\n")
	bad = []byte(strings.Replace(string(bad), `"1":1`, `"7":1`, 1))
	if st, _ := h.send(protocol.PathJoin, f.key, 0, bad, nil); st != http.StatusBadRequest {
		t.Errorf("statistics with a category the schema lacks: %d, want 400", st)
	}
	if st, _ := h.send(protocol.PathJoin, f.key, 0, tableJoin(t, s, f.srv.URL, "id,x,c,y\n1,2,0,0\n2,3,1,1\n"), nil); st != 200 {
		t.Errorf("honest join: %d", st)
	}
}

// A column no trainer has a value in cannot be filled: the task fails before round 1 with an error
// naming the column (it never becomes an all-fill feature).
func TestSchemaAllMissingColumnFails(t *testing.T) {
	c, srv, s := schemaHarness(t, 1)
	f := newFakeTrainer(t)
	h := &harness{t: t, srv: srv}
	if st, _ := h.send(protocol.PathJoin, f.key, 0, tableJoin(t, s, f.srv.URL, "id,x,c,y\n1,NA,0,0\n2,,1,1\n"), nil); st != 200 {
		t.Fatalf("join: %d", st)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	err := c.Run(ctx)
	if err == nil || !strings.Contains(err.Error(), `column "x": every value is missing`) {
		t.Fatalf("run: %v, want an error naming column x", err)
	}
	if st, _ := c.Status(); st.State != protocol.StateFailed {
		t.Fatalf("state %s, want failed", st.State)
	}
}

// An open categorical column (no categories in the schema) takes the union of the categories at
// least two trainers hold: the model's width is fixed at start from it, the train requests carry it,
// a category one trainer alone holds is left out, and a coordinator reopened on its directory knows
// the width from its store.
func TestSchemaUnionWidthFixedAtStart(t *testing.T) {
	s, err := schema.Parse([]byte(strings.Replace(coordSchema, `categories: ["0", "1"]`, "nullable: true", 1)))
	if err != nil {
		t.Fatal(err)
	}
	spec := testSpec()
	spec.Model.Inputs = 0
	spec.Schema = protocol.NewTaskSchema(s)
	cKey, _ := identity.Generate()
	dir := t.TempDir()
	c, err := New(Config{Spec: spec, DataDir: dir, Key: cKey, Recover: identity.Recover})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(c.Handler())
	defer srv.Close()
	h := &harness{t: t, srv: srv}
	trainers := []*fakeTrainer{newFakeTrainer(t), newFakeTrainer(t)}
	for i, csv := range []string{"id,x,c,y\n1,2,red,0\n2,3,blue,1\n3,1,red,1\n", "id,x,c,y\n1,2,blue,0\n2,3,green,1\n3,4,red,0\n"} {
		tab, err := dataset.ReadTable(strings.NewReader(csv), s, "")
		if err != nil {
			t.Fatal(err)
		}
		st := tab.BoundedStats(protocol.MaxModeCounts)
		b, _ := protocol.EncodeFrame(protocol.JoinHeader{Endpoint: trainers[i].srv.URL, Samples: tab.N, Classes: tab.Classes, Table: &st}, nil, nil)
		if code, body := h.send(protocol.PathJoin, trainers[i].key, 0, b, nil); code != 200 {
			t.Fatalf("join %d: %d %s", i, code, body)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- c.Run(ctx) }()
	select {
	case <-trainers[0].got:
	case err := <-done:
		t.Fatalf("run: %v", err)
	case <-time.After(20 * time.Second):
		t.Fatal("no train request")
	}
	trainers[0].mu.Lock()
	req := trainers[0].reqs[0]
	trainers[0].mu.Unlock()
	if req.Encoding == nil || strings.Join(req.Encoding.Columns[1].Categories, ",") != "blue,red" || c.Spec().Model.Inputs != 3 {
		t.Fatalf("encoding %+v, width %d: want the categories two trainers hold (blue, red), 3 features", req.Encoding, c.Spec().Model.Inputs)
	}
	cancel()
	<-done
	c.Close()
	c2, err := New(Config{Spec: spec, DataDir: dir, Key: cKey, Recover: identity.Recover})
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close()
	if w := c2.Spec().Model.Inputs; w != 3 {
		t.Fatalf("reopened coordinator: width %d, want 3", w)
	}
}
