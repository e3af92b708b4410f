package node

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"path/filepath"
	"strings"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/client"
	"github.com/cohort-net/cohort/internal/api"
	"github.com/cohort-net/cohort/internal/artifact/blockapi"
	"github.com/cohort-net/cohort/internal/artifact/fsstore"
	"github.com/cohort-net/cohort/internal/dashboard"
	"github.com/cohort-net/cohort/internal/gateway"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/metrics"
	"github.com/cohort-net/cohort/internal/modelfile"
	"github.com/cohort-net/cohort/internal/protocol"
	"github.com/cohort-net/cohort/internal/validator"
)

// newGateway builds the gateway's inference API from [gateway]; nil when no model is listed.
// chainID is what proven requests are signed for when gateway.proven_chain_id is not set.
func newGateway(c *Config, key *identity.Key, chainID uint64, m *metrics.Metrics, log *slog.Logger) (*gateway.Server, error) {
	gc := c.Gateway
	if len(gc.Models) == 0 {
		return nil, nil
	}
	files := make([]*modelfile.File, 0, len(gc.Models))
	for _, p := range gc.Models {
		f, err := modelfile.Read(p)
		if err != nil {
			return nil, fmt.Errorf("gateway.models: %w", err)
		}
		files = append(files, f)
	}
	cfg := gateway.Config{Models: files, MaxBodyBytes: gc.MaxBodyKB << 10, MaxBatch: gc.MaxBatch, Rate: gc.Rate, Burst: gc.Burst,
		EncryptedURL: gc.FHEURL, OnInfer: m.Inference, Log: log.With("role", RoleGateway)}
	if gc.ProvenURL != "" {
		if gc.ProvenChainID != 0 {
			chainID = gc.ProvenChainID
		}
		p := NewValidatorProver(gc.ProvenURL, key, chainID).(*validatorProver)
		p.metrics = m
		cfg.Proven = p
	}
	gw, err := gateway.New(cfg)
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		log.Info("gateway serving a model", "model", f.Name(), "kind", f.Model.Kind, "inputs", f.Model.Inputs)
	}
	return gw, nil
}

// gatewayRoutes adds the gateway's routes to mux.
func gatewayRoutes(mux *http.ServeMux, gw *gateway.Server) {
	h := gw.Handler()
	for _, r := range gateway.Routes {
		mux.Handle(r.Method+" "+r.Path, h)
	}
}

// NewValidatorProver returns proven inference through the validator at url (its base URL), signed by
// key for chainID: what a gateway node with gateway.proven_url uses.
func NewValidatorProver(url string, key *identity.Key, chainID uint64) gateway.Prover {
	return &validatorProver{url: strings.TrimSuffix(url, "/") + validator.RequestPath, key: key, chainID: chainID,
		hc: &http.Client{Timeout: 2 * time.Minute}}
}

// validatorProver is proven inference through the inference subnet: the row goes, signed by this
// node's key, to a validator's POST /v1/request; the validator has its miners prove it and verifies
// the proofs before it answers.
type validatorProver struct {
	url     string
	key     *identity.Key
	chainID uint64
	hc      *http.Client
	metrics *metrics.Metrics
}

func (p *validatorProver) Prove(ctx context.Context, x []float64) (*client.Proof, error) {
	start := time.Now()
	body, err := json.Marshal(validator.ForwardRequest{Features: x})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.url, bytes.NewReader(body))
	if err != nil {
		return nil, cohort.Errorf(cohort.EInvalid, "gateway.proven_url: %v", err)
	}
	if err := protocol.Sign(req.Header, http.MethodPost, req.URL.Path, body, p.key, p.chainID, validator.RequestTask, 0, time.Minute); err != nil {
		return nil, err
	}
	resp, err := p.hc.Do(req)
	if err != nil {
		return nil, cohort.Errorf(cohort.EUnavailable, "proven inference: validator unreachable: %v", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		// The caller's fault (a bad row, an input the subnet has already seen) keeps its code; any
		// other refusal (this gateway not a client, the subnet busy) is the gateway's: 503.
		err := api.DecodeError(resp)
		code := cohort.Code(err)
		if code != cohort.EInvalid && code != cohort.EConflict {
			code = cohort.EUnavailable
		}
		return nil, cohort.Errorf(code, "proven inference: the validator refused: %v", err)
	}
	var fr validator.ForwardResponse
	if err := json.NewDecoder(io.LimitReader(resp.Body, 16<<20)).Decode(&fr); err != nil {
		return nil, cohort.Errorf(cohort.EUnavailable, "proven inference: the validator's answer: %v", err)
	}
	st, err := json.Marshal(fr.Statement)
	if err != nil {
		return nil, err
	}
	p.metrics.Proof("forward", time.Since(start))
	return &client.Proof{Miner: fr.Miner, Class: fr.Class, Outputs: fr.Outputs, Statement: st, Proof: fmt.Sprintf("%x", []byte(fr.Proof)),
		Verified: fr.Verified, Asked: fr.Asked}, nil
}

// runGateway runs a gateway without a chain: the artifact store's block API and, with models, the
// inference API.
func runGateway(ctx context.Context, c *Config, key *identity.Key, log *slog.Logger) error {
	m := metrics.New("")
	store, err := fsstore.New(filepath.Join(c.DataDir, "artifacts"), log)
	if err != nil {
		return err
	}
	mux := http.NewServeMux()
	mux.Handle("/api/v0/", blockapi.Handler(store, log))
	gw, err := newGateway(c, key, c.Gateway.ProvenChainID, m, log)
	if err != nil {
		return err
	}
	if gw != nil {
		gatewayRoutes(mux, gw)
	}
	dashboard.Routes(mux, &localSource{members: []dashMember{{name: "gateway", id: key.ID(), url: "http://" + c.Listen, role: RoleGateway}},
		models: gatewayModels(gw)}, log)
	health := &api.Health{}
	srv, err := listen(c.Listen, mux, health, log, m)
	if err != nil {
		return err
	}
	log.Info("gateway serving", "url", srv.URL, "inference", gw != nil)
	<-ctx.Done()
	if err := srv.shutdown(10 * time.Second); err != nil {
		log.Warn("shutdown", "err", err)
	}
	return nil
}

// GatewayOptions configure StartGateway.
type GatewayOptions struct {
	Addr   string            // listen address (default 127.0.0.1:0)
	Models []*modelfile.File // served models
	Rate   float64           // requests per second from one address (default gateway.DefaultRate)
	Burst  int
	// Proven, when set, serves mode "proven" (benchmarks use an in-process validator).
	Proven gateway.Prover
	Log    *slog.Logger
}

// GatewayServer is an inference gateway on a listener of its own, served as a gateway node serves
// it: the node's listener limits, body budget, metrics and health endpoints.
type GatewayServer struct {
	URL string
	srv *server
}

// StartGateway serves the inference API of models on o.Addr (benchmarks, tests).
func StartGateway(o GatewayOptions) (*GatewayServer, error) {
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	if o.Addr == "" {
		o.Addr = "127.0.0.1:0"
	}
	m := metrics.New("")
	gw, err := gateway.New(gateway.Config{Models: o.Models, Rate: o.Rate, Burst: o.Burst, Proven: o.Proven, OnInfer: m.Inference, Log: o.Log})
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	gatewayRoutes(mux, gw)
	srv, err := listen(o.Addr, mux, &api.Health{}, o.Log, m)
	if err != nil {
		return nil, err
	}
	return &GatewayServer{URL: srv.URL, srv: srv}, nil
}

// Close stops the server.
func (g *GatewayServer) Close() error { return g.srv.shutdown(5 * time.Second) }
