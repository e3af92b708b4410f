// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {HandlerBase} from "./HandlerBase.sol";
import {World} from "./World.sol";
import {TaskMarket, TaskParams} from "../../src/TaskMarket.sol";

/// @notice Drives TaskMarket (v1) through every lifecycle function: publish, bid, select (both
/// schedulers), commitRound, attest, dispute, resolveDispute, settle, cancel, expire, withdraw.
///
/// Ghosts: the escrow of every task not yet final, and per account what settlement, cancellation,
/// expiry and rejection should have credited (computed here from the bids as placed, not read from the
/// market) and what the account actually received from withdraw. Kept in its own file: TaskMarket v2
/// changes the lifecycle (bid bonds, stake bonds, median attestations, milestone pay) and only this
/// handler and the market invariants need adapting.
contract MarketHandler is HandlerBase {
    TaskMarket internal immutable market;

    // Mirror of TaskMarket.Status.
    uint8 internal constant OPEN = 1;
    uint8 internal constant SELECTED = 2;
    uint8 internal constant ATTESTED = 3;
    uint8 internal constant DISPUTED = 4;
    uint8 internal constant SETTLED = 5;
    uint8 internal constant CANCELLED = 6;
    uint8 internal constant EXPIRED = 7;
    uint8 internal constant REJECTED = 8;

    struct GhostBid {
        address node;
        uint96 rate;
        uint32 hours_;
    }

    struct GhostTask {
        address publisher;
        uint96 budget;
        uint8 status;
        uint32 biddingDeadline;
        uint32 executionDeadline;
        uint16 bonusBps;
        uint32 threshold;
        uint32 rounds;
        uint64 epsilonBudget;
        uint64 epsilonSpent;
        uint8 attestCount;
        uint64 metricSum;
        uint256 attestedAt;
    }

    uint256[] internal _ids;
    mapping(uint256 => GhostTask) internal _g;
    mapping(uint256 => GhostBid[]) internal _gbids;

    /// @notice Budgets of tasks that are not final (Open, Selected, Attested, Disputed).
    uint256 public ghostEscrow;
    /// @notice What each account should have been credited, all tasks together.
    mapping(address => uint256) public ghostCredited;
    /// @notice What each account received from withdraw.
    mapping(address => uint256) public ghostWithdrawn;
    /// @notice Tokens published in and withdrawn out, all accounts together.
    uint256 public ghostIn;
    uint256 public ghostOut;

    constructor(World w) HandlerBase(w) {
        market = w.market();
    }

    function taskCount() external view returns (uint256) {
        return _ids.length;
    }

    function warp(uint256 secs) external {
        world.advance(_bound(secs, 1, 12 hours));
    }

    // ---- publisher ----

    function publish(uint256 actorSeed, uint96 budget, uint8 maxNodes, uint16 bonusBps, uint32 threshold, uint8 flags)
        external
        timed
    {
        address p = world.actor(actorSeed);
        budget = uint96(_bound(budget, 1e15, 1e22));
        TaskParams memory tp;
        tp.budget = budget;
        // Rates up to budget / 200, hours up to 50: a few nodes fit, and sometimes the bonus does not.
        tp.maxHourlyRate = budget / 200;
        tp.biddingDeadline = uint32(block.timestamp + 1 days);
        tp.executionDeadline = uint32(block.timestamp + 4 days);
        tp.metricId = 1;
        tp.metricThreshold = uint32(_bound(threshold, 0, 1_000_000));
        tp.maxNodes = uint8(_bound(maxNodes, 1, 5));
        tp.bonusBps = uint16(_bound(bonusBps, 0, 5_000));
        tp.schedulerId = flags & 1;
        if (flags & 2 != 0) {
            tp.epsilonBudget = 8e6;
            tp.privacyDelta = 1e12;
        }
        uint256 before = _bal(address(market));
        vm.prank(p);
        uint256 id = market.publish(tp);
        uint256 got = _bal(address(market)) - before;
        _check(got == budget, "publish: escrow != budget");
        ghostEscrow += budget;
        ghostIn += got;
        _ids.push(id);
        GhostTask storage g = _g[id];
        g.publisher = p;
        g.budget = budget;
        g.status = OPEN;
        g.biddingDeadline = tp.biddingDeadline;
        g.executionDeadline = tp.executionDeadline;
        g.bonusBps = tp.bonusBps;
        g.threshold = tp.metricThreshold;
        g.epsilonBudget = tp.epsilonBudget;
    }

    function cancel(uint256 taskSeed) external timed {
        uint256 id = _pick(taskSeed, 1 << OPEN);
        vm.prank(_g[id].publisher);
        market.cancel(id);
        _refund(id, CANCELLED);
    }

    /// @notice Attack: only the publisher may cancel.
    function cancelByStranger(uint256 taskSeed, uint256 strangerSeed) external timed {
        uint256 id = _pick(taskSeed, 1 << OPEN);
        address s = world.actor(strangerSeed);
        vm.assume(s != _g[id].publisher);
        vm.prank(s);
        try market.cancel(id) {
            _check(false, "cancel: by someone other than the publisher");
        } catch {}
    }

    function expire(uint256 taskSeed) external timed {
        uint256 id = _pickWith(taskSeed, (1 << OPEN) | (1 << SELECTED), OVERDUE);
        market.expire(id);
        _refund(id, EXPIRED);
    }

    /// @notice Attack: a task cannot be expired before its execution deadline.
    function expireEarly(uint256 taskSeed) external timed {
        uint256 id = _pick(taskSeed, (1 << OPEN) | (1 << SELECTED));
        vm.assume(block.timestamp <= _g[id].executionDeadline);
        try market.expire(id) {
            _check(false, "expire: before the deadline");
        } catch {}
    }

    function bid(uint256 actorSeed, uint256 taskSeed, uint96 rate, uint32 hours_) external timed {
        uint256 id = _pickWith(taskSeed, 1 << OPEN, BIDDING);
        GhostTask storage g = _g[id];
        // A trainer (actors 0-5, and any later registrant with the trainer role) that has not bid yet.
        address a = world.actor(actorSeed % 8 == 0 ? actorSeed >> 3 : actorSeed % 6);
        vm.assume(world.registry().isActive(a, 1));
        rate = uint96(_bound(rate, 1, g.budget / 200));
        hours_ = uint32(_bound(hours_, 1, 50));
        for (uint256 i = 0; i < _gbids[id].length; ++i) vm.assume(_gbids[id][i].node != a);
        vm.prank(a);
        market.bid(id, rate, hours_);
        _check(world.registry().isActive(a, 1), "bid: by a node that is not an active trainer");
        _gbids[id].push(GhostBid(a, rate, hours_));
    }

    /// @notice Attack: a node that is not an active trainer (validators, authorizers, frozen or
    /// unstaked nodes) cannot bid.
    function bidIneligible(uint256 actorSeed, uint256 taskSeed) external timed {
        uint256 id = _pick(taskSeed, 1 << OPEN);
        address a = world.actor(actorSeed);
        vm.assume(!world.registry().isActive(a, 1));
        vm.prank(a);
        try market.bid(id, 1, 1) {
            _check(false, "bid: by a node that is not an active trainer");
        } catch {}
    }

    function select(uint256 taskSeed, bool afterDeadline) external timed {
        uint256 id = _pickWith(taskSeed, 1 << OPEN, HAS_BIDS);
        GhostTask storage g = _g[id];
        // The publisher any time; anyone once bidding has closed.
        address caller = afterDeadline && block.timestamp > g.biddingDeadline ? world.actor(taskSeed >> 8) : g.publisher;
        vm.prank(caller);
        market.select(id);
        g.status = SELECTED;
        TaskMarket.Progress memory pr = market.getProgress(id);
        (uint256 base, uint256 count) = _base(id, pr.selectedMask);
        uint256 fee = (base * world.FEE_BPS()) / 10_000;
        _check(count >= 1 && base + fee <= g.budget, "select: selection over budget");
        _check(pr.baseTotal == base && pr.fee == fee, "select: recorded base or fee wrong");
    }

    /// @notice Attack: while bidding is open only the publisher may select.
    function selectEarlyByStranger(uint256 taskSeed, uint256 strangerSeed) external timed {
        uint256 id = _pick(taskSeed, 1 << OPEN);
        address s = world.actor(strangerSeed);
        vm.assume(s != _g[id].publisher && block.timestamp <= _g[id].biddingDeadline);
        vm.prank(s);
        try market.select(id) {
            _check(false, "select: by a stranger while bidding is open");
        } catch {}
    }

    function commitRound(uint256 taskSeed, uint64 epsilon) external timed {
        uint256 id = _pickWith(taskSeed, 1 << SELECTED, RUNNING);
        GhostTask storage g = _g[id];
        if (g.epsilonBudget != 0) epsilon = uint64(_bound(epsilon, g.epsilonSpent, g.epsilonBudget + 1));
        else epsilon = 0;
        GhostBid[] storage bs = _gbids[id];
        address[] memory parts = new address[](bs.length);
        for (uint256 i = 0; i < bs.length; ++i) parts[i] = bs[i].node;
        vm.prank(g.publisher);
        market.commitRound(id, g.rounds + 1, hex"0155", parts, epsilon);
        _check(block.timestamp <= g.executionDeadline, "commitRound: after the deadline");
        _check(epsilon <= g.epsilonBudget || g.epsilonBudget == 0, "commitRound: over the privacy budget");
        g.rounds++;
        g.epsilonSpent = epsilon;
    }

    function attest(uint256 actorSeed, uint256 taskSeed, uint32 metric) external timed {
        uint256 id = _pickWith(taskSeed, 1 << SELECTED, RUNNING);
        metric = uint32(_bound(metric, 0, 1_000_000));
        GhostTask storage g = _g[id];
        // An active validator (actors 6-9, or a later registrant with the role) that has not attested.
        address v;
        for (uint256 k = 0; k < 5 && v == address(0); ++k) {
            address c = k == 4 ? world.actor(actorSeed >> 3) : world.actor(6 + (actorSeed + k) % 4);
            if (!market.hasAttested(id, c) && world.registry().isActive(c, 4)) v = c;
        }
        vm.assume(v != address(0));
        vm.prank(v);
        market.attest(id, metric);
        _check(world.registry().isActive(v, 4), "attest: by an inactive validator");
        for (uint256 i = 0; i < _gbids[id].length; ++i) {
            _check(_gbids[id][i].node != v, "attest: by a bidder");
        }
        g.attestCount++;
        g.metricSum += metric;
        if (g.attestCount >= world.QUORUM()) {
            g.status = ATTESTED;
            g.attestedAt = block.timestamp;
        }
    }

    /// @notice Attack: an inactive validator, a bidder, or a validator attesting twice.
    function attestIneligible(uint256 actorSeed, uint256 taskSeed) external timed {
        uint256 id = _pick(taskSeed, 1 << SELECTED);
        address v = world.actor(actorSeed);
        bool bidder;
        for (uint256 i = 0; i < _gbids[id].length; ++i) bidder = bidder || _gbids[id][i].node == v;
        vm.assume(!world.registry().isActive(v, 4) || bidder || market.hasAttested(id, v));
        vm.prank(v);
        try market.attest(id, 1) {
            _check(false, "attest: by an inactive validator, a bidder, or twice");
        } catch {}
    }

    function dispute(uint256 taskSeed) external timed {
        uint256 id = _pickWith(taskSeed, 1 << ATTESTED, DISPUTABLE);
        GhostTask storage g = _g[id];
        vm.prank(g.publisher);
        market.dispute(id);
        g.status = DISPUTED;
    }

    /// @notice Attack: only the publisher disputes, and only inside the window.
    function disputeByStranger(uint256 taskSeed, uint256 strangerSeed) external timed {
        uint256 id = _pick(taskSeed, 1 << ATTESTED);
        address s = world.actor(strangerSeed);
        vm.assume(s != _g[id].publisher);
        vm.prank(s);
        try market.dispute(id) {
            _check(false, "dispute: by someone other than the publisher");
        } catch {}
    }

    function resolveDispute(uint256 taskSeed, bool payNodes) external timed {
        uint256 id = _pick(taskSeed, 1 << DISPUTED);
        vm.prank(world.admin());
        market.resolveDispute(id, payNodes);
        if (payNodes) _g[id].status = ATTESTED;
        else _refund(id, REJECTED);
    }

    function settle(uint256 taskSeed) external timed {
        uint256 id = _pick(taskSeed, 1 << ATTESTED);
        GhostTask storage g = _g[id];
        // Settlement waits for the dispute window: move the clock past it when it has not passed.
        uint256 until = g.attestedAt + world.DISPUTE_WINDOW();
        if (block.timestamp < until) {
            world.advance(until - block.timestamp);
            vm.warp(world.now_());
        }
        market.settle(id);
        _credit(id, g);
    }

    /// @notice Attack: nothing settles inside the dispute window.
    function settleEarly(uint256 taskSeed) external timed {
        uint256 id = _pick(taskSeed, 1 << ATTESTED);
        vm.assume(block.timestamp < _g[id].attestedAt + world.DISPUTE_WINDOW());
        try market.settle(id) {
            _check(false, "settle: inside the dispute window");
        } catch {}
    }

    function withdraw(uint256 actorSeed, uint256 amount) external timed {
        // Actors and the treasury, with a balance.
        address a = actorSeed % 9 == 0 ? world.treasury() : world.actor(actorSeed >> 4);
        uint256 have = market.balanceOf(a);
        vm.assume(have != 0);
        amount = _bound(amount, 1, have);
        uint256 before = _bal(a);
        vm.prank(a);
        market.withdraw(amount);
        uint256 got = _bal(a) - before;
        ghostWithdrawn[a] += got;
        ghostOut += got;
        _check(got == amount, "withdraw: received != amount");
        _check(ghostWithdrawn[a] <= ghostCredited[a], "withdraw: beyond credit");
    }

    /// @notice Attack: withdrawing more than the balance.
    function withdrawBeyondBalance(uint256 actorSeed, uint256 extra) external timed {
        address a = actorSeed % 9 == 0 ? world.treasury() : world.actor(actorSeed >> 4);
        uint256 amount = market.balanceOf(a) + _bound(extra, 1, 1e24);
        vm.prank(a);
        try market.withdraw(amount) {
            _check(false, "withdraw: beyond the balance");
        } catch {}
    }

    // ---- ghost bookkeeping ----

    function _refund(uint256 id, uint8 status) internal {
        GhostTask storage g = _g[id];
        g.status = status;
        ghostEscrow -= g.budget;
        ghostCredited[g.publisher] += g.budget;
    }

    /// @dev Settlement as the spec states it: each selected node rate x hours, plus its share of the
    /// bonus (bonusBps of base, capped by what the budget has left) when the mean metric reaches the
    /// threshold; the fee to the treasury; the rest to the publisher.
    function _credit(uint256 id, GhostTask storage g) internal {
        g.status = SETTLED;
        uint256 mask = market.getProgress(id).selectedMask;
        (uint256 base,) = _base(id, mask);
        uint256 fee = (base * world.FEE_BPS()) / 10_000;
        uint256 bonus;
        if (g.bonusBps != 0 && g.metricSum / g.attestCount >= g.threshold) {
            bonus = (base * g.bonusBps) / 10_000;
            uint256 room = g.budget - base - fee;
            if (bonus > room) bonus = room;
        }
        uint256 paid;
        GhostBid[] storage bs = _gbids[id];
        for (uint256 i = 0; i < bs.length; ++i) {
            if (mask & (uint256(1) << i) == 0) continue;
            uint256 cost = uint256(bs[i].rate) * bs[i].hours_;
            uint256 amount = cost + (bonus == 0 ? 0 : (cost * bonus) / base);
            ghostCredited[bs[i].node] += amount;
            paid += amount;
        }
        ghostCredited[world.treasury()] += fee;
        ghostCredited[g.publisher] += g.budget - paid - fee;
        ghostEscrow -= g.budget;
    }

    function _base(uint256 id, uint256 mask) internal returns (uint256 base, uint256 count) {
        GhostBid[] storage bs = _gbids[id];
        for (uint256 i = 0; i < bs.length; ++i) {
            if (mask & (uint256(1) << i) == 0) continue;
            base += uint256(bs[i].rate) * bs[i].hours_;
            ++count;
        }
        _check(bs.length >= 256 || mask >> bs.length == 0, "selection names a bid that does not exist");
    }

    // Filters for _pickWith.
    uint8 internal constant ANY = 0;
    uint8 internal constant BIDDING = 1; // bidding still open
    uint8 internal constant HAS_BIDS = 2;
    uint8 internal constant RUNNING = 3; // before the execution deadline
    uint8 internal constant OVERDUE = 4; // after the execution deadline
    uint8 internal constant DISPUTABLE = 5; // inside the dispute window

    function _pick(uint256 seed, uint256 statusMask) internal view returns (uint256) {
        return _pickWith(seed, statusMask, ANY);
    }

    /// @dev A task whose ghost status is in `statusMask` and that passes `filter`, searched from a
    /// seeded index; the call is discarded (vm.assume) when there is none.
    function _pickWith(uint256 seed, uint256 statusMask, uint8 filter) internal view returns (uint256) {
        uint256 n = _ids.length;
        vm.assume(n != 0);
        uint256 start = seed % n;
        for (uint256 k = 0; k < n; ++k) {
            uint256 id = _ids[(start + k) % n];
            GhostTask storage g = _g[id];
            if (statusMask & (uint256(1) << g.status) == 0) continue;
            if (filter == BIDDING && block.timestamp > g.biddingDeadline) continue;
            if (filter == HAS_BIDS && _gbids[id].length == 0) continue;
            if (filter == RUNNING && block.timestamp > g.executionDeadline) continue;
            if (filter == OVERDUE && block.timestamp <= g.executionDeadline) continue;
            if (filter == DISPUTABLE && block.timestamp >= g.attestedAt + world.DISPUTE_WINDOW()) continue;
            return id;
        }
        vm.assume(false);
        return 0;
    }

    /// @notice The ghost status of a task (checked against the market's by the invariants).
    function ghostStatus(uint256 index) external view returns (uint256 id, uint8 status) {
        id = _ids[index];
        status = _g[id].status;
    }
}
