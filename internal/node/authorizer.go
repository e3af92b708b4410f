package node

import (
	"bytes"
	"context"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/artifact"
	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/schema"
)

// DataAttestation is what the devnet's authorizer did with the task's data (the `data` object of the
// chain result).
type DataAttestation struct {
	Authorizer   string `json:"authorizer"`
	Registry     string `json:"data_registry"`
	ServiceID    uint64 `json:"service_id"`
	SchemaID     string `json:"schema_id"`
	DataCID      string `json:"data_cid"`
	ReportHash   string `json:"report_hash"`
	Passed       bool   `json:"passed"`
	Rows         int    `json:"rows"`
	Errors       int    `json:"errors"`
	Warnings     int    `json:"warnings"`
	SignatureOK  bool   `json:"report_signature_ok"` // the EIP-712 signature over the report verified
	AttestGas    uint64 `json:"attest_gas"`
	ListingGas   uint64 `json:"listing_gas"`
	ServiceFee   string `json:"service_fee"`
	ServiceOnAir bool   `json:"service_listed"`
}

// authorizerKey is the dev account that plays the authorizer (prefunded on the embedded chain and Anvil).
const authorizerKey = 4

// attestData has an authorizer node validate a bundled data set against its schema, sign the quality
// report (EIP-712), store the data by CID, list its validation service in the DataRegistry, and attest
// the report's hash on chain. Data sets without a bundled schema are skipped (nil, nil).
func (cr *chainRun) attestData(ctx context.Context, dsName string) (*DataAttestation, error) {
	rawSchema, err := cohort.Datasets.ReadFile("datasets/" + dsName + ".schema.yaml")
	if err != nil {
		return nil, nil
	}
	csv, err := cohort.Datasets.ReadFile("datasets/" + dsName + ".csv")
	if err != nil {
		return nil, nil
	}
	sch, err := schema.Parse(rawSchema)
	if err != nil {
		return nil, fmt.Errorf("bundled schema of %s: %w", dsName, err)
	}
	rep, err := schema.Validate(ctx, sch, bytes.NewReader(csv), schema.Options{})
	if err != nil {
		return nil, fmt.Errorf("validate %s: %w", dsName, err)
	}
	dataCID, err := artifact.Put(ctx, cr.store, bytes.NewReader(csv))
	if err != nil {
		return nil, err
	}
	rep.DataCID = dataCID.String()

	key := identity.DevAccount(authorizerKey)
	admin, auth := chain.NewAccount(identity.DevAccount(0)), chain.NewAccount(key)
	registry, err := cr.conn.DeployDataRegistry(ctx, admin)
	if err != nil {
		return nil, fmt.Errorf("deploy the data registry: %w", err)
	}
	domain := schema.DefaultDomain(cr.conn.ChainID().Uint64(), cohort.NodeID(registry.Address()))
	att, err := schema.Sign(domain, rep, key, time.Now())
	if err != nil {
		return nil, fmt.Errorf("sign the quality report: %w", err)
	}
	sigOK := att.Verify(identity.Verifier{}) == nil

	// The authorizer registers with its role and stake, then lists its service.
	if n, err := cr.conn.Node(ctx, auth.Addr); err != nil {
		return nil, err
	} else if !n.Registered {
		if _, err := cr.conn.Transfer(ctx, admin, auth.Addr, chain.Tokens(100)); err != nil {
			return nil, err
		}
		prof := chain.NodeProfile{Roles: []cohort.Role{cohort.RoleAuthorizer}, Endpoint: "http://127.0.0.1/authorizer", CPUCores: 2, MemoryMB: 2048, HourlyRate: chain.Tokens(10)}
		if _, err := cr.conn.Register(ctx, auth, prof, chain.Tokens(100)); err != nil {
			return nil, fmt.Errorf("register the authorizer: %w", err)
		}
	}
	schemaDigest, err := chain.ManifestDigest(sch.ID().Bytes())
	if err != nil {
		return nil, err
	}
	manifest, err := chain.ManifestDigest(dataCID.Bytes())
	if err != nil {
		return nil, err
	}
	fee := chain.Tokens(5)
	serviceID, listRcpt, err := registry.ListService(ctx, auth, schemaDigest, fee, "http://127.0.0.1/authorizer/validate")
	if err != nil {
		return nil, fmt.Errorf("list the validation service: %w", err)
	}
	reportHash, err := schema.ReportHash(rep)
	if err != nil {
		return nil, err
	}
	rcpt, err := registry.AttestReport(ctx, auth, chain.QualityReport{Manifest: manifest, SchemaID: schemaDigest, ReportHash: reportHash, Pass: rep.Passed, Rows: uint64(rep.Rows)})
	if err != nil {
		return nil, fmt.Errorf("attest the quality report: %w", err)
	}
	onChain, found, err := registry.Attestation(ctx, manifest, auth.Addr)
	if err != nil || !found {
		return nil, fmt.Errorf("read the attestation back: found %v: %v", found, err)
	}
	svc, err := registry.Service(ctx, serviceID)
	if err != nil {
		return nil, err
	}
	if onChain.ReportHash != reportHash || onChain.Pass != rep.Passed || onChain.Rows != uint64(rep.Rows) {
		return nil, cohort.Errorf(cohort.EInternal, "attestation on chain differs from the report: %+v", onChain)
	}
	return &DataAttestation{
		Authorizer: auth.Addr.Hex(), Registry: registry.Address().Hex(), ServiceID: serviceID, SchemaID: sch.ID().String(),
		DataCID: dataCID.String(), ReportHash: "0x" + hex.EncodeToString(reportHash[:]), Passed: rep.Passed, Rows: rep.Rows,
		Errors: rep.Errors, Warnings: rep.Warnings, SignatureOK: sigOK, AttestGas: rcpt.GasUsed, ListingGas: listRcpt.GasUsed,
		ServiceFee: fee.String(), ServiceOnAir: svc.Active,
	}, nil
}
