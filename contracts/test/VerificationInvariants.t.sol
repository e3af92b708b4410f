// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Invariants} from "./invariant/Invariants.sol";

/// @notice TrainingDispute and ValidatorConsensus in depth: forge calls only their handlers (and the
/// registry's freezes, slashes and unbonding, which change who may challenge, vote and be scored), so
/// runs reach bisection moves, votes, timeouts, finalized epochs with reveals and claims often; the
/// whole-suite test spreads its calls over every contract.
contract VerificationInvariantsTest is Invariants {
    function _targets() internal override {
        targetContract(address(tdh));
        targetContract(address(vch));
    }
}
