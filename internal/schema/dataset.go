package schema

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sync"

	"github.com/ipfs/go-cid"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/artifact"
	"github.com/cohort-net/cohort/internal/atomicfile"
)

// ArtifactStore is the part of the artifact store the data layer needs.
type ArtifactStore interface {
	Put(ctx context.Context, r io.Reader) (cid.Cid, error)
	Get(ctx context.Context, root cid.Cid) (io.ReadCloser, error)
}

// DatasetManifest describes one dataset in the store: what schema it meets, how many rows it has,
// its statistics, and the CIDs of its data, fitted transforms, quality report and schema. The
// manifest is itself an artifact; its CID names the dataset.
type DatasetManifest struct {
	Type      string         `json:"type"` // "cohort-dataset-v1"
	Name      string         `json:"name"`
	SchemaID  string         `json:"schema_id"`
	SchemaCID string         `json:"schema_cid"` // the schema's canonical form in the store (same as SchemaID)
	DataCID   string         `json:"data_cid"`
	FittedCID string         `json:"fitted_cid"`
	ReportCID string         `json:"report_cid"`
	Rows      int            `json:"rows"`
	Columns   int            `json:"columns"`
	Label     string         `json:"label,omitempty"`
	Labels    map[string]int `json:"labels,omitempty"`
	Stats     []ColumnStats  `json:"stats"`
	Encrypted bool           `json:"encrypted,omitempty"` // DataCID names a sealed envelope, not plaintext
	// PlainCID is, with Encrypted, the CID the plaintext data has (Report.DataCID): what a reader of the
	// envelope checks it opened, and what a holder of the data recomputes to show it is this dataset.
	PlainCID string `json:"plain_cid,omitempty"`
	// Owner is the data owner's compressed secp256k1 public key (0x hex): reports about sealed data
	// are sealed to it.
	Owner string `json:"owner,omitempty"`
}

// DatasetType is the type field of DatasetManifest.
const DatasetType = "cohort-dataset-v1"

// Index builds a dataset from a data file: validates it against s, stores the data, the schema, the
// fitted transforms, the report and the manifest in st, and returns the manifest and its CID. Data
// that fails validation is refused (EInvalid) with the report.
func Index(ctx context.Context, st ArtifactStore, s *Schema, name string, data io.ReadSeeker, opts Options) (*DatasetManifest, cid.Cid, *Report, error) {
	rep, err := Validate(ctx, s, data, opts)
	if err != nil {
		return nil, cid.Undef, nil, err
	}
	if !rep.Passed {
		return nil, cid.Undef, rep, cohort.Errorf(cohort.EInvalid, "index %s: the data failed validation with %d errors", name, rep.Errors)
	}
	if _, err := data.Seek(0, io.SeekStart); err != nil {
		return nil, cid.Undef, rep, err
	}
	dataCID, err := st.Put(ctx, data)
	if err != nil {
		return nil, cid.Undef, rep, fmt.Errorf("store data: %w", err)
	}
	if artifact.String(dataCID) != rep.DataCID {
		return nil, cid.Undef, rep, cohort.Errorf(cohort.EConflict, "index %s: the data changed while it was read", name)
	}
	fitted, err := Fit(s, rep)
	if err != nil {
		return nil, cid.Undef, rep, err
	}
	put := func(b []byte) (string, error) {
		c, err := st.Put(ctx, bytes.NewReader(b))
		return artifact.String(c), err
	}
	m := &DatasetManifest{Type: DatasetType, Name: name, SchemaID: rep.SchemaID, DataCID: rep.DataCID, Rows: rep.Rows,
		Columns: rep.Columns, Label: s.Label, Labels: rep.Labels, Stats: rep.Stats}
	if m.SchemaCID, err = put(s.Canonical()); err != nil {
		return nil, cid.Undef, rep, fmt.Errorf("store schema: %w", err)
	}
	if m.FittedCID, err = put(fitted.Marshal()); err != nil {
		return nil, cid.Undef, rep, fmt.Errorf("store fitted statistics: %w", err)
	}
	rb, _ := json.MarshalIndent(rep, "", "  ")
	if m.ReportCID, err = put(rb); err != nil {
		return nil, cid.Undef, rep, fmt.Errorf("store report: %w", err)
	}
	mb, _ := json.MarshalIndent(m, "", "  ")
	c, err := st.Put(ctx, bytes.NewReader(mb))
	if err != nil {
		return nil, cid.Undef, rep, fmt.Errorf("store manifest: %w", err)
	}
	return m, c, rep, nil
}

// maxJSONArtifact bounds the manifests and statistics read back from a store.
const maxJSONArtifact = 64 << 20

// GetJSON fetches the artifact c and decodes it as JSON into v.
func GetJSON(ctx context.Context, st ArtifactStore, c cid.Cid, v any) error {
	rc, err := st.Get(ctx, c)
	if err != nil {
		return err
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, maxJSONArtifact+1))
	if err != nil {
		return err
	}
	if len(b) > maxJSONArtifact {
		return cohort.Errorf(cohort.ETooLarge, "artifact %s: over %d bytes", artifact.String(c), maxJSONArtifact)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return cohort.Errorf(cohort.EInvalid, "artifact %s: %v", artifact.String(c), err)
	}
	return nil
}

// LoadManifest fetches and checks a dataset manifest.
func LoadManifest(ctx context.Context, st ArtifactStore, c cid.Cid) (*DatasetManifest, error) {
	var m DatasetManifest
	if err := GetJSON(ctx, st, c, &m); err != nil {
		return nil, err
	}
	if m.Type != DatasetType {
		return nil, cohort.Errorf(cohort.EInvalid, "artifact %s is not a dataset manifest (type %q)", artifact.String(c), m.Type)
	}
	return &m, nil
}

// IndexEntry is one dataset in a local index.
type IndexEntry struct {
	CID      string `json:"cid"`
	Name     string `json:"name"`
	SchemaID string `json:"schema_id"`
	DataCID  string `json:"data_cid"`
	Rows     int    `json:"rows"`
}

// LocalIndex is a node's list of the datasets it knows, by manifest CID, kept in one JSON file
// written atomically. Safe for concurrent use within one process.
type LocalIndex struct {
	path string
	mu   sync.Mutex
}

// OpenIndex returns the index kept at path (created on first Add).
func OpenIndex(path string) *LocalIndex { return &LocalIndex{path: path} }

// List returns the entries, in the order they were added.
func (x *LocalIndex) List() ([]IndexEntry, error) {
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.load()
}

func (x *LocalIndex) load() ([]IndexEntry, error) {
	b, err := os.ReadFile(x.path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []IndexEntry
	if err := json.Unmarshal(b, &out); err != nil {
		return nil, cohort.Errorf(cohort.EInvalid, "index %s: %v", x.path, err)
	}
	return out, nil
}

// Add records a dataset (replacing an entry with the same CID).
func (x *LocalIndex) Add(e IndexEntry) error {
	x.mu.Lock()
	defer x.mu.Unlock()
	list, err := x.load()
	if err != nil {
		return err
	}
	list = slices.DeleteFunc(list, func(o IndexEntry) bool { return o.CID == e.CID })
	list = append(list, e)
	b, _ := json.MarshalIndent(list, "", "  ")
	if err := os.MkdirAll(filepath.Dir(x.path), 0o755); err != nil {
		return err
	}
	return atomicfile.WriteFile(x.path, b, 0o644)
}

// Find returns the entries whose CID, name, schema id or data CID equals key.
func (x *LocalIndex) Find(key string) ([]IndexEntry, error) {
	list, err := x.List()
	if err != nil {
		return nil, err
	}
	var out []IndexEntry
	for _, e := range list {
		if e.CID == key || e.Name == key || e.SchemaID == key || e.DataCID == key {
			out = append(out, e)
		}
	}
	return out, nil
}
