// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @notice A contract told about incoming tokens.
interface ITokenReceiver {
    /// @notice Called by HookToken after `amount` reached the receiver.
    function onTokenReceived(uint256 amount) external;
}

/// @title HookToken
/// @notice Test only: an ERC-20 that calls the recipient back after each transfer (like ERC-777 hooks), so
/// tests can check that a reentrant recipient cannot withdraw twice.
contract HookToken is ERC20 {
    /// @notice Deploys the token and mints `supply` to `holder`.
    constructor(address holder, uint256 supply) ERC20("Hook", "HOOK") {
        _mint(holder, supply);
    }

    /// @notice Whether `account` wants callbacks.
    mapping(address => bool) public hooked;

    /// @notice Turns callbacks on for the caller.
    function enableHook() external {
        hooked[msg.sender] = true;
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        if (hooked[to] && to.code.length != 0) ITokenReceiver(to).onTokenReceived(value);
    }
}

/// @notice The market function the attacker calls.
interface IWithdraw {
    /// @notice Withdraws `amount` of the caller's balance.
    function withdraw(uint256 amount) external;
}

/// @title ReentrantAttacker
/// @notice Test only: withdraws from a market and, from the token callback, tries to withdraw again.
contract ReentrantAttacker is ITokenReceiver {
    /// @notice The market under attack.
    IWithdraw public immutable market;
    /// @notice How many reentrant withdrawals succeeded (must stay 0).
    uint256 public reentered;
    /// @notice How many reentrant withdrawals were attempted.
    uint256 public attempts;

    /// @notice Deploys the attacker against `market_`.
    constructor(IWithdraw market_) {
        market = market_;
    }

    /// @notice Withdraws `amount`; the callback retries once.
    function attack(uint256 amount) external {
        market.withdraw(amount);
    }

    /// @notice Registers for callbacks on `token`.
    function hook(HookToken token) external {
        token.enableHook();
    }

    /// @inheritdoc ITokenReceiver
    function onTokenReceived(uint256 amount) external override {
        if (attempts != 0) return;
        attempts = 1;
        try market.withdraw(amount) {
            reentered += 1;
        } catch {}
    }
}
