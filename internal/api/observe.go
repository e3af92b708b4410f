package api

import (
	"net/http"

	"github.com/cohort-net/cohort"
)

// Refusal reasons Authenticate and ReadBody report to an ObserveRefusals observer.
const (
	RefuseSignature   = "bad_signature"  // missing, malformed, expired or forged signed header
	RefuseNotAdmitted = "not_admitted"   // a valid signer the route does not admit
	RefuseReplay      = "replay"         // a nonce already seen
	RefuseGuardFull   = "replay_guard"   // the replay guard has no room for the signer
	RefuseTooLarge    = "body_too_large" // a body over the route's limit
	RefuseBudget      = "body_budget"    // the server's body bytes in flight are spent
	RefuseBadBody     = "bad_body"       // a body too slow, cut off, or not the one signed
	RefuseRate        = "rate_limit"     // a public route's request rate exceeded
)

// NewObservedServer is NewServer whose Authenticate and ReadBody calls tell refused the reason each
// time they refuse a caller (metrics count them). Handlers that check headers themselves report
// with Refused or RefusedHeader.
func NewObservedServer(h http.Handler, refused func(reason string)) *http.Server {
	b := NewBodyBudget(DefaultBodyBudget)
	b.refused = refused
	return newServer(h, b)
}

// Refused reports a refusal of r's caller with reason to its server's observer, if it has one.
func Refused(r *http.Request, reason string) {
	if c, ok := r.Context().Value(chargeKey{}).(*charge); ok && c.budget.refused != nil {
		c.budget.refused(reason)
	}
}

// RefusedHeader reports a signed header's refusal, by its error's code.
func RefusedHeader(r *http.Request, err error) {
	switch cohort.Code(err) {
	case cohort.EForbidden:
		Refused(r, RefuseNotAdmitted)
	case cohort.EConflict:
		Refused(r, RefuseReplay)
	case cohort.EUnavailable:
		Refused(r, RefuseGuardFull)
	default:
		Refused(r, RefuseSignature)
	}
}

// refusedBody reports a body's refusal, by its error's code.
func refusedBody(r *http.Request, err error) {
	switch cohort.Code(err) {
	case cohort.ETooLarge:
		Refused(r, RefuseTooLarge)
	case cohort.EUnavailable:
		Refused(r, RefuseBudget)
	case cohort.EConflict:
		Refused(r, RefuseReplay)
	default:
		Refused(r, RefuseBadBody)
	}
}
