package chain

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/chain/bindings"
)

// Helpers for the inference network's nodes and commands (miners that fulfil InferenceOracle
// requests, validators that publish scores, `cohort infer`): they take and return Cohort's types, so
// the wiring code never handles go-ethereum's.

// Oracle returns the suite's InferenceOracle (cohort.ENotFound when the deployment has none: deploy
// with `cohort chain deploy`).
func (c *Conn) Oracle() (*InferenceOracle, error) {
	a := c.Suite().InferenceOracle
	if a == (common.Address{}) {
		return nil, cohort.Errorf(cohort.ENotFound, "the deployment has no InferenceOracle (deploy the suite with `cohort chain deploy`)")
	}
	return c.OracleAt(a), nil
}

// OracleRequest is an InferenceRequested event: a request a miner may fulfil.
type OracleRequest struct {
	ID          uint64
	ModelID     [32]byte
	Nonce       [32]byte // the nonce the proof must carry
	InputCommit [32]byte
	Requester   cohort.NodeID
	Prover      cohort.NodeID // the only miner that may answer; zero for any
	Fee         *big.Int
	Deadline    time.Time
	Block       uint64
	Removed     bool // a reorg took the event back
}

// WatchOracleRequests returns a watcher of the suite oracle's requests from block from on.
func (c *Conn) WatchOracleRequests(from, confirmations uint64) (*EventWatcher[OracleRequest], error) {
	o, err := c.Oracle()
	if err != nil {
		return nil, err
	}
	topic := o.abi.GetABI().Events["InferenceRequested"].ID
	w := c.NewWatcher(WatchOptions{Addresses: []common.Address{o.addr}, Topics: [][]common.Hash{{topic}}, From: from, Confirmations: confirmations})
	return newEventWatcher(w, func(l types.Log) (OracleRequest, bool) { return decodeOracleRequest(o.abi, l) }), nil
}

func decodeOracleRequest(b *bindings.InferenceOracle, l types.Log) (OracleRequest, bool) {
	ev, err := b.UnpackInferenceRequestedEvent(&l)
	if err != nil || !ev.RequestId.IsUint64() {
		return OracleRequest{}, false
	}
	r := OracleRequest{ID: ev.RequestId.Uint64(), ModelID: ev.ModelId, Requester: cohort.NodeID(ev.Requester),
		Prover: cohort.NodeID(ev.Prover), Fee: ev.Fee, Deadline: time.Unix(int64(ev.Deadline), 0).UTC(), Block: l.BlockNumber, Removed: l.Removed}
	if ev.Nonce.BitLen() > 256 || ev.InputCommit.BitLen() > 256 {
		return OracleRequest{}, false
	}
	ev.Nonce.FillBytes(r.Nonce[:])
	ev.InputCommit.FillBytes(r.InputCommit[:])
	return r, true
}

// OracleProof is a miner's proven answer in Cohort's terms: the public inputs the proof binds
// (zk.Statement's), the outputs and the proof in the Solidity verifier's form (zk.SolidityProof).
type OracleProof struct {
	ModelID, Nonce, InputCommit [32]byte
	Prover                      cohort.NodeID
	Outputs                     []int64
	Proof                       []byte
}

// FulfilInference answers request id with a proof (see InferenceOracle.FulfilProof: the request
// must be pending and the proof bound to its model, nonce and input and to the sender) and returns
// the transaction hash.
func (c *Conn) FulfilInference(ctx context.Context, from *Account, id uint64, p OracleProof) (string, error) {
	o, err := c.Oracle()
	if err != nil {
		return "", err
	}
	rc, err := o.FulfilProof(ctx, from, id, OracleAnswer{ModelID: p.ModelID, Nonce: p.Nonce, InputCommit: p.InputCommit,
		Prover: common.Address(p.Prover), Outputs: p.Outputs, Proof: p.Proof})
	if err != nil {
		return "", err
	}
	return rc.TxHash.Hex(), nil
}

// OracleRequestInfo reads request id of the suite's oracle.
func (c *Conn) OracleRequestInfo(ctx context.Context, id uint64) (RequestInfo, error) {
	o, err := c.Oracle()
	if err != nil {
		return RequestInfo{}, err
	}
	return o.RequestInfo(ctx, id)
}

// OracleModelInfo reads a registered model of the suite's oracle.
func (c *Conn) OracleModelInfo(ctx context.Context, modelID [32]byte) (OracleModel, error) {
	o, err := c.Oracle()
	if err != nil {
		return OracleModel{}, err
	}
	return o.Model(ctx, modelID)
}

// InferenceAsk is what `cohort infer request` asks the suite's oracle for, in Cohort's terms.
type InferenceAsk struct {
	ModelID     [32]byte
	InputCommit [32]byte
	Fee         *big.Int
	Prover      cohort.NodeID // zero: any miner
	TTL         time.Duration
}

// RequestInference posts a request to the suite's oracle (approving the fee first) and returns its
// id, the nonce its proof must carry and the transaction hash.
func (c *Conn) RequestInference(ctx context.Context, from *Account, a InferenceAsk) (uint64, [32]byte, string, error) {
	o, err := c.Oracle()
	if err != nil {
		return 0, [32]byte{}, "", err
	}
	id, nonce, rc, err := o.Request(ctx, from, InferenceRequest{ModelID: a.ModelID, InputCommit: a.InputCommit, Fee: a.Fee,
		Prover: common.Address(a.Prover), TTL: a.TTL})
	if err != nil {
		return 0, [32]byte{}, "", err
	}
	return id, nonce, rc.TxHash.Hex(), nil
}

// WaitInferenceResult polls the oracle every poll until request id is fulfilled (its proof checked
// by the model's verifier on chain), cancelled, expired or ctx ends.
func (c *Conn) WaitInferenceResult(ctx context.Context, id uint64, poll time.Duration) (InferenceResult, error) {
	o, err := c.Oracle()
	if err != nil {
		return InferenceResult{}, err
	}
	if poll <= 0 {
		poll = time.Second
	}
	for {
		res, ok, err := o.Result(ctx, id)
		if err != nil && cohort.Code(err) != cohort.EUnavailable {
			return res, err
		}
		if ok {
			return res, nil
		}
		q, err := o.RequestInfo(ctx, id)
		if err == nil && q.Status == RequestCancelled {
			return res, cohort.Errorf(cohort.EConflict, "request %d was cancelled", id)
		}
		if err == nil && q.Status == RequestPending {
			if now, herr := c.HeadTime(ctx); herr == nil && now.After(q.Deadline) {
				return res, cohort.Errorf(cohort.EUnavailable, "request %d expired at %s unfulfilled (cancel it to refund the fee)", id, q.Deadline.Format(time.RFC3339))
			}
		}
		select {
		case <-ctx.Done():
			return res, cohort.Errorf(cohort.EUnavailable, "request %d: no verified result yet: %v", id, ctx.Err())
		case <-time.After(poll):
		}
	}
}

// ReadVerifierBytecode decodes a compiled Solidity verifier's creation bytecode: the JSON solc-js
// writes ({"bin": "..."}, as internal/chain/testdata/genverifier does), solc's combined JSON, or the
// bare hex `solc --bin` prints.
func ReadVerifierBytecode(b []byte) ([]byte, error) {
	s := strings.TrimSpace(string(b))
	if strings.HasPrefix(s, "{") {
		var v struct {
			Bin       string `json:"bin"`
			Contracts map[string]struct {
				Bin string `json:"bin"`
			} `json:"contracts"`
		}
		if err := json.Unmarshal(b, &v); err != nil {
			return nil, cohort.Errorf(cohort.EInvalid, "verifier bytecode: %v", err)
		}
		s = v.Bin
		for name, c := range v.Contracts {
			if s == "" && strings.HasSuffix(name, "Verifier") {
				s = c.Bin
			}
		}
	} else if i := strings.LastIndex(s, "Binary:"); i >= 0 { // solc --bin's text output
		s = strings.TrimSpace(s[i+len("Binary:"):])
	}
	code, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil || len(code) == 0 {
		return nil, cohort.Errorf(cohort.EInvalid, "verifier bytecode: not hex creation code (%v)", err)
	}
	return code, nil
}

// RegisterInferenceModel deploys a model's compiled Solidity verifier and registers it on the suite's
// oracle under modelID (the oracle's registrar role: the deployer of the suite), with its output count
// and width (zk.QModel.OutputBits). owner may pause the model. It returns the verifier's address.
func (c *Conn) RegisterInferenceModel(ctx context.Context, registrar *Account, modelID [32]byte, verifierCode []byte, numOutputs, outputBits int, owner cohort.NodeID) (cohort.NodeID, error) {
	o, err := c.Oracle()
	if err != nil {
		return cohort.NodeID{}, err
	}
	if m, err := o.Model(ctx, modelID); err == nil {
		return cohort.NodeID(m.Verifier), cohort.Errorf(cohort.EConflict, "model %s is registered already (verifier %s)", common.Hash(modelID).Hex(), m.Verifier.Hex())
	}
	v, err := c.DeployVerifier(ctx, registrar, verifierCode)
	if err != nil {
		return cohort.NodeID{}, err
	}
	if _, err := o.RegisterModel(ctx, registrar, modelID, v, numOutputs, outputBits, common.Address(owner)); err != nil {
		return cohort.NodeID(v), fmt.Errorf("register model: %w", err)
	}
	return cohort.NodeID(v), nil
}

// IsScorer reports whether node holds the registry's SCORER_ROLE (may publish reputations).
func (c *Conn) IsScorer(ctx context.Context, node cohort.NodeID) (bool, error) {
	role, err := c.registryRole(ctx, c.k.registry.PackSCORERROLE())
	if err != nil {
		return false, err
	}
	out, err := c.Call(ctx, c.Suite().Registry, c.k.registry.PackHasRole(role, common.Address(node)), "has scorer role")
	if err != nil {
		return false, err
	}
	return c.k.registry.UnpackHasRole(out)
}

// NodesWithRole lists the registered, unfrozen nodes holding role (all of them, 100 at a time).
func (c *Conn) NodesWithRole(ctx context.Context, role cohort.Role) ([]NodeInfo, error) {
	var out []NodeInfo
	for off := 0; ; off += 100 {
		page, err := c.Nodes(ctx, off, 100)
		if err != nil {
			return nil, err
		}
		for _, n := range page {
			for _, r := range n.Roles {
				if r == role && n.Registered && !n.Frozen {
					out = append(out, n)
					break
				}
			}
		}
		if len(page) < 100 {
			return out, nil
		}
	}
}

// NodeID returns the node's address as a node id.
func (n NodeInfo) NodeID() cohort.NodeID { return cohort.NodeID(n.Address) }

// PublishReputation sets node's reputation in basis points (the scorer role).
func (c *Conn) PublishReputation(ctx context.Context, scorer *Account, node cohort.NodeID, bps uint16) error {
	_, err := c.SetReputation(ctx, scorer, common.Address(node), bps)
	return err
}

// GrantScorerTo gives node the registry's SCORER_ROLE (the registry's admin signs).
func (c *Conn) GrantScorerTo(ctx context.Context, admin *Account, node cohort.NodeID) error {
	_, err := c.GrantScorer(ctx, admin, common.Address(node))
	return err
}
