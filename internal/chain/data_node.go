package chain

import (
	"context"
	"encoding/hex"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cohort-net/cohort"
)

// This file is what authorizer nodes and data owners need of the DataRegistry beyond data.go: the
// suite's registry, its validation orders as a confirmed event stream, the service endpoint format
// that carries the provider's sealing key, and the check a trainer makes of a dataset's attestations.

// DataRegistry returns a handle on the suite's DataRegistry (EInvalid when the suite has none).
func (c *Conn) DataRegistry() (*DataRegistry, error) {
	a := c.Suite().DataRegistry
	if a == (common.Address{}) {
		return nil, cohort.Errorf(cohort.EInvalid, "the suite's deployment record names no DataRegistry")
	}
	return c.DataRegistryAt(a), nil
}

// OrderEvent is a ValidationOrdered log: a data owner ordered a service's validation of a dataset.
type OrderEvent struct {
	Block     uint64
	Removed   bool // a reorg took it back
	OrderID   uint64
	ServiceID uint64
	Client    cohort.NodeID
	Manifest  [32]byte // the dataset manifest's SHA-256: its CID is the raw-block CIDv1 of this digest
	Fee       *big.Int
	Deadline  time.Time
}

// DecodeOrderLog decodes a DataRegistry ValidationOrdered log; ok is false for any other log.
func (d *DataRegistry) DecodeOrderLog(l types.Log) (ev OrderEvent, ok bool) {
	if l.Address != d.addr {
		return ev, false
	}
	e, err := d.abi.UnpackValidationOrderedEvent(&l)
	if err != nil || !e.OrderId.IsUint64() || !e.ServiceId.IsUint64() {
		return ev, false
	}
	return OrderEvent{Block: l.BlockNumber, Removed: l.Removed, OrderID: e.OrderId.Uint64(), ServiceID: e.ServiceId.Uint64(),
		Client: cohort.NodeID(e.Client), Manifest: e.Manifest, Fee: e.Fee, Deadline: time.Unix(int64(e.Deadline), 0).UTC()}, true
}

// WatchOrders returns a watcher of the registry's ValidationOrdered events from block from on.
func (d *DataRegistry) WatchOrders(from, confirmations uint64) *EventWatcher[OrderEvent] {
	id := d.abi.GetABI().Events["ValidationOrdered"].ID
	w := d.c.NewWatcher(WatchOptions{Addresses: []common.Address{d.addr}, Topics: [][]common.Hash{{id}}, From: from, Confirmations: confirmations})
	return newEventWatcher(w, d.DecodeOrderLog)
}

// ServiceEndpoint is what an authorizer node lists as its service's endpoint: where it serves (its
// node URL) and the compressed secp256k1 public key data owners seal their data to. The key is on
// chain, set by the provider's own transaction, so a data owner trusts no transport to learn it.
type ServiceEndpoint struct {
	URL    string
	PubKey []byte // 33 bytes, compressed
}

const endpointKeyPrefix = "cohort-sealed:0x"

// String is the listed form: "<url> cohort-sealed:0x<hex key>".
func (e ServiceEndpoint) String() string {
	if len(e.PubKey) == 0 { // no key: the prefix alone would not parse back
		return strings.TrimSpace(e.URL)
	}
	return strings.TrimSpace(e.URL + " " + endpointKeyPrefix + hex.EncodeToString(e.PubKey))
}

// ParseServiceEndpoint reads a listed endpoint. A plain URL or description (a service listed by hand)
// parses with no PubKey.
func ParseServiceEndpoint(s string) (ServiceEndpoint, error) {
	var e ServiceEndpoint
	var rest []string
	for _, f := range strings.Fields(s) {
		if k, ok := strings.CutPrefix(f, endpointKeyPrefix); ok {
			b, err := hex.DecodeString(k)
			if err != nil || len(b) != 33 || (b[0] != 2 && b[0] != 3) {
				return e, cohort.Errorf(cohort.EInvalid, "service endpoint: sealing key %q: want 33 bytes compressed, hex", k)
			}
			e.PubKey = b
			continue
		}
		rest = append(rest, f)
	}
	e.URL = strings.Join(rest, " ")
	return e, nil
}

// ServicesOf returns the active services provider listed for schemaID (any schema when schemaID is
// zero), oldest first.
func (d *DataRegistry) ServicesOf(ctx context.Context, provider cohort.NodeID, schemaID [32]byte) ([]DataService, error) {
	const page = 200
	var out []DataService
	for off := uint64(0); ; off += page {
		ss, err := d.Services(ctx, off, page)
		if err != nil {
			return nil, err
		}
		for _, s := range ss {
			if s.Active && cohort.NodeID(s.Provider) == provider && (schemaID == [32]byte{} || s.SchemaID == schemaID) {
				out = append(out, s)
			}
		}
		if len(ss) < page {
			return out, nil
		}
	}
}

// PassedBy returns the first attestation of the dataset manifest that passed against schemaID by a
// node that is now a registered, unfrozen authorizer; ok is false when there is none.
func (d *DataRegistry) PassedBy(ctx context.Context, manifest, schemaID [32]byte) (a Attestation, ok bool, err error) {
	atts, err := d.Attestations(ctx, manifest)
	if err != nil {
		return a, false, err
	}
	for _, at := range atts {
		if !at.Pass || at.SchemaID != schemaID {
			continue
		}
		n, err := d.c.Node(ctx, at.Authorizer)
		if err != nil {
			return a, false, err
		}
		if n.Registered && !n.Frozen && hasRole(n.Roles, cohort.RoleAuthorizer) {
			return at, true, nil
		}
	}
	return a, false, nil
}

func hasRole(rs []cohort.Role, r cohort.Role) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}

// ParseHash32 parses 64 hex digits, 0x-prefixed or not.
func ParseHash32(s string) ([32]byte, error) {
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil || len(b) != 32 {
		return [32]byte{}, cohort.Errorf(cohort.EInvalid, "%q: want 0x and 64 hex digits", s)
	}
	return [32]byte(b), nil
}

// String returns the order as one line (for logs and the CLI).
func (o ValidationOrder) String() string {
	return fmt.Sprintf("order %d: service %d, client %s, manifest %s, fee %s, %s until %s", o.ID, o.ServiceID, o.Client.Hex(),
		o.Manifest.Hex(), FormatTokens(o.Fee), o.Status, o.Deadline.Format(time.RFC3339))
}
