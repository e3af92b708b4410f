// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {NodeRegistry, Eligibility} from "./NodeRegistry.sol";
import {IScheduler, Candidate} from "./IScheduler.sol";

/// @notice What a publisher states about a task.
struct TaskParams {
    bytes32 modelSpecHash; // the model spec's hash
    bytes32 dataSchemaHash; // the data schema's hash
    uint96 budget; // escrowed at publish, token base units
    uint96 maxHourlyRate; // the highest rate a bid may ask
    uint32 biddingDeadline; // unix time; bids after it are late
    uint32 executionDeadline; // unix time; without attestation by then the task expires
    uint16 minReputation; // basis points
    uint16 metricId; // which metric the acceptance criterion measures (e.g. 1 = accuracy in ppm)
    uint32 metricThreshold; // accepted when the attested metric is at least this
    uint16 minCpuCores;
    uint32 minMemoryMB;
    uint16 minGpuCount;
    uint8 maxNodes; // 1..255
    uint16 bonusBps; // quality bonus on the base pay when accepted, basis points
    uint8 schedulerId; // the selection strategy, from the market's scheduler list
    address coordinator; // commits the rounds; zero = the publisher
    uint64 epsilonBudget; // differential-privacy budget: epsilon x 1e6 (rounded up); 0 = no budget
    uint64 privacyDelta; // the budget's delta x 1e18 (rounded to nearest); 0 when there is no budget
}

/// @title TaskMarket
/// @notice Publishers post training tasks with an escrowed budget; eligible trainers bid; the task's
/// scheduling strategy selects; the coordinator commits every round; a validator quorum attests the
/// outcome; after a dispute window settlement credits the nodes (rate x hours plus a quality bonus), the
/// treasury's fee and the publisher's refund, which everyone withdraws (pull payments).
contract TaskMarket is AccessControl, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice May resolve disputes (the DAO later).
    bytes32 public constant ARBITER_ROLE = keccak256("ARBITER_ROLE");
    /// @notice The highest protocol fee, basis points.
    uint16 public constant MAX_FEE_BPS = 1_000;
    /// @notice The highest quality bonus a task may offer, basis points.
    uint16 public constant MAX_BONUS_BPS = 5_000;
    uint256 internal constant MAX_BIDS = 255;

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

    /// @dev Packed into three slots so that publishing writes three new slots. The model spec and data
    /// schema hashes are not stored: TaskPublished carries them, indexed by task id.
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
    }

    /// @dev Written after publication: selection, rounds, attestation, settlement.
    struct Progress {
        uint8 attestCount;
        uint32 rounds;
        uint32 attestedAt;
        uint64 metricSum;
        uint96 paidTotal;
        uint256 selectedMask;
        uint96 baseTotal;
        uint96 fee;
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
    }

    /// @notice The payment token.
    IERC20 public immutable token;
    /// @notice The node registry.
    NodeRegistry public immutable registry;
    /// @notice Receives the protocol fee.
    address public treasury;
    /// @notice The protocol fee on the base pay, basis points.
    uint16 public feeBps;
    /// @notice Validators whose attestations complete a task.
    uint8 public attestQuorum;
    /// @notice Seconds after attestation during which the publisher may dispute; never above the registry's
    /// unbonding delay.
    uint32 public disputeWindow;
    /// @notice The next task id (ids start at 1).
    uint256 public nextTaskId = 1;

    /// @notice Scheduling strategies by id.
    mapping(uint8 => IScheduler) public schedulers;
    /// @notice Withdrawable balances (pull payments).
    mapping(address => uint256) public balanceOf;

    mapping(uint256 => Task) internal _tasks;
    mapping(uint256 => Progress) internal _progress;
    mapping(uint256 => mapping(uint256 => Bid)) internal _bids;
    mapping(uint256 => mapping(address => BidInfo)) internal _bidOf;
    mapping(uint256 => Privacy) internal _privacy;
    /// @notice keccak256(abi.encode(modelCid, participants, epsilon)) per task and round.
    mapping(uint256 => mapping(uint256 => bytes32)) public roundCommitment;
    /// @notice Whether a validator attested a task.
    mapping(uint256 => mapping(address => bool)) public hasAttested;

    /// @dev The other parameters are stored and readable through getTask.
    event TaskPublished(
        uint256 indexed taskId, address indexed publisher, bytes32 modelSpecHash, bytes32 dataSchemaHash, uint96 budget
    );
    event BidPlaced(uint256 indexed taskId, address indexed node, uint256 index, uint96 rate, uint32 hours_);
    event NodesSelected(uint256 indexed taskId, uint256 mask, uint256 count, uint256 baseTotal);
    /// @dev epsilon: the task's cumulative privacy spend after the round, x 1e6 (0 for a task without a
    /// privacy budget).
    event RoundCommitted(
        uint256 indexed taskId, uint32 indexed round, bytes modelCid, address[] participants, uint64 epsilon
    );
    event Attested(uint256 indexed taskId, address indexed validator, uint32 metric, uint8 count);
    event TaskAttested(uint256 indexed taskId, uint32 metric, bool accepted);
    event Disputed(uint256 indexed taskId, address indexed by);
    event DisputeResolved(uint256 indexed taskId, bool payNodes);
    event Paid(uint256 indexed taskId, address indexed node, uint256 amount);
    event TaskSettled(uint256 indexed taskId, uint256 paidTotal, uint256 fee, uint256 refund);
    event TaskRefunded(uint256 indexed taskId, Status status, uint256 refund);
    event Withdrawn(address indexed account, uint256 amount);
    event SchedulerSet(uint8 indexed id, address scheduler);
    event ParamsSet(address treasury, uint16 feeBps, uint8 attestQuorum, uint32 disputeWindow);

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
    error TooManyBids();
    error NoBids();
    error BadSelection(uint256 mask);
    error WrongRound(uint32 got, uint32 want);
    error DeadlinePassed(uint256 deadline);
    error NotExpired(uint256 deadline);
    error NotValidator(address caller);
    error AlreadyAttested(address validator);
    error ConflictOfInterest(address validator);
    error DisputeWindowOpen(uint256 until);
    error DisputeWindowClosed(uint256 until);
    error InsufficientBalance(uint256 have, uint256 want);
    error PrivacyBudgetExceeded(uint64 epsilon, uint64 budget);
    error EpsilonDecreased(uint64 epsilon, uint64 spent);

    /// @notice Deploys the market.
    /// @param token_ the payment token.
    /// @param registry_ the node registry.
    /// @param admin receives the admin and arbiter roles.
    /// @param treasury_ receives the protocol fee.
    /// @param feeBps_ the protocol fee, basis points (at most 1000).
    /// @param attestQuorum_ validators needed to complete a task.
    /// @param disputeWindow_ seconds; at most the registry's unbonding delay.
    constructor(
        IERC20 token_,
        NodeRegistry registry_,
        address admin,
        address treasury_,
        uint16 feeBps_,
        uint8 attestQuorum_,
        uint32 disputeWindow_
    ) {
        token = token_;
        registry = registry_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(ARBITER_ROLE, admin);
        _setParams(treasury_, feeBps_, attestQuorum_, disputeWindow_);
    }

    // ---- publisher ----

    /// @notice Publishes a task and escrows its budget (pulled with transferFrom).
    /// @param p the task's parameters.
    /// @return taskId the new task's id.
    function publish(TaskParams calldata p) external nonReentrant returns (uint256 taskId) {
        if (p.budget == 0) revert InvalidParams("budget");
        if (p.biddingDeadline <= block.timestamp || p.executionDeadline <= p.biddingDeadline) {
            revert InvalidParams("deadlines");
        }
        if (p.maxNodes == 0) revert InvalidParams("maxNodes");
        if (p.bonusBps > MAX_BONUS_BPS) revert InvalidParams("bonusBps");
        if (p.minReputation > 10_000) revert InvalidParams("minReputation");
        if (address(schedulers[p.schedulerId]) == address(0)) revert InvalidParams("schedulerId");
        if (
            p.epsilonBudget == 0 ? p.privacyDelta != 0 : (p.privacyDelta == 0 || p.privacyDelta >= 1e18)
        ) revert InvalidParams("privacy");
        taskId = nextTaskId++;
        Task storage t = _tasks[taskId];
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
        if (p.epsilonBudget != 0) _privacy[taskId] = Privacy(p.epsilonBudget, p.privacyDelta, 0);
        emit TaskPublished(taskId, msg.sender, p.modelSpecHash, p.dataSchemaHash, p.budget);
        token.safeTransferFrom(msg.sender, address(this), p.budget);
    }

    /// @notice Cancels an open task before selection and credits its budget back to the publisher.
    /// @param taskId the task.
    function cancel(uint256 taskId) external {
        Task storage t = _task(taskId);
        if (msg.sender != t.publisher) revert NotPublisher(msg.sender);
        if (t.status != Status.Open) revert WrongStatus(taskId, t.status);
        _refundAll(taskId, t, Status.Cancelled);
    }

    /// @notice Refunds a task that missed its execution deadline without attestation. Anyone may call.
    /// @param taskId the task.
    function expire(uint256 taskId) external {
        Task storage t = _task(taskId);
        if (t.status != Status.Open && t.status != Status.Selected) revert WrongStatus(taskId, t.status);
        if (block.timestamp <= t.executionDeadline) revert NotExpired(t.executionDeadline);
        _refundAll(taskId, t, Status.Expired);
    }

    // ---- nodes ----

    /// @notice Bids on an open task as a trainer.
    /// @param taskId the task.
    /// @param rate token base units per hour; at most the task's max hourly rate.
    /// @param hours_ estimated hours (at least 1).
    function bid(uint256 taskId, uint96 rate, uint32 hours_) external {
        Task storage t = _task(taskId);
        if (t.status != Status.Open) revert WrongStatus(taskId, t.status);
        if (block.timestamp > t.biddingDeadline) revert BiddingClosed(t.biddingDeadline);
        if (rate > t.maxHourlyRate) revert RateTooHigh(rate, t.maxHourlyRate);
        if (hours_ == 0 || rate == 0) revert InvalidParams("bid");
        BidInfo storage info = _bidOf[taskId][msg.sender];
        if (info.index1 != 0) revert AlreadyBid(msg.sender);
        uint256 index = t.bidCount;
        if (index >= MAX_BIDS) revert TooManyBids();
        Eligibility memory e = registry.eligibility(msg.sender, 1);
        if (
            !e.active || e.reputation < t.minReputation || e.cpuCores < t.minCpuCores
                || e.memoryMB < t.minMemoryMB || e.gpuCount < t.minGpuCount
        ) revert NotEligible(msg.sender);
        t.bidCount = uint8(index + 1);
        _bids[taskId][index] = Bid(msg.sender, rate);
        info.index1 = uint8(index + 1);
        info.hours_ = hours_;
        info.reputation = e.reputation;
        emit BidPlaced(taskId, msg.sender, index, rate, hours_);
    }

    /// @notice Runs the task's scheduling strategy over its bids and records the selected nodes, whose
    /// stakes stay locked until the execution deadline plus the dispute window. The publisher may select at
    /// any time; anyone may once bidding has closed.
    /// @param taskId the task.
    function select(uint256 taskId) external {
        Task storage t = _task(taskId);
        if (t.status != Status.Open) revert WrongStatus(taskId, t.status);
        if (msg.sender != t.publisher && block.timestamp <= t.biddingDeadline) revert BiddingOpen(t.biddingDeadline);
        uint256 n = t.bidCount;
        if (n == 0) revert NoBids();
        Candidate[] memory cands = new Candidate[](n);
        for (uint256 i = 0; i < n; ++i) {
            Bid memory b = _bids[taskId][i];
            BidInfo memory info = _bidOf[taskId][b.node];
            cands[i] = Candidate(b.node, b.rate, info.hours_, info.reputation);
        }
        uint16 fee_ = feeBps;
        uint256 spendLimit = (uint256(t.budget) * 10_000) / (10_000 + fee_);
        uint256 mask = schedulers[t.schedulerId].select(cands, t.maxNodes, spendLimit);
        if (mask == 0 || (n < 256 && mask >> n != 0)) revert BadSelection(mask);
        uint256 base;
        uint256 count;
        uint32 lockUntil = t.executionDeadline + disputeWindow;
        for (uint256 i = 0; i < n; ++i) {
            if (mask & (uint256(1) << i) == 0) continue;
            base += uint256(cands[i].rate) * cands[i].hours_;
            ++count;
            registry.lock(cands[i].node, lockUntil);
        }
        uint256 fee = (base * fee_) / 10_000;
        if (count > t.maxNodes || base + fee > t.budget) revert BadSelection(mask);
        t.status = Status.Selected;
        t.selectedCount = uint8(count);
        Progress storage pr = _progress[taskId];
        pr.selectedMask = mask;
        pr.baseTotal = uint96(base);
        pr.fee = uint96(fee);
        emit NodesSelected(taskId, mask, count, base);
    }

    /// @notice Commits one federated round: the global model's CID, its participants and the task's
    /// cumulative differential-privacy spend after it. Rounds are numbered from 1 and committed in order
    /// by the task's coordinator before the execution deadline. For a task with a privacy budget the
    /// spend never decreases and never exceeds the budget; a task without one records 0.
    /// @param taskId the task.
    /// @param round the round number.
    /// @param modelCid the global model's CID (binary form).
    /// @param participants the nodes whose updates the round aggregated.
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
        Progress storage pr = _progress[taskId];
        if (round != pr.rounds + 1) revert WrongRound(round, pr.rounds + 1);
        Privacy storage pv = _privacy[taskId];
        uint64 budget = pv.epsilonBudget;
        if (budget == 0) {
            if (epsilon != 0) revert InvalidParams("epsilon");
        } else {
            if (epsilon > budget) revert PrivacyBudgetExceeded(epsilon, budget);
            if (epsilon < pv.epsilonSpent) revert EpsilonDecreased(epsilon, pv.epsilonSpent);
            pv.epsilonSpent = epsilon;
        }
        pr.rounds = round;
        roundCommitment[taskId][round] = keccak256(abi.encode(modelCid, participants, epsilon));
        emit RoundCommitted(taskId, round, modelCid, participants, epsilon);
    }

    /// @notice Attests the measured metric of a task's final model as an active validator that did not
    /// train it. When the quorum is reached the task is attested with the mean metric and the dispute
    /// window starts.
    /// @param taskId the task.
    /// @param metric the measured metric (same unit as the task's threshold).
    function attest(uint256 taskId, uint32 metric) external {
        Task storage t = _task(taskId);
        if (t.status != Status.Selected) revert WrongStatus(taskId, t.status);
        if (block.timestamp > t.executionDeadline) revert DeadlinePassed(t.executionDeadline);
        if (!registry.isActive(msg.sender, 4)) revert NotValidator(msg.sender);
        if (_bidOf[taskId][msg.sender].index1 != 0) revert ConflictOfInterest(msg.sender);
        if (hasAttested[taskId][msg.sender]) revert AlreadyAttested(msg.sender);
        hasAttested[taskId][msg.sender] = true;
        Progress storage pr = _progress[taskId];
        uint8 count = pr.attestCount + 1;
        uint64 sum = pr.metricSum + metric;
        pr.attestCount = count;
        pr.metricSum = sum;
        emit Attested(taskId, msg.sender, metric, count);
        if (count >= attestQuorum) {
            pr.attestedAt = uint32(block.timestamp);
            t.status = Status.Attested;
            uint32 mean = uint32(sum / count);
            emit TaskAttested(taskId, mean, mean >= t.metricThreshold);
        }
    }

    /// @notice Disputes an attested task inside its dispute window; settlement waits for the arbiter.
    /// @param taskId the task.
    function dispute(uint256 taskId) external {
        Task storage t = _task(taskId);
        if (msg.sender != t.publisher) revert NotPublisher(msg.sender);
        if (t.status != Status.Attested) revert WrongStatus(taskId, t.status);
        uint256 until = uint256(_progress[taskId].attestedAt) + disputeWindow;
        if (block.timestamp >= until) revert DisputeWindowClosed(until);
        t.status = Status.Disputed;
        emit Disputed(taskId, msg.sender);
    }

    /// @notice Resolves a dispute: either the task goes on to settlement or the whole budget is refunded.
    /// Arbiter role only.
    /// @param taskId the task.
    /// @param payNodes true to let settlement pay the nodes.
    function resolveDispute(uint256 taskId, bool payNodes) external onlyRole(ARBITER_ROLE) {
        Task storage t = _task(taskId);
        if (t.status != Status.Disputed) revert WrongStatus(taskId, t.status);
        emit DisputeResolved(taskId, payNodes);
        if (payNodes) {
            t.status = Status.Attested;
        } else {
            _refundAll(taskId, t, Status.Rejected);
        }
    }

    /// @notice Settles an attested task after its dispute window: credits each selected node rate x hours
    /// plus the quality bonus when the metric met the threshold, the treasury's fee and the publisher's
    /// refund. Anyone may call; everyone withdraws later.
    /// @param taskId the task.
    function settle(uint256 taskId) external {
        Task storage t = _task(taskId);
        if (t.status != Status.Attested) revert WrongStatus(taskId, t.status);
        Progress storage pr = _progress[taskId];
        uint256 until = uint256(pr.attestedAt) + disputeWindow;
        if (block.timestamp < until) revert DisputeWindowOpen(until);
        t.status = Status.Settled;
        uint256 budget = t.budget;
        uint256 base = pr.baseTotal;
        uint256 fee = pr.fee;
        uint256 bonus;
        if (t.bonusBps != 0 && pr.metricSum / pr.attestCount >= t.metricThreshold) {
            bonus = (base * t.bonusBps) / 10_000;
            uint256 room = budget - base - fee;
            if (bonus > room) bonus = room;
        }
        uint256 mask = pr.selectedMask;
        uint256 n = t.bidCount;
        uint256 paid;
        for (uint256 i = 0; i < n; ++i) {
            if (mask & (uint256(1) << i) == 0) continue;
            Bid memory b = _bids[taskId][i];
            uint256 cost = uint256(b.rate) * _bidOf[taskId][b.node].hours_;
            uint256 amount = cost + (bonus == 0 ? 0 : (cost * bonus) / base);
            paid += amount;
            balanceOf[b.node] += amount;
            emit Paid(taskId, b.node, amount);
        }
        // Invariant: the nodes and the fee never get more than the budget.
        assert(paid + fee <= budget);
        uint256 refund = budget - paid - fee;
        pr.paidTotal = uint96(paid);
        if (fee != 0) balanceOf[treasury] += fee;
        if (refund != 0) balanceOf[t.publisher] += refund;
        emit TaskSettled(taskId, paid, fee, refund);
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

    // ---- admin ----

    /// @notice Registers a scheduling strategy under `id`. Admin only.
    /// @param id the strategy id tasks name.
    /// @param scheduler the strategy contract (zero removes it).
    function setScheduler(uint8 id, IScheduler scheduler) external onlyRole(DEFAULT_ADMIN_ROLE) {
        schedulers[id] = scheduler;
        emit SchedulerSet(id, address(scheduler));
    }

    /// @notice Sets the treasury, fee, attestation quorum and dispute window. Admin only.
    /// @param treasury_ receives the fee.
    /// @param feeBps_ basis points, at most 1000.
    /// @param attestQuorum_ at least 1.
    /// @param disputeWindow_ seconds, at most the registry's unbonding delay.
    function setParams(address treasury_, uint16 feeBps_, uint8 attestQuorum_, uint32 disputeWindow_)
        external
        onlyRole(DEFAULT_ADMIN_ROLE)
    {
        _setParams(treasury_, feeBps_, attestQuorum_, disputeWindow_);
    }

    // ---- views ----

    /// @notice A task's stored record.
    /// @param taskId the task.
    function getTask(uint256 taskId) external view returns (Task memory) {
        return _tasks[taskId];
    }

    /// @notice A task's progress: selection, rounds, attestation, settlement.
    /// @param taskId the task.
    function getProgress(uint256 taskId) external view returns (Progress memory) {
        return _progress[taskId];
    }

    /// @notice A task's differential-privacy record: its budget (epsilon x 1e6, delta x 1e18; zero
    /// without a budget) and the cumulative epsilon its committed rounds spent (x 1e6).
    /// @param taskId the task.
    function getPrivacy(uint256 taskId)
        external
        view
        returns (uint64 epsilonBudget, uint64 delta, uint64 epsilonSpent)
    {
        Privacy memory p = _privacy[taskId];
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
        Bid memory b = _bids[taskId][index];
        BidInfo memory info = _bidOf[taskId][b.node];
        return (b.node, b.rate, info.hours_, info.reputation);
    }

    // ---- internal ----

    function _task(uint256 taskId) internal view returns (Task storage t) {
        t = _tasks[taskId];
        if (t.status == Status.None) revert UnknownTask(taskId);
    }

    function _refundAll(uint256 taskId, Task storage t, Status status) internal {
        t.status = status;
        uint256 refund = t.budget;
        balanceOf[t.publisher] += refund;
        emit TaskRefunded(taskId, status, refund);
    }

    function _setParams(address treasury_, uint16 feeBps_, uint8 attestQuorum_, uint32 disputeWindow_) internal {
        if (treasury_ == address(0)) revert InvalidParams("treasury");
        if (feeBps_ > MAX_FEE_BPS) revert InvalidParams("feeBps");
        if (attestQuorum_ == 0) revert InvalidParams("attestQuorum");
        if (disputeWindow_ > registry.unbondingDelay()) revert InvalidParams("disputeWindow");
        treasury = treasury_;
        feeBps = feeBps_;
        attestQuorum = attestQuorum_;
        disputeWindow = disputeWindow_;
        emit ParamsSet(treasury_, feeBps_, attestQuorum_, disputeWindow_);
    }
}
