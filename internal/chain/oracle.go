package chain

import (
	"context"
	"fmt"
	"math"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/chain/bindings"
)

// Limits of InferenceOracle.
const (
	OracleMaxOutputs     = 64
	OracleMaxCallbackGas = 2_000_000
	OracleMaxTTL         = 30 * 24 * time.Hour
)

// fieldModulus is the BN254 scalar field modulus: every public input of a proof is below it.
var fieldModulus, _ = new(big.Int).SetString("21888242871839275222246405745257275088548364400416034343698204186575808495617", 10)

// InferenceOracle is a connection's handle on a deployed InferenceOracle: model ids mapped to Groth16
// verifiers, escrowed inference requests, proof-checked fulfilments and callbacks.
type InferenceOracle struct {
	c    *Conn
	addr common.Address
	abi  *bindings.InferenceOracle
}

// DeployOracle deploys an InferenceOracle whose fees are paid in token (the zero address: the suite's
// token), with admin as its admin and registrar.
func (c *Conn) DeployOracle(ctx context.Context, admin *Account, token common.Address) (*InferenceOracle, error) {
	if token == (common.Address{}) {
		token = c.Suite().Token
	}
	if token == (common.Address{}) {
		return nil, cohort.Errorf(cohort.EInvalid, "deploy oracle: no fee token (deploy or use a suite first)")
	}
	b := bindings.NewInferenceOracle()
	code := append(common.FromHex(bindings.InferenceOracleMetaData.Bin), b.PackConstructor(token, admin.Addr)...)
	addr, _, err := c.Deploy(ctx, admin, code, "InferenceOracle")
	if err != nil {
		return nil, extraRevert(err)
	}
	return &InferenceOracle{c: c, addr: addr, abi: b}, nil
}

// OracleAt returns a handle on an InferenceOracle already deployed at addr.
func (c *Conn) OracleAt(addr common.Address) *InferenceOracle {
	return &InferenceOracle{c: c, addr: addr, abi: bindings.NewInferenceOracle()}
}

// DeployVerifier deploys a compiled Solidity verifier (the creation bytecode solc makes of the source
// that zk's ExportSolidity writes) and returns its address.
func (c *Conn) DeployVerifier(ctx context.Context, from *Account, bytecode []byte) (common.Address, error) {
	if len(bytecode) == 0 {
		return common.Address{}, cohort.Errorf(cohort.EInvalid, "deploy verifier: empty bytecode")
	}
	addr, _, err := c.Deploy(ctx, from, bytecode, "Groth16 verifier")
	return addr, err
}

// Address returns the oracle's address.
func (o *InferenceOracle) Address() common.Address { return o.addr }

func (o *InferenceOracle) send(ctx context.Context, from *Account, data []byte, what string) (*types.Receipt, error) {
	r, err := o.c.Send(ctx, from, Tx{To: o.addr, Data: data, What: what})
	return r, extraRevert(err)
}

func (o *InferenceOracle) call(ctx context.Context, data []byte, what string) ([]byte, error) {
	out, err := o.c.Call(ctx, o.addr, data, what)
	return out, extraRevert(err)
}

func checkElement(what string, e common.Hash) error {
	if new(big.Int).SetBytes(e[:]).Cmp(fieldModulus) >= 0 {
		return cohort.Errorf(cohort.EInvalid, "%s %s is not below the BN254 scalar field modulus", what, e.Hex())
	}
	return nil
}

// RegisterModel maps a model id to its verifier (registrar role). numOutputs is the model's output
// count and outputBits their signed width (zk.QModel.OutputBits); the verifier takes 3 public inputs
// plus zk.PackedOutputs(numOutputs, outputBits) (zk statement format 3). owner may pause the model.
func (o *InferenceOracle) RegisterModel(ctx context.Context, from *Account, modelID common.Hash, verifier common.Address, numOutputs, outputBits int, owner common.Address) (*types.Receipt, error) {
	if err := checkElement("model id", modelID); err != nil {
		return nil, err
	}
	if numOutputs < 1 || numOutputs > OracleMaxOutputs {
		return nil, cohort.Errorf(cohort.EInvalid, "model outputs %d, want 1 to %d", numOutputs, OracleMaxOutputs)
	}
	if outputBits < 2 || outputBits > 64 {
		return nil, cohort.Errorf(cohort.EInvalid, "model output width %d bits, want 2 to 64", outputBits)
	}
	return o.send(ctx, from, o.abi.PackRegisterModel(modelID, verifier, uint16(numOutputs), uint8(outputBits), owner), "register model")
}

// SetModelActive pauses or resumes a model (its owner or a registrar).
func (o *InferenceOracle) SetModelActive(ctx context.Context, from *Account, modelID common.Hash, active bool) (*types.Receipt, error) {
	return o.send(ctx, from, o.abi.PackSetModelActive(modelID, active), "set model active")
}

// OracleModel is a registered model.
type OracleModel struct {
	ModelID    common.Hash    `json:"model_id"`
	Verifier   common.Address `json:"verifier"`
	NumOutputs int            `json:"num_outputs"`
	OutputBits int            `json:"output_bits"`
	Active     bool           `json:"active"`
	Owner      common.Address `json:"owner"`
}

// Model reads a registered model (cohort.ENotFound when unknown).
func (o *InferenceOracle) Model(ctx context.Context, modelID common.Hash) (OracleModel, error) {
	out, err := o.call(ctx, o.abi.PackModel(modelID), "oracle model")
	if err != nil {
		return OracleModel{}, err
	}
	m, err := o.abi.UnpackModel(out)
	if err != nil {
		return OracleModel{}, fmt.Errorf("decode oracle model: %w", err)
	}
	return OracleModel{ModelID: modelID, Verifier: m.Verifier, NumOutputs: int(m.NumOutputs), OutputBits: int(m.OutputBits), Active: m.Active, Owner: m.Owner}, nil
}

// InferenceRequest is what a requester asks the oracle for.
type InferenceRequest struct {
	ModelID     common.Hash    // a registered, active model
	InputCommit common.Hash    // the circuit's input commitment (zk's QModel.InputCommitment)
	Fee         *big.Int       // escrowed and paid to the miner; nil for none
	Callback    common.Address // an IInferenceConsumer; zero for none
	CallbackGas uint32         // gas for the callback (with a callback only)
	Prover      common.Address // the only miner that may answer; zero for any
	TTL         time.Duration  // until the request expires; default 1 hour
}

// Validate checks what the contract would reject.
func (r *InferenceRequest) Validate() error {
	if r.TTL == 0 {
		r.TTL = time.Hour
	}
	switch {
	case r.TTL < time.Second || r.TTL > OracleMaxTTL:
		return cohort.Errorf(cohort.EInvalid, "request ttl %v, want 1s to %v", r.TTL, OracleMaxTTL)
	case r.CallbackGas > OracleMaxCallbackGas:
		return cohort.Errorf(cohort.EInvalid, "callback gas %d over %d", r.CallbackGas, OracleMaxCallbackGas)
	case r.Callback == (common.Address{}) && r.CallbackGas != 0:
		return cohort.Errorf(cohort.EInvalid, "callback gas without a callback")
	}
	if _, err := checkFee(r.Fee); err != nil {
		return err
	}
	return checkElement("input commitment", r.InputCommit)
}

// RequestNonce is the nonce a proof for request id of the oracle at addr on chainID must carry:
// keccak256(abi.encode(chainID, oracle, id)) >> 8, as InferenceOracle.requestNonce computes it.
func RequestNonce(chainID *big.Int, oracle common.Address, id uint64) common.Hash {
	h := crypto.Keccak256(word(chainID), common.LeftPadBytes(oracle[:], 32), word(new(big.Int).SetUint64(id)))
	var n common.Hash
	copy(n[1:], h[:31])
	return n
}

// Request posts an inference request (approving the oracle for the fee first) and returns its id and
// the nonce the proof must carry.
func (o *InferenceOracle) Request(ctx context.Context, from *Account, r InferenceRequest) (uint64, common.Hash, *types.Receipt, error) {
	if err := r.Validate(); err != nil {
		return 0, common.Hash{}, nil, err
	}
	fee, _ := checkFee(r.Fee)
	if fee.Sign() > 0 {
		out, err := o.call(ctx, o.abi.PackToken(), "oracle token")
		if err != nil {
			return 0, common.Hash{}, nil, err
		}
		token, err := o.abi.UnpackToken(out)
		if err != nil {
			return 0, common.Hash{}, nil, fmt.Errorf("decode oracle token: %w", err)
		}
		if _, err := o.c.Send(ctx, from, Tx{To: token, Data: o.c.k.token.PackApprove(o.addr, fee), What: "approve inference fee"}); err != nil {
			return 0, common.Hash{}, nil, err
		}
	}
	p := bindings.InferenceParams{ModelId: r.ModelID, InputCommit: new(big.Int).SetBytes(r.InputCommit[:]), Fee: fee,
		Callback: r.Callback, CallbackGasLimit: r.CallbackGas, Prover: r.Prover, Ttl: uint32(r.TTL / time.Second)}
	rc, err := o.send(ctx, from, o.abi.PackRequest(p), "request inference")
	if err != nil {
		return 0, common.Hash{}, rc, err
	}
	for _, l := range rc.Logs {
		if ev, err := o.abi.UnpackInferenceRequestedEvent(l); err == nil && l.Address == o.addr {
			var n common.Hash
			ev.Nonce.FillBytes(n[:])
			return ev.RequestId.Uint64(), n, rc, nil
		}
	}
	return 0, common.Hash{}, rc, cohort.Errorf(cohort.EInternal, "request inference: no InferenceRequested event in %s", rc.TxHash.Hex())
}

// Request states.
const (
	RequestPending   = "pending"
	RequestFulfilled = "fulfilled"
	RequestCancelled = "cancelled"
)

// RequestInfo is a request as the oracle stores it.
type RequestInfo struct {
	ID          uint64         `json:"id"`
	Requester   common.Address `json:"requester"`
	ModelID     common.Hash    `json:"model_id"`
	InputCommit common.Hash    `json:"input_commit"`
	Nonce       common.Hash    `json:"nonce"`
	Fee         *big.Int       `json:"fee"`
	Callback    common.Address `json:"callback"`
	CallbackGas uint32         `json:"callback_gas"`
	Prover      common.Address `json:"prover"`
	Deadline    time.Time      `json:"deadline"`
	Status      string         `json:"status"`
}

// RequestInfo reads a request (cohort.ENotFound when unknown).
func (o *InferenceOracle) RequestInfo(ctx context.Context, id uint64) (RequestInfo, error) {
	out, err := o.call(ctx, o.abi.PackGetRequest(new(big.Int).SetUint64(id)), "inference request")
	if err != nil {
		return RequestInfo{}, err
	}
	q, err := o.abi.UnpackGetRequest(out)
	if err != nil {
		return RequestInfo{}, fmt.Errorf("decode inference request: %w", err)
	}
	info := RequestInfo{ID: id, Requester: q.Requester, ModelID: q.ModelId, Fee: q.Fee, Callback: q.Callback,
		CallbackGas: q.CallbackGasLimit, Prover: q.Prover, Deadline: time.Unix(int64(q.Deadline), 0).UTC()}
	q.InputCommit.FillBytes(info.InputCommit[:])
	info.Nonce = RequestNonce(o.c.ChainID(), o.addr, id)
	switch q.Status {
	case 1:
		info.Status = RequestPending
	case 2:
		info.Status = RequestFulfilled
	case 3:
		info.Status = RequestCancelled
	default:
		info.Status = fmt.Sprintf("unknown(%d)", q.Status)
	}
	return info, nil
}

// Fulfil answers request id as the account: outputs as the circuit computes them, proof in the Solidity
// verifier's form (zk.SolidityProof). The proof must be bound to the request's nonce and the account's
// address. Outputs are signed 64-bit values with -2^63 excluded, as the oracle (and zk.Statement) takes them.
func (o *InferenceOracle) Fulfil(ctx context.Context, from *Account, id uint64, outputs []int64, proof []byte) (*types.Receipt, error) {
	if len(outputs) == 0 || len(outputs) > OracleMaxOutputs {
		return nil, cohort.Errorf(cohort.EInvalid, "fulfil: %d outputs, want 1 to %d", len(outputs), OracleMaxOutputs)
	}
	if len(proof) == 0 || len(proof) > 4096 {
		return nil, cohort.Errorf(cohort.EInvalid, "fulfil: proof of %d bytes", len(proof))
	}
	outs := make([]*big.Int, len(outputs))
	for i, v := range outputs {
		if v == math.MinInt64 {
			return nil, cohort.Errorf(cohort.EInvalid, "fulfil: output %d is -2^63, outside the oracle's range (|v| < 2^63)", i)
		}
		outs[i] = big.NewInt(v)
	}
	return o.send(ctx, from, o.abi.PackFulfil(new(big.Int).SetUint64(id), outs, proof), "fulfil inference")
}

// OracleAnswer is a miner's answer to a request, in the chain's terms: the public inputs the proof is
// bound to, the outputs, and the proof in the Solidity verifier's form. The caller converts from the
// proof system's types (zk.Statement, zk.SolidityProof).
type OracleAnswer struct {
	ModelID, Nonce, InputCommit common.Hash
	Prover                      common.Address
	Outputs                     []int64
	Proof                       []byte
}

// FulfilProof answers request id with a miner's answer. It first checks, without spending gas, that
// the request is pending and that the answer carries the request's model, nonce and input commitment
// and the account's address, then sends Fulfil.
func (o *InferenceOracle) FulfilProof(ctx context.Context, from *Account, id uint64, a OracleAnswer) (*types.Receipt, error) {
	q, err := o.RequestInfo(ctx, id)
	if err != nil {
		return nil, err
	}
	switch {
	case q.Status != RequestPending:
		return nil, cohort.Errorf(cohort.EConflict, "fulfil request %d: it is %s", id, q.Status)
	case a.ModelID != q.ModelID:
		return nil, cohort.Errorf(cohort.EInvalid, "fulfil request %d: proof for model %s, request for %s", id, a.ModelID.Hex(), q.ModelID.Hex())
	case a.Nonce != q.Nonce:
		return nil, cohort.Errorf(cohort.EInvalid, "fulfil request %d: proof for nonce %s, request nonce %s", id, a.Nonce.Hex(), q.Nonce.Hex())
	case a.InputCommit != q.InputCommit:
		return nil, cohort.Errorf(cohort.EInvalid, "fulfil request %d: proof for another input", id)
	case a.Prover != from.Addr:
		return nil, cohort.Errorf(cohort.EInvalid, "fulfil request %d: proof bound to %s, sender %s", id, a.Prover.Hex(), from.Addr.Hex())
	case q.Prover != (common.Address{}) && q.Prover != from.Addr:
		return nil, cohort.Errorf(cohort.EForbidden, "fulfil request %d: reserved for miner %s", id, q.Prover.Hex())
	}
	return o.Fulfil(ctx, from, id, a.Outputs, a.Proof)
}

// Cancel cancels an expired, unfulfilled request of the account and refunds its fee.
func (o *InferenceOracle) Cancel(ctx context.Context, from *Account, id uint64) (*types.Receipt, error) {
	return o.send(ctx, from, o.abi.PackCancel(new(big.Int).SetUint64(id)), "cancel inference request")
}

// InferenceResult is a fulfilled request's result.
type InferenceResult struct {
	ID          uint64         `json:"id"`
	Miner       common.Address `json:"miner"`
	FulfilledAt time.Time      `json:"fulfilled_at"`
	CallbackOK  bool           `json:"callback_ok"`
	Outputs     []int64        `json:"outputs"`
}

// Result reads a request's result; ok is false while the request is not fulfilled.
func (o *InferenceOracle) Result(ctx context.Context, id uint64) (InferenceResult, bool, error) {
	out, err := o.call(ctx, o.abi.PackResult(new(big.Int).SetUint64(id)), "inference result")
	if err != nil {
		return InferenceResult{}, false, err
	}
	return decodeResult(o.abi, id, out)
}

// decodeResult decodes the oracle's answer to result(id).
func decodeResult(b *bindings.InferenceOracle, id uint64, out []byte) (InferenceResult, bool, error) {
	r, err := b.UnpackResult(out)
	if err != nil {
		return InferenceResult{}, false, cohort.Errorf(cohort.EInvalid, "decode inference result: %v", err)
	}
	if r.Miner == (common.Address{}) {
		return InferenceResult{ID: id}, false, nil
	}
	res := InferenceResult{ID: id, Miner: r.Miner, FulfilledAt: time.Unix(int64(r.FulfilledAt), 0).UTC(), CallbackOK: r.CallbackOk,
		Outputs: make([]int64, len(r.Outputs))}
	for i, v := range r.Outputs {
		if !v.IsInt64() {
			return res, true, cohort.Errorf(cohort.EInvalid, "inference result %d: output %d (%s) does not fit 64 bits", id, i, v)
		}
		res.Outputs[i] = v.Int64()
	}
	return res, true, nil
}

// VerifierCalldata encodes a call of a gnark-exported Groth16 verifier's verifyProof(bytes,
// uint256[N]) for N public inputs, the way InferenceOracle calls it.
func VerifierCalldata(proof []byte, inputs []*big.Int) []byte {
	sel := crypto.Keccak256([]byte(fmt.Sprintf("verifyProof(bytes,uint256[%d])", len(inputs))))[:4]
	data := append([]byte{}, sel...)
	data = append(data, word(big.NewInt(int64(32*(len(inputs)+1))))...)
	for _, x := range inputs {
		data = append(data, word(x)...)
	}
	data = append(data, word(big.NewInt(int64(len(proof))))...)
	data = append(data, proof...)
	if pad := (32 - len(proof)%32) % 32; pad != 0 {
		data = append(data, make([]byte, pad)...)
	}
	return data
}

// VerifyGas checks a proof against a deployed verifier with a read-only call and returns the gas a
// transaction calling verifyProof directly would use (the intrinsic 21,000 and calldata included). A
// proof that does not verify is a cohort.EInvalid error.
func (c *Conn) VerifyGas(ctx context.Context, from, verifier common.Address, proof []byte, inputs []*big.Int) (uint64, error) {
	for i, x := range inputs {
		if x.Sign() < 0 || x.Cmp(fieldModulus) >= 0 {
			return 0, cohort.Errorf(cohort.EInvalid, "public input %d is not a field element", i)
		}
	}
	msg := ethereum.CallMsg{From: from, To: &verifier, Data: VerifierCalldata(proof, inputs)}
	gas, err := c.b.EstimateGas(ctx, msg)
	if err != nil {
		return 0, wrap(cohort.EInvalid, "verify proof on chain", err)
	}
	return gas, nil
}
