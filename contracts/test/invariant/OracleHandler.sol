// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {HandlerBase} from "./HandlerBase.sol";
import {World} from "./World.sol";
import {InferenceOracle, InferenceParams, InferenceRequest} from "../../src/InferenceOracle.sol";

/// @notice Drives InferenceOracle: requests with escrowed fees, fulfilment with valid and invalid
/// proofs (MockVerifier), cancellation after expiry, pausing models. Ghosts: the fees of pending
/// requests (what the oracle must hold), fees paid to miners and refunded to requesters.
contract OracleHandler is HandlerBase {
    InferenceOracle internal immutable oracle;

    struct GhostRequest {
        address requester;
        address prover;
        uint96 fee;
        uint8 status; // 1 pending, 2 fulfilled, 3 cancelled
        uint32 deadline;
        uint8 outputs;
    }

    GhostRequest[] internal _reqs;
    uint256 public ghostPendingFees;
    mapping(address => uint256) public ghostMinerPaid;
    mapping(address => uint256) public ghostRequested;
    mapping(address => uint256) public ghostRefunded;

    constructor(World w) HandlerBase(w) {
        oracle = w.oracle();
    }

    function request(uint256 actorSeed, bool second, uint96 fee, uint32 ttl, bool pinProver) external timed {
        address a = world.actor(actorSeed);
        InferenceParams memory p;
        p.modelId = bytes32(uint256(second ? 2 : 1));
        p.inputCommit = actorSeed % 1e9;
        p.fee = uint96(_bound(fee, 0, 1e20));
        p.prover = pinProver ? world.actor(actorSeed >> 8) : address(0);
        p.ttl = uint32(_bound(ttl, 1, 3 days));
        vm.assume(oracle.model(p.modelId).active);
        uint256 before = _bal(address(oracle));
        vm.prank(a);
        (uint256 id,) = oracle.request(p);
        uint256 got = _bal(address(oracle)) - before;
        _check(got == p.fee, "request: escrow != fee");
        _check(id == _reqs.length, "request: id");
        _reqs.push(GhostRequest(a, p.prover, p.fee, 1, uint32(block.timestamp + p.ttl), second ? 3 : 1));
        ghostPendingFees += got;
        ghostRequested[a] += got;
    }

    function fulfil(uint256 actorSeed, uint256 reqSeed, int64 out) external timed {
        (uint256 id, address m, int256[] memory outputs, bytes memory proof) = _answer(actorSeed, reqSeed, out);
        GhostRequest storage q = _reqs[id];
        uint256 before = _bal(m);
        vm.prank(m);
        oracle.fulfil(id, outputs, proof);
        uint256 got = _bal(m) - before;
        _check(q.status == 1 && block.timestamp <= q.deadline, "fulfil: not pending or expired");
        _check(q.prover == address(0) || q.prover == m, "fulfil: by a miner other than the pinned prover");
        _check(got == q.fee, "fulfil: paid != fee");
        q.status = 2;
        ghostPendingFees -= q.fee;
        ghostMinerPaid[m] += got;
    }

    /// @notice Attack: a proof with one byte changed must never be accepted.
    function fulfilForged(uint256 actorSeed, uint256 reqSeed, int64 out, uint8 at) external timed {
        (uint256 id, address m, int256[] memory outputs, bytes memory proof) = _answer(actorSeed, reqSeed, out);
        proof[at % proof.length] ^= bytes1(uint8(1));
        vm.prank(m);
        try oracle.fulfil(id, outputs, proof) {
            _check(false, "fulfil: a forged proof was accepted");
        } catch {}
    }

    function _answer(uint256 actorSeed, uint256 reqSeed, int64 out)
        internal
        view
        returns (uint256 id, address m, int256[] memory outputs, bytes memory proof)
    {
        id = _pending(reqSeed);
        vm.assume(block.timestamp <= _reqs[id].deadline);
        GhostRequest storage q = _reqs[id];
        // Usually the pinned prover when there is one.
        m = q.prover != address(0) ? q.prover : world.actor(actorSeed);
        outputs = new int256[](q.outputs);
        int256 o = out == type(int64).min ? int256(0) : int256(out);
        for (uint256 i = 0; i < outputs.length; ++i) outputs[i] = o / int256(i + 1);
        proof = world.verifier().proofFor(oracle.publicInputs(id, m, outputs));
    }

    function cancel(uint256 reqSeed) external timed {
        uint256 id = _pending(reqSeed);
        GhostRequest storage q = _reqs[id];
        // The request must have expired: move the clock past its deadline when it has not.
        if (block.timestamp <= q.deadline) {
            world.advance(q.deadline + 1 - block.timestamp);
            vm.warp(world.now_());
        }
        address caller = q.requester;
        uint256 before = _bal(caller);
        vm.prank(caller);
        oracle.cancel(id);
        uint256 got = _bal(caller) - before;
        _check(q.status == 1 && block.timestamp > q.deadline, "cancel: not pending or not expired");
        _check(got == q.fee, "cancel: refund != fee");
        q.status = 3;
        ghostPendingFees -= q.fee;
        ghostRefunded[caller] += got;
        _check(ghostRefunded[caller] <= ghostRequested[caller], "cancel: beyond escrow");
    }

    /// @notice Attack: only the requester may cancel.
    function cancelByStranger(uint256 reqSeed, uint256 strangerSeed) external timed {
        uint256 n = _reqs.length;
        vm.assume(n != 0);
        uint256 id = reqSeed % n;
        address s = world.actor(strangerSeed);
        vm.assume(s != _reqs[id].requester);
        vm.prank(s);
        try oracle.cancel(id) {
            _check(false, "cancel: by someone other than the requester");
        } catch {}
    }

    function setModelActive(bool second, uint8 mode) external timed {
        vm.prank(world.admin());
        oracle.setModelActive(bytes32(uint256(second ? 2 : 1)), mode % 4 != 0);
    }

    /// @dev A pending request, searched from a seeded index (the call is discarded when there is none).
    function _pending(uint256 seed) internal view returns (uint256 id) {
        uint256 n = _reqs.length;
        vm.assume(n != 0);
        for (uint256 k = 0; k < n; ++k) {
            id = (seed + k) % n;
            if (_reqs[id].status == 1) return id;
        }
        vm.assume(false);
    }

    function requestCount() external view returns (uint256) {
        return _reqs.length;
    }

    function ghostRequestStatus(uint256 id) external view returns (uint8) {
        return _reqs[id].status;
    }
}
