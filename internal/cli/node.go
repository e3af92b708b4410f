package cli

import (
	"github.com/spf13/cobra"

	"github.com/cohort-net/cohort/internal/node"
)

func (a *app) nodeCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "node", Short: "Run a node as its own process"}
	var config string
	run := &cobra.Command{
		Use:   "run --config FILE",
		Short: "Run one node (coordinator or trainer) from a TOML config file until SIGINT/SIGTERM",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if config == "" {
				return usagef("--config is required")
			}
			c, err := node.LoadConfig(config)
			if err != nil {
				return err
			}
			return node.Run(cmd.Context(), c, a.log)
		},
	}
	run.Flags().StringVar(&config, "config", "", "node config file (TOML; see docs/node.example.toml)")
	cmd.AddCommand(run)
	return cmd
}
