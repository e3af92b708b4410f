package cli

import (
	"github.com/spf13/cobra"

	"github.com/cohort-net/cohort/internal/bench"
	"github.com/cohort-net/cohort/internal/fl"
)

func (a *app) benchFLCmd() *cobra.Command {
	var o fl.BenchOptions
	cmd := &cobra.Command{
		Use:   "fl",
		Short: "Federated learning accuracy: breast cancer and Fashion-MNIST, federated beside centralized",
		Long: `fl simulates the federated tasks of issue 2 in process (no network): breast cancer logistic
regression on 10 Dirichlet(0.5) clients, and the Fashion-MNIST 784-128-10 MLP on 20 clients, IID and
Dirichlet(0.5), 30 rounds each, each beside a centralized model trained on the same split. The
Fashion-MNIST entries take several minutes on 2 cores and are skipped when the data is absent.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			o.Log = a.log
			res, err := fl.RunBenchmark(cmd.Context(), o)
			if err != nil {
				return err
			}
			return a.printReport(bench.NewReport("fl", res))
		},
	}
	f := cmd.Flags()
	f.BoolVar(&o.Quick, "quick", false, "a 3,000-image Fashion-MNIST subset and 2 rounds: a smoke run")
	f.StringVar(&o.DataDir, "data", "", "directory holding breast_cancer.csv (default: ./datasets or an enclosing one)")
	f.StringVar(&o.FashionDir, "fashion", "/usr/share/datasets/fashion-mnist", "Fashion-MNIST IDX directory")
	return cmd
}
