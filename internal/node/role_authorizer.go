package node

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ipfs/go-cid"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/api"
	"github.com/cohort-net/cohort/internal/artifact"
	"github.com/cohort-net/cohort/internal/artifact/sealed"
	"github.com/cohort-net/cohort/internal/atomicfile"
	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/schema"
)

// How a data owner hands an authorizer its data: it seals the CSV file to the key the authorizer's
// service lists on chain (and to itself), stores the envelope in the shared artifact store, and stores
// a dataset manifest (schema.DatasetManifest, Encrypted) as one raw block that names the envelope, the
// plaintext's CID and the owner's public key. The order carries the manifest's SHA-256, so the
// authorizer finds the manifest by CID, and everything it reads hashes to what the order commits to.
// The authorizer opens the envelope, checks the plaintext is the data the manifest names, validates it
// against the service's schema, seals its signed report to the owner, attests the report's hash on
// chain (pass or fail: the owner paid for the validation either way) and is paid for the order.

// authorizerRole lists a validation service per configured schema and serves the orders placed with
// them.
type authorizerRole struct {
	s        *system
	registry *chain.DataRegistry
	fee      *big.Int
	schemas  map[[32]byte]*schema.Schema // by on-chain schema id (the SHA-256 in the schema's CID)
	maxData  int64
	dir      string // <data_dir>/authorizer/orders: one record per order handled

	mu       sync.Mutex
	services map[uint64][32]byte // this node's active services: id -> schema id
}

// OrderRecord is what an authorizer node did with one validation order; GET /v1/orders/<id> serves it.
type OrderRecord struct {
	Order     uint64 `json:"order"`
	Manifest  string `json:"manifest_cid"`
	Attested  bool   `json:"attested"`
	Passed    bool   `json:"passed"`
	ReportCID string `json:"report_cid,omitempty"` // the signed report, sealed to the owner and the authorizer
	Reason    string `json:"reason,omitempty"`     // why the node did not attest
}

func newAuthorizerRole(s *system) (*authorizerRole, error) {
	c := s.cfg.Authorizer
	reg, err := s.conn.DataRegistry()
	if err != nil {
		return nil, err
	}
	fee, err := chain.ParseTokens(c.Fee)
	if err != nil {
		return nil, cohort.Errorf(cohort.EInvalid, "authorizer.fee %q: %v", c.Fee, err)
	}
	a := &authorizerRole{s: s, registry: reg, fee: fee, schemas: map[[32]byte]*schema.Schema{}, maxData: c.MaxDataMB << 20,
		dir: filepath.Join(s.cfg.DataDir, "authorizer", "orders"), services: map[uint64][32]byte{}}
	for _, p := range c.Schemas {
		sch, err := schema.Load(p)
		if err != nil {
			return nil, err
		}
		id, err := schemaDigest(sch)
		if err != nil {
			return nil, err
		}
		a.schemas[id] = sch
	}
	if err := os.MkdirAll(a.dir, 0o700); err != nil {
		return nil, err
	}
	return a, nil
}

func schemaDigest(s *schema.Schema) ([32]byte, error) {
	h, err := chain.ManifestDigest(s.ID().Bytes())
	return [32]byte(h), err
}

func (a *authorizerRole) name() string { return RoleAuthorizer }

func (a *authorizerRole) chainRoles() []cohort.Role { return []cohort.Role{cohort.RoleAuthorizer} }

// handle: an authorizer acts on the DataRegistry's orders (run), not on market events.
func (a *authorizerRole) handle(context.Context, chain.MarketEvent) error { return nil }

func (a *authorizerRole) routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /v1/orders/{id}", func(w http.ResponseWriter, r *http.Request) {
		id, err := strconv.ParseUint(r.PathValue("id"), 10, 64)
		if err != nil {
			api.WriteError(w, r, a.s.log, cohort.Errorf(cohort.EInvalid, "order id %q", r.PathValue("id")))
			return
		}
		rec, ok := a.record(id)
		if !ok {
			// Owners poll here until the node has seen their order: a "not yet", not worth a warning.
			api.WriteJSON(w, http.StatusNotFound, api.ErrorBody{Code: cohort.ENotFound, Message: fmt.Sprintf("order %d: not handled by this node (yet)", id)})
			return
		}
		api.WriteJSON(w, http.StatusOK, rec)
	})
}

// run lists the node's services, then serves the orders placed with them, from the suite's
// deployment block on, until ctx ends.
func (a *authorizerRole) run(ctx context.Context) error {
	for {
		err := a.listServices(ctx)
		if err == nil {
			break
		}
		if cohort.Code(err) != cohort.EUnavailable {
			return fmt.Errorf("list validation services: %w", err)
		}
		a.s.log.Warn("list validation services: retrying", "err", err)
		sleep(ctx, 2*time.Second)
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
	w := a.registry.WatchOrders(a.s.dep.Block, a.s.cfg.Chain.Confirmations)
	poll := a.s.cfg.Chain.Poll.D()
	if poll <= 0 {
		poll = time.Second
	}
	for {
		_, err := w.Poll(ctx, func(ev chain.OrderEvent) error {
			err := a.handleOrder(ctx, ev)
			if err != nil && ctx.Err() == nil && cohort.Code(err) != cohort.EUnavailable {
				a.s.log.Warn("validation order", "order", ev.OrderID, "err", err)
				return nil // not retried: the order stays open until its client takes the fee back
			}
			return err // retried from this order on
		})
		if err != nil && ctx.Err() == nil {
			a.s.log.Warn("order watcher: retrying", "err", err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(poll):
		}
	}
}

// listServices lists a service for every configured schema unless the node has an active one, and
// brings the fee and endpoint of those it has up to date.
func (a *authorizerRole) listServices(ctx context.Context) error {
	ep := chain.ServiceEndpoint{URL: a.s.endpoint, PubKey: a.s.key.CompressedPublicKey()}.String()
	if len(ep) > chain.MaxServiceEndpoint {
		ep = chain.ServiceEndpoint{PubKey: a.s.key.CompressedPublicKey()}.String()
	}
	for id, sch := range a.schemas {
		have, err := a.registry.ServicesOf(ctx, a.s.key.ID(), id)
		if err != nil {
			return err
		}
		if len(have) == 0 {
			sid, _, err := a.registry.ListService(ctx, a.s.acct, id, a.fee, ep)
			if err != nil {
				return fmt.Errorf("schema %s: %w", sch.Name, err)
			}
			a.s.log.Info("listed validation service", "service", sid, "schema", sch.Name, "schema_id", sch.ID(), "fee", a.s.cfg.Authorizer.Fee)
			have = append(have, chain.DataService{ID: sid})
		} else if have[0].Fee.Cmp(a.fee) != 0 || have[0].Endpoint != ep {
			if _, err := a.registry.UpdateService(ctx, a.s.acct, have[0].ID, a.fee, ep); err != nil {
				return fmt.Errorf("schema %s: update service %d: %w", sch.Name, have[0].ID, err)
			}
		}
		a.mu.Lock()
		for _, s := range have {
			a.services[s.ID] = id
		}
		a.mu.Unlock()
	}
	return nil
}

// handleOrder serves one order of this node's services: validates and attests the dataset unless the
// node attested it already, then collects the fee. Every step checks the chain first, so a replayed
// order sends no transaction twice. Only an unreachable chain or store is an error (retried).
func (a *authorizerRole) handleOrder(ctx context.Context, ev chain.OrderEvent) error {
	if ev.Removed {
		return nil
	}
	a.mu.Lock()
	schemaID, mine := a.services[ev.ServiceID]
	a.mu.Unlock()
	if !mine {
		return nil
	}
	log := a.s.log.With("order", ev.OrderID, "service", ev.ServiceID)
	o, err := a.registry.Order(ctx, ev.OrderID)
	if err != nil {
		return err
	}
	if o.Status != chain.OrderOpen {
		return nil // paid or refunded: decided before
	}
	att, found, err := a.registry.Attestation(ctx, o.Manifest, a.s.acct.Addr)
	if err != nil {
		return err
	}
	if !found || att.SchemaID != schemaID {
		rec, err := a.validate(ctx, ev, schemaID)
		if err != nil {
			return err
		}
		if err := a.save(rec); err != nil {
			return err
		}
		if !rec.Attested {
			log.Warn("order refused: not attesting", "reason", rec.Reason)
			return nil
		}
		log.Info("dataset attested", "manifest", rec.Manifest, "passed", rec.Passed, "report", rec.ReportCID)
	}
	if _, err := a.registry.PayOrder(ctx, a.s.acct, ev.OrderID); err != nil {
		if chain.IsRevert(err) {
			log.Info("payment refused by the registry", "reason", err)
			return nil
		}
		return err
	}
	log.Info("paid for the order", "fee", chain.FormatTokens(o.Fee))
	return nil
}

// errRefused marks a dataset the node cannot vouch for: it does not attest.
var errRefused = errors.New("refused")

func refuse(format string, args ...any) error {
	return fmt.Errorf("%w: %s", errRefused, fmt.Sprintf(format, args...))
}

// validate obtains the order's data, validates it and attests the report. A dataset the node cannot
// obtain, open, or match to its manifest gives a record with Attested false and the reason.
func (a *authorizerRole) validate(ctx context.Context, ev chain.OrderEvent, schemaID [32]byte) (*OrderRecord, error) {
	mc := artifact.RawCIDFromDigest(ev.Manifest)
	rec := &OrderRecord{Order: ev.OrderID, Manifest: artifact.String(mc)}
	rep, owner, err := a.obtainAndValidate(ctx, mc, ev.Client, a.schemas[schemaID])
	switch {
	case errors.Is(err, errRefused):
		rec.Reason = strings.TrimPrefix(err.Error(), errRefused.Error()+": ")
		return rec, nil
	case err != nil:
		return nil, err
	}
	domain := schema.DefaultDomain(a.s.conn.ChainID().Uint64(), cohort.NodeID(a.registry.Address()))
	signed, err := schema.Sign(domain, rep, a.s.key, time.Now())
	if err != nil {
		return nil, err
	}
	rc, err := a.sealReport(ctx, signed, owner)
	if err != nil {
		return nil, err
	}
	rh, err := schema.ReportHash(rep)
	if err != nil {
		return nil, err
	}
	qr := chain.QualityReport{Manifest: ev.Manifest, SchemaID: schemaID, ReportHash: rh, Pass: rep.Passed, Rows: uint64(rep.Rows)}
	if _, err := a.registry.AttestReport(ctx, a.s.acct, qr); err != nil && cohort.Code(err) != cohort.EConflict {
		return nil, fmt.Errorf("attest order %d: %w", ev.OrderID, err)
	}
	rec.Attested, rec.Passed, rec.ReportCID = true, rep.Passed, artifact.String(rc)
	if !rep.Passed {
		rec.Reason = fmt.Sprintf("the data failed validation with %d errors (the report lists them)", rep.Errors)
	}
	return rec, nil
}

// obtainAndValidate fetches the manifest the order names and the envelope it names, opens it with
// the node's key, checks the plaintext is the data the manifest names, and validates it.
func (a *authorizerRole) obtainAndValidate(ctx context.Context, mc cid.Cid, client cohort.NodeID, sch *schema.Schema) (*schema.Report, sealed.Recipient, error) {
	var owner sealed.Recipient
	fctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	mb, err := a.s.store.GetBlock(fctx, mc)
	if err != nil {
		if cohort.Code(err) == cohort.ENotFound || errors.Is(err, artifact.ErrNotFound) || fctx.Err() != nil {
			return nil, owner, refuse("the order's manifest %s is not in the store", artifact.String(mc))
		}
		return nil, owner, cohort.Errorf(cohort.EUnavailable, "fetch manifest %s: %v", artifact.String(mc), err)
	}
	var m schema.DatasetManifest
	if err := json.Unmarshal(mb, &m); err != nil || m.Type != schema.DatasetType {
		return nil, owner, refuse("%s is not a dataset manifest", artifact.String(mc))
	}
	if !m.Encrypted || m.PlainCID == "" {
		return nil, owner, refuse("the manifest names no sealed data (encrypted, plain_cid): data is handed to an authorizer sealed to its key")
	}
	if owner, err = ownerOf(m.Owner, client); err != nil {
		return nil, owner, refuse("%v", err)
	}
	dc, err := artifact.ParseCID(m.DataCID)
	if err != nil {
		return nil, owner, refuse("data cid %q: %v", m.DataCID, err)
	}
	rc, err := a.s.store.Get(ctx, dc)
	if err != nil {
		if cohort.Code(err) == cohort.ENotFound || errors.Is(err, artifact.ErrNotFound) {
			return nil, owner, refuse("the sealed data %s is not in the store", m.DataCID)
		}
		return nil, owner, cohort.Errorf(cohort.EUnavailable, "fetch data %s: %v", m.DataCID, err)
	}
	defer rc.Close()
	lr := &limitedReader{r: rc, n: a.maxData}
	// The envelope must be sealed to the client too: its header is bound to every segment (AAD), so a
	// client cannot add itself to an envelope someone else sealed, and a stranger who copies another
	// owner's data CID into a manifest of its own is refused, not sent a report about that data.
	var head bytes.Buffer
	h, _, err := sealed.ReadHeader(io.TeeReader(lr, &head))
	if err != nil {
		return nil, owner, refuse("the data is not a sealed envelope: %v", err)
	}
	if !slices.Contains(h.IDs(), client.String()) {
		return nil, owner, refuse("the data is not sealed to the order's client %s: only an owner of the data may order its validation", client)
	}
	plain, err := sealed.Open(io.MultiReader(&head, lr), a.s.key)
	if err != nil {
		return nil, owner, refuse("the data is not sealed to this node: %v", err)
	}
	rep, err := schema.Validate(ctx, sch, plain, schema.Options{})
	switch {
	case lr.over:
		return nil, owner, refuse("the sealed data is over authorizer.max_data_mb (%d MiB)", a.maxData>>20)
	case err != nil && cohort.Code(err) == cohort.EInvalid:
		return nil, owner, refuse("the data does not open or parse: %v", err)
	case err != nil:
		return nil, owner, err
	case rep.DataCID != m.PlainCID:
		return nil, owner, refuse("the opened data is %s, the manifest names %s", rep.DataCID, m.PlainCID)
	}
	return rep, owner, nil
}

// ownerOf parses the manifest's owner key and checks it is the order's client.
func ownerOf(hexKey string, client cohort.NodeID) (sealed.Recipient, error) {
	b, err := hex.DecodeString(strings.TrimPrefix(hexKey, "0x"))
	if err != nil || len(b) == 0 {
		return sealed.Recipient{}, fmt.Errorf("the manifest's owner key %q is not hex", hexKey)
	}
	id, err := identity.AddressOf(b)
	if err != nil {
		return sealed.Recipient{}, fmt.Errorf("the manifest's owner key: %v", err)
	}
	if id != client {
		return sealed.Recipient{}, fmt.Errorf("the manifest's owner %s did not place the order (%s did)", id, client)
	}
	return sealed.Recipient{ID: id, PubKey: b}, nil
}

// sealReport stores the signed report sealed to the data owner and this node.
func (a *authorizerRole) sealReport(ctx context.Context, signed *schema.Attestation, owner sealed.Recipient) (cid.Cid, error) {
	b, err := json.Marshal(signed)
	if err != nil {
		return cid.Undef, err
	}
	var env bytes.Buffer
	if err := sealed.Seal(&env, bytes.NewReader(b), []sealed.Recipient{owner, sealed.RecipientOf(a.s.key)}); err != nil {
		return cid.Undef, err
	}
	c, err := a.s.store.Put(ctx, &env)
	if err != nil {
		return cid.Undef, cohort.Errorf(cohort.EUnavailable, "store the report: %v", err)
	}
	return c, nil
}

func (a *authorizerRole) save(rec *OrderRecord) error {
	b, _ := json.MarshalIndent(rec, "", "  ")
	return atomicfile.WriteFile(filepath.Join(a.dir, strconv.FormatUint(rec.Order, 10)+".json"), b, 0o600)
}

func (a *authorizerRole) record(id uint64) (*OrderRecord, bool) {
	b, err := os.ReadFile(filepath.Join(a.dir, strconv.FormatUint(id, 10)+".json"))
	if err != nil {
		return nil, false
	}
	var rec OrderRecord
	if json.Unmarshal(b, &rec) != nil {
		return nil, false
	}
	return &rec, true
}

// limitedReader fails the read once more than n bytes came (io.LimitReader would end it quietly).
type limitedReader struct {
	r    io.Reader
	n    int64
	over bool
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.n <= 0 {
		l.over = true
		return 0, cohort.Errorf(cohort.ETooLarge, "data over the limit")
	}
	if int64(len(p)) > l.n {
		p = p[:l.n+1]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	if l.n < 0 {
		l.over = true
		return n, cohort.Errorf(cohort.ETooLarge, "data over the limit")
	}
	return n, err
}
