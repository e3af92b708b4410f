// Package client is the Go client of a Cohort gateway's inference API (import path
// github.com/cohort-net/cohort/client): list the models a gateway serves, fetch one as a
// cohort-model/1 document, and run inference in one of three modes with one call.
//
//	c := client.New("http://127.0.0.1:7100", nil)
//	res, err := c.Infer(ctx, client.InferRequest{Model: name, Inputs: [][]float64{row}})
//
// The wire types here are the API's: the gateway encodes and decodes these very structs, and its
// OpenAPI document (GET /openapi.json) describes them. Errors from the gateway come back as
// *cohort.Error with the server's code (invalid, not_found, too_large, rate_limited,
// not_implemented, ...).
package client

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"

	"github.com/cohort-net/cohort"
)

// Inference modes.
const (
	ModePlain     = "plain"     // the gateway runs the model on the inputs as sent
	ModeProven    = "proven"    // a miner proves the inference (Groth16); the proof comes back
	ModeEncrypted = "encrypted" // CKKS: the inputs are encrypted to the client's key
)

// Routes of the gateway's API.
const (
	PathInfer   = "/v1/infer"
	PathModels  = "/v1/models"
	PathOpenAPI = "/openapi.json"
)

// InferRequest is the body of POST /v1/infer.
type InferRequest struct {
	// Model is the served model's name (GET /v1/models); empty when the gateway serves one model.
	Model string `json:"model,omitempty"`
	// Mode is plain (default), proven or encrypted.
	Mode string `json:"mode,omitempty"`
	// Inputs are raw feature rows in the model's feature order (the gateway applies the model's
	// scaler): one row per prediction, each of the model's input width.
	Inputs [][]float64 `json:"inputs"`
}

// InferResponse answers POST /v1/infer.
type InferResponse struct {
	Model   string   `json:"model"`
	Mode    string   `json:"mode"`
	Outputs []Output `json:"outputs"`
	// Proof is the verified proof of a proven inference (one input row), absent otherwise.
	Proof *Proof `json:"proof,omitempty"`
}

// Output is one input row's prediction.
type Output struct {
	Class int    `json:"class"` // the predicted class index
	Label string `json:"label"` // its label value
	// Probabilities are the class probabilities (plain mode); proven inference returns the
	// circuit's fixed-point outputs in Proof instead.
	Probabilities []float64 `json:"probabilities,omitempty"`
}

// Proof is a proven inference: a miner's output and Groth16 proof, verified by the validator that
// forwarded the request (internal/validator's ForwardResponse).
type Proof struct {
	Miner     string          `json:"miner"`
	Class     int             `json:"class"`
	Outputs   []int64         `json:"outputs"`
	Statement json.RawMessage `json:"statement"`
	Proof     string          `json:"proof"`
	Verified  int             `json:"miners_verified"`
	Asked     int             `json:"miners_asked"`
}

// ModelInfo describes one served model (GET /v1/models).
type ModelInfo struct {
	Name     string   `json:"name"`   // what InferRequest.Model names
	Digest   string   `json:"digest"` // SHA-256 of what the model computes (modelfile.File.Digest)
	Kind     string   `json:"kind"`   // logreg, softmax, mlp
	Inputs   int      `json:"inputs"`
	Classes  []string `json:"classes"`
	Features []string `json:"features,omitempty"`
	Label    string   `json:"label,omitempty"`
	Modes    []string `json:"modes"` // the modes this gateway offers for the model
	TaskID   string   `json:"task_id,omitempty"`
	Dataset  string   `json:"dataset,omitempty"`
	Accuracy *float64 `json:"accuracy,omitempty"`
}

// ModelList is the body of GET /v1/models.
type ModelList struct {
	Models []ModelInfo `json:"models"`
}

// Client calls one gateway.
type Client struct {
	base string
	hc   *http.Client
}

// New returns a client of the gateway at base (http://host:port); hc nil uses http.DefaultClient.
func New(base string, hc *http.Client) *Client {
	if hc == nil {
		hc = http.DefaultClient
	}
	return &Client{base: strings.TrimSuffix(base, "/"), hc: hc}
}

// Infer runs one inference request.
func (c *Client) Infer(ctx context.Context, req InferRequest) (*InferResponse, error) {
	body, err := json.Marshal(req)
	if err != nil {
		return nil, fmt.Errorf("infer: %w", err)
	}
	var res InferResponse
	if err := c.do(ctx, http.MethodPost, PathInfer, body, &res); err != nil {
		return nil, fmt.Errorf("infer: %w", err)
	}
	return &res, nil
}

// Models lists the models the gateway serves.
func (c *Client) Models(ctx context.Context) ([]ModelInfo, error) {
	var l ModelList
	if err := c.do(ctx, http.MethodGet, PathModels, nil, &l); err != nil {
		return nil, fmt.Errorf("models: %w", err)
	}
	return l.Models, nil
}

// Model fetches a served model as its cohort-model/1 document (the bytes the gateway loaded).
func (c *Client) Model(ctx context.Context, name string) ([]byte, error) {
	var raw json.RawMessage
	if err := c.do(ctx, http.MethodGet, PathModels+"/"+url.PathEscape(name), nil, &raw); err != nil {
		return nil, fmt.Errorf("model %s: %w", name, err)
	}
	return raw, nil
}

// maxResponse bounds what the client reads of one answer.
const maxResponse = 256 << 20

func (c *Client) do(ctx context.Context, method, path string, body []byte, out any) error {
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, rd)
	if err != nil {
		return err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return cohort.Errorf(cohort.EUnavailable, "%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, maxResponse))
	if err != nil {
		return cohort.Errorf(cohort.EUnavailable, "%s %s: read: %v", method, path, err)
	}
	if resp.StatusCode/100 != 2 {
		var eb struct {
			Code    cohort.ErrorCode `json:"code"`
			Message string           `json:"message"`
		}
		if json.Unmarshal(b, &eb) == nil && eb.Code != "" {
			return &cohort.Error{Code: eb.Code, Message: resp.Status + ": " + eb.Message}
		}
		return fmt.Errorf("%s %s: %s: %.200s", method, path, resp.Status, b)
	}
	if err := json.Unmarshal(b, out); err != nil {
		return fmt.Errorf("%s %s: decode: %w", method, path, err)
	}
	return nil
}
