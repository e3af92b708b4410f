package chain

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/chain/bindings"
)

// RevertError is a decoded revert: a custom error of the suite, Error(string), or Panic(uint256).
type RevertError struct {
	Name string         // "NotEligible", "Error", "Panic", or "" when undecodable
	Args map[string]any // the custom error's arguments by name
	Raw  []byte         // the revert data
}

func (e *RevertError) Error() string {
	if e.Name == "" {
		if len(e.Raw) == 0 {
			return "reverted without reason"
		}
		return "reverted with unknown error 0x" + common.Bytes2Hex(e.Raw)
	}
	if e.Name == "Error" {
		return fmt.Sprintf("reverted: %v", e.Args["reason"])
	}
	code := e.Name
	if len(e.Args) != 0 {
		code += formatArgs(e.Args)
	}
	if w, ok := revertWords[e.Name]; ok {
		return w + " (" + code + ")"
	}
	return code
}

// revertWords says in words what the market's and the registry's custom errors mean; the CLI prints
// them before the error's name and arguments.
var revertWords = map[string]string{
	"InvalidParams":         "a parameter is out of range",
	"UnknownTask":           "no such task",
	"WrongStatus":           "the task is not in a state that allows this",
	"NotPublisher":          "only the task's publisher may do this",
	"NotCoordinator":        "only the task's coordinator may commit rounds",
	"NotEligible":           "the node may not bid: not an active trainer, too little free stake for the bid and trainer bonds, or below the task's reputation or hardware",
	"RateTooHigh":           "the bid's rate is above the task's maximum",
	"BiddingClosed":         "bidding has closed",
	"BiddingOpen":           "bidding is still open: only the publisher may select now",
	"AlreadyBid":            "the node already bid on this task",
	"NoBid":                 "no bid (or no bond left) to withdraw: a selected node's bond is released when its task ends",
	"TooManyBids":           "the task's bid list is full",
	"NoBids":                "the task has no bids",
	"NoEligibleBids":        "no bidder is still eligible (frozen, unstaked, or lost the trainer role)",
	"BadSelection":          "the strategy's selection does not fit the task's node count or budget",
	"WrongRound":            "rounds are committed in order",
	"TooManyRounds":         "the task's planned rounds are all committed",
	"NotSelected":           "the node was not selected for the task (or is named twice)",
	"DeadlinePassed":        "the task's execution deadline has passed",
	"NotExpired":            "the task's execution deadline has not passed",
	"NotValidator":          "not an active validator with the market's validator stake",
	"AlreadyAttested":       "this validator already attested the task",
	"ConflictOfInterest":    "a node that bid on the task may not attest it",
	"NoRounds":              "no round was committed yet: there is nothing to attest",
	"WrongCommitment":       "the attestation does not name the task's last round commitment",
	"MetricOutOfRange":      "the metric is outside its unit range (basis points, 0..10000)",
	"DisputeWindowOpen":     "the dispute window (or a dispute's deadline) has not passed",
	"DisputeWindowClosed":   "the dispute window has closed",
	"AlreadyDisputed":       "the task was already disputed once",
	"DisputeDeadlinePassed": "the dispute's deadline passed: the attestation stands",
	"AlreadySlashed":        "the node's bond for this task was already slashed",
	"InsufficientBalance":   "the balance is too small",
	"InsufficientStake":     "the stake is below the roles' minimum",
	"InsufficientBond":      "the node's free stake is smaller than the bond",
	"StillBonded":           "the unbonding delay has not passed",
	"NothingUnbonding":      "nothing is unbonding",
	"NodeFrozen":            "the node is frozen",
	"DelayTooShort":         "the unbonding delay may only grow",
	"DelayTooLong":          "the unbonding delay is over its 90-day maximum",
	"PrivacyBudgetExceeded": "the round would exceed the task's privacy budget",
	"EpsilonDecreased":      "the cumulative privacy spend may not decrease",
	"WrongTaskStatus":       "the task is not in a state that allows this (declare: open for bids; declare data: selected, before settlement; mint: settled)",
	"AlreadyDeclared":       "the task's base model (or data owners) were already declared",
	"BadDataOwners":         "the data owners list is empty, too long, or has a zero owner or sample count",
	"AlreadyMinted":         "the task's model was already minted",
	"NotAccepted":           "the task's attested metric is below its threshold: its model is not listed",
	"WrongModel":            "the CID, participants or epsilon are not the task's last round commitment",
	"WrongValidators":       "the validators are not exactly the task's attesters, in increasing address order",
	"BadRating":             "a rating is 1 to 5 stars",
	"AlreadyRated":          "this address already rated the model",
	"InvalidSplit":          "the royalty pools exceed 10,000 bps or the base royalty 5,000",
	"ClaimExceedsShare":     "the claim is more than the holder's share (of royalties, or of delegation rewards)",
	"InvalidRoyalty":        "the royalty is above 10,000 bps, or names a payee without bps (or bps without a payee)",
	"DelegationAlreadySet":  "the registry's delegation contract is set once",
	// SubnetRegistry and InferenceOracle's subnet check
	"UnknownSubnet":       "no such subnet",
	"InvalidSubnet":       "the subnet's standard is incomplete or out of range (the field is named)",
	"SubnetNotActive":     "the subnet is paused or retired",
	"WrongSubnetKind":     "the subnet is of the other kind (training or inference)",
	"NotTaskPublisher":    "only the task's publisher may attach it to a subnet",
	"TaskNotOpen":         "only an open task may be attached to a subnet",
	"TaskAlreadyAttached": "the task is already attached to a subnet",
	"SchedulerMismatch":   "the task's scheduler is not the subnet's",
	"SubnetMismatch":      "the model's verifying-key hash is not its subnet's, or the subnet is not active",
	// Delegation
	"NotRegistry":        "only the node registry may slash delegated stake",
	"PoolSlashedOut":     "the node's delegation pool was slashed to nothing: it takes no new delegations",
	"InsufficientShares": "more shares than the delegation holds",
	"CommissionTooHigh":  "the commission is above the 50% maximum",
	"StillUnbonding":     "the undelegation's unbonding delay has not passed",
	"Paused":             "the market's guardian paused new tasks and bids (withdrawals, settlements and refunds go on)",
	"ChallengePending":   "a training-verification challenge against one of the task's trainers is still open: settle after the game ends",
	// access and governance
	"AccessControlUnauthorizedAccount":  "the account lacks the role: after deployment only the DAO (a passed proposal through the timelock) holds admin roles",
	"OwnableUnauthorizedAccount":        "only the owner (the DAO's timelock) may do this",
	"UnknownFunction":                   "the DAO may not call this function (not on the governor's list: propose setCallable first)",
	"GovernorAlreadyCastVote":           "this account already voted on the proposal",
	"GovernorUnexpectedProposalState":   "the proposal is not in a state that allows this (voting not open yet or closed, not succeeded, not queued, or its timelock has not passed)",
	"GovernorNonexistentProposal":       "no such proposal",
	"GovernorOnlyExecutor":              "only the DAO's timelock may call this",
	"GovernorInsufficientProposerVotes": "the proposer has too few votes to propose",
	"GovernorRestrictedProposer":        "this proposer may not make this proposal",
	"GovernorInvalidProposalLength":     "the proposal's targets, values and calldatas differ in length (or are empty)",
	"GovernorInvalidVoteType":           "the vote must be for, against or abstain",
	"GovernorUnableToCancel":            "the proposal can no longer be cancelled by this account",
	"TimelockUnexpectedOperationState":  "the timelock operation is not ready (its delay has not passed) or already done",
	"TimelockUnauthorizedCaller":        "only the timelock itself may call this",
	"TimelockInsufficientDelay":         "the delay is below the timelock's minimum",
	"FailedCall":                        "a call the proposal made failed",
	"ERC20InsufficientBalance":          "the token balance is too small",
	"ERC20InsufficientAllowance":        "the token allowance is too small (approve first)",
	"CaseOpen":                          "the node already has an open arbitration case",
	"NoCase":                            "the node has no open arbitration case",
	"CaseExpired":                       "the case's judgement deadline passed: only the default outcome (release) applies now",
	"CaseNotExpired":                    "the case's judgement deadline has not passed",
	"WrongDispute":                      "the judgement names another dispute than the case",
	"SlashOverCap":                      "the slash is over the arbitration cap (a share of the node's stake and unbonding tokens)",
	"NotPayee":                          "a slash goes to the treasury or the case's harmed party only",
	"AlreadyReported":                   "this validator already reported the node",
	"InvalidSigners":                    "the guardian signers or threshold are invalid",
	"NotSigner":                         "not a guardian signer",
	"UnknownCall":                       "no such guardian call",
	"AlreadyConfirmed":                  "this guardian already confirmed the call",
	"AlreadyExecuted":                   "the guardian call already ran",
	"CallFailed":                        "the guardian call was refused by its target (guardians may only pause)",
	"RequestsPaused":                    "new inference requests are paused by the guardians",
}

func formatArgs(args map[string]any) string {
	keys := make([]string, 0, len(args))
	for k := range args {
		keys = append(keys, k)
	}
	// Stable order without importing sort for a handful of keys.
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	var b strings.Builder
	b.WriteString("(")
	for i, k := range keys {
		if i > 0 {
			b.WriteString(", ")
		}
		v := args[k]
		if a, ok := v.(common.Address); ok {
			v = a.Hex()
		}
		fmt.Fprintf(&b, "%s=%v", strings.TrimSuffix(k, "_"), v)
	}
	b.WriteString(")")
	return b.String()
}

// errorCodes maps the suite's custom errors to the coded error a CLI user or remote caller sees.
var errorCodes = map[string]cohort.ErrorCode{
	"AccessControlUnauthorizedAccount": cohort.EForbidden,
	"OwnableUnauthorizedAccount":       cohort.EForbidden,
	"NotPublisher":                     cohort.EForbidden,
	"NotCoordinator":                   cohort.EForbidden,
	"NotValidator":                     cohort.EForbidden,
	"NotEligible":                      cohort.EForbidden,
	"ConflictOfInterest":               cohort.EForbidden,
	"NodeFrozen":                       cohort.EForbidden,
	"UnknownTask":                      cohort.ENotFound,
	"NotRegistered":                    cohort.ENotFound,
	"WrongStatus":                      cohort.EConflict,
	"AlreadyBid":                       cohort.EConflict,
	"AlreadyAttested":                  cohort.EConflict,
	"AlreadyRegistered":                cohort.EConflict,
	"BiddingClosed":                    cohort.EConflict,
	"BiddingOpen":                      cohort.EConflict,
	"DeadlinePassed":                   cohort.EConflict,
	"NotExpired":                       cohort.EConflict,
	"DisputeWindowOpen":                cohort.EConflict,
	"DisputeWindowClosed":              cohort.EConflict,
	"StillBonded":                      cohort.EConflict,
	"NothingUnbonding":                 cohort.EConflict,
	"WrongRound":                       cohort.EConflict,
	"TooManyBids":                      cohort.EConflict,
	"NoBids":                           cohort.EConflict,
	"ReentrancyGuardReentrantCall":     cohort.EConflict,
	"NotSelected":                      cohort.EForbidden,
	"NoBid":                            cohort.ENotFound,
	"NoEligibleBids":                   cohort.EConflict,
	"NoRounds":                         cohort.EConflict,
	"TooManyRounds":                    cohort.EConflict,
	"WrongCommitment":                  cohort.EConflict,
	"MetricOutOfRange":                 cohort.EInvalid,
	"AlreadyDisputed":                  cohort.EConflict,
	"DisputeDeadlinePassed":            cohort.EConflict,
	"AlreadySlashed":                   cohort.EConflict,
	"InsufficientBond":                 cohort.EConflict,
	"DelayTooLong":                     cohort.EInvalid,
	"Paused":                           cohort.EConflict,
	"ChallengePending":                 cohort.EConflict,
}

var (
	errTableOnce sync.Once
	errTable     map[[4]byte]abi.Error
)

func errorTable() map[[4]byte]abi.Error {
	errTableOnce.Do(func() {
		errTable = make(map[[4]byte]abi.Error)
		for _, md := range []*bind.MetaData{&bindings.CohortTokenMetaData, &bindings.NodeRegistryMetaData,
			&bindings.TaskMarketMetaData, &bindings.HookTokenMetaData} {
			a, err := md.ParseABI()
			if err != nil {
				panic(fmt.Sprintf("generated ABI does not parse: %v", err)) // generated code: a broken invariant
			}
			for _, e := range a.Errors {
				var sel [4]byte
				copy(sel[:], e.ID[:4])
				errTable[sel] = e
			}
		}
	})
	return errTable
}

var (
	selError = [4]byte{0x08, 0xc3, 0x79, 0xa0} // Error(string)
	selPanic = [4]byte{0x4e, 0x48, 0x7b, 0x71} // Panic(uint256)
)

// DecodeRevert decodes revert data into a RevertError. It never fails: unknown data gives Name "".
func DecodeRevert(data []byte) *RevertError {
	e := &RevertError{Raw: bytes.Clone(data)}
	if len(data) < 4 {
		return e
	}
	var sel [4]byte
	copy(sel[:], data[:4])
	switch sel {
	case selError:
		strT, _ := abi.NewType("string", "", nil)
		vals, err := abi.Arguments{{Type: strT}}.Unpack(data[4:])
		if err == nil && len(vals) == 1 {
			e.Name, e.Args = "Error", map[string]any{"reason": vals[0]}
		}
		return e
	case selPanic:
		uintT, _ := abi.NewType("uint256", "", nil)
		vals, err := abi.Arguments{{Type: uintT}}.Unpack(data[4:])
		if err == nil && len(vals) == 1 {
			e.Name, e.Args = "Panic", map[string]any{"code": fmt.Sprintf("0x%x", vals[0].(*big.Int))}
		}
		return e
	}
	ae, ok := errorTable()[sel]
	if !ok {
		if ae, ok = extraErrTable()[sel]; !ok {
			return e
		}
	}
	vals, err := ae.Inputs.Unpack(data[4:])
	if err != nil {
		return e
	}
	e.Name = ae.Name
	e.Args = make(map[string]any, len(vals))
	for i, v := range vals {
		name := ae.Inputs[i].Name
		if name == "" {
			name = fmt.Sprintf("arg%d", i)
		}
		e.Args[name] = v
	}
	return e
}

// revertData extracts revert data from an RPC error (eth_call / eth_estimateGas answers carry it as
// a hex string in the JSON-RPC error's data field).
func revertData(err error) ([]byte, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	switch d := de.ErrorData().(type) {
	case string:
		b, derr := hexutil.Decode(d)
		if derr != nil {
			return nil, false
		}
		return b, true
	case []byte:
		return d, true
	}
	return nil, false
}

// revertError turns an RPC error into a coded error: a decoded revert gets the code of its custom error
// (EInvalid for the rest), a revert without data EConflict, anything else EUnavailable.
func (c *Conn) revertError(what string, err error) error {
	if data, ok := revertData(err); ok {
		re := DecodeRevert(data)
		code, known := errorCodes[re.Name]
		if !known {
			code, known = extraErrorCodes[re.Name]
		}
		if !known {
			code = cohort.EInvalid
			if re.Name == "Panic" || re.Name == "" {
				code = cohort.EInternal
			}
		}
		return wrap(code, what, re)
	}
	s := strings.ToLower(err.Error())
	switch {
	case strings.Contains(s, "execution reverted"):
		return wrap(cohort.EConflict, what, err)
	case strings.Contains(s, "insufficient funds"):
		return wrap(cohort.EInvalid, fmt.Sprintf("%s: account cannot pay for gas", what), err)
	case transient(err):
		return wrap(cohort.EUnavailable, what, err)
	}
	return fmt.Errorf("%s: %w", what, err)
}

// RevertName returns the custom error's name when err carries a decoded revert, else "".
func RevertName(err error) string {
	var re *RevertError
	if errors.As(err, &re) {
		return re.Name
	}
	return ""
}

// wrap returns a coded error whose message is what and whose cause is err, so that Error() reads
// "what: cause" once (cohort.Errorf with %w would repeat the cause).
func wrap(code cohort.ErrorCode, what string, err error) error {
	return &cohort.Error{Code: code, Message: what, Err: err}
}
