// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Vm} from "./Vm.sol";

/// @notice What forge-std's Test and StdInvariant give a test contract, cut to what these tests use:
/// the cheatcode handle and the target lists forge's invariant runner reads (targetContracts,
/// targetSelectors, targetSenders).
abstract contract Base {
    struct FuzzSelector {
        address addr;
        bytes4[] selectors;
    }

    /// @dev The cheatcode address: uint160(uint256(keccak256("hevm cheat code"))).
    Vm internal constant vm = Vm(0x7109709ECfa91a80626fF3989D68f67F5b1DD12D);

    /// @dev forge reads this to tell test contracts from others.
    bool public IS_TEST = true;

    address[] private _targetContracts;
    FuzzSelector[] private _targetSelectors;
    address[] private _targetSenders;

    function targetContract(address a) internal {
        _targetContracts.push(a);
    }

    function targetSelector(FuzzSelector memory s) internal {
        _targetSelectors.push(s);
    }

    function targetSender(address a) internal {
        _targetSenders.push(a);
    }

    function targetContracts() public view returns (address[] memory) {
        return _targetContracts;
    }

    function targetSelectors() public view returns (FuzzSelector[] memory) {
        return _targetSelectors;
    }

    function targetSenders() public view returns (address[] memory) {
        return _targetSenders;
    }
}
