// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Base} from "./utils/Base.sol";
import {World} from "./invariant/World.sol";
import {NodeRegistry} from "../src/NodeRegistry.sol";
import {DaoArbitration} from "../src/DaoArbitration.sol";
import {CohortVotes} from "../src/Governance.sol";

/// @notice Fuzz tests of the DAO's money paths: a judgement never slashes over the cap or to anyone but
/// the treasury or the harmed party, an unjudged case releases by default, and staking for votes
/// conserves the network token (the wrapper always holds exactly the votes' supply).
contract GovernanceTest is Base {
    World internal w;
    DaoArbitration internal arb;
    address internal constant HARMED = address(0x4A);

    function setUp() public {
        w = new World();
        arb = new DaoArbitration(w.registry(), address(this), w.treasury(), 1 days, 5_000, 3);
        NodeRegistry r = w.registry();
        bytes32 slasher = r.SLASHER_ROLE();
        vm.prank(w.admin());
        r.grantRole(slasher, address(arb));
    }

    /// @notice slash takes exactly amount when amount <= cap (half of stake + unbonding) to a payee, and
    /// reverts without moving anything otherwise.
    function testFuzz_judgementCappedToPayees(uint96 amount, uint8 who, uint32 late) public {
        NodeRegistry r = w.registry();
        address node = w.actor(3);
        arb.freeze(node, bytes32(uint256(1)), HARMED);
        uint96 cap = arb.slashCap(node);
        NodeRegistry.Node memory before = r.nodeInfo(node);
        vm.assertEq(cap, (uint256(before.stake) + before.unbonding) / 2, "cap");
        amount = uint96(1 + amount % (2 * uint256(cap)));
        address to = who % 3 == 0 ? w.treasury() : who % 3 == 1 ? HARMED : w.actor(who);
        vm.warp(block.timestamp + late % 2 days);
        bool expired = late % 2 days > 1 days;
        bool ok = !expired && amount <= cap && to != w.actor(who);
        if (!ok) vm.expectRevert();
        uint96 taken = arb.slash(node, amount, to, bytes32(uint256(1)));
        NodeRegistry.Node memory afterN = r.nodeInfo(node);
        if (ok) {
            vm.assertEq(taken, amount, "taken");
            vm.assertEq(uint256(afterN.stake) + afterN.unbonding, uint256(before.stake) + before.unbonding - amount, "left");
            vm.assertTrue(!afterN.frozen, "still frozen after the judgement");
        } else {
            vm.assertEq(uint256(afterN.stake) + afterN.unbonding, uint256(before.stake) + before.unbonding, "moved on a refused judgement");
        }
    }

    /// @notice A case nobody judges releases the node after its deadline, and not before.
    function testFuzz_defaultRelease(uint32 wait) public {
        address node = w.actor(4);
        arb.freeze(node, bytes32(uint256(9)), address(0));
        vm.assertTrue(w.registry().nodeInfo(node).frozen, "not frozen");
        wait = uint32(wait % 3 days);
        vm.warp(block.timestamp + wait);
        if (wait <= 1 days) vm.expectRevert();
        arb.expire(node);
        vm.assertEq(w.registry().nodeInfo(node).frozen, wait <= 1 days, "frozen after expire");
    }

    /// @notice depositFor and withdrawTo move the network token 1:1 with the votes' supply.
    function testFuzz_votesConserveTokens(uint96 a, uint96 b) public {
        CohortVotes v = new CohortVotes(w.token());
        address u = w.actor(5);
        uint256 bal = w.token().balanceOf(u);
        a = uint96(a % bal);
        b = uint96(b % (uint256(a) + 1));
        vm.startPrank(u);
        w.token().approve(address(v), a);
        v.depositFor(u, a);
        v.withdrawTo(u, b);
        vm.stopPrank();
        vm.assertEq(w.token().balanceOf(address(v)), v.totalSupply(), "wrapper holds the supply");
        vm.assertEq(v.totalSupply(), uint256(a) - b, "supply");
        vm.assertEq(w.token().balanceOf(u), bal - a + b, "holder");
    }
}
