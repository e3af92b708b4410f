// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {NodeRegistry} from "./NodeRegistry.sol";

/// @notice A trainer's commitment for one round of a task (internal/verify.Commitment): the checkpoint
/// Merkle root of its local training and what the checkpoints were computed from.
struct TrainingCommitment {
    bytes32 task;
    uint64 round;
    address trainer;
    bytes32 root;
    uint32 checkpoints;
    bytes32 globalHash;
    bytes32 dataRoot;
    bytes32 updateHash;
    uint32 rows;
    uint32 steps;
    uint32 blockSteps;
}

/// @notice What TrainingDispute needs of a market (TaskMarket's VERIFIER_ROLE functions).
interface IVerifiedMarket {
    function challengeOpened(uint256 taskId, address node) external;
    function challengeClosed(uint256 taskId, address node, address challenger, bool cheated) external;
}

/// @title TrainingDispute
/// @notice The bisection game over a trainer's checkpoint chain (issue 12). A staked validator opens a
/// challenge against the trainer's signed commitment with a bond; the trainer posts the midpoint checkpoint
/// (with its Merkle proof against the committed root) and the challenger names the half holding the fault,
/// alternately, each before a move deadline, until one step block is left; the trainer then publishes the
/// hash of that block's disclosure and a quorum of staked validators re-executes it off chain and votes.
/// The side that misses a move loses; the first side to a majority of the quorum wins; no verdict by the
/// vote deadline dismisses the challenge. A losing trainer is slashed through NodeRegistry (SLASHER_ROLE)
/// for the challenger; a losing challenger's bond goes to the trainer. While the game runs, up to the slash
/// amount of the trainer's free stake is bonded (LOCKER_ROLE), so it can neither be unbonded nor withdrawn;
/// the bond is slashed to the challenger when the trainer loses, released otherwise, and what the bond
/// could not cover is slashed from the trainer's stake and unbonding tokens. One open challenge per
/// (task, round, trainer).
/// With a market (TaskMarket, which grants this contract its VERIFIER_ROLE), a commitment's `task` is the
/// market's task id (as bytes32) and the trainer must be one of the task's selected nodes: `open` holds the
/// task's settlement until the game ends, and a trainer that loses also has its task bond and bid bond
/// slashed to the challenger and is not paid for the task.
/// @dev The commitment is the trainer's eth-signed SHA-256 digest, so this contract does not depend on
/// TaskMarket's internals.
contract TrainingDispute is ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    enum Phase {
        None,
        AwaitMidpoint,
        AwaitChoice,
        AwaitDisclosure,
        AwaitVotes,
        Settled
    }

    enum Outcome {
        Pending,
        TrainerWins,
        ChallengerWins,
        Dismissed
    }

    struct Dispute {
        address trainer;
        uint32 lo;
        uint32 hi;
        uint32 mid;
        address challenger;
        uint64 deadline;
        Phase phase;
        Outcome outcome;
        uint8 votesFor;
        uint8 votesAgainst;
        bytes32 root;
        bytes32 key;
        bytes32 disclosure;
        uint96 held; // the trainer's stake bonded for this game
        bytes32 task; // the commitment's task (the market's task id with a market)
    }

    /// @notice Prefix of a commitment's digest (internal/verify.CommitmentDomain).
    bytes public constant COMMITMENT_DOMAIN = "cohort/verify/commitment/v1\x00";
    /// @notice Prefix of a Merkle node's hash (internal/fl.MerkleNode).
    bytes public constant NODE_DOMAIN = "cohort/fl/merkle-node\x00";
    /// @notice Checkpoints per chain at most (internal/fl.MaxCheckpointBlocks).
    uint32 public constant MAX_CHECKPOINTS = 1 << 16;
    /// @notice Merkle proof depth at most.
    uint256 public constant MAX_DEPTH = 24;

    /// @notice The bond token.
    IERC20 public immutable token;
    /// @notice The registry that stakes, locks and slashes nodes.
    NodeRegistry public immutable registry;
    /// @notice The challenger's bond, in base units.
    uint96 public immutable bond;
    /// @notice What a losing trainer is slashed, in base units.
    uint96 public immutable slashAmount;
    /// @notice Seconds a party has for each move.
    uint32 public immutable moveTimeout;
    /// @notice Seconds the arbiters have to reach a verdict.
    uint32 public immutable voteTimeout;
    /// @notice Arbiters in a quorum; a side wins with quorum/2+1 votes.
    uint8 public immutable quorum;

    /// @notice Every dispute, by id (ids start at 1).
    mapping(uint256 => Dispute) internal _disputes;
    /// @notice The market whose tasks the commitments name (zero: none, commitments are not tied to one).
    IVerifiedMarket public immutable market;
    /// @notice The number of disputes opened.
    uint256 public disputeCount;
    /// @notice The open dispute of keccak256(task, round, trainer), 0 when none.
    mapping(bytes32 => uint256) public openDispute;
    mapping(uint256 => mapping(address => bool)) internal _voted;

    event Opened(uint256 indexed id, bytes32 indexed task, uint64 round, address indexed trainer, address challenger, uint32 lo, uint32 hi);
    event Midpoint(uint256 indexed id, uint32 mid, bytes32 leaf);
    event Chosen(uint256 indexed id, uint32 lo, uint32 hi);
    event Disclosed(uint256 indexed id, uint32 block_, bytes32 disclosure);
    event Voted(uint256 indexed id, address indexed arbiter, bool trainerRight);
    event Settled(uint256 indexed id, Outcome outcome, uint96 slashed);

    error InvalidParams();
    error BadSignature(address recovered, address trainer);
    error BadInterval(uint32 lo, uint32 hi, uint32 checkpoints);
    error NotEligible(address who);
    error AlreadyDisputed(uint256 id);
    error NoDispute(uint256 id);
    error NotYourMove(uint256 id, Phase phase);
    error Late(uint256 id, uint64 deadline);
    error NotLate(uint256 id, uint64 deadline);
    error BadProof();
    error AlreadyVoted(address arbiter);

    /// @param token_ the bond token (the registry's staking token).
    /// @param registry_ the node registry; grant this contract SLASHER_ROLE and LOCKER_ROLE there.
    /// @param bond_ the challenger's bond.
    /// @param slash_ what a losing trainer is slashed.
    /// @param moveTimeout_ seconds per move.
    /// @param voteTimeout_ seconds for the arbiters' verdict.
    /// @param quorum_ arbiters per dispute, at least 3.
    /// @param market_ the market whose tasks the commitments name (grant this contract its VERIFIER_ROLE
    /// there), or zero.
    constructor(IERC20 token_, NodeRegistry registry_, uint96 bond_, uint96 slash_, uint32 moveTimeout_, uint32 voteTimeout_, uint8 quorum_, IVerifiedMarket market_) {
        if (address(token_) == address(0) || address(registry_) == address(0) || bond_ == 0 || slash_ == 0 || moveTimeout_ == 0 || voteTimeout_ == 0 || quorum_ < 3) {
            revert InvalidParams();
        }
        token = token_;
        registry = registry_;
        bond = bond_;
        slashAmount = slash_;
        moveTimeout = moveTimeout_;
        voteTimeout = voteTimeout_;
        quorum = quorum_;
        market = market_;
    }

    /// @notice The digest a trainer signs (eth signed message) for its commitment.
    /// @param c the commitment.
    function digest(TrainingCommitment calldata c) public pure returns (bytes32) {
        return sha256(
            abi.encodePacked(
                COMMITMENT_DOMAIN, c.task, c.round, c.trainer, c.root, c.checkpoints, c.globalHash, c.dataRoot, c.updateHash, c.rows, c.steps, c.blockSteps
            )
        );
    }

    /// @notice Opens a challenge of the transition from checkpoint `lo` to `hi` of the trainer's chain, taking
    /// the challenger's bond. The challenger is a staked validator other than the trainer.
    /// @param c the trainer's commitment.
    /// @param sig the trainer's signature of digest(c) as an eth signed message.
    /// @param lo first checkpoint of the disputed interval.
    /// @param hi last checkpoint of the disputed interval.
    /// @return id the dispute's id.
    function open(TrainingCommitment calldata c, bytes calldata sig, uint32 lo, uint32 hi) external nonReentrant returns (uint256 id) {
        if (c.checkpoints < 2 || c.checkpoints > MAX_CHECKPOINTS || hi <= lo || hi >= c.checkpoints) revert BadInterval(lo, hi, c.checkpoints);
        address signer = ECDSA.recover(MessageHashUtils.toEthSignedMessageHash(digest(c)), sig);
        if (signer != c.trainer) revert BadSignature(signer, c.trainer);
        if (msg.sender == c.trainer || !registry.isActive(msg.sender, registry.ROLE_VALIDATOR())) revert NotEligible(msg.sender);
        if (!registry.nodeInfo(c.trainer).registered) revert NotEligible(c.trainer);
        bytes32 key = keccak256(abi.encode(c.task, c.round, c.trainer));
        if (openDispute[key] != 0) revert AlreadyDisputed(openDispute[key]);
        id = _start(c.trainer, c.root, key, lo, hi);
        _disputes[id].task = c.task;
        emit Opened(id, c.task, c.round, c.trainer, msg.sender, lo, hi);
        if (address(market) != address(0)) market.challengeOpened(uint256(c.task), c.trainer);
        token.safeTransferFrom(msg.sender, address(this), bond);
    }

    function _start(address trainer, bytes32 root, bytes32 key, uint32 lo, uint32 hi) internal returns (uint256 id) {
        id = ++disputeCount;
        openDispute[key] = id;
        Dispute storage d = _disputes[id];
        d.trainer = trainer;
        d.challenger = msg.sender;
        d.root = root;
        d.key = key;
        d.lo = lo;
        d.hi = hi;
        _next(d);
        // Up to the slash of the trainer's free stake stays bonded until the game ends.
        uint96 free = registry.nodeInfo(trainer).stake;
        uint96 held = free < slashAmount ? free : slashAmount;
        if (held != 0) {
            address[] memory list = new address[](1);
            list[0] = trainer;
            registry.bond(list, held);
            d.held = held;
        }
    }

    /// @notice The trainer's move: checkpoint `mid`'s hash with its proof against the committed root.
    /// @param id the dispute.
    /// @param leaf the checkpoint hash.
    /// @param proof its Merkle path, leaf level first.
    function postMidpoint(uint256 id, bytes32 leaf, bytes32[] calldata proof) external {
        Dispute storage d = _move(id, Phase.AwaitMidpoint, true);
        if (!verifyMerkle(d.root, d.mid, leaf, proof)) revert BadProof();
        d.phase = Phase.AwaitChoice;
        d.deadline = uint64(block.timestamp + moveTimeout);
        emit Midpoint(id, d.mid, leaf);
    }

    /// @notice The challenger's move: the half that holds the fault.
    /// @param id the dispute.
    /// @param faultFirst true for [lo, mid], false for [mid, hi].
    function choose(uint256 id, bool faultFirst) external {
        Dispute storage d = _move(id, Phase.AwaitChoice, false);
        if (faultFirst) d.hi = d.mid;
        else d.lo = d.mid;
        _next(d);
        emit Chosen(id, d.lo, d.hi);
    }

    /// @notice The trainer's last move: the SHA-256 of block `lo`'s disclosure, which arbiters fetch.
    /// @param id the dispute.
    /// @param disclosure the disclosure's hash.
    function disclose(uint256 id, bytes32 disclosure) external {
        Dispute storage d = _move(id, Phase.AwaitDisclosure, true);
        d.disclosure = disclosure;
        d.phase = Phase.AwaitVotes;
        d.deadline = uint64(block.timestamp + voteTimeout);
        emit Disclosed(id, d.lo, disclosure);
    }

    /// @notice An arbiter's verdict on the disputed block: `trainerRight` when its re-execution reproduced
    /// the committed checkpoint. Arbiters are staked validators other than the parties, one vote each.
    /// @param id the dispute.
    /// @param trainerRight the verdict.
    function vote(uint256 id, bool trainerRight) external nonReentrant {
        Dispute storage d = _disputes[id];
        if (d.phase != Phase.AwaitVotes) revert NotYourMove(id, d.phase);
        if (block.timestamp > d.deadline) revert Late(id, d.deadline);
        if (msg.sender == d.trainer || msg.sender == d.challenger || !registry.isActive(msg.sender, registry.ROLE_VALIDATOR())) {
            revert NotEligible(msg.sender);
        }
        if (_voted[id][msg.sender]) revert AlreadyVoted(msg.sender);
        _voted[id][msg.sender] = true;
        emit Voted(id, msg.sender, trainerRight);
        uint8 need = quorum / 2 + 1;
        if (trainerRight) {
            if (++d.votesFor >= need) _settle(id, d, Outcome.TrainerWins);
        } else {
            if (++d.votesAgainst >= need) _settle(id, d, Outcome.ChallengerWins);
        }
    }

    /// @notice Settles a dispute whose deadline passed: the party whose move it was loses; arbiters without
    /// a verdict dismiss it. Anyone may call.
    /// @param id the dispute.
    function timeout(uint256 id) external nonReentrant {
        Dispute storage d = _disputes[id];
        if (d.phase == Phase.None || d.phase == Phase.Settled) revert NoDispute(id);
        if (block.timestamp <= d.deadline) revert NotLate(id, d.deadline);
        if (d.phase == Phase.AwaitChoice) _settle(id, d, Outcome.TrainerWins);
        else if (d.phase == Phase.AwaitVotes) _settle(id, d, Outcome.Dismissed);
        else _settle(id, d, Outcome.ChallengerWins);
    }

    /// @notice A dispute's state.
    /// @param id the dispute.
    function dispute(uint256 id) external view returns (Dispute memory) {
        return _disputes[id];
    }

    /// @notice Whether `proof` proves `leaf` at `index` under `root` (internal/fl.VerifyMerkle).
    /// @param root the root.
    /// @param index the leaf's index.
    /// @param leaf the leaf hash.
    /// @param proof the path, leaf level first.
    function verifyMerkle(bytes32 root, uint256 index, bytes32 leaf, bytes32[] calldata proof) public pure returns (bool) {
        if (proof.length > MAX_DEPTH || index >> proof.length != 0) return false;
        bytes32 h = leaf;
        for (uint256 i = 0; i < proof.length; i++) {
            h = index & 1 == 0 ? sha256(abi.encodePacked(NODE_DOMAIN, h, proof[i])) : sha256(abi.encodePacked(NODE_DOMAIN, proof[i], h));
            index >>= 1;
        }
        return h == root;
    }

    function _move(uint256 id, Phase phase, bool byTrainer) internal view returns (Dispute storage d) {
        d = _disputes[id];
        if (d.phase != phase || msg.sender != (byTrainer ? d.trainer : d.challenger)) revert NotYourMove(id, d.phase);
        if (block.timestamp > d.deadline) revert Late(id, d.deadline);
    }

    function _next(Dispute storage d) internal {
        d.deadline = uint64(block.timestamp + moveTimeout);
        if (d.hi - d.lo > 1) {
            d.phase = Phase.AwaitMidpoint;
            d.mid = uint32((uint256(d.lo) + d.hi) / 2);
        } else {
            d.phase = Phase.AwaitDisclosure;
        }
    }

    function _settle(uint256 id, Dispute storage d, Outcome o) internal {
        d.phase = Phase.Settled;
        d.outcome = o;
        delete openDispute[d.key];
        uint96 slashed;
        uint96 held = d.held;
        if (o == Outcome.ChallengerWins) {
            if (held != 0) registry.slashBond(d.trainer, held, d.challenger);
            slashed = held;
            if (slashAmount > held) slashed += registry.slash(d.trainer, slashAmount - held, d.challenger);
            token.safeTransfer(d.challenger, bond);
        } else {
            if (held != 0) registry.releaseOne(d.trainer, held);
            token.safeTransfer(o == Outcome.TrainerWins ? d.trainer : d.challenger, bond);
        }
        emit Settled(id, o, slashed);
        if (address(market) != address(0)) {
            market.challengeClosed(uint256(d.task), d.trainer, d.challenger, o == Outcome.ChallengerWins);
        }
    }
}
