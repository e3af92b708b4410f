package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	gocid "github.com/ipfs/go-cid"
	multihash "github.com/multiformats/go-multihash"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/chain/bindings"
)

// MaxServiceEndpoint is the longest service endpoint or description DataRegistry accepts, in bytes.
const MaxServiceEndpoint = 256

// DataRegistry is a connection's handle on a deployed DataRegistry contract: authorizer nodes list data
// services and attest datasets' quality reports.
type DataRegistry struct {
	c    *Conn
	addr common.Address
	abi  *bindings.DataRegistry
}

// DeployDataRegistry deploys a DataRegistry bound to the suite's NodeRegistry, with fees in the suite's
// token and admin as its admin.
func (c *Conn) DeployDataRegistry(ctx context.Context, admin *Account) (*DataRegistry, error) {
	reg, token := c.Suite().Registry, c.Suite().Token
	if reg == (common.Address{}) || token == (common.Address{}) {
		return nil, cohort.Errorf(cohort.EInvalid, "deploy data registry: the connection has no suite (deploy or use one first)")
	}
	b := bindings.NewDataRegistry()
	code := append(common.FromHex(bindings.DataRegistryMetaData.Bin), b.PackConstructor(reg, token, admin.Addr)...)
	addr, _, err := c.Deploy(ctx, admin, code, "DataRegistry")
	if err != nil {
		return nil, extraRevert(err)
	}
	return &DataRegistry{c: c, addr: addr, abi: b}, nil
}

// DataRegistryAt returns a handle on a DataRegistry already deployed at addr.
func (c *Conn) DataRegistryAt(addr common.Address) *DataRegistry {
	return &DataRegistry{c: c, addr: addr, abi: bindings.NewDataRegistry()}
}

// Address returns the contract's address.
func (d *DataRegistry) Address() common.Address { return d.addr }

// DataService is one listed data service.
type DataService struct {
	ID       uint64         `json:"id"`
	Provider common.Address `json:"provider"`
	SchemaID common.Hash    `json:"schema_id"`
	Fee      *big.Int       `json:"fee"`
	Active   bool           `json:"active"`
	ListedAt time.Time      `json:"listed_at"`
	Endpoint string         `json:"endpoint"`
}

// QualityReport is what an authorizer attests about one dataset. Manifest is the SHA-256 digest of the
// dataset manifest's CID (see ManifestDigest); ReportHash the hash of the full report. Version orders
// one authorizer's reports on one dataset: the registry takes a report only above the version on
// record (StaleReport otherwise), so a correction cannot be undone by replaying an older signed report.
// AttestReport and SignReport fill a zero Version with NextVersion's.
type QualityReport struct {
	Manifest   common.Hash `json:"manifest"`
	SchemaID   common.Hash `json:"schema_id"`
	ReportHash common.Hash `json:"report_hash"`
	Pass       bool        `json:"pass"`
	Rows       uint64      `json:"rows"`
	Version    uint64      `json:"version"`
}

// Validate checks what the contract would reject.
func (r QualityReport) Validate() error {
	if r.Manifest == (common.Hash{}) || r.ReportHash == (common.Hash{}) {
		return cohort.Errorf(cohort.EInvalid, "quality report: manifest and report hash must be set")
	}
	return nil
}

func (r QualityReport) binding() bindings.QualityReport {
	return bindings.QualityReport{Manifest: r.Manifest, SchemaId: r.SchemaID, ReportHash: r.ReportHash, Pass: r.Pass, Rows: r.Rows,
		Version: r.Version}
}

// Attestation is one authorizer's attestation of one dataset. Paid says whether it paid an order
// already (each attestation pays one).
type Attestation struct {
	Authorizer common.Address `json:"authorizer"`
	Manifest   common.Hash    `json:"manifest"`
	SchemaID   common.Hash    `json:"schema_id"`
	ReportHash common.Hash    `json:"report_hash"`
	Pass       bool           `json:"pass"`
	Rows       uint64         `json:"rows"`
	Version    uint64         `json:"version"`
	AttestedAt time.Time      `json:"attested_at"`
	Paid       bool           `json:"paid"`
}

func (d *DataRegistry) send(ctx context.Context, from *Account, data []byte, what string) (*types.Receipt, error) {
	r, err := d.c.Send(ctx, from, Tx{To: d.addr, Data: data, What: what})
	return r, extraRevert(err)
}

func (d *DataRegistry) call(ctx context.Context, data []byte, what string) ([]byte, error) {
	out, err := d.c.Call(ctx, d.addr, data, what)
	return out, extraRevert(err)
}

func checkEndpoint(endpoint string) error {
	if len(endpoint) == 0 || len(endpoint) > MaxServiceEndpoint {
		return cohort.Errorf(cohort.EInvalid, "service endpoint: %d bytes, want 1 to %d", len(endpoint), MaxServiceEndpoint)
	}
	return nil
}

func checkFee(fee *big.Int) (*big.Int, error) {
	if fee == nil {
		return new(big.Int), nil
	}
	if fee.Sign() < 0 || fee.BitLen() > 96 {
		return nil, cohort.Errorf(cohort.EInvalid, "fee %s must be non-negative and fit in 96 bits", fee)
	}
	return fee, nil
}

// ListService lists a data service of the account (an active authorizer) and returns its id.
func (d *DataRegistry) ListService(ctx context.Context, from *Account, schemaID common.Hash, fee *big.Int, endpoint string) (uint64, *types.Receipt, error) {
	fee, err := checkFee(fee)
	if err != nil {
		return 0, nil, err
	}
	if err := checkEndpoint(endpoint); err != nil {
		return 0, nil, err
	}
	r, err := d.send(ctx, from, d.abi.PackListService(schemaID, fee, endpoint), "list data service")
	if err != nil {
		return 0, r, err
	}
	for _, l := range r.Logs {
		if ev, err := d.abi.UnpackServiceListedEvent(l); err == nil && l.Address == d.addr {
			return ev.ServiceId.Uint64(), r, nil
		}
	}
	return 0, r, cohort.Errorf(cohort.EInternal, "list data service: no ServiceListed event in %s", r.TxHash.Hex())
}

// UpdateService changes the fee and endpoint of one of the account's active services.
func (d *DataRegistry) UpdateService(ctx context.Context, from *Account, id uint64, fee *big.Int, endpoint string) (*types.Receipt, error) {
	fee, err := checkFee(fee)
	if err != nil {
		return nil, err
	}
	if err := checkEndpoint(endpoint); err != nil {
		return nil, err
	}
	return d.send(ctx, from, d.abi.PackUpdateService(new(big.Int).SetUint64(id), fee, endpoint), "update data service")
}

// DelistService delists a service (its provider, or the registry's admin).
func (d *DataRegistry) DelistService(ctx context.Context, from *Account, id uint64) (*types.Receipt, error) {
	return d.send(ctx, from, d.abi.PackDelistService(new(big.Int).SetUint64(id)), "delist data service")
}

func serviceFrom(id uint64, s bindings.DataService) DataService {
	return DataService{ID: id, Provider: s.Provider, SchemaID: s.SchemaId, Fee: s.Fee, Active: s.Active,
		ListedAt: time.Unix(int64(s.ListedAt), 0).UTC(), Endpoint: s.Endpoint}
}

// Service reads one service (cohort.ENotFound when there is no such id).
func (d *DataRegistry) Service(ctx context.Context, id uint64) (DataService, error) {
	out, err := d.call(ctx, d.abi.PackService(new(big.Int).SetUint64(id)), "data service")
	if err != nil {
		return DataService{}, err
	}
	s, err := d.abi.UnpackService(out)
	if err != nil {
		return DataService{}, fmt.Errorf("decode data service: %w", err)
	}
	return serviceFrom(id, s), nil
}

// Services lists up to limit services from id offset, delisted ones included (Active false).
func (d *DataRegistry) Services(ctx context.Context, offset, limit uint64) ([]DataService, error) {
	out, err := d.call(ctx, d.abi.PackServices(new(big.Int).SetUint64(offset), new(big.Int).SetUint64(limit)), "list data services")
	if err != nil {
		return nil, err
	}
	ss, err := d.abi.UnpackServices(out)
	if err != nil {
		return nil, fmt.Errorf("decode data services: %w", err)
	}
	res := make([]DataService, len(ss))
	for i, s := range ss {
		res[i] = serviceFrom(offset+uint64(i), s)
	}
	return res, nil
}

// AttestReport attests a quality report as the account (an active authorizer). A zero Version is
// filled with NextVersion's.
func (d *DataRegistry) AttestReport(ctx context.Context, from *Account, r QualityReport) (*types.Receipt, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	if err := d.fillVersion(ctx, from.Addr, &r); err != nil {
		return nil, err
	}
	return d.send(ctx, from, d.abi.PackAttest(r.binding()), "attest quality report")
}

// NextVersion returns a version for authorizer's next report on manifest: above the one on record and
// at least the current Unix time in milliseconds, so that a report made later (a correction)
// supersedes every report the authorizer signed before it, submitted or not.
func (d *DataRegistry) NextVersion(ctx context.Context, manifest common.Hash, authorizer common.Address) (uint64, error) {
	a, _, err := d.Attestation(ctx, manifest, authorizer)
	if err != nil {
		return 0, err
	}
	return max(a.Version+1, uint64(time.Now().UnixMilli())), nil
}

func (d *DataRegistry) fillVersion(ctx context.Context, authorizer common.Address, r *QualityReport) error {
	if r.Version != 0 {
		return nil
	}
	v, err := d.NextVersion(ctx, r.Manifest, authorizer)
	if err != nil {
		return fmt.Errorf("report version: %w", err)
	}
	r.Version = v
	return nil
}

// Order states.
const (
	OrderOpen     = "open"
	OrderPaid     = "paid"
	OrderRefunded = "refunded"
)

// MaxOrderTTL is the longest a validation order may stay open.
const MaxOrderTTL = 90 * 24 * time.Hour

// ValidationOrder is a data owner's paid order for a service's validation of one dataset.
type ValidationOrder struct {
	ID        uint64         `json:"id"`
	Client    common.Address `json:"client"`
	ServiceID uint64         `json:"service_id"`
	Manifest  common.Hash    `json:"manifest"`
	Fee       *big.Int       `json:"fee"`
	OrderedAt time.Time      `json:"ordered_at"`
	Deadline  time.Time      `json:"deadline"`
	Status    string         `json:"status"`
}

// OrderValidation orders a service's validation of a dataset as the account, approving the registry
// for the service's current fee first, and returns the order id. The order pays at most maxFee: a
// service whose fee is higher, here or when the transaction runs (FeeTooHigh), is refused. A nil
// maxFee is the fee read here, so a fee raised while the order is in flight is still refused.
func (d *DataRegistry) OrderValidation(ctx context.Context, from *Account, serviceID uint64, manifest common.Hash, ttl time.Duration,
	maxFee *big.Int) (uint64, *types.Receipt, error) {
	if ttl < time.Second || ttl > MaxOrderTTL {
		return 0, nil, cohort.Errorf(cohort.EInvalid, "order ttl %v, want 1s to %v", ttl, MaxOrderTTL)
	}
	if manifest == (common.Hash{}) {
		return 0, nil, cohort.Errorf(cohort.EInvalid, "order: no manifest")
	}
	s, err := d.Service(ctx, serviceID)
	if err != nil {
		return 0, nil, err
	}
	if maxFee == nil {
		maxFee = s.Fee
	}
	if maxFee, err = checkFee(maxFee); err != nil {
		return 0, nil, fmt.Errorf("max fee: %w", err)
	}
	if s.Fee.Cmp(maxFee) > 0 {
		return 0, nil, cohort.Errorf(cohort.EConflict, "service %d charges %s, over the most this order pays (%s)", serviceID, s.Fee, maxFee)
	}
	if s.Fee.Sign() > 0 {
		if _, err := d.c.Send(ctx, from, Tx{To: d.c.Suite().Token, Data: d.c.k.token.PackApprove(d.addr, s.Fee), What: "approve validation fee"}); err != nil {
			return 0, nil, err
		}
	}
	r, err := d.send(ctx, from, d.abi.PackOrderValidation(new(big.Int).SetUint64(serviceID), manifest, uint32(ttl/time.Second), maxFee), "order validation")
	if err != nil {
		return 0, r, err
	}
	for _, l := range r.Logs {
		if ev, err := d.abi.UnpackValidationOrderedEvent(l); err == nil && l.Address == d.addr {
			return ev.OrderId.Uint64(), r, nil
		}
	}
	return 0, r, cohort.Errorf(cohort.EInternal, "order validation: no ValidationOrdered event in %s", r.TxHash.Hex())
}

// PayOrder pays an open order's fee to the service's provider once it has attested the dataset
// between the order and its deadline, with an attestation that paid no other order, while it is an
// active authorizer (anyone may send it; the provider usually does).
func (d *DataRegistry) PayOrder(ctx context.Context, from *Account, id uint64) (*types.Receipt, error) {
	return d.send(ctx, from, d.abi.PackPayOrder(new(big.Int).SetUint64(id)), "pay validation order")
}

// RefundOrder refunds the account's open order after its deadline.
func (d *DataRegistry) RefundOrder(ctx context.Context, from *Account, id uint64) (*types.Receipt, error) {
	return d.send(ctx, from, d.abi.PackRefundOrder(new(big.Int).SetUint64(id)), "refund validation order")
}

// Order reads one order (cohort.ENotFound when unknown).
func (d *DataRegistry) Order(ctx context.Context, id uint64) (ValidationOrder, error) {
	out, err := d.call(ctx, d.abi.PackOrder(new(big.Int).SetUint64(id)), "validation order")
	if err != nil {
		return ValidationOrder{}, err
	}
	o, err := d.abi.UnpackOrder(out)
	if err != nil {
		return ValidationOrder{}, fmt.Errorf("decode validation order: %w", err)
	}
	v := ValidationOrder{ID: id, Client: o.Client, ServiceID: o.ServiceId, Manifest: o.Manifest, Fee: o.Fee,
		OrderedAt: time.Unix(int64(o.OrderedAt), 0).UTC(), Deadline: time.Unix(int64(o.Deadline), 0).UTC()}
	switch o.Status {
	case 1:
		v.Status = OrderOpen
	case 2:
		v.Status = OrderPaid
	case 3:
		v.Status = OrderRefunded
	default:
		v.Status = fmt.Sprintf("unknown(%d)", o.Status)
	}
	return v, nil
}

// SignedReport is a quality report signed by an authorizer (EIP-712) that anyone may submit, once, and
// only while the authorizer has no report on the dataset with its version or a higher one on record.
type SignedReport struct {
	Report     QualityReport  `json:"report"`
	Authorizer common.Address `json:"authorizer"`
	Deadline   time.Time      `json:"deadline"`
	Signature  []byte         `json:"signature"`
}

// EIP-712 type hashes of DataRegistry.
var (
	attestationTypeHash = crypto.Keccak256Hash([]byte("Attestation(bytes32 manifest,bytes32 schemaId,bytes32 reportHash,bool pass,uint64 rows,uint64 version,uint256 deadline)"))
	domainTypeHash      = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
)

func word(v *big.Int) []byte { return common.LeftPadBytes(v.Bytes(), 32) }

// AttestationDigest is the EIP-712 digest of a report (its version included) for the registry at addr
// on chainID: what the authorizer signs and what DataRegistry.attestationDigest returns.
func AttestationDigest(chainID *big.Int, registry common.Address, r QualityReport, deadline time.Time) common.Hash {
	domain := crypto.Keccak256(domainTypeHash[:], crypto.Keccak256([]byte("CohortDataRegistry")), crypto.Keccak256([]byte("1")),
		word(chainID), common.LeftPadBytes(registry[:], 32))
	pass := new(big.Int)
	if r.Pass {
		pass.SetInt64(1)
	}
	st := crypto.Keccak256(attestationTypeHash[:], r.Manifest[:], r.SchemaID[:], r.ReportHash[:], word(pass),
		word(new(big.Int).SetUint64(r.Rows)), word(new(big.Int).SetUint64(r.Version)), word(big.NewInt(deadline.Unix())))
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, domain, st)
}

// SignReport signs a report as the account for this registry with the given deadline. A zero Version
// is filled with NextVersion's (read from the chain).
func (d *DataRegistry) SignReport(ctx context.Context, signer *Account, r QualityReport, deadline time.Time) (*SignedReport, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	if err := d.fillVersion(ctx, signer.Addr, &r); err != nil {
		return nil, err
	}
	digest := AttestationDigest(d.c.ChainID(), d.addr, r, deadline)
	sig, err := signer.key.Sign(digest)
	if err != nil {
		return nil, fmt.Errorf("sign report: %w", err)
	}
	sig[64] += 27
	return &SignedReport{Report: r, Authorizer: signer.Addr, Deadline: deadline, Signature: sig}, nil
}

// AttestBySig submits a signed report from any account (which pays the gas).
func (d *DataRegistry) AttestBySig(ctx context.Context, from *Account, s *SignedReport) (*types.Receipt, error) {
	if err := s.Report.Validate(); err != nil {
		return nil, err
	}
	if len(s.Signature) != 65 {
		return nil, cohort.Errorf(cohort.EInvalid, "report signature: %d bytes, want 65", len(s.Signature))
	}
	return d.send(ctx, from, d.abi.PackAttestBySig(s.Report.binding(), s.Authorizer, big.NewInt(s.Deadline.Unix()), s.Signature), "attest signed quality report")
}

// Attestation reads one authorizer's attestation of a dataset; ok is false when there is none.
func (d *DataRegistry) Attestation(ctx context.Context, manifest common.Hash, authorizer common.Address) (Attestation, bool, error) {
	out, err := d.call(ctx, d.abi.PackAttestation(manifest, authorizer), "attestation")
	if err != nil {
		return Attestation{}, false, err
	}
	a, err := d.abi.UnpackAttestation(out)
	if err != nil {
		return Attestation{}, false, fmt.Errorf("decode attestation: %w", err)
	}
	if a.AttestedAt == 0 {
		return Attestation{}, false, nil
	}
	return Attestation{Authorizer: authorizer, Manifest: manifest, SchemaID: a.SchemaId, ReportHash: a.ReportHash, Pass: a.Pass,
		Rows: a.Rows, Version: a.Version, AttestedAt: time.Unix(int64(a.AttestedAt), 0).UTC(), Paid: a.Paid}, true, nil
}

// Attestations reads every authorizer's attestation of a dataset, in order of first attestation.
func (d *DataRegistry) Attestations(ctx context.Context, manifest common.Hash) ([]Attestation, error) {
	out, err := d.call(ctx, d.abi.PackAttesters(manifest), "attesters")
	if err != nil {
		return nil, err
	}
	addrs, err := d.abi.UnpackAttesters(out)
	if err != nil {
		return nil, fmt.Errorf("decode attesters: %w", err)
	}
	res := make([]Attestation, 0, len(addrs))
	for _, a := range addrs {
		at, ok, err := d.Attestation(ctx, manifest, a)
		if err != nil {
			return nil, err
		}
		if ok {
			res = append(res, at)
		}
	}
	return res, nil
}

// ---- revert decoding for the contracts of this file and oracle.go ----

// extraErrorCodes maps DataRegistry's, InferenceOracle's and ValidatorConsensus's custom errors to coded errors.
var extraErrorCodes = map[string]cohort.ErrorCode{
	"NotAuthorizer":           cohort.EForbidden,
	"NotProvider":             cohort.EForbidden,
	"NotModelOwner":           cohort.EForbidden,
	"NotRequester":            cohort.EForbidden,
	"WrongProver":             cohort.EForbidden,
	"InvalidSigner":           cohort.EUnauthorized,
	"SignatureExpired":        cohort.EUnauthorized,
	"UnknownService":          cohort.ENotFound,
	"UnknownModel":            cohort.ENotFound,
	"UnknownRequest":          cohort.ENotFound,
	"UnknownOrder":            cohort.ENotFound,
	"NotClient":               cohort.EForbidden,
	"OrderClosed":             cohort.EConflict,
	"OrderNotExpired":         cohort.EConflict,
	"NotAttested":             cohort.EConflict,
	"ServiceInactive":         cohort.EConflict,
	"StaleReport":             cohort.EConflict,
	"FeeTooHigh":              cohort.EConflict,
	"ProviderInactive":        cohort.EConflict,
	"AttestationOutsideOrder": cohort.EConflict,
	"AttestationSpent":        cohort.EConflict,
	"OutputOutOfRange":        cohort.EInvalid,
	"ModelExists":             cohort.EConflict,
	"ModelInactive":           cohort.EConflict,
	"NotPending":              cohort.EConflict,
	"RequestExpired":          cohort.EConflict,
	"NotExpired":              cohort.EConflict,
	"AlreadyDisputed":         cohort.EConflict,
	"NoDispute":               cohort.ENotFound,
	"NotYourMove":             cohort.EConflict,
	"Late":                    cohort.EConflict,
	"NotLate":                 cohort.EConflict,
	"AlreadyVoted":            cohort.EConflict,
	"NotEligible":             cohort.EForbidden,
	// ValidatorConsensus
	"NotScorable":        cohort.EForbidden,
	"NoCommitment":       cohort.EConflict,
	"CommitClosed":       cohort.EConflict,
	"RevealClosed":       cohort.EConflict,
	"AlreadyRevealed":    cohort.EConflict,
	"CommitmentMismatch": cohort.EConflict,
	"EpochNotOver":       cohort.EConflict,
	"AlreadyFinalized":   cohort.EConflict,
	"EpochOutOfOrder":    cohort.EConflict,
	"TooManyNodes":       cohort.EConflict,
	"TooManyValidators":  cohort.EConflict,
	"NothingToClaim":     cohort.EConflict,
	// ModelRegistry and RoyaltyToken
	"WrongTaskStatus":   cohort.EConflict,
	"AlreadyDeclared":   cohort.EConflict,
	"BadDataOwners":     cohort.EInvalid,
	"AlreadyMinted":     cohort.EConflict,
	"NotAccepted":       cohort.EConflict,
	"WrongModel":        cohort.EConflict,
	"WrongValidators":   cohort.EConflict,
	"BadRating":         cohort.EInvalid,
	"AlreadyRated":      cohort.EConflict,
	"InvalidSplit":      cohort.EInvalid,
	"ClaimExceedsShare": cohort.EConflict,
	"InvalidRoyalty":    cohort.EInvalid,
	// SubnetRegistry, InferenceOracle's subnet check
	"UnknownSubnet":       cohort.ENotFound,
	"InvalidSubnet":       cohort.EInvalid,
	"SubnetNotActive":     cohort.EConflict,
	"WrongSubnetKind":     cohort.EInvalid,
	"NotTaskPublisher":    cohort.EForbidden,
	"TaskNotOpen":         cohort.EConflict,
	"TaskAlreadyAttached": cohort.EConflict,
	"SchedulerMismatch":   cohort.EInvalid,
	"SubnetMismatch":      cohort.EConflict,
	// Delegation
	"NotRegistry":        cohort.EForbidden,
	"PoolSlashedOut":     cohort.EConflict,
	"InsufficientShares": cohort.EInvalid,
	"CommissionTooHigh":  cohort.EInvalid,
	"StillUnbonding":     cohort.EConflict,
	// governance: CohortGovernor, CohortVotes, CohortTimelock, DaoArbitration, GuardianMultisig
	"UnknownFunction":                   cohort.EInvalid,
	"GovernorAlreadyCastVote":           cohort.EConflict,
	"GovernorUnexpectedProposalState":   cohort.EConflict,
	"GovernorNonexistentProposal":       cohort.ENotFound,
	"GovernorOnlyExecutor":              cohort.EForbidden,
	"GovernorInsufficientProposerVotes": cohort.EForbidden,
	"GovernorRestrictedProposer":        cohort.EForbidden,
	"GovernorInvalidProposalLength":     cohort.EInvalid,
	"GovernorInvalidVoteType":           cohort.EInvalid,
	"GovernorUnableToCancel":            cohort.EForbidden,
	"TimelockUnexpectedOperationState":  cohort.EConflict,
	"TimelockUnauthorizedCaller":        cohort.EForbidden,
	"TimelockInsufficientDelay":         cohort.EInvalid,
	"FailedCall":                        cohort.EConflict,
	"ERC20InsufficientBalance":          cohort.EConflict,
	"ERC20InsufficientAllowance":        cohort.EConflict,
	"VotesExpiredSignature":             cohort.EInvalid,
	"CaseOpen":                          cohort.EConflict,
	"NoCase":                            cohort.ENotFound,
	"CaseExpired":                       cohort.EConflict,
	"CaseNotExpired":                    cohort.EConflict,
	"WrongDispute":                      cohort.EInvalid,
	"SlashOverCap":                      cohort.EInvalid,
	"NotPayee":                          cohort.EInvalid,
	"AlreadyReported":                   cohort.EConflict,
	"InvalidSigners":                    cohort.EInvalid,
	"NotSigner":                         cohort.EForbidden,
	"UnknownCall":                       cohort.ENotFound,
	"AlreadyConfirmed":                  cohort.EConflict,
	"AlreadyExecuted":                   cohort.EConflict,
	"CallFailed":                        cohort.EForbidden,
	"RequestsPaused":                    cohort.EConflict,
}

var extraErrTable = sync.OnceValue(func() map[[4]byte]abi.Error {
	t := make(map[[4]byte]abi.Error)
	for _, md := range []*bind.MetaData{&bindings.DataRegistryMetaData, &bindings.InferenceOracleMetaData, &bindings.OracleConsumerMetaData,
		&bindings.TrainingDisputeMetaData, &bindings.ValidatorConsensusMetaData, &bindings.ModelRegistryMetaData,
		&bindings.RoyaltyTokenMetaData, &bindings.SubnetRegistryMetaData, &bindings.DelegationMetaData,
		&bindings.CohortGovernorMetaData, &bindings.CohortVotesMetaData,
		&bindings.CohortTimelockMetaData, &bindings.DaoArbitrationMetaData, &bindings.GuardianMultisigMetaData} {
		a, err := md.ParseABI()
		if err != nil {
			panic(fmt.Sprintf("generated ABI does not parse: %v", err)) // generated code: a broken invariant
		}
		for _, e := range a.Errors {
			var sel [4]byte
			copy(sel[:], e.ID[:4])
			t[sel] = e
		}
	}
	return t
})

// extraRevert completes the decoding of a revert of DataRegistry or InferenceOracle: a custom error
// the suite's table (errors.go) did not decode gets its name and arguments, and every custom error of
// these contracts gets its code from extraErrorCodes (EInvalid when unlisted).
func extraRevert(err error) error {
	var re *RevertError
	if err == nil || !errors.As(err, &re) {
		return err
	}
	decoded := false
	if re.Name == "" && len(re.Raw) >= 4 {
		var sel [4]byte
		copy(sel[:], re.Raw[:4])
		ae, ok := extraErrTable()[sel]
		if !ok {
			return err
		}
		vals, uerr := ae.Inputs.Unpack(re.Raw[4:])
		if uerr != nil {
			return err
		}
		re.Name, decoded = ae.Name, true
		re.Args = make(map[string]any, len(vals))
		for i, v := range vals {
			name := ae.Inputs[i].Name
			if name == "" {
				name = fmt.Sprintf("arg%d", i)
			}
			re.Args[name] = v
		}
	}
	if len(re.Raw) >= 4 && re.Name != "" {
		_, decoded = extraErrTable()[[4]byte(re.Raw[:4])] // DecodeRevert names these errors too
	}
	code, known := extraErrorCodes[re.Name]
	if !known {
		code, known = errorCodes[re.Name]
	}
	if !known && !decoded {
		return err
	}
	if !known {
		code = cohort.EInvalid
	}
	var ce *cohort.Error
	if errors.As(err, &ce) {
		ce.Code = code
	}
	return err
}

// MaxCIDBytes bounds the CIDs ManifestDigest decodes.
const MaxCIDBytes = 128

// ManifestDigest returns the SHA-256 digest inside a dataset manifest's CID (binary form, CIDv1 or
// CIDv0), the value DataRegistry stores as the manifest. Other hash functions are refused.
func ManifestDigest(cidBytes []byte) (common.Hash, error) {
	if len(cidBytes) > MaxCIDBytes {
		return common.Hash{}, cohort.Errorf(cohort.ETooLarge, "manifest cid: %d bytes, limit %d", len(cidBytes), MaxCIDBytes)
	}
	n, c, err := gocid.CidFromBytes(cidBytes)
	if err != nil {
		return common.Hash{}, cohort.Errorf(cohort.EInvalid, "manifest cid: %v", err)
	}
	if n != len(cidBytes) {
		return common.Hash{}, cohort.Errorf(cohort.EInvalid, "manifest cid: %d trailing bytes", len(cidBytes)-n)
	}
	dm, err := multihash.Decode(c.Hash())
	if err != nil {
		return common.Hash{}, cohort.Errorf(cohort.EInvalid, "manifest cid: %v", err)
	}
	if dm.Code != multihash.SHA2_256 || len(dm.Digest) != 32 {
		return common.Hash{}, cohort.Errorf(cohort.EInvalid, "manifest cid: hash %s, want sha2-256", multihash.Codes[dm.Code])
	}
	return common.BytesToHash(dm.Digest), nil
}
