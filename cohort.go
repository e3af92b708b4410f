// Package cohort holds the domain types that every Cohort package shares: node identities, task and
// round identifiers, roles, and the one coded error type that the API edge turns into status codes.
//
// It imports nothing from the project and no third-party module, so every other package may depend on it.
package cohort

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// NodeID is a node's identity: the 20-byte Ethereum address of its secp256k1 key.
type NodeID [20]byte

// String returns the 0x-prefixed lower-case hex form.
func (id NodeID) String() string { return "0x" + hex.EncodeToString(id[:]) }

// MarshalText writes the hex form, so JSON documents, logs and configs show addresses as 0x… strings.
func (id NodeID) MarshalText() ([]byte, error) { return []byte(id.String()), nil }

// UnmarshalText parses the hex form.
func (id *NodeID) UnmarshalText(b []byte) error {
	v, err := ParseNodeID(string(b))
	if err != nil {
		return err
	}
	*id = v
	return nil
}

// UnmarshalJSON reads the hex string, and the array of 20 byte values that documents written before
// NodeID had a text form hold (coordinator stores keep their specs).
func (id *NodeID) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '[' {
		var a []byte
		if err := json.Unmarshal(b, &a); err != nil || len(a) != len(id) {
			return Errorf(EInvalid, "node id: want 20 byte values or a hex string")
		}
		copy(id[:], a)
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return Errorf(EInvalid, "node id: want a 0x-prefixed hex string: %v", err)
	}
	return id.UnmarshalText([]byte(s))
}

// IsZero reports whether id is the zero address, which never names a node.
func (id NodeID) IsZero() bool { return id == NodeID{} }

// ParseNodeID parses a 0x-prefixed or bare 40-digit hex address.
func ParseNodeID(s string) (NodeID, error) {
	var id NodeID
	s = strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	if len(s) != 40 {
		return id, Errorf(EInvalid, "node id %q: want 40 hex digits", s)
	}
	if _, err := hex.Decode(id[:], []byte(s)); err != nil {
		return id, Errorf(EInvalid, "node id %q: %v", s, err)
	}
	return id, nil
}

// Role is one job a node can do; a node enables roles in its config.
type Role string

// The roles of DESIGN.md.
const (
	RoleCoordinator Role = "coordinator"
	RoleTrainer     Role = "trainer"
	RoleAuthorizer  Role = "authorizer"
	RoleValidator   Role = "validator"
	RoleMiner       Role = "miner"
	RoleGateway     Role = "gateway"
)

// ErrorCode classifies a failure so the API edge can choose a status code without knowing its cause.
type ErrorCode string

// Error codes. Packages return them through Errorf or wrap sentinels that carry them.
const (
	EInvalid      ErrorCode = "invalid"      // malformed or out-of-range input (400)
	EUnauthorized ErrorCode = "unauthorized" // missing, forged or expired signature (401)
	EForbidden    ErrorCode = "forbidden"    // a valid signer without the right (403)
	ENotFound     ErrorCode = "not_found"    // no such task, round, block (404)
	EConflict     ErrorCode = "conflict"     // replayed nonce, a different duplicate, wrong state (409)
	ETooLarge     ErrorCode = "too_large"    // a payload over its limit (413)
	EUnavailable  ErrorCode = "unavailable"  // shutting down or a dependency is down (503)
	ERateLimited  ErrorCode = "rate_limited" // a caller over a public route's request rate (429)
	// ENotImplemented: a feature this server does not offer as configured, e.g. an inference mode (501).
	ENotImplemented ErrorCode = "not_implemented"
	EInternal       ErrorCode = "internal" // a bug or an unexpected failure (500)
)

// Error is Cohort's coded error. Message is safe to show to a remote caller; Err (optional) is the cause.
type Error struct {
	Code    ErrorCode
	Message string
	Err     error
}

func (e *Error) Error() string {
	// Errorf already formats the cause into Message; a hand-built Error may not have.
	if e.Err != nil && !strings.Contains(e.Message, e.Err.Error()) {
		return e.Message + ": " + e.Err.Error()
	}
	return e.Message
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code and formatted message. A %w verb wraps its operand.
func Errorf(code ErrorCode, format string, args ...any) error {
	err := fmt.Errorf(format, args...)
	return &Error{Code: code, Message: err.Error(), Err: errors.Unwrap(err)}
}

// Code returns the code of the first *Error in err's chain, EInternal for any other non-nil error,
// and "" for nil.
func Code(err error) ErrorCode {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EInternal
}
