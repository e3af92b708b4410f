package chain

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/chain/bindings"
)

// The high-level actions `cohort gov propose` turns into calls; each returns one Tx for a Proposal.

// SlashAction is the judgement that slashes a frozen node: amount (at most the arbitration's cap) to
// the treasury or the case's harmed party, naming the case's dispute.
func (c *Conn) SlashAction(node common.Address, amount *big.Int, to common.Address, dispute [32]byte) (Tx, error) {
	if amount == nil || amount.Sign() <= 0 || amount.BitLen() > 96 {
		return Tx{}, cohort.Errorf(cohort.EInvalid, "slash amount %s out of range", amount)
	}
	return Tx{To: c.Suite().Arbitration, Data: c.gk.arb.PackSlash(node, amount, to, dispute),
		What: fmt.Sprintf("slash %s by %s to %s (dispute %x)", node.Hex(), FormatTokens(amount), to.Hex(), dispute)}, nil
}

// ReleaseAction is the judgement that releases a frozen node.
func (c *Conn) ReleaseAction(node common.Address, dispute [32]byte) Tx {
	return Tx{To: c.Suite().Arbitration, Data: c.gk.arb.PackRelease(node, dispute), What: fmt.Sprintf("release %s (dispute %x)", node.Hex(), dispute)}
}

// FreezeAction freezes a node and opens its case by proposal (dispute and harmed party named).
func (c *Conn) FreezeAction(node common.Address, dispute [32]byte, harmed common.Address) Tx {
	return Tx{To: c.Suite().Arbitration, Data: c.gk.arb.PackFreeze(node, dispute, harmed), What: fmt.Sprintf("freeze %s (dispute %x)", node.Hex(), dispute)}
}

// GrantRoleAction grants a role of one of the suite's contracts (by SuiteContracts name).
func (c *Conn) GrantRoleAction(contract, role string, to common.Address) (Tx, error) {
	at, ok := c.Suite().SuiteContracts()[contract]
	if !ok {
		return Tx{}, cohort.Errorf(cohort.EInvalid, "no contract %q in the suite", contract)
	}
	return Tx{To: at, Data: c.k.registry.PackGrantRole(RoleID(role), to), What: fmt.Sprintf("%s: grant %s to %s", contract, role, to.Hex())}, nil
}

// MarketParamNames are the names `--set-param NAME=VALUE` takes, TaskMarket.setParams's fields.
var MarketParamNames = []string{"treasury", "fee_bps", "attest_quorum", "dispute_window", "validator_share_bps", "trainer_bond", "validator_stake", "bid_bond"}

// MarketParams reads the market's current parameters.
func (c *Conn) MarketParams(ctx context.Context) (bindings.MarketParams, error) {
	var p bindings.MarketParams
	m, at := c.k.market, c.Suite().Market
	read := func(data []byte, what string) ([]byte, error) { return c.Call(ctx, at, data, "market "+what) }
	var errs []error
	get := func(data []byte, what string, set func([]byte) error) {
		out, err := read(data, what)
		if err == nil {
			err = set(out)
		}
		errs = append(errs, err)
	}
	get(m.PackTreasury(), "treasury", func(b []byte) (err error) { p.Treasury, err = m.UnpackTreasury(b); return })
	get(m.PackFeeBps(), "fee", func(b []byte) (err error) { p.FeeBps, err = m.UnpackFeeBps(b); return })
	get(m.PackAttestQuorum(), "quorum", func(b []byte) (err error) { p.AttestQuorum, err = m.UnpackAttestQuorum(b); return })
	get(m.PackDisputeWindow(), "dispute window", func(b []byte) (err error) { p.DisputeWindow, err = m.UnpackDisputeWindow(b); return })
	get(m.PackValidatorShareBps(), "validator share", func(b []byte) (err error) { p.ValidatorShareBps, err = m.UnpackValidatorShareBps(b); return })
	get(m.PackTrainerBond(), "trainer bond", func(b []byte) (err error) { p.TrainerBond, err = m.UnpackTrainerBond(b); return })
	get(m.PackValidatorStake(), "validator stake", func(b []byte) (err error) { p.ValidatorStake, err = m.UnpackValidatorStake(b); return })
	get(m.PackBidBond(), "bid bond", func(b []byte) (err error) { p.BidBond, err = m.UnpackBidBond(b); return })
	for _, err := range errs {
		if err != nil {
			return p, err
		}
	}
	return p, nil
}

// SetParamAction is the market's setParams with the current parameters and the named ones changed
// (NAME=VALUE: token amounts in tokens, the dispute window as a duration or seconds).
func (c *Conn) SetParamAction(ctx context.Context, assignments []string) (Tx, error) {
	p, err := c.MarketParams(ctx)
	if err != nil {
		return Tx{}, err
	}
	for _, a := range assignments {
		name, val, ok := strings.Cut(a, "=")
		if !ok {
			return Tx{}, cohort.Errorf(cohort.EInvalid, "--set-param %q: want NAME=VALUE", a)
		}
		if err := setMarketParam(&p, name, val); err != nil {
			return Tx{}, err
		}
	}
	return Tx{To: c.Suite().Market, Data: c.k.market.PackSetParams(p), What: "market setParams " + strings.Join(assignments, ",")}, nil
}

func setMarketParam(p *bindings.MarketParams, name, val string) error {
	bad := func(err error) error {
		return cohort.Errorf(cohort.EInvalid, "market parameter %s=%q: %v", name, val, err)
	}
	small := func(bits int) (uint64, error) { return strconv.ParseUint(val, 10, bits) }
	var err error
	var n uint64
	switch name {
	case "treasury":
		if !common.IsHexAddress(val) {
			return bad(fmt.Errorf("not an address"))
		}
		p.Treasury = common.HexToAddress(val)
	case "fee_bps":
		n, err = small(16)
		p.FeeBps = uint16(n)
	case "attest_quorum":
		n, err = small(8)
		p.AttestQuorum = uint8(n)
	case "validator_share_bps":
		n, err = small(16)
		p.ValidatorShareBps = uint16(n)
	case "dispute_window":
		var d time.Duration
		if d, err = time.ParseDuration(val); err != nil {
			if n, err = small(32); err == nil {
				d = time.Duration(n) * time.Second
			}
		}
		var s uint32
		if err == nil {
			s, err = seconds32(d)
		}
		p.DisputeWindow = s
	case "trainer_bond", "validator_stake", "bid_bond":
		var v *big.Int
		if v, err = ParseTokens(val); err == nil {
			*map[string]**big.Int{"trainer_bond": &p.TrainerBond, "validator_stake": &p.ValidatorStake, "bid_bond": &p.BidBond}[name] = v
		}
	default:
		names := append([]string(nil), MarketParamNames...)
		sort.Strings(names)
		return cohort.Errorf(cohort.EInvalid, "unknown market parameter %q (known: %s)", name, strings.Join(names, ", "))
	}
	if err != nil {
		return bad(err)
	}
	return nil
}

// CheckCall refuses a raw call the DAO could not make: a target outside the suite or a function not
// on the governor's list (the governor refuses both with UnknownFunction; this says so before signing).
func (c *Conn) CheckCall(ctx context.Context, tx Tx) error {
	g, err := c.governor()
	if err != nil {
		return err
	}
	if tx.To == g {
		return nil
	}
	if len(tx.Data) < 4 {
		return cohort.Errorf(cohort.EInvalid, "call to %s has no function selector", tx.To.Hex())
	}
	out, err := c.Call(ctx, g, c.gk.governor.PackCallable(tx.To, [4]byte(tx.Data[:4])), "governor callable")
	if err != nil {
		return err
	}
	ok, err := c.gk.governor.UnpackCallable(out)
	if err != nil {
		return err
	}
	if !ok {
		return cohort.Errorf(cohort.EInvalid, "the DAO may not call function 0x%x on %s (not on the governor's list: propose setCallable first)", tx.Data[:4], tx.To.Hex())
	}
	return nil
}

// ---- arbitration ----

// ArbitrationCase is a node's case in DAO arbitration.
type ArbitrationCase struct {
	Node     common.Address `json:"node"`
	Dispute  common.Hash    `json:"dispute"`
	Harmed   common.Address `json:"harmed"`
	Deadline uint64         `json:"deadline"`
	Open     bool           `json:"open"`
	Reports  uint8          `json:"reports"`
	Cap      Amount         `json:"slash_cap"`
}

// Case reads a node's arbitration case.
func (c *Conn) Case(ctx context.Context, node common.Address) (ArbitrationCase, error) {
	at, a := c.Suite().Arbitration, c.gk.arb
	out, err := c.Call(ctx, at, a.PackCaseOf(node), "arbitration case")
	if err != nil {
		return ArbitrationCase{}, extraRevert(err)
	}
	k, err := a.UnpackCaseOf(out)
	if err != nil {
		return ArbitrationCase{}, err
	}
	cs := ArbitrationCase{Node: node, Dispute: k.Dispute, Harmed: k.Harmed, Deadline: k.Deadline, Open: k.Open, Reports: k.Reports}
	if out, err = c.Call(ctx, at, a.PackSlashCap(node), "slash cap"); err != nil {
		return cs, extraRevert(err)
	}
	cap, err := a.UnpackSlashCap(out)
	cs.Cap = Amount{cap}
	return cs, err
}

// ReportNode is an active validator's report against node; the quorum-th report freezes it.
func (c *Conn) ReportNode(ctx context.Context, validator *Account, node common.Address, dispute [32]byte) (*types.Receipt, error) {
	r, err := c.Send(ctx, validator, Tx{To: c.Suite().Arbitration, Data: c.gk.arb.PackReport(node, dispute), What: "report node"})
	return r, extraRevert(err)
}

// ExpireCase applies the default outcome (release) to a case past its deadline: anyone.
func (c *Conn) ExpireCase(ctx context.Context, from *Account, node common.Address) (*types.Receipt, error) {
	r, err := c.Send(ctx, from, Tx{To: c.Suite().Arbitration, Data: c.gk.arb.PackExpire(node), What: "expire case"})
	return r, extraRevert(err)
}

// ---- guardian ----

// GuardianSubmit submits (and confirms) a call from a guardian signer; it runs once the threshold
// confirms. It returns the call's id.
func (c *Conn) GuardianSubmit(ctx context.Context, signer *Account, tx Tx) (uint64, *types.Receipt, error) {
	g, k := c.Suite().Guardian, c.gk.guardian
	out, err := c.Call(ctx, g, k.PackCallCount(), "guardian call count")
	if err != nil {
		return 0, nil, extraRevert(err)
	}
	n, err := k.UnpackCallCount(out)
	if err != nil {
		return 0, nil, err
	}
	r, err := c.Send(ctx, signer, Tx{To: g, Data: k.PackSubmit(tx.To, tx.Data), What: "guardian submit: " + tx.What})
	return n.Uint64(), r, extraRevert(err)
}

// GuardianConfirm confirms a submitted guardian call.
func (c *Conn) GuardianConfirm(ctx context.Context, signer *Account, id uint64) (*types.Receipt, error) {
	r, err := c.Send(ctx, signer, Tx{To: c.Suite().Guardian, Data: c.gk.guardian.PackConfirm(new(big.Int).SetUint64(id)), What: "guardian confirm"})
	return r, extraRevert(err)
}

// PauseRequestsCall is the guardian's call that stops new inference requests.
func (c *Conn) PauseRequestsCall() Tx {
	return Tx{To: c.Suite().InferenceOracle, Data: bindings.NewInferenceOracle().PackPauseRequests(), What: "pause inference requests"}
}

// GovInfo is the DAO as the chain has it now (`cohort gov params`): its contracts and parameters.
type GovInfo struct {
	Governor          common.Address   `json:"governor"`
	Timelock          common.Address   `json:"timelock"`
	Votes             common.Address   `json:"votes"`
	Arbitration       common.Address   `json:"arbitration"`
	Guardian          common.Address   `json:"guardian,omitzero"`
	QuorumPercent     uint64           `json:"quorum_percent"`
	VotingDelay       uint64           `json:"voting_delay_s"`
	VotingPeriod      uint64           `json:"voting_period_s"`
	TimelockDelay     uint64           `json:"timelock_delay_s"`
	StakedSupply      Amount           `json:"staked_supply"`
	Guardians         []common.Address `json:"guardians"`
	GuardianThreshold uint8            `json:"guardian_threshold"`
	JudgeWindow       uint32           `json:"judge_window_s"`
	MaxSlashBps       uint16           `json:"max_slash_bps"`
	ReportQuorum      uint8            `json:"report_quorum"`
	Treasury          common.Address   `json:"treasury"`
}

// Gov reads the DAO's contracts and parameters from the chain.
func (c *Conn) Gov(ctx context.Context) (GovInfo, error) {
	s, k := c.Suite(), c.gk
	info := GovInfo{Governor: s.Governor, Timelock: s.Timelock, Votes: s.Votes, Arbitration: s.Arbitration, Guardian: s.Guardian}
	if s.Governor == (common.Address{}) {
		return info, cohort.Errorf(cohort.EInvalid, "the suite has no DAO governor")
	}
	var errs []error
	read := func(at common.Address, data []byte, set func([]byte) error) {
		out, err := c.Call(ctx, at, data, "governance parameters")
		if err == nil {
			err = set(out)
		}
		errs = append(errs, err)
	}
	u64 := func(to *uint64, unpack func([]byte) (*big.Int, error)) func([]byte) error {
		return func(b []byte) error {
			v, err := unpack(b)
			if err == nil {
				*to = v.Uint64()
			}
			return err
		}
	}
	gv, tl, arb := k.governor, k.timelock, k.arb
	read(s.Governor, gv.PackQuorumNumerator0(), u64(&info.QuorumPercent, gv.UnpackQuorumNumerator0))
	read(s.Governor, gv.PackVotingDelay(), u64(&info.VotingDelay, gv.UnpackVotingDelay))
	read(s.Governor, gv.PackVotingPeriod(), u64(&info.VotingPeriod, gv.UnpackVotingPeriod))
	read(s.Timelock, tl.PackGetMinDelay(), u64(&info.TimelockDelay, tl.UnpackGetMinDelay))
	read(s.Votes, k.votes.PackTotalSupply(), func(b []byte) (err error) { info.StakedSupply.Int, err = k.votes.UnpackTotalSupply(b); return })
	read(s.Arbitration, arb.PackJudgeWindow(), func(b []byte) (err error) { info.JudgeWindow, err = arb.UnpackJudgeWindow(b); return })
	read(s.Arbitration, arb.PackMaxSlashBps(), func(b []byte) (err error) { info.MaxSlashBps, err = arb.UnpackMaxSlashBps(b); return })
	read(s.Arbitration, arb.PackReportQuorum(), func(b []byte) (err error) { info.ReportQuorum, err = arb.UnpackReportQuorum(b); return })
	read(s.Arbitration, arb.PackTreasury(), func(b []byte) (err error) { info.Treasury, err = arb.UnpackTreasury(b); return })
	if s.Guardian != (common.Address{}) {
		read(s.Guardian, k.guardian.PackSigners(), func(b []byte) (err error) { info.Guardians, err = k.guardian.UnpackSigners(b); return })
		read(s.Guardian, k.guardian.PackThreshold(), func(b []byte) (err error) { info.GuardianThreshold, err = k.guardian.UnpackThreshold(b); return })
	}
	for _, err := range errs {
		if err != nil {
			return info, extraRevert(err)
		}
	}
	return info, nil
}

// ParseDispute reads a dispute reference: 0x and 64 hex digits, or a decimal id (a TrainingDispute or
// task id) as a big-endian 32-byte word.
func ParseDispute(s string) ([32]byte, error) {
	var out [32]byte
	if strings.HasPrefix(s, "0x") && len(s) == 66 {
		b := common.FromHex(s)
		copy(out[:], b)
		return out, nil
	}
	n, ok := new(big.Int).SetString(s, 10)
	if !ok || n.Sign() < 0 || n.BitLen() > 256 {
		return out, cohort.Errorf(cohort.EInvalid, "dispute %q: want a decimal id or 0x and 64 hex digits", s)
	}
	n.FillBytes(out[:])
	return out, nil
}
