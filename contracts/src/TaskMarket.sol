// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {NodeRegistry, Eligibility} from "./NodeRegistry.sol";
import {IScheduler, Candidate} from "./IScheduler.sol";
import {MarketSettlement} from "./MarketSettlement.sol";

/// @notice What a publisher states about a task.
struct TaskParams {
    bytes32 modelSpecHash; // the model spec's hash
    bytes32 dataSchemaHash; // the data schema's hash
    uint96 budget; // escrowed at publish, token base units
    uint96 maxHourlyRate; // the highest rate a bid may ask
    uint32 biddingDeadline; // unix time; bids after it are late
    uint32 executionDeadline; // unix time; without attestation by then the task expires
    uint16 minReputation; // basis points
    uint16 metricId; // which metric the acceptance criterion measures (e.g. 1 = accuracy)
    uint32 metricThreshold; // accepted when the attested metric (basis points, 0..10000) is at least this
    uint16 minCpuCores;
    uint32 minMemoryMB;
    uint16 minGpuCount;
    uint8 maxNodes; // 1..MAX_NODES
    uint16 bonusBps; // quality bonus on the base pay when accepted, basis points
    uint8 schedulerId; // the selection strategy, from the market's scheduler list
    address coordinator; // commits the rounds; zero = the publisher
    uint64 epsilonBudget; // differential-privacy budget: epsilon x 1e6 (rounded up); 0 = no budget
    uint64 privacyDelta; // the budget's delta x 1e18 (rounded to nearest); 0 when there is no budget
    uint16 rounds; // planned rounds (1..65535): pay is prorated over them
}

/// @notice The market's parameters, checked at deploy and in setParams.
struct MarketParams {
    address treasury; // receives the protocol fee (less the validators' share)
    uint16 feeBps; // the protocol fee on the measured work, basis points (at most 1000)
    uint8 attestQuorum; // validators whose attestations complete a task (3..MAX_QUORUM)
    uint32 disputeWindow; // seconds after attestation for a dispute, and a dispute's deadline (> 0)
    uint16 validatorShareBps; // share of the fee paid to the validators that agree with the result
    uint96 trainerBond; // bonded from each selected trainer's stake for the task (> 0)
    uint96 validatorStake; // the least free stake a validator needs to attest (> 0)
    uint96 bidBond; // bonded from the bidder's stake with every bid, released when the bid ends (> 0)
    address consensusPool; // ValidatorConsensus: its reward pool gets poolSharePct of the treasury's part of the fee
    uint8 poolSharePct; // percent (0..100) of the fee after the validators' share that funds the consensus pool
}

/// @title TaskMarket
/// @notice Publishers post training tasks with an escrowed budget; eligible trainers bid, bonding a bid
/// bond of their stake (released when the bid is withdrawn, not selected, or its task ends); the task's scheduling strategy selects among the bidders that are still eligible and bonds part of
/// each selected trainer's stake to the task; the coordinator commits every round naming its contributors;
/// a validator quorum attests the metric of the last committed round (the result is the stake-weighted
/// median); after a dispute window settlement credits each node its bid prorated by the rounds it
/// contributed to (only when the result meets the threshold), the fee to the agreeing validators and the
/// treasury, and the rest to the publisher, which everyone withdraws (pull payments).
/// @dev Settlement and pay math live in the linked library MarketSettlement (DELEGATECALL on this
/// contract's storage, `Book`), which keeps this contract under the EIP-170 code-size limit.
contract TaskMarket is AccessControl, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice May resolve disputes and slash a proven cheater's task bond (the DAO later).
    bytes32 public constant ARBITER_ROLE = keccak256("ARBITER_ROLE");
    /// @notice May pause new publishes and bids (never withdrawals, settlements, refunds or disputes).
    bytes32 public constant GUARDIAN_ROLE = keccak256("GUARDIAN_ROLE");
    /// @notice The training-verification game (TrainingDispute): holds a task's settlement while it
    /// challenges one of the task's trainers, and slashes a trainer that lost to its challenger.
    bytes32 public constant VERIFIER_ROLE = keccak256("VERIFIER_ROLE");
    /// @notice The highest protocol fee, basis points.
    uint16 public constant MAX_FEE_BPS = 1_000;
    /// @notice The highest quality bonus a task may offer, basis points.
    uint16 public constant MAX_BONUS_BPS = 5_000;
    /// @notice The highest metric: metrics are basis points of their unit range (accuracy 0..10000).
    uint32 internal constant MAX_METRIC = 10_000;
    /// @notice The smallest and largest attestation quorum.
    uint8 internal constant MIN_QUORUM = 3;
    uint8 internal constant MAX_QUORUM = 15;
    /// @notice The most bids a task takes and the most nodes it may select: `select` at these limits
    /// stays far below the per-transaction gas cap (tested).
    uint256 internal constant MAX_BIDS = 128;
    uint8 internal constant MAX_NODES = 64;

    enum Status {
        None,
        Open,
        Selected,
        Attested,
        Disputed,
        Settled,
        Cancelled,
        Expired,
        Rejected
    }

    /// @dev Packed into four slots: the fee, dispute window, quorum and scheduler are snapshotted at
    /// publish so that later parameter changes never touch a published task.
    struct Task {
        // slot 0
        address publisher;
        uint96 budget;
        // slot 1
        address coordinator;
        uint32 biddingDeadline;
        uint32 executionDeadline;
        Status status;
        uint16 minReputation;
        uint8 schedulerId;
        // slot 2
        uint96 maxHourlyRate;
        uint32 metricThreshold;
        uint16 metricId;
        uint16 minCpuCores;
        uint32 minMemoryMB;
        uint16 minGpuCount;
        uint8 maxNodes;
        uint16 bonusBps;
        uint8 bidCount;
        uint8 selectedCount;
        // slot 3: terms snapshotted at publish
        IScheduler scheduler;
        uint16 feeBps;
        uint32 disputeWindow;
        uint8 quorum;
        uint16 plannedRounds;
        uint16 validatorShareBps;
        uint8 poolSharePct;
    }

    /// @dev Written after publication: selection, rounds, attestation, dispute, settlement.
    struct Progress {
        uint8 attestCount;
        uint32 rounds;
        uint32 attestedAt;
        uint32 metric; // the stake-weighted median of the quorum, once attested
        uint32 disputedAt;
        bool disputed; // one dispute per task
        uint96 paidTotal;
        uint16 challenges; // open training-verification challenges against its trainers: settle waits
        uint256 selectedMask; // bit i: bid i is selected
        uint96 baseTotal; // sum of the selected bids' rate x hours (all planned rounds)
        uint96 bond; // bonded per selected node
        uint96 fee; // the fee on baseTotal, reserved at selection
        uint256 slashedMask; // bit i: bid i's node was slashed for this task (not paid, bond taken)
    }

    struct Bid {
        address node;
        uint96 rate;
    }

    /// @dev A task's differential-privacy record, one slot, written at publish only for a task with a
    /// budget: epsilon values are x 1e6, delta is x 1e18.
    struct Privacy {
        uint64 epsilonBudget;
        uint64 delta;
        uint64 epsilonSpent; // cumulative epsilon after the last committed round
    }

    struct BidInfo {
        uint8 index1; // bid index + 1; 0 = no bid
        uint32 hours_;
        uint16 reputation;
        uint96 bond; // the bid bond still bonded (0 once released)
    }

    /// @dev One attestation, one slot: weight is the validator's free stake in 1e9 base units (+1).
    struct Attestation {
        address validator;
        uint32 metric;
        uint64 weight;
    }

    /// @dev A task's records by task id (bids, bid info, attestations and contributions by task id, then
    /// by bid index, node, attestation index and contribution word).
    struct Book {
        mapping(uint256 => Task) tasks;
        mapping(uint256 => Progress) progress;
        mapping(uint256 => mapping(uint256 => Bid)) bids;
        mapping(uint256 => mapping(address => BidInfo)) bidOf;
        mapping(uint256 => Privacy) privacy;
        mapping(uint256 => mapping(uint256 => Attestation)) attestations;
        /// Rounds contributed per bid index: sixteen 16-bit counters per word (index / 16).
        mapping(uint256 => mapping(uint256 => uint256)) contributions;
    }

    /// @notice The payment token.
    IERC20 public immutable token;
    /// @notice The node registry.
    NodeRegistry public immutable registry;
    /// @notice Receives the protocol fee.
    address public treasury;
    /// @notice The protocol fee on the measured work, basis points.
    uint16 public feeBps;
    /// @notice Validators whose attestations complete a task (at least 3).
    uint8 public attestQuorum;
    /// @notice Seconds after attestation during which the publisher may dispute, and after a dispute
    /// during which the arbiter may resolve it; never zero, never above the registry's unbonding delay.
    uint32 public disputeWindow;
    /// @notice The validators' share of the fee, basis points.
    uint16 public validatorShareBps;
    /// @notice Percent of the fee left after the validators' share that funds the consensus pool.
    uint8 public poolSharePct;
    /// @notice Bonded from each selected trainer's stake for the task.
    uint96 public trainerBond;
    /// @notice Bonded from the bidder's stake with every bid: released by withdrawBid (before selection,
    /// or after it for a bid that was not selected, or after a cancel or an expiry), and for a selected
    /// node at the task's final state with its trainer bond; slashed with it.
    uint96 public bidBond;
    /// @notice Whether the guardian paused new publishes and bids.
    bool public paused;
    /// @notice The least free stake a validator needs to attest.
    uint96 public validatorStake;
    /// @notice The consensus pool's part of the fees, not yet collected (beside validatorStake in one
    /// slot, so that settlement adds to a non-zero slot).
    uint96 public poolOwed;
    /// @notice ValidatorConsensus, whose reward pool collects its part of the fee (ValidatorConsensus
    /// .collectFees takes it with collectPool).
    address public consensusPool;
    /// @notice The next task id (ids start at 1).
    uint256 public nextTaskId = 1;

    /// @notice Scheduling strategies by id.
    mapping(uint8 => IScheduler) public schedulers;
    /// @notice Withdrawable balances (pull payments).
    mapping(address => uint256) public balanceOf;

    /// @dev Every task's records, in one struct so that MarketSettlement's external functions reach them.
    Book internal _b;
    /// @notice keccak256(abi.encode(modelCid, participants, epsilon)) per task and round.
    mapping(uint256 => mapping(uint256 => bytes32)) public roundCommitment;

    /// @dev The other parameters are stored and readable through getTask.
    event TaskPublished(
        uint256 indexed taskId, address indexed publisher, bytes32 modelSpecHash, bytes32 dataSchemaHash, uint96 budget
    );
    event BidPlaced(uint256 indexed taskId, address indexed node, uint256 index, uint96 rate, uint32 hours_);
    event BidWithdrawn(uint256 indexed taskId, address indexed node, uint256 bondReleased);
    /// @dev mask: bit i for bid i; skipped: the bids that were no longer eligible at selection.
    event NodesSelected(uint256 indexed taskId, uint256 mask, uint256 count, uint256 baseTotal, uint256 skipped);
    /// @dev epsilon: the task's cumulative privacy spend after the round, x 1e6 (0 for a task without a
    /// privacy budget). participants are the round's contributors, all selected nodes.
    event RoundCommitted(
        uint256 indexed taskId, uint32 indexed round, bytes modelCid, address[] participants, uint64 epsilon
    );
    event Attested(uint256 indexed taskId, address indexed validator, uint32 metric, uint8 count);
    event TaskAttested(uint256 indexed taskId, uint32 metric, bool accepted);
    event Disputed(uint256 indexed taskId, address indexed by);
    event DisputeResolved(uint256 indexed taskId, bool payNodes);
    event ContributorSlashed(uint256 indexed taskId, address indexed node, uint256 amount);
    event Paid(uint256 indexed taskId, address indexed node, uint256 amount);
    event ValidatorPaid(uint256 indexed taskId, address indexed validator, uint256 amount);
    event TaskSettled(uint256 indexed taskId, uint256 paidTotal, uint256 fee, uint256 refund);
    event TaskRefunded(uint256 indexed taskId, Status status, uint256 refund);
    event Withdrawn(address indexed account, uint256 amount);
    event SchedulerSet(uint8 indexed id, address scheduler);
    event ParamsSet(MarketParams params);
    event PauseSet(bool paused, address indexed guardian);
    event ChallengeOpened(uint256 indexed taskId, address indexed node);
    event ChallengeClosed(uint256 indexed taskId, address indexed node, bool cheated);

    error InvalidParams(string what);
    error UnknownTask(uint256 taskId);
    error WrongStatus(uint256 taskId, Status status);
    error NotPublisher(address caller);
    error NotCoordinator(address caller);
    error NotEligible(address node);
    error RateTooHigh(uint96 rate, uint96 max);
    error BiddingClosed(uint256 deadline);
    error BiddingOpen(uint256 deadline);
    error AlreadyBid(address node);
    error NoBid(address node);
    error TooManyBids();
    error NoBids();
    error NoEligibleBids();
    error BadSelection(uint256 mask);
    error WrongRound(uint32 got, uint32 want);
    error NotSelected(address node);
    error TooManyRounds(uint32 round, uint16 planned);
    error DeadlinePassed(uint256 deadline);
    error NotExpired(uint256 deadline);
    error NotValidator(address caller);
    error AlreadyAttested(address validator);
    error ConflictOfInterest(address validator);
    error NoRounds(uint256 taskId);
    error WrongCommitment(bytes32 got, bytes32 want);
    error MetricOutOfRange(uint32 metric, uint32 max);
    error DisputeWindowOpen(uint256 until);
    error DisputeWindowClosed(uint256 until);
    error AlreadyDisputed(uint256 taskId);
    error DisputeDeadlinePassed(uint256 deadline);
    error AlreadySlashed(address node);
    error InsufficientBalance(uint256 have, uint256 want);
    error PrivacyBudgetExceeded(uint64 epsilon, uint64 budget);
    error EpsilonDecreased(uint64 epsilon, uint64 spent);
    error Paused();
    error ChallengePending(uint256 taskId, uint16 open);

    /// @notice Deploys the market.
    /// @param token_ the payment token.
    /// @param registry_ the node registry.
    /// @param admin receives the admin and arbiter roles.
    /// @param params the market's parameters (see MarketParams; checked as in setParams).
    constructor(IERC20 token_, NodeRegistry registry_, address admin, MarketParams memory params) {
        token = token_;
        registry = registry_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(ARBITER_ROLE, admin);
        _grantRole(GUARDIAN_ROLE, admin);
        _setParams(params);
    }

    // ---- publisher ----

    /// @notice Publishes a task and escrows its budget (pulled with transferFrom). The fee, dispute
    /// window, quorum and scheduler in force now apply to the task for its whole life.
    /// @param p the task's parameters.
    /// @return taskId the new task's id.
    function publish(TaskParams calldata p) external nonReentrant returns (uint256 taskId) {
        if (paused) revert Paused();
        if (p.budget == 0) revert InvalidParams("budget");
        if (p.biddingDeadline <= block.timestamp || p.executionDeadline <= p.biddingDeadline) {
            revert InvalidParams("deadlines");
        }
        if (p.maxNodes == 0 || p.maxNodes > MAX_NODES) revert InvalidParams("maxNodes");
        if (p.bonusBps > MAX_BONUS_BPS) revert InvalidParams("bonusBps");
        if (p.minReputation > 10_000) revert InvalidParams("minReputation");
        if (p.metricThreshold > MAX_METRIC) revert InvalidParams("metricThreshold");
        if (p.rounds == 0) revert InvalidParams("rounds");
        IScheduler scheduler = schedulers[p.schedulerId];
        if (address(scheduler) == address(0)) revert InvalidParams("schedulerId");
        if (
            p.epsilonBudget == 0 ? p.privacyDelta != 0 : (p.privacyDelta == 0 || p.privacyDelta >= 1e18)
        ) revert InvalidParams("privacy");
        taskId = nextTaskId++;
        Task storage t = _b.tasks[taskId];
        t.publisher = msg.sender;
        t.budget = p.budget;
        t.coordinator = p.coordinator == address(0) ? msg.sender : p.coordinator;
        t.biddingDeadline = p.biddingDeadline;
        t.executionDeadline = p.executionDeadline;
        t.status = Status.Open;
        t.minReputation = p.minReputation;
        t.schedulerId = p.schedulerId;
        t.maxHourlyRate = p.maxHourlyRate;
        t.metricThreshold = p.metricThreshold;
        t.metricId = p.metricId;
        t.minCpuCores = p.minCpuCores;
        t.minMemoryMB = p.minMemoryMB;
        t.minGpuCount = p.minGpuCount;
        t.maxNodes = p.maxNodes;
        t.bonusBps = p.bonusBps;
        t.scheduler = scheduler;
        t.feeBps = feeBps;
        t.disputeWindow = disputeWindow;
        t.quorum = attestQuorum;
        t.plannedRounds = p.rounds;
        t.validatorShareBps = validatorShareBps;
        t.poolSharePct = poolSharePct;
        if (p.epsilonBudget != 0) _b.privacy[taskId] = Privacy(p.epsilonBudget, p.privacyDelta, 0);
        emit TaskPublished(taskId, msg.sender, p.modelSpecHash, p.dataSchemaHash, p.budget);
        token.safeTransferFrom(msg.sender, address(this), p.budget);
    }

    /// @notice Cancels an open task before selection and credits its budget back to the publisher; the
    /// bidders reclaim their bid bonds with withdrawBid.
    /// @param taskId the task.
    function cancel(uint256 taskId) external {
        Task storage t = _task(taskId);
        if (msg.sender != t.publisher) revert NotPublisher(msg.sender);
        if (t.status != Status.Open) revert WrongStatus(taskId, t.status);
        _refundAll(taskId, t, Status.Cancelled);
    }

    /// @notice Refunds a task that missed its execution deadline without attestation and releases its
    /// nodes' bonds. Anyone may call.
    /// @param taskId the task.
    function expire(uint256 taskId) external {
        Task storage t = _task(taskId);
        Status st = t.status;
        if (st != Status.Open && st != Status.Selected) revert WrongStatus(taskId, st);
        if (block.timestamp <= t.executionDeadline) revert NotExpired(t.executionDeadline);
        _refundAll(taskId, t, Status.Expired);
        if (st == Status.Selected) MarketSettlement.releaseBonds(_b, registry, taskId, _b.progress[taskId].selectedMask);
    }

    // ---- nodes ----

    /// @notice Bids on an open task as a trainer, bonding the market's bid bond of its stake. The node
    /// needs free stake of at least the bid bond plus the trainer bond (bonded if it is selected).
    /// @param taskId the task.
    /// @param rate token base units per hour; at most the task's max hourly rate.
    /// @param hours_ estimated hours for all planned rounds (at least 1).
    function bid(uint256 taskId, uint96 rate, uint32 hours_) external {
        Task storage t = _task(taskId);
        if (t.status != Status.Open) revert WrongStatus(taskId, t.status);
        if (block.timestamp > t.biddingDeadline) revert BiddingClosed(t.biddingDeadline);
        if (rate > t.maxHourlyRate) revert RateTooHigh(rate, t.maxHourlyRate);
        if (hours_ == 0 || rate == 0) revert InvalidParams("bid");
        if (paused) revert Paused();
        BidInfo storage info = _b.bidOf[taskId][msg.sender];
        if (info.index1 != 0) revert AlreadyBid(msg.sender);
        uint256 index = t.bidCount;
        if (index >= MAX_BIDS) revert TooManyBids();
        uint96 bond_ = bidBond;
        Eligibility memory e = registry.bondFor(msg.sender, 1, bond_);
        if (
            !e.active || e.stake < uint256(trainerBond) + bond_ || e.reputation < t.minReputation || e.cpuCores < t.minCpuCores
                || e.memoryMB < t.minMemoryMB || e.gpuCount < t.minGpuCount
        ) revert NotEligible(msg.sender);
        t.bidCount = uint8(index + 1);
        _b.bids[taskId][index] = Bid(msg.sender, rate);
        _b.bidOf[taskId][msg.sender] = BidInfo(uint8(index + 1), hours_, e.reputation, bond_);
        emit BidPlaced(taskId, msg.sender, index, rate, hours_);
    }

    /// @notice While the task is open, withdraws the caller's bid; afterwards (not selected, or the task
    /// cancelled or expired) releases its bid bond. A selected node's bid bond is released at the task's
    /// final state.
    /// @param taskId the task.
    function withdrawBid(uint256 taskId) external {
        Task storage t = _task(taskId);
        BidInfo storage info = _b.bidOf[taskId][msg.sender];
        uint256 index1 = info.index1;
        if (index1 == 0) revert NoBid(msg.sender);
        uint96 refund = info.bond;
        if (t.status == Status.Open) {
            // Swap-remove: the last bid takes the withdrawn one's index.
            uint256 last = uint256(t.bidCount) - 1;
            if (index1 - 1 != last) {
                Bid memory moved = _b.bids[taskId][last];
                _b.bids[taskId][index1 - 1] = moved;
                _b.bidOf[taskId][moved.node].index1 = uint8(index1);
            }
            delete _b.bids[taskId][last];
            delete _b.bidOf[taskId][msg.sender];
            t.bidCount = uint8(last);
        } else {
            // A selected node's bid bond is released with its task bond at the final state.
            if (refund == 0 || _b.progress[taskId].selectedMask & (uint256(1) << (index1 - 1)) != 0) {
                revert NoBid(msg.sender);
            }
            info.bond = 0;
        }
        emit BidWithdrawn(taskId, msg.sender, refund);
        registry.releaseOne(msg.sender, refund);
    }

    /// @notice Runs the task's scheduling strategy over the bids whose nodes are still eligible (active
    /// trainer, not frozen, free stake at least the trainer bond: the others are skipped), records the
    /// selected nodes and bonds the trainer bond of each one's stake until the task's final state. The
    /// publisher may select at any time; anyone may once bidding has closed.
    /// @param taskId the task.
    function select(uint256 taskId) external {
        Task storage t = _task(taskId);
        if (t.status != Status.Open) revert WrongStatus(taskId, t.status);
        if (msg.sender != t.publisher && block.timestamp <= t.biddingDeadline) revert BiddingOpen(t.biddingDeadline);
        uint256 n = t.bidCount;
        if (n == 0) revert NoBids();
        MarketSettlement.select(_b, registry, taskId, n, trainerBond);
    }

    /// @notice Commits one federated round: the global model's CID, the selected nodes that contributed
    /// to it (each at most once) and the task's cumulative differential-privacy spend after it. Rounds are
    /// numbered from 1 up to the task's planned rounds and committed in order by the task's coordinator
    /// before the execution deadline. Each contributor's count of rounds is what settlement pays. For a
    /// task with a privacy budget the spend never decreases and never exceeds the budget; a task without
    /// one records 0.
    /// @param taskId the task.
    /// @param round the round number.
    /// @param modelCid the global model's CID (binary form).
    /// @param participants the selected nodes whose updates the round aggregated.
    /// @param epsilon the cumulative epsilon after this round, x 1e6 (rounded up).
    function commitRound(
        uint256 taskId,
        uint32 round,
        bytes calldata modelCid,
        address[] calldata participants,
        uint64 epsilon
    ) external {
        Task storage t = _task(taskId);
        if (t.status != Status.Selected) revert WrongStatus(taskId, t.status);
        if (msg.sender != t.coordinator) revert NotCoordinator(msg.sender);
        if (block.timestamp > t.executionDeadline) revert DeadlinePassed(t.executionDeadline);
        if (modelCid.length == 0 || modelCid.length > 128) revert InvalidParams("modelCid");
        if (participants.length == 0) revert InvalidParams("participants");
        Progress storage pr = _b.progress[taskId];
        if (round != pr.rounds + 1) revert WrongRound(round, pr.rounds + 1);
        if (round > t.plannedRounds) revert TooManyRounds(round, t.plannedRounds);
        Privacy storage pv = _b.privacy[taskId];
        uint64 budget = pv.epsilonBudget;
        if (budget == 0) {
            if (epsilon != 0) revert InvalidParams("epsilon");
        } else {
            if (epsilon > budget) revert PrivacyBudgetExceeded(epsilon, budget);
            if (epsilon < pv.epsilonSpent) revert EpsilonDecreased(epsilon, pv.epsilonSpent);
            pv.epsilonSpent = epsilon;
        }
        _countContributions(taskId, pr.selectedMask, participants);
        pr.rounds = round;
        roundCommitment[taskId][round] = keccak256(abi.encode(modelCid, participants, epsilon));
        emit RoundCommitted(taskId, round, modelCid, participants, epsilon);
    }

    /// @notice Attests the measured metric of the model of the task's last committed round, as an active
    /// validator with at least the market's validator stake that did not bid on the task. `commitment` is
    /// the round commitment the validator checked (it must be the last one), `metric` basis points of the
    /// metric's unit range (at most MAX_METRIC). When the task's quorum is reached the task is attested
    /// with the stake-weighted median and the dispute window starts.
    /// @param taskId the task.
    /// @param commitment roundCommitment of the last committed round.
    /// @param metric the measured metric, 0..10000.
    function attest(uint256 taskId, bytes32 commitment, uint32 metric) external {
        Task storage t = _task(taskId);
        if (t.status != Status.Selected) revert WrongStatus(taskId, t.status);
        if (block.timestamp > t.executionDeadline) revert DeadlinePassed(t.executionDeadline);
        Progress storage pr = _b.progress[taskId];
        uint32 rounds = pr.rounds;
        if (rounds == 0) revert NoRounds(taskId);
        bytes32 want = roundCommitment[taskId][rounds];
        if (commitment != want) revert WrongCommitment(commitment, want);
        if (metric > MAX_METRIC) revert MetricOutOfRange(metric, MAX_METRIC);
        Eligibility memory e = registry.eligibility(msg.sender, 4);
        if (!e.active || e.stake < validatorStake) revert NotValidator(msg.sender);
        if (_b.bidOf[taskId][msg.sender].index1 != 0) revert ConflictOfInterest(msg.sender);
        uint8 count = pr.attestCount;
        for (uint256 i = 0; i < count; ++i) {
            if (_b.attestations[taskId][i].validator == msg.sender) revert AlreadyAttested(msg.sender);
        }
        uint256 w = uint256(e.stake) / 1e9 + 1;
        _b.attestations[taskId][count] =
            Attestation(msg.sender, metric, w > type(uint64).max ? type(uint64).max : uint64(w));
        ++count;
        pr.attestCount = count;
        emit Attested(taskId, msg.sender, metric, count);
        if (count >= t.quorum) {
            uint32 med = MarketSettlement.weightedMedian(_b, taskId, count);
            pr.metric = med;
            pr.attestedAt = uint32(block.timestamp);
            t.status = Status.Attested;
            emit TaskAttested(taskId, med, med >= t.metricThreshold);
        }
    }

    /// @notice Disputes an attested task inside its dispute window (once per task). The arbiter has one
    /// more dispute window to resolve it; without a resolution by then the attestation stands (the
    /// default outcome) and settle pays as attested.
    /// @param taskId the task.
    function dispute(uint256 taskId) external {
        Task storage t = _task(taskId);
        if (msg.sender != t.publisher) revert NotPublisher(msg.sender);
        if (t.status != Status.Attested) revert WrongStatus(taskId, t.status);
        Progress storage pr = _b.progress[taskId];
        if (pr.disputed) revert AlreadyDisputed(taskId);
        uint256 until = uint256(pr.attestedAt) + t.disputeWindow;
        if (block.timestamp >= until) revert DisputeWindowClosed(until);
        pr.disputed = true;
        pr.disputedAt = uint32(block.timestamp);
        t.status = Status.Disputed;
        emit Disputed(taskId, msg.sender);
    }

    /// @notice Resolves a dispute before its deadline: either the task goes on to settlement or the whole
    /// budget is refunded and the bonds released (slash a proven cheater first with slashContributor).
    /// Arbiter role only.
    /// @param taskId the task.
    /// @param payNodes true to let settlement pay the nodes.
    function resolveDispute(uint256 taskId, bool payNodes) external onlyRole(ARBITER_ROLE) {
        Task storage t = _task(taskId);
        if (t.status != Status.Disputed) revert WrongStatus(taskId, t.status);
        uint256 deadline = uint256(_b.progress[taskId].disputedAt) + t.disputeWindow;
        if (block.timestamp >= deadline) revert DisputeDeadlinePassed(deadline);
        emit DisputeResolved(taskId, payNodes);
        if (payNodes) {
            t.status = Status.Attested;
        } else {
            _refundAll(taskId, t, Status.Rejected);
            MarketSettlement.releaseBonds(_b, registry, taskId, _b.progress[taskId].selectedMask);
        }
    }

    /// @notice Slashes a selected node's task bond and bid bond to the treasury for cheating proven to the
    /// arbiter: the node is not paid for the task (the verification game slashes through challengeClosed).
    /// Arbiter role only; while the task is selected, attested or disputed.
    /// @param taskId the task.
    /// @param node the selected node.
    function slashContributor(uint256 taskId, address node) external onlyRole(ARBITER_ROLE) {
        Task storage t = _task(taskId);
        Status st = t.status;
        if (st != Status.Selected && st != Status.Attested && st != Status.Disputed) revert WrongStatus(taskId, st);
        _slash(taskId, node, treasury);
    }

    /// @notice The verification game opened a challenge against a selected trainer of the task: settlement
    /// waits until it is closed. Verifier role only (TrainingDispute); while the task is selected, attested
    /// or disputed.
    /// @param taskId the task.
    /// @param node the challenged trainer (selected, not slashed).
    function challengeOpened(uint256 taskId, address node) external onlyRole(VERIFIER_ROLE) {
        Task storage t = _task(taskId);
        Status st = t.status;
        if (st != Status.Selected && st != Status.Attested && st != Status.Disputed) revert WrongStatus(taskId, st);
        Progress storage pr = _b.progress[taskId];
        uint256 bit = _selectedBit(taskId, pr, node);
        if (pr.slashedMask & bit != 0) revert AlreadySlashed(node);
        ++pr.challenges;
        emit ChallengeOpened(taskId, node);
    }

    /// @notice The verification game closed a challenge. When the trainer cheated and the task has not
    /// reached a final state, its task bond and bid bond are slashed to the challenger and it is not paid
    /// for the task. Verifier role only.
    /// @param taskId the task.
    /// @param node the challenged trainer.
    /// @param challenger receives the slashed bonds.
    /// @param cheated whether the trainer lost the game.
    function challengeClosed(uint256 taskId, address node, address challenger, bool cheated)
        external
        onlyRole(VERIFIER_ROLE)
    {
        Task storage t = _task(taskId);
        Progress storage pr = _b.progress[taskId];
        --pr.challenges;
        emit ChallengeClosed(taskId, node, cheated);
        Status st = t.status;
        if (!cheated || (st != Status.Selected && st != Status.Attested && st != Status.Disputed)) return;
        if (pr.slashedMask & _selectedBit(taskId, pr, node) == 0) _slash(taskId, node, challenger);
    }

    /// @notice Settles an attested task after its dispute window (or a disputed one after the dispute's
    /// deadline: the attestation stands). Each selected, unslashed node earns its bid's rate x hours
    /// prorated by the rounds it contributed to over the planned rounds; it is paid that, plus the quality
    /// bonus, only when the result reaches the metric threshold. The fee is charged on the measured work;
    /// its validator share goes in equal parts to the validators whose metric is within AGREE_TOLERANCE of
    /// the result, the rest to the treasury; the publisher gets everything else back (including rounds
    /// that never happened). Bonds are released. Anyone may call; everyone withdraws later.
    /// @param taskId the task.
    function settle(uint256 taskId) external {
        uint256 toPool = MarketSettlement.settle(_b, balanceOf, registry, treasury, taskId);
        if (toPool != 0) poolOwed += uint96(toPool);
    }

    /// @notice Withdraws `amount` of the caller's balance.
    /// @param amount base units; at most the balance.
    function withdraw(uint256 amount) external nonReentrant {
        uint256 have = balanceOf[msg.sender];
        if (amount == 0 || amount > have) revert InsufficientBalance(have, amount);
        balanceOf[msg.sender] = have - amount;
        emit Withdrawn(msg.sender, amount);
        token.safeTransfer(msg.sender, amount);
    }

    /// @notice Pays each externally owned account in `accounts` its whole balance, in one transaction
    /// (anyone may call, e.g. the publisher after settlement; the money only goes to its owner). Accounts
    /// with code (contracts, the consensus pool) and empty balances are skipped: they withdraw themselves.
    /// @param accounts the accounts to pay out.
    function payOut(address[] calldata accounts) external nonReentrant {
        for (uint256 i = 0; i < accounts.length; ++i) {
            address a = accounts[i];
            uint256 amount = balanceOf[a];
            if (amount == 0 || a.code.length != 0) continue;
            balanceOf[a] = 0;
            emit Withdrawn(a, amount);
            token.safeTransfer(a, amount);
        }
    }

    /// @notice Sends the consensus pool its part of the fees. The consensus pool only (ValidatorConsensus
    /// .collectFees calls it).
    /// @return amount what was sent.
    function collectPool() external nonReentrant returns (uint256 amount) {
        if (msg.sender != consensusPool) revert NotValidator(msg.sender);
        amount = poolOwed;
        if (amount == 0) revert InsufficientBalance(0, 0);
        poolOwed = 0;
        emit Withdrawn(msg.sender, amount);
        token.safeTransfer(msg.sender, amount);
    }

    // ---- admin ----

    /// @notice Registers a scheduling strategy under `id`; published tasks keep the one they snapshotted.
    /// Admin only.
    /// @param id the strategy id tasks name.
    /// @param scheduler the strategy contract (zero removes it).
    function setScheduler(uint8 id, IScheduler scheduler) external onlyRole(DEFAULT_ADMIN_ROLE) {
        schedulers[id] = scheduler;
        emit SchedulerSet(id, address(scheduler));
    }

    /// @notice Pauses or resumes new publishes and bids; withdrawals, settlements, refunds, dispute and
    /// verification moves and everything else go on. Guardian role only.
    /// @param paused_ true to pause.
    function setPaused(bool paused_) external onlyRole(GUARDIAN_ROLE) {
        paused = paused_;
        emit PauseSet(paused_, msg.sender);
    }

    /// @notice Sets the market's parameters for tasks published from now on. Admin only.
    /// @param params treasury non-zero, fee at most 1000 bps, quorum 3..15, dispute window non-zero and at
    /// most the registry's unbonding delay, validator share at most 10000 bps, non-zero trainer bond,
    /// validator stake and bid bond.
    function setParams(MarketParams calldata params) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setParams(params);
    }

    // ---- views ----

    /// @notice A task's stored record.
    /// @param taskId the task.
    function getTask(uint256 taskId) external view returns (Task memory) {
        return _b.tasks[taskId];
    }

    /// @notice A task's progress: selection, rounds, attestation, dispute, settlement.
    /// @param taskId the task.
    function getProgress(uint256 taskId) external view returns (Progress memory) {
        return _b.progress[taskId];
    }

    /// @notice A task's differential-privacy record: its budget (epsilon x 1e6, delta x 1e18; zero
    /// without a budget) and the cumulative epsilon its committed rounds spent (x 1e6).
    /// @param taskId the task.
    function getPrivacy(uint256 taskId)
        external
        view
        returns (uint64 epsilonBudget, uint64 delta, uint64 epsilonSpent)
    {
        Privacy memory p = _b.privacy[taskId];
        return (p.epsilonBudget, p.delta, p.epsilonSpent);
    }

    /// @notice One bid of a task, by index.
    /// @param taskId the task.
    /// @param index the bid index.
    function getBid(uint256 taskId, uint256 index)
        external
        view
        returns (address node, uint96 rate, uint32 hours_, uint16 reputation)
    {
        Bid memory b = _b.bids[taskId][index];
        BidInfo memory info = _b.bidOf[taskId][b.node];
        return (b.node, b.rate, info.hours_, info.reputation);
    }

    /// @notice How many committed rounds a node contributed to (0 for a node that was not selected).
    /// @param taskId the task.
    /// @param node the node.
    function contributedRounds(uint256 taskId, address node) public view returns (uint256) {
        uint256 idx = _b.bidOf[taskId][node].index1;
        if (idx == 0 || _b.progress[taskId].selectedMask & (uint256(1) << (idx - 1)) == 0) return 0;
        return (_b.contributions[taskId][(idx - 1) >> 4] >> (((idx - 1) & 15) * 16)) & 0xffff;
    }

    /// @notice Whether a validator attested a task.
    /// @param taskId the task.
    /// @param validator the validator.
    function hasAttested(uint256 taskId, address validator) external view returns (bool) {
        uint256 n = _b.progress[taskId].attestCount;
        for (uint256 i = 0; i < n; ++i) {
            if (_b.attestations[taskId][i].validator == validator) return true;
        }
        return false;
    }

    // ---- internal ----

    function _task(uint256 taskId) internal view returns (Task storage t) {
        t = _b.tasks[taskId];
        if (t.status == Status.None) revert UnknownTask(taskId);
    }

    /// @dev Node's bit in the selection mask; reverts when it was not selected.
    function _selectedBit(uint256 taskId, Progress storage pr, address node) internal view returns (uint256 bit) {
        uint256 idx = _b.bidOf[taskId][node].index1;
        bit = idx == 0 ? 0 : uint256(1) << (idx - 1);
        if (bit == 0 || pr.selectedMask & bit == 0) revert NotSelected(node);
    }

    /// @dev Slashes a selected node's task bond and bid bond to `to`; it is not paid for the task.
    function _slash(uint256 taskId, address node, address to) internal {
        Progress storage pr = _b.progress[taskId];
        uint256 bit = _selectedBit(taskId, pr, node);
        if (pr.slashedMask & bit != 0) revert AlreadySlashed(node);
        pr.slashedMask |= bit;
        uint96 amount = pr.bond + _b.bidOf[taskId][node].bond;
        emit ContributorSlashed(taskId, node, amount);
        registry.slashBond(node, amount, to);
    }

    function _refundAll(uint256 taskId, Task storage t, Status status) internal {
        t.status = status;
        uint256 refund = t.budget;
        balanceOf[t.publisher] += refund;
        emit TaskRefunded(taskId, status, refund);
    }

    /// @dev Adds one round to each participant's count; each must be a selected node, named once.
    function _countContributions(uint256 taskId, uint256 selected, address[] calldata participants) internal {
        uint256 seen;
        for (uint256 i = 0; i < participants.length; ++i) {
            uint256 idx = uint256(_b.bidOf[taskId][participants[i]].index1);
            if (idx == 0) revert NotSelected(participants[i]);
            uint256 bit = uint256(1) << (idx - 1);
            if (selected & bit == 0 || seen & bit != 0) revert NotSelected(participants[i]);
            seen |= bit;
            _b.contributions[taskId][(idx - 1) >> 4] += uint256(1) << (((idx - 1) & 15) * 16);
        }
    }

    function _setParams(MarketParams memory p) internal {
        if (p.treasury == address(0)) revert InvalidParams("treasury");
        if (p.feeBps > MAX_FEE_BPS) revert InvalidParams("feeBps");
        if (p.attestQuorum < MIN_QUORUM || p.attestQuorum > MAX_QUORUM) revert InvalidParams("attestQuorum");
        if (p.disputeWindow == 0 || p.disputeWindow > registry.unbondingDelay()) revert InvalidParams("disputeWindow");
        if (p.validatorShareBps > 10_000) revert InvalidParams("validatorShareBps");
        if (p.trainerBond == 0) revert InvalidParams("trainerBond");
        if (p.validatorStake == 0) revert InvalidParams("validatorStake");
        if (p.bidBond == 0) revert InvalidParams("bidBond");
        if (p.poolSharePct > 100 || (p.poolSharePct != 0 && p.consensusPool == address(0))) {
            revert InvalidParams("poolSharePct");
        }
        treasury = p.treasury;
        feeBps = p.feeBps;
        attestQuorum = p.attestQuorum;
        disputeWindow = p.disputeWindow;
        validatorShareBps = p.validatorShareBps;
        trainerBond = p.trainerBond;
        validatorStake = p.validatorStake;
        bidBond = p.bidBond;
        consensusPool = p.consensusPool;
        poolSharePct = p.poolSharePct;
        emit ParamsSet(p);
    }
}
