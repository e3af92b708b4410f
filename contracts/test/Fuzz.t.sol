// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Base} from "./utils/Base.sol";
import {World} from "./invariant/World.sol";
import {Candidate} from "../src/IScheduler.sol";
import {LowestPrice, ReputationWeighted} from "../src/Schedulers.sol";
import {NodeRegistry, Hardware} from "../src/NodeRegistry.sol";
import {TaskMarket, TaskParams} from "../src/TaskMarket.sol";
import {InferenceOracle, InferenceParams} from "../src/InferenceOracle.sol";

interface CohortTokenLike {
    function transfer(address to, uint256 amount) external returns (bool);
    function approve(address spender, uint256 amount) external returns (bool);
}

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

    /// @notice One task from publish to settle (one planned round, the node contributing; three
    /// validators with equal stakes): the credits add up to the budget exactly, the node gets rate x hrs
    /// plus its bonus only when the median metric met the threshold, the agreeing validators share the
    /// fee's validator share equally and the treasury gets the rest of the fee.
    function testFuzz_settleSplitsBudget(uint96 budget, uint96 rate, uint32 hrs, uint16 bonusBps, uint32[3] memory ms) public {
        TaskMarket mk = w.market();
        budget = uint96(1e18 + budget % 1e22);
        rate = uint96(1 + rate % (budget / 200));
        hrs = uint32(1 + hrs % 50);
        bonusBps = uint16(bonusBps % 5_001);
        for (uint256 i = 0; i < 3; ++i) ms[i] = ms[i] % 10_001;
        address pub = w.actor(13);
        TaskParams memory p;
        p.budget = budget;
        p.maxHourlyRate = rate;
        p.biddingDeadline = uint32(block.timestamp + 1 days);
        p.executionDeadline = uint32(block.timestamp + 4 days);
        p.metricThreshold = 5_000;
        p.maxNodes = 1;
        p.bonusBps = bonusBps;
        p.rounds = 1;
        vm.prank(pub);
        uint256 id = mk.publish(p);
        vm.prank(w.actor(0));
        mk.bid(id, rate, hrs);
        vm.prank(pub);
        mk.select(id);
        address[] memory parts = new address[](1);
        parts[0] = w.actor(0);
        vm.prank(pub);
        mk.commitRound(id, 1, hex"0155", parts, 0);
        bytes32 c = mk.roundCommitment(id, 1);
        for (uint256 i = 0; i < 3; ++i) {
            vm.prank(w.actor(6 + i));
            mk.attest(id, c, ms[i]);
        }
        vm.warp(block.timestamp + w.DISPUTE_WINDOW());
        mk.settle(id);
        _checkSplit(id, budget, uint256(rate) * hrs, bonusBps, ms);
    }

    function _checkSplit(uint256 id, uint256 budget, uint256 base, uint256 bonusBps, uint32[3] memory ms) internal view {
        TaskMarket mk = w.market();
        address pub = w.actor(13);
        // Equal stakes: the median is the middle value.
        uint256 med = uint256(ms[0]) + ms[1] + ms[2] - _max3(ms) - _min3(ms);
        uint256 fee = (base * w.FEE_BPS()) / 10_000;
        uint256 pay;
        if (med >= 5_000) {
            if ((base * bonusBps) / 10_000 > budget - base - fee) bonusBps = ((budget - base - fee) * 10_000) / base;
            pay = base + (base * bonusBps) / 10_000;
        }
        vm.assertEq(mk.balanceOf(w.actor(0)), pay, "node credit");
        uint256 k;
        for (uint256 i = 0; i < 3; ++i) if (_dist(ms[i], med) <= 100) ++k;
        uint256 each = ((fee * w.VALIDATOR_SHARE_BPS()) / 10_000) / k;
        uint256 vals;
        for (uint256 i = 0; i < 3; ++i) {
            uint256 want = _dist(ms[i], med) <= 100 ? each : 0;
            vm.assertEq(mk.balanceOf(w.actor(6 + i)), want, "validator credit");
            vals += want;
        }
        uint256 toPool = ((fee - each * k) * w.POOL_SHARE_PCT()) / 100;
        vm.assertEq(mk.poolOwed(), toPool, "the consensus pool's part of the fee");
        vm.assertEq(mk.balanceOf(w.treasury()), fee - each * k - toPool, "treasury's part of the fee");
        vm.assertEq(pay + vals + mk.balanceOf(w.treasury()) + mk.poolOwed() + mk.balanceOf(pub), budget, "credits != budget");
        vm.assertEq(w.token().balanceOf(address(mk)), budget, "market balance");
    }

    /// @notice Bid spam: a task takes at most 128 bids (each bonding a bid bond of the bidder's stake);
    /// the next one reverts, and withdrawing a bid frees a slot and the bond.
    function test_bidsBeyondTheLimitRevert() public {
        TaskMarket mk = w.market();
        NodeRegistry r = w.registry();
        TaskParams memory p;
        p.budget = 1e21;
        p.maxHourlyRate = 1e18;
        p.biddingDeadline = uint32(block.timestamp + 1 days);
        p.executionDeadline = uint32(block.timestamp + 4 days);
        p.maxNodes = 1;
        p.rounds = 1;
        vm.prank(w.actor(13));
        uint256 id = mk.publish(p);
        CohortTokenLike tok = CohortTokenLike(address(w.token()));
        address adm = w.admin();
        for (uint256 i = 0; i < 129; ++i) {
            address a = address(uint160(0x5000 + i));
            vm.prank(adm);
            tok.transfer(a, 200e18);
            vm.startPrank(a);
            tok.approve(address(r), type(uint256).max);
            r.register(1, "http://s", Hardware(1, 1, 0, ""), 1, 200e18);
            if (i == 128) vm.expectRevert(TaskMarket.TooManyBids.selector);
            mk.bid(id, 1, 1);
            vm.stopPrank();
        }
        address last = address(uint160(0x5000 + 128));
        vm.assertEq(r.nodeInfo(last).bonded, 0, "a refused bid bonded stake");
        vm.prank(address(uint160(0x5000)));
        mk.withdrawBid(id);
        vm.assertEq(r.nodeInfo(address(uint160(0x5000))).bonded, 0, "a withdrawn bid kept its bond");
        vm.prank(last);
        mk.bid(id, 1, 1);
        uint256 bidBond = w.BID_BOND();
        vm.assertEq(r.nodeInfo(last).bonded, bidBond, "bid bond");
    }

    function _dist(uint256 a, uint256 b) internal pure returns (uint256) {
        return a > b ? a - b : b - a;
    }

    function _max3(uint32[3] memory x) internal pure returns (uint256 m) {
        m = x[0] > x[1] ? x[0] : x[1];
        if (x[2] > m) m = x[2];
    }

    function _min3(uint32[3] memory x) internal pure returns (uint256 m) {
        m = x[0] < x[1] ? x[0] : x[1];
        if (x[2] < m) m = x[2];
    }

    /// @notice publicInputs accepts exactly the outputs of the model's width (64 bits for model 1) and
    /// packs them after the header: (bits - 1) + (v + 2^(bits-1)) << 6.
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
        if (inRange) {
            vm.assertEq(pub.length, 4, "public inputs");
            vm.assertEq(pub[3], 63 + (uint256(v + 2 ** 63) << 6), "packed output");
        }
    }

    /// @notice Attack: a miner answers with outputs that borrow across slots (the first up by 2^bits,
    /// the second down by one: the same packed integer). The oracle refuses them, so a consumer is
    /// never handed outputs the model did not give.
    function testFuzz_oraclePackedSlots(int32 a, int32 b, uint8 bitsSeed) public {
        InferenceOracle o = w.oracle();
        uint8 bits = uint8(34 + bitsSeed % 31); // 34..64: every int32 fits
        bytes32 mid = bytes32(uint256(7));
        address admin = w.admin();
        address verifier = address(w.verifier());
        vm.prank(admin);
        o.registerModel(mid, verifier, 9, bits, admin);
        InferenceParams memory p;
        p.modelId = mid;
        p.ttl = 1 days;
        vm.prank(w.actor(0));
        (uint256 id,) = o.request(p);
        int256[] memory out = new int256[](9);
        out[0] = a;
        out[1] = b;
        _checkPacked(o.publicInputs(id, address(this), out), bits, a);
        vm.assertEq(o.publicInputs(id, address(this), out)[2], o.binding(o.requestNonce(id), address(this)), "binding");
        out[0] = int256(a) + int256(1 << bits);
        out[1] = int256(b) - 1;
        vm.expectRevert(abi.encodeWithSelector(InferenceOracle.OutputOutOfRange.selector, uint256(0), out[0]));
        o.publicInputs(id, address(this), out);
    }

    function _checkPacked(uint256[] memory pub, uint8 bits, int32 a) internal pure {
        uint256 per = 247 / uint256(bits);
        vm.assertEq(pub.length, 3 + (9 + per - 1) / per, "public inputs");
        vm.assertEq(pub[3] & 63, bits - 1, "header");
        vm.assertEq((pub[3] >> 6) & ((uint256(1) << bits) - 1), uint256(int256(a) + int256(uint256(1) << (bits - 1))), "slot 0");
    }
}
