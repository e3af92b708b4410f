// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Invariants} from "./invariant/Invariants.sol";

/// @notice The whole suite at once: forge calls random sequences of every handler's functions (16
/// actors, time warps, every lifecycle function of every contract, and the attacks: calls by the wrong
/// account, too early, twice, beyond a balance, with a forged proof) and checks every invariant after
/// each call.
contract CohortInvariantsTest is Invariants {
    function _targets() internal override {
        targetContract(address(th));
        targetContract(address(rh));
        targetContract(address(mh));
        targetContract(address(dh));
        targetContract(address(oh));
        targetContract(address(tdh));
        targetContract(address(vch));
    }
}
