// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";

// Every model's share supply: one million shares with 18 decimals.
uint256 constant ROYALTY_SHARES = 1_000_000e18;

/// @title RoyaltyToken
/// @notice A model's royalty shares: an ERC-20 of TOTAL_SHARES shares whose holders split every payment
/// token (CohortToken) sent to it, pro rata to the shares they held when it arrived, and withdraw their
/// part when they like (pull payments, dividend-per-share accounting).
///
/// One implementation, one minimal-proxy clone per model (OpenZeppelin Clones with immutable args): the
/// clone's code carries its initial allocation, `[uint16 n][n x (address holder, uint80 shares)][cid]`,
/// so minting a model writes no balance slot. An account's balance is its allocation until its first
/// transfer, then a stored balance (bit 255 set). The payment token and the ModelRegistry are
/// immutables of the implementation, shared by every clone.
///
/// Payments: anyone sends payment tokens with a plain transfer (an inference gateway, the
/// InferenceOracle's royalty cut, a child model's royalty token through `collect`) and `distribute`
/// (anyone; the Go client runs it before a claim when payments are pending) adds what arrived since the
/// last call to the dividend per share. A holder's
/// claimable amount is `(dividendPerShare x balance + correction) / 2^128 - withdrawn`; a transfer moves
/// the correction so that shares carry no past dividends to their new holder. Rounding leaves under one
/// base unit per holder per distribution in the contract; everything else is claimable.
contract RoyaltyToken is IERC20, IERC20Metadata, IERC20Errors {
    using SafeERC20 for IERC20;

    /// @notice Every model's share supply (ROYALTY_SHARES).
    uint256 public constant TOTAL_SHARES = ROYALTY_SHARES;
    uint256 internal constant MAGNITUDE = 2 ** 128;
    uint256 internal constant STORED = 1 << 255;
    uint256 internal constant ENTRY = 30; // holder (20 bytes) and shares (uint80, 10 bytes)

    /// @notice The payment token (CohortToken).
    IERC20 public immutable payment;
    /// @notice The ModelRegistry that clones this implementation.
    address public immutable registry;

    mapping(address => uint256) internal _bal; // bit 255: stored; below: the balance
    mapping(address => int256) internal _correction;
    mapping(address => uint256) internal _withdrawn;
    mapping(address => mapping(address => uint256)) public allowance;
    /// @notice Payment tokens per share received so far, x 2^128.
    uint256 public dividendPerShare;
    /// @notice Payment tokens held for the holders (received and not yet claimed).
    uint256 public accounted;

    event Distributed(uint256 amount, uint256 dividendPerShare);
    event Claimed(address indexed holder, uint256 amount);

    /// @notice A claim above what the holder may withdraw.
    error ClaimExceedsShare(address holder, uint256 amount, uint256 claimable);

    /// @param payment_ the payment token.
    /// @param registry_ the ModelRegistry.
    constructor(IERC20 payment_, address registry_) {
        payment = payment_;
        registry = registry_;
    }

    // ---- ERC-20 ----

    /// @notice "Cohort model royalty".
    function name() external pure returns (string memory) {
        return "Cohort model royalty";
    }

    /// @notice "CMR".
    function symbol() external pure returns (string memory) {
        return "CMR";
    }

    function decimals() external pure returns (uint8) {
        return 18;
    }

    function totalSupply() external pure returns (uint256) {
        return TOTAL_SHARES;
    }

    function balanceOf(address account) public view returns (uint256) {
        uint256 v = _bal[account];
        return v & STORED != 0 ? v & ~STORED : _initial(account);
    }

    function transfer(address to, uint256 value) external returns (bool) {
        _move(msg.sender, to, value);
        return true;
    }

    function approve(address spender, uint256 value) external returns (bool) {
        if (spender == address(0)) revert ERC20InvalidSpender(spender);
        allowance[msg.sender][spender] = value;
        emit Approval(msg.sender, spender, value);
        return true;
    }

    function transferFrom(address from, address to, uint256 value) external returns (bool) {
        uint256 a = allowance[from][msg.sender];
        if (a != type(uint256).max) {
            if (a < value) revert ERC20InsufficientAllowance(msg.sender, a, value);
            allowance[from][msg.sender] = a - value;
        }
        _move(from, to, value);
        return true;
    }

    // ---- royalties ----

    /// @notice Adds the payment tokens that arrived since the last call to the dividend per share.
    /// @return amount what was distributed.
    function distribute() public returns (uint256 amount) {
        uint256 bal = payment.balanceOf(address(this));
        amount = bal - accounted;
        if (amount == 0) return 0;
        accounted = bal;
        uint256 dps = dividendPerShare + (amount * MAGNITUDE) / TOTAL_SHARES;
        dividendPerShare = dps;
        emit Distributed(amount, dps);
    }

    /// @notice What `holder` may withdraw now (payments not yet distributed excluded).
    /// @param holder the share holder.
    function claimable(address holder) public view returns (uint256) {
        int256 acc = int256(dividendPerShare * balanceOf(holder)) + _correction[holder];
        return uint256(acc) / MAGNITUDE - _withdrawn[holder];
    }

    /// @notice What `holder` has withdrawn so far.
    /// @param holder the share holder.
    function withdrawn(address holder) external view returns (uint256) {
        return _withdrawn[holder];
    }

    /// @notice Pays `amount` of the caller's distributed share to the caller.
    /// @param amount base units; at most claimable (ClaimExceedsShare otherwise; nothing moves).
    function claim(uint256 amount) external {
        uint256 c = claimable(msg.sender);
        if (amount > c) revert ClaimExceedsShare(msg.sender, amount, c);
        _pay(msg.sender, amount);
    }

    /// @notice Pays the caller everything it may withdraw (zero: nothing happens).
    /// @return amount what was paid.
    function claimAll() public returns (uint256 amount) {
        amount = claimable(msg.sender);
        if (amount != 0) _pay(msg.sender, amount);
    }

    /// @notice Collects this token's royalty from a model fine-tuned from this one (whose royalty token
    /// holds this token's fixed share of it) and distributes it to this token's holders. Anyone may call.
    /// @param child the derived model's royalty token.
    function collect(RoyaltyToken child) external returns (uint256 amount) {
        child.distribute();
        child.claimAll();
        amount = distribute();
    }

    /// @notice The model's CID (as its royalty token's clone carries it).
    function cid() external view returns (bytes memory out) {
        bytes memory args = Clones.fetchCloneArgs(address(this));
        uint256 start = 2 + _count(args) * ENTRY;
        out = new bytes(args.length - start);
        for (uint256 i = 0; i < out.length; ++i) {
            out[i] = args[start + i];
        }
    }

    /// @notice The initial allocation: holders (an address may repeat: a trainer that also owns data)
    /// and their shares.
    function allocation() external view returns (address[] memory holders, uint256[] memory shares) {
        bytes memory args = Clones.fetchCloneArgs(address(this));
        uint256 n = _count(args);
        holders = new address[](n);
        shares = new uint256[](n);
        for (uint256 i = 0; i < n; ++i) {
            (holders[i], shares[i]) = _entry(args, i);
        }
    }

    // ---- internal ----

    function _pay(address holder, uint256 amount) internal {
        _withdrawn[holder] += amount;
        accounted -= amount;
        emit Claimed(holder, amount);
        payment.safeTransfer(holder, amount);
    }

    function _move(address from, address to, uint256 value) internal {
        if (to == address(0)) revert ERC20InvalidReceiver(to);
        uint256 fb = balanceOf(from);
        if (fb < value) revert ERC20InsufficientBalance(from, fb, value);
        if (from != to) {
            _bal[from] = STORED | (fb - value);
            _bal[to] = STORED | (balanceOf(to) + value);
            int256 c = int256(dividendPerShare * value);
            _correction[from] += c;
            _correction[to] -= c;
        }
        emit Transfer(from, to, value);
    }

    function _initial(address account) internal view returns (uint256 shares) {
        bytes memory args = Clones.fetchCloneArgs(address(this));
        uint256 n = _count(args);
        for (uint256 i = 0; i < n; ++i) {
            (address h, uint256 s) = _entry(args, i);
            if (h == account) shares += s;
        }
    }

    function _count(bytes memory args) internal pure returns (uint256) {
        if (args.length < 2) return 0;
        return (uint256(uint8(args[0])) << 8) | uint8(args[1]);
    }

    function _entry(bytes memory args, uint256 i) internal pure returns (address h, uint256 s) {
        uint256 word;
        assembly ("memory-safe") {
            word := mload(add(add(args, 34), mul(i, 30)))
        }
        h = address(uint160(word >> 96));
        s = (word >> 16) & type(uint80).max;
    }
}
