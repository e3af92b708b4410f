// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @notice A node's hardware as it lists it.
struct Hardware {
    uint16 cpuCores;
    uint32 memoryMB;
    uint16 gpuCount;
    string gpuModel;
}

/// @notice What the market needs to know to accept a bid, read in one call.
struct Eligibility {
    bool active; // registered, not frozen, has the role, stake at least the role's minimum
    uint96 stake; // the free (not bonded, not unbonding) stake
    uint16 reputation;
    uint16 cpuCores;
    uint32 memoryMB;
    uint16 gpuCount;
}

/// @notice The delegated stake a slash also reaches (Delegation).
interface IDelegatedStake {
    /// @notice The tokens delegated to `node` that a slash can reach.
    function slashable(address node) external view returns (uint256);
    /// @notice Takes up to `amount` of them and sends it to `to`; returns what it took.
    function slash(address node, uint256 amount, address to) external returns (uint256);
}

/// @title NodeRegistry
/// @notice Nodes register with roles, endpoint, hardware and hourly rate, stake Cohort tokens, unbond after a
/// delay, and can be frozen and slashed by the slasher role; the scorer role sets reputations. The locker
/// role (the task market) bonds part of a node's stake to a task: bonded tokens can neither be unbonded
/// nor withdrawn until the market releases them (at the task's final state) or slashes them.
contract NodeRegistry is AccessControl, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice May freeze and slash nodes (the DAO later).
    bytes32 public constant SLASHER_ROLE = keccak256("SLASHER_ROLE");
    /// @notice May set reputations (validators' consensus later).
    bytes32 public constant SCORER_ROLE = keccak256("SCORER_ROLE");
    /// @notice May bond, release and slash a node's per-task bonded stake (the task market).
    bytes32 public constant LOCKER_ROLE = keccak256("LOCKER_ROLE");

    /// @notice Role bit: trains models.
    uint8 public constant ROLE_TRAINER = 1;
    /// @notice Role bit: validates and curates datasets.
    uint8 public constant ROLE_AUTHORIZER = 2;
    /// @notice Role bit: checks work and attests task outcomes.
    uint8 public constant ROLE_VALIDATOR = 4;
    /// @notice Role bit: runs federated rounds and commits them.
    uint8 public constant ROLE_COORDINATOR = 8;
    /// @notice Role bit: answers inference requests with proofs; validators' scores are its reputation.
    uint8 public constant ROLE_MINER = 16;
    uint8 internal constant ALL_ROLES = 31;
    /// @notice The highest reputation, in basis points.
    uint16 public constant MAX_REPUTATION = 10_000;
    /// @notice The longest unbonding delay (90 days), so a release time never wraps and stake is never
    /// held for years.
    uint32 public constant MAX_UNBONDING_DELAY = 90 days;

    struct Node {
        // slot 0: money at work (free stake, stake bonded to running tasks: one slot, so bonding is cheap)
        uint96 stake;
        uint96 bonded;
        uint64 unbondAt;
        // slot 1: profile
        uint96 hourlyRate;
        uint16 reputation;
        uint8 roles;
        bool frozen;
        bool registered;
        uint16 cpuCores;
        uint32 memoryMB;
        uint16 gpuCount;
        // slot 2: tokens on their way out
        uint96 unbonding;
    }

    /// @notice The staking token.
    IERC20 public immutable token;
    /// @notice Seconds between an unbonding request and the withdrawal; never below the dispute window.
    uint32 public unbondingDelay;

    mapping(address => Node) internal _nodes;
    /// @notice A node's public URL.
    mapping(address => string) public endpointOf;
    /// @notice A node's GPU model name.
    mapping(address => string) public gpuModelOf;
    /// @notice The minimum stake per role bit.
    mapping(uint8 => uint96) public minStake;
    address[] internal _nodeList;
    /// @notice The delegation pools a slash also reaches, pro rata (zero: none). Set once by the admin.
    IDelegatedStake public delegation;

    event NodeRegistered(address indexed node, uint8 roles, string endpoint, uint96 hourlyRate);
    event ProfileUpdated(address indexed node, uint8 roles, string endpoint, uint16 cpuCores, uint32 memoryMB, uint16 gpuCount, string gpuModel, uint96 hourlyRate);
    event Staked(address indexed node, uint256 amount, uint256 total);
    event UnbondRequested(address indexed node, uint256 amount, uint256 releaseAt);
    event Unbonded(address indexed node, uint256 amount);
    event Frozen(address indexed node, bool frozen);
    event Slashed(address indexed node, uint256 amount, address to);
    event ReputationSet(address indexed node, uint16 reputation);
    event Bonded(address indexed node, uint256 amount, uint256 totalBonded);
    event Released(address indexed node, uint256 amount);
    event BondSlashed(address indexed node, uint256 amount, address to);
    event MinStakeSet(uint8 role, uint96 amount);
    event UnbondingDelaySet(uint32 delay);
    event DelegationSet(address delegation);

    error AlreadyRegistered(address node);
    error NotRegistered(address node);
    error InvalidRoles(uint8 roles);
    error InvalidAmount();
    error InsufficientStake(uint256 have, uint256 want);
    error NodeFrozen(address node);
    error StillBonded(uint256 releaseAt);
    error NothingUnbonding();
    error ReputationOutOfRange(uint16 reputation);
    error DelayTooShort(uint32 have, uint32 min);
    error DelayTooLong(uint32 have, uint32 max);
    error InsufficientBond(address node, uint256 have, uint256 want);
    error EmptyEndpoint();
    error DelegationAlreadySet(address delegation);

    /// @notice Deploys the registry.
    /// @param token_ the staking token.
    /// @param admin receives the admin, slasher and scorer roles.
    /// @param unbondingDelay_ seconds from an unbonding request to the withdrawal.
    constructor(IERC20 token_, address admin, uint32 unbondingDelay_) {
        if (unbondingDelay_ == 0) revert DelayTooShort(unbondingDelay_, 1);
        if (unbondingDelay_ > MAX_UNBONDING_DELAY) revert DelayTooLong(unbondingDelay_, MAX_UNBONDING_DELAY);
        token = token_;
        unbondingDelay = unbondingDelay_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(SLASHER_ROLE, admin);
        _grantRole(SCORER_ROLE, admin);
    }

    /// @notice Registers the caller as a node and stakes `stakeAmount` (pulled with transferFrom).
    /// @param roles a bit set of ROLE_* values.
    /// @param endpoint the node's public URL.
    /// @param hw the node's hardware.
    /// @param hourlyRate the node's asking rate, token base units per hour.
    /// @param stakeAmount the initial stake; it must reach the minimum stake of every role.
    function register(uint8 roles, string calldata endpoint, Hardware calldata hw, uint96 hourlyRate, uint96 stakeAmount)
        external
        nonReentrant
    {
        Node storage n = _nodes[msg.sender];
        if (n.registered) revert AlreadyRegistered(msg.sender);
        if (roles == 0 || roles > ALL_ROLES) revert InvalidRoles(roles);
        if (bytes(endpoint).length == 0) revert EmptyEndpoint();
        uint96 want = requiredStake(roles);
        if (stakeAmount < want) revert InsufficientStake(stakeAmount, want);
        n.registered = true;
        n.roles = roles;
        n.hourlyRate = hourlyRate;
        n.cpuCores = hw.cpuCores;
        n.memoryMB = hw.memoryMB;
        n.gpuCount = hw.gpuCount;
        n.stake = stakeAmount;
        endpointOf[msg.sender] = endpoint;
        if (bytes(hw.gpuModel).length != 0) gpuModelOf[msg.sender] = hw.gpuModel;
        _nodeList.push(msg.sender);
        emit NodeRegistered(msg.sender, roles, endpoint, hourlyRate);
        emit ProfileUpdated(msg.sender, roles, endpoint, hw.cpuCores, hw.memoryMB, hw.gpuCount, hw.gpuModel, hourlyRate);
        if (stakeAmount != 0) {
            token.safeTransferFrom(msg.sender, address(this), stakeAmount);
            emit Staked(msg.sender, stakeAmount, stakeAmount);
        }
    }

    /// @notice Updates the caller's roles, endpoint, hardware and rate.
    /// @param roles a bit set of ROLE_* values; the current stake must reach their minimum.
    /// @param endpoint the node's public URL.
    /// @param hw the node's hardware.
    /// @param hourlyRate the asking rate, token base units per hour.
    function updateProfile(uint8 roles, string calldata endpoint, Hardware calldata hw, uint96 hourlyRate) external {
        Node storage n = _registered(msg.sender);
        if (roles == 0 || roles > ALL_ROLES) revert InvalidRoles(roles);
        if (bytes(endpoint).length == 0) revert EmptyEndpoint();
        uint96 want = requiredStake(roles);
        if (n.stake < want) revert InsufficientStake(n.stake, want);
        n.roles = roles;
        n.hourlyRate = hourlyRate;
        n.cpuCores = hw.cpuCores;
        n.memoryMB = hw.memoryMB;
        n.gpuCount = hw.gpuCount;
        endpointOf[msg.sender] = endpoint;
        gpuModelOf[msg.sender] = hw.gpuModel;
        emit ProfileUpdated(msg.sender, roles, endpoint, hw.cpuCores, hw.memoryMB, hw.gpuCount, hw.gpuModel, hourlyRate);
    }

    /// @notice Adds `amount` to the caller's stake (top-up), pulled with transferFrom.
    /// @param amount base units to add.
    function stake(uint96 amount) external nonReentrant {
        Node storage n = _registered(msg.sender);
        if (amount == 0) revert InvalidAmount();
        uint96 total = n.stake + amount;
        n.stake = total;
        emit Staked(msg.sender, amount, total);
        token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @notice Moves `amount` of the caller's free stake (not what is bonded to tasks) into unbonding; it
    /// can be withdrawn after the unbonding delay (restarted by each request) and stays slashable until then.
    /// @param amount base units to unbond.
    function requestUnbond(uint96 amount) external {
        Node storage n = _registered(msg.sender);
        if (amount == 0 || amount > n.stake) revert InvalidAmount();
        n.stake -= amount;
        n.unbonding += amount;
        uint256 releaseAt = block.timestamp + unbondingDelay;
        n.unbondAt = uint64(releaseAt); // the delay is at most 90 days: no wrap
        emit UnbondRequested(msg.sender, amount, releaseAt);
    }

    /// @notice Withdraws the caller's unbonded tokens once the delay has passed.
    function withdrawUnbonded() external nonReentrant {
        Node storage n = _registered(msg.sender);
        uint96 amount = n.unbonding;
        if (amount == 0) revert NothingUnbonding();
        if (n.frozen) revert NodeFrozen(msg.sender);
        if (block.timestamp < n.unbondAt) revert StillBonded(n.unbondAt);
        n.unbonding = 0;
        emit Unbonded(msg.sender, amount);
        token.safeTransfer(msg.sender, amount);
    }

    /// @notice Freezes or unfreezes a node: a frozen node cannot bid, attest or withdraw. Slasher role only.
    /// @param node the node.
    /// @param frozen_ the new state.
    function setFrozen(address node, bool frozen_) external onlyRole(SLASHER_ROLE) {
        Node storage n = _registered(node);
        n.frozen = frozen_;
        emit Frozen(node, frozen_);
    }

    /// @notice Takes up to `amount` from a node's stake, then from its unbonding tokens, and sends it to `to`.
    /// Slasher role only.
    /// @param node the node.
    /// @param amount base units to take.
    /// @param to the recipient (the treasury).
    /// @return taken the base units actually taken.
    /// With delegation set, `amount` is first split between the node's own tokens (stake and unbonding)
    /// and the tokens delegated to it (active and undelegating) in proportion to their size, and the
    /// delegated part is taken from the delegation pools, so delegators bear the slash pro rata.
    function slash(address node, uint96 amount, address to) external onlyRole(SLASHER_ROLE) nonReentrant returns (uint96 taken) {
        Node storage n = _registered(node);
        if (amount == 0 || to == address(0)) revert InvalidAmount();
        IDelegatedStake d = delegation;
        uint96 delegated;
        if (address(d) != address(0)) {
            uint256 del = d.slashable(node);
            // amount x del / (own + del) <= amount: fits in uint96
            if (del != 0) delegated = uint96(uint256(amount) * del / (uint256(n.stake) + n.unbonding + del));
        }
        uint96 own = amount - delegated;
        uint96 fromStake = own < n.stake ? own : n.stake;
        n.stake -= fromStake;
        uint96 rest = own - fromStake;
        uint96 fromUnbonding = rest < n.unbonding ? rest : n.unbonding;
        n.unbonding -= fromUnbonding;
        taken = fromStake + fromUnbonding;
        if (taken != 0) token.safeTransfer(to, taken);
        if (delegated != 0) taken += uint96(d.slash(node, delegated, to));
        emit Slashed(node, taken, to);
    }

    /// @notice Names the delegation contract whose pools slashes reach. Admin only, once: a later swap
    /// could free delegated stake from a pending slash.
    /// @param d the Delegation contract.
    function setDelegation(IDelegatedStake d) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (address(delegation) != address(0)) revert DelegationAlreadySet(address(delegation));
        delegation = d;
        emit DelegationSet(address(d));
    }

    /// @notice Sets a node's reputation in basis points (0..10000). Scorer role only.
    /// @param node the node.
    /// @param reputation the new score.
    function setReputation(address node, uint16 reputation) external onlyRole(SCORER_ROLE) {
        if (reputation > MAX_REPUTATION) revert ReputationOutOfRange(reputation);
        Node storage n = _registered(node);
        n.reputation = reputation;
        emit ReputationSet(node, reputation);
    }

    /// @notice Bonds `amount` of each node's free stake to a task. Locker role only (the market, at
    /// selection); reverts when a node's free stake is short.
    /// @param list the selected nodes.
    /// @param amount base units per node.
    function bond(address[] calldata list, uint96 amount) external onlyRole(LOCKER_ROLE) {
        if (amount == 0) return;
        for (uint256 i = 0; i < list.length; ++i) {
            Node storage n = _nodes[list[i]];
            uint96 have = n.stake;
            if (have < amount) revert InsufficientBond(list[i], have, amount);
            n.stake = have - amount;
            uint96 total = n.bonded + amount;
            n.bonded = total;
            emit Bonded(list[i], amount, total);
        }
    }

    /// @notice Returns bonded stake to each node's free stake: amounts[i] to list[i]. Locker role only
    /// (the market, when a bid ends or at a task's final state).
    /// @param list the nodes.
    /// @param amounts base units per node.
    function release(address[] calldata list, uint96[] calldata amounts) external onlyRole(LOCKER_ROLE) {
        for (uint256 i = 0; i < list.length; ++i) {
            uint96 amount = amounts[i];
            if (amount == 0) continue;
            Node storage n = _nodes[list[i]];
            n.bonded -= amount; // the market releases only what it bonded
            n.stake += amount;
            emit Released(list[i], amount);
        }
    }

    /// @notice Returns `amount` of one node's bonded stake to its free stake. Locker role only (the market,
    /// when a bid is withdrawn).
    /// @param node the node.
    /// @param amount base units.
    function releaseOne(address node, uint96 amount) external onlyRole(LOCKER_ROLE) {
        Node storage n = _nodes[node];
        n.bonded -= amount;
        n.stake += amount;
        emit Released(node, amount);
    }

    /// @notice The node's eligibility in `role` (as `eligibility` reads it, before bonding) and, when it is
    /// active with at least `amount` free stake, bonds `amount` of it. Locker role only (the market, for a
    /// bid bond; it reverts the bid when the node is not eligible).
    /// @param node the node.
    /// @param role one ROLE_* bit.
    /// @param amount base units.
    function bondFor(address node, uint8 role, uint96 amount)
        external
        onlyRole(LOCKER_ROLE)
        returns (Eligibility memory e)
    {
        e = eligibility(node, role);
        if (!e.active || e.stake < amount) return e;
        Node storage n = _nodes[node];
        n.stake = e.stake - amount;
        uint96 total = n.bonded + amount;
        n.bonded = total;
        emit Bonded(node, amount, total);
    }

    /// @notice Takes `amount` of a node's bonded stake and sends it to `to`. Locker role only (the market,
    /// for a proven cheater of a task).
    /// @param node the node.
    /// @param amount base units.
    /// @param to the recipient (the treasury).
    function slashBond(address node, uint96 amount, address to) external onlyRole(LOCKER_ROLE) nonReentrant {
        Node storage n = _nodes[node];
        n.bonded -= amount;
        emit BondSlashed(node, amount, to);
        if (amount != 0) token.safeTransfer(to, amount);
    }

    /// @notice Sets the minimum stake of one role. Admin only.
    /// @param role one ROLE_* bit.
    /// @param amount base units.
    function setMinStake(uint8 role, uint96 amount) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (role == 0 || role > ALL_ROLES || (role & (role - 1)) != 0) revert InvalidRoles(role);
        minStake[role] = amount;
        emit MinStakeSet(role, amount);
    }

    /// @notice Lengthens the unbonding delay, up to MAX_UNBONDING_DELAY. Admin only; the delay never
    /// shrinks, so it stays at least as long as every market's dispute window.
    /// @param delay seconds.
    function setUnbondingDelay(uint32 delay) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (delay < unbondingDelay) revert DelayTooShort(delay, unbondingDelay);
        if (delay > MAX_UNBONDING_DELAY) revert DelayTooLong(delay, MAX_UNBONDING_DELAY);
        unbondingDelay = delay;
        emit UnbondingDelaySet(delay);
    }

    /// @notice The minimum stake that a set of roles needs: the largest of their minimums.
    /// @param roles a bit set of ROLE_* values.
    function requiredStake(uint8 roles) public view returns (uint96 want) {
        for (uint8 bit = 1; bit <= ROLE_MINER; bit <<= 1) {
            if (roles & bit != 0) {
                uint96 m = minStake[bit];
                if (m > want) want = m;
            }
        }
    }

    /// @notice A node's full record.
    /// @param node the node.
    function nodeInfo(address node) external view returns (Node memory) {
        return _nodes[node];
    }

    /// @notice Whether `node` may act in `role` now: registered, not frozen, has the role, and stakes at
    /// least the role's minimum.
    /// @param node the node.
    /// @param role one ROLE_* bit.
    function isActive(address node, uint8 role) public view returns (bool) {
        Node storage n = _nodes[node];
        return n.registered && !n.frozen && (n.roles & role) != 0 && n.stake >= minStake[role];
    }

    /// @notice What a market checks before accepting a bid, in one call.
    /// @param node the node.
    /// @param role one ROLE_* bit.
    function eligibility(address node, uint8 role) public view returns (Eligibility memory e) {
        Node storage n = _nodes[node];
        e.active = n.registered && !n.frozen && (n.roles & role) != 0 && n.stake >= minStake[role];
        e.stake = n.stake;
        e.reputation = n.reputation;
        e.cpuCores = n.cpuCores;
        e.memoryMB = n.memoryMB;
        e.gpuCount = n.gpuCount;
    }

    /// @notice Which of `list` may act in `role` now with at least `minFree` free stake (the market's
    /// re-check at selection): bit i is set when list[i] is registered, not frozen, has the role, and its
    /// free stake reaches both the role's minimum and `minFree`.
    /// @param list at most 256 nodes.
    /// @param role one ROLE_* bit.
    /// @param minFree base units.
    function eligibleMask(address[] calldata list, uint8 role, uint96 minFree) external view returns (uint256 mask) {
        uint96 want = minStake[role];
        if (minFree > want) want = minFree;
        for (uint256 i = 0; i < list.length && i < 256; ++i) {
            Node storage n = _nodes[list[i]];
            if (n.registered && !n.frozen && (n.roles & role) != 0 && n.stake >= want) mask |= uint256(1) << i;
        }
    }

    /// @notice How many nodes ever registered.
    function nodeCount() external view returns (uint256) {
        return _nodeList.length;
    }

    /// @notice A page of registered node addresses.
    /// @param offset the first index.
    /// @param limit the most addresses to return.
    function nodes(uint256 offset, uint256 limit) external view returns (address[] memory page) {
        uint256 n = _nodeList.length;
        if (offset >= n) return page;
        uint256 end = offset + limit > n ? n : offset + limit;
        page = new address[](end - offset);
        for (uint256 i = offset; i < end; ++i) page[i - offset] = _nodeList[i];
    }

    function _registered(address node) internal view returns (Node storage n) {
        n = _nodes[node];
        if (!n.registered) revert NotRegistered(node);
    }
}
