package chain

import (
	"context"
	"fmt"
	"maps"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/chain/bindings"
	"github.com/cohort-net/cohort/internal/identity"
)

// GovParams configure the DAO that DeploySuite hands every role to: the voting token (the network
// token staked 1:1), the governor, its timelock, the guardian multisig and DAO arbitration. Durations
// are whole seconds on the chain's timestamp clock.
type GovParams struct {
	QuorumPercent uint8         // share of the staked supply that must vote for or abstain; default 4
	VotingDelay   time.Duration // proposal to snapshot; default 1 day
	VotingPeriod  time.Duration // how long a vote is open; default 1 week
	TimelockDelay time.Duration // queue to execution; default 2 days
	// Guardians may pause new inference requests (and the market's publishes and bids where the market
	// has a GUARDIAN_ROLE) once GuardianThreshold of them agree; none: no guardian multisig is deployed.
	Guardians         []common.Address
	GuardianThreshold uint8 // default a majority of the guardians
	// JudgeWindow is how long DAO arbitration has to judge a frozen node before the default outcome
	// (release) applies; default 14 days, and longer than a proposal's delay, vote and timelock.
	JudgeWindow  time.Duration
	MaxSlashBps  uint16 // the cap on a judgement's slash (basis points of stake and unbonding); default 5000
	ReportQuorum uint8  // active validators whose reports freeze a node; default 3
	// Stake is what the deployer stakes into the DAO (and delegates to itself) at deployment: its votes
	// on a dev chain. Default none.
	Stake *big.Int
}

// DevGovParams are the DAO parameters of dev chains: a one-second voting delay and timelock and a
// 15-second vote (the devnet passes its own proposal, the bundled subnets, at every start; 5 s was
// flaky on a loaded machine), so a proposal passes in about 20 s of chain time (instantly on the
// simulated backend), the deployer staking 1 % of the supply, and dev accounts
// 17-19 as 2-of-3 guardians.
func DevGovParams() GovParams {
	var guardians []common.Address
	for i := 17; i < 20; i++ {
		guardians = append(guardians, common.Address(identity.DevAccount(i).ID()))
	}
	return GovParams{QuorumPercent: 4, VotingDelay: time.Second, VotingPeriod: 15 * time.Second, TimelockDelay: time.Second,
		JudgeWindow: 5 * time.Minute, Stake: Tokens(10_000_000), Guardians: guardians, GuardianThreshold: 2}
}

func (g *GovParams) defaults() error {
	if g.QuorumPercent == 0 {
		g.QuorumPercent = 4
	}
	if g.VotingDelay == 0 {
		g.VotingDelay = 24 * time.Hour
	}
	if g.VotingPeriod == 0 {
		g.VotingPeriod = 7 * 24 * time.Hour
	}
	if g.TimelockDelay == 0 {
		g.TimelockDelay = 2 * 24 * time.Hour
	}
	if g.JudgeWindow == 0 {
		g.JudgeWindow = 14 * 24 * time.Hour
	}
	if g.MaxSlashBps == 0 {
		g.MaxSlashBps = 5000
	}
	if g.ReportQuorum == 0 {
		g.ReportQuorum = 3
	}
	if g.GuardianThreshold == 0 {
		g.GuardianThreshold = uint8(len(g.Guardians)/2 + 1)
	}
	switch {
	case g.QuorumPercent > 100:
		return cohort.Errorf(cohort.EInvalid, "governance quorum %d %% is over 100", g.QuorumPercent)
	case g.JudgeWindow <= g.VotingDelay+g.VotingPeriod+g.TimelockDelay:
		return cohort.Errorf(cohort.EInvalid, "judge window %v must exceed voting delay, period and timelock (%v)", g.JudgeWindow, g.VotingDelay+g.VotingPeriod+g.TimelockDelay)
	case g.MaxSlashBps > 10_000:
		return cohort.Errorf(cohort.EInvalid, "max slash %d bps is over 10000", g.MaxSlashBps)
	case len(g.Guardians) > 0 && int(g.GuardianThreshold) > len(g.Guardians):
		return cohort.Errorf(cohort.EInvalid, "guardian threshold %d of %d signers", g.GuardianThreshold, len(g.Guardians))
	}
	return nil
}

// GovRecord is the DAO's parameters as the deployment record keeps them (`cohort gov params`).
type GovRecord struct {
	QuorumPercent     uint8            `json:"quorum_percent"`
	VotingDelay       uint64           `json:"voting_delay_s"`
	VotingPeriod      uint64           `json:"voting_period_s"`
	TimelockDelay     uint64           `json:"timelock_delay_s"`
	Guardians         []common.Address `json:"guardians"`
	GuardianThreshold uint8            `json:"guardian_threshold"`
	JudgeWindow       uint64           `json:"judge_window_s"`
	MaxSlashBps       uint16           `json:"max_slash_bps"`
	ReportQuorum      uint8            `json:"report_quorum"`
}

func (g GovParams) record() GovRecord {
	s := func(d time.Duration) uint64 { return uint64(d / time.Second) }
	return GovRecord{QuorumPercent: g.QuorumPercent, VotingDelay: s(g.VotingDelay), VotingPeriod: s(g.VotingPeriod),
		TimelockDelay: s(g.TimelockDelay), Guardians: slices.Clone(g.Guardians), GuardianThreshold: g.GuardianThreshold,
		JudgeWindow: s(g.JudgeWindow), MaxSlashBps: g.MaxSlashBps, ReportQuorum: g.ReportQuorum}
}

// govContracts holds the parsed bindings of the governance contracts.
type govContracts struct {
	votes    *bindings.CohortVotes
	governor *bindings.CohortGovernor
	timelock *bindings.CohortTimelock
	guardian *bindings.GuardianMultisig
	arb      *bindings.DaoArbitration
}

func newGovContracts() govContracts {
	return govContracts{bindings.NewCohortVotes(), bindings.NewCohortGovernor(), bindings.NewCohortTimelock(),
		bindings.NewGuardianMultisig(), bindings.NewDaoArbitration()}
}

// RoleID is an AccessControl role's id: keccak256 of its name, DEFAULT_ADMIN_ROLE zero.
func RoleID(name string) [32]byte {
	if name == "DEFAULT_ADMIN_ROLE" {
		return [32]byte{}
	}
	return crypto.Keccak256Hash([]byte(name))
}

// Handover is one role DeploySuite gives away: Role of the contract named Contract (a SuiteContracts
// name) goes to To.
type Handover struct {
	Contract string
	Role     string
	To       common.Address
}

// handovers is the one list of roles DeploySuite hands over before the deployer renounces everything it
// holds. Roles other contracts need were granted when those were wired (the market's LOCKER_ROLE and
// ValidatorConsensus's SCORER_ROLE on the registry, TrainingDispute's SLASHER_ROLE and LOCKER_ROLE) and
// stay. A new contract appends its admin roles here (and its role-gated functions to governedFunctions);
// every contract's GUARDIAN_ROLE goes to the guardian multisig automatically.
func handovers(s Suite) []Handover {
	dao := s.Timelock
	return []Handover{
		{"registry", "DEFAULT_ADMIN_ROLE", dao},
		{"registry", "SLASHER_ROLE", s.Arbitration}, // freezes and slashes only through a judged case
		{"market", "DEFAULT_ADMIN_ROLE", dao},
		{"market", "ARBITER_ROLE", dao},
		{"consensus", "DEFAULT_ADMIN_ROLE", dao},
		{"data_registry", "DEFAULT_ADMIN_ROLE", dao},
		{"inference_oracle", "DEFAULT_ADMIN_ROLE", dao},
		{"inference_oracle", "REGISTRAR_ROLE", dao},
		{"subnet_registry", "DEFAULT_ADMIN_ROLE", dao},
		{"subnet_registry", "SUBNET_ADMIN_ROLE", dao},
		{"model_registry", "DEFAULT_ADMIN_ROLE", dao},
	}
}

// governedFunctions lists, per contract, the functions that only a role or the owner may call and that
// the DAO calls through proposals (the governor's callable list, set at deployment, adds daoAlsoCalls).
// TestGovernedFunctions checks the lists against the ABIs: every state-changing function of every
// contract is governed, gated (a role that is not the DAO's: the timelock's proposer, a guardian) or
// open to anyone, and the ex-deployer fails on every governed and gated one.
var governedFunctions = map[string][]string{
	"token":            {"mint", "transferOwnership", "renounceOwnership"},
	"registry":         {"grantRole", "revokeRole", "setFrozen", "slash", "setReputation", "setMinStake", "setUnbondingDelay", "setDelegation"},
	"market":           {"grantRole", "revokeRole", "resolveDispute", "slashContributor", "setScheduler", "setParams"},
	"consensus":        {"grantRole", "revokeRole", "setParams"},
	"data_registry":    {"grantRole", "revokeRole"},
	"inference_oracle": {"grantRole", "revokeRole", "registerModel", "unpauseRequests", "setSubnets", "setModelSubnet", "setRoyalty"},
	"subnet_registry":  {"grantRole", "revokeRole", "create", "update", "setStatus"},
	"model_registry":   {"grantRole", "revokeRole", "setSplit"},
	"arbitration":      {"grantRole", "revokeRole", "freeze", "slash", "release", "setParams"},
	"timelock":         {"grantRole", "revokeRole", "updateDelay"},
}

// daoAlsoCalls are functions anyone may call that the DAO also calls through proposals: spending the
// treasury the timelock holds.
var daoAlsoCalls = map[string][]string{
	"token": {"transfer", "approve"},
}

// suiteABIs names each governed contract's address and ABI.
func suiteABIs(s Suite) map[string]struct {
	At  common.Address
	ABI *bind.MetaData
} {
	type e = struct {
		At  common.Address
		ABI *bind.MetaData
	}
	return map[string]e{
		"token": {s.Token, &bindings.CohortTokenMetaData}, "registry": {s.Registry, &bindings.NodeRegistryMetaData},
		"market": {s.Market, &bindings.TaskMarketMetaData}, "consensus": {s.Consensus, &bindings.ValidatorConsensusMetaData},
		"data_registry": {s.DataRegistry, &bindings.DataRegistryMetaData}, "inference_oracle": {s.InferenceOracle, &bindings.InferenceOracleMetaData},
		"training_dispute": {s.TrainingDispute, &bindings.TrainingDisputeMetaData}, "arbitration": {s.Arbitration, &bindings.DaoArbitrationMetaData},
		"timelock": {s.Timelock, &bindings.CohortTimelockMetaData}, "votes": {s.Votes, &bindings.CohortVotesMetaData},
		"governor": {s.Governor, &bindings.CohortGovernorMetaData}, "guardian": {s.Guardian, &bindings.GuardianMultisigMetaData},
		"subnet_registry": {s.SubnetRegistry, &bindings.SubnetRegistryMetaData}, "delegation": {s.Delegation, &bindings.DelegationMetaData},
		"model_registry": {s.ModelRegistry, &bindings.ModelRegistryMetaData},
	}
}

// SuiteContracts returns the suite's contracts by name (the deployment record's `contracts`), the
// ones not deployed left out.
func (s Suite) SuiteContracts() map[string]common.Address {
	out := map[string]common.Address{"lowest_price": s.LowestPrice, "reputation_weighted": s.ReputationWeighted}
	for name, e := range suiteABIs(s) {
		out[name] = e.At
	}
	for k, v := range out {
		if v == (common.Address{}) {
			delete(out, k)
		}
	}
	return out
}

// callableList returns the (target, selector) pairs of governedFunctions for the contracts deployed.
func callableList(s Suite) ([]common.Address, [][4]byte, error) {
	var targets []common.Address
	var sels [][4]byte
	abis := suiteABIs(s)
	lists := map[string][]string{}
	for name, fns := range governedFunctions {
		lists[name] = append(lists[name], fns...)
	}
	for name, fns := range daoAlsoCalls {
		lists[name] = append(lists[name], fns...)
	}
	for _, name := range slices.Sorted(maps.Keys(lists)) {
		fns, e := lists[name], abis[name]
		if e.At == (common.Address{}) {
			continue
		}
		a, err := e.ABI.ParseABI()
		if err != nil {
			return nil, nil, err
		}
		for _, fn := range fns {
			m, ok := a.Methods[fn]
			if !ok {
				return nil, nil, fmt.Errorf("governed function %s.%s is not in its ABI", name, fn)
			}
			targets = append(targets, e.At)
			sels = append(sels, [4]byte(m.ID))
		}
	}
	return targets, sels, nil
}

// roleNames returns the role constants (NAME_ROLE() views) of an ABI, DEFAULT_ADMIN_ROLE first.
func roleNames(a *abi.ABI) []string {
	names := []string{"DEFAULT_ADMIN_ROLE"}
	for n, m := range a.Methods {
		if n != "DEFAULT_ADMIN_ROLE" && len(n) > 5 && n[len(n)-5:] == "_ROLE" && len(m.Inputs) == 0 && m.IsConstant() {
			names = append(names, n)
		}
	}
	slices.Sort(names[1:])
	return names
}

// deployGov deploys the voting token, the timelock, DAO arbitration, the guardian multisig (when there
// are guardians) and the governor, and gives the governor the timelock's proposer, canceller and
// executor roles.
func (c *Conn) deployGov(ctx context.Context, admin *Account, s *Suite, g GovParams, treasury common.Address) error {
	k := c.gk
	var err error
	deploy := func(bin string, args []byte, what string) (common.Address, error) {
		addr, _, err := c.Deploy(ctx, admin, append(common.FromHex(bin), args...), what)
		return addr, extraRevert(err)
	}
	secs := func(d time.Duration) uint64 { return uint64(d / time.Second) }
	if s.Votes, err = deploy(bindings.CohortVotesMetaData.Bin, k.votes.PackConstructor(s.Token), "CohortVotes"); err != nil {
		return err
	}
	if s.Timelock, err = deploy(bindings.CohortTimelockMetaData.Bin, k.timelock.PackConstructor(new(big.Int).SetUint64(secs(g.TimelockDelay)), nil, nil, admin.Addr), "CohortTimelock"); err != nil {
		return err
	}
	judge, err := seconds32(g.JudgeWindow)
	if err != nil {
		return err
	}
	if s.Arbitration, err = deploy(bindings.DaoArbitrationMetaData.Bin, k.arb.PackConstructor(s.Registry, s.Timelock, treasury, judge, g.MaxSlashBps, g.ReportQuorum), "DaoArbitration"); err != nil {
		return err
	}
	if len(g.Guardians) > 0 {
		if s.Guardian, err = deploy(bindings.GuardianMultisigMetaData.Bin, k.guardian.PackConstructor(g.Guardians, g.GuardianThreshold), "GuardianMultisig"); err != nil {
			return err
		}
	}
	targets, sels, err := callableList(*s)
	if err != nil {
		return err
	}
	if s.Governor, err = deploy(bindings.CohortGovernorMetaData.Bin, k.governor.PackConstructor(s.Votes, s.Timelock, big.NewInt(int64(secs(g.VotingDelay))),
		uint32(secs(g.VotingPeriod)), big.NewInt(int64(g.QuorumPercent)), targets, sels), "CohortGovernor"); err != nil {
		return err
	}
	for _, role := range []string{"PROPOSER_ROLE", "CANCELLER_ROLE", "EXECUTOR_ROLE"} {
		if _, err := c.Send(ctx, admin, Tx{To: s.Timelock, Data: k.timelock.PackGrantRole(RoleID(role), s.Governor), What: "timelock: grant " + role}); err != nil {
			return err
		}
	}
	if g.Stake != nil && g.Stake.Sign() > 0 {
		c.UseSuite(*s)
		if err := c.StakeVotes(ctx, admin, g.Stake); err != nil {
			return err
		}
	}
	return nil
}

// handOver grants the handovers (and every GUARDIAN_ROLE to the guardian multisig), passes the token's
// ownership to the timelock, and has the deployer renounce every role it holds on every contract, its
// admin roles last. Afterwards only a passed proposal (through the timelock) changes roles or parameters.
func (c *Conn) handOver(ctx context.Context, admin *Account, s Suite) error {
	abis := suiteABIs(s)
	list := handovers(s)
	for name, e := range abis {
		a, err := e.ABI.ParseABI()
		if err != nil {
			return err
		}
		if _, ok := a.Methods["GUARDIAN_ROLE"]; ok && e.At != (common.Address{}) && s.Guardian != (common.Address{}) {
			list = append(list, Handover{name, "GUARDIAN_ROLE", s.Guardian})
		}
	}
	ac := bindings.NewNodeRegistry() // grantRole, hasRole and renounceRole are AccessControl's: one ABI serves
	for _, h := range list {
		at := abis[h.Contract].At
		if at == (common.Address{}) {
			continue
		}
		if _, err := c.Send(ctx, admin, Tx{To: at, Data: ac.PackGrantRole(RoleID(h.Role), h.To), What: h.Contract + ": grant " + h.Role}); err != nil {
			return err
		}
	}
	if _, err := c.Send(ctx, admin, Tx{To: s.Token, Data: c.k.token.PackTransferOwnership(s.Timelock), What: "token: transfer ownership to the timelock"}); err != nil {
		return err
	}
	for name, e := range abis {
		a, err := e.ABI.ParseABI()
		if err != nil {
			return err
		}
		if _, ok := a.Methods["renounceRole"]; !ok || e.At == (common.Address{}) {
			continue
		}
		roles := roleNames(a)
		for _, role := range append(roles[1:], roles[0]) { // the admin role last
			held, err := c.HasRole(ctx, e.At, role, admin.Addr)
			if err != nil {
				return err
			}
			if held {
				if _, err := c.Send(ctx, admin, Tx{To: e.At, Data: ac.PackRenounceRole(RoleID(role), admin.Addr), What: name + ": renounce " + role}); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// HasRole reports whether who holds the named role on an AccessControl contract.
func (c *Conn) HasRole(ctx context.Context, at common.Address, role string, who common.Address) (bool, error) {
	ac := c.k.registry
	out, err := c.Call(ctx, at, ac.PackHasRole(RoleID(role), who), "hasRole "+role)
	if err != nil {
		return false, err
	}
	return ac.UnpackHasRole(out)
}

// StakeVotes stakes amount of the network token into the DAO (1:1 votes) and, when the account has no
// delegate yet, delegates its votes to itself.
func (c *Conn) StakeVotes(ctx context.Context, from *Account, amount *big.Int) error {
	s, k := c.Suite(), c.gk
	if s.Votes == (common.Address{}) {
		return cohort.Errorf(cohort.EInvalid, "the suite has no DAO (voting token)")
	}
	if _, err := c.Approve(ctx, from, s.Votes, amount); err != nil {
		return err
	}
	if _, err := c.Send(ctx, from, Tx{To: s.Votes, Data: k.votes.PackDepositFor(from.Addr, amount), What: "stake into the DAO"}); err != nil {
		return err
	}
	out, err := c.Call(ctx, s.Votes, k.votes.PackDelegates(from.Addr), "vote delegate")
	if err != nil {
		return err
	}
	if d, err := k.votes.UnpackDelegates(out); err != nil || d != (common.Address{}) {
		return err
	}
	return c.Delegate(ctx, from, from.Addr)
}

// Delegate gives the account's votes to to.
func (c *Conn) Delegate(ctx context.Context, from *Account, to common.Address) error {
	_, err := c.Send(ctx, from, Tx{To: c.Suite().Votes, Data: c.gk.votes.PackDelegate(to), What: "delegate votes"})
	return err
}

// UnstakeVotes burns amount of the account's votes and returns the network token.
func (c *Conn) UnstakeVotes(ctx context.Context, from *Account, amount *big.Int) error {
	_, err := c.Send(ctx, from, Tx{To: c.Suite().Votes, Data: c.gk.votes.PackWithdrawTo(from.Addr, amount), What: "unstake from the DAO"})
	return err
}

// OperatorGrants are the calls of a proposal that gives to every role of every AccessControl contract
// the DAO administers (the registry, market, consensus, data registry, oracle and arbitration) but the
// registry's LOCKER_ROLE (the market's): what a single deployer key held before the DAO. Tests and dev tools that drive admin functions directly pass
// it once with PassProposal; the timelock keeps its own roles, and no real deployment needs it.
func (c *Conn) OperatorGrants(to common.Address) ([]Tx, error) {
	abis := suiteABIs(c.Suite())
	var txs []Tx
	for _, name := range []string{"registry", "market", "consensus", "data_registry", "inference_oracle", "arbitration", "subnet_registry", "model_registry"} {
		e := abis[name]
		if e.At == (common.Address{}) {
			continue
		}
		a, err := e.ABI.ParseABI()
		if err != nil {
			return nil, err
		}
		for _, role := range roleNames(a) {
			if role == "LOCKER_ROLE" {
				continue
			}
			tx, err := c.GrantRoleAction(name, role, to)
			if err != nil {
				return nil, err
			}
			txs = append(txs, tx)
		}
	}
	return txs, nil
}

// GrantOperator passes OperatorGrants(to) with voter's votes (dev chains and tests).
func (c *Conn) GrantOperator(ctx context.Context, voter *Account, to common.Address) error {
	txs, err := c.OperatorGrants(to)
	if err != nil {
		return err
	}
	_, err = c.PassProposal(ctx, voter, Proposal{Calls: txs, Description: "grant every role to operator " + to.Hex()})
	return err
}
