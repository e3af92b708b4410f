// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Invariants} from "./invariant/Invariants.sol";
import {MarketHandler} from "./invariant/MarketHandler.sol";
import {RegistryHandler} from "./invariant/RegistryHandler.sol";

/// @notice TaskMarket's lifecycle in depth: forge calls only the market handler's lifecycle functions,
/// time warps, the attacks that need a task in a late state (settling inside the dispute window, a
/// stranger's dispute, withdrawing beyond a balance) and selected trainers' attempts to withdraw their
/// stake before their task's lock ends, so that runs reach settlement, disputes and withdrawals often
/// (the whole-suite test spreads its calls over every contract). TaskMarket v2 adapts this list with
/// MarketHandler.
contract MarketInvariantsTest is Invariants {
    function _targets() internal override {
        bytes4[] memory s = new bytes4[](15);
        s[0] = MarketHandler.publish.selector;
        s[1] = MarketHandler.bid.selector;
        s[2] = MarketHandler.select.selector;
        s[3] = MarketHandler.commitRound.selector;
        s[4] = MarketHandler.attest.selector;
        s[5] = MarketHandler.dispute.selector;
        s[6] = MarketHandler.resolveDispute.selector;
        s[7] = MarketHandler.settle.selector;
        s[8] = MarketHandler.cancel.selector;
        s[9] = MarketHandler.expire.selector;
        s[10] = MarketHandler.withdraw.selector;
        s[11] = MarketHandler.warp.selector;
        // The attacks that need a task in a late state.
        s[12] = MarketHandler.settleEarly.selector;
        s[13] = MarketHandler.disputeByStranger.selector;
        s[14] = MarketHandler.withdrawBeyondBalance.selector;
        targetContract(address(mh));
        targetSelector(FuzzSelector(address(mh), s));
        // Selected trainers trying to leave with their stake while their task's lock holds.
        bytes4[] memory r = new bytes4[](1);
        r[0] = RegistryHandler.withdrawBeforeLock.selector;
        targetContract(address(rh));
        targetSelector(FuzzSelector(address(rh), r));
    }
}
