package fheserve

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/cohort-net/cohort/internal/api"
	"github.com/cohort-net/cohort/internal/he"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/protocol"
)

// Client calls a fheserve server.
type Client struct {
	BaseURL string
	HTTP    *http.Client
	// MaxResponse bounds a response body (default 256 MiB).
	MaxResponse int64
	// Key signs the client's requests; its sessions are bound to it. Nil: a fresh key, made on first
	// use and kept for the Client's life (its sessions live as long).
	Key     protocol.Signer
	ChainID uint64 // the server's Config.ChainID

	keyOnce sync.Once
	keyErr  error
}

func (c *Client) signer() (protocol.Signer, error) {
	c.keyOnce.Do(func() {
		if c.Key == nil {
			c.Key, c.keyErr = identity.Generate()
		}
	})
	return c.Key, c.keyErr
}

func (c *Client) do(ctx context.Context, method, path string, in, out any) error {
	var body io.Reader
	var raw []byte
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return err
		}
		body, raw = bytes.NewReader(b), b
	}
	req, err := http.NewRequestWithContext(ctx, method, strings.TrimRight(c.BaseURL, "/")+path, body)
	if err != nil {
		return err
	}
	if in != nil {
		req.Header.Set("Content-Type", "application/json")
		k, err := c.signer()
		if err != nil {
			return fmt.Errorf("client key: %w", err)
		}
		if err := protocol.Sign(req.Header, req.Method, req.URL.Path, raw, k, c.ChainID, Task, 0, time.Minute); err != nil {
			return fmt.Errorf("sign %s: %w", path, err)
		}
	}
	hc := c.HTTP
	if hc == nil {
		hc = http.DefaultClient
	}
	resp, err := hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return api.DecodeError(resp)
	}
	limit := c.MaxResponse
	if limit <= 0 {
		limit = 256 << 20
	}
	if err := json.NewDecoder(io.LimitReader(resp.Body, limit)).Decode(out); err != nil {
		return fmt.Errorf("%s %s: decode response: %w", method, path, err)
	}
	return nil
}

// Models lists the served models.
func (c *Client) Models(ctx context.Context) ([]ModelInfo, error) {
	var out []ModelInfo
	return out, c.do(ctx, http.MethodGet, "/v1/fhe/models", nil, &out)
}

// UploadKeys opens a session with the given evaluation keys.
func (c *Client) UploadKeys(ctx context.Context, profile he.Profile, keys []*he.EvalKey) (*KeysResponse, error) {
	req := KeysRequest{Profile: profile}
	for _, k := range keys {
		b, err := k.MarshalBinary()
		if err != nil {
			return nil, err
		}
		req.Keys = append(req.Keys, b)
	}
	var out KeysResponse
	return &out, c.do(ctx, http.MethodPost, "/v1/fhe/keys", req, &out)
}

// Infer sends ciphertexts to a model and returns the encrypted outputs (still encrypted: decode them
// with the model's Params().UnmarshalCiphertext).
func (c *Client) Infer(ctx context.Context, session, model string, cts []*he.Ciphertext) (*InferResponse, error) {
	req := InferRequest{Session: session, Model: model}
	for _, ct := range cts {
		b, err := ct.MarshalBinary()
		if err != nil {
			return nil, err
		}
		req.Ciphertexts = append(req.Ciphertexts, b)
	}
	var out InferResponse
	return &out, c.do(ctx, http.MethodPost, "/v1/fhe/infer", req, &out)
}

// Prediction is the decrypted result of Predict.
type Prediction struct {
	Layout   he.Layout
	Outputs  [][]float64 // one vector per row
	Labels   []int       // Layout.Label of each output
	EvalMS   float64     // server evaluation time, summed over requests
	Requests int
}

// Predict does the whole round trip for rows X: it fetches the model's layout, uploads the evaluation
// keys the model needs (if any), encrypts, infers (in as many requests as the layout needs) and
// decrypts.
func (c *Client) Predict(ctx context.Context, keys *he.ClientKeys, model string, X [][]float64) (*Prediction, error) {
	models, err := c.Models(ctx)
	if err != nil {
		return nil, err
	}
	var info *ModelInfo
	for i := range models {
		if models[i].ID == model {
			info = &models[i]
		}
	}
	if info == nil {
		return nil, fmt.Errorf("server has no model %q", model)
	}
	l := info.Layout
	if l.Profile != keys.Params().Profile() {
		return nil, fmt.Errorf("model %s uses profile %s, the keys are %s (run `cohort fhe keygen --profile %s`)", model, l.Profile, keys.Params().Profile(), l.Profile)
	}
	var session string
	if !l.Needs.None() {
		evks, err := keys.EvaluationKeys(l.Needs)
		if err != nil {
			return nil, err
		}
		kr, err := c.UploadKeys(ctx, l.Profile, evks)
		if err != nil {
			return nil, err
		}
		session = kr.Session
	}
	pred := &Prediction{Layout: l}
	per := l.Slots
	if l.Packing == he.RowMajor {
		per = l.SamplesPerCiphertext() * 64
	}
	for start := 0; start < len(X); start += per {
		batch := X[start:min(start+per, len(X))]
		cts, err := keys.EncryptFor(l, batch)
		if err != nil {
			return nil, err
		}
		resp, err := c.Infer(ctx, session, model, cts)
		if err != nil {
			return nil, err
		}
		outs := make([]*he.Ciphertext, len(resp.Ciphertexts))
		for i, b := range resp.Ciphertexts {
			if outs[i], err = keys.Params().UnmarshalCiphertext(b, he.CiphertextLimits{MaxLevel: -1}); err != nil {
				return nil, fmt.Errorf("response ciphertext %d: %w", i, err)
			}
		}
		vals, err := keys.DecryptFor(l, outs, len(batch))
		if err != nil {
			return nil, err
		}
		pred.Outputs = append(pred.Outputs, vals...)
		pred.EvalMS += resp.EvalMS
		pred.Requests++
	}
	for _, o := range pred.Outputs {
		pred.Labels = append(pred.Labels, l.Label(o))
	}
	return pred, nil
}
