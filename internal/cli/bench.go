package cli

import (
	"os"

	"github.com/spf13/cobra"

	"github.com/cohort-net/cohort/internal/bench"
)

// benchCmd is `cohort bench <suite>`: a plain list of suites, each in its own package's RunBenchmark.
func (a *app) benchCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "bench", Short: "Run a benchmark suite and print its report (--json for one document)"}
	cmd.AddCommand(
		a.benchZKCmd(),
		a.benchInferenceCmd(),
		a.benchDataCmd(),
		a.benchFHECmd(),
		a.benchFLCmd(),
		a.benchChainCmd(),
		a.benchSecaggCmd(),
		a.benchNetworkCmd(),
		a.benchFloodCmd(),
		a.benchRobustCmd(),
		a.benchGatewayCmd(),
	)
	return cmd
}

func (a *app) benchZKCmd() *cobra.Command {
	var o bench.ZKOptions
	cmd := &cobra.Command{
		Use:   "zk",
		Short: "Proof of inference: constraints, proving and verifying time, proof size, memory and accuracy per circuit; a miner's verified proofs/s at 1, 4 and 16 requests in flight",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			o.Log = a.log
			var err error
			if o.DataDir, err = a.dataDir(o.DataDir); err != nil {
				return err
			}
			res, err := bench.RunZK(cmd.Context(), o)
			if err != nil {
				return err
			}
			// On-chain verification: a real proof verified by the exported Solidity verifier and by the
			// InferenceOracle on the simulated backend (mainnet-like gas), with the source tree's fixtures.
			onchain, err := bench.RunOracle(cmd.Context(), o.Options, "")
			if err != nil {
				return err
			}
			res = append(res, onchain...)
			return a.printReport(bench.NewReport("zk", res))
		},
	}
	f := cmd.Flags()
	f.BoolVar(&o.Quick, "quick", false, "tiny shapes and few samples: a smoke run")
	f.BoolVar(&o.SkipPrivate, "skip-private", false, "leave out the private-weights MLP (about 34k constraints, a minute of setup on 2 busy cores)")
	f.StringVar(&o.DataDir, "data", "", "directory holding breast_cancer.csv and digits.csv (default: the data sets bundled in the binary)")
	f.StringVar(&o.FashionDir, "fashion", "/usr/share/datasets/fashion-mnist", "Fashion-MNIST IDX directory")
	countVar(f, &o.Repeats, "repeats", 0, "proofs per entry, median reported (default 3, 1 with --quick)")
	natVar(f, &o.MaxInflight, "max-inflight", 0, "proofs the throughput entries' miner runs at once (0: GOMAXPROCS, the miner's default)")
	f.StringSliceVar(&o.Only, "only", nil, "run only these entries (comma-separated names, e.g. throughput_logreg_c4)")
	return cmd
}

func (a *app) benchInferenceCmd() *cobra.Command {
	var o bench.InferenceBenchOptions
	cmd := &cobra.Command{
		Use:   "inference",
		Short: "Inference subnet: miners prove, a validator verifies and scores; round latency, proving and verification times",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			o.Log = a.log
			res, err := bench.RunInferenceBenchmark(cmd.Context(), o)
			if err != nil {
				return err
			}
			return a.printReport(bench.NewReport("inference", res))
		},
	}
	cmd.Flags().BoolVar(&o.Quick, "quick", false, "a tiny model and 3 rounds: a smoke run")
	countVar(cmd.Flags(), &o.Rounds, "rounds", 0, "request rounds (default 20)")
	return cmd
}

// benchNetworkCmd is `cohort bench network`.
func (a *app) benchNetworkCmd() *cobra.Command {
	var o bench.NetworkOptions
	cmd := &cobra.Command{
		Use:   "network",
		Short: "A task from submission to settlement on chain (every node acting for itself) beside the same training off chain; an idle node's memory and CPU",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			o.Log = a.log
			self, err := os.Executable()
			if err != nil {
				return err
			}
			o.Binary = self
			res, err := bench.RunNetwork(cmd.Context(), o)
			if err != nil {
				return err
			}
			return a.printReport(bench.NewReport("network", res))
		},
	}
	f := cmd.Flags()
	f.BoolVar(&o.Quick, "quick", false, "3 rounds and a 5 s idle window: a smoke run")
	f.DurationVar(&o.Idle, "idle", 0, "how long the idle node is watched (default 30s)")
	return cmd
}
