package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/modelfile"
	"github.com/cohort-net/cohort/internal/node"
	"github.com/cohort-net/cohort/internal/task"
)

// cli runs the command line with a fresh home and returns the exit code, stdout and stderr.
func cli(t *testing.T, home string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb syncBuffer
	rc := Main(append([]string{"--home", home}, args...), strings.NewReader(""), &out, &errb)
	return rc, out.String(), errb.String()
}

// syncBuffer is a bytes.Buffer safe for the concurrent writes an *os.File takes (a devnet's progress
// lines come from its coordinator's goroutine).
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// testSplitCSV writes the held-out split a devnet with seed measures its accuracy on.
func testSplitCSV(t *testing.T, seed uint64) string {
	t.Helper()
	_, test, _, err := dataset.LoadSource("breast_cancer", "", "", seed)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := dataset.WriteCSV(&b, test); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "test.csv")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

type predictJSON struct {
	Accuracy    *float64 `json:"accuracy"`
	Predictions []string `json:"predictions"`
	Rows        int      `json:"rows"`
}

func predictAccuracy(t *testing.T, home string, args ...string) predictJSON {
	t.Helper()
	rc, out, errs := cli(t, home, append([]string{"predict", "--json"}, args...)...)
	if rc != 0 {
		t.Fatalf("predict %v: exit %d: %s", args, rc, errs)
	}
	var p predictJSON
	if err := json.Unmarshal([]byte(out), &p); err != nil || p.Accuracy == nil || len(p.Predictions) != p.Rows {
		t.Fatalf("predict output %q: %v", out, err)
	}
	return p
}

// TestModelSaveAndPredict: a devnet's saved model predicts its test split with exactly the accuracy the
// devnet reported, and every bad input to predict is refused with a clear message and exit code 2.
func TestModelSaveAndPredict(t *testing.T) {
	home, dir := t.TempDir(), t.TempDir()
	model := filepath.Join(dir, "model.json")
	rc, out, errs := cli(t, home, "devnet", "--once", "--no-chain", "--nodes", "3", "--rounds", "3", "--seed", "5", "--json", "--save-model", model)
	if rc != 0 {
		t.Fatalf("devnet: exit %d: %s", rc, errs)
	}
	var res node.DevnetResult
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	f, err := modelfile.Read(model)
	if err != nil {
		t.Fatal(err)
	}
	if p := f.Provenance; p.Source != "devnet" || p.Round != 3 || p.Seed != 5 || p.Dataset != "breast_cancer" || p.TaskID != res.TaskID ||
		*p.Accuracy != res.FederatedAccuracy || p.AccuracySamples != res.TestSamples || f.Scaler == nil || len(f.Features) != 30 {
		t.Fatalf("saved model: %+v", f.Provenance)
	}
	test := testSplitCSV(t, 5)
	if p := predictAccuracy(t, home, "--model", model, "--data", test, "--label", "malignant"); *p.Accuracy != res.FederatedAccuracy || p.Rows != res.TestSamples {
		t.Fatalf("predict accuracy %v on %d rows, the devnet reported %v on %d", *p.Accuracy, p.Rows, res.FederatedAccuracy, res.TestSamples)
	}
	// Without --label the model's label column is used when present.
	if p := predictAccuracy(t, home, "--model", model, "--data", test); *p.Accuracy != res.FederatedAccuracy {
		t.Fatalf("default label: accuracy %v", *p.Accuracy)
	}
	rc, out, _ = cli(t, home, "predict", "--model", model, "--data", test)
	if rc != 0 || len(strings.Split(strings.TrimSpace(out), "\n")) != res.TestSamples {
		t.Fatalf("predict text: exit %d, %d lines", rc, strings.Count(out, "\n"))
	}
	rc, out, errs = cli(t, home, "--json", "model", "show", model)
	var show struct {
		Name       string
		Provenance modelfile.Provenance
	}
	if err := json.Unmarshal([]byte(out), &show); rc != 0 || err != nil || show.Name != f.Name() || show.Provenance.Round != 3 {
		t.Fatalf("model show: exit %d %s %s", rc, out, errs)
	}
	if rc, out, _ = cli(t, home, "model", "show", model); rc != 0 || !strings.Contains(out, "accuracy    ") {
		t.Fatalf("model show text: exit %d %s", rc, out)
	}
	if rc, _, errs = cli(t, home, "model", "show", filepath.Join(dir, "none.json")); rc != 2 || !strings.Contains(errs, "does not exist") {
		t.Fatalf("model show of a missing file: exit %d %s", rc, errs)
	}
	// A CSV without the label column: predictions only.
	raw, _ := os.ReadFile(test)
	var unl []string
	for _, line := range strings.Split(strings.TrimSpace(string(raw)), "\n") {
		unl = append(unl, line[:strings.LastIndex(line, ",")])
	}
	unlabelled := filepath.Join(dir, "unlabelled.csv")
	os.WriteFile(unlabelled, []byte(strings.Join(unl, "\n")+"\n"), 0o644)
	rc, out, errs = cli(t, home, "predict", "--json", "--model", model, "--data", unlabelled)
	var p predictJSON
	if err := json.Unmarshal([]byte(out), &p); rc != 0 || err != nil || p.Accuracy != nil || len(p.Predictions) != res.TestSamples ||
		strings.Contains(out, "accuracy") {
		t.Fatalf("unlabelled: exit %d %s %s", rc, out, errs)
	}
	testPredictRefuses(t, home, model, test)
}

func testPredictRefuses(t *testing.T, home, model, test string) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(body), 0o644)
		return p
	}
	raw, _ := os.ReadFile(test)
	header, rest, _ := strings.Cut(string(raw), "\n")
	firstRow, _, _ := strings.Cut(rest, "\n")
	cells := strings.Split(firstRow, ",")
	bad := func(i int, v string) string {
		c := append([]string(nil), cells...)
		c[i] = v
		return header + "\n" + strings.Join(c, ",") + "\n"
	}
	mb, _ := os.ReadFile(model)
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"no flags", []string{}, "--model FILE and --data CSV are required"},
		{"missing model", []string{"--model", filepath.Join(dir, "none.json"), "--data", test}, "does not exist"},
		{"not a model", []string{"--model", write("q.json", `{"kind":"logreg"}`), "--data", test}, `not a Cohort model file: no "format" field`},
		{"newer format", []string{"--model", write("v2.json", strings.Replace(string(mb), "cohort-model/1", "cohort-model/2", 1)), "--data", test}, "reads version 1 only"},
		{"missing data", []string{"--model", model, "--data", filepath.Join(dir, "none.csv")}, "does not exist"},
		{"missing column", []string{"--model", model, "--data", write("c.csv", strings.Replace(string(raw), "mean_texture", "texture", 1))}, `no column "mean_texture", feature 2 of the 30`},
		{"unseen class", []string{"--model", model, "--data", write("l.csv", bad(30, "2"))}, `line 2, column "malignant": label "2" is not one of the model's classes (0, 1)`},
		{"non-numeric", []string{"--model", model, "--data", write("n.csv", bad(4, "big"))}, `line 2, column "mean_smoothness": "big" is not a number`},
		{"no such label", []string{"--model", model, "--data", test, "--label", "diagnosis"}, `no label column "diagnosis"`},
	}
	for _, c := range cases {
		rc, _, errs := cli(t, home, append([]string{"predict"}, c.args...)...)
		if rc != 2 || !strings.Contains(errs, c.want) {
			t.Errorf("%s: exit %d, stderr %q; want exit 2 and %q", c.name, rc, errs, c.want)
		}
	}
	// --save-model that cannot be honoured is refused before the devnet starts.
	for _, args := range [][]string{
		{"devnet", "--once", "--no-chain", "--save-model", filepath.Join(dir, "no", "such", "dir", "m.json")},
		{"devnet", "--once", "--no-chain", "--save-model", dir},
		{"devnet", "--once", "--subnet", "inference", "--save-model", filepath.Join(dir, "m.json")},
	} {
		start := time.Now()
		rc, _, errs := cli(t, home, args...)
		if rc != 2 || !strings.Contains(errs, "--save-model") || time.Since(start) > 5*time.Second {
			t.Errorf("%v: exit %d after %v: %s", args, rc, time.Since(start), errs)
		}
	}
}

// TestModelExportOnChain runs a devnet on the embedded chain and exports its model by task and by CID
// from the shared store while it serves: the parameters equal the devnet's saved model bit for bit.
func TestModelExportOnChain(t *testing.T) {
	home, dir := t.TempDir(), t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	d, err := node.StartDevnet(ctx, node.DevnetOptions{Data: "breast_cancer", Nodes: 3, CentralizedEpochs: -1, Home: home,
		Task: task.Options{Rounds: 3, Seed: 9}})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	res, err := d.Wait(ctx)
	if err != nil {
		t.Fatal(err)
	}
	saved := filepath.Join(dir, "saved.json")
	if err := (&app{stderr: io.Discard}).saveDevnetModel(saved, d, res); err != nil {
		t.Fatal(err)
	}
	c := res.Chain
	rpc := []string{"--rpc", c.RPC}
	exported := filepath.Join(dir, "exported.json")
	rc, out, errs := cli(t, home, append([]string{"model", "export", "--task", c.TaskID, "--out", exported, "--json"}, rpc...)...)
	if rc != 0 {
		t.Fatalf("export: exit %d: %s", rc, errs)
	}
	want, _ := modelfile.Read(saved)
	got, err := modelfile.Read(exported)
	if err != nil {
		t.Fatal(err)
	}
	sameParams(t, want, got)
	last := c.ModelCIDs[len(c.ModelCIDs)-1]
	if p := got.Provenance; p.ModelCID != last || want.Provenance.ModelCID != last || p.Round != 3 || p.TaskID != c.TaskID ||
		p.ChainID != 1337 || p.Seed != 9 || p.Accuracy == nil || !strings.Contains(out, last) {
		t.Fatalf("exported provenance %+v, saved %+v", p, want.Provenance)
	}
	// Without named features predict takes the columns by position, with the same accuracy.
	test := testSplitCSV(t, 9)
	if p := predictAccuracy(t, home, "--model", exported, "--data", test); *p.Accuracy != res.FederatedAccuracy {
		t.Fatalf("exported model: accuracy %v, devnet %v", *p.Accuracy, res.FederatedAccuracy)
	}
	// Round 1 by task, and the last round by CID from the store, with feature names.
	rc, _, errs = cli(t, home, append([]string{"model", "export", "--task", c.TaskID, "--round", "1", "--out", exported}, rpc...)...)
	if got, _ = modelfile.Read(exported); rc != 0 || got.Provenance.ModelCID != c.ModelCIDs[0] || got.Provenance.Round != 1 {
		t.Fatalf("export round 1: exit %d %s", rc, errs)
	}
	dep, _ := os.ReadFile(c.Deployment)
	var rec struct{ Store string }
	json.Unmarshal(dep, &rec)
	rc, _, errs = cli(t, home, "model", "export", "--cid", last, "--store", rec.Store, "--out", exported, "--features-from", test)
	if got, _ = modelfile.Read(exported); rc != 0 || len(got.Features) != 30 || got.Features[0] != "mean_radius" {
		t.Fatalf("export by CID: exit %d %s", rc, errs)
	}
	sameParams(t, want, got)
	testExportRefuses(t, home, rpc, c.TaskID, last, rec.Store, dir)
	// A task published a moment ago has no model yet.
	rc, out, errs = cli(t, home, append([]string{"task", "submit", filepath.Join("..", "..", "examples", "tasks", "breast-cancer.toml"), "--dev-key", "0", "--json"}, rpc...)...)
	var sub struct {
		TaskID string `json:"task_id"`
	}
	if err := json.Unmarshal([]byte(out), &sub); rc != 0 || err != nil {
		t.Fatalf("submit: exit %d %s", rc, errs)
	}
	rc, _, errs = cli(t, home, append([]string{"model", "export", "--task", sub.TaskID, "--out", exported}, rpc...)...)
	if rc != 1 || !strings.Contains(errs, "task "+sub.TaskID+" has no committed round yet (state open)") {
		t.Fatalf("export of a new task: exit %d %s", rc, errs)
	}
}

func sameParams(t *testing.T, want, got *modelfile.File) {
	t.Helper()
	if len(want.Params) != len(got.Params) || (want.Scaler == nil) != (got.Scaler == nil) {
		t.Fatalf("shapes differ")
	}
	for i := range want.Params {
		if math.Float64bits(want.Params[i]) != math.Float64bits(got.Params[i]) {
			t.Fatalf("param %d: saved %v, exported %v", i, want.Params[i], got.Params[i])
		}
	}
	if want.Scaler != nil {
		for j := range want.Scaler.Mean {
			// The store holds the scaler as float32 (like every tensor on the wire); the devnet's
			// in-memory one is float64.
			if float32(want.Scaler.Mean[j]) != float32(got.Scaler.Mean[j]) || float32(want.Scaler.Std[j]) != float32(got.Scaler.Std[j]) {
				t.Fatalf("scaler feature %d differs", j)
			}
		}
	}
}

func testExportRefuses(t *testing.T, home string, rpc []string, taskID, cid, store, dir string) {
	out := filepath.Join(dir, "x.json")
	cases := []struct {
		args []string
		rc   int
		want string
	}{
		{[]string{"--out", out}, 2, "give --task ID or --cid CID"},
		{[]string{"--task", taskID, "--cid", cid, "--out", out}, 2, "give --task ID or --cid CID"},
		{[]string{"--task", taskID}, 2, "--out FILE is required"},
		{[]string{"--task", "x", "--out", out}, 2, "want a positive integer"},
		{[]string{"--cid", "nope", "--out", out}, 2, "--cid"},
		{[]string{"--cid", cid, "--round", "2", "--out", out}, 2, "--round goes with --task"},
		{[]string{"--task", taskID, "--out", filepath.Join(dir, "none", "x.json")}, 2, "does not exist"},
		{append([]string{"--task", taskID, "--round", "9", "--out", out}, rpc...), 2, "task " + taskID + " has 3 committed rounds"},
		{append([]string{"--task", "99", "--out", out}, rpc...), 1, "task 99 does not exist"},
		{[]string{"--cid", cid, "--store", filepath.Join(dir, "nostore"), "--out", out}, 2, "neither an http(s) URL nor a store directory"},
		{[]string{"--cid", "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy", "--store", store, "--out", out}, 1, "fetch model"},
	}
	for _, c := range cases {
		rc, _, errs := cli(t, home, append([]string{"model", "export"}, c.args...)...)
		if rc != c.rc || !strings.Contains(errs, c.want) {
			t.Errorf("export %v: exit %d, stderr %q; want %d and %q", c.args, rc, errs, c.rc, c.want)
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a failed export wrote its file")
	}
}
