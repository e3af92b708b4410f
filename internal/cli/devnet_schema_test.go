package cli

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cohort-net/cohort/internal/modelfile"
	"github.com/cohort-net/cohort/internal/node"
)

// writeMessyCSV writes a generated data set as users bring them: a patient_id column (named so), a
// record column of distinct shuffled integers, NA / ? / empty cells, a categorical region and a yes/no
// column that carry part of the signal, a column with no value at all, and a text label.
func writeMessyCSV(t *testing.T, path string, rows int, seed uint64) {
	t.Helper()
	r := rand.New(rand.NewPCG(seed, 1))
	var b strings.Builder
	b.WriteString("patient_id,record,age,glucose,region,smoker,notes,outcome\n")
	records := r.Perm(rows * 3)
	effect := map[string]float64{"north": 1.6, "south": -1.6, "east": 0.4, "west": -0.4}
	regions := []string{"north", "south", "east", "west"}
	for i := range rows {
		age := 20 + r.IntN(60)
		glucose := 100 + 25*r.NormFloat64()
		region := regions[r.IntN(4)]
		smoker := r.IntN(2) == 1
		score := float64(age-50)/15 + (glucose-100)/25 + effect[region]
		if smoker {
			score += 0.8
		}
		label := "neg"
		if score+0.4*r.NormFloat64() > 0.2 {
			label = "pos"
		}
		ageS, gluS, regS, smS := fmt.Sprint(age), fmt.Sprintf("%.1f", glucose), region, "no"
		if smoker {
			smS = "yes"
		}
		if r.Float64() < 0.1 {
			ageS = "?"
		}
		if r.Float64() < 0.15 {
			gluS = "NA"
		}
		if r.Float64() < 0.08 {
			regS = ""
		}
		fmt.Fprintf(&b, "%d,%d,%s,%s,%s,%s,NA,%s\n", 5000+i, records[i], ageS, gluS, regS, smS, label)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestDevnetTrainsMessyCSV: a CSV with NA cells, a categorical column and id columns trains without
// a schema (one is inferred): the id columns and the empty one are not features, the categorical one is
// one-hot, the missing cells are filled, and both accuracies are sane. The saved model predicts on the
// raw file.
func TestDevnetTrainsMessyCSV(t *testing.T) {
	home, dir := t.TempDir(), t.TempDir()
	data, model := filepath.Join(dir, "patients.csv"), filepath.Join(dir, "m.json")
	writeMessyCSV(t, data, 500, 3)
	rc, out, errs := cli(t, home, "devnet", "--once", "--json", "--rpc", "none", "--data", data, "--label", "outcome",
		"--model", "logreg", "--nodes", "4", "--rounds", "10", "--seed", "2", "--save-model", model)
	if rc != 0 {
		t.Fatalf("devnet: exit %d: %s", rc, errs)
	}
	var res node.DevnetResult
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	enc := res.DataEncoding
	if enc == nil || enc.Schema != "inferred" {
		t.Fatalf("no data encoding in the result: %s", out)
	}
	want := []string{"age", "glucose", "region=east", "region=north", "region=south", "region=west", "smoker"}
	if !slices.Equal(enc.Features, want) || !slices.Equal(enc.Excluded, []string{"patient_id", "record", "notes"}) {
		t.Fatalf("features %v (excluded %v), want %v", enc.Features, enc.Excluded, want)
	}
	if enc.Imputed["age"] == 0 || enc.Imputed["glucose"] == 0 || enc.Imputed["region"] == 0 {
		t.Fatalf("no cells imputed: %v", enc.Imputed)
	}
	for _, col := range []string{"patient_id", "record", "notes"} {
		if !strings.Contains(errs, col) {
			t.Errorf("no warning on stderr names column %q", col)
		}
	}
	if res.FederatedAccuracy < 0.8 || res.CentralizedAccuracy == nil || *res.CentralizedAccuracy < 0.8 {
		t.Fatalf("accuracy federated %v, centralized %v", res.FederatedAccuracy, res.CentralizedAccuracy)
	}
	t.Logf("federated %.4f, centralized %.4f on %d test rows", res.FederatedAccuracy, *res.CentralizedAccuracy, res.TestSamples)
	f, err := modelfile.Read(model)
	if err != nil {
		t.Fatal(err)
	}
	if f.Encoding == nil || !slices.Equal(f.Features, want) {
		t.Fatalf("model file features %v, encoding %v", f.Features, f.Encoding != nil)
	}
	if rc, out, errs = cli(t, home, "model", "show", model); rc != 0 || !strings.Contains(out, "region (categorical, missing: mode") ||
		!strings.Contains(out, "left out: patient_id, record, notes") {
		t.Fatalf("model show: exit %d %s %s", rc, out, errs)
	}
	rc, out, errs = cli(t, home, "predict", "--model", model, "--data", data, "--json")
	var p predictResult
	if rc != 0 || json.Unmarshal([]byte(out), &p) != nil || p.Rows != 500 || *p.Accuracy < 0.8 || p.Imputed["glucose"] == 0 {
		t.Fatalf("predict on the raw file: exit %d %s %s", rc, out, errs)
	}
	// A category the model never saw: the all-zero fallback, with a warning naming column, rows, line.
	rows := filepath.Join(dir, "new.csv")
	os.WriteFile(rows, []byte("age,glucose,region,smoker\n40,NA,north,no\n61,130,atlantis,yes\n"), 0o644)
	rc, out, errs = cli(t, home, "predict", "--model", model, "--data", rows, "--json")
	p = predictResult{}
	if rc != 0 || json.Unmarshal([]byte(out), &p) != nil || p.Unseen["region"] != 1 || p.Imputed["glucose"] != 1 || len(p.Predictions) != 2 ||
		!strings.Contains(errs, "column=region") || !strings.Contains(errs, "first_line=3") {
		t.Fatalf("unseen category: exit %d %s %s", rc, out, errs)
	}
	// A cell that contradicts its column's type is an error naming line and column.
	os.WriteFile(rows, []byte("age,glucose,region,smoker\n40,high,north,no\n"), 0o644)
	if rc, _, errs = cli(t, home, "predict", "--model", model, "--data", rows); rc == 0 || !strings.Contains(errs, `csv line 2, column "glucose"`) {
		t.Fatalf("bad cell at predict: exit %d %s", rc, errs)
	}
}

// TestInferSchemaEditAndTrain: infer-schema writes a schema with warnings for the id-like columns; the
// user marks a column ignore and trains with --schema: that column is no feature. A schema the data
// contradicts, or one that keeps the empty column as a feature, is refused with the column and line.
func TestInferSchemaEditAndTrain(t *testing.T) {
	home, dir := t.TempDir(), t.TempDir()
	data, sch := filepath.Join(dir, "patients.csv"), filepath.Join(dir, "s.yaml")
	writeMessyCSV(t, data, 200, 4)
	rc, _, errs := cli(t, home, "data", "infer-schema", data, "--label", "outcome", "--out", sch)
	if rc != 0 || !strings.Contains(errs, `"patient_id"`) || !strings.Contains(errs, `"record"`) {
		t.Fatalf("infer-schema: exit %d: %s", rc, errs)
	}
	raw, err := os.ReadFile(sch)
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(raw), "  - name: smoker\n    type: bool\n", "  - name: smoker\n    type: bool\n    role: ignore\n", 1)
	if edited == string(raw) {
		t.Fatalf("smoker column not found in the schema:\n%s", raw)
	}
	os.WriteFile(sch, []byte(edited), 0o644)
	rc, out, errs := cli(t, home, "devnet", "--once", "--json", "--rpc", "none", "--data", data, "--label", "outcome",
		"--schema", sch, "--nodes", "3", "--rounds", "3", "--seed", "1")
	var res node.DevnetResult
	if rc != 0 || json.Unmarshal([]byte(out), &res) != nil || res.DataEncoding == nil {
		t.Fatalf("devnet --schema: exit %d: %s", rc, errs)
	}
	if slices.Contains(res.DataEncoding.Features, "smoker") || res.DataEncoding.Schema != sch {
		t.Fatalf("features %v from %s", res.DataEncoding.Features, res.DataEncoding.Schema)
	}

	for name, c := range map[string]struct{ from, to, want string }{
		"undeclared category":  {"      - east\n", "", `column "region": category "east" is not among the schema's`},
		"type contradicted":    {"  - name: smoker\n    type: bool\n", "  - name: smoker\n    type: float\n", `csv line 2, column "smoker": "`},
		"all-missing feature":  {"    nullable: true\n    role: ignore\n", "    nullable: true\n", `column "notes": every value is missing`},
		"column not in schema": {"  - name: record\n    type: int\n    role: id\n", "", `column "record" is not in the schema`},
	} {
		bad := strings.Replace(string(raw), c.from, c.to, 1)
		if bad == string(raw) {
			t.Fatalf("%s: %q not in the schema:\n%s", name, c.from, raw)
		}
		p := filepath.Join(dir, "bad.yaml")
		os.WriteFile(p, []byte(bad), 0o644)
		rc, _, errs := cli(t, home, "devnet", "--once", "--rpc", "none", "--data", data, "--label", "outcome", "--schema", p, "--nodes", "2", "--rounds", "1")
		if rc == 0 || !strings.Contains(errs, c.want) {
			t.Errorf("%s: exit %d, stderr %s; want %q", name, rc, errs, c.want)
		}
	}
}
