// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Vm} from "../utils/Vm.sol";
import {World} from "./World.sol";

/// @notice What every handler shares: the world, the clock, bounded inputs and a violation log. A
/// handler's call must not fail the run by reverting (forge runs with fail_on_revert = false so that
/// expected reverts stay cheap), so a broken property seen inside a call is recorded here and an
/// invariant_ function asserts that none was.
abstract contract HandlerBase {
    Vm internal constant vm = Vm(0x7109709ECfa91a80626fF3989D68f67F5b1DD12D);

    World public immutable world;
    /// @notice Properties broken inside handler calls (0 while all held).
    uint256 public violations;
    /// @notice The first broken property.
    string public firstViolation;

    constructor(World w) {
        world = w;
    }

    /// @dev Every call starts at the world's time.
    modifier timed() {
        vm.warp(world.now_());
        _;
    }

    function _check(bool cond, string memory what) internal {
        if (!cond) {
            if (violations == 0) firstViolation = what;
            ++violations;
        }
    }

    function _bound(uint256 x, uint256 lo, uint256 hi) internal pure returns (uint256) {
        if (hi <= lo) return lo;
        return lo + (x % (hi - lo + 1));
    }

    function _bal(address a) internal view returns (uint256) {
        return world.token().balanceOf(a);
    }
}
