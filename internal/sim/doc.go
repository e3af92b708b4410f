// Package sim is Cohort's incentive simulation (`cohort sim incentives`, issue 12): it plays each
// cheating strategy against honest nodes over many tasks or epochs on the real contract suite
// (go-ethereum's simulated backend, driven through internal/chain) and reports, per strategy, how
// often the protocol caught it and what it earned against honest play, from balances read on chain.
//
// Nothing is scripted to fail: detection comes from the mechanisms themselves. Trainers train a small
// softmax model with fl.TrainCheckpointed; a validator spot-checks each trainer's checkpoint chain at
// rate P from a beacon the trainer cannot predict (the round commitment the coordinator published on
// chain, verify.Selected and verify.SpotCheck, which re-executes blocks with fl.ReplayBlock); a fault
// opens a TrainingDispute on chain, the arbiters re-execute the disputed block and vote, and the
// market's arbiter slashes the loser's task bond (SlashContributor). Colluding validators meet the
// market's stake-weighted median and its agreement-based validator pay; weight copiers and a 20 %
// cartel meet ValidatorConsensus's commit-reveal and clip; a replaying miner meets InferenceOracle's
// proof binding; sybils meet bid bonds, minimum stakes and the reputation floor; a trainer that
// unbonds to escape a slash meets the per-task bond.
//
// Strategies (Strategies lists them): honest, lazy_trainer, colluding_validator_pair,
// weight_copying_validator, replaying_miner, cartel_20pct, sybil_bidder, stake_escape_unbonding.
// profit_vs_honest is (strategy profit - honest profit)/|honest profit| for the same role over the same
// tasks; wealth is an account's tokens plus its market credit and its stake (free, bonded, unbonding),
// and in the consensus strategies a validator's profit is its claimable rewards, all read on chain. A trainer's compute is paid on chain too: each task it
// transfers its cost to a compute provider's account, less the share of the work it skipped.
package sim
