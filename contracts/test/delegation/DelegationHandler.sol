// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Vm} from "../utils/Vm.sol";
import {CohortToken} from "../../src/CohortToken.sol";
import {NodeRegistry, Hardware, IDelegatedStake} from "../../src/NodeRegistry.sol";
import {Delegation} from "../../src/Delegation.sol";

/// @notice Drives Delegation with its NodeRegistry: delegations, undelegations, withdrawals, reward
/// payments, claims, commission changes, the node's own stake moves, freezes and slashes, time, and the
/// attacks (claims beyond a share, early or frozen withdrawals, undelegating more shares than held, a
/// stranger calling the delegation's slash). Ghosts: every token that entered the delegation contract
/// (delegated, paid as rewards) and every token that left it (withdrawn, claimed, slashed).
contract DelegationHandler {
    Vm internal constant vm = Vm(0x7109709ECfa91a80626fF3989D68f67F5b1DD12D);

    uint32 public constant UNBONDING_DELAY = 3 days;
    uint256 public constant NODES = 3;
    uint256 public constant DELEGATORS = 5;

    address public immutable admin = address(0xAD);
    address public immutable treasury = address(0x7EA);
    address public immutable payer = address(0xFEE);
    CohortToken public immutable token;
    NodeRegistry public immutable registry;
    Delegation public immutable delegation;

    address[] internal _nodes;
    address[] internal _delegators;
    uint256 public now_ = 1_700_000_000;

    uint256 public ghostIn;
    uint256 public ghostOut;
    /// @notice Calls that may leave rounding dust in the contract (distributions and settlements).
    uint256 public ghostRoundings;
    uint256 public violations;
    string public firstViolation;

    constructor() {
        vm.warp(now_);
        token = new CohortToken(admin, 1e27);
        registry = new NodeRegistry(token, admin, UNBONDING_DELAY);
        delegation = new Delegation(registry);
        vm.startPrank(admin);
        registry.setDelegation(IDelegatedStake(address(delegation)));
        for (uint256 i = 0; i < NODES; ++i) {
            address n = address(uint160(0x1000 + i));
            _nodes.push(n);
            token.transfer(n, 10_000e18);
        }
        for (uint256 i = 0; i < DELEGATORS; ++i) {
            address d = address(uint160(0x2000 + i));
            _delegators.push(d);
            token.transfer(d, 10_000e18);
        }
        token.transfer(payer, 1_000_000e18);
        vm.stopPrank();
        for (uint256 i = 0; i < NODES; ++i) {
            vm.startPrank(_nodes[i]);
            token.approve(address(registry), type(uint256).max);
            registry.register(1, "http://n", Hardware(4, 8192, 0, ""), 1e18, 500e18);
            vm.stopPrank();
        }
        for (uint256 i = 0; i < DELEGATORS; ++i) {
            vm.prank(_delegators[i]);
            token.approve(address(delegation), type(uint256).max);
        }
        vm.prank(payer);
        token.approve(address(delegation), type(uint256).max);
    }

    modifier timed() {
        vm.warp(now_);
        _;
    }

    function nodeAt(uint256 i) external view returns (address) {
        return _nodes[i];
    }

    function delegatorAt(uint256 i) external view returns (address) {
        return _delegators[i];
    }

    // ---- honest moves ----

    function warp(uint256 secs) external {
        now_ += _bound(secs, 1, 2 days);
    }

    function delegate(uint256 ns, uint256 ds, uint256 amount) external timed {
        (address n, address d) = (_node(ns), _delegator(ds));
        amount = _bound(amount, 1, 2_000e18);
        uint256 before = _bal(address(delegation));
        vm.prank(d);
        try delegation.delegate(n, amount) {
            ghostIn += _bal(address(delegation)) - before;
            ++ghostRoundings;
        } catch {}
    }

    function undelegate(uint256 ns, uint256 ds, uint256 shares) external timed {
        (address n, address d) = (_node(ns), _delegator(ds));
        (uint256 have,,,,) = delegation.delegation(n, d);
        if (have == 0) return;
        shares = _bound(shares, 1, have);
        vm.prank(d);
        try delegation.undelegate(n, shares) {
            ++ghostRoundings;
        } catch {
            _check(false, "undelegate within the held shares reverted");
        }
    }

    function withdraw(uint256 ns, uint256 ds) external timed {
        (address n, address d) = (_node(ns), _delegator(ds));
        (,,, uint256 unbonding, uint64 releaseAt) = delegation.delegation(n, d);
        if (releaseAt == 0) return;
        if (block.timestamp < releaseAt) {
            now_ = releaseAt;
            vm.warp(now_);
        }
        bool frozen = registry.nodeInfo(n).frozen;
        uint256 before = _bal(d);
        vm.prank(d);
        try delegation.withdraw(n) {
            uint256 got = _bal(d) - before;
            ghostOut += got;
            _check(!frozen, "withdrew from a frozen node");
            _check(got == unbonding, "withdrew other than the unbonding value");
        } catch {
            _check(frozen, "a due withdrawal reverted");
        }
    }

    function claim(uint256 ns, uint256 ds, uint256 amount) external timed {
        (address n, address d) = (_node(ns), _delegator(ds));
        (,, uint256 rewards,,) = delegation.delegation(n, d);
        if (rewards == 0) return;
        amount = _bound(amount, 1, rewards);
        uint256 before = _bal(d);
        vm.prank(d);
        try delegation.claim(n, amount) {
            ghostOut += _bal(d) - before;
            _check(_bal(d) - before == amount, "claim paid other than asked");
        } catch {
            _check(false, "a claim within the rewards reverted");
        }
    }

    function claimNode(uint256 ns, uint256 amount) external timed {
        address n = _node(ns);
        uint256 have = delegation.nodeRewards(n);
        if (have == 0) return;
        amount = _bound(amount, 1, have);
        uint256 before = _bal(n);
        vm.prank(n);
        delegation.claimNodeRewards(amount);
        ghostOut += _bal(n) - before;
    }

    function distribute(uint256 ns, uint256 amount) external timed {
        address n = _node(ns);
        amount = _bound(amount, 1, 100e18);
        uint256 before = _bal(address(delegation));
        vm.prank(payer);
        delegation.distribute(n, amount);
        ghostIn += _bal(address(delegation)) - before;
        ++ghostRoundings;
    }

    function setCommission(uint256 ns, uint16 bps) external timed {
        address n = _node(ns);
        bps = uint16(_bound(bps, 0, 6_000));
        vm.prank(n);
        try delegation.setCommission(bps) {
            _check(bps <= delegation.MAX_COMMISSION_BPS(), "commission above the bound accepted");
        } catch {
            _check(bps > delegation.MAX_COMMISSION_BPS(), "a valid commission reverted");
        }
    }

    function nodeUnbond(uint256 ns, uint96 amount) external timed {
        address n = _node(ns);
        uint96 s = registry.nodeInfo(n).stake;
        if (s == 0) return;
        vm.prank(n);
        registry.requestUnbond(uint96(_bound(amount, 1, s)));
    }

    function freeze(uint256 ns, bool frozen) external timed {
        vm.prank(admin);
        registry.setFrozen(_node(ns), frozen);
    }

    struct SlashSnap {
        uint256 del; // delegated tokens a slash can reach
        uint256 own; // the node's own stake and unbonding tokens
        uint256 v0; // delegator 0's tokens in the node
        uint256 bal; // the delegation contract's balance
        uint256 treasury;
    }

    SlashSnap internal _snap;

    /// @notice A slash through the registry: the treasury receives exactly what the registry reports, the
    /// delegation contract pays exactly the pools' loss, the node's own tokens and its delegations lose
    /// the same fraction, and so does each delegator (to rounding).
    function slash(uint256 ns, uint96 amount) external timed {
        address n = _node(ns);
        amount = uint96(_bound(amount, 1, 3_000e18));
        _snap = _snapshot(n);
        vm.prank(admin);
        uint96 taken = registry.slash(n, amount, treasury);
        SlashSnap memory a = _snapshot(n);
        SlashSnap memory b = _snap;
        uint256 fromDelegation = b.bal - a.bal;
        ghostOut += fromDelegation;
        _check(a.treasury - b.treasury == taken, "treasury got other than taken");
        _check(b.del - a.del == fromDelegation, "pools lost other than paid");
        _check(taken <= amount, "took more than asked");
        // ownAfter / ownBefore ~ delAfter / delBefore, to one base unit of the delegated part
        uint256 lhs = a.own * b.del;
        uint256 rhs = a.del * b.own;
        _check((lhs > rhs ? lhs - rhs : rhs - lhs) <= b.own + b.del, "the slash spared the delegations or the node");
        if (b.del != 0 && b.v0 > 1e9) {
            uint256 want = b.v0 * a.del / b.del;
            _check(a.v0 + 1e9 >= want && a.v0 <= want + 1e9, "a delegator escaped its pro-rata slash");
        }
    }

    function _snapshot(address n) internal view returns (SlashSnap memory s) {
        NodeRegistry.Node memory info = registry.nodeInfo(n);
        (s.v0,,,,) = _value(n, _delegators[0]);
        s.del = delegation.slashable(n);
        s.own = uint256(info.stake) + info.unbonding;
        s.bal = _bal(address(delegation));
        s.treasury = _bal(treasury);
    }

    // ---- attacks ----

    function claimBeyondShare(uint256 ns, uint256 ds, uint256 extra) external timed {
        (address n, address d) = (_node(ns), _delegator(ds));
        (,, uint256 rewards,,) = delegation.delegation(n, d);
        uint256 before = _bal(address(delegation));
        vm.prank(d);
        try delegation.claim(n, rewards + _bound(extra, 1, 1e24)) {
            _check(false, "a claim beyond the share paid");
        } catch {}
        _check(_bal(address(delegation)) == before, "funds moved on a refused claim");
    }

    function undelegateBeyondShares(uint256 ns, uint256 ds) external timed {
        (address n, address d) = (_node(ns), _delegator(ds));
        (uint256 have,,,,) = delegation.delegation(n, d);
        vm.prank(d);
        try delegation.undelegate(n, have + 1) {
            _check(false, "undelegated more shares than held");
        } catch {}
    }

    function withdrawEarly(uint256 ns, uint256 ds) external timed {
        (address n, address d) = (_node(ns), _delegator(ds));
        (,,,, uint64 releaseAt) = delegation.delegation(n, d);
        if (releaseAt == 0 || block.timestamp >= releaseAt) return;
        vm.prank(d);
        try delegation.withdraw(n) {
            _check(false, "withdrew before the unbonding delay");
        } catch {}
    }

    /// @notice A delegator that undelegated trying to leave while its node is frozen (a slash pending).
    function withdrawWhileFrozen(uint256 ns, uint256 ds, uint256 shares) external timed {
        (address n, address d) = (_node(ns), _delegator(ds));
        (uint256 have,,,,) = delegation.delegation(n, d);
        if (have != 0) {
            vm.prank(d);
            delegation.undelegate(n, _bound(shares, 1, have));
        }
        (,,,, uint64 releaseAt) = delegation.delegation(n, d);
        if (releaseAt == 0) return;
        bool wasFrozen = registry.nodeInfo(n).frozen;
        vm.prank(admin);
        registry.setFrozen(n, true);
        if (block.timestamp < releaseAt) {
            now_ = releaseAt;
            vm.warp(now_);
        }
        uint256 before = _bal(address(delegation));
        vm.prank(d);
        try delegation.withdraw(n) {
            _check(false, "withdrew from a frozen node");
        } catch {}
        _check(_bal(address(delegation)) == before, "funds left on a refused withdrawal");
        vm.prank(admin);
        registry.setFrozen(n, wasFrozen);
    }

    function strangerSlash(uint256 ns, uint256 ds) external timed {
        vm.prank(_delegator(ds));
        try delegation.slash(_node(ns), 1e18, _delegator(ds)) {
            _check(false, "a stranger slashed delegated stake");
        } catch {}
    }

    // ---- views for the invariants ----

    /// @notice Everything the contract owes: pools, node rewards and delegators' rewards.
    function obligations() external view returns (uint256 sum) {
        for (uint256 i = 0; i < NODES; ++i) {
            address n = _nodes[i];
            (uint256 active,, uint256 unbonding,,,) = delegation.pool(n);
            sum += active + unbonding + delegation.nodeRewards(n);
            for (uint256 j = 0; j < DELEGATORS; ++j) {
                (,, uint256 rewards,,) = delegation.delegation(n, _delegators[j]);
                sum += rewards;
            }
        }
    }

    /// @notice Per node: the pools cover their delegators' values, to rounding.
    function poolsCover() external view returns (bool) {
        for (uint256 i = 0; i < NODES; ++i) {
            address n = _nodes[i];
            (uint256 active,, uint256 unbonding,,,) = delegation.pool(n);
            uint256 va;
            uint256 vu;
            for (uint256 j = 0; j < DELEGATORS; ++j) {
                (, uint256 value,, uint256 u,) = delegation.delegation(n, _delegators[j]);
                va += value;
                vu += u;
            }
            if (va > active || vu > unbonding || active - va > DELEGATORS || unbonding - vu > DELEGATORS) return false;
        }
        return true;
    }

    function _value(address n, address d) internal view returns (uint256, uint256, uint256, uint256, uint64) {
        (uint256 s, uint256 v, uint256 r, uint256 u, uint64 at) = delegation.delegation(n, d);
        return (v + u, s, r, u, at);
    }

    function _node(uint256 seed) internal view returns (address) {
        return _nodes[seed % NODES];
    }

    function _delegator(uint256 seed) internal view returns (address) {
        return _delegators[seed % DELEGATORS];
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
        return token.balanceOf(a);
    }
}
