package node

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/modelfile"
	"github.com/cohort-net/cohort/internal/protocol"
)

// networkSchema is the schema of schemaRows: an id column (role id), two numeric columns with
// missing cells, a categorical column that carries most of the signal, and the label.
const networkSchema = `name: patients
label: outcome
missing: ["", "NA"]
columns:
  - {name: pid, type: int, role: id}
  - {name: age, type: float, nullable: true}
  - {name: income, type: float, nullable: true, impute: median}
  - {name: color, type: categorical, categories: [red, green, blue], nullable: true}
  - {name: outcome, type: categorical, categories: ["no", "yes"]}
`

// schemaRows writes n rows of networkSchema's data: outcome depends on color (strongly) and age;
// about one cell in eight of age, income and color is NA; pid grows with the row and is sorted by
// outcome, so an id that became a feature would be a shortcut the check below would not see in
// accuracy but sees in the model's features.
func schemaRows(rng *rand.Rand, first, n int) []byte {
	var b bytes.Buffer
	b.WriteString("pid,age,income,color,outcome\n")
	colors := []string{"red", "green", "blue"}
	effect := map[string]float64{"red": 3, "green": 0, "blue": -3}
	type row struct {
		age, income float64
		color       string
		yes         bool
	}
	rows := make([]row, n)
	for i := range rows {
		r := row{age: 20 + 60*rng.Float64(), income: 1000 + 4000*rng.Float64(), color: colors[rng.IntN(3)]}
		logit := effect[r.color] + (r.age-50)/10 + rng.NormFloat64()*0.5
		r.yes = logit > 0
		rows[i] = r
	}
	slices.SortStableFunc(rows, func(a, b row) int {
		switch {
		case a.yes == b.yes:
			return 0
		case a.yes:
			return 1
		}
		return -1
	})
	na := func(s string) string {
		if rng.IntN(8) == 0 {
			return "NA"
		}
		return s
	}
	for i, r := range rows {
		out := "no"
		if r.yes {
			out = "yes"
		}
		fmt.Fprintf(&b, "%d,%s,%s,%s,%s\n", first+i, na(fmt.Sprintf("%.2f", r.age)), na(fmt.Sprintf("%.0f", r.income)), na(r.color), out)
	}
	return b.Bytes()
}

// startNode runs a node from a config file in this process until the test ends; the returned channel
// gets Run's result.
func startNode(t *testing.T, conf string) (<-chan error, context.CancelFunc) {
	t.Helper()
	c, err := LoadConfig(conf, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- Run(ctx, c, nil) }()
	return done, cancel
}

// TestSchemaTaskOverNetwork runs a coordinator and three trainers as separate nodes (each its own key
// and config, over HTTP on loopback, off chain) on CSVs with NA cells, a categorical column and an id
// column, read through the schema the task names: each trainer joins with its table statistics, the
// coordinator fits the encoding and the scaler from them and sends the encoding with the train
// requests. It checks the model file the coordinator writes: the id column is not a feature, the
// scaler is exactly the one of the encoded rows of every trainer, and the model predicts raw CSV
// rows well. A fourth trainer whose CSV contradicts the schema fails with an error naming the column
// and the line.
func TestSchemaTaskOverNetwork(t *testing.T) {
	dir := t.TempDir()
	rng := rand.New(rand.NewPCG(7, 1))
	os.WriteFile(filepath.Join(dir, "schema.yaml"), []byte(networkSchema), 0o600)
	os.WriteFile(filepath.Join(dir, "pw"), []byte("devnet"), 0o600)
	os.WriteFile(filepath.Join(dir, "eval.csv"), schemaRows(rng, 100000, 400), 0o600)
	key := func(name string) (string, string) {
		k, ks, err := devKeyFile(filepath.Join(dir, "keys"), "schema-net-"+name)
		if err != nil {
			t.Fatal(err)
		}
		return ks, k.ID().String()
	}
	cks, cid := key("coordinator")
	caddr, err := freeAddr("127.0.0.1")
	if err != nil {
		t.Fatal(err)
	}
	coordConf := filepath.Join(dir, "coordinator.toml")
	os.WriteFile(coordConf, []byte(fmt.Sprintf(`role = "coordinator"
listen = %q
data_dir = "coord"
keystore = %q
password_file = "pw"
[task]
id = "schema-net"
trainers = 3
rounds = 15
seed = 3
round_timeout = "60s"
[coordinator]
schema = "schema.yaml"
eval_data = "eval.csv"
`, caddr, cks)), 0o600)
	trainerConf := func(i int, data []byte) string {
		ks, _ := key(fmt.Sprintf("trainer-%d", i))
		addr, err := freeAddr("127.0.0.1")
		if err != nil {
			t.Fatal(err)
		}
		csv := fmt.Sprintf("part-%d.csv", i)
		os.WriteFile(filepath.Join(dir, csv), data, 0o600)
		conf := filepath.Join(dir, fmt.Sprintf("trainer-%d.toml", i))
		os.WriteFile(conf, []byte(fmt.Sprintf(`role = "trainer"
listen = %q
data_dir = "trainer-%d"
keystore = %q
password_file = "pw"
[trainer]
coordinator_url = "http://%s"
coordinator = %q
data = %q
label = "outcome"
`, addr, i, ks, caddr, cid, csv)), 0o600)
		return conf
	}
	var parts [][]byte
	for i := range 3 {
		parts = append(parts, schemaRows(rng, 1000*(i+1), 150+50*i))
	}
	coordDone, stopCoord := startNode(t, coordConf)
	defer func() {
		stopCoord()
		if err := <-coordDone; err != nil {
			t.Errorf("coordinator: %v", err)
		}
	}()
	for i, p := range parts {
		done, stop := startNode(t, trainerConf(i, p))
		defer func() {
			stop()
			if err := <-done; err != nil {
				t.Errorf("trainer %d: %v", i, err)
			}
		}()
	}

	// A trainer whose CSV contradicts the schema (line 5: a word in the float column age) fails
	// before it joins, naming the column and the line.
	bad := bytes.Split(schemaRows(rng, 9000, 20), []byte("\n"))
	f := strings.Split(string(bad[4]), ",")
	f[1] = "old"
	bad[4] = []byte(strings.Join(f, ","))
	badDone, stopBad := startNode(t, trainerConf(3, bytes.Join(bad, []byte("\n"))))
	defer stopBad()
	select {
	case err := <-badDone:
		if err == nil || !strings.Contains(err.Error(), `column "age"`) || !strings.Contains(err.Error(), "line 5") || !strings.Contains(err.Error(), `"old"`) {
			t.Fatalf("trainer with a bad CSV: %v, want an error naming column age and line 5", err)
		}
		t.Logf("bad trainer: %v", err)
	case <-time.After(60 * time.Second):
		t.Fatal("trainer with a bad CSV did not fail")
	}

	st := waitStatus(t, "http://"+caddr, 3*time.Minute)
	if st.State != protocol.StateDone {
		t.Fatalf("task %s: %s", st.State, st.Error)
	}
	// The coordinator writes the model file once its task is done (atomically, just after).
	var mf *modelfile.File
	for deadline := time.Now().Add(30 * time.Second); mf == nil; time.Sleep(50 * time.Millisecond) {
		if mf, err = modelfile.Read(filepath.Join(dir, "coord", ModelFileName)); err != nil && time.Now().After(deadline) {
			t.Fatal(err)
		}
	}
	e := mf.Encoding
	if e == nil {
		t.Fatal("model file without the encoding")
	}
	wantFeat := []string{"age", "income", "color=red", "color=green", "color=blue"}
	if !slices.Equal(mf.Features, wantFeat) || !slices.Equal(e.Excluded, []string{"pid"}) {
		t.Fatalf("features %v (excluded %v), want %v with pid left out", mf.Features, e.Excluded, wantFeat)
	}

	// The scaler is the one of every trainer's rows encoded with the task's encoding (to the float32
	// the coordinator stores it in).
	var fs []dataset.FeatureStats
	for _, p := range parts {
		tab, err := e.ReadTable(bytes.NewReader(p), "outcome")
		if err != nil {
			t.Fatal(err)
		}
		d, cnt, err := e.Encode(tab)
		if err != nil || len(cnt.Unseen) > 0 {
			t.Fatalf("encode a part: %v %v", err, cnt.Unseen)
		}
		fs = append(fs, dataset.ComputeStats(d))
	}
	want := dataset.MergeStats(fs...).Scaler()
	for j := range want.Mean {
		if math.Abs(mf.Scaler.Mean[j]-want.Mean[j]) > 1e-6*max(1, math.Abs(want.Mean[j])) || math.Abs(mf.Scaler.Std[j]-want.Std[j]) > 1e-6*max(1, want.Std[j]) {
			t.Fatalf("feature %s: scaler %v/%v, the encoded rows' %v/%v", mf.Features[j], mf.Scaler.Mean[j], mf.Scaler.Std[j], want.Mean[j], want.Std[j])
		}
	}

	// The model predicts raw CSV rows (NA cells, categories) as `cohort predict` reads them.
	raw, _ := os.ReadFile(filepath.Join(dir, "eval.csv"))
	tab, err := mf.ReadTable(bytes.NewReader(raw), "")
	if err != nil {
		t.Fatal(err)
	}
	acc := mf.Evaluate(tab.Dataset).Accuracy
	last := st.History[len(st.History)-1]
	// The reference: a centralized model (trained to convergence) on every trainer's rows, encoded
	// and standardized the same way.
	all := slices.Clone(parts[0])
	for _, p := range parts[1:] {
		all = append(all, p[bytes.IndexByte(p, '\n')+1:]...)
	}
	trainTab, err := mf.ReadTable(bytes.NewReader(all), "")
	if err != nil {
		t.Fatal(err)
	}
	cfg, _, _ := fl.Defaults("", mf.Model.Kind)
	central, _, err := fl.TrainBaseline(t.Context(), mf.Model, mf.Standardize(trainTab.Dataset), cfg, 3, fl.EarlyStop{})
	if err != nil {
		t.Fatal(err)
	}
	cacc := fl.Evaluate(central, mf.Standardize(tab.Dataset)).Accuracy
	t.Logf("accuracy on raw eval rows %.3f (coordinator's last round %.3f, centralized %.3f), imputed %v", acc, *last.Accuracy, cacc, tab.Counts.Imputed)
	if acc < 0.8 || acc < cacc-0.03 || math.Abs(acc-*last.Accuracy) > 1e-9 {
		t.Fatalf("accuracy %.3f on the raw eval rows (coordinator measured %.3f, centralized %.3f): want >= 0.8, within 3 points of centralized, and the coordinator's", acc, *last.Accuracy, cacc)
	}
}

func waitStatus(t *testing.T, base string, timeout time.Duration) protocol.Status {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		var st protocol.Status
		resp, err := http.Get(base + protocol.PathStatus)
		if err == nil {
			err = json.NewDecoder(resp.Body).Decode(&st)
			resp.Body.Close()
		}
		if err == nil && (st.State == protocol.StateDone || st.State == protocol.StateFailed) {
			return st
		}
		if time.Now().After(deadline) {
			t.Fatalf("task not done in %s: %+v %v", timeout, st, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// unionSchema is networkSchema with the categorical column's categories left open: the coordinator
// takes the union of the trainers'.
const unionSchema = `name: patients-open
label: outcome
missing: ["", "NA"]
columns:
  - {name: pid, type: int, role: id}
  - {name: age, type: float, nullable: true}
  - {name: color, type: categorical, nullable: true}
  - {name: outcome, type: categorical, categories: ["no", "yes"]}
`

// unionRows writes n rows of unionSchema's data with colors drawn from colors; outcome depends on
// the color and age; one age cell in eight is NA.
func unionRows(rng *rand.Rand, first, n int, colors []string) []byte {
	var b bytes.Buffer
	b.WriteString("pid,age,color,outcome\n")
	effect := map[string]float64{"red": 3, "green": 0, "blue": -3, "violet": 3}
	for i := range n {
		age, color := 20+60*rng.Float64(), colors[rng.IntN(len(colors))]
		out := "no"
		if effect[color]+(age-50)/10+rng.NormFloat64()*0.5 > 0 {
			out = "yes"
		}
		a := fmt.Sprintf("%.2f", age)
		if rng.IntN(8) == 0 {
			a = "NA"
		}
		fmt.Fprintf(&b, "%d,%s,%s,%s\n", first+i, a, color, out)
	}
	return b.Bytes()
}

// TestSchemaUnionOverNetwork runs a schema task whose categorical column lists no categories over
// the network (a coordinator and three trainer nodes, off chain), each trainer holding different
// categories: the trainers report theirs in their joins, the coordinator keeps the ones at least two
// trainers hold (violet, only one trainer's, is left out and encoded all-zero there), fixes the
// model's width from that union, and sends the encoding with its train requests; the model file
// names exactly the union's features and predicts raw rows well.
func TestSchemaUnionOverNetwork(t *testing.T) {
	dir := t.TempDir()
	rng := rand.New(rand.NewPCG(8, 2))
	os.WriteFile(filepath.Join(dir, "schema.yaml"), []byte(unionSchema), 0o600)
	os.WriteFile(filepath.Join(dir, "pw"), []byte("devnet"), 0o600)
	os.WriteFile(filepath.Join(dir, "eval.csv"), unionRows(rng, 100000, 300, []string{"red", "green", "blue"}), 0o600)
	key := func(name string) (string, string) {
		k, ks, err := devKeyFile(filepath.Join(dir, "keys"), "schema-union-"+name)
		if err != nil {
			t.Fatal(err)
		}
		return ks, k.ID().String()
	}
	cks, cid := key("coordinator")
	caddr, err := freeAddr("127.0.0.1")
	if err != nil {
		t.Fatal(err)
	}
	coordConf := filepath.Join(dir, "coordinator.toml")
	os.WriteFile(coordConf, []byte(fmt.Sprintf(`role = "coordinator"
listen = %q
data_dir = "coord"
keystore = %q
password_file = "pw"
[task]
id = "schema-union"
trainers = 3
rounds = 10
seed = 3
round_timeout = "60s"
[coordinator]
schema = "schema.yaml"
eval_data = "eval.csv"
`, caddr, cks)), 0o600)
	colors := [][]string{{"red", "green"}, {"green", "blue"}, {"red", "blue", "violet"}}
	var parts [][]byte
	coordDone, stopCoord := startNode(t, coordConf)
	defer func() {
		stopCoord()
		if err := <-coordDone; err != nil {
			t.Errorf("coordinator: %v", err)
		}
	}()
	for i, cs := range colors {
		ks, _ := key(fmt.Sprintf("trainer-%d", i))
		addr, err := freeAddr("127.0.0.1")
		if err != nil {
			t.Fatal(err)
		}
		p := unionRows(rng, 1000*(i+1), 200, cs)
		parts = append(parts, p)
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("part-%d.csv", i)), p, 0o600)
		conf := filepath.Join(dir, fmt.Sprintf("trainer-%d.toml", i))
		os.WriteFile(conf, []byte(fmt.Sprintf(`role = "trainer"
listen = %q
data_dir = "trainer-%d"
keystore = %q
password_file = "pw"
[trainer]
coordinator_url = "http://%s"
coordinator = %q
data = "part-%d.csv"
label = "outcome"
`, addr, i, ks, caddr, cid, i)), 0o600)
		done, stop := startNode(t, conf)
		defer func() {
			stop()
			if err := <-done; err != nil {
				t.Errorf("trainer %d: %v", i, err)
			}
		}()
	}
	st := waitStatus(t, "http://"+caddr, 3*time.Minute)
	if st.State != protocol.StateDone {
		t.Fatalf("task %s: %s", st.State, st.Error)
	}
	var mf *modelfile.File
	for deadline := time.Now().Add(30 * time.Second); mf == nil; time.Sleep(50 * time.Millisecond) {
		if mf, err = modelfile.Read(filepath.Join(dir, "coord", ModelFileName)); err != nil && time.Now().After(deadline) {
			t.Fatal(err)
		}
	}
	want := []string{"age", "color=blue", "color=green", "color=red"}
	if !slices.Equal(mf.Features, want) || mf.Model.Inputs != len(want) {
		t.Fatalf("features %v (model inputs %d), want the union held by 2+ trainers %v", mf.Features, mf.Model.Inputs, want)
	}
	raw, _ := os.ReadFile(filepath.Join(dir, "eval.csv"))
	tab, err := mf.ReadTable(bytes.NewReader(raw), "")
	if err != nil {
		t.Fatal(err)
	}
	acc := mf.Evaluate(tab.Dataset).Accuracy
	t.Logf("union %v, accuracy on raw eval rows %.3f", mf.Features, acc)
	if acc < 0.8 {
		t.Fatalf("accuracy %.3f on raw eval rows, want >= 0.8", acc)
	}
}
