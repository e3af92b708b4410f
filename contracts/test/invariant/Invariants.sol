// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Base} from "../utils/Base.sol";
import {World} from "./World.sol";
import {HandlerBase} from "./HandlerBase.sol";
import {TokenHandler} from "./TokenHandler.sol";
import {RegistryHandler} from "./RegistryHandler.sol";
import {MarketHandler} from "./MarketHandler.sol";
import {DataHandler} from "./DataHandler.sol";
import {InferenceOracle, InferenceRequest} from "../../src/InferenceOracle.sol";
import {DataRegistry, ValidationOrder} from "../../src/DataRegistry.sol";
import {OracleHandler} from "./OracleHandler.sol";
import {DisputeHandler} from "./DisputeHandler.sol";
import {ConsensusHandler} from "./ConsensusHandler.sol";
import {ValidatorConsensus} from "../../src/ValidatorConsensus.sol";
import {CohortToken} from "../../src/CohortToken.sol";
import {NodeRegistry} from "../../src/NodeRegistry.sol";
import {TaskMarket} from "../../src/TaskMarket.sol";

/// @notice The suite's invariants, checked by forge after every handler call: every token is
/// accounted for (stakes, bonded stake and unbonding in the registry, escrow and credits in the market,
/// open orders in the data registry, pending fees in the oracle, open challengers' bonds in the training
/// dispute, pool and owed rewards in the consensus), the supply is the initial mint plus the owner's
/// mints, and nobody withdrew or claimed beyond what it was credited. The test contracts that inherit
/// this pick which handlers forge calls.
abstract contract Invariants is Base {
    World internal w;
    TokenHandler internal th;
    RegistryHandler internal rh;
    MarketHandler internal mh;
    DataHandler internal dh;
    OracleHandler internal oh;
    DisputeHandler internal tdh;
    ConsensusHandler internal vch;

    function setUp() public {
        w = new World();
        th = new TokenHandler(w);
        rh = new RegistryHandler(w);
        mh = new MarketHandler(w);
        dh = new DataHandler(w);
        oh = new OracleHandler(w);
        tdh = new DisputeHandler(w);
        vch = new ConsensusHandler(w);
        _targets();
    }

    /// @dev Chooses what forge calls.
    function _targets() internal virtual;

    /// @notice Every property below, after every call. One invariant function rather than one per
    /// property: forge runs a separate campaign per invariant function, so this keeps the CI run to one
    /// campaign per test contract; a failure names the property in its message.
    function invariant_accounting() public view {
        _handlerChecks();
        _supplyConserved();
        _registryHoldsStakes();
        _marketHoldsEscrowAndCredits();
        _marketNoWithdrawalBeyondCredit();
        _marketStatusFollowsLifecycle();
        _dataRegistryHoldsOpenOrders();
        _oracleHoldsPendingFees();
        _disputeHoldsOpenBonds();
        _consensusHoldsPoolAndOwed();
    }

    /// @notice The supply is the initial mint plus the owner's later mints, and every token is held by
    /// a known account: actors, admin, treasury or one of the contracts.
    function _supplyConserved() internal view {
        CohortToken t = w.token();
        vm.assertEq(t.totalSupply(), w.INITIAL_SUPPLY() + w.ghostMinted(), "supply != initial + owner mints");
        address[] memory h = w.holders();
        uint256 sum;
        for (uint256 i = 0; i < h.length; ++i) sum += t.balanceOf(h[i]);
        vm.assertEq(sum, t.totalSupply(), "tokens held outside the known accounts");
    }

    /// @notice NodeRegistry holds exactly the stakes and unbonding tokens of its nodes, and each node's
    /// stake + unbonding is what it deposited less what it withdrew and what was slashed.
    function _registryHoldsStakes() internal view {
        NodeRegistry r = w.registry();
        address[] memory a = w.actors();
        uint256 sum;
        for (uint256 i = 0; i < a.length; ++i) {
            NodeRegistry.Node memory n = r.nodeInfo(a[i]);
            uint256 held = uint256(n.stake) + n.bonded + n.unbonding;
            sum += held;
            vm.assertEq(
                held + rh.ghostWithdrawn(a[i]) + rh.ghostSlashed(a[i]) + w.ghostSlashedElsewhere(a[i]),
                rh.ghostDeposited(a[i]),
                "node: held + withdrawn + slashed != deposited"
            );
            vm.assertEq(n.bonded, mh.ghostBonded(a[i]) + tdh.ghostHeld(a[i]), "node: bonded != bid bonds + task bonds + dispute holds");
        }
        vm.assertEq(w.token().balanceOf(address(r)), sum, "registry balance != stake + bonded + unbonding");
    }

    /// @notice TaskMarket holds exactly the escrow of its unfinished tasks plus every credited balance,
    /// and each balance is what the spec's settlement rule credited less what was withdrawn.
    function _marketHoldsEscrowAndCredits() internal view {
        TaskMarket m = w.market();
        address[] memory h = w.holders();
        uint256 credits;
        for (uint256 i = 0; i < h.length; ++i) {
            uint256 b = m.balanceOf(h[i]);
            credits += b;
            vm.assertEq(b + mh.ghostWithdrawn(h[i]), mh.ghostCredited(h[i]), "market balance != credited - withdrawn");
        }
        vm.assertEq(m.poolOwed(), mh.ghostPoolOwed(), "market: pool owed != the pool's settled fees - collected");
        credits += m.poolOwed();
        vm.assertEq(w.token().balanceOf(address(m)), mh.ghostEscrow() + credits, "market balance != escrow + credits + pool owed");
        vm.assertEq(mh.ghostIn() - mh.ghostOut(), mh.ghostEscrow() + credits, "published - withdrawn != escrow + credits + pool owed");
    }

    /// @notice Nobody took more out of the market than it was credited.
    function _marketNoWithdrawalBeyondCredit() internal view {
        address[] memory h = w.holders();
        for (uint256 i = 0; i < h.length; ++i) {
            vm.assertLe(mh.ghostWithdrawn(h[i]), mh.ghostCredited(h[i]), "withdrew beyond credit");
        }
    }

    /// @notice Every task's status in the market is the one the handler's model of the lifecycle says.
    function _marketStatusFollowsLifecycle() internal view {
        TaskMarket m = w.market();
        uint256 n = mh.taskCount();
        for (uint256 i = 0; i < n; ++i) {
            (uint256 id, uint8 st) = mh.ghostStatus(i);
            vm.assertEq(uint256(m.getTask(id).status), st, "task status");
        }
    }

    /// @notice DataRegistry holds exactly the fees of its open orders; providers received exactly the
    /// fees of the orders paid to them.
    function _dataRegistryHoldsOpenOrders() internal view {
        DataRegistry d = w.data();
        vm.assertEq(w.token().balanceOf(address(d)), dh.ghostOpenFees(), "data registry balance != open order fees");
        uint256 n = dh.orderCount();
        uint256 open;
        for (uint256 i = 0; i < n; ++i) {
            ValidationOrder memory o = d.order(i);
            vm.assertEq(o.status, dh.ghostOrderStatus(i), "order status");
            if (o.status == 1) open += o.fee;
        }
        vm.assertEq(open, dh.ghostOpenFees(), "open orders' fees");
        address[] memory a = w.actors();
        for (uint256 i = 0; i < a.length; ++i) {
            vm.assertEq(dh.ghostEarned(a[i]), dh.ghostOwed(a[i]), "provider earnings != fees of its paid orders");
            vm.assertLe(dh.ghostRefunded(a[i]), dh.ghostEscrowed(a[i]), "refunded beyond escrow");
        }
    }

    /// @notice InferenceOracle holds exactly the fees of its pending requests.
    function _oracleHoldsPendingFees() internal view {
        InferenceOracle o = w.oracle();
        vm.assertEq(w.token().balanceOf(address(o)), oh.ghostPendingFees(), "oracle balance != pending fees");
        uint256 n = oh.requestCount();
        uint256 pending;
        for (uint256 i = 0; i < n; ++i) {
            InferenceRequest memory q = o.getRequest(i);
            vm.assertEq(q.status, oh.ghostRequestStatus(i), "request status");
            if (q.status == 1) pending += q.fee;
        }
        vm.assertEq(pending, oh.ghostPendingFees(), "pending requests' fees");
    }

    /// @notice TrainingDispute holds exactly the challenger bonds of its open challenges.
    function _disputeHoldsOpenBonds() internal view {
        address d = address(w.dispute());
        uint256 n = tdh.disputeCount();
        uint256 open;
        for (uint256 i = 0; i < n; ++i) {
            (, bool o) = tdh.isOpen(i);
            if (o) ++open;
        }
        vm.assertEq(tdh.ghostOpenBonds(), open * w.CHALLENGE_BOND(), "open challenges' bonds");
        vm.assertEq(w.token().balanceOf(d), tdh.ghostOpenBonds(), "dispute balance != bonds of open challenges");
        vm.assertEq(tdh.ghostBondsIn() - tdh.ghostBondsOut(), tdh.ghostOpenBonds(), "bonds in - out != open bonds");
    }

    /// @notice ValidatorConsensus holds exactly its pool plus what it owes; the pool is what was funded
    /// less what finalize paid; what it owes is every credited balance, each credited less claimed.
    function _consensusHoldsPoolAndOwed() internal view {
        ValidatorConsensus c = w.consensus();
        vm.assertEq(w.token().balanceOf(address(c)), c.pool() + c.owed(), "consensus balance != pool + owed");
        vm.assertEq(c.pool(), vch.ghostFunded() + w.ghostPoolCollected() - vch.ghostPaid(), "pool != funded + market fees collected - paid");
        vm.assertEq(c.owed(), vch.ghostPaid() - vch.ghostClaimedTotal(), "owed != paid - claimed");
        address[] memory h = w.holders();
        uint256 sum;
        for (uint256 i = 0; i < h.length; ++i) {
            uint256 b = c.balanceOf(h[i]);
            sum += b;
            vm.assertEq(b + vch.ghostClaimed(h[i]), vch.ghostCredited(h[i]), "consensus balance != credited - claimed");
            vm.assertLe(vch.ghostClaimed(h[i]), vch.ghostCredited(h[i]), "consensus: claimed beyond credit");
        }
        vm.assertEq(sum, c.owed(), "owed != sum of balances");
    }

    /// @notice No property checked inside a handler call broke (who may call what, when, and for how much).
    function _handlerChecks() internal view {
        _noViolation(th);
        _noViolation(rh);
        _noViolation(mh);
        _noViolation(dh);
        _noViolation(oh);
        _noViolation(tdh);
        _noViolation(vch);
    }

    function _noViolation(HandlerBase h) internal view {
        vm.assertEq(h.violations(), 0, h.firstViolation());
    }
}
