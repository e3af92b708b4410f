// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Invariants} from "./invariant/Invariants.sol";
import {MarketHandler} from "./invariant/MarketHandler.sol";
import {RegistryHandler} from "./invariant/RegistryHandler.sol";

/// @notice TaskMarket's lifecycle in depth: forge calls only the market handler's lifecycle functions,
/// time warps, the attacks that need a task in a late state (settling inside the dispute window or
/// before a dispute's deadline, a stranger's or a second dispute, a late resolution, withdrawing beyond a
/// balance, out-of-range or stale attestations) and bonded trainers' attempts to unbond and leave with
/// their bonded stake, so that runs reach settlement, disputes and withdrawals often (the whole-suite
/// test spreads its calls over every contract).
contract MarketInvariantsTest is Invariants {
    function _targets() internal override {
        bytes4[] memory s = new bytes4[](25);
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
        s[12] = MarketHandler.withdrawBid.selector;
        s[13] = MarketHandler.slashContributor.selector;
        // The attacks that need a task in a late state.
        s[14] = MarketHandler.settleEarly.selector;
        s[15] = MarketHandler.disputeByStranger.selector;
        s[16] = MarketHandler.withdrawBeyondBalance.selector;
        s[17] = MarketHandler.attestAttack.selector;
        s[18] = MarketHandler.resolveLate.selector;
        s[19] = MarketHandler.commitRound.selector;
        // The consensus pool's share of the fees, and the guardian's pause with its attacks.
        s[20] = MarketHandler.collectPool.selector;
        s[21] = MarketHandler.setPaused.selector;
        s[22] = MarketHandler.publishWhilePaused.selector;
        s[23] = MarketHandler.pauseByStranger.selector;
        s[24] = MarketHandler.collectPoolByStranger.selector;
        targetContract(address(mh));
        targetSelector(FuzzSelector(address(mh), s));
        // Selected trainers trying to leave with their stake while their task's lock holds.
        bytes4[] memory r = new bytes4[](1);
        r[0] = RegistryHandler.unbondAfterSelection.selector;
        targetContract(address(rh));
        targetSelector(FuzzSelector(address(rh), r));
    }
}
