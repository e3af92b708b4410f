package fheserve

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/he"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/protocol"
)

var (
	modelsOnce sync.Once
	models     []*he.Model
	bcRows     [][]float64
)

// builtin returns the built-in models and the raw rows of the bundled breast-cancer data set.
func builtin(t testing.TB) ([]*he.Model, [][]float64) {
	t.Helper()
	modelsOnce.Do(func() {
		var err error
		if models, err = he.BuiltinModels(); err != nil {
			t.Fatal(err)
		}
		f, err := cohort.Datasets.Open("datasets/breast_cancer.csv")
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		d, err := dataset.LoadCSV(f, "malignant")
		if err != nil {
			t.Fatal(err)
		}
		for i := range d.N {
			bcRows = append(bcRows, d.Row(i))
		}
	})
	if models == nil {
		t.Fatal("built-in models failed")
	}
	return models, bcRows
}

func modelByID(ms []*he.Model, id string) *he.Model {
	for _, m := range ms {
		if m.ID() == id {
			return m
		}
	}
	return nil
}

func newTestServer(t testing.TB, cfg Config) (*Server, *httptest.Server, *Client) {
	ms, _ := builtin(t)
	s, err := New(cfg, slog.New(slog.NewTextHandler(io.Discard, nil)), ms...)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s) // listens on 127.0.0.1
	t.Cleanup(ts.Close)
	return s, ts, &Client{BaseURL: ts.URL, HTTP: ts.Client()}
}

func TestRoundTripFeatureMajorAndRowMajor(t *testing.T) {
	var evals []time.Duration // OnEval: the metrics hook sees every evaluation
	_, _, c := newTestServer(t, Config{OnEval: func(d time.Duration) { evals = append(evals, d) }})
	ms, bc := builtin(t)
	ctx := context.Background()
	keys := he.GenerateKeys(he.MustParams(he.ProfileLinear))
	for _, id := range []string{he.ModelBreastCancerLogReg, he.ModelBreastCancerLogRegRow} {
		n := len(bc)
		if id == he.ModelBreastCancerLogRegRow {
			n = 40
		}
		pred, err := c.Predict(ctx, keys, id, bc[:n])
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		m := modelByID(ms, id)
		got := pred.Outputs
		for i := range got {
			want := m.Plain(bc[i])
			if d := got[i][0] - want[0]; d > 1e-3 || d < -1e-3 {
				t.Fatalf("%s sample %d: logit %g, plaintext %g", id, i, got[i][0], want[0])
			}
			if m.Layout().Label(got[i]) != m.Layout().Label(want) {
				t.Fatalf("%s sample %d: label differs", id, i)
			}
		}
		t.Logf("%s: %d samples, server eval %.1f ms", id, n, pred.EvalMS)
	}
	if len(evals) != 2 || evals[0] <= 0 {
		t.Fatalf("OnEval saw %v, want two evaluations", evals)
	}
}

// post sends body signed by a test client's key.
func post(t testing.TB, url string, body []byte) (int, map[string]any) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	signFHE(t, req, body, testClientKey(t))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var m map[string]any
	_ = json.NewDecoder(resp.Body).Decode(&m)
	return resp.StatusCode, m
}

func testClientKey(t testing.TB) *identity.Key {
	k, err := identity.DevKey("fheserve-test/client")
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func signFHE(t testing.TB, req *http.Request, body []byte, k *identity.Key) {
	if err := protocol.Sign(req.Header, req.Method, req.URL.Path, body, k, 0, Task, 0, time.Minute); err != nil {
		t.Fatal(err)
	}
}

func TestBadInputIs4xxWithReason(t *testing.T) {
	_, ts, c := newTestServer(t, Config{MaxInferBody: 16 << 20, MaxKeys: 8})
	ms, bc := builtin(t)
	ctx := context.Background()
	lin := he.GenerateKeys(he.MustParams(he.ProfileLinear))
	mlpKeys := he.GenerateKeys(he.MustParams(he.ProfileMLP))
	fm := modelByID(ms, he.ModelBreastCancerLogReg)
	row := modelByID(ms, he.ModelBreastCancerLogRegRow)

	good, err := lin.EncryptFor(fm.Layout(), bc[:4])
	if err != nil {
		t.Fatal(err)
	}
	goodB := make([][]byte, len(good))
	for i, g := range good {
		goodB[i], _ = g.MarshalBinary()
	}
	withCT := func(i int, b []byte) [][]byte {
		out := append([][]byte(nil), goodB...)
		out[i] = b
		return out
	}
	wrongLevel, _ := lin.EncryptValues([]float64{1}, fm.Depth()+1)
	wl, _ := wrongLevel.MarshalBinary()
	wrongParams, _ := mlpKeys.EncryptValues([]float64{1}, fm.Depth())
	wp, _ := wrongParams.MarshalBinary()
	rowCTs, _ := lin.EncryptFor(row.Layout(), bc[:2])
	rowB, _ := rowCTs[0].MarshalBinary()
	rowKeys, _ := lin.EvaluationKeys(row.Layout().Needs)
	rk0, _ := rowKeys[0].MarshalBinary()

	infer := func(r InferRequest) []byte { b, _ := json.Marshal(r); return b }
	keysReq := func(r KeysRequest) []byte { b, _ := json.Marshal(r); return b }
	cases := []struct {
		name, path string
		body       []byte
		status     int
		reason     string
	}{
		{"unknown model", "/v1/fhe/infer", infer(InferRequest{Model: "nope", Ciphertexts: goodB}), 404, "unknown model"},
		{"wrong level", "/v1/fhe/infer", infer(InferRequest{Model: fm.ID(), Ciphertexts: withCT(0, wl)}), 400, "wrong level"},
		{"wrong parameters", "/v1/fhe/infer", infer(InferRequest{Model: fm.ID(), Ciphertexts: withCT(1, wp)}), 400, "wrong parameters"},
		{"malformed ciphertext", "/v1/fhe/infer", infer(InferRequest{Model: fm.ID(), Ciphertexts: withCT(2, []byte("CHC1junk"))}), 400, "ciphertext 2"},
		{"too few ciphertexts", "/v1/fhe/infer", infer(InferRequest{Model: fm.ID(), Ciphertexts: goodB[:3]}), 400, "one per feature"},
		{"missing keys", "/v1/fhe/infer", infer(InferRequest{Model: row.ID(), Ciphertexts: [][]byte{rowB}}), 400, "missing evaluation keys"},
		{"unknown session", "/v1/fhe/infer", infer(InferRequest{Session: "ab", Model: row.ID(), Ciphertexts: [][]byte{rowB}}), 404, "no FHE session"},
		{"oversized body", "/v1/fhe/infer", bytes.Repeat([]byte("x"), 17<<20), 413, "limit"},
		{"bad json", "/v1/fhe/infer", []byte("{"), 400, "request body"},
		{"malformed key", "/v1/fhe/keys", keysReq(KeysRequest{Profile: he.ProfileLinear, Keys: [][]byte{[]byte("CHK1")}}), 400, "evaluation key 0"},
		{"truncated key", "/v1/fhe/keys", keysReq(KeysRequest{Profile: he.ProfileLinear, Keys: [][]byte{rk0[:len(rk0)-8]}}), 400, "evaluation key 0"},
		{"key of other params", "/v1/fhe/keys", keysReq(KeysRequest{Profile: he.ProfileMLP, Keys: [][]byte{rk0}}), 400, "wrong parameters"},
		{"unknown profile", "/v1/fhe/keys", keysReq(KeysRequest{Profile: "agg", Keys: [][]byte{rk0}}), 400, "profile"},
		{"too many keys", "/v1/fhe/keys", keysReq(KeysRequest{Profile: he.ProfileLinear, Keys: make([][]byte, 9)}), 413, "at most"},
		{"no keys", "/v1/fhe/keys", keysReq(KeysRequest{Profile: he.ProfileLinear}), 400, "no evaluation keys"},
	}
	for _, tc := range cases {
		status, body := post(t, ts.URL+tc.path, tc.body)
		msg, _ := body["message"].(string)
		if status != tc.status || !strings.Contains(msg, tc.reason) {
			t.Errorf("%s: %d %q, want %d containing %q", tc.name, status, msg, tc.status, tc.reason)
		}
	}

	// A session for the linear profile lacking one Galois key: named in the error.
	kr, err := c.UploadKeys(ctx, he.ProfileLinear, rowKeys[1:])
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Infer(ctx, kr.Session, row.ID(), rowCTs)
	if cohort.Code(err) != cohort.EInvalid || !strings.Contains(err.Error(), "missing evaluation key") {
		t.Fatalf("incomplete keys: %v", err)
	}
	// A session of the linear profile used for the MLP model.
	_, err = c.Infer(ctx, kr.Session, he.ModelBreastCancerMLP, nil)
	if cohort.Code(err) != cohort.EInvalid || !strings.Contains(err.Error(), "profile") {
		t.Fatalf("wrong-profile session: %v", err)
	}
}

func TestSessionStoreIsBounded(t *testing.T) {
	s, _, c := newTestServer(t, Config{MaxSessions: 2})
	ms, _ := builtin(t)
	row := modelByID(ms, he.ModelBreastCancerLogRegRow)
	keys := he.GenerateKeys(he.MustParams(he.ProfileLinear))
	evks, _ := keys.EvaluationKeys(row.Layout().Needs)
	var first string
	for i := 0; i < 3; i++ {
		kr, err := c.UploadKeys(context.Background(), he.ProfileLinear, evks)
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = kr.Session
		}
	}
	if n := s.Sessions(); n != 2 {
		t.Fatalf("%d sessions held, want 2", n)
	}
	if _, err := c.Infer(context.Background(), first, row.ID(), nil); cohort.Code(err) != cohort.ENotFound {
		t.Fatalf("evicted session: %v", err)
	}
}

func FuzzAPIRequests(f *testing.F) {
	ms, _ := builtin(f)
	s, err := New(Config{MaxInferBody: 4 << 20, MaxKeyBody: 4 << 20}, slog.New(slog.NewTextHandler(io.Discard, nil)), ms...)
	if err != nil {
		f.Fatal(err)
	}
	f.Add("/v1/fhe/infer", []byte(`{"model":"breast-cancer-logreg","ciphertexts":["Q0hDMQ=="]}`))
	f.Add("/v1/fhe/infer", []byte(`{"session":"x","model":"breast-cancer-logreg-row","ciphertexts":[]}`))
	f.Add("/v1/fhe/keys", []byte(`{"profile":"linear","keys":["Q0hLMQ=="]}`))
	f.Add("/v1/fhe/keys", []byte(`{"profile":"mlp","keys":null}`))
	f.Add("/v1/fhe/keys", []byte(`[]`))
	key := testClientKey(f)
	f.Fuzz(func(t *testing.T, path string, body []byte) {
		if path != "/v1/fhe/infer" && path != "/v1/fhe/keys" {
			path = "/v1/fhe/infer"
		}
		rec := httptest.NewRecorder()
		req := httptest.NewRequest(http.MethodPost, path, bytes.NewReader(body))
		signFHE(t, req, body, key)
		s.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Fatalf("status %d: %s", rec.Code, rec.Body.String())
		}
	})
}

func TestEvalTimeoutIs503(t *testing.T) {
	_, _, c := newTestServer(t, Config{EvalTimeout: time.Microsecond})
	ms, bc := builtin(t)
	fm := modelByID(ms, he.ModelBreastCancerLogReg)
	keys := he.GenerateKeys(fm.Params())
	in, err := keys.EncryptFor(fm.Layout(), bc[:8])
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Infer(context.Background(), "", fm.ID(), in); cohort.Code(err) != cohort.EUnavailable {
		t.Fatalf("timed-out evaluation: %v, want unavailable", err)
	}
}

func TestConcurrentInferSameSession(t *testing.T) {
	_, _, c := newTestServer(t, Config{MaxConcurrent: 2})
	ms, bc := builtin(t)
	row := modelByID(ms, he.ModelBreastCancerLogRegRow)
	keys := he.GenerateKeys(row.Params())
	evks, _ := keys.EvaluationKeys(row.Layout().Needs)
	kr, err := c.UploadKeys(context.Background(), he.ProfileLinear, evks)
	if err != nil {
		t.Fatal(err)
	}
	in, _ := keys.EncryptFor(row.Layout(), bc[:3])
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			resp, err := c.Infer(context.Background(), kr.Session, row.ID(), in)
			if err != nil {
				errs <- err
				return
			}
			out, err := keys.Params().UnmarshalCiphertext(resp.Ciphertexts[0], he.CiphertextLimits{MaxLevel: -1})
			if err != nil {
				errs <- err
				return
			}
			got, err := keys.DecryptFor(row.Layout(), []*he.Ciphertext{out}, 3)
			if err != nil {
				errs <- err
				return
			}
			for s := range got {
				if d := got[s][0] - row.Plain(bc[s])[0]; d > 1e-3 || d < -1e-3 {
					errs <- fmt.Errorf("sample %d: %g vs %g", s, got[s][0], row.Plain(bc[s])[0])
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
}
