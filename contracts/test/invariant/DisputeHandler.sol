// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {HandlerBase} from "./HandlerBase.sol";
import {World} from "./World.sol";
import {NodeRegistry} from "../../src/NodeRegistry.sol";
import {TrainingDispute, TrainingCommitment} from "../../src/TrainingDispute.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";

/// @notice Drives TrainingDispute: a validator opens a challenge of a trainer's signed training
/// commitment (four checkpoints under a Merkle root the handler builds), posting the challenger bond; the
/// trainer posts midpoints with proofs, the challenger chooses halves, the trainer discloses, validators
/// vote, and anyone times a stalled game out. Attacks that must revert: a forged signature, a midpoint
/// with a wrong leaf, a move by the wrong party, a second vote, an early timeout.
///
/// Ghosts: the bonds of open challenges (the contract's whole balance); per trainer the stake bonded for
/// its open games (min(free stake, slash) at open, released when it does not lose); and what each
/// settlement must pay: the bond back to the winner (the challenger also when dismissed) and, when the
/// challenger wins, the bonded stake plus the rest of the slash from the trainer's free stake and
/// unbonding tokens to the challenger (noted in the world's per-node slash ledger so the registry's
/// conservation check holds).
contract DisputeHandler is HandlerBase {
    TrainingDispute internal immutable td;
    NodeRegistry internal immutable reg;

    struct GhostDispute {
        address trainer;
        address challenger;
        bytes32 leafSeed;
        bool open;
        uint8 votesFor;
        uint8 votesAgainst;
        uint96 held; // the trainer's stake bonded for the game: min(free stake at open, slash)
    }

    uint256[] internal _ids;
    mapping(uint256 => GhostDispute) internal _gd;
    uint256 internal _nonce;

    /// @notice Bonds of the challenges not yet settled.
    uint256 public ghostOpenBonds;
    /// @notice Bonds paid in and out, all challenges together.
    uint256 public ghostBondsIn;
    uint256 public ghostBondsOut;
    /// @notice Per trainer, its stake bonded for open games (the registry's bonded stake holds this
    /// plus the market's bonds).
    mapping(address => uint256) public ghostHeld;
    /// @notice Settlements seen (for the call summaries' sake).
    uint256 public settled;

    constructor(World w) HandlerBase(w) {
        td = w.dispute();
        reg = w.registry();
    }

    function warp(uint256 secs) external {
        world.advance(_bound(secs, 1, 12 hours));
    }

    function open(uint256 trainerSeed, uint256 challengerSeed, uint8 lo, uint8 hi) external timed {
        uint256 ti = trainerSeed % 6;
        address trainer = world.actor(ti);
        address ch = world.actor(6 + challengerSeed % 4);
        if (challengerSeed % 5 == 0) ch = world.actor(challengerSeed >> 3);
        vm.assume(ch != trainer && reg.isActive(ch, 4) && reg.nodeInfo(trainer).registered);
        vm.assume(world.token().balanceOf(ch) >= world.CHALLENGE_BOND());
        lo = uint8(lo % 3);
        hi = uint8(_bound(hi, lo + 1, 3));
        bytes32 seed = keccak256(abi.encode(++_nonce));
        TrainingCommitment memory c = _commitment(trainer, seed);
        bytes memory sig = _sign(world.keyOf(ti), c);
        uint256 free = reg.nodeInfo(trainer).stake;
        uint96 held = uint96(free < world.CHALLENGE_SLASH() ? free : world.CHALLENGE_SLASH());
        uint256 before = _bal(address(td));
        vm.prank(ch);
        uint256 id = td.open(c, sig, lo, hi);
        uint256 got = _bal(address(td)) - before;
        _check(got == world.CHALLENGE_BOND(), "open: took != the challenger bond");
        ghostOpenBonds += got;
        ghostBondsIn += got;
        _ids.push(id);
        _gd[id] = GhostDispute(trainer, ch, seed, true, 0, 0, held);
        ghostHeld[trainer] += held;
        _check(reg.nodeInfo(trainer).stake == free - held, "open: bonded other than min(free stake, slash)");
    }

    /// @notice Attack: a commitment signed by someone other than the trainer it names.
    function openForged(uint256 trainerSeed, uint256 signerSeed, uint256 challengerSeed) external timed {
        address trainer = world.actor(trainerSeed % 6);
        uint256 si = signerSeed % world.ACTORS();
        vm.assume(world.actor(si) != trainer);
        address ch = world.actor(6 + challengerSeed % 4);
        TrainingCommitment memory c = _commitment(trainer, keccak256(abi.encode(++_nonce)));
        bytes memory sig = _sign(world.keyOf(si), c);
        vm.prank(ch);
        try td.open(c, sig, 0, 3) {
            _check(false, "open: a commitment not signed by its trainer");
        } catch {}
    }

    function postMidpoint(uint256 disputeSeed, bool wrongLeaf) external timed {
        uint256 id = _pickPhase(disputeSeed, TrainingDispute.Phase.AwaitMidpoint);
        TrainingDispute.Dispute memory d = td.dispute(id);
        vm.assume(block.timestamp <= d.deadline);
        GhostDispute storage g = _gd[id];
        (bytes32 leaf, bytes32[] memory proof) = _proof(g.leafSeed, d.mid);
        if (wrongLeaf) {
            vm.prank(g.trainer);
            try td.postMidpoint(id, keccak256(abi.encode(leaf)), proof) {
                _check(false, "postMidpoint: a leaf that is not under the root");
            } catch {}
            return;
        }
        vm.prank(g.trainer);
        td.postMidpoint(id, leaf, proof);
    }

    function choose(uint256 disputeSeed, bool faultFirst) external timed {
        uint256 id = _pickPhase(disputeSeed, TrainingDispute.Phase.AwaitChoice);
        vm.assume(block.timestamp <= td.dispute(id).deadline);
        vm.prank(_gd[id].challenger);
        td.choose(id, faultFirst);
    }

    function disclose(uint256 disputeSeed, bytes32 disclosure) external timed {
        uint256 id = _pickPhase(disputeSeed, TrainingDispute.Phase.AwaitDisclosure);
        vm.assume(block.timestamp <= td.dispute(id).deadline);
        vm.prank(_gd[id].trainer);
        td.disclose(id, disclosure);
    }

    /// @notice Attack: a move by someone other than the party whose move it is.
    function moveByStranger(uint256 disputeSeed, uint256 strangerSeed) external timed {
        uint256 id = _pickOpen(disputeSeed);
        GhostDispute storage g = _gd[id];
        TrainingDispute.Dispute memory d = td.dispute(id);
        address s = world.actor(strangerSeed);
        vm.prank(s);
        if (d.phase == TrainingDispute.Phase.AwaitChoice) {
            vm.assume(s != g.challenger);
            try td.choose(id, true) {
                _check(false, "choose: by someone other than the challenger");
            } catch {}
        } else if (d.phase == TrainingDispute.Phase.AwaitDisclosure) {
            vm.assume(s != g.trainer);
            try td.disclose(id, bytes32(0)) {
                _check(false, "disclose: by someone other than the trainer");
            } catch {}
        } else if (d.phase == TrainingDispute.Phase.AwaitMidpoint) {
            vm.assume(s != g.trainer);
            (bytes32 leaf, bytes32[] memory proof) = _proof(g.leafSeed, d.mid);
            try td.postMidpoint(id, leaf, proof) {
                _check(false, "postMidpoint: by someone other than the trainer");
            } catch {}
        } else {
            vm.assume(false);
        }
    }

    function vote(uint256 disputeSeed, uint256 voterSeed, bool trainerRight) external timed {
        uint256 id = _pickPhase(disputeSeed, TrainingDispute.Phase.AwaitVotes);
        vm.assume(block.timestamp <= td.dispute(id).deadline);
        GhostDispute storage g = _gd[id];
        address v = world.actor(6 + voterSeed % 4);
        if (voterSeed % 5 == 0) v = world.actor(voterSeed >> 3);
        vm.assume(v != g.trainer && v != g.challenger && reg.isActive(v, 4));
        uint256 need = uint256(td.quorum()) / 2 + 1;
        bool settles = (trainerRight ? g.votesFor : g.votesAgainst) + 1 >= need;
        Snapshot memory s = _snap(g);
        vm.prank(v);
        try td.vote(id, trainerRight) {}
        catch {
            return; // this validator already voted (the attack below checks that it must revert)
        }
        if (trainerRight) g.votesFor++;
        else g.votesAgainst++;
        if (settles) _settled(id, s, trainerRight ? TrainingDispute.Outcome.TrainerWins : TrainingDispute.Outcome.ChallengerWins);
        else _check(_bal(address(td)) == s.td, "vote: tokens moved before the quorum");
    }

    /// @notice Attack: voting twice.
    function voteTwice(uint256 disputeSeed, uint256 voterSeed, bool trainerRight) external timed {
        uint256 id = _pickPhase(disputeSeed, TrainingDispute.Phase.AwaitVotes);
        vm.assume(block.timestamp <= td.dispute(id).deadline);
        GhostDispute storage g = _gd[id];
        address v = world.actor(6 + voterSeed % 4);
        vm.assume(v != g.trainer && v != g.challenger && reg.isActive(v, 4) && g.votesFor + g.votesAgainst == 0);
        vm.prank(v);
        td.vote(id, trainerRight);
        if (trainerRight) g.votesFor++;
        else g.votesAgainst++;
        vm.prank(v);
        try td.vote(id, trainerRight) {
            _check(false, "vote: twice by one validator");
        } catch {}
    }

    /// @notice Times a stalled game out (moving the clock past its deadline): a missed midpoint or
    /// disclosure loses for the trainer, a missed choice for the challenger; votes without a majority
    /// dismiss the challenge (the bond goes back).
    function timeout(uint256 disputeSeed) external timed {
        vm.assume(disputeSeed % 3 == 0); // now and then: it moves the clock past a deadline
        uint256 id = _pickOpen(disputeSeed);
        TrainingDispute.Dispute memory d = td.dispute(id);
        if (block.timestamp <= d.deadline) {
            world.advance(d.deadline + 1 - block.timestamp);
            vm.warp(world.now_());
        }
        GhostDispute storage g = _gd[id];
        Snapshot memory s = _snap(g);
        td.timeout(id);
        TrainingDispute.Outcome o = d.phase == TrainingDispute.Phase.AwaitChoice
            ? TrainingDispute.Outcome.TrainerWins
            : d.phase == TrainingDispute.Phase.AwaitVotes ? TrainingDispute.Outcome.Dismissed : TrainingDispute.Outcome.ChallengerWins;
        _settled(id, s, o);
    }

    /// @notice Attack: a timeout before the deadline.
    function timeoutEarly(uint256 disputeSeed) external timed {
        uint256 id = _pickOpen(disputeSeed);
        vm.assume(block.timestamp <= td.dispute(id).deadline);
        try td.timeout(id) {
            _check(false, "timeout: before the deadline");
        } catch {}
    }

    // ---- ghost bookkeeping ----

    struct Snapshot {
        uint256 td;
        uint256 trainer;
        uint256 challenger;
        uint256 held; // the trainer's free stake + unbonding in the registry
    }

    function _snap(GhostDispute storage g) internal view returns (Snapshot memory s) {
        NodeRegistry.Node memory n = reg.nodeInfo(g.trainer);
        s = Snapshot(_bal(address(td)), _bal(g.trainer), _bal(g.challenger), uint256(n.stake) + n.unbonding);
    }

    function _settled(uint256 id, Snapshot memory s, TrainingDispute.Outcome o) internal {
        GhostDispute storage g = _gd[id];
        uint256 bond = world.CHALLENGE_BOND();
        g.open = false;
        ghostOpenBonds -= bond;
        ghostBondsOut += bond;
        ++settled;
        TrainingDispute.Dispute memory d = td.dispute(id);
        _check(d.phase == TrainingDispute.Phase.Settled && d.outcome == o, "dispute: outcome != the rule's");
        _check(s.td - _bal(address(td)) == bond, "dispute: paid out != one bond");
        ghostHeld[g.trainer] -= g.held;
        if (o == TrainingDispute.Outcome.TrainerWins) {
            _check(_bal(g.trainer) - s.trainer == bond, "dispute: the winning trainer did not get the bond");
            return;
        }
        uint256 slashed;
        if (o == TrainingDispute.Outcome.ChallengerWins) {
            // The bonded part, then the rest of the slash from free stake and unbonding.
            uint256 rest = world.CHALLENGE_SLASH() - g.held;
            slashed = g.held + (rest < s.held ? rest : s.held);
            world.noteSlash(g.trainer, slashed);
        }
        _check(_bal(g.challenger) - s.challenger == bond + slashed, "dispute: the challenger got other than bond + slash");
    }

    function _commitment(address trainer, bytes32 seed) internal view returns (TrainingCommitment memory c) {
        c.task = seed;
        c.round = 1;
        c.trainer = trainer;
        c.root = _root(seed);
        c.checkpoints = 4;
        c.globalHash = keccak256("global");
        c.dataRoot = keccak256("data");
        c.updateHash = keccak256("update");
        c.rows = 64;
        c.steps = 12;
        c.blockSteps = 4;
    }

    function _sign(uint256 key, TrainingCommitment memory c) internal view returns (bytes memory) {
        bytes32 h = MessageHashUtils.toEthSignedMessageHash(td.digest(c));
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, h);
        return abi.encodePacked(r, s, v);
    }

    function _leaf(bytes32 seed, uint256 i) internal pure returns (bytes32) {
        return keccak256(abi.encode(seed, i));
    }

    function _node(bytes32 a, bytes32 b) internal view returns (bytes32) {
        return sha256(abi.encodePacked(td.NODE_DOMAIN(), a, b));
    }

    function _root(bytes32 seed) internal view returns (bytes32) {
        return _node(_node(_leaf(seed, 0), _leaf(seed, 1)), _node(_leaf(seed, 2), _leaf(seed, 3)));
    }

    function _proof(bytes32 seed, uint256 i) internal view returns (bytes32 leaf, bytes32[] memory proof) {
        leaf = _leaf(seed, i);
        proof = new bytes32[](2);
        proof[0] = _leaf(seed, i ^ 1);
        proof[1] = i < 2 ? _node(_leaf(seed, 2), _leaf(seed, 3)) : _node(_leaf(seed, 0), _leaf(seed, 1));
    }

    function _pickOpen(uint256 seed) internal view returns (uint256) {
        uint256 n = _ids.length;
        vm.assume(n != 0);
        for (uint256 k = 0; k < n; ++k) {
            uint256 id = _ids[(seed % n + k) % n];
            if (_gd[id].open) return id;
        }
        vm.assume(false);
        return 0;
    }

    function _pickPhase(uint256 seed, TrainingDispute.Phase phase) internal view returns (uint256) {
        uint256 n = _ids.length;
        vm.assume(n != 0);
        for (uint256 k = 0; k < n; ++k) {
            uint256 id = _ids[(seed % n + k) % n];
            if (_gd[id].open && td.dispute(id).phase == phase) return id;
        }
        vm.assume(false);
        return 0;
    }

    function disputeCount() external view returns (uint256) {
        return _ids.length;
    }

    function isOpen(uint256 index) external view returns (uint256 id, bool open_) {
        id = _ids[index];
        open_ = _gd[id].open;
    }
}
