package node

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/cohort-net/cohort/internal/artifact"
	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/schema"
)

// attested says why the trainer cannot show an attested dataset of schema schemaHex ("" when it can):
// trainer.dataset_id names a dataset manifest whose plaintext is this node's data file, and the
// DataRegistry holds a passing attestation of that manifest against the schema by a registered,
// unfrozen authorizer.
func (t *trainerRole) attested(ctx context.Context, schemaHex string) string {
	c := t.s.cfg.Trainer
	if c.DatasetID == "" {
		return "the task wants an attested dataset: set trainer.dataset_id to the manifest CID of this node's attested data"
	}
	want, err := chain.ParseHash32(schemaHex)
	if err != nil {
		return fmt.Sprintf("the task's data.schema: %v", err)
	}
	mc, err := artifact.ParseCID(c.DatasetID)
	if err != nil {
		return fmt.Sprintf("trainer.dataset_id: %v", err)
	}
	digest, err := chain.ManifestDigest(mc.Bytes())
	if err != nil {
		return fmt.Sprintf("trainer.dataset_id: %v", err)
	}
	fctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	m, err := schema.LoadManifest(fctx, t.s.store, mc)
	if err != nil {
		return fmt.Sprintf("trainer.dataset_id %s: %v", c.DatasetID, err)
	}
	plain := m.DataCID
	if m.Encrypted {
		plain = m.PlainCID
	}
	f, err := os.Open(c.Data)
	if err != nil {
		return fmt.Sprintf("trainer.data: %v", err)
	}
	defer f.Close()
	have, err := artifact.Sum(fctx, f)
	if err != nil {
		return fmt.Sprintf("trainer.data: %v", err)
	}
	if artifact.String(have) != plain {
		return fmt.Sprintf("trainer.data (%s) is not the dataset trainer.dataset_id names (%s)", artifact.String(have), plain)
	}
	reg, err := t.s.conn.DataRegistry()
	if err != nil {
		return err.Error()
	}
	a, ok, err := reg.PassedBy(fctx, [32]byte(digest), want)
	switch {
	case err != nil:
		return fmt.Sprintf("read the dataset's attestations: %v", err)
	case !ok:
		return fmt.Sprintf("no registered authorizer attested dataset %s as passing schema %s", c.DatasetID, schemaHex)
	}
	t.s.log.Debug("attested dataset", "dataset", c.DatasetID, "authorizer", a.Authorizer.Hex(), "rows", a.Rows)
	return ""
}
