// Package consensus is the validator consensus of Cohort (Yuma-style, after Bittensor): pure integer
// math, values in and values out, that the ValidatorConsensus contract (contracts/src) computes bit for
// bit on chain. The chain connector's differential test feeds both the same random epochs.
//
// Each epoch, every validator reveals a weight per scored node: an integer score in basis points
// (0..MaxWeight), a mix of the node's training quality, verified inference and uptime (Score, Mix).
// Compute turns the revealed weights and the validators' stakes into the epoch's outcome, in fixed point
// with One = 10^9 and floor division everywhere:
//
//  1. stake shares s_i = stake_i·One/Σstake; each validator's row is normalized to w_ij = W_ij·One/Σ_j W_ij;
//  2. consensus c_j, the stake-weighted median of node j's weights (kappa = 1/2 of the revealed stake):
//     the largest w such that validators holding at least half the stake gave at least w;
//  3. clipping: every weight above the consensus counts as the consensus, wc_ij = min(w_ij, c_j), so a
//     minority cannot lift (or, beyond its own stake, sink) a node;
//  4. rank R_j = Σ_i s_i·wc_ij/One; consensus weight I_j = R_j·One/Σ_j R_j; reputation_j (basis points)
//     = I_j·10000/max_j I_j, so the best node of the epoch gets 10000;
//  5. bonds: a validator's vote V_i = Σ_j s_i·wc_ij/One, its share ΔB_i = V_i·One/ΣV, and its bond the
//     EMA B_i = (α·ΔB_i + (One−α)·B_prev)/One with α = Alpha (0.1) per epoch; a bond decays by (One−α)/One
//     for every epoch the validator did not reveal in (Validator.Idle; gone after MaxIdle epochs);
//  6. rewards: the epoch's reward R splits into NodeShareBps for the nodes, by I_j, and the rest for the
//     validators that revealed, by their bonds. Rounding dust stays in the pool; an epoch whose clipped
//     ranks are all zero pays nothing.
//
// A validator that copies another's vector cannot: commitments bind the revealing address, and a reveal
// must open its own commitment. What it can copy is the previous epoch's consensus, which lags: where a
// node rose it gives too little, where it fell the excess is clipped, so its bond and reward are below an
// honest validator's whenever the network changes (TestCopierEarnsLess). A cartel holding a fraction σ < 1/2
// of the stake cannot move c_j outside the honest validators' weighted quantiles, and moves a node's rank by
// at most σ·c_j (TestCartelBoundedByClip).
package consensus
