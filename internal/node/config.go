package node

import (
	"encoding"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/task"
)

// Role names a node config may list.
const (
	RoleTrainer     = "trainer"
	RoleCoordinator = "coordinator"
	RoleValidator   = "validator"
	RoleAuthorizer  = "authorizer"
	RoleMiner       = "miner"
	RoleGateway     = "gateway"
)

// Roles lists the roles a node can run.
var Roles = []string{RoleTrainer, RoleCoordinator, RoleValidator, RoleAuthorizer, RoleMiner, RoleGateway}

// Config is one node's configuration: defaults < the TOML file < COHORT_* environment variables
// (COHORT_ plus the key's path in upper case, sections joined by _, e.g. COHORT_CHAIN_RPC,
// COHORT_TRAINER_DATA; lists comma-separated) < flags. `cohort config show` prints the result.
type Config struct {
	Roles        []string `toml:"roles"` // trainer | coordinator | validator | authorizer | miner | gateway
	Role         string   `toml:"role"`  // one role (older configs); added to Roles
	Listen       string   `toml:"listen"`
	Advertise    string   `toml:"advertise"` // URL other nodes reach this one at (default http://listen)
	DataDir      string   `toml:"data_dir"`
	Keystore     string   `toml:"keystore"`      // keystore v3 file (`cohort keys new`)
	PasswordFile string   `toml:"password_file"` // its password
	// Store is the URL of the artifact store the network shares: a kubo-compatible RPC API (a gateway
	// node, or an IPFS node). Default: the deployment record's; a gateway node serves its own.
	Store       string            `toml:"store"`
	Chain       ChainConfig       `toml:"chain"`
	Hardware    HardwareConfig    `toml:"hardware"`
	Task        task.Options      `toml:"task"` // the coordinator's task when the node runs without a chain
	Coordinator CoordinatorConfig `toml:"coordinator"`
	Trainer     TrainerConfig     `toml:"trainer"`
	Validator   ValidatorConfig   `toml:"validator"`
	Miner       MinerConfig       `toml:"miner"`
	Authorizer  AuthorizerConfig  `toml:"authorizer"`
	Gateway     GatewayConfig     `toml:"gateway"`

	// Home is Cohort's home directory (from the CLI): the deployment record is found there.
	Home string `toml:"-"`
}

// ChainConfig is how a node acts on chain. Without RPC the node runs off chain (a coordinator runs
// its [task], a trainer joins its configured coordinator).
type ChainConfig struct {
	RPC string `toml:"rpc"` // JSON-RPC URL of any EVM chain
	// Deployment is the suite's deployment record (default <home>/deployments/<chain-id>.json).
	Deployment    string        `toml:"deployment"`
	Confirmations uint64        `toml:"confirmations"` // blocks on top of an event before the node acts on it
	Poll          task.Duration `toml:"poll"`          // how often the node polls for new blocks (default 1s)
	// Faucet lets the node fund itself (gas and stake) from the chain's well-known dev account on a
	// dev chain (id 1337 or 31337). Never on a real chain.
	Faucet bool   `toml:"faucet"`
	Stake  string `toml:"stake"` // whole tokens staked at registration (default 100)
	Rate   string `toml:"rate"`  // hourly rate this node bids at, whole tokens (default 10)
	// AutoSettle settles an attested task this node is paid by once its dispute window has passed;
	// AutoWithdraw withdraws what the market owes the node. Both default to true.
	AutoSettle   *bool `toml:"auto_settle"`
	AutoWithdraw *bool `toml:"auto_withdraw"`
}

// HardwareConfig is what the node registers about its machine.
type HardwareConfig struct {
	CPUCores int    `toml:"cpu_cores"`
	MemoryMB int    `toml:"memory_mb"`
	GPUCount int    `toml:"gpu_count"`
	GPUModel string `toml:"gpu_model"`
}

// CoordinatorConfig is the coordinator role's section.
type CoordinatorConfig struct {
	EvalData string   `toml:"eval_data"` // optional hold-out CSV the coordinator evaluates each round on
	Label    string   `toml:"label"`
	Classes  []string `toml:"classes"`  // label values, when there is no eval data (off chain)
	Features int      `toml:"features"` // input width, when there is no eval data (off chain)
	// Schema, off chain, is the schema file (internal/schema) the task's data is read through: it goes
	// into the task spec, every trainer reads its raw CSV through it, and the model's width comes from
	// its columns (one-hot columns must list their categories); eval_data is read through it too.
	Schema string `toml:"schema"`
	// MinTrainers, with a schema whose categorical column lists no categories, is how many trainers
	// must hold a category for the union of their categories to keep it (0: 2, never more than joined).
	MinTrainers int `toml:"min_trainers"`
	// Validation is a CSV of rows the coordinator keeps for automatic rounds (auto_rounds): the task
	// ends when their log-loss plateaus. On chain it serves every task with training.auto_rounds that
	// names this node (read through the task's schema when its document embeds one); off chain the
	// [task] with auto_rounds.
	Validation string `toml:"validation"`
	// Trainers, off chain, are the only trainers admitted, each "0xADDRESS=URL": train requests go to
	// that URL, never to one a joiner names. Empty: any key may join while the task has room, naming
	// an endpoint on its own address only.
	Trainers []string `toml:"trainers"`
}

// TrainerConfig is the trainer role's section.
type TrainerConfig struct {
	CoordinatorURL string `toml:"coordinator_url"` // off chain: the coordinator to join
	Coordinator    string `toml:"coordinator"`     // off chain: its address; only its train requests are obeyed
	Data           string `toml:"data"`            // local CSV; its rows never leave this node
	Label          string `toml:"label"`
	MaxTasks       int    `toml:"max_tasks"` // tasks trained at once (default 1): the node bids on no more
	// DatasetID is the manifest CID of the node's dataset as an authorizer attested it (`cohort data
	// order`): with it the node bids on tasks that want an attested dataset of that schema.
	DatasetID string `toml:"dataset_id"`
}

// ValidatorConfig is the validator role's section. A validator attests training tasks when it has
// a hold-out set, and scores the inference subnet's miners when [validator.inference] names a model.
type ValidatorConfig struct {
	Holdout   string                 `toml:"holdout"` // the validator's own hold-out CSV: final models are measured on it
	Label     string                 `toml:"label"`
	Inference InferenceScoringConfig `toml:"inference"`
}

// InferenceScoringConfig is [validator.inference]: the validator sends signed requests to the
// miners of one model, verifies their proofs, scores them with Omron's rule and publishes the
// scores as the miners' reputation (it needs the registry's SCORER_ROLE).
type InferenceScoringConfig struct {
	// Keys is the model's key directory (circuit.json and vk.bin; `cohort zk setup` or a ceremony);
	// miners of the model hold the same directory with pk.bin.
	Keys string `toml:"keys"`
	// Model names a built-in model (tiny | logreg_breast_cancer) whose test rows are the synthetic
	// inputs; on a dev chain its keys are made in Keys when the directory is empty. Without it the
	// inputs are random values in the model's range.
	Model        string        `toml:"model"`
	Miners       []string      `toml:"miners"`        // addresses to score; default every registered miner serving the model
	Interval     task.Duration `toml:"interval"`      // between rounds (default 30s)
	PublishEvery int           `toml:"publish_every"` // rounds between handing scores to the consensus measurements (default 10)
	Timeout      task.Duration `toml:"timeout"`       // per miner answer (default 60s)
}

// MinerConfig is the miner role's section: the model the miner proves inference of.
type MinerConfig struct {
	// Keys is the model's key directory (circuit.json, pk.bin, vk.bin: `cohort zk setup` or a
	// ceremony). Validators and the oracle's registered verifier must come from the same keys.
	Keys string `toml:"keys"`
	// Model names a built-in model (tiny | logreg_breast_cancer): on a dev chain, keys are made in
	// Keys by a single-party setup when the directory is empty (whoever made them can forge proofs).
	Model      string   `toml:"model"`
	Validators []string `toml:"validators"` // signers allowed to send requests; empty: nodes registered as validators
	// Oracle fulfils the InferenceOracle's requests for the model whose input a requester delivered
	// to this miner (POST /v1/oracle/input). Default true.
	Oracle      *bool `toml:"oracle"`
	MaxInflight int   `toml:"max_inflight"` // concurrent proofs (default GOMAXPROCS)
	// MaxQueue bounds the requests waiting for a proof slot; more are refused with 503 and
	// Retry-After before their body is read (default 8 per proof slot).
	MaxQueue int `toml:"max_queue"`
}

// AuthorizerConfig is the authorizer role's section: the node lists one validation service per schema
// in the DataRegistry, validates the datasets data owners order it to, and attests the reports.
type AuthorizerConfig struct {
	Schemas []string `toml:"schemas"` // schema files (YAML, internal/schema)
	Fee     string   `toml:"fee"`     // whole tokens per dataset (default 1)
	// MaxDataMB bounds the sealed data the node fetches for one order (default 1024).
	MaxDataMB int64 `toml:"max_data_mb"`
}

// GatewayConfig is the gateway role's inference API: POST /v1/infer for the listed models. A
// gateway always serves the artifact store's block API; without models it serves no inference.
type GatewayConfig struct {
	Models    []string `toml:"models"`      // model files (cohort-model/1) served by POST /v1/infer
	MaxBodyKB int64    `toml:"max_body_kb"` // per inference request (default 1024)
	MaxBatch  int      `toml:"max_batch"`   // rows per inference request (default 256)
	Rate      float64  `toml:"rate"`        // inference requests per second from one address (default 500)
	Burst     int      `toml:"burst"`       // requests one address may send at once (default 1000)
	// ProvenURL is an inference validator (base URL) that lists this node's key among its clients:
	// mode "proven" forwards a request's row to its POST /v1/request. Empty: proven mode answers 501.
	ProvenURL     string `toml:"proven_url"`
	ProvenChainID uint64 `toml:"proven_chain_id"` // the chain id the validator checks signatures for (default: the node's chain)
	// FHEURL is the FHE server (`cohort fhe serve`) clients call for encrypted inference: mode
	// "encrypted" answers 501 naming it. Empty: 501 saying none is configured.
	FHEURL string `toml:"fhe_url"`
}

// LoadConfig reads a TOML node configuration (unknown keys are an error), applies COHORT_*
// environment variables from env (os.Environ() form), fills defaults and validates.
func LoadConfig(path string, env []string) (*Config, error) {
	var c Config
	md, err := toml.DecodeFile(path, &c)
	if err != nil {
		return nil, cohort.Errorf(cohort.EInvalid, "config %s: %v", path, err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		keys := make([]string, len(und))
		for i, k := range und {
			keys[i] = k.String()
		}
		return nil, cohort.Errorf(cohort.EInvalid, "config %s: unknown keys %s", path, strings.Join(keys, ", "))
	}
	if err := applyEnv(&c, env); err != nil {
		return nil, cohort.Errorf(cohort.EInvalid, "config %s: %v", path, err)
	}
	base := filepath.Dir(path)
	for _, p := range []*string{&c.DataDir, &c.Keystore, &c.PasswordFile, &c.Coordinator.EvalData, &c.Coordinator.Schema, &c.Coordinator.Validation, &c.Trainer.Data,
		&c.Validator.Holdout, &c.Chain.Deployment, &c.Miner.Keys, &c.Validator.Inference.Keys} {
		if *p != "" && !filepath.IsAbs(*p) {
			*p = filepath.Join(base, *p)
		}
	}
	for i, p := range c.Gateway.Models {
		if p != "" && !filepath.IsAbs(p) {
			c.Gateway.Models[i] = filepath.Join(base, p)
		}
	}
	for i, p := range c.Authorizer.Schemas {
		if p != "" && !filepath.IsAbs(p) {
			c.Authorizer.Schemas[i] = filepath.Join(base, p)
		}
	}
	if err := c.resolve(); err != nil {
		return nil, cohort.Errorf(cohort.EInvalid, "config %s: %v", path, err)
	}
	return &c, nil
}

// resolve fills defaults and validates.
func (c *Config) resolve() error {
	if c.Role != "" && !slices.Contains(c.Roles, c.Role) {
		c.Roles = append(c.Roles, c.Role)
	}
	c.Role = ""
	if c.Listen == "" {
		c.Listen = "127.0.0.1:7100"
	}
	if c.Advertise == "" {
		c.Advertise = "http://" + c.Listen
	}
	if c.Chain.Stake == "" {
		c.Chain.Stake = "100"
	}
	if c.Chain.Rate == "" {
		c.Chain.Rate = "10"
	}
	if c.Trainer.MaxTasks == 0 {
		c.Trainer.MaxTasks = 1
	}
	if c.Authorizer.Fee == "" {
		c.Authorizer.Fee = "1"
	}
	if c.Authorizer.MaxDataMB == 0 {
		c.Authorizer.MaxDataMB = 1024
	}
	switch {
	case len(c.Roles) == 0:
		return fmt.Errorf("roles: name at least one of %s", strings.Join(Roles, ", "))
	case c.DataDir == "":
		return fmt.Errorf("data_dir is required")
	case c.Keystore == "":
		return fmt.Errorf("keystore is required (make one with `cohort keys new`)")
	}
	for _, r := range c.Roles {
		if !slices.Contains(Roles, r) {
			return fmt.Errorf("role %q: want one of %s", r, strings.Join(Roles, ", "))
		}
	}
	if c.Chain.RPC == "" {
		for _, r := range c.Roles {
			if r != RoleTrainer && r != RoleCoordinator && r != RoleGateway {
				return fmt.Errorf("role %s acts on chain: set chain.rpc", r)
			}
		}
		if len(c.Roles) != 1 {
			return fmt.Errorf("without chain.rpc a node runs one role, coordinator, trainer or gateway")
		}
	}
	if c.Has(RoleValidator) && c.Chain.RPC != "" && c.Validator.Holdout == "" && c.Validator.Inference.Keys == "" {
		return fmt.Errorf("validator.holdout is required: validators measure models on their own data (or set validator.inference.keys to score inference miners only)")
	}
	if c.Has(RoleMiner) && c.Miner.Keys == "" {
		return fmt.Errorf("miner.keys is required: the key directory of the model the miner proves")
	}
	for _, m := range []string{c.Miner.Model, c.Validator.Inference.Model} {
		if m != "" && !isBuiltinModel(m) {
			return fmt.Errorf("model %q: built-in models are %s, %s and %s (else give keys only)", m, InferenceModelTiny, InferenceModelLogReg, InferenceModelLSTM)
		}
	}
	if c.Has(RoleAuthorizer) && len(c.Authorizer.Schemas) == 0 {
		return fmt.Errorf("authorizer.schemas is required: the schema files the node validates data against")
	}
	if c.Has(RoleGateway) && len(c.Gateway.Models) > 0 && c.Has(RoleMiner) {
		return fmt.Errorf("gateway.models: a miner serves POST /v1/infer to its validators on this node; run the inference gateway on another node")
	}
	if c.Miner.MaxInflight < 0 || c.Miner.MaxQueue < 0 {
		return fmt.Errorf("miner: max_inflight and max_queue must not be negative (0: the default)")
	}
	if c.Gateway.MaxBodyKB < 0 || c.Gateway.MaxBatch < 0 || c.Gateway.Rate < 0 || c.Gateway.Burst < 0 {
		return fmt.Errorf("gateway: max_body_kb, max_batch, rate and burst must not be negative")
	}
	if c.Has(RoleTrainer) && c.Trainer.Data == "" {
		return fmt.Errorf("trainer.data is required")
	}
	return nil
}

// Has reports whether the node runs role.
func (c *Config) Has(role string) bool { return slices.Contains(c.Roles, role) }

// TOML returns the configuration as a TOML document (what `cohort config show` prints). Paths to
// secrets are shown; secrets themselves never live in the config.
func (c *Config) TOML() ([]byte, error) {
	var b strings.Builder
	if err := toml.NewEncoder(&b).Encode(c); err != nil {
		return nil, err
	}
	return []byte(b.String()), nil
}

// applyEnv sets every key for which env holds COHORT_<PATH> (the key's TOML path in upper case,
// sections joined by _).
func applyEnv(c *Config, env []string) error {
	vals := map[string]string{}
	for _, kv := range env {
		if k, v, ok := strings.Cut(kv, "="); ok && strings.HasPrefix(k, "COHORT_") {
			vals[k] = v
		}
	}
	return setFromEnv(reflect.ValueOf(c).Elem(), "COHORT", vals)
}

var textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()

func setFromEnv(v reflect.Value, prefix string, vals map[string]string) error {
	t := v.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		tag, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
		if tag == "" || tag == "-" || !f.IsExported() {
			continue
		}
		name := prefix + "_" + strings.ToUpper(tag)
		fv := v.Field(i)
		if f.Type.Kind() == reflect.Struct && !reflect.PointerTo(f.Type).Implements(textUnmarshaler) {
			if err := setFromEnv(fv, name, vals); err != nil {
				return err
			}
			continue
		}
		s, ok := vals[name]
		if !ok {
			continue
		}
		if err := setValue(fv, s); err != nil {
			return fmt.Errorf("%s=%q: %v", name, s, err)
		}
	}
	return nil
}

func setValue(fv reflect.Value, s string) error {
	if fv.CanAddr() && fv.Addr().Type().Implements(textUnmarshaler) {
		return fv.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(s))
	}
	switch fv.Kind() {
	case reflect.String:
		fv.SetString(s)
	case reflect.Bool:
		b, err := strconv.ParseBool(s)
		if err != nil {
			return err
		}
		fv.SetBool(b)
	case reflect.Int, reflect.Int64:
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return err
		}
		fv.SetInt(n)
	case reflect.Uint64:
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			return err
		}
		fv.SetUint(n)
	case reflect.Float64:
		x, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return err
		}
		fv.SetFloat(x)
	case reflect.Pointer:
		p := reflect.New(fv.Type().Elem())
		if err := setValue(p.Elem(), s); err != nil {
			return err
		}
		fv.Set(p)
	case reflect.Slice:
		var parts []string
		if s != "" {
			parts = strings.Split(s, ",")
		}
		sl := reflect.MakeSlice(fv.Type(), len(parts), len(parts))
		for i, p := range parts {
			if err := setValue(sl.Index(i), strings.TrimSpace(p)); err != nil {
				return err
			}
		}
		fv.Set(sl)
	default:
		return fmt.Errorf("unsupported kind %s", fv.Kind())
	}
	return nil
}
