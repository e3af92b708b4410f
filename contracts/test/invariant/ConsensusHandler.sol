// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {HandlerBase} from "./HandlerBase.sol";
import {World} from "./World.sol";
import {NodeRegistry} from "../../src/NodeRegistry.sol";
import {ValidatorConsensus} from "../../src/ValidatorConsensus.sol";

/// @notice Drives ValidatorConsensus: anyone funds the reward pool; validators commit weight vectors
/// over the trainers in the commit phase and reveal them in the reveal phase (the handler moves the
/// clock to the phase it needs); anyone finalizes finished epochs in order; nodes and validators claim.
/// Attacks that must revert: a commit by a non-validator, a reveal that differs from the commitment, a
/// claim with nothing credited, finalizing an epoch that is not over.
///
/// Ghosts: tokens funded and claimed, what each finalize moved from the pool to the credited balances
/// (at most the epoch's reward and never more than the pool), and per account what finalize credited and
/// what it claimed. The consensus math itself (median, clipping, bonds) is internal/consensus's and is
/// tested there; here only its money is.
contract ConsensusHandler is HandlerBase {
    ValidatorConsensus internal immutable vc;
    NodeRegistry internal immutable reg;

    struct Pending {
        address[] nodes;
        uint16[] weights;
        bytes32 salt;
    }

    mapping(uint256 => mapping(address => Pending)) internal _pending;

    /// @notice Tokens funded into the pool and paid out of it by finalize.
    uint256 public ghostFunded;
    uint256 public ghostPaid;
    /// @notice What finalize credited each account, and what it claimed.
    mapping(address => uint256) public ghostCredited;
    mapping(address => uint256) public ghostClaimed;
    uint256 public ghostClaimedTotal;
    /// @notice Epochs finalized with reveals (for the call summaries' sake).
    uint256 public paidEpochs;

    constructor(World w) HandlerBase(w) {
        vc = w.consensus();
        reg = w.registry();
    }

    function warp(uint256 secs) external {
        world.advance(_bound(secs, 1, 12 hours));
    }

    function fund(uint256 actorSeed, uint256 amount) external timed {
        address a = world.actor(actorSeed);
        amount = _bound(amount, 1, 100e18);
        uint256 before = _bal(address(vc));
        vm.prank(a);
        vc.fund(amount);
        uint256 got = _bal(address(vc)) - before;
        _check(got == amount, "fund: pulled != amount");
        ghostFunded += got;
    }

    /// @notice A validator commits a vector over the active trainers (moving the clock to the next
    /// epoch's commit phase when the current one's has closed).
    function commit(uint256 validatorSeed, uint256 weightSeed) external timed {
        address v = world.actor(6 + validatorSeed % 4);
        vm.assume(reg.isActive(v, 4));
        if (!vc.inCommitPhase()) {
            uint256 into = (block.timestamp - vc.start()) % vc.epochLength();
            world.advance(vc.epochLength() - into);
            vm.warp(world.now_());
        }
        uint256 e = vc.currentEpoch();
        Pending storage p = _pending[e][v];
        delete p.nodes;
        delete p.weights;
        uint256 sum;
        for (uint256 i = 0; i < 6; ++i) {
            address t = world.actor(i);
            if (!reg.isActive(t, 1)) continue;
            uint16 wt = uint16(uint256(keccak256(abi.encode(weightSeed, i))) % 10_001);
            p.nodes.push(t);
            p.weights.push(wt);
            sum += wt;
        }
        vm.assume(sum != 0);
        p.salt = keccak256(abi.encode(weightSeed));
        bytes32 c = vc.commitmentFor(e, v, p.nodes, p.weights, p.salt);
        vm.prank(v);
        vc.commit(c);
    }

    /// @notice Attack: a commit by an account that is not an active validator.
    function commitByNonValidator(uint256 actorSeed) external timed {
        address a = world.actor(actorSeed);
        vm.assume(!reg.isActive(a, 4) && vc.inCommitPhase());
        vm.prank(a);
        try vc.commit(keccak256("x")) {
            _check(false, "commit: by an account that is not an active validator");
        } catch {}
    }

    /// @notice Reveals a committed vector (moving the clock to the reveal phase when needed); with
    /// `tamper` set, one weight differs from the commitment and the reveal must revert.
    function reveal(uint256 validatorSeed, bool tamper) external timed {
        address v = world.actor(6 + validatorSeed % 4);
        uint256 e = vc.currentEpoch();
        Pending storage p = _pending[e][v];
        vm.assume(p.nodes.length != 0);
        if (vc.inCommitPhase()) {
            uint256 into = (block.timestamp - vc.start()) % vc.epochLength();
            world.advance(vc.commitWindow() - into);
            vm.warp(world.now_());
        }
        uint16[] memory ws = p.weights;
        if (tamper) {
            ws[validatorSeed % ws.length] = ws[validatorSeed % ws.length] == 1 ? 2 : 1;
            vm.prank(v);
            try vc.reveal(e, p.nodes, ws, p.salt) {
                _check(false, "reveal: a vector other than the committed one");
            } catch {}
            return;
        }
        vm.prank(v);
        vc.reveal(e, p.nodes, ws, p.salt);
        delete _pending[e][v];
    }

    /// @notice Finalizes the next epochs in order (up to 8 per call): the pool pays at most the epoch's
    /// reward, exactly into the credited balances.
    function finalize() external timed {
        vm.assume(vc.finalizedThrough() < vc.currentEpoch());
        address[] memory h = world.holders();
        for (uint256 k = 0; k < 8; ++k) {
            uint256 e = vc.finalizedThrough();
            if (e >= vc.currentEpoch()) break;
            uint256[] memory before = new uint256[](h.length);
            for (uint256 i = 0; i < h.length; ++i) before[i] = vc.balanceOf(h[i]);
            uint256 pool = vc.pool();
            vc.finalize(e);
            uint256 paid = pool - vc.pool();
            uint256 credited;
            for (uint256 i = 0; i < h.length; ++i) {
                uint256 d = vc.balanceOf(h[i]) - before[i];
                ghostCredited[h[i]] += d;
                credited += d;
            }
            _check(paid == credited, "finalize: paid out of the pool != credited");
            _check(paid <= world.REWARD_PER_EPOCH(), "finalize: paid more than the epoch's reward");
            ghostPaid += paid;
            if (paid != 0) ++paidEpochs;
        }
    }

    /// @notice Attack: finalizing an epoch that is not over, or one already finalized.
    function finalizeEarly(bool again) external timed {
        uint256 e = again ? vc.finalizedThrough() : vc.currentEpoch();
        vm.assume(!again || e != 0);
        if (again) e -= 1;
        try vc.finalize(e) {
            _check(false, "finalize: an epoch not over, or twice");
        } catch {}
    }

    function claim(uint256 actorSeed) external timed {
        address a = world.actor(actorSeed);
        uint256 have = vc.balanceOf(a);
        vm.assume(have != 0);
        uint256 before = _bal(a);
        vm.prank(a);
        vc.claim();
        uint256 got = _bal(a) - before;
        ghostClaimed[a] += got;
        ghostClaimedTotal += got;
        _check(got == have, "claim: received != balance");
        _check(ghostClaimed[a] <= ghostCredited[a], "claim: beyond credit");
    }

    /// @notice Attack: a claim with nothing credited.
    function claimNothing(uint256 actorSeed) external timed {
        address a = world.actor(actorSeed);
        vm.assume(vc.balanceOf(a) == 0);
        vm.prank(a);
        try vc.claim() {
            _check(false, "claim: with nothing credited");
        } catch {}
    }
}
