package schema

import (
	"encoding/hex"
	"strings"
	"testing"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/identity"
)

func TestDomainSeparatorKnownVector(t *testing.T) {
	// keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
	// the well-known type hash.
	got := keccak([]byte(domainType))
	if h := hex.EncodeToString(got[:]); h != "8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f" {
		t.Fatalf("domain type hash %s", h)
	}
}

func TestSignAndVerify(t *testing.T) {
	s := mustParse(t, testSchema)
	rep := validateString(t, s, "a,b,c,d,y\n1,2,red,true,0\n2,3,green,false,1\n")
	key, err := identity.Generate()
	if err != nil {
		t.Fatal(err)
	}
	d := DefaultDomain(31337, cohort.NodeID{1, 2, 3})
	att, err := Sign(d, rep, key, time.Unix(1700000000, 0))
	if err != nil {
		t.Fatal(err)
	}
	if err := att.Verify(identity.Verifier{}); err != nil {
		t.Fatalf("verify: %v", err)
	}
	// Tampering with the report, the domain or the authorizer breaks the attestation.
	att.Report.Rows++
	if err := att.Verify(identity.Verifier{}); cohort.Code(err) != cohort.EUnauthorized {
		t.Fatalf("tampered report: %v", err)
	}
	att.Report.Rows--
	att.Domain.ChainID = 1
	if err := att.Verify(identity.Verifier{}); cohort.Code(err) != cohort.EUnauthorized {
		t.Fatalf("other chain: %v", err)
	}
	att.Domain.ChainID = 31337
	other, _ := identity.Generate()
	att.Authorizer = other.ID().String()
	if err := att.Verify(identity.Verifier{}); cohort.Code(err) != cohort.EUnauthorized {
		t.Fatalf("other authorizer: %v", err)
	}
	att.Authorizer = key.ID().String()
	sig, _ := hex.DecodeString(strings.TrimPrefix(att.Signature, "0x"))
	sig[5] ^= 1
	att.Signature = "0x" + hex.EncodeToString(sig)
	if err := att.Verify(identity.Verifier{}); err == nil {
		t.Fatal("a corrupted signature verified")
	}
}
