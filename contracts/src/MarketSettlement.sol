// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {NodeRegistry} from "./NodeRegistry.sol";
import {TaskMarket} from "./TaskMarket.sol";
import {Candidate} from "./IScheduler.sol";

/// @title MarketSettlement
/// @notice TaskMarket's selection, settlement and pay math, as a library with external functions: TaskMarket calls
/// it with DELEGATECALL on its own storage (TaskMarket.Book), so its events, errors and registry calls are
/// TaskMarket's. It lives apart only to keep TaskMarket under the EIP-170 code-size limit; deploy it
/// first and link TaskMarket against it.
library MarketSettlement {
    /// @notice A validator agrees with the result when its metric is within this of it (basis points).
    uint32 internal constant AGREE_TOLERANCE = 100;

    /// @notice TaskMarket.settle: settles an attested task after its dispute window (or a disputed one
    /// after the dispute's deadline: the attestation stands). Each selected, unslashed node earns its
    /// bid's rate x hours prorated by the rounds it contributed to over the planned rounds; it is paid
    /// that, plus the quality bonus, only when the result reaches the metric threshold. The fee is charged
    /// on the measured work; its validator share goes in equal parts to the validators whose metric is
    /// within AGREE_TOLERANCE of the result, the task's pool share of the rest to the consensus pool and
    /// the remainder to the treasury; the publisher gets everything else back. Bonds are released.
    function settle(
        TaskMarket.Book storage b,
        mapping(address => uint256) storage balanceOf,
        NodeRegistry registry,
        address treasury,
        uint256 taskId
    ) external returns (uint256 toPool) {
        TaskMarket.Task storage t = b.tasks[taskId];
        TaskMarket.Progress storage pr = b.progress[taskId];
        TaskMarket.Status st = t.status;
        uint256 until;
        if (st == TaskMarket.Status.Attested) {
            until = uint256(pr.attestedAt) + t.disputeWindow;
        } else if (st == TaskMarket.Status.Disputed) {
            until = uint256(pr.disputedAt) + t.disputeWindow;
        } else if (st == TaskMarket.Status.None) {
            revert TaskMarket.UnknownTask(taskId);
        } else {
            revert TaskMarket.WrongStatus(taskId, st);
        }
        if (block.timestamp < until) revert TaskMarket.DisputeWindowOpen(until);
        if (pr.challenges != 0) revert TaskMarket.ChallengePending(taskId, pr.challenges);
        t.status = TaskMarket.Status.Settled;
        bool accepted = pr.metric >= t.metricThreshold;
        (uint256 work, uint256 paid) =
            _payNodes(b, balanceOf, registry, taskId, accepted, accepted ? _bonusBps(t, pr) : 0);
        uint256 fee;
        (fee, toPool) = _payFee(b, balanceOf, treasury, taskId, work);
        uint256 budget = t.budget;
        // Invariant: the nodes and the fee never get more than the budget.
        assert(paid + fee <= budget);
        uint256 refund = budget - paid - fee;
        pr.paidTotal = uint96(paid);
        if (refund != 0) balanceOf[t.publisher] += refund;
        emit TaskMarket.TaskSettled(taskId, paid, fee, refund);
    }

    /// @notice TaskMarket.select after its checks: runs the task's strategy over the n bids whose nodes are
    /// still eligible, records the selection and bonds `bond_` of each selected node's stake.
    function select(TaskMarket.Book storage b, NodeRegistry registry, uint256 taskId, uint256 n, uint96 bond_)
        external
    {
        TaskMarket.Task storage t = b.tasks[taskId];
        (Candidate[] memory cands, uint8[] memory idx) = _eligibleBids(b, registry, taskId, n, bond_);
        uint256 pick =
            t.scheduler.select(cands, t.maxNodes, (uint256(t.budget) * 10_000) / (10_000 + t.feeBps));
        (address[] memory nodes, uint256 mask, uint256 base) = _picked(cands, idx, pick);
        _recordSelection(b, taskId, mask, base, nodes.length, bond_, pick);
        emit TaskMarket.NodesSelected(taskId, mask, nodes.length, base, n - cands.length);
        registry.bond(nodes, bond_);
    }

    /// @notice Releases the trainer bond and the bid bond of every unslashed node in `mask`.
    function releaseBonds(TaskMarket.Book storage b, NodeRegistry registry, uint256 taskId, uint256 mask) external {
        _releaseBonds(b, registry, taskId, mask);
    }

    /// @notice The stake-weighted median of a task's first n attestations: the smallest metric at which the
    /// weight of the metrics at or below it reaches half the total (the lower median for equal stakes).
    function weightedMedian(TaskMarket.Book storage b, uint256 taskId, uint256 n) external view returns (uint32) {
        uint32[] memory ms = new uint32[](n);
        uint64[] memory ws = new uint64[](n);
        uint256 total;
        for (uint256 i = 0; i < n; ++i) {
            TaskMarket.Attestation memory a = b.attestations[taskId][i];
            uint256 j = i;
            while (j > 0 && ms[j - 1] > a.metric) {
                ms[j] = ms[j - 1];
                ws[j] = ws[j - 1];
                --j;
            }
            ms[j] = a.metric;
            ws[j] = a.weight;
            total += a.weight;
        }
        uint256 acc;
        for (uint256 i = 0; i < n; ++i) {
            acc += ws[i];
            if (2 * acc >= total) return ms[i];
        }
        return ms[n - 1];
    }

    /// @dev The strategy's pick (bits over cands) as the chosen nodes, a mask over bid indexes and the
    /// sum of their rate x hours.
    function _picked(Candidate[] memory cands, uint8[] memory idx, uint256 pick)
        private
        pure
        returns (address[] memory nodes, uint256 mask, uint256 base)
    {
        uint256 m = cands.length;
        if (pick == 0 || (m < 256 && pick >> m != 0)) revert TaskMarket.BadSelection(pick);
        nodes = new address[](m);
        uint256 count;
        for (uint256 j = 0; j < m; ++j) {
            if (pick & (uint256(1) << j) == 0) continue;
            base += uint256(cands[j].rate) * cands[j].hours_;
            mask |= uint256(1) << idx[j];
            nodes[count++] = cands[j].node;
        }
        assembly ("memory-safe") {
            mstore(nodes, count)
        }
    }

    /// @dev The bids whose nodes are still eligible, in bid order, with their bid indexes.
    function _eligibleBids(TaskMarket.Book storage b, NodeRegistry registry, uint256 taskId, uint256 n, uint96 bond_)
        private
        view
        returns (Candidate[] memory cands, uint8[] memory idx)
    {
        Candidate[] memory all = new Candidate[](n);
        address[] memory nodes = new address[](n);
        for (uint256 i = 0; i < n; ++i) {
            TaskMarket.Bid memory bd = b.bids[taskId][i];
            TaskMarket.BidInfo memory info = b.bidOf[taskId][bd.node];
            all[i] = Candidate(bd.node, bd.rate, info.hours_, info.reputation);
            nodes[i] = bd.node;
        }
        uint256 ok = registry.eligibleMask(nodes, 1, bond_);
        uint256 m;
        idx = new uint8[](n);
        cands = new Candidate[](n);
        for (uint256 i = 0; i < n; ++i) {
            if (ok & (uint256(1) << i) == 0) continue;
            cands[m] = all[i];
            idx[m] = uint8(i);
            ++m;
        }
        if (m == 0) revert TaskMarket.NoEligibleBids();
        assembly ("memory-safe") {
            mstore(cands, m)
            mstore(idx, m)
        }
    }

    function _recordSelection(
        TaskMarket.Book storage b,
        uint256 taskId,
        uint256 mask,
        uint256 base,
        uint256 count,
        uint96 bond_,
        uint256 pick
    ) private {
        TaskMarket.Task storage t = b.tasks[taskId];
        uint256 fee = (base * t.feeBps) / 10_000;
        if (count > t.maxNodes || base + fee > t.budget) revert TaskMarket.BadSelection(pick);
        t.status = TaskMarket.Status.Selected;
        t.selectedCount = uint8(count);
        TaskMarket.Progress storage pr = b.progress[taskId];
        pr.selectedMask = mask;
        pr.baseTotal = uint96(base);
        pr.bond = bond_;
        pr.fee = uint96(fee);
    }

    /// @dev The task's quality bonus, cut so that it never takes more than the budget has left after the
    /// base and the fee.
    function _bonusBps(TaskMarket.Task storage t, TaskMarket.Progress storage pr) private view returns (uint256 bps) {
        bps = t.bonusBps;
        if (bps == 0) return 0;
        uint256 base = pr.baseTotal;
        uint256 room = uint256(t.budget) - base - pr.fee;
        if ((base * bps) / 10_000 > room) bps = (room * 10_000) / base;
    }

    /// @dev Charges the fee on the measured work: the validator share to the agreeing validators, the
    /// task's pool share of the rest to the consensus pool (returned: TaskMarket adds it to poolOwed), the
    /// remainder to the treasury. Returns the fee and the pool's part.
    function _payFee(
        TaskMarket.Book storage b,
        mapping(address => uint256) storage balanceOf,
        address treasury,
        uint256 taskId,
        uint256 work
    ) private returns (uint256 fee, uint256 toPool) {
        TaskMarket.Task storage t = b.tasks[taskId];
        fee = (work * t.feeBps) / 10_000;
        uint256 rest = fee - _payValidators(b, balanceOf, taskId, (fee * t.validatorShareBps) / 10_000);
        toPool = (rest * t.poolSharePct) / 100;
        rest -= toPool;
        if (rest != 0) balanceOf[treasury] += rest;
    }

    /// @dev Credits each selected node its pay and releases the bonds of the unslashed ones; returns the
    /// measured work (prorated base of the unslashed nodes) and what the nodes were paid.
    function _payNodes(
        TaskMarket.Book storage b,
        mapping(address => uint256) storage balanceOf,
        NodeRegistry registry,
        uint256 taskId,
        bool accepted,
        uint256 bonusBps
    ) private returns (uint256 work, uint256 paid) {
        TaskMarket.Progress storage pr = b.progress[taskId];
        uint256 mask = pr.selectedMask & ~pr.slashedMask;
        uint256 planned = b.tasks[taskId].plannedRounds;
        for (uint256 i = 0; mask >> i != 0; ++i) {
            if (mask & (uint256(1) << i) == 0) continue;
            address node = b.bids[taskId][i].node;
            uint256 w = _work(b, taskId, i, node, planned);
            if (w == 0) continue;
            work += w;
            if (!accepted) continue;
            uint256 amount = w + (w * bonusBps) / 10_000;
            paid += amount;
            balanceOf[node] += amount;
            emit TaskMarket.Paid(taskId, node, amount);
        }
        _releaseBonds(b, registry, taskId, mask);
    }

    /// @dev Bid i's rate x hours prorated by the rounds its node contributed to over the planned rounds.
    function _work(TaskMarket.Book storage b, uint256 taskId, uint256 i, address node, uint256 planned)
        private
        view
        returns (uint256)
    {
        uint256 rounds = (b.contributions[taskId][i >> 4] >> ((i & 15) * 16)) & 0xffff;
        if (rounds == 0) return 0;
        return (uint256(b.bids[taskId][i].rate) * b.bidOf[taskId][node].hours_ * rounds) / planned;
    }

    /// @dev Splits `share` equally among the validators that agree with the result; returns what it paid.
    function _payValidators(
        TaskMarket.Book storage b,
        mapping(address => uint256) storage balanceOf,
        uint256 taskId,
        uint256 share
    ) private returns (uint256 paid) {
        if (share == 0) return 0;
        TaskMarket.Progress storage pr = b.progress[taskId];
        uint256 n = pr.attestCount;
        uint32 result = pr.metric;
        TaskMarket.Attestation[] memory agree = new TaskMarket.Attestation[](n);
        uint256 k;
        for (uint256 i = 0; i < n; ++i) {
            TaskMarket.Attestation memory a = b.attestations[taskId][i];
            uint32 d = a.metric > result ? a.metric - result : result - a.metric;
            if (d <= AGREE_TOLERANCE) agree[k++] = a;
        }
        if (k == 0) return 0;
        uint256 each = share / k;
        for (uint256 i = 0; i < k; ++i) {
            balanceOf[agree[i].validator] += each;
            emit TaskMarket.ValidatorPaid(taskId, agree[i].validator, each);
        }
        return each * k;
    }

    /// @dev Releases the trainer bond and the bid bond of every node in `mask` (unslashed selected nodes).
    function _releaseBonds(TaskMarket.Book storage b, NodeRegistry registry, uint256 taskId, uint256 mask) private {
        TaskMarket.Progress storage pr = b.progress[taskId];
        mask &= ~pr.slashedMask;
        uint256 count = b.tasks[taskId].selectedCount;
        address[] memory nodes = new address[](count);
        uint96[] memory amounts = new uint96[](count);
        uint96 bond_ = pr.bond;
        uint256 k;
        for (uint256 i = 0; mask >> i != 0; ++i) {
            if (mask & (uint256(1) << i) == 0) continue;
            address node = b.bids[taskId][i].node;
            nodes[k] = node;
            amounts[k++] = bond_ + b.bidOf[taskId][node].bond;
        }
        assembly ("memory-safe") {
            mstore(nodes, k)
            mstore(amounts, k)
        }
        registry.release(nodes, amounts);
    }
}
