// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Base} from "./utils/Base.sol";
import {World} from "./invariant/World.sol";
import {Candidate} from "../src/IScheduler.sol";
import {LowestPrice, ReputationWeighted} from "../src/Schedulers.sol";
import {NodeRegistry, Hardware} from "../src/NodeRegistry.sol";
import {TaskMarket, TaskParams} from "../src/TaskMarket.sol";
import {InferenceOracle, InferenceParams} from "../src/InferenceOracle.sol";

/// @notice Plain fuzz tests of single functions, where one call says enough: the schedulers' limits,
/// slashing, a task's settlement split and the oracle's output range.
contract FuzzTest is Base {
    World internal w;

    function setUp() public {
        w = new World();
    }

    /// @notice Both schedulers select at most maxNodes existing bids whose rate x hrs add up to at most
    /// the spend limit.
    function testFuzz_schedulersRespectLimits(uint96[8] memory rates, uint32[8] memory hrs, uint8 n, uint8 maxNodes, uint128 limit)
        public
    {
        n = uint8(1 + n % 8);
        Candidate[] memory c = new Candidate[](n);
        for (uint256 i = 0; i < n; ++i) {
            c[i] = Candidate(address(uint160(i + 1)), rates[i], hrs[i], uint16(i * 1000));
        }
        LowestPrice lp = new LowestPrice();
        ReputationWeighted rw = new ReputationWeighted();
        for (uint256 k = 0; k < 2; ++k) {
            uint256 mask = k == 0 ? lp.select(c, maxNodes, limit) : rw.select(c, maxNodes, limit);
            vm.assertEq(mask >> n, 0, "mask names a bid that does not exist");
            uint256 spent;
            uint256 count;
            for (uint256 i = 0; i < n; ++i) {
                if (mask & (1 << i) == 0) continue;
                spent += uint256(c[i].rate) * c[i].hours_;
                ++count;
            }
            vm.assertLe(count, maxNodes, "more nodes than maxNodes");
            vm.assertLe(spent, limit, "selection over the spend limit");
        }
    }

    /// @notice A slash takes min(amount, stake + unbonding), from the stake first, and sends exactly that.
    function testFuzz_slashTakesAtMostHeld(uint96 stake, uint96 unbond, uint96 amount) public {
        NodeRegistry r = w.registry();
        address a = w.actor(12);
        stake = uint96(100e18 + stake % 500e18);
        unbond = uint96(unbond % stake);
        amount = uint96(1 + amount % 1_000e18);
        vm.startPrank(a);
        r.register(1, "http://n", Hardware(1, 1, 0, ""), 1, stake);
        if (unbond != 0) r.requestUnbond(unbond);
        vm.stopPrank();
        address t = w.treasury();
        uint256 before = w.token().balanceOf(t);
        vm.prank(w.admin());
        uint96 taken = r.slash(a, amount, t);
        uint256 want = amount < stake ? amount : stake;
        vm.assertEq(taken, want, "taken");
        vm.assertEq(w.token().balanceOf(w.treasury()) - before, want, "sent");
        NodeRegistry.Node memory n = r.nodeInfo(a);
        vm.assertEq(uint256(n.stake) + n.unbonding, stake - want, "left");
        vm.assertEq(w.token().balanceOf(address(r)), 12 * 200e18 + stake - want, "registry balance");
    }

    /// @notice One task from publish to settle: the credits add up to the budget exactly, the node gets
    /// rate x hrs plus its bonus only when the metric met the threshold.
    function testFuzz_settleSplitsBudget(uint96 budget, uint96 rate, uint32 hrs, uint16 bonusBps, uint32 m1, uint32 m2) public {
        TaskMarket mk = w.market();
        budget = uint96(1e18 + budget % 1e22);
        rate = uint96(1 + rate % (budget / 200));
        hrs = uint32(1 + hrs % 50);
        bonusBps = uint16(bonusBps % 5_001);
        m1 = m1 % 1_000_001;
        m2 = m2 % 1_000_001;
        address pub = w.actor(13);
        TaskParams memory p;
        p.budget = budget;
        p.maxHourlyRate = rate;
        p.biddingDeadline = uint32(block.timestamp + 1 days);
        p.executionDeadline = uint32(block.timestamp + 4 days);
        p.metricThreshold = 500_000;
        p.maxNodes = 1;
        p.bonusBps = bonusBps;
        vm.prank(pub);
        uint256 id = mk.publish(p);
        vm.prank(w.actor(0));
        mk.bid(id, rate, hrs);
        vm.prank(pub);
        mk.select(id);
        vm.prank(w.actor(6));
        mk.attest(id, m1);
        vm.prank(w.actor(7));
        mk.attest(id, m2);
        vm.warp(block.timestamp + w.DISPUTE_WINDOW());
        mk.settle(id);
        uint256 base = uint256(rate) * hrs;
        uint256 fee = (base * w.FEE_BPS()) / 10_000;
        uint256 bonus;
        if ((uint256(m1) + m2) / 2 >= 500_000) {
            bonus = (base * bonusBps) / 10_000;
            if (bonus > budget - base - fee) bonus = budget - base - fee;
        }
        vm.assertEq(mk.balanceOf(w.actor(0)), base + bonus, "node credit");
        vm.assertEq(mk.balanceOf(w.treasury()), fee, "fee");
        vm.assertEq(mk.balanceOf(w.actor(0)) + mk.balanceOf(w.treasury()) + mk.balanceOf(pub), budget, "credits != budget");
        vm.assertEq(w.token().balanceOf(address(mk)), budget, "market balance");
    }

    /// @notice publicInputs accepts exactly the outputs in [-MAX_OUTPUT, MAX_OUTPUT].
    function testFuzz_oracleOutputsCanonical(int256 v) public {
        InferenceOracle o = w.oracle();
        InferenceParams memory p;
        p.modelId = bytes32(uint256(1));
        p.ttl = 1 days;
        vm.prank(w.actor(0));
        (uint256 id,) = o.request(p);
        int256[] memory out = new int256[](1);
        out[0] = v;
        bool inRange = v <= type(int64).max && v >= -type(int64).max;
        if (!inRange) vm.expectRevert(abi.encodeWithSelector(InferenceOracle.OutputOutOfRange.selector, uint256(0), v));
        uint256[] memory pub = o.publicInputs(id, address(this), out);
        if (inRange) vm.assertEq(pub[4], v >= 0 ? uint256(v) : o.FIELD_MODULUS() - uint256(-v), "field encoding");
    }
}
