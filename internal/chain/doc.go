// Package chain is Cohort's connector to any EVM chain and the only package (with internal/identity) that
// imports go-ethereum.
//
// It deploys the contract suite (CohortToken, NodeRegistry, TaskMarket, the scheduling strategies
// LowestPrice and ReputationWeighted, SubnetRegistry, Delegation and ValidatorConsensus, compiled from contracts/ into the
// generated package bindings), sends transactions with its own nonce management, gas estimation,
// retries with backoff and a fast receipt poller, decodes reverts and custom errors into coded cohort
// errors, and watches events with confirmations and reorg handling.
//
// A Conn talks to one of three backends: the simulated backend (NewSimulated, used by tests and the
// benchmark), the embedded dev chain (StartDevChain, JSON-RPC on 127.0.0.1, what `cohort chain` runs),
// or any JSON-RPC URL (Dial). An Account is the chain's view of a signer: NewAccount wraps an
// *identity.Key (from identity.LoadKeystore, or identity.DevAccount on dev chains) and keeps its nonce. All three use a mainnet-like chain
// configuration (MainnetLikeConfig) so gas figures mean what they mean on a real chain.
//
// Lifecycle drives a whole training task on chain (register and stake, publish, bid, select, commit
// rounds, attest, settle, withdraw) and returns a Summary whose amounts add up to the budget.
//
// The market (TaskMarket v2) pays for verified work only: a quorum of at least 3 validators with the
// market's validator stake attests a metric in basis points (0..MaxMetric) bound to the last round's
// commitment (RoundCommitment), the result is their stake-weighted median, base pay needs the task's
// threshold, and each selected node is paid its bid prorated by the rounds it contributed to (commitRound
// names them; ContributedRounds reads the count) over the task's planned rounds. Bids bond a bid bond of
// the node's stake (WithdrawBid releases it), select re-checks eligibility and bonds each selected node's
// trainer bond until the task's final state, a dispute has a deadline after which the attestation
// stands, and SlashContributor (arbiter) takes a proven cheater's bonds: the hook the training-verification
// game resolves into. Reverts carry custom errors, which RevertError prints in words.
//
// DataRegistry and InferenceOracle (data.go, oracle.go) are the data market and the verifiable
// inference oracle. Quality reports carry a version (DataRegistry.NextVersion fills a zero one) so a
// stale signed report cannot replace a correction; orders name the most they pay; an order is paid only
// for an attestation made for it (between the order and its deadline, by an active provider, one
// payment per attestation). Oracle outputs are signed 64-bit values (never their aliases modulo the
// field), and a consumer's callback cannot make fulfilment fail (contracts/README.md has the details).
//
// SubnetRegistry (subnet.go) holds the subnets the subnet admin (the DAO's timelock) standardizes: a
// training subnet's schema, model spec, aggregation strategy and scheduler, an inference subnet's
// verifying-key hash, which InferenceOracle checks each request's model against. Tasks attach to a
// subnet by their publisher (Attach); Subnet.CheckTask compares a task's terms with it. Delegation
// (delegation.go) lets token holders delegate to nodes: share pools, rewards after a bounded and
// delayed commission, undelegation through the registry's unbonding delay, slashes split pro rata by
// NodeRegistry.slash; MeasureDelegationGas is the bench's figure.
//
// ValidatorConsensus (consensus.go) runs the validators' epochs: Commit (the hash binds epoch, validator,
// nodes, weights and salt: Commitment), Reveal, Finalize (anyone; pays the pool's epoch reward into pull
// balances and writes reputations, the contract holding the registry's SCORER_ROLE), Fund, Claim. Its
// math is internal/consensus's, checked bit for bit on random epochs (TestConsensusDifferential); the
// commit-reveal attacks, a weight copier and a 20 % cartel are tests over the connector.
//
// No single key (gov.go, gov_flow.go, gov_actions.go): DeploySuite ends by deploying the DAO
// (CohortVotes, the network token staked 1:1 for delegable votes; CohortGovernor, OpenZeppelin's Governor
// with a list of the functions proposals may call; CohortTimelock; DaoArbitration, the registry's only
// key-free slasher; GuardianMultisig, k-of-n, which may only pause new inference requests) and handing
// every admin, slasher, arbiter and registrar role and the token's ownership to the timelock, the
// deployer renouncing everything it held. A proposal (Propose, CastVote, QueueProposal,
// ExecuteProposal; PassProposal on dev chains) is the only way to change roles or parameters or to judge
// a frozen node; tests that drive admin functions directly pass GrantOperator first.
package chain
