package cli

import (
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/node"
	"github.com/cohort-net/cohort/internal/protocol"
)

func (a *app) devnetCmd() *cobra.Command {
	var o node.DevnetOptions
	var hidden, subnet, dishonest, saveModel string
	var once, noChain bool
	cmd := &cobra.Command{
		Use:   "devnet",
		Short: "Run a whole network on loopback: a coordinator and N trainers training one federated task",
		Long: `devnet starts a coordinator and --nodes trainers in this process, each an HTTP server on
127.0.0.1, splits the data among the trainers (the rows never leave them), runs a federated task with a
progress line per round, prints the final test accuracy beside a centralized model trained on the same
split, and keeps serving until Ctrl-C (--once exits after the task).

Data: a bundled set (breast_cancer, digits), fashion-mnist (Debian's dataset-fashion-mnist), or a CSV
file with a header row and a --label column. A CSV file is read through its schema (--schema FILE, else
the one 'cohort data infer-schema' would write, with its warnings on stderr): columns marked id or
ignore are left out, categorical columns are one-hot encoded (the schema's categories, or the union of
the trainers'), missing values (NA, empty, ?, ...) are filled with the mean, median or mode fitted from
the trainers' statistics, as the scaler is; a category no trainer holds is encoded all-zero in test rows.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkSaveModel(saveModel, subnet); err != nil {
				return err
			}
			if err := devnetChainFlags(cmd, &o, noChain); err != nil {
				return err
			}
			switch subnet {
			case "training":
			case "inference":
				return a.runInferenceDevnet(cmd, inferenceFlags{Nodes: nodesIfSet(cmd, o.Nodes), Rounds: o.Task.Rounds, Seed: o.Task.Seed, Once: once, Dishonest: dishonest, RPC: o.Chain.RPC, Model: o.Task.Model})
			default:
				return usagef("--subnet %q: want training|inference", subnet)
			}
			if o.Schema != "" {
				if st, err := os.Stat(o.Data); err != nil || st.IsDir() {
					return usagef("--schema %s: --data must name a CSV file, not %q", o.Schema, o.Data)
				}
			}
			hs, err := parseInts(hidden)
			if err != nil {
				return usagef("--hidden %q: %v", hidden, err)
			}
			o.Task.Hidden = hs
			if o.RoundsCap > 0 {
				if !o.Task.AutoRounds {
					return usagef("--rounds-cap %d: only with --rounds auto", o.RoundsCap)
				}
				o.Task.Rounds = o.RoundsCap
			}
			if o.Partition != "iid" && o.Partition != "dirichlet" {
				return usagef("--partition %q: want iid|dirichlet", o.Partition)
			}
			o.Log = a.log
			o.Home = a.home

			progress := newRoundProgress(a.stderr, a.stderrIsTerminal(), 0) // before the first round can close
			o.OnRound = func(s protocol.RoundSummary) { progress.round(s) }
			ctx := cmd.Context()
			d, err := node.StartDevnet(ctx, o)
			if err != nil {
				return err
			}
			defer d.Close()
			spec := d.Spec()
			progress.setRounds(spec.Rounds)
			progress.printf("devnet: task %s, %s on %d trainers, %d rounds, strategy %s, secure aggregation %s; coordinator %s\n",
				spec.ID, spec.Model.String(), spec.Trainers, spec.Rounds, spec.Strategy.Name, spec.SecureAgg, d.CoordinatorURL())
			if rpc, dep := d.RPC(); rpc != "" {
				progress.printf("devnet: chain JSON-RPC %s, deployment record %s\n", rpc, dep)
			}
			if urls := d.NodeURLs(); len(urls) > 0 {
				progress.printf("devnet: Prometheus metrics at /metrics on every node's listener (%d nodes), e.g. %s/metrics\n", len(urls), urls[0])
			}
			if u := d.DashboardURL(); u != "" {
				progress.printf("dashboard %s\n", u)
			}
			res, err := d.Wait(ctx)
			if err != nil {
				return err
			}
			if err := a.saveDevnetModel(saveModel, d, res); err != nil {
				return err
			}
			if err := a.printDevnetResult(res, saveModel == "" && o.Dir == ""); err != nil {
				return err
			}
			if once {
				return nil
			}
			fmt.Fprintf(a.stderr, "devnet: task done; nodes keep serving (coordinator %s). Ctrl-C to stop.\n", d.CoordinatorURL())
			if rpc, _ := d.RPC(); rpc != "" {
				fmt.Fprintf(a.stderr, "devnet: submit more tasks from another terminal: cohort task submit examples/tasks/breast-cancer.toml --rpc %s --dev-key 0\n", rpc)
			}
			<-ctx.Done()
			return nil
		},
	}
	devnetFlags(cmd.Flags(), &o, &hidden, &subnet, &dishonest, &once, &noChain)
	saveModelFlag(cmd.Flags(), &saveModel)
	return cmd
}

func parseInts(s string) ([]int, error) {
	var out []int
	for _, p := range strings.Split(s, ",") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 {
			return nil, fmt.Errorf("%q is not a positive integer", p)
		}
		out = append(out, n)
	}
	return out, nil
}

// printDevnetResult prints the task's result: one JSON document, or the summary lines. tempStore says
// the model lives only in the devnet's temporary store, removed on exit.
func (a *app) printDevnetResult(res *node.DevnetResult, tempStore bool) error {
	if a.json {
		return a.printJSON(res)
	}
	fmt.Fprintf(a.stdout, "dataset %s, model %s, %d nodes, %d rounds, %s partition, secure aggregation %s\n", res.Dataset, res.Model, res.Nodes, res.Rounds, res.Partition, res.SecureAgg)
	fmt.Fprintf(a.stdout, "federated accuracy    %.4f\n", res.FederatedAccuracy)
	if res.CentralizedAccuracy != nil {
		fmt.Fprintf(a.stdout, "centralized accuracy  %.4f  (same split, all training data in one place)\n", *res.CentralizedAccuracy)
	}
	if c := res.Chain; c != nil {
		fmt.Fprintf(a.stdout, "chain %s task %s: budget %s, paid %s to %d nodes, fees %s, refund %s; %d model CIDs committed, last %s\n",
			c.ChainID, c.TaskID, tokens(c.Budget), tokens(c.PaidTotal), len(c.Payments), tokens(c.Fees), tokens(c.Refund), len(c.ModelCIDs), c.ModelCIDs[len(c.ModelCIDs)-1])
		if c.ModelID != 0 {
			fmt.Fprintf(a.stdout, "model %d minted in the library (cohort model show %d --rpc %s)\n", c.ModelID, c.ModelID, c.RPC)
		}
	}
	if tempStore {
		fmt.Fprintln(a.stderr, "devnet: the model lives in a temporary directory removed on exit: --save-model FILE writes it to a file, --dir DIR keeps the whole store")
	}
	return nil
}

// devnetChainFlags checks the chain flags: --rpc is a chain's JSON-RPC URL, or "none" (the same as
// --no-chain) for a task off chain.
func devnetChainFlags(cmd *cobra.Command, o *node.DevnetOptions, noChain bool) error {
	if o.Chain.RPC == "none" {
		noChain = true
		o.Chain.RPC = ""
	}
	if noChain {
		if o.Chain.RPC != "" || o.Procs {
			return usagef("--no-chain (or --rpc none) runs a coordinator and trainers off chain: drop --rpc URL and --procs")
		}
		o.Chain.RPC = "none"
	} else if o.Chain.RPC != "" && !strings.HasPrefix(o.Chain.RPC, "http://") && !strings.HasPrefix(o.Chain.RPC, "https://") &&
		!strings.HasPrefix(o.Chain.RPC, "ws://") && !strings.HasPrefix(o.Chain.RPC, "wss://") {
		return usagef("--rpc %q: want a chain's JSON-RPC URL (http://, https://, ws:// or wss://) or none", o.Chain.RPC)
	}
	if cmd.Flags().Changed("budget") && o.Chain.Budget < 1 {
		return usagef("--budget %d: want at least 1 token", o.Chain.Budget)
	}
	return nil
}

// nodesIfSet returns --nodes when the user gave it, else 0 (each subnet has its own default).
func nodesIfSet(cmd *cobra.Command, n int) int {
	if cmd.Flags().Changed("nodes") {
		return n
	}
	return 0
}

// devnetFlags registers `cohort devnet`'s flags.
func devnetFlags(f *pflag.FlagSet, o *node.DevnetOptions, hidden, subnet, dishonest *string, once, noChain *bool) {
	f.StringVar(&o.Data, "data", "breast_cancer", "data: breast_cancer|digits|fashion-mnist|PATH.csv")
	f.StringVar(&o.Label, "label", "", "label column of a CSV file (bundled sets know theirs)")
	f.StringVar(&o.Schema, "schema", "", "schema of the CSV file (cohort data infer-schema writes one): id and ignore columns left out, categorical ones one-hot, missing values imputed (default: inferred)")
	f.StringVar(&o.FashionDir, "fashion-dir", dataset.DefaultFashionMNISTDir, "directory of the Fashion-MNIST IDX files")
	f.StringVar(&o.Task.Model, "model", "", "model: logreg|softmax|mlp (default logreg for 2 classes, softmax otherwise); inference subnet: the built-in model served, logreg_breast_cancer (default) or lstm_co2")
	f.StringVar(hidden, "hidden", "128", "hidden layer sizes of the mlp, comma-separated")
	intRangeVar(f, &o.Nodes, "nodes", 5, 1, 1000, "number of trainers")
	f.Var(roundsFlag{n: &o.Task.Rounds, auto: &o.Task.AutoRounds}, "rounds", "federated rounds (default by model), or auto: until the validation log-loss plateaus (10 rounds without a drop of 1e-4; a validation split of 15 % of the training rows is kept at the coordinator; at most --rounds-cap)")
	natVar(f, &o.RoundsCap, "rounds-cap", 0, "with --rounds auto: the most rounds the task runs (0: 100)")
	countVar(f, &o.Task.LocalEpochs, "local-epochs", 0, "local epochs per round (default by model)")
	countVar(f, &o.Task.BatchSize, "batch-size", 0, "mini-batch size (default by model)")
	positiveVar(f, &o.Task.LR, "lr", 0, "learning rate (default by model)")
	f.StringVar(&o.Task.Optimizer, "optimizer", "", "local optimizer: sgd|adam (default by model)")
	f.StringVar(&o.Partition, "partition", "iid", "how the data is split among trainers: iid|dirichlet")
	positiveVar(f, &o.Alpha, "alpha", 0.5, "Dirichlet concentration for --partition dirichlet (smaller is more skewed)")
	f.StringVar(&o.Task.Strategy, "strategy", "fedavg", "aggregation: fedavg|fedprox|fedadam|fedyogi|fedavgm|median|trimmed-mean|krum|norm-clip (robust ones assume --byzantine attackers)")
	byzantineVar(f, &o.Task.Byzantine)
	f.BoolVar(&o.Task.AutoClip, "auto-clip", false, "without --clip-norm: drop gross norm outliers (median + 3 scaled MADs), clip the rest to the round's (n-f)-th smallest norm, f from --byzantine (norm clipping in front of any strategy)")
	floatRangeVar(f, &o.Task.ClipNorm, "clip-norm", 0, 0, math.MaxFloat64, "clip every update to this L2 norm before aggregating (0: off)")
	f.Var(aggregationFlag{&o.Task.SecureAgg}, "secure-agg", "secure aggregation: none|secagg+|threshold-he (the coordinator learns only the sum of updates; secagg+ assumes at most 20 % of trainers collude with it and at most 10 % drop out, see --secagg-corrupt/--secagg-dropout; threshold-he assumes an honest majority: fewer than t = n/2+1 members collude with the coordinator)")
	natVar(f, &o.Task.ThresholdHE.Threshold, "he-threshold", 0, "threshold-he: trainers needed to decrypt a sum (0: a majority)")
	natVar(f, &o.Task.SecAgg.Neighbours, "secagg-neighbours", 0, "SecAgg+ ring neighbours k (0: the smallest with failure <= 2^-40 at 20 % corrupt, 10 % dropped trainers)")
	natVar(f, &o.Task.SecAgg.Threshold, "secagg-threshold", 0, "SecAgg+ Shamir threshold t (0: chosen with k; a fixed k, t must meet the same bound)")
	floatRangeVar(f, &o.Task.SecAgg.Corrupt, "secagg-corrupt", 0, 0, 0.99, "SecAgg+ threat model: fraction of trainers assumed to collude with the coordinator (0: 0.2); k and t follow")
	floatRangeVar(f, &o.Task.SecAgg.Dropout, "secagg-dropout", 0, 0, 0.99, "SecAgg+ threat model: fraction of trainers assumed to drop out (0: 0.1)")
	intRangeVar(f, &o.Task.SecAgg.Bits, "secagg-bits", 24, 2, 52, "SecAgg+ quantization bits per element")
	positiveVar(f, &o.Task.SecAgg.Clip, "secagg-clip", 4, "SecAgg+ clipping range of weighted update elements")
	f.Uint64Var(&o.Task.Seed, "seed", 1, "seed of the split, partition, model init and batch order")
	intRangeVar(f, &o.BasePort, "base-port", 0, 0, 65535, "coordinator port; trainer i listens on base-port+i (0: free ports)")
	f.StringVar(&o.Dir, "dir", "", "data directory for keys and the coordinator's store (default: a temporary one)")
	f.BoolVar(once, "once", false, "exit after the task instead of serving until Ctrl-C")
	f.StringVar(&o.Chain.RPC, "rpc", "", "JSON-RPC URL of an external dev chain whose dev account 0 is funded (Anvil), or none for no chain (as --no-chain); default: an embedded dev chain")
	f.BoolVar(noChain, "no-chain", false, "run the task off chain: a coordinator and trainers, nothing registered, bid or settled")
	f.Int64Var(&o.Chain.Budget, "budget", 1000, "task budget in tokens, escrowed on chain")
	f.BoolVar(&o.Procs, "procs", false, "run every node as its own 'cohort node run' OS process (configs written to --dir)")
	f.StringVar(dishonest, "dishonest", "wrong-output", "inference subnet: how the dishonest miner cheats: wrong-output|replay")
	f.StringVar(subnet, "subnet", "training", "which subnet to run: training (federated learning) or inference (miners prove inference, a validator scores them; --nodes miners)")
}
