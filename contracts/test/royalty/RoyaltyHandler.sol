// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Vm} from "../utils/Vm.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {CohortToken} from "../../src/CohortToken.sol";
import {RoyaltyToken, ROYALTY_SHARES} from "../../src/RoyaltyToken.sol";

/// @notice Drives two models' royalty tokens: a base model and a model fine-tuned from it whose royalty
/// token gives the base's token 10 % of its shares. Actors pay fees (plain transfers), distribute,
/// claim (within and beyond their share), move shares, and collect the base's royalty from the child.
/// The ghost ledger keeps its own share balances and, per distribution, each holder's entitlement
/// (amount x shares / TOTAL, rounded down), never read back from the tokens.
contract RoyaltyHandler {
    Vm internal constant vm = Vm(0x7109709ECfa91a80626fF3989D68f67F5b1DD12D);
    uint256 internal constant N = 6; // actors 0..5; holders are the actors and the base token

    CohortToken public immutable pay;
    RoyaltyToken public immutable base;
    RoyaltyToken public immutable child;
    address[N] public actors;

    /// @notice Ghost shares, entitlements and distributions per token (0 base, 1 child) and holder.
    mapping(uint256 => mapping(address => uint256)) public ghostShares;
    mapping(uint256 => mapping(address => uint256)) public ghostEntitled;
    mapping(uint256 => uint256) public ghostDistributions;
    uint256 public violations;
    string public firstViolation;

    constructor() {
        pay = new CohortToken(address(this), 1e30);
        RoyaltyToken impl = new RoyaltyToken(pay, address(this));
        for (uint256 i = 0; i < N; ++i) {
            actors[i] = address(uint160(0x1000 + i));
            pay.transfer(actors[i], 1e27);
        }
        // Base: actors 0..3 (40/30/20/10 %).
        uint256 T = ROYALTY_SHARES;
        address[] memory h = new address[](4);
        uint256[] memory s = new uint256[](4);
        (h[0], h[1], h[2], h[3]) = (actors[0], actors[1], actors[2], actors[3]);
        (s[0], s[1], s[2], s[3]) = (T * 4 / 10, T * 3 / 10, T * 2 / 10, T / 10);
        base = RoyaltyToken(Clones.cloneWithImmutableArgs(address(impl), _table(h, s, "base-cid")));
        _ghostInit(0, h, s);
        // Child: the base token 10 %, actors 2..5 the rest; actor 2 twice (a trainer that owns data).
        address[] memory h2 = new address[](5);
        uint256[] memory s2 = new uint256[](5);
        (h2[0], h2[1], h2[2], h2[3], h2[4]) = (address(base), actors[2], actors[3], actors[4], actors[2]);
        (s2[0], s2[1], s2[2], s2[3], s2[4]) = (T / 10, T * 3 / 10, T * 3 / 10, T * 2 / 10, T / 10);
        child = RoyaltyToken(Clones.cloneWithImmutableArgs(address(impl), _table(h2, s2, "child-cid")));
        _ghostInit(1, h2, s2);
    }

    function _table(address[] memory h, uint256[] memory s, bytes memory cid) internal pure returns (bytes memory t) {
        t = abi.encodePacked(uint16(h.length));
        for (uint256 i = 0; i < h.length; ++i) {
            t = abi.encodePacked(t, h[i], uint80(s[i]));
        }
        t = abi.encodePacked(t, cid);
    }

    function _ghostInit(uint256 k, address[] memory h, uint256[] memory s) internal {
        for (uint256 i = 0; i < h.length; ++i) {
            ghostShares[k][h[i]] += s[i];
        }
    }

    function token(uint256 k) public view returns (RoyaltyToken) {
        return k == 0 ? base : child;
    }

    /// @notice Every holder of token k (the actors, and the base token for the child).
    function holders(uint256 k) public view returns (address[] memory out) {
        out = new address[](k == 0 ? N : N + 1);
        for (uint256 i = 0; i < N; ++i) out[i] = actors[i];
        if (k == 1) out[N] = address(base);
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

    // ---- actions ----

    function payFee(uint256 actorSeed, uint256 k, uint256 amount) external {
        address a = actors[actorSeed % N];
        amount = _bound(amount, 0, 1e24);
        vm.prank(a);
        pay.transfer(address(token(k % 2)), amount);
    }

    function distribute(uint256 k) public {
        k %= 2;
        RoyaltyToken t = token(k);
        uint256 amount = t.distribute();
        _ghostDistribute(k, amount);
    }

    function _ghostDistribute(uint256 k, uint256 amount) internal {
        if (amount == 0) return;
        ++ghostDistributions[k];
        address[] memory hs = holders(k);
        for (uint256 i = 0; i < hs.length; ++i) {
            ghostEntitled[k][hs[i]] += (amount * ghostShares[k][hs[i]]) / ROYALTY_SHARES;
        }
    }

    function claim(uint256 actorSeed, uint256 k, uint256 amount) external {
        k %= 2;
        address a = actors[actorSeed % N];
        RoyaltyToken t = token(k);
        uint256 c = t.claimable(a);
        amount = _bound(amount, 0, c);
        uint256 before = pay.balanceOf(a);
        vm.prank(a);
        t.claim(amount);
        _check(pay.balanceOf(a) - before == amount, "claim: paid another amount");
    }

    /// @notice The attack: a claim one unit beyond the share reverts and moves nothing.
    function claimBeyondShare(uint256 actorSeed, uint256 k, uint256 extra) external {
        k %= 2;
        address a = actors[actorSeed % N];
        RoyaltyToken t = token(k);
        uint256 want = t.claimable(a) + _bound(extra, 1, 1e24);
        uint256 before = pay.balanceOf(address(t));
        vm.prank(a);
        try t.claim(want) {
            _check(false, "claim beyond share went through");
        } catch {}
        _check(pay.balanceOf(address(t)) == before, "refused claim moved tokens");
    }

    function moveShares(uint256 fromSeed, uint256 toSeed, uint256 k, uint256 amount) external {
        k %= 2;
        address from = actors[fromSeed % N];
        address to = actors[toSeed % N];
        RoyaltyToken t = token(k);
        amount = _bound(amount, 0, ghostShares[k][from]);
        vm.prank(from);
        t.transfer(to, amount);
        ghostShares[k][from] -= amount;
        ghostShares[k][to] += amount;
    }

    /// @notice The base token collects its 10 % of the child's royalties for its own holders.
    function collect() external {
        uint256 d = child.distribute();
        _ghostDistribute(1, d);
        uint256 owed = child.claimable(address(base));
        uint256 got = base.collect(child);
        _check(got >= owed, "collect: the base got less than its claimable child royalty");
        _ghostDistribute(0, got);
    }
}
