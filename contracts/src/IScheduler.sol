// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @notice One bid as a scheduling strategy sees it.
struct Candidate {
    address node;
    uint96 rate; // token base units per hour
    uint32 hours_; // estimated hours
    uint16 reputation; // basis points, 0..10000, snapshotted at bid time
}

/// @title IScheduler
/// @notice A pluggable selection strategy: given the bids of a task, choose the nodes that run it.
interface IScheduler {
    /// @notice Chooses nodes among `candidates`.
    /// @param candidates the task's bids in bid order (at most 255).
    /// @param maxNodes the most nodes the task wants.
    /// @param spendLimit the most the selected nodes' rate x hours may add up to.
    /// @return mask bit i set when candidate i is selected.
    function select(Candidate[] calldata candidates, uint256 maxNodes, uint256 spendLimit)
        external
        view
        returns (uint256 mask);

    /// @notice A short human-readable name of the strategy.
    function name() external pure returns (string memory);
}
