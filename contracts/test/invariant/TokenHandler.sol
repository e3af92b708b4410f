// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {HandlerBase} from "./HandlerBase.sol";
import {World} from "./World.sol";
import {CohortToken} from "../../src/CohortToken.sol";

/// @notice Drives CohortToken: transfers between actors, mints by the owner (recorded in the world's
/// ghostMinted) and mint attempts by anyone else, which must revert.
contract TokenHandler is HandlerBase {
    CohortToken internal immutable token;

    constructor(World w) HandlerBase(w) {
        token = w.token();
    }

    function transfer(uint256 fromSeed, uint256 toSeed, uint256 amount) external timed {
        address from = world.actor(fromSeed);
        address to = world.actor(toSeed);
        amount = _bound(amount, 0, token.balanceOf(from));
        vm.prank(from);
        token.transfer(to, amount);
    }

    function mint(uint256 toSeed, uint96 amount) external timed {
        address to = world.actor(toSeed);
        uint256 before = token.totalSupply();
        vm.prank(world.admin());
        token.mint(to, amount);
        _check(token.totalSupply() - before == amount, "mint: supply grew by another amount");
        world.noteMint(amount);
    }

    function mintByStranger(uint256 actorSeed, uint96 amount) external timed {
        address a = world.actor(actorSeed);
        vm.prank(a);
        try token.mint(a, uint256(amount) + 1) {
            _check(false, "mint: by an account that is not the owner");
        } catch {}
    }
}
