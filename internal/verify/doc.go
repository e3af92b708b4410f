// Package verify is training verification (issue 12): a trainer's checkpoint commitment, the
// validator's spot checks, the bisection game that narrows a dispute to one step block, and the
// arbiter quorum that settles it. It is pure: values in, values out, no sockets and no chain; the
// node wires it to the transport and internal/chain mirrors the game on chain (TrainingDispute.sol).
//
// # Commitment
//
// With its update a trainer commits to a Commitment: the task, the round, its address, the
// checkpoint root of its chain (fl.TrainCheckpointed), the number of checkpoints, the hash of the
// global model it started from, its data root (fl.DataTree), the hash of the update it sent, its row
// count, its optimizer steps and the block size. Digest hashes them under a domain-separated SHA-256
// in the layout the contract recomputes; the trainer signs the digest with its node key (eth signed
// message), so the contract accepts a challenge without reading TaskMarket's internals, and a root
// from another task, round or trainer gives another digest (replays fail).
//
// # Spot checks
//
// After the trainer committed, a beacon it could not predict fixes which blocks are checked: the
// coordinator's round commitment published on chain once every update is in, or the hash of the
// first chain block after the trainer's commitment transaction. Block b is checked when the first 8
// bytes of SHA-256("cohort/verify/spot\x00" || beacon || digest || b) fall below p·2^64
// (Selected), independently per block. The first and the last block are always checked: block 0's
// starting state must be the round's global model with fresh optimizer state (so a chain from
// another round or task cannot be replayed), and the last block's re-executed parameters minus the
// global model must round to the update the trainer sent (fl.CheckFinal), so a trainer cannot
// return a stale or noised update behind an honest chain. A trainer that fakes k blocks is caught in
// a task with probability 1-(1-p)^k (Detection), at least p; within T tasks with 1-(1-p)^(kT)
// (CaughtWithin): at p = 0.1 one faked block a task is caught within 44 tasks with probability
// 0.9903. A disclosure the trainer withholds or that fails its proofs counts as a fault.
//
// # Bisection and arbitration
//
// Game is the dispute's state machine, mirrored by the contract. A challenger disputes the
// trainer's transition between checkpoints Lo and Hi (a spot check that failed opens directly on
// one block: Hi = Lo+1). While Hi-Lo > 1 the trainer must post the checkpoint at Mid = (Lo+Hi)/2
// with its Merkle proof against the committed root, then the challenger (who re-executes the first
// half from the trainer's disclosures) names the half that holds the fault; each move halves the
// interval, so a chain of n checkpoints is narrowed in at most 2·ceil(log2 n) moves. A party that
// misses its move deadline loses. Once Hi = Lo+1 the trainer must publish the hash of block Lo's
// disclosure; arbiters (at least Quorum >= 3 validators that are neither party) fetch it, re-execute
// it (Judge) and vote; the first side to reach a majority of the quorum wins. When the vote
// deadline passes without a majority the dispute is dismissed: the challenger's bond is returned and
// nobody is slashed. The loser is slashed: the trainer's stake, or the challenger's bond.
//
// Economics gives the expected profit of a lazy trainer against an honest one for `cohort sim
// incentives`.
//
// # Compute checks
//
// A validator checks a node's claimed hardware with a ComputeChallenge: chained products of two
// N x N integer matrices derived from a fresh seed and the node's address (exact modulo 2^64, so
// every machine gets the same bits), answered by the SHA-256 of the last product. The validator
// recomputes the answer (SolveCompute) and times the round trip; ScoreCompute compares the
// throughput with RefOpsPerCore times the cores the node claims and gives the ratio (capped at 1, 0
// for a wrong answer) that reputation takes. A precomputed or borrowed answer is wrong (the seed and
// the address are in the matrices); a node that claims more cores than it has shows the throughput of
// the cores it has.
package verify
