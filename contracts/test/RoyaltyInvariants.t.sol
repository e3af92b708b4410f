// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Base} from "./utils/Base.sol";
import {RoyaltyHandler} from "./royalty/RoyaltyHandler.sol";
import {RoyaltyToken, ROYALTY_SHARES} from "../src/RoyaltyToken.sol";

/// @notice Royalty accounting conserves every token: the payment token (nothing created or lost
/// between the actors and the two royalty tokens), each token's shares (always TOTAL_SHARES, as the
/// ghost ledger moved them), and each holder's royalties (withdrawn + claimable is what the ghost
/// entitled it to, within one base unit per distribution; the token holds at least what its holders may
/// claim, and only rounding dust beyond it).
contract RoyaltyInvariantsTest is Base {
    RoyaltyHandler internal h;

    function setUp() public {
        h = new RoyaltyHandler();
        targetContract(address(h));
    }

    function invariant_noViolation() public view {
        vm.assertEq(h.violations(), 0, h.firstViolation());
    }

    function invariant_paymentTokenConserved() public view {
        uint256 sum = h.pay().balanceOf(address(h)) + h.pay().balanceOf(address(h.base())) + h.pay().balanceOf(address(h.child()));
        for (uint256 i = 0; i < 6; ++i) sum += h.pay().balanceOf(h.actors(i));
        vm.assertEq(sum, h.pay().totalSupply(), "payment tokens created or lost");
    }

    function invariant_sharesConserved() public view {
        for (uint256 k = 0; k < 2; ++k) {
            RoyaltyToken t = h.token(k);
            address[] memory hs = h.holders(k);
            uint256 sum;
            for (uint256 i = 0; i < hs.length; ++i) {
                vm.assertEq(t.balanceOf(hs[i]), h.ghostShares(k, hs[i]), "shares differ from the ghost's");
                sum += t.balanceOf(hs[i]);
            }
            vm.assertEq(sum, ROYALTY_SHARES, "shares created or lost");
        }
    }

    function invariant_royaltiesConserved() public view {
        for (uint256 k = 0; k < 2; ++k) {
            RoyaltyToken t = h.token(k);
            address[] memory hs = h.holders(k);
            uint256 owed;
            uint256 d = h.ghostDistributions(k);
            for (uint256 i = 0; i < hs.length; ++i) {
                uint256 c = t.claimable(hs[i]);
                owed += c;
                uint256 got = c + t.withdrawn(hs[i]);
                uint256 want = h.ghostEntitled(k, hs[i]);
                vm.assertLe(got, want + d + 1, "a holder is owed more than its share");
                vm.assertGe(got + d + 1, want, "a holder is owed less than its share");
            }
            vm.assertGe(t.accounted(), owed, "the token holds less than its holders may claim");
            vm.assertLe(t.accounted() - owed, (d + 1) * hs.length, "more than rounding dust unclaimable");
            vm.assertGe(h.pay().balanceOf(address(t)), t.accounted(), "accounted beyond the balance");
        }
    }
}
