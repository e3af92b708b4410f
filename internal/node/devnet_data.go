package node

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/artifact"
	"github.com/cohort-net/cohort/internal/artifact/sealed"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/schema"
)

// DataAttestation is what the devnet's authorizer node did with the task's data (the `data` object of
// the chain result): the devnet, as the data's owner, ordered its validation; the authorizer node
// validated it against its schema, signed the report, attested on chain and was paid.
type DataAttestation struct {
	Authorizer   string `json:"authorizer"`
	Registry     string `json:"data_registry"`
	ServiceID    uint64 `json:"service_id"`
	OrderID      uint64 `json:"order_id"`
	SchemaID     string `json:"schema_id"`
	DataCID      string `json:"data_cid"` // the dataset's manifest (its id)
	ReportCID    string `json:"report_cid"`
	ReportHash   string `json:"report_hash"`
	Passed       bool   `json:"passed"`
	Rows         int    `json:"rows"`
	Errors       int    `json:"errors"`
	Warnings     int    `json:"warnings"`
	SignatureOK  bool   `json:"report_signature_ok"` // the EIP-712 signature over the report verified
	ServiceFee   string `json:"service_fee"`
	ServiceOnAir bool   `json:"service_listed"`
}

// bundledSchema writes the bundled data set's schema into dir and returns its path ("" when the data
// set has none).
func bundledSchema(dir, dsName string) (string, error) {
	raw, err := cohort.Datasets.ReadFile("datasets/" + dsName + ".schema.yaml")
	if err != nil {
		return "", nil
	}
	path := filepath.Join(dir, dsName+".schema.yaml")
	return path, os.WriteFile(path, raw, 0o600)
}

// attestData has the devnet, as the owner of the bundled data set, order its validation from the
// authorizer node, wait for the node to attest, and read the outcome back (the report opened with the
// owner's key, its signature checked).
func (m *market) attestData(ctx context.Context, dsName string) (*DataAttestation, error) {
	if m.authorizer == nil {
		return nil, nil
	}
	csv, err := cohort.Datasets.ReadFile("datasets/" + dsName + ".csv")
	if err != nil {
		return nil, nil
	}
	reg, err := m.conn.DataRegistry()
	if err != nil {
		return nil, err
	}
	serviceID, err := m.waitService(ctx)
	if err != nil {
		return nil, err
	}
	owner := identity.DevAccount(0)
	o, err := OrderValidation(ctx, m.conn, m.store, owner, serviceID, dsName, bytes.NewReader(csv), time.Hour)
	if err != nil {
		return nil, err
	}
	var st *DataOrderStatus
	for deadline := time.Now().Add(time.Minute); ; {
		if st, err = ValidationStatus(ctx, m.conn, o.Order); err != nil {
			return nil, err
		}
		if st.Attested && st.Status == "paid" && st.Node != nil && st.Node.ReportCID != "" {
			break
		}
		if time.Now().After(deadline) {
			return nil, cohort.Errorf(cohort.EUnavailable, "the authorizer did not attest order %d within a minute (%+v)", o.Order, st)
		}
		sleep(ctx, 100*time.Millisecond)
	}
	svc, err := reg.Service(ctx, serviceID)
	if err != nil {
		return nil, err
	}
	att, err := m.openReport(ctx, st.Node.ReportCID, owner)
	if err != nil {
		return nil, err
	}
	return &DataAttestation{Authorizer: st.Authorizer, Registry: reg.Address().Hex(), ServiceID: serviceID, OrderID: o.Order,
		SchemaID: att.Report.SchemaID, DataCID: o.ManifestCID, ReportCID: st.Node.ReportCID, ReportHash: st.ReportHash, Passed: st.Passed,
		Rows: int(st.Rows), Errors: att.Report.Errors, Warnings: att.Report.Warnings, SignatureOK: att.Verify(identity.Verifier{}) == nil,
		ServiceFee: svc.Fee.String(), ServiceOnAir: svc.Active}, nil
}

// waitService waits until the authorizer node has listed its validation service.
func (m *market) waitService(ctx context.Context) (uint64, error) {
	reg, err := m.conn.DataRegistry()
	if err != nil {
		return 0, err
	}
	for deadline := time.Now().Add(time.Minute); ; {
		svcs, err := reg.Services(ctx, 0, 100)
		if err != nil {
			return 0, err
		}
		for _, s := range svcs {
			if cohort.NodeID(s.Provider) == m.authorizer.ID() && s.Active {
				return s.ID, nil
			}
		}
		if err := m.nodeFailed(); err != nil {
			return 0, err
		}
		if time.Now().After(deadline) {
			return 0, cohort.Errorf(cohort.EUnavailable, "the authorizer node listed no validation service within a minute")
		}
		sleep(ctx, 100*time.Millisecond)
	}
}

// openReport fetches the sealed report by CID and opens it with the owner's key.
func (m *market) openReport(ctx context.Context, s string, owner *identity.Key) (*schema.Attestation, error) {
	c, err := artifact.ParseCID(s)
	if err != nil {
		return nil, err
	}
	rc, err := m.store.Get(ctx, c)
	if err != nil {
		return nil, fmt.Errorf("fetch report %s: %w", s, err)
	}
	defer rc.Close()
	r, err := sealed.Open(rc, owner)
	if err != nil {
		return nil, fmt.Errorf("open report %s: %w", s, err)
	}
	b, err := io.ReadAll(io.LimitReader(r, 16<<20))
	if err != nil {
		return nil, err
	}
	var att schema.Attestation
	if err := json.Unmarshal(b, &att); err != nil || att.Report == nil {
		return nil, cohort.Errorf(cohort.EInvalid, "report %s: %v", s, err)
	}
	return &att, nil
}
