package cli

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/zk"
)

// zkCmd is `cohort zk`: compile models to circuits, make keys (single party or ceremony), prove,
// verify and export Solidity verifiers.
func (a *app) zkCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "zk", Short: "Proof of inference: compile models to circuits, set up keys, prove, verify, export Solidity"}
	cmd.AddCommand(a.zkCompileCmd(), a.zkSetupCmd(), a.zkRequestCmd(), a.zkProveCmd(), a.zkVerifyCmd(),
		a.zkExportCmd(), a.zkCeremonyCmd(), a.zkCheckModelKeyCmd())
	return cmd
}

// zkCheckModelKeyCmd is the registrar's check of a private-weight model's key (zk.CheckModelKeyDir).
func (a *app) zkCheckModelKeyCmd() *cobra.Command {
	var keys, shape string
	cmd := &cobra.Command{
		Use:   "check-model-key",
		Short: "Check that a private-weight model's verifying key folds parameters its owner knows into the shape key (registrar's check; reads no weights)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if keys == "" {
				return usagef("--keys is required")
			}
			if shape == "" {
				a.log.Warn("no --shape: checking against the directory's own shape key, which shows only that the directory is consistent; give the ceremony's key")
			}
			id, n, err := zk.CheckModelKeyDir(keys, shape)
			if err != nil {
				return err
			}
			if a.json {
				return a.printJSON(map[string]any{"model_id": id, "parameters": n, "ok": true})
			}
			fmt.Fprintf(a.stdout, "model key ok: model %s, %d parameters folded\n", id, n)
			return nil
		},
	}
	cmd.Flags().StringVar(&keys, "keys", "", "directory holding vk.bin and opening.bin (and shape_vk.bin)")
	cmd.Flags().StringVar(&shape, "shape", "", "the circuit's verifying key from its ceremony, which you trust (default: the directory's shape_vk.bin)")
	return cmd
}

func (a *app) zkCompileCmd() *cobra.Command {
	var model, out, testCSV, label string
	var o zk.QuantOptions
	var private bool
	cmd := &cobra.Command{
		Use:   "compile",
		Short: "Quantize a float model (zk Model JSON or an FL engine model) and report its circuit size and accuracy",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if model == "" || out == "" {
				return usagef("--model and --out are required")
			}
			q, fm, mf, err := readZKModel(model, o)
			if err != nil {
				return err
			}
			// The owner's weights salt, kept in the model file with the weights: the model id of
			// private weights absorbs it (public-weight circuits ignore it).
			salt := zk.NewSalt()
			q.WeightsSalt = &salt
			c, err := zk.Compile(q, private, zk.Groth16)
			if err != nil {
				return err
			}
			if err := zk.WriteJSON(out, q); err != nil {
				return err
			}
			rep := map[string]any{"out": out, "kind": q.Kind, "constraints": c.Constraints(), "private_weights": private,
				"in_frac": q.InFrac, "w_frac": q.WFrac, "inputs": q.Inputs(), "outputs": q.Outputs()}
			if testCSV != "" {
				if mf != nil && !cmd.Flags().Changed("label") {
					label = "" // the model file's
				}
				d, err := zkTestSet(mf, testCSV, label)
				if err != nil {
					return err
				}
				rep["accuracy"] = zk.Evaluate(fm, q, d)
			}
			if a.json {
				return a.printJSON(rep)
			}
			fmt.Fprintf(a.stdout, "%s model, %d inputs, %d outputs, in_frac %d, w_frac %d: %d constraints -> %s\n",
				q.Kind, q.Inputs(), q.Outputs(), q.InFrac, q.WFrac, c.Constraints(), out)
			if acc, ok := rep["accuracy"].(zk.Accuracy); ok {
				fmt.Fprintf(a.stdout, "accuracy on %d samples: float %.4f, quantized %.4f, agreement %.4f, unprovable %d\n",
					acc.Samples, acc.Float, acc.Quantized, acc.Agreement, acc.Failed)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&model, "model", "", "model: a model file (devnet --save-model, model export), an FL engine model JSON or a zk float model JSON")
	f.StringVar(&out, "out", "", "quantized model JSON to write")
	f.StringVar(&testCSV, "test", "", "test set CSV for the accuracy report: raw rows for a model file (its scaler applied), else features in the model's input units")
	f.StringVar(&label, "label", "label", "label column of --test")
	f.BoolVar(&private, "private", false, "count constraints for private, committed weights")
	natVar(f, &o.InFrac, "in-frac", 8, "fractional bits of inputs and activations")
	countVar(f, &o.InBits, "in-bits", 16, "signed width of inputs")
	countVar(f, &o.WBits, "w-bits", 16, "signed width of weights (8 suits private weights)")
	natVar(f, &o.WFrac, "w-frac", 0, "fractional bits of weights (0: as many as the largest weight allows)")
	countVar(f, &o.ActBits, "act-bits", 32, "signed width of hidden activations")
	countVar(f, &o.TableBits, "table-bits", 12, "LSTM: log2 of the sigmoid/tanh table size")
	return cmd
}

func (a *app) zkSetupCmd() *cobra.Command {
	var model, out, scheme string
	var private bool
	var variant zk.Variant
	cmd := &cobra.Command{
		Use:   "setup",
		Short: "Make keys for a quantized model with a single-party setup (development only: use `zk ceremony` for a network)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if model == "" || out == "" {
				return usagef("--model and --out are required")
			}
			q, err := zk.ReadQModel(model)
			if err != nil {
				return err
			}
			c, err := zk.CompileWith(q, zk.Options{Private: private, Scheme: zk.Scheme(scheme), Variant: variant})
			if err != nil {
				return err
			}
			a.log.Warn("single-party setup: whoever ran it can forge proofs; use `cohort zk ceremony` for real keys",
				"scheme", c.Scheme)
			if c.Scheme == zk.PLONK {
				a.log.Warn("plonk keys from gnark's unsafekzg SRS (known secret): for tests only")
			}
			pk, vk, err := c.Setup()
			if err != nil {
				return err
			}
			return a.saveKeys(out, c, pk, vk)
		},
	}
	f := cmd.Flags()
	f.StringVar(&model, "model", "", "quantized model JSON (from 'zk compile')")
	f.StringVar(&out, "out", "", "key directory to write (circuit.json, pk.bin, vk.bin)")
	f.StringVar(&scheme, "scheme", "groth16", "groth16|plonk")
	f.BoolVar(&private, "private", false, "private weights: the model id is the hash of a model key that folds them (logistic regression, MLP) or an in-circuit hash of them (LSTM)")
	variantVar(f, &variant)
	return cmd
}

func (a *app) saveKeys(dir string, c *zk.Compiled, pk *zk.ProvingKey, vk *zk.VerifyingKey) error {
	id, err := c.ModelID(vk)
	if err != nil {
		return err
	}
	if err := zk.SaveKeys(dir, zk.CircuitFileOf(c, id), pk, vk); err != nil {
		return err
	}
	if a.json {
		return a.printJSON(map[string]any{"model_id": id, "dir": dir, "constraints": c.Constraints(), "scheme": c.Scheme, "variant": c.Options.Variant})
	}
	fmt.Fprintf(a.stdout, "model id     %s\nconstraints  %d\nvariant      %s\nkeys         %s\n", id, c.Constraints(), c.Options.Variant, dir)
	return nil
}

func (a *app) zkRequestCmd() *cobra.Command {
	var keys, prover, input, out string
	var fi floatInput
	cmd := &cobra.Command{
		Use:   "request",
		Short: "Make an inference request with a fresh nonce: float features (--features, --csv; --model applies its scaler) or quantized --input",
		Example: `  cohort zk request --keys keys/ --prover 0x... --csv rows.csv --row 3 --model model.json --out req.json
  cohort zk request --keys keys/ --prover 0x... --features 1.5,-0.25,3 --out req.json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if keys == "" || prover == "" {
				return usagef("--keys and --prover are required")
			}
			if (input != "") == fi.set() {
				return usagef("give the input once: --features or --csv (floats), or --input FILE (JSON)")
			}
			cf, _, _, err := zk.LoadKeys(keys, false)
			if err != nil {
				return err
			}
			p, err := cohort.ParseNodeID(prover)
			if err != nil {
				return usagef("--prover: %v", err)
			}
			x, err := requestInput(cf.Model, input, &fi)
			if err != nil {
				return err
			}
			if err := cf.Model.CheckInput(x); err != nil {
				return err
			}
			req := zk.Request{ModelID: cf.ModelID, Nonce: zk.NewNonce(), Prover: p, Input: x, Salt: zk.NewSalt()}
			return a.writeOrPrint(out, req)
		},
	}
	f := cmd.Flags()
	f.StringVar(&keys, "keys", "", "key directory")
	f.StringVar(&prover, "prover", "", "address of the miner that will answer (the proof binds it)")
	f.StringVar(&input, "input", "", `JSON file: an array of quantized integers, or {"features": [floats]}`)
	fi.register(f)
	f.StringVar(&out, "out", "", "file to write (default stdout)")
	return cmd
}

func (a *app) writeOrPrint(out string, v any) error {
	if out == "" {
		return a.printJSON(v)
	}
	return zk.WriteJSON(out, v)
}

func (a *app) zkProveCmd() *cobra.Command {
	var keys, reqPath, out string
	cmd := &cobra.Command{
		Use:   "prove",
		Short: "Answer an inference request with the outputs and a proof",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if keys == "" || reqPath == "" {
				return usagef("--keys and --request are required")
			}
			cf, pk, _, err := zk.LoadKeys(keys, true)
			if err != nil {
				return err
			}
			f, err := os.Open(reqPath)
			if err != nil {
				return err
			}
			defer f.Close()
			req, err := zk.DecodeRequest(f)
			if err != nil {
				return err
			}
			c, err := zk.CompileWith(cf.Model, cf.Options())
			if err != nil {
				return err
			}
			st, proof, err := c.Prove(pk, cf.ModelID, req)
			if err != nil {
				return err
			}
			return a.writeOrPrint(out, zk.Response{Statement: *st, Proof: proof})
		},
	}
	f := cmd.Flags()
	f.StringVar(&keys, "keys", "", "key directory (circuit.json, pk.bin)")
	f.StringVar(&reqPath, "request", "", "request JSON (from 'zk request')")
	f.StringVar(&out, "out", "", "response JSON to write (default stdout)")
	return cmd
}

func (a *app) zkVerifyCmd() *cobra.Command {
	var keys, respPath, nonce, prover, reqPath, modelFile string
	cmd := &cobra.Command{
		Use:     "verify",
		Short:   "Verify a response to your request: exit 0 if the proof is valid for this model, the request's nonce, prover and input, 1 if not",
		Example: `  cohort zk verify --keys keys/ --response resp.json --request req.json --model model.json`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if keys == "" || respPath == "" {
				return usagef("--keys and --response are required")
			}
			if reqPath == "" && nonce == "" {
				return usagef("give the request the proof answers: --request FILE (from zk request) or --nonce 0x...; any earlier proof for this model verifies, so without its request a proof says nothing about yours")
			}
			cf, _, vk, err := zk.LoadKeys(keys, false)
			if err != nil {
				return err
			}
			f, err := os.Open(respPath)
			if err != nil {
				return err
			}
			defer f.Close()
			resp, err := zk.DecodeResponse(f)
			if err != nil {
				return err
			}
			st := &resp.Statement
			problems := []string{}
			if st.ModelID != cf.ModelID {
				problems = append(problems, fmt.Sprintf("model id %s, this model is %s", st.ModelID, cf.ModelID))
			}
			if reqPath != "" {
				ps, err := checkAgainstRequest(cf.Model, st, reqPath)
				if err != nil {
					return err
				}
				problems = append(problems, ps...)
			}
			if nonce != "" {
				var n zk.Element
				if err := n.UnmarshalText([]byte(nonce)); err != nil {
					return usagef("--nonce: %v", err)
				}
				if n != st.Nonce {
					problems = append(problems, "nonce differs from the request's")
				}
			}
			if prover != "" {
				p, err := cohort.ParseNodeID(prover)
				if err != nil {
					return usagef("--prover: %v", err)
				}
				if p != st.Prover {
					problems = append(problems, fmt.Sprintf("proof made for prover %s, not %s", st.Prover, p))
				}
			}
			if len(problems) == 0 {
				if err := zk.Verify(vk, st, resp.Proof); err != nil {
					problems = append(problems, err.Error())
				}
			}
			return a.printVerified(cf.Model, st, problems, modelFile)
		},
	}
	f := cmd.Flags()
	f.StringVar(&keys, "keys", "", "key directory (circuit.json, vk.bin)")
	f.StringVar(&respPath, "response", "", "response JSON (from 'zk prove')")
	f.StringVar(&reqPath, "request", "", "the request sent (from zk request): the proof must answer its model, nonce, prover and input")
	f.StringVar(&nonce, "nonce", "", "the nonce of the request sent (when the request file is not at hand)")
	f.StringVar(&modelFile, "model", "", "the model file the circuit was compiled from: name the predicted class")
	f.StringVar(&prover, "prover", "", "the miner expected to have answered")
	return cmd
}

func (a *app) zkExportCmd() *cobra.Command {
	var keys, out string
	cmd := &cobra.Command{
		Use:   "export-solidity",
		Short: "Write the model's Solidity verifier (SHA-256 hash-to-field, matching `zk prove`) into a directory",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if keys == "" || out == "" {
				return usagef("--keys and --out are required")
			}
			cf, _, vk, err := zk.LoadKeys(keys, false)
			if err != nil {
				return err
			}
			var b bytes.Buffer
			if err := vk.ExportSolidity(&b); err != nil {
				return err
			}
			if err := os.MkdirAll(out, 0o755); err != nil {
				return err
			}
			name := "Groth16Verifier.sol"
			if cf.Scheme == zk.PLONK {
				name = "PlonkVerifier.sol"
			}
			path := filepath.Join(out, name)
			if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
				return err
			}
			if a.json {
				return a.printJSON(map[string]any{"file": path, "model_id": cf.ModelID, "public_inputs": cf.Model.PublicInputs(),
					"outputs": cf.Model.Outputs(), "output_bits": cf.Model.OutputBits()})
			}
			fmt.Fprintf(a.stdout, "%s  (model %s, %d public inputs: %d outputs of %d bits packed)\n", path, cf.ModelID,
				cf.Model.PublicInputs(), cf.Model.Outputs(), cf.Model.OutputBits())
			return nil
		},
	}
	cmd.Flags().StringVar(&keys, "keys", "", "key directory")
	cmd.Flags().StringVar(&out, "out", "", "directory for the .sol file")
	return cmd
}

// ceremony holds the flags of `cohort zk ceremony contribute|verify`.
type ceremony struct {
	phase                       int
	model, in, out, srs, beacon string
	private                     bool
	variant                     zk.Variant
}

func (a *app) zkCeremonyCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "ceremony", Short: "Groth16 multi-party setup: contribute to or verify and seal phase 1 (powers of tau) and phase 2 (per circuit)"}
	var cr ceremony
	contribute := &cobra.Command{
		Use:   "contribute",
		Short: "Add your contribution: --in the previous file (none to start), --out yours; then destroy nothing, the secret never leaves memory",
		Args:  cobra.NoArgs,
		RunE:  func(cmd *cobra.Command, _ []string) error { return a.ceremonyContribute(&cr) },
	}
	verify := &cobra.Command{
		Use:   "verify CONTRIBUTION...",
		Short: "Verify a chain of contributions in order and seal it with --beacon: phase 1 writes the SRS to --out, phase 2 writes a key directory",
		Args:  cobra.MinimumNArgs(1),
		RunE:  func(cmd *cobra.Command, args []string) error { return a.ceremonyVerify(&cr, args) },
	}
	for _, c := range []*cobra.Command{contribute, verify} {
		f := c.Flags()
		intRangeVar(f, &cr.phase, "phase", 0, 1, 2, "1 (powers of tau, sized for --model's circuit) or 2 (the circuit)")
		f.StringVar(&cr.model, "model", "", "quantized model JSON")
		f.BoolVar(&cr.private, "private", false, "the circuit with private, committed weights")
		variantVar(f, &cr.variant)
		f.StringVar(&cr.srs, "srs", "", "phase 2: the sealed phase 1 SRS")
		f.StringVar(&cr.out, "out", "", "output file (contribute, verify phase 1) or key directory (verify phase 2)")
	}
	contribute.Flags().StringVar(&cr.in, "in", "", "the previous contribution (omit to start the phase)")
	verify.Flags().StringVar(&cr.beacon, "beacon", "", "hex public random beacon chosen after the last contribution")
	cmd.AddCommand(contribute, verify)
	return cmd
}

// compiled compiles the circuit of --model.
func (cr *ceremony) compiled() (*zk.Compiled, error) {
	if cr.model == "" {
		return nil, usagef("--model is required")
	}
	q, err := zk.ReadQModel(cr.model)
	if err != nil {
		return nil, err
	}
	return zk.CompileWith(q, zk.Options{Private: cr.private, Scheme: zk.Groth16, Variant: cr.variant})
}

// readSRS reads the sealed phase 1 that phase 2 needs.
func (cr *ceremony) readSRS() ([]byte, error) {
	if cr.srs == "" {
		return nil, usagef("phase 2 needs --srs (the sealed phase 1)")
	}
	return os.ReadFile(cr.srs)
}

func (a *app) ceremonyContribute(cr *ceremony) error {
	if cr.out == "" {
		return usagef("--out is required")
	}
	if cr.phase != 1 && cr.phase != 2 {
		return usagef("--phase 1|2")
	}
	c, err := cr.compiled()
	if err != nil {
		return err
	}
	var prev []byte
	if cr.in != "" {
		if prev, err = os.ReadFile(cr.in); err != nil {
			return err
		}
	}
	var next []byte
	if cr.phase == 1 {
		next, err = zk.Phase1Contribute(prev, c.Domain())
	} else {
		s, rerr := cr.readSRS()
		if rerr != nil {
			return rerr
		}
		next, err = c.Phase2Contribute(s, prev)
	}
	if err != nil {
		return err
	}
	if err := os.WriteFile(cr.out, next, 0o644); err != nil {
		return err
	}
	if a.json {
		return a.printJSON(map[string]any{"phase": cr.phase, "out": cr.out, "bytes": len(next)})
	}
	fmt.Fprintf(a.stdout, "phase %d contribution -> %s (%d bytes)\n", cr.phase, cr.out, len(next))
	return nil
}

func (a *app) ceremonyVerify(cr *ceremony, files []string) error {
	if cr.out == "" || cr.beacon == "" {
		return usagef("--out and --beacon are required (the beacon: public randomness fixed after the last contribution, as hex)")
	}
	bc, err := hex.DecodeString(strings.TrimPrefix(cr.beacon, "0x"))
	if err != nil || len(bc) == 0 {
		return usagef("--beacon: want hex")
	}
	if cr.phase != 1 && cr.phase != 2 {
		return usagef("--phase 1|2")
	}
	c, err := cr.compiled()
	if err != nil {
		return err
	}
	var chain [][]byte
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		chain = append(chain, b)
	}
	if cr.phase == 2 {
		s, err := cr.readSRS()
		if err != nil {
			return err
		}
		pk, vk, err := c.Phase2Seal(s, bc, chain)
		if err != nil {
			return err
		}
		return a.saveKeys(cr.out, c, pk, vk)
	}
	s, err := zk.Phase1Seal(c.Domain(), bc, chain)
	if err != nil {
		return err
	}
	if err := os.WriteFile(cr.out, s, 0o644); err != nil {
		return err
	}
	if a.json {
		return a.printJSON(map[string]any{"phase": 1, "contributions": len(chain), "srs": cr.out})
	}
	fmt.Fprintf(a.stdout, "phase 1: %d contributions verified, sealed SRS -> %s\n", len(chain), cr.out)
	return nil
}
