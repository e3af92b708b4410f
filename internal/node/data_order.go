package node

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/artifact"
	"github.com/cohort-net/cohort/internal/artifact/sealed"
	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/schema"
)

// DataOrder is what a data owner placed with OrderValidation.
type DataOrder struct {
	Order       uint64 `json:"order"`
	Service     uint64 `json:"service"`
	Authorizer  string `json:"authorizer"`
	ManifestCID string `json:"manifest_cid"` // the dataset's id: trainer.dataset_id once attested
	DataCID     string `json:"data_cid"`     // the sealed envelope
	PlainCID    string `json:"plain_cid"`
	Fee         string `json:"fee"`
}

// OrderValidation hands a dataset to an authorizer and orders its validation: it seals data (a CSV
// file, read twice) to the key the service lists on chain and to the owner, stores the envelope and a
// manifest naming it in the store, and places the order (escrowing the service's fee) as owner.
func OrderValidation(ctx context.Context, conn *chain.Conn, store artifact.Store, owner *identity.Key, serviceID uint64,
	name string, data io.ReadSeeker, ttl time.Duration) (*DataOrder, error) {
	reg, err := conn.DataRegistry()
	if err != nil {
		return nil, err
	}
	svc, err := reg.Service(ctx, serviceID)
	if err != nil {
		return nil, fmt.Errorf("service %d: %w", serviceID, err)
	}
	if !svc.Active {
		return nil, cohort.Errorf(cohort.EConflict, "service %d is delisted", serviceID)
	}
	ep, err := chain.ParseServiceEndpoint(svc.Endpoint)
	if err != nil {
		return nil, fmt.Errorf("service %d: %w", serviceID, err)
	}
	if ep.PubKey == nil {
		return nil, cohort.Errorf(cohort.EInvalid, "service %d lists no sealing key: it is not served by an authorizer node", serviceID)
	}
	to := sealed.Recipient{ID: cohort.NodeID(svc.Provider), PubKey: ep.PubKey}
	if id, err := identity.AddressOf(ep.PubKey); err != nil || id != to.ID {
		return nil, cohort.Errorf(cohort.EInvalid, "service %d: its sealing key is not its provider's (%s)", serviceID, svc.Provider.Hex())
	}
	plain, err := artifact.Sum(ctx, data)
	if err != nil {
		return nil, fmt.Errorf("read data: %w", err)
	}
	if _, err := data.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	pr, pw := io.Pipe()
	go func() { pw.CloseWithError(sealed.Seal(pw, data, []sealed.Recipient{to, sealed.RecipientOf(owner)})) }()
	dataCID, err := store.Put(ctx, pr)
	pr.CloseWithError(err)
	if err != nil {
		return nil, fmt.Errorf("store the sealed data: %w", err)
	}
	m := schema.DatasetManifest{Type: schema.DatasetType, Name: name, SchemaID: artifact.String(artifact.RawCIDFromDigest(svc.SchemaID)),
		DataCID: artifact.String(dataCID), Encrypted: true, PlainCID: artifact.String(plain),
		Owner: "0x" + hex.EncodeToString(owner.CompressedPublicKey())}
	mb, err := json.Marshal(m)
	if err != nil {
		return nil, err
	}
	if len(mb) > artifact.MaxBlockSize {
		return nil, cohort.Errorf(cohort.EInvalid, "dataset name too long: the manifest is over one block")
	}
	mc := artifact.RawCID(mb)
	if err := store.PutBlock(ctx, mc, mb); err != nil {
		return nil, fmt.Errorf("store the manifest: %w", err)
	}
	digest, err := chain.ManifestDigest(mc.Bytes())
	if err != nil {
		return nil, err
	}
	id, _, err := reg.OrderValidation(ctx, chain.NewAccount(owner), serviceID, digest, ttl, svc.Fee)
	if err != nil {
		return nil, fmt.Errorf("order validation: %w", err)
	}
	return &DataOrder{Order: id, Service: serviceID, Authorizer: svc.Provider.Hex(), ManifestCID: artifact.String(mc),
		DataCID: m.DataCID, PlainCID: m.PlainCID, Fee: chain.FormatTokens(svc.Fee)}, nil
}

// DataOrderStatus is an order as the chain and its authorizer node see it.
type DataOrderStatus struct {
	Order       uint64       `json:"order"`
	Service     uint64       `json:"service"`
	Status      string       `json:"status"` // open | paid | refunded
	Deadline    time.Time    `json:"deadline"`
	Fee         string       `json:"fee"`
	ManifestCID string       `json:"manifest_cid"`
	Authorizer  string       `json:"authorizer"`
	Attested    bool         `json:"attested"`
	Passed      bool         `json:"passed"`
	Rows        uint64       `json:"rows"`
	ReportHash  string       `json:"report_hash,omitempty"`
	Node        *OrderRecord `json:"node,omitempty"` // what the authorizer node says (report CID, or why it refused)
}

// ValidationStatus reads an order and its authorizer's attestation from the chain, and asks the
// authorizer node (at the URL its service lists) what it did, when it answers.
func ValidationStatus(ctx context.Context, conn *chain.Conn, orderID uint64) (*DataOrderStatus, error) {
	reg, err := conn.DataRegistry()
	if err != nil {
		return nil, err
	}
	o, err := reg.Order(ctx, orderID)
	if err != nil {
		return nil, err
	}
	svc, err := reg.Service(ctx, o.ServiceID)
	if err != nil {
		return nil, err
	}
	st := &DataOrderStatus{Order: orderID, Service: o.ServiceID, Status: o.Status, Deadline: o.Deadline, Fee: chain.FormatTokens(o.Fee),
		ManifestCID: artifact.String(artifact.RawCIDFromDigest(o.Manifest)), Authorizer: svc.Provider.Hex()}
	att, found, err := reg.Attestation(ctx, o.Manifest, svc.Provider)
	if err != nil {
		return nil, err
	}
	if found && att.SchemaID == svc.SchemaID {
		st.Attested, st.Passed, st.Rows, st.ReportHash = true, att.Pass, att.Rows, att.ReportHash.Hex()
	}
	if ep, err := chain.ParseServiceEndpoint(svc.Endpoint); err == nil && strings.HasPrefix(ep.URL, "http") {
		st.Node = fetchOrderRecord(ctx, ep.URL, orderID)
	}
	return st, nil
}

func fetchOrderRecord(ctx context.Context, base string, id uint64) *OrderRecord {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, strings.TrimSuffix(base, "/")+"/v1/orders/"+strconv.FormatUint(id, 10), nil)
	if err != nil {
		return nil
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil
	}
	var rec OrderRecord
	b, err := io.ReadAll(io.LimitReader(resp.Body, 1<<16))
	if err != nil || json.NewDecoder(bytes.NewReader(b)).Decode(&rec) != nil {
		return nil
	}
	return &rec
}
