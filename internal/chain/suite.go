package chain

import (
	"context"
	"encoding/hex"
	"fmt"
	"math"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/chain/bindings"
)

// Suite holds the addresses of a deployed contract suite.
type Suite struct {
	Token              common.Address `json:"token"`
	Registry           common.Address `json:"registry"`
	Market             common.Address `json:"market"`
	LowestPrice        common.Address `json:"lowest_price"`
	ReputationWeighted common.Address `json:"reputation_weighted"`
	DataRegistry       common.Address `json:"data_registry,omitzero"`
	InferenceOracle    common.Address `json:"inference_oracle,omitzero"`
	TrainingDispute    common.Address `json:"training_dispute,omitzero"`
	Consensus          common.Address `json:"consensus,omitzero"` // ValidatorConsensus
	SubnetRegistry     common.Address `json:"subnet_registry,omitzero"`
	Delegation         common.Address `json:"delegation,omitzero"`
	ModelRegistry      common.Address `json:"model_registry,omitzero"` // the model library; royalty tokens are its clones
	// MarketSettlement is the library Market is linked against (settlement and pay math).
	MarketSettlement common.Address `json:"market_settlement,omitzero"`
	// The DAO: the voting token, the governor, the timelock that holds every admin role, DAO
	// arbitration (the registry's slasher) and the guardian multisig (none without guardians).
	Votes       common.Address `json:"votes,omitzero"`
	Governor    common.Address `json:"governor,omitzero"`
	Timelock    common.Address `json:"timelock,omitzero"`
	Arbitration common.Address `json:"arbitration,omitzero"`
	Guardian    common.Address `json:"guardian,omitzero"`
}

// Scheduler ids under which DeploySuite registers the shipped strategies.
const (
	SchedulerLowestPrice        uint8 = 0
	SchedulerReputationWeighted uint8 = 1
)

// Role bits of NodeRegistry.
const (
	RoleBitTrainer     uint8 = 1
	RoleBitAuthorizer  uint8 = 2
	RoleBitValidator   uint8 = 4
	RoleBitCoordinator uint8 = 8
	RoleBitMiner       uint8 = 16
)

// RoleBits converts roles to the registry's bit set; roles the registry does not know are an error.
func RoleBits(roles ...cohort.Role) (uint8, error) {
	var bits uint8
	for _, r := range roles {
		switch r {
		case cohort.RoleTrainer:
			bits |= RoleBitTrainer
		case cohort.RoleAuthorizer:
			bits |= RoleBitAuthorizer
		case cohort.RoleValidator:
			bits |= RoleBitValidator
		case cohort.RoleCoordinator:
			bits |= RoleBitCoordinator
		case cohort.RoleMiner:
			bits |= RoleBitMiner
		default:
			return 0, cohort.Errorf(cohort.EInvalid, "role %q has no on-chain registration", r)
		}
	}
	return bits, nil
}

// RoleNames converts a registry bit set back to role names.
func RoleNames(bits uint8) []cohort.Role {
	var out []cohort.Role
	for _, x := range []struct {
		bit  uint8
		role cohort.Role
	}{{RoleBitTrainer, cohort.RoleTrainer}, {RoleBitAuthorizer, cohort.RoleAuthorizer},
		{RoleBitValidator, cohort.RoleValidator}, {RoleBitCoordinator, cohort.RoleCoordinator}, {RoleBitMiner, cohort.RoleMiner}} {
		if bits&x.bit != 0 {
			out = append(out, x.role)
		}
	}
	return out
}

// DeployParams configure a new suite. The market refuses a quorum below 3, a zero dispute window and
// zero bonds; the defaults are the smallest honest values.
type DeployParams struct {
	InitialSupply  *big.Int                 // minted to the admin; default 1e9 tokens
	UnbondingDelay time.Duration            // default 7 days; at least DisputeWindow, at most 90 days
	DisputeWindow  time.Duration            // default 1 hour; dev chains use seconds, a real chain days
	FeeBps         uint16                   // protocol fee on the measured work; default 0
	AttestQuorum   uint8                    // default 3 (3..15)
	Treasury       common.Address           // default the admin
	MinStake       map[cohort.Role]*big.Int // registry minimum per role; default none
	EpochLength    time.Duration            // ValidatorConsensus epoch; default DefaultEpochLength
	CommitWindow   time.Duration            // its commit phase; default DefaultCommitWindow (at most half the epoch)
	// ValidatorShareBps is the share of the fee paid to the validators that agree with the result;
	// default 5000.
	ValidatorShareBps uint16
	RoyaltySplit      RoyaltySplit // ModelRegistry's split of a minted model's shares; default DefaultRoyaltySplit
	// PoolSharePct is the percent of the fee left after the validators' share that funds
	// ValidatorConsensus's reward pool (the rest goes to the treasury); default DefaultPoolSharePct,
	// NoConsensusPool for none.
	PoolSharePct    uint8
	NoConsensusPool bool
	TrainerBond     *big.Int  // bonded per selected trainer per task; default MinStake[trainer] or 1 token
	ValidatorStake  *big.Int  // least free stake to attest; default MinStake[validator] or 1 token
	BidBond         *big.Int  // escrowed with each bid and refunded; default 0.1 token
	Gov             GovParams // the DAO that ends up holding every role (see GovParams)
}

// DefaultPoolSharePct is the percent of the market's fee (after the validators' share) that funds the
// consensus reward pool when DeployParams do not say.
const DefaultPoolSharePct = 50

// marketParams are the market's constructor and setParams arguments; pool is ValidatorConsensus (zero
// before it is deployed, and then the pool share is 0 too).
func (p *DeployParams) marketParams(window uint32, pool common.Address) bindings.MarketParams {
	share := p.PoolSharePct
	if pool == (common.Address{}) {
		share = 0
	}
	return bindings.MarketParams{Treasury: p.Treasury, FeeBps: p.FeeBps, AttestQuorum: p.AttestQuorum, DisputeWindow: window,
		ValidatorShareBps: p.ValidatorShareBps, TrainerBond: p.TrainerBond, ValidatorStake: p.ValidatorStake, BidBond: p.BidBond,
		ConsensusPool: pool, PoolSharePct: share}
}

func (p *DeployParams) defaults() {
	if p.InitialSupply == nil {
		p.InitialSupply = Tokens(1_000_000_000)
	}
	if p.UnbondingDelay == 0 {
		p.UnbondingDelay = 7 * 24 * time.Hour
	}
	if p.DisputeWindow == 0 {
		p.DisputeWindow = time.Hour
	}
	if p.AttestQuorum == 0 {
		p.AttestQuorum = 3
	}
	if p.ValidatorShareBps == 0 {
		p.ValidatorShareBps = 5000
	}
	if p.NoConsensusPool {
		p.PoolSharePct = 0
	} else if p.PoolSharePct == 0 {
		p.PoolSharePct = DefaultPoolSharePct
	}
	orStake := func(v *big.Int, r cohort.Role) *big.Int {
		if v != nil {
			return v
		}
		if m := p.MinStake[r]; m != nil && m.Sign() > 0 {
			return m
		}
		return Tokens(1)
	}
	p.TrainerBond = orStake(p.TrainerBond, cohort.RoleTrainer)
	p.ValidatorStake = orStake(p.ValidatorStake, cohort.RoleValidator)
	if p.RoyaltySplit == (RoyaltySplit{}) {
		p.RoyaltySplit = DefaultRoyaltySplit
	}
	if p.BidBond == nil {
		p.BidBond = new(big.Int).Div(Tokens(1), big.NewInt(10))
	}
}

// contracts holds the parsed bindings a Conn uses.
type contracts struct {
	token    *bindings.CohortToken
	registry *bindings.NodeRegistry
	market   *bindings.TaskMarket
}

func newContracts() contracts {
	return contracts{bindings.NewCohortToken(), bindings.NewNodeRegistry(), bindings.NewTaskMarket()}
}

// Suite returns the suite this connection uses.
func (c *Conn) Suite() Suite {
	c.suiteMu.RLock()
	defer c.suiteMu.RUnlock()
	return c.suite
}

// UseSuite points the connection at an already deployed suite.
func (c *Conn) UseSuite(s Suite) {
	c.suiteMu.Lock()
	c.suite = s
	c.suiteMu.Unlock()
}

// SubnetAdminRole is SubnetRegistry's SUBNET_ADMIN_ROLE.
var SubnetAdminRole = crypto.Keccak256Hash([]byte("SUBNET_ADMIN_ROLE"))

// DeploySuite deploys token, registry, the MarketSettlement library, market, both schedulers,
// SubnetRegistry, Delegation, ValidatorConsensus and ModelRegistry from admin, wires the market's
// locker role, the schedulers, the registry's delegation pools, the consensus's scorer role and the
// market's fee share to the consensus pool, deploys the DAO (voting token, timelock, governor,
// arbitration, guardian multisig: see GovParams), hands every admin, slasher, arbiter, registrar and
// subnet-admin role and the token's ownership to the DAO (handovers), and makes the connection use the
// new suite. The deployer keeps no role: later changes pass a proposal (PassProposal on dev chains).
func (c *Conn) DeploySuite(ctx context.Context, admin *Account, p DeployParams) (Suite, error) {
	return c.deploySuite(ctx, admin, &p, nil)
}

// deploySuite is DeploySuite with extra deployments (run with the deployer's roles, before the DAO
// takes them over); p gets its defaults.
func (c *Conn) deploySuite(ctx context.Context, admin *Account, p *DeployParams, extra func(*Suite) error) (Suite, error) {
	p.defaults()
	if p.Treasury == (common.Address{}) {
		p.Treasury = admin.Addr
	}
	if err := p.Gov.defaults(); err != nil {
		return Suite{}, err
	}
	s, err := c.deployCore(ctx, admin, p)
	if err != nil {
		return s, err
	}
	if extra != nil {
		if err := extra(&s); err != nil {
			return s, err
		}
	}
	if err := c.deployGov(ctx, admin, &s, p.Gov, p.Treasury); err != nil {
		return s, err
	}
	c.UseSuite(s)
	if err := c.handOver(ctx, admin, s); err != nil {
		return s, err
	}
	return s, nil
}

// deployCore deploys and wires the market's contracts with admin holding their roles.
func (c *Conn) deployCore(ctx context.Context, admin *Account, p *DeployParams) (Suite, error) {
	if p.UnbondingDelay < p.DisputeWindow {
		return Suite{}, cohort.Errorf(cohort.EInvalid, "unbonding delay %v is shorter than the dispute window %v", p.UnbondingDelay, p.DisputeWindow)
	}
	unbond, err := seconds32(p.UnbondingDelay)
	if err != nil {
		return Suite{}, err
	}
	window, err := seconds32(p.DisputeWindow)
	if err != nil {
		return Suite{}, err
	}
	k := c.k
	var s Suite
	deploy := func(md []byte, args []byte, what string) (common.Address, error) {
		addr, _, err := c.Deploy(ctx, admin, append(append([]byte{}, md...), args...), what)
		return addr, err
	}
	if s.Token, err = deploy(common.FromHex(bindings.CohortTokenMetaData.Bin), k.token.PackConstructor(admin.Addr, p.InitialSupply), "CohortToken"); err != nil {
		return s, err
	}
	if s.Registry, err = deploy(common.FromHex(bindings.NodeRegistryMetaData.Bin), k.registry.PackConstructor(s.Token, admin.Addr, unbond), "NodeRegistry"); err != nil {
		return s, err
	}
	var marketCode []byte
	if marketCode, s.MarketSettlement, err = c.linkedMarketCode(ctx, admin); err != nil {
		return s, err
	}
	if s.Market, err = deploy(marketCode,
		k.market.PackConstructor(s.Token, s.Registry, admin.Addr, p.marketParams(window, common.Address{})), "TaskMarket"); err != nil {
		return s, err
	}
	if s.LowestPrice, err = deploy(common.FromHex(bindings.LowestPriceMetaData.Bin), nil, "LowestPrice"); err != nil {
		return s, err
	}
	if s.ReputationWeighted, err = deploy(common.FromHex(bindings.ReputationWeightedMetaData.Bin), nil, "ReputationWeighted"); err != nil {
		return s, err
	}
	if s.SubnetRegistry, err = deploy(common.FromHex(bindings.SubnetRegistryMetaData.Bin), bindings.NewSubnetRegistry().PackConstructor(s.Market, admin.Addr), "SubnetRegistry"); err != nil {
		return s, err
	}
	if s.Delegation, err = deploy(common.FromHex(bindings.DelegationMetaData.Bin), bindings.NewDelegation().PackConstructor(s.Registry), "Delegation"); err != nil {
		return s, err
	}
	c.UseSuite(s)
	lockerRole, err := c.registryRole(ctx, k.registry.PackLOCKERROLE())
	if err != nil {
		return s, err
	}
	steps := []Tx{
		{To: s.Registry, Data: k.registry.PackGrantRole(lockerRole, s.Market), What: "grant locker role"},
		{To: s.SubnetRegistry, Data: bindings.NewSubnetRegistry().PackGrantRole(SubnetAdminRole, admin.Addr), What: "grant subnet admin role"},
		{To: s.Registry, Data: k.registry.PackSetDelegation(s.Delegation), What: "set delegation pools"},
		{To: s.Market, Data: k.market.PackSetScheduler(SchedulerLowestPrice, s.LowestPrice), What: "set scheduler lowest-price"},
		{To: s.Market, Data: k.market.PackSetScheduler(SchedulerReputationWeighted, s.ReputationWeighted), What: "set scheduler reputation-weighted"},
	}
	for role, amt := range p.MinStake {
		bit, err := RoleBits(role)
		if err != nil {
			return s, err
		}
		steps = append(steps, Tx{To: s.Registry, Data: k.registry.PackSetMinStake(bit, amt), What: "set min stake " + string(role)})
	}
	for _, tx := range steps {
		if _, err := c.Send(ctx, admin, tx); err != nil {
			return s, err
		}
	}
	vc, err := c.DeployConsensus(ctx, admin, p.EpochLength, p.CommitWindow)
	if err != nil {
		return s, err
	}
	s.Consensus = vc.Address()
	c.UseSuite(s)
	if p.PoolSharePct != 0 {
		tx := Tx{To: s.Market, Data: k.market.PackSetParams(p.marketParams(window, s.Consensus)), What: "market fee share to the consensus pool"}
		if _, err := c.Send(ctx, admin, tx); err != nil {
			return s, err
		}
	}
	lib, err := c.DeployModelLibrary(ctx, admin, p.RoyaltySplit)
	if err != nil {
		return s, err
	}
	s.ModelRegistry = lib.Address()
	c.UseSuite(s)
	return s, nil
}

// linkedMarketCode deploys MarketSettlement, the library with TaskMarket's settlement and pay math
// (TaskMarket calls it with DELEGATECALL), and returns TaskMarket's creation code linked against it.
func (c *Conn) linkedMarketCode(ctx context.Context, admin *Account) ([]byte, common.Address, error) {
	lib, _, err := c.Deploy(ctx, admin, common.FromHex(bindings.MarketSettlementMetaData.Bin), "MarketSettlement")
	if err != nil {
		return nil, lib, err
	}
	placeholder := "__$" + bindings.MarketSettlementMetaData.ID + "$__"
	bin := strings.ReplaceAll(bindings.TaskMarketMetaData.Bin, placeholder, hex.EncodeToString(lib.Bytes()))
	return common.FromHex(bin), lib, nil
}

func (c *Conn) registryRole(ctx context.Context, data []byte) ([32]byte, error) {
	out, err := c.Call(ctx, c.Suite().Registry, data, "registry role id")
	if err != nil {
		return [32]byte{}, err
	}
	return c.k.registry.UnpackLOCKERROLE(out)
}

func seconds32(d time.Duration) (uint32, error) {
	s := d / time.Second
	if s < 0 || s > math.MaxUint32 {
		return 0, cohort.Errorf(cohort.EInvalid, "duration %v out of range", d)
	}
	return uint32(s), nil
}

// ---- token ----

// Transfer sends amount tokens from an account.
func (c *Conn) Transfer(ctx context.Context, from *Account, to common.Address, amount *big.Int) (*types.Receipt, error) {
	return c.Send(ctx, from, Tx{To: c.Suite().Token, Data: c.k.token.PackTransfer(to, amount), What: "token transfer"})
}

// Approve lets spender take amount tokens from the account.
func (c *Conn) Approve(ctx context.Context, from *Account, spender common.Address, amount *big.Int) (*types.Receipt, error) {
	return c.Send(ctx, from, Tx{To: c.Suite().Token, Data: c.k.token.PackApprove(spender, amount), What: "token approve"})
}

// TokenBalance returns an address's token balance.
func (c *Conn) TokenBalance(ctx context.Context, who common.Address) (*big.Int, error) {
	out, err := c.Call(ctx, c.Suite().Token, c.k.token.PackBalanceOf(who), "token balance")
	if err != nil {
		return nil, err
	}
	return c.k.token.UnpackBalanceOf(out)
}

// SendETH moves native currency (for gas) between accounts.
func (c *Conn) SendETH(ctx context.Context, from *Account, to common.Address, amount *big.Int) (*types.Receipt, error) {
	return c.Send(ctx, from, Tx{To: to, Value: amount, What: "send ether"})
}

// ---- registry ----

// NodeProfile is what a node registers.
type NodeProfile struct {
	Roles      []cohort.Role
	Endpoint   string
	CPUCores   uint16
	MemoryMB   uint32
	GPUCount   uint16
	GPUModel   string
	HourlyRate *big.Int
}

func (p NodeProfile) hw() bindings.Hardware {
	return bindings.Hardware{CpuCores: p.CPUCores, MemoryMB: p.MemoryMB, GpuCount: p.GPUCount, GpuModel: p.GPUModel}
}

// Register registers the account as a node with an initial stake (approving the registry first when
// stake is positive).
func (c *Conn) Register(ctx context.Context, from *Account, p NodeProfile, stake *big.Int) (*types.Receipt, error) {
	bits, err := RoleBits(p.Roles...)
	if err != nil {
		return nil, err
	}
	if p.HourlyRate == nil {
		p.HourlyRate = new(big.Int)
	}
	if stake == nil {
		stake = new(big.Int)
	}
	if stake.Sign() > 0 {
		if _, err := c.Approve(ctx, from, c.Suite().Registry, stake); err != nil {
			return nil, err
		}
	}
	return c.Send(ctx, from, Tx{To: c.Suite().Registry, Data: c.k.registry.PackRegister(bits, p.Endpoint, p.hw(), p.HourlyRate, stake), What: "register node"})
}

// UpdateProfile changes the account's roles, endpoint, hardware and rate.
func (c *Conn) UpdateProfile(ctx context.Context, from *Account, p NodeProfile) (*types.Receipt, error) {
	bits, err := RoleBits(p.Roles...)
	if err != nil {
		return nil, err
	}
	if p.HourlyRate == nil {
		p.HourlyRate = new(big.Int)
	}
	return c.Send(ctx, from, Tx{To: c.Suite().Registry, Data: c.k.registry.PackUpdateProfile(bits, p.Endpoint, p.hw(), p.HourlyRate), What: "update profile"})
}

// Stake tops up the account's stake (approve, then stake).
func (c *Conn) Stake(ctx context.Context, from *Account, amount *big.Int) (*types.Receipt, error) {
	if _, err := c.Approve(ctx, from, c.Suite().Registry, amount); err != nil {
		return nil, err
	}
	return c.Send(ctx, from, Tx{To: c.Suite().Registry, Data: c.k.registry.PackStake(amount), What: "stake"})
}

// RequestUnbond starts unbonding amount of the account's stake.
func (c *Conn) RequestUnbond(ctx context.Context, from *Account, amount *big.Int) (*types.Receipt, error) {
	return c.Send(ctx, from, Tx{To: c.Suite().Registry, Data: c.k.registry.PackRequestUnbond(amount), What: "request unbond"})
}

// WithdrawUnbonded withdraws the account's unbonded tokens.
func (c *Conn) WithdrawUnbonded(ctx context.Context, from *Account) (*types.Receipt, error) {
	return c.Send(ctx, from, Tx{To: c.Suite().Registry, Data: c.k.registry.PackWithdrawUnbonded(), What: "withdraw unbonded"})
}

// SetFrozen freezes or unfreezes a node (slasher role).
func (c *Conn) SetFrozen(ctx context.Context, from *Account, node common.Address, frozen bool) (*types.Receipt, error) {
	return c.Send(ctx, from, Tx{To: c.Suite().Registry, Data: c.k.registry.PackSetFrozen(node, frozen), What: "set frozen"})
}

// Slash takes amount from a node's stake and unbonding tokens and sends it to `to` (slasher role).
func (c *Conn) Slash(ctx context.Context, from *Account, node common.Address, amount *big.Int, to common.Address) (*types.Receipt, error) {
	return c.Send(ctx, from, Tx{To: c.Suite().Registry, Data: c.k.registry.PackSlash(node, amount, to), What: "slash"})
}

// SetReputation sets a node's reputation in basis points (scorer role).
func (c *Conn) SetReputation(ctx context.Context, from *Account, node common.Address, rep uint16) (*types.Receipt, error) {
	return c.Send(ctx, from, Tx{To: c.Suite().Registry, Data: c.k.registry.PackSetReputation(node, rep), What: "set reputation"})
}

// GrantScorer gives node the registry's SCORER_ROLE (admin), so that it may publish reputations:
// the validators of a subnet, whose scores of miners are their weights.
func (c *Conn) GrantScorer(ctx context.Context, admin *Account, node common.Address) (*types.Receipt, error) {
	role, err := c.registryRole(ctx, c.k.registry.PackSCORERROLE())
	if err != nil {
		return nil, err
	}
	return c.Send(ctx, admin, Tx{To: c.Suite().Registry, Data: c.k.registry.PackGrantRole(role, node), What: "grant scorer role"})
}

// SetMinStake sets one role's minimum stake (admin).
func (c *Conn) SetMinStake(ctx context.Context, from *Account, role cohort.Role, amount *big.Int) (*types.Receipt, error) {
	bit, err := RoleBits(role)
	if err != nil {
		return nil, err
	}
	return c.Send(ctx, from, Tx{To: c.Suite().Registry, Data: c.k.registry.PackSetMinStake(bit, amount), What: "set min stake"})
}

// NodeInfo is one registered node as `cohort market nodes` shows it.
type NodeInfo struct {
	Address    common.Address `json:"address"`
	Roles      []cohort.Role  `json:"roles"`
	Endpoint   string         `json:"endpoint"`
	CPUCores   uint16         `json:"cpu_cores"`
	MemoryMB   uint32         `json:"memory_mb"`
	GPUCount   uint16         `json:"gpu_count"`
	GPUModel   string         `json:"gpu_model,omitempty"`
	HourlyRate Amount         `json:"hourly_rate"`
	Reputation uint16         `json:"reputation_bps"`
	Stake      Amount         `json:"stake"`
	Unbonding  Amount         `json:"unbonding"`
	UnbondAt   uint64         `json:"unbond_at,omitempty"`
	Bonded     Amount         `json:"bonded"` // bonded to running tasks until their final state
	Frozen     bool           `json:"frozen"`
	Registered bool           `json:"registered"`
}

// Node reads one node's record.
func (c *Conn) Node(ctx context.Context, addr common.Address) (NodeInfo, error) {
	reg := c.Suite().Registry
	out, err := c.Call(ctx, reg, c.k.registry.PackNodeInfo(addr), "node info")
	if err != nil {
		return NodeInfo{}, err
	}
	n, err := c.k.registry.UnpackNodeInfo(out)
	if err != nil {
		return NodeInfo{}, fmt.Errorf("decode node info: %w", err)
	}
	info := NodeInfo{Address: addr, Roles: RoleNames(n.Roles), CPUCores: n.CpuCores, MemoryMB: n.MemoryMB,
		GPUCount: n.GpuCount, HourlyRate: Amount{n.HourlyRate}, Reputation: n.Reputation, Stake: Amount{n.Stake},
		Unbonding: Amount{n.Unbonding}, UnbondAt: n.UnbondAt, Bonded: Amount{n.Bonded}, Frozen: n.Frozen, Registered: n.Registered}
	if !n.Registered {
		return info, nil
	}
	if out, err = c.Call(ctx, reg, c.k.registry.PackEndpointOf(addr), "node endpoint"); err != nil {
		return info, err
	}
	if info.Endpoint, err = c.k.registry.UnpackEndpointOf(out); err != nil {
		return info, fmt.Errorf("decode endpoint: %w", err)
	}
	if out, err = c.Call(ctx, reg, c.k.registry.PackGpuModelOf(addr), "node gpu model"); err != nil {
		return info, err
	}
	if info.GPUModel, err = c.k.registry.UnpackGpuModelOf(out); err != nil {
		return info, fmt.Errorf("decode gpu model: %w", err)
	}
	return info, nil
}

// Nodes lists up to limit registered nodes from offset.
func (c *Conn) Nodes(ctx context.Context, offset, limit int) ([]NodeInfo, error) {
	out, err := c.Call(ctx, c.Suite().Registry, c.k.registry.PackNodes(big.NewInt(int64(offset)), big.NewInt(int64(limit))), "list nodes")
	if err != nil {
		return nil, err
	}
	addrs, err := c.k.registry.UnpackNodes(out)
	if err != nil {
		return nil, fmt.Errorf("decode node list: %w", err)
	}
	infos := make([]NodeInfo, 0, len(addrs))
	for _, a := range addrs {
		n, err := c.Node(ctx, a)
		if err != nil {
			return nil, err
		}
		infos = append(infos, n)
	}
	return infos, nil
}
