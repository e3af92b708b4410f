// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @title GuardianMultisig
/// @notice A k-of-n multisig of guardians, the holder of the suite's GUARDIAN_ROLEs: any signer submits a
/// call (counting as its confirmation), other signers confirm, and the call runs when `threshold` signers
/// have confirmed it. It holds no funds and no role but GUARDIAN_ROLE, so all it can do is pause new
/// requests, publishes and bids; withdrawals, slashes and transfers revert with the target's missing-role
/// error. Signers and threshold are fixed at deployment: the DAO replaces a multisig by revoking its role.
contract GuardianMultisig {
    struct Call {
        address target;
        bool executed;
        uint8 confirmations;
        bytes data;
    }

    /// @notice Confirmations a call needs.
    uint8 public immutable threshold;
    /// @notice The signers.
    address[] internal _signers;
    /// @notice Whether an address is a signer.
    mapping(address => bool) public isSigner;
    /// @notice Every submitted call, by id.
    Call[] internal _calls;
    mapping(uint256 id => mapping(address signer => bool)) public confirmed;

    event Submitted(uint256 indexed id, address indexed target, bytes data, address signer);
    event Confirmed(uint256 indexed id, address indexed signer);
    event Executed(uint256 indexed id);

    error InvalidSigners();
    error NotSigner(address caller);
    error UnknownCall(uint256 id);
    error AlreadyConfirmed(uint256 id, address signer);
    error AlreadyExecuted(uint256 id);
    error CallFailed(uint256 id, bytes reason);

    /// @param signers_ the guardians (distinct, non-zero).
    /// @param threshold_ confirmations a call needs (1..signers).
    constructor(address[] memory signers_, uint8 threshold_) {
        if (threshold_ == 0 || threshold_ > signers_.length || signers_.length > 32) revert InvalidSigners();
        for (uint256 i = 0; i < signers_.length; ++i) {
            address s = signers_[i];
            if (s == address(0) || isSigner[s]) revert InvalidSigners();
            isSigner[s] = true;
        }
        _signers = signers_;
        threshold = threshold_;
    }

    /// @notice Submits a call and confirms it; runs it at once when the threshold is 1.
    /// @param target the contract to call.
    /// @param data the calldata.
    /// @return id the call's id.
    function submit(address target, bytes calldata data) external returns (uint256 id) {
        if (!isSigner[msg.sender]) revert NotSigner(msg.sender);
        id = _calls.length;
        _calls.push(Call({target: target, executed: false, confirmations: 0, data: data}));
        emit Submitted(id, target, data, msg.sender);
        _confirm(id);
    }

    /// @notice Confirms a call; runs it when this confirmation reaches the threshold. A reverting call
    /// reverts the confirmation too (CallFailed with the target's revert data).
    /// @param id the call.
    function confirm(uint256 id) external {
        if (!isSigner[msg.sender]) revert NotSigner(msg.sender);
        if (id >= _calls.length) revert UnknownCall(id);
        _confirm(id);
    }

    function _confirm(uint256 id) internal {
        Call storage c = _calls[id];
        if (c.executed) revert AlreadyExecuted(id);
        if (confirmed[id][msg.sender]) revert AlreadyConfirmed(id, msg.sender);
        confirmed[id][msg.sender] = true;
        c.confirmations += 1;
        emit Confirmed(id, msg.sender);
        if (c.confirmations < threshold) return;
        c.executed = true;
        (bool ok, bytes memory ret) = c.target.call(c.data);
        if (!ok) revert CallFailed(id, ret);
        emit Executed(id);
    }

    /// @notice The signers.
    function signers() external view returns (address[] memory) {
        return _signers;
    }

    /// @notice A call's target, state and confirmations.
    function callInfo(uint256 id) external view returns (address target, bool executed, uint8 confirmations, bytes memory data) {
        if (id >= _calls.length) revert UnknownCall(id);
        Call storage c = _calls[id];
        return (c.target, c.executed, c.confirmations, c.data);
    }

    /// @notice The number of submitted calls.
    function callCount() external view returns (uint256) {
        return _calls.length;
    }
}
