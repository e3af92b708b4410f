// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title CohortToken
/// @notice The ERC-20 token (with EIP-2612 permit) in which Cohort's stakes, task budgets and fees are paid.
contract CohortToken is ERC20, ERC20Permit, Ownable {
    /// @notice Deploys the token and mints `initialSupply` base units to `holder`.
    /// @param holder receives the initial supply and owns the mint right.
    /// @param initialSupply base units minted at deployment.
    constructor(address holder, uint256 initialSupply)
        ERC20("Cohort", "COH")
        ERC20Permit("Cohort")
        Ownable(holder)
    {
        _mint(holder, initialSupply);
    }

    /// @notice Mints `amount` base units to `to`; only the owner (the DAO later) may mint.
    /// @param to the recipient.
    /// @param amount base units to mint.
    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }
}
