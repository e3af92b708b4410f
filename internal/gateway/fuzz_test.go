package gateway_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cohort-net/cohort/client"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/gateway"
	"github.com/cohort-net/cohort/internal/modelfile"
)

// fuzzServer serves two small untrained models (a 3-input logistic regression with a scaler, a
// 4-input MLP without one): decoding and checks do not depend on what a model learned.
func fuzzServer(f *testing.F) *gateway.Server {
	var files []*modelfile.File
	for i, spec := range []fl.ModelSpec{{Kind: fl.KindLogReg, Inputs: 3, Classes: 2}, {Kind: fl.KindMLP, Inputs: 4, Classes: 3, Hidden: []int{5}}} {
		m, err := fl.NewModel(spec, uint64(i+1))
		if err != nil {
			f.Fatal(err)
		}
		var sc *dataset.Scaler
		if spec.Kind == fl.KindLogReg {
			sc = &dataset.Scaler{Mean: []float64{1, 2, 3}, Std: []float64{0.5, 1, 2}}
		}
		mf, err := modelfile.New(m, sc, nil, "y", []string{"a", "b", "c"}[:spec.Classes], modelfile.Provenance{Dataset: "fuzz" + string(rune('0'+i)), CreatedAt: time.Unix(0, 0)})
		if err != nil {
			f.Fatal(err)
		}
		files = append(files, mf)
	}
	s, err := gateway.New(gateway.Config{Models: files, MaxBatch: 8, MaxBodyBytes: 4 << 10, Rate: 1e9, Burst: 1 << 30})
	if err != nil {
		f.Fatal(err)
	}
	return s
}

// FuzzInfer sends arbitrary bodies to POST /v1/infer: the gateway never panics nor answers 5xx, and
// an answer of 200 has one output per input row, each a class of the model with probabilities
// summing to 1.
func FuzzInfer(f *testing.F) {
	s := fuzzServer(f)
	h := s.Handler()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, client.PathModels, nil))
	var ml client.ModelList
	if err := json.Unmarshal(rec.Body.Bytes(), &ml); err != nil || len(ml.Models) != 2 {
		f.Fatalf("models: %s", rec.Body.Bytes())
	}
	for _, m := range ml.Models {
		row := strings.TrimSuffix(strings.Repeat("1e308,", m.Inputs), ",")
		f.Add(`{"model":"` + m.Name + `","inputs":[[` + row + `]]}`)
		f.Add(`{"model":"` + m.Name + `","inputs":[[` + strings.ReplaceAll(row, "1e308", "-3.5") + `]]}`)
	}
	f.Add(`{"inputs":[[1,2,3],[4,5,6]]}`)
	f.Add(`{"mode":"proven","inputs":[[1,2,3]]}`)
	f.Add(`{"mode":"encrypted","inputs":[[1e308,-1e308,0]]}`)
	f.Add(`{"inputs":[[1,2,3,4]],"model":""}`)
	f.Add(`{"inputs":null}`)
	f.Add(`[1,2,3]`)
	f.Add(``)
	var names []string
	for _, n := range []string{"fuzz0", "fuzz1"} {
		for _, k := range []string{"logreg", "mlp"} {
			names = append(names, n+"-"+k)
		}
	}
	f.Fuzz(func(t *testing.T, body string) {
		req := httptest.NewRequest(http.MethodPost, client.PathInfer, strings.NewReader(body))
		req.RemoteAddr = "127.0.0.1:1234"
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code >= 500 && w.Code != http.StatusNotImplemented {
			t.Fatalf("status %d for %q: %s", w.Code, body, w.Body.Bytes())
		}
		if w.Code != http.StatusOK {
			return
		}
		var in client.InferRequest
		if err := json.Unmarshal([]byte(body), &in); err != nil {
			t.Fatalf("200 for a body that does not decode: %q", body)
		}
		var out client.InferResponse
		if err := json.Unmarshal(w.Body.Bytes(), &out); err != nil {
			t.Fatalf("answer %s: %v", w.Body.Bytes(), err)
		}
		if len(out.Outputs) != len(in.Inputs) || !slices.ContainsFunc(names, func(n string) bool { return strings.HasPrefix(out.Model, n) }) {
			t.Fatalf("%d outputs for %d rows, model %q", len(out.Outputs), len(in.Inputs), out.Model)
		}
		for _, o := range out.Outputs {
			sum := 0.0
			for _, p := range o.Probabilities {
				sum += p
			}
			if o.Class < 0 || o.Class >= len(o.Probabilities) || sum < 0.999 || sum > 1.001 {
				t.Fatalf("output %+v", o)
			}
		}
	})
}
