package schema

import (
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"time"

	"golang.org/x/crypto/sha3"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/artifact"
)

// Signer signs a 32-byte digest with the authorizer's secp256k1 key (65-byte r||s||v, low s);
// identity.Key implements it.
type Signer interface {
	ID() cohort.NodeID
	Sign(digest [32]byte) ([]byte, error)
}

// Verifier checks a signature over a digest against a node id; identity.Verifier implements it.
type Verifier interface {
	Verify(id cohort.NodeID, digest [32]byte, sig []byte) error
}

// Domain is the EIP-712 domain of the contract that records quality attestations.
type Domain struct {
	Name              string        `json:"name"`
	Version           string        `json:"version"`
	ChainID           uint64        `json:"chain_id"`
	VerifyingContract cohort.NodeID `json:"verifying_contract"` // an address
}

// DefaultDomain is the domain name and version Cohort's contracts use, for the given chain and contract.
func DefaultDomain(chainID uint64, contract cohort.NodeID) Domain {
	return Domain{Name: "Cohort", Version: "1", ChainID: chainID, VerifyingContract: contract}
}

// QualityReportType is the EIP-712 type an authorizer signs; reportHash is keccak256 of the report's
// JSON (ReportHash), schemaId and dataId keccak256 of the binary CIDs.
const QualityReportType = "QualityReport(bytes32 schemaId,bytes32 dataId,bytes32 reportHash,uint64 rows," +
	"uint64 errors,uint64 warnings,bool passed,address authorizer,uint64 issuedAt)"

const domainType = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"

func keccak(parts ...[]byte) [32]byte {
	h := sha3.NewLegacyKeccak256()
	for _, p := range parts {
		h.Write(p)
	}
	var out [32]byte
	h.Sum(out[:0])
	return out
}

func word(v uint64) []byte {
	var w [32]byte
	binary.BigEndian.PutUint64(w[24:], v)
	return w[:]
}

func addrWord(a cohort.NodeID) []byte {
	var w [32]byte
	copy(w[12:], a[:])
	return w[:]
}

// Separator returns the EIP-712 domain separator.
func (d Domain) Separator() [32]byte {
	th, n, v := keccak([]byte(domainType)), keccak([]byte(d.Name)), keccak([]byte(d.Version))
	return keccak(th[:], n[:], v[:], word(d.ChainID), addrWord(d.VerifyingContract))
}

// ReportHash is keccak256 of the report's JSON encoding (encoding/json: struct fields in order, map
// keys sorted), the bytes an attestation's reportHash commits to.
func ReportHash(rep *Report) ([32]byte, error) {
	b, err := json.Marshal(rep)
	if err != nil {
		return [32]byte{}, fmt.Errorf("encode report: %w", err)
	}
	return keccak(b), nil
}

func cidHash(s string) ([32]byte, error) {
	c, err := artifact.ParseCID(s)
	if err != nil {
		return [32]byte{}, err
	}
	return keccak(c.Bytes()), nil
}

// Attestation is a report signed by an authorizer.
type Attestation struct {
	Report     *Report `json:"report"`
	Domain     Domain  `json:"domain"`
	Authorizer string  `json:"authorizer"`
	IssuedAt   uint64  `json:"issued_at"` // unix seconds
	Digest     string  `json:"digest"`    // 0x-hex EIP-712 digest
	Signature  string  `json:"signature"` // 0x-hex 65 bytes
}

// Digest returns the EIP-712 digest of rep signed by authorizer at issuedAt.
func Digest(d Domain, rep *Report, authorizer cohort.NodeID, issuedAt uint64) ([32]byte, error) {
	sid, err := cidHash(rep.SchemaID)
	if err != nil {
		return [32]byte{}, fmt.Errorf("schema id: %w", err)
	}
	did, err := cidHash(rep.DataCID)
	if err != nil {
		return [32]byte{}, fmt.Errorf("data cid: %w", err)
	}
	rh, err := ReportHash(rep)
	if err != nil {
		return [32]byte{}, err
	}
	passed := uint64(0)
	if rep.Passed {
		passed = 1
	}
	th := keccak([]byte(QualityReportType))
	sh := keccak(th[:], sid[:], did[:], rh[:], word(uint64(rep.Rows)), word(uint64(rep.Errors)),
		word(uint64(rep.Warnings)), word(passed), addrWord(authorizer), word(issuedAt))
	sep := d.Separator()
	return keccak([]byte{0x19, 0x01}, sep[:], sh[:]), nil
}

// Sign has the authorizer sign rep as EIP-712 typed data under domain d.
func Sign(d Domain, rep *Report, s Signer, now time.Time) (*Attestation, error) {
	at := uint64(now.Unix())
	dg, err := Digest(d, rep, s.ID(), at)
	if err != nil {
		return nil, err
	}
	sig, err := s.Sign(dg)
	if err != nil {
		return nil, fmt.Errorf("sign report: %w", err)
	}
	return &Attestation{Report: rep, Domain: d, Authorizer: s.ID().String(), IssuedAt: at,
		Digest: "0x" + hex.EncodeToString(dg[:]), Signature: "0x" + hex.EncodeToString(sig)}, nil
}

// Verify recomputes the attestation's digest from its report and checks the authorizer's signature.
// Errors are coded EUnauthorized (bad signature) or EInvalid (malformed).
func (a *Attestation) Verify(v Verifier) error {
	id, err := cohort.ParseNodeID(a.Authorizer)
	if err != nil {
		return err
	}
	if id.IsZero() {
		return cohort.Errorf(cohort.EInvalid, "attestation: zero authorizer address")
	}
	dg, err := Digest(a.Domain, a.Report, id, a.IssuedAt)
	if err != nil {
		return err
	}
	if "0x"+hex.EncodeToString(dg[:]) != a.Digest {
		return cohort.Errorf(cohort.EUnauthorized, "attestation: digest does not match the report")
	}
	sig, err := hex.DecodeString(trim0x(a.Signature))
	if err != nil {
		return cohort.Errorf(cohort.EInvalid, "attestation: signature: %v", err)
	}
	if err := v.Verify(id, dg, sig); err != nil {
		return &cohort.Error{Code: cohort.EUnauthorized, Message: "attestation: bad signature", Err: err}
	}
	return nil
}

func trim0x(s string) string {
	if len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		return s[2:]
	}
	return s
}
