package cli

import (
	"github.com/spf13/cobra"

	"github.com/cohort-net/cohort/internal/bench"
)

// benchGatewayCmd is `cohort bench gateway`.
func (a *app) benchGatewayCmd() *cobra.Command {
	var o bench.GatewayOptions
	cmd := &cobra.Command{
		Use:   "gateway",
		Short: "Inference gateway throughput: requests/s, p50/p99 latency, CPU per request and peak memory per model (plain_logreg first)",
		Long: "Serves each model (logistic regression on breast_cancer, an MLP on digits) as a gateway node does, on loopback,\n" +
			"and loads it from concurrent keep-alive clients in the same process for a bounded time; every answer is checked\n" +
			"against the model's own prediction. Clients and server share this machine's cores.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			o.Log = a.log
			res, err := bench.RunGateway(cmd.Context(), o)
			if err != nil {
				return err
			}
			return a.printReport(bench.NewReport("gateway", res))
		},
	}
	f := cmd.Flags()
	f.BoolVar(&o.Quick, "quick", false, "1-second runs: a smoke run")
	floatRangeVar(f, &o.Seconds, "seconds", 0, 0.1, 600, "measured load per model, after a warm-up of a fifth of it (default 5)")
	intRangeVar(f, &o.Clients, "clients", 0, 1, 1024, "concurrent keep-alive clients (default 16)")
	intRangeVar(f, &o.Rows, "rows", 0, 1, 256, "rows per request (default 1)")
	f.StringSliceVar(&o.Only, "only", nil, "run only these entries (plain_logreg, plain_mlp)")
	return cmd
}
