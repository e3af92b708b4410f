// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";
import {IInferenceConsumer} from "./IInferenceConsumer.sol";

/// @notice A registered model: the Groth16 verifier exported from its verifying key.
struct OracleModel {
    address verifier; // the gnark-exported verifier: verifyProof(bytes, uint256[4 + numOutputs])
    uint16 numOutputs;
    bool active;
    bytes4 selector; // verifyProof(bytes,uint256[N]) for N = 4 + numOutputs
    address owner; // may pause the model
}

/// @notice What a requester asks for.
struct InferenceParams {
    bytes32 modelId; // a registered, active model
    uint256 inputCommit; // the circuit's input commitment (Poseidon2 of the packed input), below the field modulus
    uint96 fee; // escrowed from the requester, paid to the miner; zero for none
    address callback; // an IInferenceConsumer called with the result; zero for none
    uint32 callbackGasLimit; // gas given to the callback
    address prover; // the only miner that may answer; zero for any
    uint32 ttl; // seconds until the request expires and its fee can be refunded
}

/// @notice A request as the oracle stores it.
struct InferenceRequest {
    // slot 0
    address requester;
    uint96 fee;
    // slot 1
    address callback;
    uint32 deadline;
    uint32 callbackGasLimit;
    uint8 status; // 0 none, 1 pending, 2 fulfilled, 3 cancelled
    // slot 2
    address prover;
    // slots 3-4 (the proof's nonce is not stored: requestNonce(id) computes it)
    bytes32 modelId;
    uint256 inputCommit;
}

/// @notice A fulfilled request's result.
struct InferenceResult {
    address miner;
    uint32 fulfilledAt;
    bool callbackOk;
    int256[] outputs;
}

/// @title InferenceOracle
/// @notice Verifiable inference on chain. A registrar maps model ids to their Groth16 verifiers; anyone
/// (an EOA or a contract) requests an inference on a committed input, escrowing a fee in CohortToken;
/// a miner fulfils with the outputs and a proof whose public inputs are (model id, request nonce, the
/// miner's own address, input commitment, outputs). The oracle checks the proof with the model's
/// verifier, records the result, pays the miner and calls the requester's callback (a failing callback
/// is recorded, never blocks the result). A request is fulfilled at most once.
///
/// Outputs are canonical: each must be a signed 64-bit value in [-(2^63 - 1), 2^63 - 1], the range the
/// circuits' plain-Go reference computes in (zk.Validate bounds every accumulator to it). The verifier
/// sees an output v as the field element v mod r, so without the range check v and its alias v - r (or
/// v + r) would verify alike and a consumer could be handed a positive logit as about -2^254.
contract InferenceOracle is AccessControl, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice May register models.
    bytes32 public constant REGISTRAR_ROLE = keccak256("REGISTRAR_ROLE");
    /// @notice May pause new requests (the guardian multisig); only the admin (the DAO) resumes them.
    /// Fulfilment, cancellation and refunds never pause.
    bytes32 public constant GUARDIAN_ROLE = keccak256("GUARDIAN_ROLE");
    /// @notice The BN254 scalar field modulus: every public input must be below it.
    uint256 public constant FIELD_MODULUS = 21888242871839275222246405745257275088548364400416034343698204186575808495617;
    /// @notice The most outputs a model may have.
    uint16 public constant MAX_OUTPUTS = 64;
    /// @notice The most gas a callback may ask for.
    uint32 public constant MAX_CALLBACK_GAS = 2_000_000;
    /// @notice The longest a request may stay open, seconds.
    uint32 public constant MAX_TTL = 30 days;
    /// @notice The largest |output|: outputs are signed 64-bit values, -2^63 excluded (as zk.Statement).
    int256 public constant MAX_OUTPUT = type(int64).max;
    /// @notice The most bytes of a failed callback's revert data the oracle copies and logs.
    uint256 public constant MAX_REASON_BYTES = 256;

    uint8 internal constant PENDING = 1;
    uint8 internal constant FULFILLED = 2;
    uint8 internal constant CANCELLED = 3;

    /// @notice The fee token.
    IERC20 public immutable token;

    mapping(bytes32 modelId => OracleModel) internal _models;
    InferenceRequest[] internal _requests;
    mapping(uint256 requestId => InferenceResult) internal _results;
    /// @notice Whether new requests are paused (GUARDIAN_ROLE pauses, the admin resumes).
    bool public requestsPaused;

    event ModelRegistered(bytes32 indexed modelId, address verifier, uint16 numOutputs, address owner);
    event ModelActiveSet(bytes32 indexed modelId, bool active);
    event InferenceRequested(uint256 indexed requestId, bytes32 indexed modelId, address indexed requester, uint256 nonce,
        uint256 inputCommit, uint96 fee, address prover, address callback, uint32 deadline);
    event InferenceFulfilled(uint256 indexed requestId, address indexed miner, int256[] outputs, bool callbackOk);
    event CallbackFailed(uint256 indexed requestId, address indexed callback, bytes reason);
    event RequestCancelled(uint256 indexed requestId);
    event RequestsPausedSet(bool paused);

    error ModelExists(bytes32 modelId);
    error UnknownModel(bytes32 modelId);
    error ModelInactive(bytes32 modelId);
    error NotModelOwner(bytes32 modelId, address caller);
    error InvalidVerifier(address verifier);
    error InvalidOutputCount(uint256 got, uint256 want);
    error NotInField(uint256 value);
    error OutputOutOfRange(uint256 index, int256 value);
    error InvalidRequest();
    error UnknownRequest(uint256 requestId);
    error NotPending(uint256 requestId, uint8 status);
    error RequestExpired(uint256 requestId, uint32 deadline);
    error NotExpired(uint256 requestId, uint32 deadline);
    error NotRequester(uint256 requestId, address caller);
    error WrongProver(uint256 requestId, address want, address got);
    error ProofRejected(uint256 requestId);
    error InsufficientGas(uint256 have, uint256 want);
    error RequestsPaused();

    /// @notice Deploys the oracle.
    /// @param token_ the fee token.
    /// @param admin receives the admin and registrar roles.
    constructor(IERC20 token_, address admin) {
        token = token_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(REGISTRAR_ROLE, admin);
    }

    /// @notice Registers a model's verifier. Registrar role only: a verifier that accepts anything would
    /// let any miner answer anything, so requesters rely on the registrar's check that the verifier was
    /// exported from the verifying key whose hash is the model id.
    /// @param modelId the model id (the circuit's first public input), below the field modulus.
    /// @param verifier the deployed verifier contract.
    /// @param numOutputs the model's output count (1..MAX_OUTPUTS).
    /// @param owner may pause and resume the model.
    function registerModel(bytes32 modelId, address verifier, uint16 numOutputs, address owner)
        external
        onlyRole(REGISTRAR_ROLE)
    {
        if (uint256(modelId) >= FIELD_MODULUS) revert NotInField(uint256(modelId));
        if (_models[modelId].verifier != address(0)) revert ModelExists(modelId);
        if (verifier.code.length == 0) revert InvalidVerifier(verifier);
        if (numOutputs == 0 || numOutputs > MAX_OUTPUTS) revert InvalidOutputCount(numOutputs, MAX_OUTPUTS);
        bytes4 sel = bytes4(keccak256(abi.encodePacked("verifyProof(bytes,uint256[", Strings.toString(uint256(numOutputs) + 4), "])")));
        _models[modelId] = OracleModel({verifier: verifier, numOutputs: numOutputs, active: true, selector: sel, owner: owner});
        emit ModelRegistered(modelId, verifier, numOutputs, owner);
    }

    /// @notice Pauses or resumes a model: its owner or a registrar. Paused models take no new requests;
    /// open requests can still be fulfilled.
    /// @param modelId the model.
    /// @param active the new state.
    function setModelActive(bytes32 modelId, bool active) external {
        OracleModel storage m = _model(modelId);
        if (m.owner != msg.sender && !hasRole(REGISTRAR_ROLE, msg.sender)) revert NotModelOwner(modelId, msg.sender);
        m.active = active;
        emit ModelActiveSet(modelId, active);
    }

    /// @notice Stops new requests (guardian role): an emergency brake that moves no funds; open
    /// requests can still be fulfilled or cancelled and refunded.
    function pauseRequests() external onlyRole(GUARDIAN_ROLE) {
        requestsPaused = true;
        emit RequestsPausedSet(true);
    }

    /// @notice Resumes new requests (admin role: the DAO, through a proposal).
    function unpauseRequests() external onlyRole(DEFAULT_ADMIN_ROLE) {
        requestsPaused = false;
        emit RequestsPausedSet(false);
    }

    /// @notice Requests an inference; the fee (if any) is pulled with transferFrom and held until the
    /// request is fulfilled (paid to the miner) or expires and is cancelled (refunded).
    /// @param p the request.
    /// @return requestId the new request's id.
    /// @return nonce the nonce the proof must carry.
    function request(InferenceParams calldata p) external nonReentrant returns (uint256 requestId, uint256 nonce) {
        if (requestsPaused) revert RequestsPaused();
        OracleModel storage m = _model(p.modelId);
        if (!m.active) revert ModelInactive(p.modelId);
        if (p.inputCommit >= FIELD_MODULUS) revert NotInField(p.inputCommit);
        if (p.ttl == 0 || p.ttl > MAX_TTL || p.callbackGasLimit > MAX_CALLBACK_GAS) revert InvalidRequest();
        if (p.callback == address(0) && p.callbackGasLimit != 0) revert InvalidRequest();
        requestId = _requests.length;
        nonce = requestNonce(requestId);
        uint32 deadline = uint32(block.timestamp + p.ttl);
        _requests.push(InferenceRequest({
            requester: msg.sender, fee: p.fee, callback: p.callback, deadline: deadline,
            callbackGasLimit: p.callbackGasLimit, status: PENDING, prover: p.prover, modelId: p.modelId,
            inputCommit: p.inputCommit
        }));
        emit InferenceRequested(requestId, p.modelId, msg.sender, nonce, p.inputCommit, p.fee, p.prover, p.callback, deadline);
        if (p.fee != 0) token.safeTransferFrom(msg.sender, address(this), p.fee);
    }

    /// @notice Fulfils a pending request as the caller: the proof must verify with the caller's address
    /// as the prover public input. Records the result, pays the fee to the caller, then calls the
    /// callback with the request's gas limit; a reverting callback emits CallbackFailed with at most
    /// MAX_REASON_BYTES of its revert data, so no callback can make fulfilment cost more than its limit.
    /// @param requestId the request.
    /// @param outputs the model's outputs, each in [-MAX_OUTPUT, MAX_OUTPUT] (OutputOutOfRange otherwise).
    /// @param proof the proof in the verifier's form (gnark's MarshalSolidity).
    /// @dev Not nonReentrant, so that a callback may post its next request: the request is marked
    /// fulfilled before any external call, and a reentrant fulfil of it fails with NotPending.
    function fulfil(uint256 requestId, int256[] calldata outputs, bytes calldata proof) external {
        InferenceRequest storage q = _request(requestId);
        if (q.status != PENDING) revert NotPending(requestId, q.status);
        if (block.timestamp > q.deadline) revert RequestExpired(requestId, q.deadline);
        if (q.prover != address(0) && q.prover != msg.sender) revert WrongProver(requestId, q.prover, msg.sender);
        OracleModel storage m = _models[q.modelId];
        if (outputs.length != m.numOutputs) revert InvalidOutputCount(outputs.length, m.numOutputs);
        if (!_verify(m, q, requestId, msg.sender, outputs, proof)) revert ProofRejected(requestId);

        q.status = FULFILLED;
        InferenceResult storage res = _results[requestId];
        res.miner = msg.sender;
        res.fulfilledAt = uint32(block.timestamp);
        res.outputs = outputs;
        uint96 fee = q.fee;
        if (fee != 0) token.safeTransfer(msg.sender, fee);

        bool ok = true;
        if (q.callback != address(0)) {
            ok = _callback(requestId, q, outputs);
            res.callbackOk = ok;
        }
        emit InferenceFulfilled(requestId, msg.sender, outputs, ok);
    }

    /// @notice Cancels an expired, unfulfilled request and refunds its fee to the requester.
    /// @param requestId the request.
    function cancel(uint256 requestId) external nonReentrant {
        InferenceRequest storage q = _request(requestId);
        if (q.requester != msg.sender) revert NotRequester(requestId, msg.sender);
        if (q.status != PENDING) revert NotPending(requestId, q.status);
        if (block.timestamp <= q.deadline) revert NotExpired(requestId, q.deadline);
        q.status = CANCELLED;
        uint96 fee = q.fee;
        emit RequestCancelled(requestId);
        if (fee != 0) token.safeTransfer(msg.sender, fee);
    }

    /// @notice The nonce a request's proof carries: keccak256(chain id, this oracle, request id) cut to
    /// 248 bits, so it is below the field modulus and unique per chain, oracle and request.
    /// @param requestId the request.
    function requestNonce(uint256 requestId) public view returns (uint256) {
        return uint256(keccak256(abi.encode(block.chainid, address(this), requestId))) >> 8;
    }

    /// @notice The verifier's public inputs for a request answered by `prover` with `outputs`:
    /// (model id, nonce, prover, input commitment, outputs mod r). Reverts with OutputOutOfRange for an
    /// output outside [-MAX_OUTPUT, MAX_OUTPUT].
    /// @param requestId the request.
    /// @param prover the miner.
    /// @param outputs the outputs.
    function publicInputs(uint256 requestId, address prover, int256[] calldata outputs) external view returns (uint256[] memory) {
        return _publicInputs(_request(requestId), requestId, prover, outputs);
    }

    /// @notice A registered model.
    /// @param modelId the model.
    function model(bytes32 modelId) external view returns (OracleModel memory) {
        return _model(modelId);
    }

    /// @notice A request.
    /// @param requestId the request.
    function getRequest(uint256 requestId) external view returns (InferenceRequest memory) {
        return _request(requestId);
    }

    /// @notice A request's result (miner zero while it is not fulfilled).
    /// @param requestId the request.
    function result(uint256 requestId) external view returns (InferenceResult memory) {
        _request(requestId);
        return _results[requestId];
    }

    /// @notice How many requests were made.
    function requestCount() external view returns (uint256) {
        return _requests.length;
    }

    function _callback(uint256 requestId, InferenceRequest storage q, int256[] calldata outputs) internal returns (bool ok) {
        address cb = q.callback;
        uint256 limit = q.callbackGasLimit;
        // EIP-150 passes at most 63/64 of the remaining gas: make sure the callback gets its limit, so
        // that a miner cannot make it fail by sending too little gas.
        uint256 want = limit + limit / 63 + 20_000;
        if (gasleft() < want) revert InsufficientGas(gasleft(), want);
        // A call to an address without code would revert outside try/catch and block the result.
        if (cb.code.length == 0) {
            emit CallbackFailed(requestId, cb, "");
            return false;
        }
        // A low-level call that copies at most MAX_REASON_BYTES of what the callback returns: try/catch
        // would copy all of it (and the log would store all of it), and a callback reverting with about
        // 1 MB within its gas limit would push fulfil over the transaction gas cap for good.
        bytes memory data = abi.encodeCall(IInferenceConsumer.onInferenceResult, (requestId, q.modelId, outputs));
        bytes memory reason;
        uint256 maxReason = MAX_REASON_BYTES;
        assembly ("memory-safe") {
            ok := call(limit, cb, 0, add(data, 32), mload(data), 0, 0)
            if iszero(ok) {
                let n := returndatasize()
                if gt(n, maxReason) { n := maxReason }
                reason := mload(0x40)
                mstore(reason, n)
                returndatacopy(add(reason, 32), 0, n)
                mstore(0x40, add(add(reason, 32), and(add(n, 31), not(31))))
            }
        }
        if (!ok) emit CallbackFailed(requestId, cb, reason);
    }

    function _verify(OracleModel storage m, InferenceRequest storage q, uint256 requestId, address prover, int256[] calldata outputs, bytes calldata proof)
        internal
        view
        returns (bool ok)
    {
        uint256[] memory pub = _publicInputs(q, requestId, prover, outputs);
        uint256 pad = (32 - proof.length % 32) % 32;
        // verifyProof(bytes proof, uint256[N] input): the static array sits inline after the offset of
        // the proof bytes, which follow it.
        bytes memory data = abi.encodePacked(m.selector, uint256(32 * (pub.length + 1)), pub, proof.length, proof, new bytes(pad));
        (ok,) = m.verifier.staticcall(data);
    }

    function _publicInputs(InferenceRequest storage q, uint256 requestId, address prover, int256[] calldata outputs)
        internal
        view
        returns (uint256[] memory pub)
    {
        pub = new uint256[](4 + outputs.length);
        pub[0] = uint256(q.modelId);
        pub[1] = requestNonce(requestId);
        pub[2] = uint256(uint160(prover));
        pub[3] = q.inputCommit;
        for (uint256 i = 0; i < outputs.length; ++i) {
            int256 v = outputs[i];
            // Canonical outputs only: one signed 64-bit value per field element, never its alias mod r.
            if (v > MAX_OUTPUT || v < -MAX_OUTPUT) revert OutputOutOfRange(i, v);
            pub[4 + i] = v >= 0 ? uint256(v) : FIELD_MODULUS - uint256(-v);
        }
    }

    function _model(bytes32 modelId) internal view returns (OracleModel storage m) {
        m = _models[modelId];
        if (m.verifier == address(0)) revert UnknownModel(modelId);
    }

    function _request(uint256 requestId) internal view returns (InferenceRequest storage) {
        if (requestId >= _requests.length) revert UnknownRequest(requestId);
        return _requests[requestId];
    }
}
