// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {NodeRegistry} from "./NodeRegistry.sol";

/// @title Delegation
/// @notice Token holders delegate stake to a registered node. Each node has two share pools: the active
/// pool (delegated tokens earning rewards) and the unbonding pool (undelegated tokens waiting out the
/// registry's unbonding delay). A slash of the node (NodeRegistry.slash) reaches both pools pro rata:
/// the registry splits the slashed amount between the node's own stake and its delegations by size and
/// calls `slash` here, which lowers the pools' token balances without touching shares, so every
/// delegator loses the same fraction. Undelegated tokens stay slashable until withdrawn, and cannot be
/// withdrawn while the node is frozen.
///
/// Rewards: whoever pays a node (`distribute`) splits the payment between the node's own stake
/// (free + bonded) and its active delegations by size; the node takes its commission from the
/// delegators' part, the rest is credited per active share (a reward-per-share accumulator). Everyone
/// claims with pull payments. A node lowers its commission at once; a raise takes effect only after the
/// registry's unbonding delay, so delegators can leave before it applies. Commission is at most
/// MAX_COMMISSION_BPS.
contract Delegation is ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice The highest commission, basis points.
    uint16 public constant MAX_COMMISSION_BPS = 5_000;
    uint256 internal constant BPS = 10_000;
    /// @dev Fixed-point scale of the reward-per-share accumulator.
    uint256 internal constant ACC = 1e27;

    struct Pool {
        uint256 active; // delegated tokens (after slashes)
        uint256 shares; // active shares
        uint256 unbonding; // undelegated tokens (after slashes)
        uint256 unbondingShares;
        uint256 accPerShare; // rewards per active share, x ACC
        uint32 unbondingEpoch; // bumped when the unbonding pool was slashed to zero: older entries are void
        uint16 commissionBps;
        uint16 pendingCommissionBps;
        uint64 pendingCommissionAt; // 0: no pending change
    }

    struct Position {
        uint256 shares;
        uint256 debt; // shares x accPerShare / ACC when last settled
        uint256 owed; // rewards settled but not claimed
    }

    struct Undelegation {
        uint256 shares; // of the unbonding pool
        uint64 releaseAt;
        uint32 epoch;
    }

    /// @notice The node registry (the only caller of `slash`).
    NodeRegistry public immutable registry;
    /// @notice The staking token.
    IERC20 public immutable token;

    mapping(address node => Pool) internal _pools;
    mapping(address node => mapping(address delegator => Position)) internal _positions;
    mapping(address node => mapping(address delegator => Undelegation)) internal _undelegations;
    /// @notice Rewards a node may claim (its own share and its commission).
    mapping(address node => uint256) public nodeRewards;

    event Delegated(address indexed node, address indexed delegator, uint256 amount, uint256 shares);
    event Undelegated(address indexed node, address indexed delegator, uint256 amount, uint256 releaseAt);
    event Withdrawn(address indexed node, address indexed delegator, uint256 amount);
    event RewardsDistributed(address indexed node, uint256 amount, uint256 toDelegators, uint256 commission);
    event RewardClaimed(address indexed node, address indexed who, uint256 amount);
    event CommissionScheduled(address indexed node, uint16 bps, uint256 effectiveAt);
    event DelegationSlashed(address indexed node, uint256 fromActive, uint256 fromUnbonding, address to);

    error NotRegistry(address caller);
    error NotRegistered(address node);
    error NodeFrozen(address node);
    error InvalidAmount();
    error PoolSlashedOut(address node);
    error InsufficientShares(uint256 have, uint256 want);
    error ClaimExceedsShare(uint256 have, uint256 want);
    error CommissionTooHigh(uint16 bps, uint16 max);
    error StillUnbonding(uint256 releaseAt);
    error NothingUnbonding();

    /// @param registry_ the node registry whose nodes take delegations; it must name this contract with
    /// setDelegation for slashes to reach delegated stake.
    constructor(NodeRegistry registry_) {
        registry = registry_;
        token = registry_.token();
    }

    // ---- delegators ----

    /// @notice Delegates `amount` tokens (pulled with transferFrom) to a registered, unfrozen node.
    /// @param node the node.
    /// @param amount base units.
    /// @return shares the active shares minted.
    function delegate(address node, uint256 amount) external nonReentrant returns (uint256 shares) {
        if (amount == 0) revert InvalidAmount();
        NodeRegistry.Node memory n = registry.nodeInfo(node);
        if (!n.registered) revert NotRegistered(node);
        if (n.frozen) revert NodeFrozen(node);
        Pool storage p = _pools[node];
        if (p.shares == 0) {
            shares = amount;
        } else {
            if (p.active == 0) revert PoolSlashedOut(node);
            shares = Math.mulDiv(amount, p.shares, p.active);
        }
        if (shares == 0) revert InvalidAmount();
        Position storage pos = _settle(p, _positions[node][msg.sender]);
        pos.shares += shares;
        pos.debt = _debt(p, pos.shares);
        p.shares += shares;
        p.active += amount;
        emit Delegated(node, msg.sender, amount, shares);
        token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @notice Moves `shares` of the caller's active shares into the node's unbonding pool: they stop
    /// earning rewards, stay slashable, and can be withdrawn after the registry's unbonding delay (which
    /// each undelegation restarts, as for the node's own stake).
    /// @param node the node.
    /// @param shares active shares to undelegate (InsufficientShares beyond the caller's).
    /// @return amount the tokens moved into unbonding.
    function undelegate(address node, uint256 shares) external returns (uint256 amount) {
        Pool storage p = _pools[node];
        Position storage pos = _settle(p, _positions[node][msg.sender]);
        if (shares == 0) revert InvalidAmount();
        if (shares > pos.shares) revert InsufficientShares(pos.shares, shares);
        amount = Math.mulDiv(shares, p.active, p.shares);
        pos.shares -= shares;
        pos.debt = _debt(p, pos.shares);
        p.shares -= shares;
        p.active -= amount;

        Undelegation storage u = _undelegations[node][msg.sender];
        if (p.unbonding == 0 && p.unbondingShares != 0) {
            // every older entry was slashed to nothing: start a fresh pool
            p.unbondingEpoch += 1;
            p.unbondingShares = 0;
        }
        if (u.epoch != p.unbondingEpoch) {
            u.shares = 0;
            u.epoch = p.unbondingEpoch;
        }
        uint256 ushares = p.unbondingShares == 0 ? amount : Math.mulDiv(amount, p.unbondingShares, p.unbonding);
        u.shares += ushares;
        p.unbondingShares += ushares;
        p.unbonding += amount;
        uint256 releaseAt = block.timestamp + registry.unbondingDelay();
        u.releaseAt = uint64(releaseAt);
        emit Undelegated(node, msg.sender, amount, releaseAt);
    }

    /// @notice Withdraws the caller's undelegated tokens from a node once the unbonding delay has passed
    /// and the node is not frozen.
    /// @param node the node.
    /// @return amount base units sent.
    function withdraw(address node) external nonReentrant returns (uint256 amount) {
        Pool storage p = _pools[node];
        Undelegation storage u = _undelegations[node][msg.sender];
        if (u.shares == 0 || u.epoch != p.unbondingEpoch) revert NothingUnbonding();
        if (block.timestamp < u.releaseAt) revert StillUnbonding(u.releaseAt);
        if (registry.nodeInfo(node).frozen) revert NodeFrozen(node);
        amount = Math.mulDiv(u.shares, p.unbonding, p.unbondingShares);
        p.unbondingShares -= u.shares;
        p.unbonding -= amount;
        u.shares = 0;
        emit Withdrawn(node, msg.sender, amount);
        if (amount != 0) token.safeTransfer(msg.sender, amount);
    }

    /// @notice Claims `amount` of the caller's rewards from delegating to `node` (ClaimExceedsShare
    /// beyond what it earned).
    /// @param node the node.
    /// @param amount base units.
    function claim(address node, uint256 amount) external nonReentrant {
        Pool storage p = _pools[node];
        Position storage pos = _settle(p, _positions[node][msg.sender]);
        if (amount == 0) revert InvalidAmount();
        if (amount > pos.owed) revert ClaimExceedsShare(pos.owed, amount);
        pos.owed -= amount;
        emit RewardClaimed(node, msg.sender, amount);
        token.safeTransfer(msg.sender, amount);
    }

    // ---- nodes ----

    /// @notice Sets the caller's commission on its delegators' rewards: a cut applies at once, a raise
    /// after the registry's unbonding delay (until then, the old rate).
    /// @param bps basis points, at most MAX_COMMISSION_BPS.
    function setCommission(uint16 bps) external {
        if (!registry.nodeInfo(msg.sender).registered) revert NotRegistered(msg.sender);
        if (bps > MAX_COMMISSION_BPS) revert CommissionTooHigh(bps, MAX_COMMISSION_BPS);
        Pool storage p = _pools[msg.sender];
        uint16 cur = _commission(p);
        uint256 effective = block.timestamp;
        if (bps <= cur) {
            p.commissionBps = bps;
            p.pendingCommissionAt = 0;
        } else {
            effective += registry.unbondingDelay();
            p.commissionBps = cur;
            p.pendingCommissionBps = bps;
            p.pendingCommissionAt = uint64(effective);
        }
        emit CommissionScheduled(msg.sender, bps, effective);
    }

    /// @notice Claims `amount` of the caller's node rewards (own share and commission).
    /// @param amount base units (ClaimExceedsShare beyond nodeRewards).
    function claimNodeRewards(uint256 amount) external nonReentrant {
        uint256 have = nodeRewards[msg.sender];
        if (amount == 0) revert InvalidAmount();
        if (amount > have) revert ClaimExceedsShare(have, amount);
        nodeRewards[msg.sender] = have - amount;
        emit RewardClaimed(msg.sender, msg.sender, amount);
        token.safeTransfer(msg.sender, amount);
    }

    // ---- payers and the registry ----

    /// @notice Pays `amount` of rewards (pulled with transferFrom) to a node and its delegators: the
    /// delegators' part is amount x active / (node's own stake + active), less the node's commission.
    /// @param node the node.
    /// @param amount base units.
    function distribute(address node, uint256 amount) external nonReentrant {
        if (amount == 0) revert InvalidAmount();
        NodeRegistry.Node memory n = registry.nodeInfo(node);
        if (!n.registered) revert NotRegistered(node);
        Pool storage p = _pools[node];
        uint16 bps = _commission(p);
        if (p.pendingCommissionAt != 0 && block.timestamp >= p.pendingCommissionAt) {
            p.commissionBps = bps;
            p.pendingCommissionAt = 0;
        }
        uint256 part;
        uint256 commission;
        if (p.active != 0 && p.shares != 0) {
            part = Math.mulDiv(amount, p.active, uint256(n.stake) + n.bonded + p.active);
            commission = part * bps / BPS;
            // delegators are credited at most part - commission in all (rounding down); the dust stays here
            p.accPerShare += Math.mulDiv(part - commission, ACC, p.shares);
        }
        nodeRewards[node] += amount - part + commission;
        emit RewardsDistributed(node, amount, part - commission, commission);
        token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @notice Takes `amount` of a node's delegated tokens, from its active and unbonding pools in
    /// proportion to their size, and sends it to `to`. Registry only (inside NodeRegistry.slash).
    /// @param node the node.
    /// @param amount base units, at most slashable(node).
    /// @param to the recipient.
    /// @return taken the base units taken.
    function slash(address node, uint256 amount, address to) external nonReentrant returns (uint256 taken) {
        if (msg.sender != address(registry)) revert NotRegistry(msg.sender);
        Pool storage p = _pools[node];
        uint256 total = p.active + p.unbonding;
        if (amount > total) amount = total;
        if (amount == 0) return 0;
        uint256 fromActive = Math.mulDiv(amount, p.active, total);
        uint256 fromUnbonding = amount - fromActive;
        p.active -= fromActive;
        p.unbonding -= fromUnbonding;
        taken = amount;
        emit DelegationSlashed(node, fromActive, fromUnbonding, to);
        token.safeTransfer(to, taken);
    }

    // ---- views ----

    /// @notice The tokens delegated to a node that a slash can reach (active and unbonding).
    /// @param node the node.
    function slashable(address node) external view returns (uint256) {
        Pool storage p = _pools[node];
        return p.active + p.unbonding;
    }

    /// @notice A node's pool.
    /// @param node the node.
    /// @return active delegated tokens earning rewards.
    /// @return shares active shares.
    /// @return unbonding undelegated tokens not yet withdrawn.
    /// @return commissionBps the commission in force now.
    /// @return pendingBps a scheduled raise (0 when none).
    /// @return pendingAt when it applies (0 when none).
    function pool(address node)
        external
        view
        returns (uint256 active, uint256 shares, uint256 unbonding, uint16 commissionBps, uint16 pendingBps, uint64 pendingAt)
    {
        Pool storage p = _pools[node];
        commissionBps = _commission(p);
        if (p.pendingCommissionAt != 0 && block.timestamp < p.pendingCommissionAt) {
            (pendingBps, pendingAt) = (p.pendingCommissionBps, p.pendingCommissionAt);
        }
        return (p.active, p.shares, p.unbonding, commissionBps, pendingBps, pendingAt);
    }

    /// @notice A delegator's stake in a node.
    /// @param node the node.
    /// @param delegator the delegator.
    /// @return shares active shares.
    /// @return value their tokens now.
    /// @return rewards claimable rewards.
    /// @return unbonding tokens undelegated, not yet withdrawn.
    /// @return releaseAt when they can be withdrawn.
    function delegation(address node, address delegator)
        external
        view
        returns (uint256 shares, uint256 value, uint256 rewards, uint256 unbonding, uint64 releaseAt)
    {
        Pool storage p = _pools[node];
        Position storage pos = _positions[node][delegator];
        shares = pos.shares;
        if (p.shares != 0) value = Math.mulDiv(shares, p.active, p.shares);
        uint256 acc = Math.mulDiv(shares, p.accPerShare, ACC);
        rewards = pos.owed + (acc > pos.debt ? acc - pos.debt : 0);
        Undelegation storage u = _undelegations[node][delegator];
        if (u.shares != 0 && u.epoch == p.unbondingEpoch && p.unbondingShares != 0) {
            unbonding = Math.mulDiv(u.shares, p.unbonding, p.unbondingShares);
            releaseAt = u.releaseAt;
        }
    }

    // ---- internal ----

    function _commission(Pool storage p) internal view returns (uint16) {
        if (p.pendingCommissionAt != 0 && block.timestamp >= p.pendingCommissionAt) return p.pendingCommissionBps;
        return p.commissionBps;
    }

    /// @dev Credits a position what it earned since it was last settled, rounding so that no position is
    /// ever credited more than its exact share: earned = floor(shares x acc) - debt, where debt was
    /// rounded up; a caller that changes the shares then resets the debt with _debt.
    function _settle(Pool storage p, Position storage pos) internal returns (Position storage) {
        uint256 acc = Math.mulDiv(pos.shares, p.accPerShare, ACC);
        if (acc > pos.debt) pos.owed += acc - pos.debt;
        pos.debt = _debt(p, pos.shares);
        return pos;
    }

    function _debt(Pool storage p, uint256 shares) internal view returns (uint256) {
        return Math.mulDiv(shares, p.accPerShare, ACC, Math.Rounding.Ceil);
    }
}
