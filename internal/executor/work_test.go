package executor

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ipfs/go-cid"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/artifact"
	"github.com/cohort-net/cohort/internal/artifact/fsstore"
	"github.com/cohort-net/cohort/internal/artifact/sealed"
	"github.com/cohort-net/cohort/internal/identity"
)

// countingStore counts the artifacts read from and written to a store.
type countingStore struct {
	artifact.Store
	gets, puts atomic.Int32
}

func (s *countingStore) Get(ctx context.Context, c cid.Cid) (io.ReadCloser, error) {
	s.gets.Add(1)
	return s.Store.Get(ctx, c)
}

func (s *countingStore) Put(ctx context.Context, r io.Reader) (cid.Cid, error) {
	s.puts.Add(1)
	return s.Store.Put(ctx, r)
}

// sealedTask stores a script and a data set sealed to the first of three dev keys (the selected
// node) and returns the store and an assignment for that node.
func sealedTask(t *testing.T, script string) (*countingStore, []*identity.Key, Assignment) {
	t.Helper()
	ctx := context.Background()
	fs, err := fsstore.New(t.TempDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	store := &countingStore{Store: fs}
	keys := identity.DevAccounts(3)
	var env bytes.Buffer
	if err := sealed.Seal(&env, strings.NewReader("a,b\n1,2\n"), []sealed.Recipient{sealed.RecipientOf(keys[0])}); err != nil {
		t.Fatal(err)
	}
	data, err := store.Put(ctx, &env)
	if err != nil {
		t.Fatal(err)
	}
	code, err := store.Put(ctx, strings.NewReader(script))
	if err != nil {
		t.Fatal(err)
	}
	store.gets.Store(0)
	store.puts.Store(0)
	return store, keys, Assignment{
		Task: "1337/7", Epoch: 1, Node: keys[0].ID(), Selected: []cohort.NodeID{keys[0].ID()},
		Command: []string{"python3", "train.py"},
		Inputs:  []StoredInput{{Name: "train.py", CID: code}, {Name: "data.csv", CID: data, Sealed: true}},
		Outputs: []string{"model.bin"},
	}
}

func TestAssignmentStoresOutputs(t *testing.T) {
	needPython(t)
	r, _ := newRunner(t)
	store, keys, a := sealedTask(t, `open("model.bin", "w").write(open("data.csv").read().upper())`)
	out, err := r.RunAssignment(context.Background(), store, keys[0], a)
	if err != nil {
		t.Fatal(err)
	}
	got := getBytes(t, store, out.Outputs["model.bin"])
	if string(got) != "A,B\n1,2\n" {
		t.Fatalf("model = %q", got)
	}
	if out.Digest != Commitment(a.Task, a.Epoch, a.Node, a.Outputs, out.Outputs) || out.Digest == ([32]byte{}) {
		t.Fatal("commitment digest")
	}
}

// A node the task did not select runs nothing and fetches nothing, even with the inputs' CIDs.
func TestAttackUnselectedNodeRunsNoScript(t *testing.T) {
	needPython(t)
	r, _ := newRunner(t)
	store, keys, a := sealedTask(t, `open("model.bin", "w").write("ran")`)
	a.Node = keys[1].ID()
	_, err := r.RunAssignment(context.Background(), store, keys[1], a)
	if cohort.Code(err) != cohort.EForbidden {
		t.Fatalf("err = %v, want EForbidden", err)
	}
	if g, p := store.gets.Load(), store.puts.Load(); g != 0 || p != 0 {
		t.Fatalf("an unselected node fetched %d and stored %d artifacts", g, p)
	}
}

// A node that was not selected and skips its own selection check (a modified node, the data's CID in
// hand) still cannot open the publisher's data: it is sealed to the selected nodes' keys only, and
// the script never runs.
func TestAttackUnselectedNodeAsksForSealedData(t *testing.T) {
	needPython(t)
	r, _ := newRunner(t)
	store, keys, a := sealedTask(t, `open("model.bin", "w").write(open("data.csv").read())`)
	a.Node, a.Selected = keys[1].ID(), append(a.Selected, keys[1].ID()) // it lies to itself
	_, err := r.RunAssignment(context.Background(), store, keys[1], a)
	if cohort.Code(err) != cohort.EForbidden {
		t.Fatalf("err = %v, want EForbidden from the sealed data", err)
	}
	if p := store.puts.Load(); p != 0 {
		t.Fatalf("%d outputs stored", p)
	}
	rc, err := store.Get(context.Background(), a.Inputs[1].CID)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	if _, err := sealed.Open(rc, keys[1]); cohort.Code(err) != cohort.EForbidden {
		t.Fatalf("sealed.Open by an unselected node: %v", err)
	}
}

// A script over a limit has written its model before it was stopped: nothing of it is stored, so
// nothing can be committed.
func TestOverLimitOutputsNeverStored(t *testing.T) {
	needPython(t)
	r, _ := newRunner(t)
	store, keys, a := sealedTask(t, "import time\nopen('model.bin', 'w').write('partial')\ntime.sleep(60)")
	a.Limits.Wall = time.Second
	out, err := r.RunAssignment(context.Background(), store, keys[0], a)
	var le *LimitError
	if !errors.As(err, &le) || le.Limit != LimitWall || out != nil {
		t.Fatalf("err = %v, out %v: want the wall_time limit", err, out)
	}
	if p := store.puts.Load(); p != 0 {
		t.Fatalf("%d partial outputs stored", p)
	}
	if ok, _ := store.Has(context.Background(), artifact.RawCID([]byte("partial"))); ok {
		t.Fatal("the partial model is in the store")
	}
}
