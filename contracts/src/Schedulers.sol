// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {IScheduler, Candidate} from "./IScheduler.sol";

/// @dev Greedy selection over candidates ordered by a key: insertion sort (n <= 255), then take candidates
/// in order while the count and spend limits allow.
abstract contract GreedyScheduler is IScheduler {
    /// @dev The sort key: candidates with a smaller key are preferred.
    function _key(Candidate calldata c) internal pure virtual returns (uint256);

    /// @inheritdoc IScheduler
    function select(Candidate[] calldata candidates, uint256 maxNodes, uint256 spendLimit)
        external
        pure
        override
        returns (uint256 mask)
    {
        uint256 n = candidates.length;
        uint256[] memory order = new uint256[](n);
        uint256[] memory keys = new uint256[](n);
        for (uint256 i = 0; i < n; ++i) {
            uint256 k = _key(candidates[i]);
            uint256 j = i;
            while (j > 0 && keys[j - 1] > k) {
                keys[j] = keys[j - 1];
                order[j] = order[j - 1];
                --j;
            }
            keys[j] = k;
            order[j] = i;
        }
        uint256 spent;
        uint256 count;
        for (uint256 i = 0; i < n && count < maxNodes; ++i) {
            Candidate calldata c = candidates[order[i]];
            uint256 cost = uint256(c.rate) * c.hours_;
            if (spent + cost > spendLimit) continue;
            spent += cost;
            mask |= uint256(1) << order[i];
            ++count;
        }
    }
}

/// @title LowestPrice
/// @notice Selects the cheapest bids (rate x estimated hours) that fit the budget; ties go to the earlier bid.
contract LowestPrice is GreedyScheduler {
    function _key(Candidate calldata c) internal pure override returns (uint256) {
        return uint256(c.rate) * c.hours_;
    }

    /// @inheritdoc IScheduler
    function name() external pure override returns (string memory) {
        return "lowest-price";
    }
}

/// @title ReputationWeighted
/// @notice Selects bids with the best reputation per unit of cost, (reputation + 1) / (rate x hours),
/// that fit the budget.
contract ReputationWeighted is GreedyScheduler {
    function _key(Candidate calldata c) internal pure override returns (uint256) {
        uint256 cost = uint256(c.rate) * c.hours_;
        // Smaller key = better: cost per unit of reputation, scaled to keep precision.
        return (cost * 1e6) / (uint256(c.reputation) + 1);
    }

    /// @inheritdoc IScheduler
    function name() external pure override returns (string memory) {
        return "reputation-weighted";
    }
}
