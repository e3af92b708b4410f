package client_test

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http/httptest"

	"github.com/cohort-net/cohort/client"
	"github.com/cohort-net/cohort/internal/gateway"
	"github.com/cohort-net/cohort/internal/gateway/gatewaytest"
	"github.com/cohort-net/cohort/internal/modelfile"
)

// startGateway serves a logistic regression trained on the bundled breast cancer data, as a gateway
// node does (`roles = ["gateway"]`, `[gateway] models = [...]`), and returns its URL and a held-out
// row. A real client only needs the URL.
func startGateway() (url string, row []float64, label int, stop func()) {
	f, test, err := gatewaytest.Train(context.Background(), "breast_cancer", "logreg", 0, 1)
	if err != nil {
		log.Fatal(err)
	}
	s, err := gateway.New(gateway.Config{Models: []*modelfile.File{f}})
	if err != nil {
		log.Fatal(err)
	}
	ts := httptest.NewServer(s.Handler())
	return ts.URL, test.Row(0), test.Y[0], ts.Close
}

// Plain inference: send rows of raw features, get a class, its label and the class probabilities
// for each.
func ExampleClient_Infer() {
	url, row, label, stop := startGateway()
	defer stop()

	c := client.New(url, nil)
	ctx := context.Background()
	models, err := c.Models(ctx)
	if err != nil {
		log.Fatal(err)
	}
	m := models[0]
	fmt.Println(m.Kind, m.Inputs, "inputs, classes", m.Classes, "modes", m.Modes)

	res, err := c.Infer(ctx, client.InferRequest{Model: m.Name, Mode: client.ModePlain, Inputs: [][]float64{row}})
	if err != nil {
		log.Fatal(err)
	}
	out := res.Outputs[0]
	fmt.Println("predicted the true class:", out.Class == label, "with", len(out.Probabilities), "probabilities")

	// A mode the gateway is not configured for is refused with the reason (HTTP 501).
	_, err = c.Infer(ctx, client.InferRequest{Model: m.Name, Mode: client.ModeProven, Inputs: [][]float64{row}})
	fmt.Println(err != nil)
	// Output:
	// logreg 30 inputs, classes [0 1] modes [plain]
	// predicted the true class: true with 2 probabilities
	// true
}

// Model fetch: download a served model as its cohort-model/1 file, e.g. to run it locally with
// `cohort predict` or to check its digest.
func ExampleClient_Model() {
	url, _, _, stop := startGateway()
	defer stop()

	c := client.New(url, nil)
	ctx := context.Background()
	models, err := c.Models(ctx)
	if err != nil {
		log.Fatal(err)
	}
	doc, err := c.Model(ctx, models[0].Name)
	if err != nil {
		log.Fatal(err)
	}
	var f struct {
		Format string `json:"format"`
		Model  struct {
			Kind   string `json:"kind"`
			Inputs int    `json:"inputs"`
		} `json:"model"`
		Params []float64 `json:"params"`
	}
	if err := json.Unmarshal(doc, &f); err != nil {
		log.Fatal(err)
	}
	fmt.Println(f.Format, f.Model.Kind, f.Model.Inputs, len(f.Params), "parameters")
	// Output:
	// cohort-model/1 logreg 30 31 parameters
}
