// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {HandlerBase} from "./HandlerBase.sol";
import {World} from "./World.sol";
import {TaskMarket, TaskParams} from "../../src/TaskMarket.sol";
import {NodeRegistry} from "../../src/NodeRegistry.sol";
import {IFeeMarket} from "../../src/ValidatorConsensus.sol";

/// @notice Drives TaskMarket v2 through every lifecycle function: publish, bid (bonding a bid bond),
/// withdrawBid, select (both schedulers, sometimes with a bidder frozen just before), commitRound (naming
/// a subset of the selected nodes), attest (against the last round commitment), dispute, resolveDispute,
/// slashContributor, settle (also of a dispute nobody resolved: the default outcome), cancel, expire,
/// withdraw; and the attacks that must revert.
///
/// Ghosts: the escrow of every task not yet final; per account what settlement, cancellation, expiry and
/// rejection should have credited (computed here by the settlement rule from the bids, the rounds'
/// contributors and the attestations as placed, never read back from the market) and what it withdrew;
/// per node the stake the market should have bonded in the registry (bid bonds and task bonds).
contract MarketHandler is HandlerBase {
    TaskMarket internal immutable market;
    NodeRegistry internal immutable reg;

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

    struct GhostAttestation {
        address validator;
        uint32 metric;
        uint64 weight;
    }

    struct GhostTask {
        address publisher;
        uint96 budget;
        uint8 status;
        uint32 biddingDeadline;
        uint32 executionDeadline;
        uint16 bonusBps;
        uint32 threshold;
        uint16 planned;
        uint32 rounds;
        uint64 epsilonBudget;
        uint64 epsilonSpent;
        uint32 median;
        uint256 attestedAt;
        uint256 disputedAt;
        bool disputed;
        uint256 selectedMask;
        uint256 slashedMask;
        uint256 baseTotal;
        uint256 fee;
    }

    uint256[] internal _ids;
    mapping(uint256 => GhostTask) internal _g;
    mapping(uint256 => GhostBid[]) internal _gbids;
    mapping(uint256 => GhostAttestation[]) internal _gatt;
    /// @dev Rounds contributed, per task and bid index.
    mapping(uint256 => mapping(uint256 => uint256)) internal _gcontrib;
    /// @dev Whether a node's bid bond on a task is still bonded.
    mapping(uint256 => mapping(address => bool)) internal _bondHeld;

    /// @notice Budgets of tasks that are not final (Open, Selected, Attested, Disputed).
    uint256 public ghostEscrow;
    /// @notice What each account should have been credited, all tasks together.
    mapping(address => uint256) public ghostCredited;
    /// @notice What each account received from withdraw.
    mapping(address => uint256) public ghostWithdrawn;
    /// @notice Tokens published in and withdrawn out, all accounts together.
    uint256 public ghostIn;
    /// @notice The consensus pool's part of the settled fees, not yet collected.
    uint256 public ghostPoolOwed;
    uint256 public ghostOut;
    /// @notice Stake the market should hold bonded in the registry per node: a bid bond per bid not yet
    /// released, a trainer bond per selection whose task is not final, less what was slashed.
    mapping(address => uint256) public ghostBonded;
    /// @notice Settlements that paid validators (for the call summaries' sake: shows runs reach them).
    uint256 public validatorPayouts;

    constructor(World w) HandlerBase(w) {
        market = w.market();
        reg = w.registry();
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
        tp.metricThreshold = uint32(_bound(threshold, 0, 10_000));
        tp.maxNodes = uint8(_bound(maxNodes, 1, 5));
        tp.bonusBps = uint16(_bound(bonusBps, 0, 5_000));
        tp.schedulerId = flags & 1;
        tp.rounds = uint16(1 + (flags >> 2) % 3);
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
        g.planned = tp.rounds;
        g.epsilonBudget = tp.epsilonBudget;
    }

    function cancel(uint256 taskSeed) external timed {
        vm.assume(taskSeed % 4 == 0); // rarely: cancelled tasks go no further
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
        bool selected = _g[id].status == SELECTED;
        market.expire(id);
        _refund(id, EXPIRED);
        if (selected) _releaseSelected(id);
    }

    /// @notice Attack: a task cannot be expired before its execution deadline.
    function expireEarly(uint256 taskSeed) external timed {
        uint256 id = _pick(taskSeed, (1 << OPEN) | (1 << SELECTED));
        vm.assume(block.timestamp <= _g[id].executionDeadline);
        try market.expire(id) {
            _check(false, "expire: before the deadline");
        } catch {}
    }

    // ---- bids ----

    function bid(uint256 actorSeed, uint256 taskSeed, uint96 rate, uint32 hours_) external timed {
        uint256 id = _pickWith(taskSeed, 1 << OPEN, BIDDING);
        GhostTask storage g = _g[id];
        // A trainer (actors 0-5, and any later registrant with the trainer role) that has not bid yet,
        // with free stake for the bid bond and the trainer bond.
        address a = world.actor(actorSeed % 8 == 0 ? actorSeed >> 3 : actorSeed % 6);
        NodeRegistry.Node memory n = reg.nodeInfo(a);
        vm.assume(reg.isActive(a, 1) && n.stake >= uint256(world.TRAINER_BOND()) + world.BID_BOND());
        rate = uint96(_bound(rate, 1, g.budget / 200));
        hours_ = uint32(_bound(hours_, 1, 50));
        for (uint256 i = 0; i < _gbids[id].length; ++i) vm.assume(_gbids[id][i].node != a);
        vm.prank(a);
        market.bid(id, rate, hours_);
        _gbids[id].push(GhostBid(a, rate, hours_));
        _bondHeld[id][a] = true;
        ghostBonded[a] += world.BID_BOND();
        _check(reg.nodeInfo(a).bonded == n.bonded + world.BID_BOND(), "bid: bid bond not bonded");
    }

    /// @notice Attack: a node that is not an active trainer (validators, authorizers, frozen or
    /// unstaked nodes) or lacks the free stake for the bonds cannot bid.
    function bidIneligible(uint256 actorSeed, uint256 taskSeed) external timed {
        uint256 id = _pick(taskSeed, 1 << OPEN);
        address a = world.actor(actorSeed);
        vm.assume(!reg.isActive(a, 1) || reg.nodeInfo(a).stake < uint256(world.TRAINER_BOND()) + world.BID_BOND());
        vm.prank(a);
        try market.bid(id, 1, 1) {
            _check(false, "bid: by a node that is not an active trainer with the bonds' stake");
        } catch {}
    }

    /// @notice Withdraws a bid while the task is open (the market swap-removes it) or, after selection,
    /// a bid that was not selected (its bond is released). A selected node trying to release its bid
    /// bond before the task's final state must revert.
    function withdrawBid(uint256 taskSeed, uint256 bidSeed) external timed {
        uint256 id = _pickWith(taskSeed, type(uint256).max, HAS_BIDS);
        GhostTask storage g = _g[id];
        GhostBid[] storage bs = _gbids[id];
        uint256 k = bidSeed % bs.length;
        address a = bs[k].node;
        bool selected = g.selectedMask & (uint256(1) << k) != 0;
        uint256 bondedBefore = reg.nodeInfo(a).bonded;
        if (g.status == OPEN) {
            vm.assume(bidSeed % 3 == 0); // rarely while open: the task needs bids to go on
            vm.prank(a);
            market.withdrawBid(id);
            bs[k] = bs[bs.length - 1];
            bs.pop();
        } else if (!selected && _bondHeld[id][a]) {
            vm.prank(a);
            market.withdrawBid(id);
        } else {
            vm.prank(a);
            try market.withdrawBid(id) {
                _check(false, "withdrawBid: a released bond, or a selected node's before the final state");
            } catch {}
            return;
        }
        _bondHeld[id][a] = false;
        ghostBonded[a] -= world.BID_BOND();
        _check(bondedBefore - reg.nodeInfo(a).bonded == world.BID_BOND(), "withdrawBid: released != bid bond");
    }

    // ---- selection ----

    /// @notice Selects; with `freeze` set, one bidder is frozen first (and unfrozen after): it must not
    /// be selected (select re-checks eligibility and pays no frozen or under-staked node).
    function select(uint256 taskSeed, bool afterDeadline, uint256 freeze) external timed {
        uint256 id = _pickWith(taskSeed, 1 << OPEN, HAS_BIDS);
        GhostTask storage g = _g[id];
        GhostBid[] storage bs = _gbids[id];
        address frozen;
        if (freeze % 4 == 0) {
            frozen = bs[(freeze >> 2) % bs.length].node;
            if (reg.nodeInfo(frozen).frozen) frozen = address(0);
            else {
                vm.prank(world.admin());
                reg.setFrozen(frozen, true);
            }
        }
        // What select may pick: active trainers with free stake for the trainer bond.
        uint256 want = world.MIN_STAKE() > world.TRAINER_BOND() ? world.MIN_STAKE() : world.TRAINER_BOND();
        uint256 eligible;
        uint256[] memory bondedBefore = new uint256[](bs.length);
        for (uint256 i = 0; i < bs.length; ++i) {
            NodeRegistry.Node memory n = reg.nodeInfo(bs[i].node);
            bondedBefore[i] = n.bonded;
            if (reg.isActive(bs[i].node, 1) && n.stake >= want) eligible |= uint256(1) << i;
        }
        // The publisher any time; anyone once bidding has closed.
        address caller = afterDeadline && block.timestamp > g.biddingDeadline ? world.actor(taskSeed >> 8) : g.publisher;
        vm.prank(caller);
        try market.select(id) {}
        catch {
            if (frozen != address(0)) {
                vm.prank(world.admin());
                reg.setFrozen(frozen, false);
            }
            return;
        }
        if (frozen != address(0)) {
            vm.prank(world.admin());
            reg.setFrozen(frozen, false);
        }
        g.status = SELECTED;
        TaskMarket.Progress memory pr = market.getProgress(id);
        uint256 mask = pr.selectedMask;
        _check(mask & ~eligible == 0, "select: picked a frozen, unstaked or ineligible node");
        (uint256 base, uint256 count) = _base(id, mask);
        uint256 fee = (base * world.FEE_BPS()) / 10_000;
        _check(count >= 1 && base + fee <= g.budget, "select: selection over budget");
        _check(pr.baseTotal == base && pr.fee == fee, "select: recorded base or fee wrong");
        g.selectedMask = mask;
        g.baseTotal = base;
        g.fee = fee;
        for (uint256 i = 0; i < bs.length; ++i) {
            if (mask & (uint256(1) << i) == 0) continue;
            ghostBonded[bs[i].node] += world.TRAINER_BOND();
            _check(reg.nodeInfo(bs[i].node).bonded == bondedBefore[i] + world.TRAINER_BOND(), "select: trainer bond not bonded");
        }
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

    // ---- rounds and attestation ----

    /// @notice Commits the next round naming a subset of the selected nodes (bits of `parts`; at least
    /// one): settlement pays each node for the rounds it was named in.
    function commitRound(uint256 taskSeed, uint64 epsilon, uint256 parts) external timed {
        uint256 id = _pickWith(taskSeed, 1 << SELECTED, RUNNING);
        GhostTask storage g = _g[id];
        vm.assume(g.rounds < g.planned);
        if (g.epsilonBudget != 0) epsilon = uint64(_bound(epsilon, g.epsilonSpent, g.epsilonBudget + 1));
        else epsilon = 0;
        GhostBid[] storage bs = _gbids[id];
        uint256 chosen = g.selectedMask & parts;
        if (chosen == 0) chosen = g.selectedMask & (~g.selectedMask + 1); // the lowest selected bid
        address[] memory ps = new address[](bs.length);
        uint256 n;
        for (uint256 i = 0; i < bs.length; ++i) {
            if (chosen & (uint256(1) << i) != 0) ps[n++] = bs[i].node;
        }
        assembly ("memory-safe") {
            mstore(ps, n)
        }
        vm.prank(g.publisher);
        // Each round's model has its own CID (the commitment hashes the CID, the participants and epsilon,
        // not the round number: equal CIDs would give two rounds one commitment).
        market.commitRound(id, g.rounds + 1, abi.encodePacked(hex"0155", uint32(g.rounds + 1)), ps, epsilon);
        _check(epsilon <= g.epsilonBudget || g.epsilonBudget == 0, "commitRound: over the privacy budget");
        g.rounds++;
        g.epsilonSpent = epsilon;
        for (uint256 i = 0; i < bs.length; ++i) {
            if (chosen & (uint256(1) << i) != 0) _gcontrib[id][i]++;
        }
    }

    /// @notice One to three validators attest (several per call, so that runs reach the quorum of 3).
    function attest(uint256 actorSeed, uint256 taskSeed, uint32 metric) external timed {
        uint256 id = _pickWith(taskSeed, 1 << SELECTED, RUNNING);
        vm.assume(_g[id].rounds != 0);
        uint256 n = 1 + actorSeed % 3;
        for (uint256 k = 0; k < n && _g[id].status == SELECTED; ++k) {
            address v = _validatorFor(id, actorSeed >> 2);
            if (k == 0) vm.assume(v != address(0));
            if (v == address(0)) break;
            _attestOne(id, v, uint32(_bound(uint256(keccak256(abi.encode(metric, k))), 0, 10_000)));
        }
    }

    function _attestOne(uint256 id, address v, uint32 metric) internal {
        GhostTask storage g = _g[id];
        uint256 w = uint256(reg.nodeInfo(v).stake) / 1e9 + 1;
        bytes32 c = market.roundCommitment(id, g.rounds);
        vm.prank(v);
        market.attest(id, c, metric);
        _gatt[id].push(GhostAttestation(v, metric, uint64(w)));
        if (_gatt[id].length >= world.QUORUM()) {
            g.status = ATTESTED;
            g.attestedAt = block.timestamp;
            g.median = _median(id);
            _check(market.getProgress(id).metric == g.median, "attest: result != weighted median of the quorum");
        }
    }

    /// @notice Attacks on attestation, each by a validator that could otherwise attest: mode 0 the
    /// metric uint32.max (or anything above the unit range), mode 1 a commitment other than the last
    /// round's, mode 2 a validator that bid on the task, already attested or is not an active validator
    /// with the validator stake.
    function attestAttack(uint256 actorSeed, uint256 taskSeed, uint32 metric, uint8 mode) external timed {
        uint256 id = _pickWith(taskSeed, 1 << SELECTED, RUNNING);
        GhostTask storage g = _g[id];
        vm.assume(g.rounds != 0);
        bytes32 c = market.roundCommitment(id, g.rounds);
        mode %= 3;
        address v;
        if (mode == 2) {
            v = world.actor(actorSeed);
            vm.assume(!_canAttest(id, v));
            metric = uint32(_bound(metric, 0, 10_000));
        } else {
            v = _validatorFor(id, actorSeed);
            vm.assume(v != address(0));
            if (mode == 0) {
                metric = metric % 2 == 0 ? type(uint32).max : uint32(_bound(metric, 10_001, type(uint32).max));
            } else {
                metric = uint32(_bound(metric, 0, 10_000));
                c = g.rounds > 1 ? market.roundCommitment(id, g.rounds - 1) : keccak256(abi.encode(c));
            }
        }
        vm.prank(v);
        try market.attest(id, c, metric) {
            _check(false, "attest: out-of-range metric, stale commitment, or an ineligible validator");
        } catch {}
    }

    // ---- disputes ----

    function dispute(uint256 taskSeed) external timed {
        uint256 id = _pickWith(taskSeed, 1 << ATTESTED, DISPUTABLE);
        GhostTask storage g = _g[id];
        vm.assume(!g.disputed);
        vm.prank(g.publisher);
        market.dispute(id);
        g.status = DISPUTED;
        g.disputed = true;
        g.disputedAt = block.timestamp;
    }

    /// @notice Attack: only the publisher disputes, once per task, and only inside the window.
    function disputeByStranger(uint256 taskSeed, uint256 strangerSeed) external timed {
        uint256 id = _pick(taskSeed, 1 << ATTESTED);
        GhostTask storage g = _g[id];
        address s = world.actor(strangerSeed);
        // A stranger, or the publisher a second time, or the publisher after the window.
        vm.assume(s != g.publisher || g.disputed || block.timestamp >= g.attestedAt + world.DISPUTE_WINDOW());
        vm.prank(s);
        try market.dispute(id) {
            _check(false, "dispute: by a stranger, twice, or after the window");
        } catch {}
    }

    function resolveDispute(uint256 taskSeed, bool payNodes) external timed {
        uint256 id = _pickWith(taskSeed, 1 << DISPUTED, DISPUTE_OPEN);
        vm.prank(world.admin());
        market.resolveDispute(id, payNodes);
        if (payNodes) {
            _g[id].status = ATTESTED;
        } else {
            _refund(id, REJECTED);
            _releaseSelected(id);
        }
    }

    /// @notice Attack: the arbiter cannot resolve a dispute after its deadline (the default outcome
    /// then stands and settle pays as attested).
    function resolveLate(uint256 taskSeed, bool payNodes) external timed {
        uint256 id = _pick(taskSeed, 1 << DISPUTED);
        // Move the clock past the dispute's deadline when it has not passed.
        uint256 deadline = _g[id].disputedAt + world.DISPUTE_WINDOW();
        if (block.timestamp < deadline) {
            world.advance(deadline - block.timestamp);
            vm.warp(world.now_());
        }
        vm.prank(world.admin());
        try market.resolveDispute(id, payNodes) {
            _check(false, "resolveDispute: after the dispute deadline");
        } catch {}
    }

    /// @notice The arbiter slashes one selected node's task bond and bid bond to the treasury: it is not
    /// paid for the task.
    function slashContributor(uint256 taskSeed, uint256 bidSeed) external timed {
        uint256 id = _pick(taskSeed, (1 << SELECTED) | (1 << ATTESTED) | (1 << DISPUTED));
        GhostTask storage g = _g[id];
        uint256 open = g.selectedMask & ~g.slashedMask;
        vm.assume(open != 0);
        uint256 k = bidSeed % _gbids[id].length;
        while (open & (uint256(1) << k) == 0) k = (k + 1) % _gbids[id].length;
        address node = _gbids[id][k].node;
        address t = world.treasury();
        uint256 before = _bal(t);
        vm.prank(world.admin());
        market.slashContributor(id, node);
        uint256 got = _bal(t) - before;
        uint256 want = uint256(world.TRAINER_BOND()) + world.BID_BOND();
        _check(got == want, "slashContributor: took != task bond + bid bond");
        world.noteSlash(node, got);
        ghostBonded[node] -= want;
        _bondHeld[id][node] = false;
        g.slashedMask |= uint256(1) << k;
    }

    // ---- settlement ----

    /// @notice Settles an attested task after its dispute window, or a disputed one nobody resolved
    /// after the dispute's deadline (the default outcome: the attestation stands).
    function settle(uint256 taskSeed) external timed {
        uint256 id = _pick(taskSeed, (1 << ATTESTED) | (1 << DISPUTED));
        GhostTask storage g = _g[id];
        uint256 until = (g.status == ATTESTED ? g.attestedAt : g.disputedAt) + world.DISPUTE_WINDOW();
        if (block.timestamp < until) {
            world.advance(until - block.timestamp);
            vm.warp(world.now_());
        }
        if (g.status == DISPUTED) {
            // A dispute nobody resolved by its deadline must reach its default outcome.
            try market.settle(id) {}
            catch {
                _check(false, "settle: a dispute past its deadline did not reach its default outcome");
                return;
            }
        } else {
            market.settle(id);
        }
        _credit(id, g);
    }

    /// @notice Attack: nothing settles inside the dispute window or before a dispute's deadline.
    function settleEarly(uint256 taskSeed) external timed {
        uint256 id = _pick(taskSeed, (1 << ATTESTED) | (1 << DISPUTED));
        GhostTask storage g = _g[id];
        vm.assume(block.timestamp < (g.status == ATTESTED ? g.attestedAt : g.disputedAt) + world.DISPUTE_WINDOW());
        try market.settle(id) {
            _check(false, "settle: inside the dispute window or before the dispute deadline");
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

    /// @notice Anyone moves the consensus pool's fee credit from the market into ValidatorConsensus's pool.
    function collectPool() external timed {
        address c = address(world.consensus());
        uint256 have = market.poolOwed();
        vm.assume(have != 0);
        uint256 before = _bal(c);
        world.consensus().collectFees(IFeeMarket(address(market)));
        uint256 got = _bal(c) - before;
        _check(got == have, "collectFees: pool received != what the market owed it");
        ghostPoolOwed -= got;
        ghostOut += got;
        world.notePoolCollected(got);
    }

    /// @notice Attack: anyone but the consensus pool takes the pool's fees.
    function collectPoolByStranger(uint256 actorSeed) external timed {
        vm.prank(world.actor(actorSeed));
        try market.collectPool() {
            _check(false, "collectPool by a stranger");
        } catch {}
    }

    /// @notice The guardian pauses or resumes publishes and bids; settlements, withdrawals and refunds go
    /// on (the other handler functions keep running while it is paused).
    function setPaused(uint8 seed) external timed {
        vm.prank(world.admin());
        market.setPaused(seed % 4 == 0); // paused a quarter of the time, so runs still reach settlement
    }

    /// @notice Attack: a stranger pauses the market.
    function pauseByStranger(uint256 actorSeed) external timed {
        vm.prank(world.actor(actorSeed));
        try market.setPaused(true) {
            _check(false, "setPaused by a stranger");
        } catch {}
    }

    /// @notice Attack: publishing or bidding while paused.
    function publishWhilePaused(uint256 actorSeed, uint256 taskSeed) external timed {
        vm.assume(market.paused());
        TaskParams memory tp;
        tp.budget = 1e18;
        tp.maxHourlyRate = 1e15;
        tp.biddingDeadline = uint32(block.timestamp + 1 days);
        tp.executionDeadline = uint32(block.timestamp + 2 days);
        tp.maxNodes = 1;
        tp.rounds = 1;
        vm.prank(world.actor(actorSeed));
        try market.publish(tp) {
            _check(false, "publish while paused");
        } catch {}
        if (_ids.length == 0) return;
        uint256 id = _ids[taskSeed % _ids.length];
        vm.prank(world.actor(actorSeed));
        try market.bid(id, 1, 1) {
            _check(false, "bid while paused");
        } catch {}
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

    /// @dev A final state releases every unslashed selected node's task bond and bid bond.
    function _releaseSelected(uint256 id) internal {
        GhostTask storage g = _g[id];
        GhostBid[] storage bs = _gbids[id];
        uint256 mask = g.selectedMask & ~g.slashedMask;
        for (uint256 i = 0; i < bs.length; ++i) {
            if (mask & (uint256(1) << i) == 0) continue;
            ghostBonded[bs[i].node] -= uint256(world.TRAINER_BOND()) + world.BID_BOND();
            _bondHeld[id][bs[i].node] = false;
        }
    }

    /// @dev Settlement as the issue states it: each unslashed selected node's measured work is its
    /// rate x hours prorated by the rounds it contributed to over the planned rounds; it is paid that,
    /// plus the bonus (bonusBps of it, the rate capped so the bonus of the whole selection fits the
    /// budget left after the base and the reserved fee), only when the weighted median reaches the
    /// threshold. The fee on the work goes, for the validator share, in equal parts to the validators
    /// within 100 bps of the result, the rest to the treasury; the publisher gets the rest.
    function _credit(uint256 id, GhostTask storage g) internal {
        g.status = SETTLED;
        bool accepted = g.median >= g.threshold;
        uint256 bonusBps = accepted ? g.bonusBps : 0;
        if (bonusBps != 0) {
            uint256 room = g.budget - g.baseTotal - g.fee;
            if ((g.baseTotal * bonusBps) / 10_000 > room) bonusBps = (room * 10_000) / g.baseTotal;
        }
        uint256 mask = g.selectedMask & ~g.slashedMask;
        GhostBid[] storage bs = _gbids[id];
        uint256 work;
        uint256 paid;
        for (uint256 i = 0; i < bs.length; ++i) {
            if (mask & (uint256(1) << i) == 0) continue;
            uint256 w = (uint256(bs[i].rate) * bs[i].hours_ * _gcontrib[id][i]) / g.planned;
            work += w;
            if (!accepted || w == 0) continue;
            uint256 amount = w + (w * bonusBps) / 10_000;
            ghostCredited[bs[i].node] += amount;
            paid += amount;
        }
        _releaseSelected(id);
        uint256 fee = (work * world.FEE_BPS()) / 10_000;
        uint256 toValidators = _creditValidators(id, g.median, (fee * world.VALIDATOR_SHARE_BPS()) / 10_000);
        _check(paid + fee <= g.budget, "settle: nodes and fee beyond the budget");
        uint256 toPool = ((fee - toValidators) * world.POOL_SHARE_PCT()) / 100;
        ghostPoolOwed += toPool;
        ghostCredited[world.treasury()] += fee - toValidators - toPool;
        ghostCredited[g.publisher] += g.budget - paid - fee;
        ghostEscrow -= g.budget;
    }

    /// @dev The validator share in equal parts to the validators within 100 bps of the result.
    function _creditValidators(uint256 id, uint32 med, uint256 share) internal returns (uint256) {
        GhostAttestation[] storage atts = _gatt[id];
        uint256 k;
        for (uint256 i = 0; i < atts.length; ++i) {
            if (_agrees(atts[i].metric, med)) ++k;
        }
        if (share == 0 || k == 0) return 0;
        uint256 each = share / k;
        for (uint256 i = 0; i < atts.length; ++i) {
            if (_agrees(atts[i].metric, med)) ghostCredited[atts[i].validator] += each;
        }
        if (each != 0) ++validatorPayouts;
        return each * k;
    }

    function _agrees(uint32 m, uint32 med) internal pure returns (bool) {
        return (m > med ? m - med : med - m) <= 100;
    }

    /// @dev The lower stake-weighted median of the task's attestations.
    function _median(uint256 id) internal view returns (uint32) {
        GhostAttestation[] storage atts = _gatt[id];
        uint256 n = atts.length;
        uint32[] memory ms = new uint32[](n);
        uint64[] memory ws = new uint64[](n);
        uint256 total;
        for (uint256 i = 0; i < n; ++i) {
            uint256 j = i;
            while (j > 0 && ms[j - 1] > atts[i].metric) {
                ms[j] = ms[j - 1];
                ws[j] = ws[j - 1];
                --j;
            }
            ms[j] = atts[i].metric;
            ws[j] = atts[i].weight;
            total += atts[i].weight;
        }
        uint256 acc;
        for (uint256 i = 0; i < n; ++i) {
            acc += ws[i];
            if (2 * acc >= total) return ms[i];
        }
        return ms[n - 1];
    }

    function _canAttest(uint256 id, address v) internal view returns (bool) {
        if (!reg.isActive(v, 4) || reg.nodeInfo(v).stake < world.VALIDATOR_STAKE()) return false;
        for (uint256 i = 0; i < _gbids[id].length; ++i) if (_gbids[id][i].node == v) return false;
        for (uint256 i = 0; i < _gatt[id].length; ++i) if (_gatt[id][i].validator == v) return false;
        return true;
    }

    /// @dev An active validator (actors 6-9, or a later registrant with the role) that may attest.
    function _validatorFor(uint256 id, uint256 seed) internal view returns (address v) {
        for (uint256 k = 0; k < 5; ++k) {
            address c = k == 4 ? world.actor(seed >> 3) : world.actor(6 + (seed + k) % 4);
            if (_canAttest(id, c)) return c;
        }
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
    uint8 internal constant DISPUTE_OPEN = 6; // a dispute before its deadline
    uint8 internal constant DISPUTE_OVER = 7; // a dispute past its deadline

    function _pick(uint256 seed, uint256 statusMask) internal view returns (uint256) {
        return _pickWith(seed, statusMask, ANY);
    }

    /// @dev A task whose ghost status is in `statusMask` and that passes `filter`, searched from a
    /// seeded index; the call is discarded (vm.assume) when there is none.
    function _pickWith(uint256 seed, uint256 statusMask, uint8 filter) internal view returns (uint256) {
        uint256 n = _ids.length;
        vm.assume(n != 0);
        uint256 start = seed % n;
        uint256 win = world.DISPUTE_WINDOW();
        for (uint256 k = 0; k < n; ++k) {
            uint256 id = _ids[(start + k) % n];
            GhostTask storage g = _g[id];
            if (statusMask & (uint256(1) << g.status) == 0) continue;
            if (filter == BIDDING && block.timestamp > g.biddingDeadline) continue;
            if (filter == HAS_BIDS && _gbids[id].length == 0) continue;
            if (filter == RUNNING && block.timestamp > g.executionDeadline) continue;
            if (filter == OVERDUE && block.timestamp <= g.executionDeadline) continue;
            if (filter == DISPUTABLE && block.timestamp >= g.attestedAt + win) continue;
            if (filter == DISPUTE_OPEN && block.timestamp >= g.disputedAt + win) continue;
            if (filter == DISPUTE_OVER && block.timestamp < g.disputedAt + win) continue;
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
