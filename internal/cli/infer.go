package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/api"
	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/node"
	"github.com/cohort-net/cohort/internal/zk"
)

// inferCmd is `cohort infer`: verifiable inference through the InferenceOracle.
func (a *app) inferCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "infer", Short: "Verifiable inference on chain: request a proven result from the network's miners, register models"}
	cmd.AddCommand(a.inferRequestCmd(), a.inferRegisterModelCmd(), a.inferGrantScorerCmd())
	return cmd
}

// inferResult is what `cohort infer request --json` prints.
type inferResult struct {
	RequestID   uint64     `json:"request_id"`
	ModelID     zk.Element `json:"model_id"`
	Nonce       zk.Element `json:"nonce"`
	InputCommit zk.Element `json:"input_commit"`
	Input       []int64    `json:"input"`
	Fee         string     `json:"fee"`
	RequestTx   string     `json:"request_tx"`
	DeliveredTo []string   `json:"delivered_to"`
	Miner       string     `json:"miner"`
	Outputs     []int64    `json:"outputs"`
	Class       int        `json:"class"`
	FulfilledAt time.Time  `json:"fulfilled_at"`
	// Verified: the oracle accepted the result only after the model's registered verifier checked
	// the miner's proof on chain, bound to this request's nonce and input commitment.
	Verified bool `json:"verified"`
}

func (a *app) inferRequestCmd() *cobra.Command {
	var (
		cf                        chainFlags
		keys, modelFlag, minerStr string
		input, features, file     string
		fee                       string
		ttl, timeout              time.Duration
	)
	cmd := &cobra.Command{
		Use:   "request",
		Short: "Post an InferenceOracle request, deliver the input to the model's miners and wait for the verified result",
		Long: `Post an inference request on chain with the caller's key: the oracle escrows the fee and records
the input's commitment; the input itself goes to the registered miners that serve the model
(POST /v1/oracle/input), never on chain. The first miner whose proof the model's on-chain verifier
accepts is paid the fee, and the command prints its result. The model comes from its key directory
(--keys DIR, circuit.json suffices) or by id (--model ID, asked of a miner that serves it).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if (keys == "") == (modelFlag == "") {
				return usagef("give --keys DIR or --model ID")
			}
			if n := countSet(input, features, file); n != 1 {
				return usagef("give one of --input, --features, --input-file")
			}
			feeWei, err := chain.ParseTokens(fee)
			if err != nil {
				return usagef("--fee %q: %v", fee, err)
			}
			var prover cohort.NodeID
			if minerStr != "" {
				if prover, err = cohort.ParseNodeID(minerStr); err != nil {
					return usagef("--miner: %v", err)
				}
			}
			c, from, err := a.dialSigner(ctx, &cf)
			if err != nil {
				return err
			}
			defer c.Close()
			miners, err := c.NodesWithRole(ctx, cohort.RoleMiner)
			if err != nil {
				return err
			}
			if prover != (cohort.NodeID{}) {
				miners = onlyNode(miners, prover)
			}
			q, modelID, err := a.inferModel(ctx, keys, modelFlag, miners)
			if err != nil {
				return err
			}
			if _, err := c.OracleModelInfo(ctx, modelID); err != nil {
				if cohort.Code(err) == cohort.ENotFound || chain.IsRevert(err) {
					return cohort.Errorf(cohort.EInvalid, "model %s is not registered on the oracle (`cohort infer register-model`): %v", modelID, err)
				}
				return err
			}
			x, err := readInferInput(q, input, features, file)
			if err != nil {
				return err
			}
			// The input's salt: only the miners that get the input learn it; the chain sees the
			// salted commitment.
			salt := zk.NewSalt()
			commit := q.InputCommitment(x, salt)
			id, nonce, tx, err := c.RequestInference(ctx, from, chain.InferenceAsk{ModelID: modelID, InputCommit: commit, Fee: feeWei, Prover: prover, TTL: ttl})
			if err != nil {
				return err
			}
			res := inferResult{RequestID: id, ModelID: modelID, Nonce: zk.Element(nonce), InputCommit: zk.Element(commit), Input: x,
				Fee: chain.FormatTokens(feeWei), RequestTx: tx, DeliveredTo: []string{}}
			a.log.Info("inference requested", "request", id, "tx", tx)
			body, _ := json.Marshal(node.OracleInput{RequestID: id, Input: x, Salt: salt})
			for _, m := range miners {
				if err := postOracleInput(ctx, m.Endpoint, body); err != nil {
					a.log.Info("miner did not take the input", "miner", m.NodeID(), "err", err)
					continue
				}
				res.DeliveredTo = append(res.DeliveredTo, m.NodeID().String())
			}
			if len(res.DeliveredTo) == 0 {
				return cohort.Errorf(cohort.EUnavailable, "request %d: no registered miner of model %s took the input (cancel the request after its ttl to refund the fee)", id, modelID)
			}
			if !a.json {
				fmt.Fprintf(a.stderr, "request %d posted (tx %s); input delivered to %d miner(s); waiting for a verified result...\n", id, tx, len(res.DeliveredTo))
			}
			wctx, cancel := context.WithTimeout(ctx, timeout)
			defer cancel()
			r, err := c.WaitInferenceResult(wctx, id, time.Second)
			if err != nil {
				return err
			}
			res.Miner, res.Outputs, res.FulfilledAt, res.Verified = cohort.NodeID(r.Miner).String(), r.Outputs, r.FulfilledAt, true
			res.Class = zk.Class(r.Outputs)
			if a.json {
				return a.printJSON(res)
			}
			fmt.Fprintf(a.stdout, "request   %d\nmodel     %s\nminer     %s\noutputs   %v\nclass     %d\nverified  on chain by the model's verifier (proof bound to nonce %s)\n",
				id, modelID, res.Miner, r.Outputs, res.Class, zk.Element(nonce))
			return nil
		},
	}
	f := cmd.Flags()
	cf.register(f, true)
	f.StringVar(&keys, "keys", "", "the model's key directory (circuit.json)")
	f.StringVar(&modelFlag, "model", "", "the model id (0x...), fetched from a miner that serves it")
	f.StringVar(&input, "input", "", "quantized input, comma-separated integers in the model's fixed point")
	f.StringVar(&features, "features", "", "float features, comma-separated (quantized to the model's input format)")
	f.StringVar(&file, "input-file", "", `JSON file: {"input": [...]} or {"features": [...]}`)
	f.StringVar(&fee, "fee", "0", "fee in whole tokens, escrowed and paid to the miner that answers")
	f.DurationVar(&ttl, "ttl", time.Hour, "time until the request expires (its fee can then be refunded)")
	f.StringVar(&minerStr, "miner", "", "reserve the request for this miner (address); default: any miner of the model")
	f.DurationVar(&timeout, "timeout", 5*time.Minute, "how long to wait for the verified result")
	return cmd
}

func countSet(ss ...string) int {
	n := 0
	for _, s := range ss {
		if s != "" {
			n++
		}
	}
	return n
}

func onlyNode(ns []chain.NodeInfo, id cohort.NodeID) []chain.NodeInfo {
	for _, n := range ns {
		if n.NodeID() == id {
			return []chain.NodeInfo{n}
		}
	}
	return nil
}

// inferModel returns the quantized model and its id: from the key directory, or from the first miner
// that serves model id. A miner that lies about the model only makes the request unfulfillable: the
// commitment it leads to matches no honest proof, and the fee is refunded after the ttl.
func (a *app) inferModel(ctx context.Context, keys, idStr string, miners []chain.NodeInfo) (*zk.QModel, zk.Element, error) {
	if keys != "" {
		cf, _, _, err := zk.LoadKeys(keys, false)
		if err != nil {
			return nil, zk.Element{}, err
		}
		return cf.Model, cf.ModelID, nil
	}
	var id zk.Element
	if err := id.UnmarshalText([]byte(idStr)); err != nil {
		return nil, id, usagef("--model: %v", err)
	}
	hc := &http.Client{Timeout: 10 * time.Second}
	for _, m := range miners {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, strings.TrimSuffix(m.Endpoint, "/")+node.ModelPath, nil)
		if err != nil {
			continue
		}
		resp, err := hc.Do(req)
		if err != nil {
			continue
		}
		var mi node.ModelInfo
		err = json.NewDecoder(http.MaxBytesReader(nil, resp.Body, 16<<20)).Decode(&mi)
		resp.Body.Close()
		if err != nil || resp.StatusCode != http.StatusOK || mi.ModelID != id || mi.Model == nil || mi.Model.Validate() != nil {
			continue
		}
		return mi.Model, id, nil
	}
	return nil, id, cohort.Errorf(cohort.ENotFound, "no registered miner serves model %s (or give --keys DIR)", id)
}

// readInferInput parses the input flags into a checked quantized input.
func readInferInput(q *zk.QModel, input, features, file string) ([]int64, error) {
	var x []int64
	switch {
	case input != "":
		for _, p := range strings.Split(input, ",") {
			v, err := strconv.ParseInt(strings.TrimSpace(p), 10, 64)
			if err != nil {
				return nil, usagef("--input: %v", err)
			}
			x = append(x, v)
		}
	case features != "":
		var fs []float64
		for _, p := range strings.Split(features, ",") {
			v, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
			if err != nil {
				return nil, usagef("--features: %v", err)
			}
			fs = append(fs, v)
		}
		if len(fs) != q.Inputs() {
			return nil, usagef("--features: %d values, the model takes %d", len(fs), q.Inputs())
		}
		x = q.QuantizeInput(fs)
	default:
		b, err := os.ReadFile(file)
		if err != nil {
			return nil, err
		}
		var v struct {
			Input    []int64   `json:"input"`
			Features []float64 `json:"features"`
		}
		if err := json.Unmarshal(b, &v); err != nil {
			return nil, cohort.Errorf(cohort.EInvalid, "%s: %v", file, err)
		}
		if len(v.Features) > 0 {
			return readInferInput(q, "", joinFloats(v.Features), "")
		}
		x = v.Input
	}
	if err := q.CheckInput(x); err != nil {
		return nil, err
	}
	return x, nil
}

func joinFloats(fs []float64) string {
	s := make([]string, len(fs))
	for i, f := range fs {
		s[i] = strconv.FormatFloat(f, 'g', -1, 64)
	}
	return strings.Join(s, ",")
}

func postOracleInput(ctx context.Context, endpoint string, body []byte) error {
	if endpoint == "" {
		return fmt.Errorf("no endpoint")
	}
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(cctx, http.MethodPost, strings.TrimSuffix(endpoint, "/")+node.OracleInputPath, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusAccepted && resp.StatusCode != http.StatusOK {
		return api.DecodeError(resp)
	}
	return nil
}

func (a *app) inferRegisterModelCmd() *cobra.Command {
	var (
		cf             chainFlags
		keys, verifier string
		owner          string
	)
	cmd := &cobra.Command{
		Use:   "register-model --keys DIR --verifier FILE",
		Short: "Deploy a model's compiled Solidity verifier and register it on the InferenceOracle (the suite deployer's registrar key)",
		Long: `The oracle checks every answer with the verifier registered for its model id, so each model is set up
once: export its verifier from the key directory, compile it, and register it with the key that
deployed the suite (it holds the oracle's REGISTRAR_ROLE):

  cohort zk export-solidity --keys DIR --out sol/
  solc --evm-version cancun --optimize --bin sol/Groth16Verifier.sol -o sol/   # or solc-js
  cohort infer register-model --keys DIR --verifier sol/Verifier.bin --keystore deployer.json --password-file pw

--verifier takes solc's hex (--bin), solc-js JSON ({"bin": ...}) or solc --combined-json output.
Keys of the default (binary) variant give the cheap verifier; those of --variant lookup cost about 125k gas more.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if keys == "" || verifier == "" {
				return usagef("--keys and --verifier are required")
			}
			ctx := cmd.Context()
			cfile, _, _, err := zk.LoadKeys(keys, false)
			if err != nil {
				return err
			}
			b, err := os.ReadFile(verifier)
			if err != nil {
				return err
			}
			code, err := chain.ReadVerifierBytecode(b)
			if err != nil {
				return err
			}
			c, from, err := a.dialSigner(ctx, &cf)
			if err != nil {
				return err
			}
			defer c.Close()
			own := cohort.NodeID(from.Addr)
			if owner != "" {
				if own, err = cohort.ParseNodeID(owner); err != nil {
					return usagef("--owner: %v", err)
				}
			}
			addr, err := c.RegisterInferenceModel(ctx, from, cfile.ModelID, code, cfile.Model.Outputs(), cfile.Model.OutputBits(), own)
			if err != nil {
				return err
			}
			if a.json {
				return a.printJSON(map[string]any{"model_id": cfile.ModelID, "verifier": addr.String(), "outputs": cfile.Model.Outputs(), "owner": own.String()})
			}
			fmt.Fprintf(a.stdout, "model     %s\nverifier  %s\noutputs   %d\nowner     %s\n", cfile.ModelID, addr, cfile.Model.Outputs(), own)
			return nil
		},
	}
	f := cmd.Flags()
	cf.register(f, true)
	f.StringVar(&keys, "keys", "", "the model's key directory (circuit.json, vk.bin)")
	f.StringVar(&verifier, "verifier", "", "the verifier's compiled creation bytecode")
	f.StringVar(&owner, "owner", "", "who may pause the model (default: the signer)")
	return cmd
}

func (a *app) inferGrantScorerCmd() *cobra.Command {
	var cf chainFlags
	cmd := &cobra.Command{
		Use:   "grant-scorer ADDRESS",
		Short: "Let a validator publish inference scores as miners' reputation (the registry admin grants SCORER_ROLE)",
		Long: `A validator with [validator.inference] publishes its scores of the miners as their NodeRegistry
reputation, which needs the registry's SCORER_ROLE. On a dev chain with chain.faucet the validator
node has the deployer grant it; on a real chain the registry's admin (the key that deployed the suite)
runs this command.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := cohort.ParseNodeID(args[0])
			if err != nil {
				return usagef("address: %v", err)
			}
			ctx := cmd.Context()
			c, from, err := a.dialSigner(ctx, &cf)
			if err != nil {
				return err
			}
			defer c.Close()
			if err := c.GrantScorerTo(ctx, from, id); err != nil {
				return err
			}
			if a.json {
				return a.printJSON(map[string]any{"scorer": id.String()})
			}
			fmt.Fprintf(a.stdout, "%s may publish reputations\n", id)
			return nil
		},
	}
	cf.register(cmd.Flags(), true)
	return cmd
}
