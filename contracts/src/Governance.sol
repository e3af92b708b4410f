// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Votes} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol";
import {ERC20Wrapper} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Wrapper.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {Time} from "@openzeppelin/contracts/utils/types/Time.sol";
import {Governor} from "@openzeppelin/contracts/governance/Governor.sol";
import {GovernorSettings} from "@openzeppelin/contracts/governance/extensions/GovernorSettings.sol";
import {GovernorCountingSimple} from "@openzeppelin/contracts/governance/extensions/GovernorCountingSimple.sol";
import {GovernorVotes} from "@openzeppelin/contracts/governance/extensions/GovernorVotes.sol";
import {GovernorVotesQuorumFraction} from "@openzeppelin/contracts/governance/extensions/GovernorVotesQuorumFraction.sol";
import {GovernorTimelockControl} from "@openzeppelin/contracts/governance/extensions/GovernorTimelockControl.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";

/// @title CohortVotes
/// @notice The DAO's voting token: staking the network token into it (depositFor) mints the same amount
/// of votes 1:1, withdrawTo burns them and returns the network token. Votes count once delegated (to
/// oneself or another holder). The clock is the block timestamp, so the governor's delays are seconds.
contract CohortVotes is ERC20, ERC20Wrapper, ERC20Votes {
    /// @param underlying the network token staked into the DAO.
    constructor(IERC20 underlying) ERC20("Cohort Vote", "vCOH") ERC20Wrapper(underlying) EIP712("Cohort Vote", "1") {}

    /// @notice The vote clock: the block timestamp.
    function clock() public view override returns (uint48) {
        return Time.timestamp();
    }

    /// @notice The clock's mode (EIP-6372).
    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() public pure override returns (string memory) {
        return "mode=timestamp";
    }

    function decimals() public view override(ERC20, ERC20Wrapper) returns (uint8) {
        return super.decimals();
    }

    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Votes) {
        super._update(from, to, value);
    }
}

/// @title CohortGovernor
/// @notice The DAO: OpenZeppelin's Governor over CohortVotes (simple counting, a quorum fraction of the
/// staked supply) whose proposals execute through a TimelockController, which holds every admin,
/// slasher, arbiter and registrar role of the suite. A proposal may only call functions on the DAO's list
/// (set at deployment from the suite's ABIs and changed by proposal with setCallable): a call to
/// anything else is refused at propose time with UnknownFunction, so a typo cannot pass a vote and then
/// fail or hit a fallback.
contract CohortGovernor is
    Governor,
    GovernorSettings,
    GovernorCountingSimple,
    GovernorVotes,
    GovernorVotesQuorumFraction,
    GovernorTimelockControl
{
    /// @notice Whether proposals may call selector on target.
    mapping(address target => mapping(bytes4 selector => bool)) public callable;

    event CallableSet(address indexed target, bytes4 selector, bool allowed);

    error UnknownFunction(address target, bytes4 selector);

    /// @param votes the voting token.
    /// @param timelock the timelock that executes proposals.
    /// @param votingDelay_ seconds from proposal to the vote's snapshot.
    /// @param votingPeriod_ seconds the vote is open.
    /// @param quorumPercent the share of the staked supply that must vote for or abstain.
    /// @param targets with selectors (pairwise): the functions proposals may call.
    /// @param selectors see targets.
    constructor(
        IVotes votes,
        TimelockController timelock,
        uint48 votingDelay_,
        uint32 votingPeriod_,
        uint256 quorumPercent,
        address[] memory targets,
        bytes4[] memory selectors
    )
        Governor("Cohort DAO")
        GovernorSettings(votingDelay_, votingPeriod_, 0)
        GovernorVotes(votes)
        GovernorVotesQuorumFraction(quorumPercent)
        GovernorTimelockControl(timelock)
    {
        if (targets.length != selectors.length) revert GovernorInvalidProposalLength(targets.length, selectors.length, 0);
        for (uint256 i = 0; i < targets.length; ++i) {
            callable[targets[i]][selectors[i]] = true;
            emit CallableSet(targets[i], selectors[i], true);
        }
    }

    /// @notice Adds or removes functions proposals may call (by proposal only).
    /// @param target the contract.
    /// @param selectors its functions.
    /// @param allowed whether proposals may call them.
    function setCallable(address target, bytes4[] calldata selectors, bool allowed) external onlyGovernance {
        _setCallable(target, selectors, allowed);
    }

    function _setCallable(address target, bytes4[] memory selectors, bool allowed) internal {
        for (uint256 j = 0; j < selectors.length; ++j) {
            callable[target][selectors[j]] = allowed;
            emit CallableSet(target, selectors[j], allowed);
        }
    }

    /// @notice Proposes calls; every call must be on the list (the governor's own functions always are).
    function propose(address[] memory targets, uint256[] memory values, bytes[] memory calldatas, string memory description)
        public
        override
        returns (uint256)
    {
        for (uint256 i = 0; i < targets.length && i < calldatas.length; ++i) {
            bytes4 sel = bytes4(calldatas[i]);
            if (targets[i] != address(this) && (calldatas[i].length < 4 || !callable[targets[i]][sel])) {
                revert UnknownFunction(targets[i], sel);
            }
        }
        return super.propose(targets, values, calldatas, description);
    }

    function votingDelay() public view override(Governor, GovernorSettings) returns (uint256) {
        return super.votingDelay();
    }

    function votingPeriod() public view override(Governor, GovernorSettings) returns (uint256) {
        return super.votingPeriod();
    }

    function proposalThreshold() public view override(Governor, GovernorSettings) returns (uint256) {
        return super.proposalThreshold();
    }

    function quorum(uint256 timepoint) public view override(Governor, GovernorVotesQuorumFraction) returns (uint256) {
        return super.quorum(timepoint);
    }

    function state(uint256 proposalId) public view override(Governor, GovernorTimelockControl) returns (ProposalState) {
        return super.state(proposalId);
    }

    function proposalNeedsQueuing(uint256 proposalId) public view override(Governor, GovernorTimelockControl) returns (bool) {
        return super.proposalNeedsQueuing(proposalId);
    }

    function _queueOperations(uint256 proposalId, address[] memory targets, uint256[] memory values, bytes[] memory calldatas, bytes32 descriptionHash)
        internal
        override(Governor, GovernorTimelockControl)
        returns (uint48)
    {
        return super._queueOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    function _executeOperations(uint256 proposalId, address[] memory targets, uint256[] memory values, bytes[] memory calldatas, bytes32 descriptionHash)
        internal
        override(Governor, GovernorTimelockControl)
    {
        super._executeOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    function _cancel(address[] memory targets, uint256[] memory values, bytes[] memory calldatas, bytes32 descriptionHash)
        internal
        override(Governor, GovernorTimelockControl)
        returns (uint256)
    {
        return super._cancel(targets, values, calldatas, descriptionHash);
    }

    function _executor() internal view override(Governor, GovernorTimelockControl) returns (address) {
        return super._executor();
    }
}

/// @title CohortTimelock
/// @notice OpenZeppelin's TimelockController, under the suite's name: it holds the suite's roles and
/// runs what the governor queued once its delay has passed.
contract CohortTimelock is TimelockController {
    /// @param minDelay seconds between queueing and execution.
    /// @param proposers may schedule and cancel (the governor).
    /// @param executors may execute (the governor).
    /// @param admin may grant the timelock's roles until it renounces (the deployer, during deployment).
    constructor(uint256 minDelay, address[] memory proposers, address[] memory executors, address admin)
        TimelockController(minDelay, proposers, executors, admin)
    {}
}
