package cli

import (
	"github.com/spf13/cobra"

	"github.com/cohort-net/cohort/internal/bench"
)

// benchFloodCmd is `cohort bench flood`.
func (a *app) benchFloodCmd() *cobra.Command {
	var o bench.FloodOptions
	cmd := &cobra.Command{
		Use:   "flood",
		Short: "Honest p99 latency of a node's routes unloaded and under a stranger flood, honest success and peak memory",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			o.Log = a.log
			res, err := bench.RunFlood(cmd.Context(), o)
			if err != nil {
				return err
			}
			return a.printReport(bench.NewReport("flood", res))
		},
	}
	f := cmd.Flags()
	f.BoolVar(&o.Quick, "quick", false, "2-second phases: a smoke run")
	countVar(f, &o.Seconds, "seconds", 0, "length of each phase, unloaded and flooded (default 30)")
	countVar(f, &o.Strangers, "strangers", 0, "concurrent stranger connections (default 16)")
	f.StringSliceVar(&o.Only, "only", nil, "run only these entries (comma-separated names)")
	return cmd
}
