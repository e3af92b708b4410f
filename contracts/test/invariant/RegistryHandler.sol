// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {HandlerBase} from "./HandlerBase.sol";
import {World} from "./World.sol";
import {NodeRegistry, Hardware} from "../../src/NodeRegistry.sol";

/// @notice Drives NodeRegistry: registration, top-ups, unbonding, withdrawal, freezing, slashing,
/// reputation, and time. Ghosts per actor: tokens deposited (stake pulled in), withdrawn (received by
/// withdrawUnbonded) and slashed (received by the treasury).
contract RegistryHandler is HandlerBase {
    NodeRegistry internal immutable reg;

    mapping(address => uint256) public ghostDeposited;
    mapping(address => uint256) public ghostWithdrawn;
    mapping(address => uint256) public ghostSlashed;

    constructor(World w) HandlerBase(w) {
        reg = w.registry();
        address[] memory a = w.actors();
        // The world registered actors 0-11 with 200 tokens each.
        for (uint256 i = 0; i < 12; ++i) ghostDeposited[a[i]] = 200e18;
    }

    function warp(uint256 secs) external {
        world.advance(_bound(secs, 1, 12 hours));
    }

    function register(uint256 actorSeed, uint8 roles, uint96 amount) external timed {
        address a = world.actor(actorSeed);
        roles = uint8(_bound(roles, 1, 31));
        amount = uint96(_bound(amount, 100e18, 1_000e18));
        vm.assume(!reg.nodeInfo(a).registered);
        uint256 before = _bal(address(reg));
        vm.prank(a);
        reg.register(roles, "http://n", Hardware(4, 8192, 1, "g"), 1e18, amount);
        ghostDeposited[a] += _bal(address(reg)) - before;
        _check(_bal(address(reg)) - before == amount, "register: pulled != stake");
    }

    /// @notice Changes roles and rate (a selected trainer may drop the trainer role, a trainer may add
    /// the validator role); the stake must still reach the new roles' minimum.
    function updateProfile(uint256 actorSeed, uint8 roles, uint96 rate) external timed {
        address a = world.actor(actorSeed);
        NodeRegistry.Node memory n = reg.nodeInfo(a);
        roles = uint8(_bound(roles, 1, 31));
        vm.assume(n.registered && n.stake >= reg.requiredStake(roles));
        vm.prank(a);
        reg.updateProfile(roles, "http://n2", Hardware(8, 16_384, 1, ""), rate);
    }

    function stake(uint256 actorSeed, uint96 amount) external timed {
        address a = world.actor(actorSeed);
        amount = uint96(_bound(amount, 1, 500e18));
        vm.assume(reg.nodeInfo(a).registered);
        uint256 before = _bal(address(reg));
        vm.prank(a);
        reg.stake(amount);
        ghostDeposited[a] += _bal(address(reg)) - before;
    }

    function requestUnbond(uint256 actorSeed, uint96 amount) external timed {
        address a = world.actor(actorSeed);
        NodeRegistry.Node memory n = reg.nodeInfo(a);
        vm.assume(n.stake != 0);
        amount = uint96(_bound(amount, 1, n.stake));
        vm.prank(a);
        reg.requestUnbond(amount);
    }

    function withdrawUnbonded(uint256 actorSeed) external timed {
        address a = world.actor(actorSeed);
        NodeRegistry.Node memory n = reg.nodeInfo(a);
        vm.assume(n.unbonding != 0 && !n.frozen);
        // Wait out the unbonding delay.
        if (block.timestamp < n.unbondAt) {
            world.advance(n.unbondAt - block.timestamp);
            vm.warp(world.now_());
        }
        uint256 before = _bal(a);
        vm.prank(a);
        reg.withdrawUnbonded();
        uint256 got = _bal(a) - before;
        ghostWithdrawn[a] += got;
        _check(got == n.unbonding, "withdrawUnbonded: paid != unbonding");
        _check(reg.nodeInfo(a).bonded == n.bonded, "withdrawUnbonded: bonded stake moved");
    }

    /// @notice Attack: withdrawing unbonding tokens before the delay has passed, or while frozen.
    function withdrawUnbondedEarly(uint256 actorSeed) external timed {
        address a = world.actor(actorSeed);
        NodeRegistry.Node memory n = reg.nodeInfo(a);
        vm.assume(n.unbonding != 0 && (n.frozen || block.timestamp < n.unbondAt));
        vm.prank(a);
        try reg.withdrawUnbonded() {
            _check(false, "withdrawUnbonded: before release, or frozen");
        } catch {}
    }

    /// @notice Attack (the stake escape): a node with stake bonded to tasks (a bid or a selection) tries
    /// to unbond more than its free stake, then unbonds all its free stake and withdraws it after the
    /// delay: the bonded stake must neither unbond nor leave.
    function unbondAfterSelection(uint256 actorSeed, uint96 extra) external timed {
        address a = world.actor(actorSeed);
        NodeRegistry.Node memory n = reg.nodeInfo(a);
        vm.assume(n.registered && !n.frozen && n.bonded != 0);
        vm.prank(a);
        try reg.requestUnbond(n.stake + uint96(_bound(extra, 1, n.bonded))) {
            _check(false, "requestUnbond: bonded stake unbonded");
        } catch {}
        if (n.stake == 0) return;
        vm.prank(a);
        reg.requestUnbond(n.stake);
        n = reg.nodeInfo(a);
        world.advance(n.unbondAt - block.timestamp);
        vm.warp(world.now_());
        uint256 before = _bal(a);
        vm.prank(a);
        try reg.withdrawUnbonded() {
            uint256 got = _bal(a) - before;
            ghostWithdrawn[a] += got;
            _check(got == n.unbonding, "withdrawUnbonded: paid != unbonding");
        } catch {}
        _check(reg.nodeInfo(a).bonded == n.bonded, "stake escape: bonded stake left with the unbonding");
    }

    function slash(uint256 actorSeed, uint96 amount) external timed {
        address a = world.actor(actorSeed);
        NodeRegistry.Node memory n = reg.nodeInfo(a);
        vm.assume(n.registered);
        amount = uint96(_bound(amount, 1, 150e18));
        address t = world.treasury();
        uint256 before = _bal(t);
        vm.prank(world.admin());
        uint96 taken = reg.slash(a, amount, t);
        uint256 got = _bal(t) - before;
        ghostSlashed[a] += got;
        uint256 held = uint256(n.stake) + n.unbonding;
        _check(got == taken && got == (amount < held ? amount : held), "slash: took != min(amount, held)");
    }

    function slashByStranger(uint256 actorSeed, uint256 strangerSeed, uint96 amount) external timed {
        address a = world.actor(actorSeed);
        address s = world.actor(strangerSeed);
        vm.prank(s);
        try reg.slash(a, uint96(_bound(amount, 1, 400e18)), s) {
            _check(false, "slash: by a node without the slasher role");
        } catch {}
    }

    function setFrozen(uint256 actorSeed, uint8 mode) external timed {
        address a = world.actor(actorSeed);
        vm.assume(reg.nodeInfo(a).registered);
        // Unfreezing twice as often as freezing keeps most nodes usable.
        vm.prank(world.admin());
        reg.setFrozen(a, mode % 3 == 0);
    }

    function setReputation(uint256 actorSeed, uint16 rep) external timed {
        address a = world.actor(actorSeed);
        vm.assume(reg.nodeInfo(a).registered);
        vm.prank(world.admin());
        reg.setReputation(a, uint16(_bound(rep, 0, 10_000)));
    }
}
