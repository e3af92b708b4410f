// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {NodeRegistry} from "./NodeRegistry.sol";

/// @notice A market that owes the consensus pool part of its fees (TaskMarket).
interface IFeeMarket {
    function poolOwed() external view returns (uint96);
    function collectPool() external returns (uint256);
}

/// @title ValidatorConsensus
/// @notice Validators' commit-reveal weights per node each epoch, Yuma-style consensus (stake-weighted
/// median, clipping, EMA bonds), rewards from a funded pool into pull balances, and node reputations in
/// the NodeRegistry (this contract holds its SCORER_ROLE). The math is internal/consensus's, bit for bit:
/// fixed point ONE = 1e9, floor division, in the same order.
/// @dev Epoch e covers [start + e·epochLength, start + (e+1)·epochLength): commits in its first
/// commitWindow seconds, reveals in the rest, finalize (anyone) once it is over, epochs in increasing
/// order. At most MAX_NODES scored nodes and MAX_VALIDATORS reveals per epoch bound finalize's gas.
contract ValidatorConsensus is AccessControl, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice Fixed-point unit of shares, weights, consensus and bonds.
    uint256 public constant ONE = 1e9;
    /// @notice Largest revealed weight (basis points).
    uint16 public constant MAX_WEIGHT = 10_000;
    /// @notice Most scored nodes per epoch.
    uint256 public constant MAX_NODES = 64;
    /// @notice Most validators revealing per epoch.
    uint256 public constant MAX_VALIDATORS = 32;
    /// @notice Missed epochs after which a bond is gone.
    uint256 public constant MAX_IDLE = 256;

    uint8 internal constant ROLE_TRAINER = 1;
    uint8 internal constant ROLE_VALIDATOR = 4;
    uint8 internal constant ROLE_MINER = 16;

    /// @notice The reward token (the staking token).
    IERC20 public immutable token;
    /// @notice Where validators' stakes and roles are read and reputations written.
    NodeRegistry public immutable registry;
    /// @notice Start of epoch 0.
    uint64 public immutable start;
    /// @notice Seconds per epoch.
    uint32 public immutable epochLength;
    /// @notice Seconds at the start of each epoch during which validators commit.
    uint32 public immutable commitWindow;

    /// @notice Bond EMA weight of the new epoch, units of ONE.
    uint64 public alpha;
    /// @notice The nodes' part of an epoch's reward (basis points); validators get the rest.
    uint16 public nodeShareBps;
    /// @notice The most an epoch pays out of the pool.
    uint256 public rewardPerEpoch;
    /// @notice Tokens funded and not yet paid out.
    uint256 public pool;
    /// @notice Tokens credited and not yet claimed.
    uint256 public owed;
    /// @notice A node's or validator's claimable tokens.
    mapping(address => uint256) public balanceOf;
    /// @notice A validator's bond (units of ONE) after the last epoch it revealed in.
    mapping(address => uint64) public bondOf;
    /// @notice One more than the last epoch a validator's bond was updated in (0: never).
    mapping(address => uint64) public bondEpochOf;
    /// @notice A node's consensus weight c_j in the last finalized epoch that scored it (units of ONE).
    mapping(address => uint64) public consensusOf;
    /// @notice A validator's commitment per epoch.
    mapping(uint256 => mapping(address => bytes32)) public commitmentOf;
    /// @notice One more than the last finalized epoch (0: none).
    uint256 public finalizedThrough;

    struct Vote {
        uint96 stake;
        bool revealed;
        uint256[4] packed; // 16 weights of 16 bits per word, by node index
    }

    struct EpochData {
        bool finalized;
        address[] nodes;
        address[] revealers;
        mapping(address => uint256) nodeIndex; // index + 1
        mapping(address => Vote) votes;
    }

    mapping(uint256 => EpochData) internal _epochs;

    event Committed(uint256 indexed epoch, address indexed validator, bytes32 commitment);
    event Revealed(uint256 indexed epoch, address indexed validator, uint256 nodes);
    event NodeScored(uint256 indexed epoch, address indexed node, uint64 consensus, uint64 weight, uint16 reputation, uint256 reward);
    event ValidatorPaid(uint256 indexed epoch, address indexed validator, uint64 bond, uint256 reward);
    event EpochFinalized(uint256 indexed epoch, uint256 validators, uint256 nodes, uint256 paid);
    event Funded(address indexed from, uint256 amount);
    event Claimed(address indexed who, uint256 amount);
    event ParamsSet(uint64 alpha, uint16 nodeShareBps, uint256 rewardPerEpoch);

    error NotValidator(address who);
    error CommitClosed(uint256 epoch);
    error RevealClosed(uint256 epoch);
    error NoCommitment(uint256 epoch, address validator);
    error AlreadyRevealed(uint256 epoch, address validator);
    error CommitmentMismatch(uint256 epoch, address validator);
    error BadVector(uint256 nodes, uint256 weights);
    error EmptyVector();
    error WeightOutOfRange(address node, uint16 weight);
    error DuplicateNode(address node);
    error NotScorable(address node);
    error TooManyNodes(uint256 epoch);
    error TooManyValidators(uint256 epoch);
    error EpochNotOver(uint256 epoch);
    error AlreadyFinalized(uint256 epoch);
    error EpochOutOfOrder(uint256 epoch, uint256 finalizedThrough);
    error InvalidParams();
    error InvalidAmount();
    error NothingToClaim();

    /// @notice Deploys the consensus; the registry's admin must then grant it SCORER_ROLE.
    /// @param token_ the reward token.
    /// @param registry_ the node registry.
    /// @param admin may change the parameters.
    /// @param epochLength_ seconds per epoch.
    /// @param commitWindow_ seconds of commit phase at the start of each epoch (below epochLength_).
    constructor(IERC20 token_, NodeRegistry registry_, address admin, uint32 epochLength_, uint32 commitWindow_) {
        if (commitWindow_ == 0 || commitWindow_ >= epochLength_) revert InvalidParams();
        token = token_;
        registry = registry_;
        start = uint64(block.timestamp);
        epochLength = epochLength_;
        commitWindow = commitWindow_;
        alpha = uint64(ONE / 10);
        nodeShareBps = 5_000;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// @notice Sets the bond EMA weight, the nodes' share and the per-epoch reward. Admin only.
    function setParams(uint64 alpha_, uint16 nodeShareBps_, uint256 rewardPerEpoch_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (alpha_ == 0 || alpha_ > ONE || nodeShareBps_ > 10_000) revert InvalidParams();
        alpha = alpha_;
        nodeShareBps = nodeShareBps_;
        rewardPerEpoch = rewardPerEpoch_;
        emit ParamsSet(alpha_, nodeShareBps_, rewardPerEpoch_);
    }

    /// @notice The current epoch.
    function currentEpoch() public view returns (uint256) {
        return (block.timestamp - start) / epochLength;
    }

    /// @notice Whether the current epoch is in its commit phase.
    function inCommitPhase() public view returns (bool) {
        return (block.timestamp - start) % epochLength < commitWindow;
    }

    /// @notice The commitment a validator makes for a vector: keccak256(abi.encode(epoch, validator,
    /// nodes, weights, salt)); binding the validator keeps anyone from committing a copy of another's.
    function commitmentFor(uint256 epoch, address validator, address[] calldata nodes, uint16[] calldata weights, bytes32 salt)
        public
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(epoch, validator, nodes, weights, salt));
    }

    /// @notice Commits to this epoch's vector (an active validator, during the commit phase; a new
    /// commitment replaces the last).
    function commit(bytes32 commitment) external {
        uint256 e = currentEpoch();
        if (!inCommitPhase()) revert CommitClosed(e);
        if (!registry.isActive(msg.sender, ROLE_VALIDATOR)) revert NotValidator(msg.sender);
        commitmentOf[e][msg.sender] = commitment;
        emit Committed(e, msg.sender, commitment);
    }

    /// @notice Reveals the committed vector during the epoch's reveal phase. Nodes must be active
    /// trainers or miners; weights are basis points, not all zero; the validator's stake is read now.
    function reveal(uint256 epoch, address[] calldata nodes, uint16[] calldata weights, bytes32 salt) external {
        if (epoch != currentEpoch() || inCommitPhase()) revert RevealClosed(epoch);
        EpochData storage ed = _epochs[epoch];
        Vote storage v = ed.votes[msg.sender];
        bytes32 c = commitmentOf[epoch][msg.sender];
        if (c == bytes32(0)) revert NoCommitment(epoch, msg.sender);
        if (v.revealed) revert AlreadyRevealed(epoch, msg.sender);
        if (commitmentFor(epoch, msg.sender, nodes, weights, salt) != c) revert CommitmentMismatch(epoch, msg.sender);
        if (nodes.length == 0 || nodes.length != weights.length || nodes.length > MAX_NODES) revert BadVector(nodes.length, weights.length);
        if (ed.revealers.length >= MAX_VALIDATORS) revert TooManyValidators(epoch);
        if (!registry.isActive(msg.sender, ROLE_VALIDATOR)) revert NotValidator(msg.sender);
        uint256[4] memory packed;
        uint256 seen;
        uint256 sum;
        for (uint256 k = 0; k < nodes.length; ++k) {
            uint256 idx = _indexOf(ed, epoch, nodes[k]);
            if (seen & (1 << idx) != 0) revert DuplicateNode(nodes[k]);
            seen |= 1 << idx;
            uint16 w = weights[k];
            if (w > MAX_WEIGHT) revert WeightOutOfRange(nodes[k], w);
            packed[idx / 16] |= uint256(w) << ((idx % 16) * 16);
            sum += w;
        }
        if (sum == 0) revert EmptyVector();
        v.revealed = true;
        v.stake = registry.nodeInfo(msg.sender).stake;
        v.packed = packed;
        ed.revealers.push(msg.sender);
        emit Revealed(epoch, msg.sender, nodes.length);
    }

    /// @dev A node's index in the epoch's list, adding it (an active trainer or miner) when new.
    function _indexOf(EpochData storage ed, uint256 epoch, address node) internal returns (uint256) {
        uint256 i = ed.nodeIndex[node];
        if (i != 0) return i - 1;
        if (!registry.isActive(node, ROLE_TRAINER) && !registry.isActive(node, ROLE_MINER)) revert NotScorable(node);
        if (ed.nodes.length >= MAX_NODES) revert TooManyNodes(epoch);
        ed.nodes.push(node);
        ed.nodeIndex[node] = ed.nodes.length;
        return ed.nodes.length - 1;
    }

    /// @notice Adds `amount` tokens to the reward pool (anyone; pulled with transferFrom).
    function fund(uint256 amount) external nonReentrant {
        if (amount == 0) revert InvalidAmount();
        pool += amount;
        emit Funded(msg.sender, amount);
        token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @notice Moves the fees a market owes this contract (TaskMarket's consensus-pool share, poolOwed) into
    /// the reward pool: collects them from `market` and adds what actually arrived.
    /// Anyone may call.
    /// @param market the market (TaskMarket) holding the credit.
    function collectFees(IFeeMarket market) external nonReentrant {
        if (market.poolOwed() == 0) revert InvalidAmount();
        uint256 before = token.balanceOf(address(this));
        market.collectPool();
        uint256 got = token.balanceOf(address(this)) - before;
        pool += got;
        emit Funded(address(market), got);
    }

    /// @notice Withdraws the caller's credited rewards.
    function claim() external nonReentrant {
        uint256 amount = balanceOf[msg.sender];
        if (amount == 0) revert NothingToClaim();
        balanceOf[msg.sender] = 0;
        owed -= amount;
        emit Claimed(msg.sender, amount);
        token.safeTransfer(msg.sender, amount);
    }

    /// @notice The scored nodes and the revealing validators of an epoch, in the order they appeared.
    function epochInfo(uint256 epoch) external view returns (address[] memory nodes, address[] memory validators, bool finalized) {
        EpochData storage ed = _epochs[epoch];
        return (ed.nodes, ed.revealers, ed.finalized);
    }

    /// @notice A revealed vector over the epoch's node list (zero for nodes it did not list) and its stake.
    function voteOf(uint256 epoch, address validator) external view returns (uint16[] memory weights, uint96 stake, bool revealed) {
        EpochData storage ed = _epochs[epoch];
        Vote storage v = ed.votes[validator];
        weights = new uint16[](ed.nodes.length);
        for (uint256 j = 0; j < weights.length; ++j) weights[j] = uint16(v.packed[j / 16] >> ((j % 16) * 16));
        return (weights, v.stake, v.revealed);
    }

    // ---- finalize ----

    struct Work {
        uint256 n;
        uint256 m;
        uint256[] shares;
        uint256 sTotal;
        uint256[][] w; // normalized weights, by validator then node
        uint256[] cons;
        uint256[] weight;
        uint256 rankSum;
        uint256[] bonds;
        uint256 bondSum;
    }

    /// @notice Finalizes a finished epoch (anyone, in increasing epoch order): computes consensus,
    /// bonds and rewards, credits balances, and writes the scored nodes' reputations.
    function finalize(uint256 epoch) external nonReentrant {
        if (epoch >= currentEpoch()) revert EpochNotOver(epoch);
        EpochData storage ed = _epochs[epoch];
        if (ed.finalized) revert AlreadyFinalized(epoch);
        if (epoch < finalizedThrough) revert EpochOutOfOrder(epoch, finalizedThrough);
        ed.finalized = true;
        finalizedThrough = epoch + 1;
        Work memory wk = _load(ed);
        if (wk.m == 0) {
            emit EpochFinalized(epoch, 0, ed.nodes.length, 0);
            return;
        }
        _consensus(wk);
        _ranks(wk);
        _bonds(ed, wk, epoch);
        uint256 reward = rewardPerEpoch < pool ? rewardPerEpoch : pool;
        uint256 paid;
        if (wk.rankSum != 0) {
            paid = _payNodes(ed, wk, epoch, reward) + _payValidators(ed, wk, epoch, reward);
        } else {
            _payNodes(ed, wk, epoch, 0);
        }
        pool -= paid;
        owed += paid;
        emit EpochFinalized(epoch, wk.m, wk.n, paid);
    }

    function _load(EpochData storage ed) internal view returns (Work memory wk) {
        wk.n = ed.nodes.length;
        wk.m = ed.revealers.length;
        wk.shares = new uint256[](wk.m);
        wk.w = new uint256[][](wk.m);
        uint256 total;
        for (uint256 i = 0; i < wk.m; ++i) total += ed.votes[ed.revealers[i]].stake;
        for (uint256 i = 0; i < wk.m; ++i) {
            Vote storage v = ed.votes[ed.revealers[i]];
            if (total != 0) wk.shares[i] = uint256(v.stake) * ONE / total;
            wk.sTotal += wk.shares[i];
            uint256[4] memory p = v.packed;
            uint256[] memory row = new uint256[](wk.n);
            uint256 sum;
            for (uint256 j = 0; j < wk.n; ++j) {
                row[j] = (p[j / 16] >> ((j % 16) * 16)) & 0xffff;
                sum += row[j];
            }
            for (uint256 j = 0; j < wk.n; ++j) row[j] = row[j] * ONE / sum;
            wk.w[i] = row;
        }
    }

    /// @dev c_j: sort (weight, share) pairs by weight, descending; the weight at which the running stake
    /// first reaches half the total.
    function _consensus(Work memory wk) internal pure {
        wk.cons = new uint256[](wk.n);
        if (wk.sTotal == 0) return;
        uint256[] memory col = new uint256[](wk.m);
        for (uint256 j = 0; j < wk.n; ++j) {
            for (uint256 i = 0; i < wk.m; ++i) {
                uint256 x = (wk.w[i][j] << 128) | wk.shares[i];
                uint256 b = i;
                while (b > 0 && col[b - 1] >> 128 < x >> 128) {
                    col[b] = col[b - 1];
                    --b;
                }
                col[b] = x;
            }
            uint256 cum;
            for (uint256 k = 0; k < wk.m; ++k) {
                cum += col[k] & type(uint128).max;
                if (2 * cum >= wk.sTotal) {
                    wk.cons[j] = col[k] >> 128;
                    break;
                }
            }
        }
    }

    function _ranks(Work memory wk) internal pure {
        wk.weight = new uint256[](wk.n);
        for (uint256 j = 0; j < wk.n; ++j) {
            uint256 acc;
            for (uint256 i = 0; i < wk.m; ++i) acc += wk.shares[i] * _min(wk.w[i][j], wk.cons[j]);
            wk.weight[j] = acc / ONE; // the rank, until normalized below
            wk.rankSum += wk.weight[j];
        }
        for (uint256 j = 0; j < wk.n; ++j) {
            wk.weight[j] = wk.rankSum == 0 ? 0 : wk.weight[j] * ONE / wk.rankSum;
        }
    }

    function _bonds(EpochData storage ed, Work memory wk, uint256 epoch) internal {
        uint256[] memory votes = new uint256[](wk.m);
        uint256 voteSum;
        for (uint256 i = 0; i < wk.m; ++i) {
            uint256 acc;
            for (uint256 j = 0; j < wk.n; ++j) acc += wk.shares[i] * _min(wk.w[i][j], wk.cons[j]);
            votes[i] = acc / ONE;
            voteSum += votes[i];
        }
        wk.bonds = new uint256[](wk.m);
        uint256 a = alpha;
        for (uint256 i = 0; i < wk.m; ++i) {
            address val = ed.revealers[i];
            uint256 delta = voteSum == 0 ? 0 : votes[i] * ONE / voteSum;
            uint256 last = bondEpochOf[val];
            uint256 prev = _decay(bondOf[val], last == 0 ? 0 : epoch - last, a);
            uint256 b = (a * delta + (ONE - a) * prev) / ONE;
            wk.bonds[i] = b;
            wk.bondSum += b;
            bondOf[val] = uint64(b);
            bondEpochOf[val] = uint64(epoch + 1);
        }
    }

    /// @dev A bond after `idle` epochs without a reveal.
    function _decay(uint256 bond, uint256 idle, uint256 a) internal pure returns (uint256) {
        if (idle >= MAX_IDLE) return 0;
        for (uint256 k = 0; k < idle && bond != 0; ++k) bond = bond * (ONE - a) / ONE;
        return bond;
    }

    function _payNodes(EpochData storage ed, Work memory wk, uint256 epoch, uint256 reward) internal returns (uint256 paid) {
        uint256 nodePool = reward * nodeShareBps / 10_000;
        uint256 maxW;
        for (uint256 j = 0; j < wk.n; ++j) if (wk.weight[j] > maxW) maxW = wk.weight[j];
        for (uint256 j = 0; j < wk.n; ++j) {
            address node = ed.nodes[j];
            uint256 r = nodePool * wk.weight[j] / ONE;
            uint16 rep = maxW == 0 ? 0 : uint16(wk.weight[j] * 10_000 / maxW);
            if (r != 0) balanceOf[node] += r;
            paid += r;
            consensusOf[node] = uint64(wk.cons[j]);
            registry.setReputation(node, rep);
            emit NodeScored(epoch, node, uint64(wk.cons[j]), uint64(wk.weight[j]), rep, r);
        }
    }

    function _payValidators(EpochData storage ed, Work memory wk, uint256 epoch, uint256 reward) internal returns (uint256 paid) {
        uint256 valPool = reward - reward * nodeShareBps / 10_000;
        for (uint256 i = 0; i < wk.m; ++i) {
            address val = ed.revealers[i];
            uint256 r = wk.bondSum == 0 ? 0 : valPool * wk.bonds[i] / wk.bondSum;
            if (r != 0) balanceOf[val] += r;
            paid += r;
            emit ValidatorPaid(epoch, val, uint64(wk.bonds[i]), r);
        }
    }

    function _min(uint256 a, uint256 b) internal pure returns (uint256) {
        return a < b ? a : b;
    }
}
