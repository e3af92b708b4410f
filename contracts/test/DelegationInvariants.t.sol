// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Base} from "./utils/Base.sol";
import {DelegationHandler} from "./delegation/DelegationHandler.sol";

/// @notice Delegation's accounting conserves every token: forge calls random sequences of delegations,
/// undelegations, withdrawals, reward payments, claims, commission changes, freezes, slashes and the
/// attacks (DelegationHandler), and after each call the contract's balance is exactly what entered it
/// less what left it, covers everything it owes, and exceeds it by no more than rounding dust.
contract DelegationInvariantsTest is Base {
    DelegationHandler internal h;

    function setUp() public {
        h = new DelegationHandler();
        targetContract(address(h));
    }

    function invariant_conservesEveryToken() public view {
        vm.assertEq(h.token().balanceOf(address(h.delegation())), h.ghostIn() - h.ghostOut(), "balance != in - out");
    }

    function invariant_solvent() public view {
        uint256 bal = h.token().balanceOf(address(h.delegation()));
        uint256 owed = h.obligations();
        vm.assertGe(bal, owed, "owes more than it holds");
        vm.assertLe(bal - owed, h.ghostRoundings() * 16 + 16, "more than rounding dust unaccounted");
    }

    function invariant_poolsCoverDelegators() public view {
        vm.assertTrue(h.poolsCover(), "a pool's delegators hold more (or far less) than the pool");
    }

    function invariant_noViolation() public view {
        vm.assertEq(h.violations(), 0, h.firstViolation());
    }
}
