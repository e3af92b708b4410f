package task

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/protocol"
	"github.com/cohort-net/cohort/internal/schema"
)

// MaxFileSize bounds a task file and a task document fetched by CID.
const MaxFileSize = 64 << 10

// File is a whole training task as its publisher writes it (`cohort task submit FILE`). Nodes read it
// back by CID from the chain's TaskPublished event, so everything a node needs to decide, bid and run
// is in it.
type File struct {
	Name       string     `toml:"name" json:"name"`
	Data       Data       `toml:"data" json:"data"`
	Training   Options    `toml:"training" json:"training"`
	Acceptance Acceptance `toml:"acceptance" json:"acceptance"`
	Market     Market     `toml:"market" json:"market"`
	// Privacy is the task's differential-privacy budget ([privacy]); the same as training.privacy, which
	// a file may use instead (not both).
	Privacy PrivacyOptions `toml:"privacy" json:"privacy,omitzero"`
	// Executor, when set, makes the task run the publisher's own script on the selected nodes
	// ([executor], Exec) instead of Cohort's built-in trainer.
	Executor *Exec `toml:"executor" json:"executor,omitempty"`
	// BaseModel names the listed model (the model library's id) this task fine-tunes; 0 for none. The
	// publisher's `task submit` declares it on chain before bidding opens, and the base model's holders
	// receive the library's base royalty of the new model's shares.
	BaseModel uint64 `toml:"base_model" json:"base_model,omitempty"`
	// Subnet names the training subnet the task joins (its name in the SubnetRegistry): the task's
	// schema, aggregation strategy and scheduler must be the subnet's, which `cohort task submit`
	// checks before publishing and nodes check before bidding.
	Subnet string `toml:"subnet" json:"subnet,omitempty"`
}

// Data is what a trainer must hold to take part: rows with these features and this label.
type Data struct {
	Label    string   `toml:"label" json:"label"`
	Classes  []string `toml:"classes" json:"classes"`   // label values, in class-index order
	Features int      `toml:"features" json:"features"` // columns besides the label
	// Schema is an optional data schema id (0x + 64 hex digits, internal/schema); with Attested, a
	// trainer bids only when an authorizer attested a data set of this schema for it on chain.
	Schema   string `toml:"schema" json:"schema,omitempty"`
	Attested bool   `toml:"attested" json:"attested,omitempty"`
	// SchemaDoc, when set, is the schema (its canonical JSON, internal/schema) every trainer reads its
	// raw CSV through, as off-chain schema tasks do (protocol.TaskSchema): id and ignore columns left
	// out, missing cells imputed, categorical columns one-hot. Schema is then its id and Features the
	// width it gives (every categorical column lists its categories). A task file names the schema by
	// path (schema_file, relative to the task file), which `cohort task submit` embeds (EmbedSchema).
	SchemaDoc  json.RawMessage `toml:"-" json:"schema_doc,omitempty"`
	SchemaFile string          `toml:"schema_file" json:"-"`
}

// Acceptance is the criterion validators measure on their own hold-out data.
type Acceptance struct {
	Metric    string  `toml:"metric" json:"metric"`       // "accuracy" (the only one today)
	Threshold float64 `toml:"threshold" json:"threshold"` // in [0, 1]
}

// Market are the task's terms on chain. Amounts are whole tokens as decimal strings ("1000", "12.5");
// windows count from publication.
type Market struct {
	Budget          string   `toml:"budget" json:"budget"`
	MaxHourlyRate   string   `toml:"max_hourly_rate" json:"max_hourly_rate"`
	MaxNodes        int      `toml:"max_nodes" json:"max_nodes"`
	BiddingWindow   Duration `toml:"bidding_window" json:"bidding_window"`
	ExecutionWindow Duration `toml:"execution_window" json:"execution_window"`
	Scheduler       string   `toml:"scheduler" json:"scheduler"` // lowest-price | reputation-weighted
	BonusBps        int      `toml:"bonus_bps" json:"bonus_bps"`
	MinReputation   int      `toml:"min_reputation_bps" json:"min_reputation_bps"`
	MinCPUCores     int      `toml:"min_cpu_cores" json:"min_cpu_cores"`
	MinMemoryMB     int      `toml:"min_memory_mb" json:"min_memory_mb"`
	MinGPUCount     int      `toml:"min_gpu_count" json:"min_gpu_count"`
	Coordinator     string   `toml:"coordinator" json:"coordinator"` // address that runs the task; default the publisher
}

// Metric ids on chain (TaskMarket's metricId).
const MetricAccuracyBps = 1 // accuracy in basis points (0..10000)

// Parse reads a task file, TOML or JSON (by its first non-space byte), refuses unknown keys, fills
// defaults and validates.
func Parse(data []byte) (File, error) {
	var f File
	if len(data) > MaxFileSize {
		return f, cohort.Errorf(cohort.ETooLarge, "task file is %d bytes, over %d", len(data), MaxFileSize)
	}
	if err := decode(data, &f); err != nil {
		return f, err
	}
	if f.Data.SchemaFile != "" {
		return f, cohort.Errorf(cohort.EInvalid, "task file: data.schema_file %q: read the file with its path (task.ParseWith, `cohort task submit FILE`), which embeds the schema", f.Data.SchemaFile)
	}
	f.fill()
	return f, f.Validate()
}

// decode reads TOML or JSON (by the first non-space byte), refusing unknown keys.
func decode(data []byte, f *File) error {
	if t := bytes.TrimSpace(data); len(t) > 0 && t[0] == '{' {
		dec := json.NewDecoder(bytes.NewReader(t))
		dec.DisallowUnknownFields()
		if err := dec.Decode(f); err != nil {
			return cohort.Errorf(cohort.EInvalid, "task file: %v", err)
		}
		return nil
	}
	md, err := toml.Decode(string(data), f)
	if err != nil {
		return cohort.Errorf(cohort.EInvalid, "task file: %v", err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		keys := make([]string, len(und))
		for i, k := range und {
			keys[i] = k.String()
		}
		return cohort.Errorf(cohort.EInvalid, "task file: unknown keys %s", strings.Join(keys, ", "))
	}
	return nil
}

// fill sets the defaults of the market terms and the acceptance criterion.
func (f *File) fill() {
	m := &f.Market
	m.MaxNodes = pick(m.MaxNodes, 10)
	m.BiddingWindow = pick(m.BiddingWindow, Duration(60e9))
	m.ExecutionWindow = pick(m.ExecutionWindow, Duration(24*3600e9))
	m.Scheduler = pickS(m.Scheduler, "lowest-price")
	f.Acceptance.Metric = pickS(f.Acceptance.Metric, "accuracy")
	if f.Executor != nil {
		f.Executor.fill()
	}
}

// Validate checks the file once, before it is published or acted on.
func (f *File) Validate() error {
	d, m := f.Data, f.Market
	switch {
	case d.Label == "":
		return cohort.Errorf(cohort.EInvalid, "task file: data.label is required")
	case len(d.Classes) < 2:
		return cohort.Errorf(cohort.EInvalid, "task file: data.classes: want at least 2 label values")
	case d.Features < 1 || d.Features > 1<<20:
		return cohort.Errorf(cohort.EInvalid, "task file: data.features %d: want 1..%d", d.Features, 1<<20)
	case d.Attested && d.Schema == "":
		return cohort.Errorf(cohort.EInvalid, "task file: data.attested needs data.schema")
	case f.Acceptance.Metric != "accuracy":
		return cohort.Errorf(cohort.EInvalid, "task file: acceptance.metric %q: want accuracy", f.Acceptance.Metric)
	case f.Acceptance.Threshold < 0 || f.Acceptance.Threshold > 1:
		return cohort.Errorf(cohort.EInvalid, "task file: acceptance.threshold %g: want 0..1", f.Acceptance.Threshold)
	case m.Budget == "" || m.MaxHourlyRate == "":
		return cohort.Errorf(cohort.EInvalid, "task file: market.budget and market.max_hourly_rate are required")
	case m.MaxNodes < 1 || m.MaxNodes > 255:
		return cohort.Errorf(cohort.EInvalid, "task file: market.max_nodes %d: want 1..255", m.MaxNodes)
	case m.Scheduler != "lowest-price" && m.Scheduler != "reputation-weighted":
		return cohort.Errorf(cohort.EInvalid, "task file: market.scheduler %q: want lowest-price or reputation-weighted", m.Scheduler)
	case m.BonusBps < 0 || m.BonusBps > 5000 || m.MinReputation < 0 || m.MinReputation > 10000:
		return cohort.Errorf(cohort.EInvalid, "task file: market.bonus_bps 0..5000, min_reputation_bps 0..10000")
	case m.MinCPUCores < 0 || m.MinMemoryMB < 0 || m.MinGPUCount < 0 || m.MinCPUCores > 65535 || m.MinGPUCount > 65535:
		return cohort.Errorf(cohort.EInvalid, "task file: market hardware minimums out of range")
	}
	for _, a := range []struct{ name, v string }{{"market.budget", m.Budget}, {"market.max_hourly_rate", m.MaxHourlyRate}} {
		if !isAmount(a.v) {
			return cohort.Errorf(cohort.EInvalid, "task file: %s %q: want a positive decimal number of tokens (at most 18 decimals)", a.name, a.v)
		}
	}
	if d.Schema != "" {
		if _, ok := parseHex32(d.Schema); !ok {
			return cohort.Errorf(cohort.EInvalid, "task file: data.schema %q: want 0x and 64 hex digits", d.Schema)
		}
	}
	if len(d.SchemaDoc) > 0 {
		s, err := schema.Parse(d.SchemaDoc)
		if err != nil {
			return fmt.Errorf("task file: data.schema_doc: %w", err)
		}
		if id := SchemaHash(s); d.Schema != id {
			return cohort.Errorf(cohort.EInvalid, "task file: data.schema %s, but the embedded schema's id is %s", d.Schema, id)
		}
	}
	if f.Executor != nil {
		if err := f.Executor.Validate(false); err != nil {
			return err
		}
	}
	_, err := f.Spec("", DefaultChainID, m.MaxNodes)
	return err
}

// SchemaHash is a schema's id as a task file and the chain name it: 0x and the SHA-256 of its
// canonical form (the digest in its CID).
func SchemaHash(s *schema.Schema) string {
	h := sha256.Sum256(s.Canonical())
	return "0x" + hex.EncodeToString(h[:])
}

// EmbedSchema puts the schema doc (YAML or JSON, as schema files are written) into the task: its
// canonical form in data.schema_doc, its id in data.schema (which, when already set, must match), and
// data.features, when zero, from the width it gives for the task's label. Every categorical column
// must list its categories (the model's width is fixed when the task is published).
func (f *File) EmbedSchema(doc []byte) error {
	s, err := schema.Parse(doc)
	if err != nil {
		return fmt.Errorf("task file: schema: %w", err)
	}
	id := SchemaHash(s)
	if f.Data.Schema != "" && f.Data.Schema != id {
		return cohort.Errorf(cohort.EInvalid, "task file: data.schema %s, but the schema file's id is %s", f.Data.Schema, id)
	}
	if f.Data.Features == 0 {
		layout, err := dataset.SchemaLayout(s, f.Data.Label)
		if err != nil {
			return fmt.Errorf("task file: schema: %w", err)
		}
		if f.Data.Features, err = layout.FixedWidth(); err != nil {
			return fmt.Errorf("task file: schema: %w", err)
		}
	}
	f.Data.Schema, f.Data.SchemaDoc, f.Data.SchemaFile = id, s.Canonical(), ""
	return nil
}

// ParseWith is Parse for a task file that may name its schema by path (data.schema_file): read
// returns that file's bytes (the caller resolves the path, relative to the task file), and the
// schema is embedded (EmbedSchema).
func ParseWith(data []byte, read func(path string) ([]byte, error)) (File, error) {
	var f File
	if len(data) > MaxFileSize {
		return f, cohort.Errorf(cohort.ETooLarge, "task file is %d bytes, over %d", len(data), MaxFileSize)
	}
	if err := decode(data, &f); err != nil {
		return f, err
	}
	if sf := f.Data.SchemaFile; sf != "" {
		doc, err := read(sf)
		if err != nil {
			return f, cohort.Errorf(cohort.EInvalid, "task file: data.schema_file: %v", err)
		}
		if err := f.EmbedSchema(doc); err != nil {
			return f, err
		}
	}
	f.fill()
	return f, f.Validate()
}

// PrivacyBudget returns the file's privacy budget ([privacy] or [training.privacy]) with the default δ
// filled in; its Mode is "" when the task has none.
func (f *File) PrivacyBudget() PrivacyOptions {
	p := f.Privacy
	if p == (PrivacyOptions{}) {
		p = f.Training.Privacy
	}
	if p.Mode != "" && p.Delta == 0 {
		p.Delta = DefaultDelta
	}
	return p
}

// Spec returns the training spec the coordinator runs for this file: id is the task's id (the chain
// id and task id, so every party signs the same one) and trainers the number of selected trainers.
func (f *File) Spec(id string, chainID uint64, trainers int) (protocol.TaskSpec, error) {
	o := f.Training
	if id != "" {
		o.ID = id
	}
	o.ChainID = chainID
	o.Trainers = trainers
	if f.Privacy != (PrivacyOptions{}) {
		if o.Privacy != (PrivacyOptions{}) {
			return protocol.TaskSpec{}, cohort.Errorf(cohort.EInvalid, "task file: privacy and training.privacy are both set: keep one")
		}
		o.Privacy = f.Privacy
	}
	if o.MinParticipants > trainers {
		o.MinParticipants = trainers
	}
	if o.PerRound > trainers {
		o.PerRound = 0
	}
	spec, err := o.Spec("", f.Data.Features, f.Data.Classes, f.Data.Label)
	if err != nil || len(f.Data.SchemaDoc) == 0 {
		return spec, err
	}
	s, err := schema.Parse(f.Data.SchemaDoc)
	if err != nil {
		return spec, fmt.Errorf("task file: data.schema_doc: %w", err)
	}
	spec.Schema = protocol.NewTaskSchema(s)
	return spec, spec.Validate() // the schema's width is the model's
}

// Canonical returns the document nodes fetch by CID: the resolved file as compact JSON.
func (f *File) Canonical() []byte {
	b, err := json.Marshal(f)
	if err != nil {
		panic("task: marshal a File: " + err.Error()) // plain data: a broken invariant
	}
	return b
}

// DataHash is the data requirement's id on chain (TaskPublished's dataSchemaHash): the schema id when
// the file names one, else the SHA-256 of the data section's JSON.
func (f *File) DataHash() [32]byte {
	if h, ok := parseHex32(f.Data.Schema); ok {
		return h
	}
	b, _ := json.Marshal(f.Data)
	return sha256.Sum256(b)
}

func parseHex32(s string) ([32]byte, bool) {
	var h [32]byte
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil || len(b) != 32 {
		return h, false
	}
	copy(h[:], b)
	return h, true
}

// isAmount reports whether s is a positive decimal amount of tokens with at most 18 decimals.
func isAmount(s string) bool {
	whole, frac, _ := strings.Cut(s, ".")
	if whole == "" || len(frac) > 18 || len(s) > 60 {
		return false
	}
	nonzero := false
	for _, c := range whole + frac {
		if c < '0' || c > '9' {
			return false
		}
		nonzero = nonzero || c != '0'
	}
	return nonzero
}
