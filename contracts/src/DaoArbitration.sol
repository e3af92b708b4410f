// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {NodeRegistry} from "./NodeRegistry.sol";

/// @title DaoArbitration
/// @notice DAO arbitration of frozen nodes. A case opens when a node is frozen, by a freezer (the DAO's
/// timelock, or a dispute contract) or by a quorum of active validators reporting it, and names the
/// dispute it comes from and the harmed party. The DAO judges it by proposal before the case's deadline:
/// slash (at most maxSlashBps of the node's stake and unbonding tokens, to the treasury or the case's
/// harmed party, naming the case's dispute) or release. When no judgement executes by the deadline anyone
/// may apply the default outcome, release: a freeze cannot outlive its case. This contract holds the
/// registry's SLASHER_ROLE in place of any key.
contract DaoArbitration is AccessControl, ReentrancyGuardTransient {
    /// @notice Judges cases (the timelock: a passed proposal).
    bytes32 public constant JUDGE_ROLE = keccak256("JUDGE_ROLE");
    /// @notice Opens cases without a validator quorum (the timelock, a dispute contract).
    bytes32 public constant FREEZER_ROLE = keccak256("FREEZER_ROLE");

    struct Case {
        bytes32 dispute; // what the case is about (a TrainingDispute id, a task id, a report hash)
        address harmed; // may receive the slash besides the treasury; zero: the treasury only
        uint64 deadline; // the judgement must execute by then; after it the default outcome applies
        bool open;
        uint8 reports; // validator reports towards opening the next case
        uint32 round; // cases opened against the node so far (validator reports are per round)
        bytes32 reported; // the dispute the pending reports name
    }

    /// @notice The registry whose nodes are judged.
    NodeRegistry public immutable registry;
    /// @notice Where slashes go unless the harmed party takes them.
    address public treasury;
    /// @notice Seconds a case stays open for judgement.
    uint32 public judgeWindow;
    /// @notice The most a judgement may slash, in basis points of the node's stake and unbonding tokens.
    uint16 public maxSlashBps;
    /// @notice Active validators whose reports freeze a node.
    uint8 public reportQuorum;

    mapping(address node => Case) internal _cases;
    mapping(address node => mapping(uint32 round => mapping(address validator => bool))) public hasReported;

    event CaseOpened(address indexed node, bytes32 indexed dispute, address harmed, uint64 deadline);
    event Reported(address indexed node, address indexed validator, bytes32 dispute, uint8 reports);
    event Judged(address indexed node, bytes32 indexed dispute, uint96 slashed, address to);
    event Released(address indexed node, bytes32 indexed dispute, bool byDefault);
    event ParamsSet(address treasury, uint32 judgeWindow, uint16 maxSlashBps, uint8 reportQuorum);

    error InvalidParams();
    error CaseOpen(address node);
    error NoCase(address node);
    error CaseExpired(address node, uint64 deadline);
    error CaseNotExpired(address node, uint64 deadline);
    error WrongDispute(bytes32 want, bytes32 got);
    error SlashOverCap(uint96 amount, uint96 cap);
    error NotPayee(address to);
    error NotValidator(address caller);
    error AlreadyReported(address validator);

    /// @param registry_ the node registry; grant this contract SLASHER_ROLE there.
    /// @param dao receives the admin, judge and freezer roles (the timelock).
    /// @param treasury_ receives slashes that do not go to the harmed party.
    /// @param judgeWindow_ seconds a case stays open (longer than a proposal's voting and timelock).
    /// @param maxSlashBps_ the cap on a judgement's slash, 1..10000.
    /// @param reportQuorum_ validator reports that freeze a node, at least 1.
    constructor(NodeRegistry registry_, address dao, address treasury_, uint32 judgeWindow_, uint16 maxSlashBps_, uint8 reportQuorum_) {
        if (address(registry_) == address(0) || dao == address(0)) revert InvalidParams();
        registry = registry_;
        _grantRole(DEFAULT_ADMIN_ROLE, dao);
        _grantRole(JUDGE_ROLE, dao);
        _grantRole(FREEZER_ROLE, dao);
        _setParams(treasury_, judgeWindow_, maxSlashBps_, reportQuorum_);
    }

    /// @notice Freezes a node and opens its case (freezer role).
    /// @param node the node.
    /// @param dispute what the case is about.
    /// @param harmed the party that may receive the slash (zero: the treasury only).
    function freeze(address node, bytes32 dispute, address harmed) external onlyRole(FREEZER_ROLE) {
        _open(node, dispute, harmed);
    }

    /// @notice Reports a node (an active validator); the reportQuorum-th report on the same dispute
    /// freezes it and opens its case, with the treasury as the only payee.
    /// @param node the node.
    /// @param dispute what the report is about; a report naming another dispute restarts the count.
    function report(address node, bytes32 dispute) external {
        if (node == msg.sender || !registry.isActive(msg.sender, registry.ROLE_VALIDATOR())) revert NotValidator(msg.sender);
        Case storage c = _cases[node];
        if (c.open) revert CaseOpen(node);
        if (c.reported != dispute) {
            c.reported = dispute;
            c.reports = 0;
            c.round += 1; // forget reports on another dispute
        }
        if (hasReported[node][c.round][msg.sender]) revert AlreadyReported(msg.sender);
        hasReported[node][c.round][msg.sender] = true;
        c.reports += 1;
        emit Reported(node, msg.sender, dispute, c.reports);
        if (c.reports >= reportQuorum) _open(node, dispute, address(0));
    }

    /// @notice Slashes a frozen node by judgement (judge role: a passed proposal) and closes its case.
    /// @param node the node.
    /// @param amount base units, at most maxSlashBps of its stake and unbonding tokens.
    /// @param to the treasury or the case's harmed party.
    /// @param dispute the case's dispute.
    /// @return taken what the registry took.
    function slash(address node, uint96 amount, address to, bytes32 dispute)
        external
        onlyRole(JUDGE_ROLE)
        nonReentrant
        returns (uint96 taken)
    {
        Case storage c = _live(node, dispute);
        if (to == address(0) || (to != treasury && to != c.harmed)) revert NotPayee(to);
        uint96 cap = slashCap(node);
        if (amount > cap) revert SlashOverCap(amount, cap);
        c.open = false;
        registry.setFrozen(node, false);
        taken = registry.slash(node, amount, to);
        emit Judged(node, dispute, taken, to);
    }

    /// @notice Releases a frozen node by judgement (judge role) and closes its case.
    /// @param node the node.
    /// @param dispute the case's dispute.
    function release(address node, bytes32 dispute) external onlyRole(JUDGE_ROLE) {
        _live(node, dispute).open = false;
        registry.setFrozen(node, false);
        emit Released(node, dispute, false);
    }

    /// @notice Applies the default outcome (release) to a case whose deadline passed: anyone.
    /// @param node the node.
    function expire(address node) external {
        Case storage c = _cases[node];
        if (!c.open) revert NoCase(node);
        if (block.timestamp <= c.deadline) revert CaseNotExpired(node, c.deadline);
        c.open = false;
        registry.setFrozen(node, false);
        emit Released(node, c.dispute, true);
    }

    /// @notice Sets the treasury, judgement window, slash cap and report quorum (admin: the DAO).
    function setParams(address treasury_, uint32 judgeWindow_, uint16 maxSlashBps_, uint8 reportQuorum_)
        external
        onlyRole(DEFAULT_ADMIN_ROLE)
    {
        _setParams(treasury_, judgeWindow_, maxSlashBps_, reportQuorum_);
    }

    /// @notice A node's case.
    function caseOf(address node) external view returns (Case memory) {
        return _cases[node];
    }

    /// @notice The most a judgement may slash from node now.
    function slashCap(address node) public view returns (uint96) {
        NodeRegistry.Node memory n = registry.nodeInfo(node);
        return uint96((uint256(n.stake) + n.unbonding) * maxSlashBps / 10_000);
    }

    function _open(address node, bytes32 dispute, address harmed) internal {
        Case storage c = _cases[node];
        if (c.open) revert CaseOpen(node);
        c.open = true;
        c.dispute = dispute;
        c.harmed = harmed;
        c.deadline = uint64(block.timestamp) + judgeWindow;
        c.reports = 0;
        c.reported = bytes32(0);
        c.round += 1;
        registry.setFrozen(node, true);
        emit CaseOpened(node, dispute, harmed, c.deadline);
    }

    function _live(address node, bytes32 dispute) internal view returns (Case storage c) {
        c = _cases[node];
        if (!c.open) revert NoCase(node);
        if (c.dispute != dispute) revert WrongDispute(c.dispute, dispute);
        if (block.timestamp > c.deadline) revert CaseExpired(node, c.deadline);
    }

    function _setParams(address treasury_, uint32 judgeWindow_, uint16 maxSlashBps_, uint8 reportQuorum_) internal {
        if (treasury_ == address(0) || judgeWindow_ == 0 || maxSlashBps_ == 0 || maxSlashBps_ > 10_000 || reportQuorum_ == 0) {
            revert InvalidParams();
        }
        treasury = treasury_;
        judgeWindow = judgeWindow_;
        maxSlashBps = maxSlashBps_;
        reportQuorum = reportQuorum_;
        emit ParamsSet(treasury_, judgeWindow_, maxSlashBps_, reportQuorum_);
    }
}
