// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";
import {IInferenceConsumer} from "./IInferenceConsumer.sol";

/// @notice The subnet check the oracle asks (SubnetRegistry).
interface ISubnetModelCheck {
    /// @notice Whether `modelId` may serve in `subnetId` now (an active inference subnet with that vk hash).
    function checkModel(uint256 subnetId, bytes32 modelId) external view returns (bool);
}

/// @notice A registered model: the Groth16 verifier exported from its verifying key.
struct OracleModel {
    address verifier; // the gnark-exported verifier: verifyProof(bytes, uint256[3 + packed outputs])
    uint16 numOutputs;
    bool active;
    bytes4 selector; // verifyProof(bytes,uint256[N]) for N = 3 + ceil(numOutputs / (247 / outputBits))
    uint8 outputBits; // the signed width of every output (zk.QModel.OutputBits), 2 to 64
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
/// a miner fulfils with the outputs and a proof whose public inputs are (model id, input commitment,
/// the binding of the request nonce and the miner's own address, the outputs packed; zk statement
/// format 3). The oracle checks the proof with the model's verifier, records the result, pays the
/// miner and calls the requester's callback (a failing callback is recorded, never blocks the result).
/// A request is fulfilled at most once.
///
/// Outputs are packed several to a public input, each in a slot of the model's outputBits bits (one
/// ecMul less on chain for every output folded in): element j is (outputBits - 1) + sum_t
/// (v + 2^(outputBits-1)) * 2^(6 + outputBits * t) over its outputs. Outputs are canonical: each must lie
/// in [-(2^(outputBits-1) - 1), 2^(outputBits-1) - 1], the range the model's circuit bounds them to
/// (zk.QModel.OutputBits); without the check an output could borrow from its neighbour's slot (v + 2^bits
/// next to w - 1 packs as v next to w) and a consumer could be handed outputs the model never gave.
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
    /// @notice The widest output, bits: outputs are at most signed 64-bit values (as zk.Statement).
    uint8 public constant MAX_OUTPUT_BITS = 64;
    /// @notice The domain tag of the nonce-and-prover binding (zk.Binding).
    bytes20 public constant BINDING_TAG = "cohort/zk/binding/v1";
    /// @notice The most bytes of a failed callback's revert data the oracle copies and logs.
    uint256 public constant MAX_REASON_BYTES = 256;

    uint256 internal constant OUTPUT_HEADER_BITS = 6;
    uint8 internal constant PENDING = 1;
    uint8 internal constant FULFILLED = 2;
    uint8 internal constant CANCELLED = 3;

    /// @notice The fee token.
    IERC20 public immutable token;

    mapping(bytes32 modelId => OracleModel) internal _models;
    InferenceRequest[] internal _requests;
    mapping(uint256 requestId => InferenceResult) internal _results;
    /// @notice Per model: the share of each fee paid to the model's royalty token, and that token.
    mapping(bytes32 modelId => Royalty) public royaltyOf;

    /// @notice A model's royalty: `bps` of every fee goes to `payee` (a ModelRegistry model's RoyaltyToken,
    /// whose holders claim it), the rest to the miner.
    struct Royalty {
        address payee;
        uint16 bps;
    }
    /// @notice The subnet registry models are checked against (zero: none yet).
    ISubnetModelCheck public subnets;
    /// @notice The subnet a model serves in (0: none); requests for it are checked against the subnet.
    mapping(bytes32 modelId => uint256) public subnetOf;
    /// @notice Whether new requests are paused (GUARDIAN_ROLE pauses, the admin resumes).
    bool public requestsPaused;

    event ModelRegistered(bytes32 indexed modelId, address verifier, uint16 numOutputs, address owner);
    event ModelActiveSet(bytes32 indexed modelId, bool active);
    event InferenceRequested(uint256 indexed requestId, bytes32 indexed modelId, address indexed requester, uint256 nonce,
        uint256 inputCommit, uint96 fee, address prover, address callback, uint32 deadline);
    event InferenceFulfilled(uint256 indexed requestId, address indexed miner, int256[] outputs, bool callbackOk);
    event CallbackFailed(uint256 indexed requestId, address indexed callback, bytes reason);
    event RequestCancelled(uint256 indexed requestId);
    event RoyaltySet(bytes32 indexed modelId, address payee, uint16 bps);
    event SubnetsSet(address subnets);
    event ModelSubnetSet(bytes32 indexed modelId, uint256 indexed subnetId);
    event RequestsPausedSet(bool paused);

    error ModelExists(bytes32 modelId);
    error UnknownModel(bytes32 modelId);
    error ModelInactive(bytes32 modelId);
    error NotModelOwner(bytes32 modelId, address caller);
    error InvalidVerifier(address verifier);
    error InvalidOutputCount(uint256 got, uint256 want);
    error InvalidOutputBits(uint8 bits);
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
    error InvalidRoyalty(address payee, uint16 bps);
    error SubnetMismatch(uint256 subnetId, bytes32 modelId);
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
    /// @param outputBits the signed width of its outputs (2..MAX_OUTPUT_BITS; the circuit file's model's
    /// zk.QModel.OutputBits): the slot width of the packed outputs, which the verifier binds.
    /// @param owner may pause and resume the model.
    function registerModel(bytes32 modelId, address verifier, uint16 numOutputs, uint8 outputBits, address owner)
        external
        onlyRole(REGISTRAR_ROLE)
    {
        if (uint256(modelId) >= FIELD_MODULUS) revert NotInField(uint256(modelId));
        if (_models[modelId].verifier != address(0)) revert ModelExists(modelId);
        if (verifier.code.length == 0) revert InvalidVerifier(verifier);
        if (numOutputs == 0 || numOutputs > MAX_OUTPUTS) revert InvalidOutputCount(numOutputs, MAX_OUTPUTS);
        if (outputBits < 2 || outputBits > MAX_OUTPUT_BITS) revert InvalidOutputBits(outputBits);
        uint256 per = (253 - OUTPUT_HEADER_BITS) / outputBits;
        uint256 n = 3 + (uint256(numOutputs) + per - 1) / per;
        bytes4 sel = bytes4(keccak256(abi.encodePacked("verifyProof(bytes,uint256[", Strings.toString(n), "])")));
        _models[modelId] = OracleModel({verifier: verifier, numOutputs: numOutputs, active: true, selector: sel,
            outputBits: outputBits, owner: owner});
        emit ModelRegistered(modelId, verifier, numOutputs, owner);
    }

    /// @notice Names the subnet registry. Admin only.
    /// @param subnets_ the SubnetRegistry.
    function setSubnets(ISubnetModelCheck subnets_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        subnets = subnets_;
        emit SubnetsSet(address(subnets_));
    }

    /// @notice Places a registered model in an inference subnet: the subnet must be active and its
    /// verifying-key hash must be the model id. Registrar role only. Requests for the model are then
    /// refused whenever the subnet stops agreeing (paused, retired, or given another verifying key).
    /// @param modelId the model.
    /// @param subnetId the subnet.
    function setModelSubnet(bytes32 modelId, uint256 subnetId) external onlyRole(REGISTRAR_ROLE) {
        _model(modelId);
        if (address(subnets) == address(0) || !subnets.checkModel(subnetId, modelId)) revert SubnetMismatch(subnetId, modelId);
        subnetOf[modelId] = subnetId;
        emit ModelSubnetSet(modelId, subnetId);
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
        uint256 subnetId = subnetOf[p.modelId];
        if (subnetId != 0 && !subnets.checkModel(subnetId, p.modelId)) revert SubnetMismatch(subnetId, p.modelId);
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
    /// @param outputs the model's outputs, each within its outputBits (OutputOutOfRange otherwise).
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
        if (fee != 0) _payFee(q.modelId, fee);

        bool ok = true;
        if (q.callback != address(0)) {
            ok = _callback(requestId, q, outputs);
            res.callbackOk = ok;
        }
        emit InferenceFulfilled(requestId, msg.sender, outputs, ok);
    }

    /// @notice Routes part of a model's fees to its royalty token (registrar role): `bps` (at most
    /// 10,000) of every fee fulfilled after this call goes to `payee`; zero payee and bps remove it.
    /// @param modelId a registered model.
    /// @param payee the model's RoyaltyToken (ModelRegistry.royaltyTokenOf), or zero.
    /// @param bps the royalty, basis points of the fee.
    function setRoyalty(bytes32 modelId, address payee, uint16 bps) external onlyRole(REGISTRAR_ROLE) {
        _model(modelId);
        if (bps > 10_000 || (payee == address(0)) != (bps == 0)) revert InvalidRoyalty(payee, bps);
        royaltyOf[modelId] = Royalty(payee, bps);
        emit RoyaltySet(modelId, payee, bps);
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
    /// (model id, input commitment, binding(nonce, prover), packed outputs). Reverts with
    /// OutputOutOfRange for an output outside the model's outputBits.
    /// @param requestId the request.
    /// @param prover the miner.
    /// @param outputs the outputs.
    function publicInputs(uint256 requestId, address prover, int256[] calldata outputs) external view returns (uint256[] memory) {
        InferenceRequest storage q = _request(requestId);
        return _publicInputs(_models[q.modelId], q, requestId, prover, outputs);
    }

    /// @notice The public input binding a proof to a request nonce and a prover (zk.Binding): SHA-256 of
    /// BINDING_TAG, the nonce (32 bytes) and the prover (20 bytes), its top byte cleared.
    /// @param nonce the request nonce.
    /// @param prover the miner.
    function binding(uint256 nonce, address prover) public pure returns (uint256) {
        return uint256(sha256(abi.encodePacked(BINDING_TAG, nonce, prover))) & type(uint248).max;
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
        uint256[] memory pub = _publicInputs(m, q, requestId, prover, outputs);
        uint256 pad = (32 - proof.length % 32) % 32;
        // verifyProof(bytes proof, uint256[N] input): the static array sits inline after the offset of
        // the proof bytes, which follow it.
        bytes memory data = abi.encodePacked(m.selector, uint256(32 * (pub.length + 1)), pub, proof.length, proof, new bytes(pad));
        (ok,) = m.verifier.staticcall(data);
    }

    function _publicInputs(OracleModel storage m, InferenceRequest storage q, uint256 requestId, address prover, int256[] calldata outputs)
        internal
        view
        returns (uint256[] memory pub)
    {
        uint256 bits = m.outputBits;
        uint256 per = (253 - OUTPUT_HEADER_BITS) / bits;
        pub = new uint256[](3 + (outputs.length + per - 1) / per);
        pub[0] = uint256(q.modelId);
        pub[1] = q.inputCommit;
        pub[2] = binding(requestNonce(requestId), prover);
        int256 lim = int256(1 << (bits - 1)) - 1;
        for (uint256 i = 0; i < outputs.length; ++i) {
            int256 v = outputs[i];
            // Canonical outputs only: within the slot width, never borrowing from a neighbour.
            if (v > lim || v < -lim) revert OutputOutOfRange(i, v);
            uint256 t = i % per;
            if (t == 0) pub[3 + i / per] = bits - 1;
            pub[3 + i / per] += uint256(v + lim + 1) << (OUTPUT_HEADER_BITS + bits * t);
        }
    }

    /// @dev Pays a fulfilled request's fee: the model's royalty to its royalty token (whose holders'
    /// claims distribute it), the rest to the miner.
    function _payFee(bytes32 modelId, uint96 fee) internal {
        Royalty memory r = royaltyOf[modelId];
        uint256 cut = (uint256(fee) * r.bps) / 10_000;
        if (cut != 0) token.safeTransfer(r.payee, cut);
        if (fee != cut) token.safeTransfer(msg.sender, fee - cut);
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
