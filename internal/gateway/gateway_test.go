package gateway_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/client"
	"github.com/cohort-net/cohort/internal/api"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/gateway"
	"github.com/cohort-net/cohort/internal/gateway/gatewaytest"
	"github.com/cohort-net/cohort/internal/modelfile"
)

var (
	trainOnce sync.Once
	logreg    *modelfile.File
	mlp       *modelfile.File
	bcTest    *dataset.Dataset
	digitTest *dataset.Dataset
	trainErr  error
)

func models(t *testing.T) {
	t.Helper()
	trainOnce.Do(func() {
		ctx := context.Background()
		if logreg, bcTest, trainErr = gatewaytest.Train(ctx, "breast_cancer", "logreg", 0, 1); trainErr != nil {
			return
		}
		mlp, digitTest, trainErr = gatewaytest.Train(ctx, "digits", "mlp", 16, 1)
	})
	if trainErr != nil {
		t.Fatal(trainErr)
	}
}

func serve(t *testing.T, cfg gateway.Config) (*httptest.Server, *client.Client) {
	t.Helper()
	s, err := gateway.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(api.NewServer(s.Handler()).Handler)
	t.Cleanup(ts.Close)
	return ts, client.New(ts.URL, ts.Client())
}

func rows(d *dataset.Dataset, n int) [][]float64 {
	out := make([][]float64, n)
	for i := range out {
		out[i] = d.Row(i)
	}
	return out
}

// TestPlainEqualsModelFile: the gateway's answer for every held-out row is the model file's own
// prediction, probabilities bit for bit (each request really runs the model on its input).
func TestPlainEqualsModelFile(t *testing.T) {
	models(t)
	_, c := serve(t, gateway.Config{Models: []*modelfile.File{logreg, mlp}})
	for _, tc := range []struct {
		f *modelfile.File
		d *dataset.Dataset
	}{{logreg, bcTest}, {mlp, digitTest}} {
		n := min(tc.d.N, 50)
		res, err := c.Infer(context.Background(), client.InferRequest{Model: tc.f.Name(), Inputs: rows(tc.d, n)})
		if err != nil {
			t.Fatal(err)
		}
		sub := tc.d.Subset(seq(n))
		classes, proba := tc.f.Predict(sub)
		if len(res.Outputs) != n || res.Mode != client.ModePlain || res.Model != tc.f.Name() {
			t.Fatalf("%s: %d outputs, mode %q, model %q", tc.f.Name(), len(res.Outputs), res.Mode, res.Model)
		}
		k := tc.f.Model.Classes
		right := 0
		for i, o := range res.Outputs {
			if o.Class != classes[i] || o.Label != tc.f.Classes[classes[i]] {
				t.Fatalf("%s row %d: class %d (%s), the model file says %d", tc.f.Name(), i, o.Class, o.Label, classes[i])
			}
			for j, p := range o.Probabilities {
				if p != proba[i*k+j] {
					t.Fatalf("%s row %d: probability %d is %v, the model file's %v", tc.f.Name(), i, j, p, proba[i*k+j])
				}
			}
			if o.Class == sub.Y[i] {
				right++
			}
		}
		if float64(right) < 0.8*float64(n) {
			t.Errorf("%s: %d of %d right: the model did not run on the inputs", tc.f.Name(), right, n)
		}
	}
}

func seq(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s
}

func code(err error) cohort.ErrorCode { return cohort.Code(err) }

// TestBadRequests: each bad request is refused with its code and a reason.
func TestBadRequests(t *testing.T) {
	models(t)
	ctx := context.Background()
	_, one := serve(t, gateway.Config{Models: []*modelfile.File{logreg}, MaxBatch: 4})
	_, two := serve(t, gateway.Config{Models: []*modelfile.File{logreg, mlp}})
	row := bcTest.Row(0)
	for _, tc := range []struct {
		name string
		c    *client.Client
		req  client.InferRequest
		want cohort.ErrorCode
		msg  string
	}{
		{"wrong width", one, client.InferRequest{Inputs: [][]float64{row[:5]}}, cohort.EInvalid, "takes 30"},
		{"no rows", one, client.InferRequest{}, cohort.EInvalid, "rows"},
		{"too many rows", one, client.InferRequest{Inputs: [][]float64{row, row, row, row, row}}, cohort.EInvalid, "1 to 4"},
		{"unknown mode", one, client.InferRequest{Mode: "magic", Inputs: [][]float64{row}}, cohort.EInvalid, "plain, proven or encrypted"},
		{"unknown model", one, client.InferRequest{Model: "nope", Inputs: [][]float64{row}}, cohort.ENotFound, "no model"},
		{"unnamed of two", two, client.InferRequest{Inputs: [][]float64{row}}, cohort.EInvalid, "name one"},
		{"proven unconfigured", one, client.InferRequest{Mode: client.ModeProven, Inputs: [][]float64{row}}, cohort.ENotImplemented, "proven_url"},
		{"encrypted unconfigured", one, client.InferRequest{Mode: client.ModeEncrypted, Inputs: [][]float64{row}}, cohort.ENotImplemented, "fhe_url"},
	} {
		_, err := tc.c.Infer(ctx, tc.req)
		if code(err) != tc.want || !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("%s: %v, want %s mentioning %q", tc.name, err, tc.want, tc.msg)
		}
	}
	// Status codes as the issue names them: 501 for a mode not configured.
	ts, _ := serve(t, gateway.Config{Models: []*modelfile.File{logreg}})
	resp, err := http.Post(ts.URL+client.PathInfer, "application/json", strings.NewReader(`{"mode":"encrypted","inputs":[[1]]}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest { // the width is checked first
		t.Errorf("encrypted with a bad row: %s", resp.Status)
	}
	body, _ := json.Marshal(client.InferRequest{Mode: client.ModeEncrypted, Inputs: [][]float64{row}})
	resp, err = http.Post(ts.URL+client.PathInfer, "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotImplemented {
		t.Errorf("encrypted: %s, want 501", resp.Status)
	}
	resp, err = http.Post(ts.URL+client.PathInfer, "application/json", strings.NewReader(`{"inputs": [[1,2`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest {
		t.Errorf("malformed JSON: %s", resp.Status)
	}
}

// TestEncryptedNamesFHEServer: with an FHE server configured, encrypted mode points the client at it.
func TestEncryptedNamesFHEServer(t *testing.T) {
	models(t)
	_, c := serve(t, gateway.Config{Models: []*modelfile.File{logreg}, EncryptedURL: "http://127.0.0.1:7300"})
	_, err := c.Infer(context.Background(), client.InferRequest{Mode: client.ModeEncrypted, Inputs: rows(bcTest, 1)})
	if code(err) != cohort.ENotImplemented || !strings.Contains(err.Error(), "http://127.0.0.1:7300") {
		t.Fatalf("encrypted: %v", err)
	}
}

type fakeProver struct{ got []float64 }

func (p *fakeProver) Prove(_ context.Context, x []float64) (*client.Proof, error) {
	p.got = x
	return &client.Proof{Miner: "0x01", Class: 1, Outputs: []int64{-5, 7}, Statement: json.RawMessage(`{}`), Proof: "00", Verified: 1, Asked: 1}, nil
}

// TestProvenDelegates: mode proven sends the standardized row to the configured prover and returns its proof;
// it takes one row.
func TestProvenDelegates(t *testing.T) {
	models(t)
	p := &fakeProver{}
	_, c := serve(t, gateway.Config{Models: []*modelfile.File{logreg}, Proven: p})
	res, err := c.Infer(context.Background(), client.InferRequest{Mode: client.ModeProven, Inputs: rows(bcTest, 1)})
	if err != nil {
		t.Fatal(err)
	}
	want := (bcTest.Row(0)[0] - logreg.Scaler.Mean[0]) / logreg.Scaler.Std[0] // standardized as plain mode does
	if res.Proof == nil || res.Proof.Miner != "0x01" || res.Outputs[0].Class != 1 || len(p.got) != 30 || p.got[0] != want {
		t.Fatalf("proven: %+v, prover got %v", res, p.got)
	}
	if _, err := c.Infer(context.Background(), client.InferRequest{Mode: client.ModeProven, Inputs: rows(bcTest, 2)}); code(err) != cohort.EInvalid {
		t.Fatalf("proven with two rows: %v", err)
	}
	ms, err := c.Models(context.Background())
	if err != nil || len(ms) != 1 || strings.Join(ms[0].Modes, ",") != "plain,proven" {
		t.Fatalf("models: %+v, %v", ms, err)
	}
}

// TestAttackFloodRateLimited: one address sending faster than its rate is refused with 429 once its
// burst is spent, before its body is read; another model of work is not done for it.
func TestAttackFloodRateLimited(t *testing.T) {
	models(t)
	_, c := serve(t, gateway.Config{Models: []*modelfile.File{logreg}, Rate: 0.001, Burst: 3})
	var limited, ok int
	for range 10 {
		_, err := c.Infer(context.Background(), client.InferRequest{Inputs: rows(bcTest, 1)})
		switch code(err) {
		case "":
			ok++
		case cohort.ERateLimited:
			limited++
		default:
			t.Fatal(err)
		}
	}
	if ok != 3 || limited != 7 {
		t.Fatalf("%d answered, %d rate-limited; want 3 and 7", ok, limited)
	}
}

// TestAttackHugeBody: a body over the limit is refused with 413.
func TestAttackHugeBody(t *testing.T) {
	models(t)
	ts, _ := serve(t, gateway.Config{Models: []*modelfile.File{logreg}, MaxBodyBytes: 1 << 10})
	big := `{"inputs":[[` + strings.Repeat("1,", 2000) + `1]]}`
	resp, err := http.Post(ts.URL+client.PathInfer, "application/json", strings.NewReader(big))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Fatalf("huge body: %s", resp.Status)
	}
}

// TestModelFetch: GET /v1/models lists the models, GET /v1/models/{name} returns the model file that
// decodes to the same model.
func TestModelFetch(t *testing.T) {
	models(t)
	_, c := serve(t, gateway.Config{Models: []*modelfile.File{logreg, mlp}})
	ms, err := c.Models(context.Background())
	if err != nil || len(ms) != 2 {
		t.Fatalf("models: %+v, %v", ms, err)
	}
	for _, m := range ms {
		b, err := c.Model(context.Background(), m.Name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := modelfile.Decode(b)
		if err != nil {
			t.Fatal(err)
		}
		if f.Digest() != m.Digest || f.Name() != m.Name {
			t.Fatalf("model %s fetched as %s", m.Name, f.Name())
		}
	}
	_, err = c.Model(context.Background(), "nope")
	var ce *cohort.Error
	if !errors.As(err, &ce) || ce.Code != cohort.ENotFound {
		t.Fatalf("unknown model: %v", err)
	}
}

func gatewayConfig() gateway.Config { return gateway.Config{Models: []*modelfile.File{logreg}} }
