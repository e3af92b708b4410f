package cli

import (
	"os"

	"github.com/spf13/cobra"

	"github.com/cohort-net/cohort/internal/node"
)

func (a *app) nodeCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "node", Short: "Run a node as its own process"}
	var config string
	run := &cobra.Command{
		Use:   "run --config FILE",
		Short: "Run a node (trainer, coordinator, validator, authorizer, gateway roles) from a TOML config until SIGINT/SIGTERM",
		Long: `Run a node from a TOML config (docs/node.example.toml). With chain.rpc set, every role acts on chain
with the node's own key: it registers and stakes on first start, watches the market, bids on tasks its
data fits, runs or trains the tasks the chain selected it for, validates final models on its own
hold-out data, validates and attests the datasets data owners order it to (authorizer), settles and
withdraws. COHORT_* environment variables override config keys
(COHORT_CHAIN_RPC, COHORT_TRAINER_DATA, ...); ` + "`cohort config show`" + ` prints the result.`,
		Args:        cobra.NoArgs,
		Annotations: map[string]string{logLevelKey: "info"},
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := a.loadNodeConfig(config)
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

func (a *app) loadNodeConfig(path string) (*node.Config, error) {
	if path == "" {
		return nil, usagef("--config is required")
	}
	c, err := node.LoadConfig(path, os.Environ())
	if err != nil {
		return nil, err
	}
	c.Home = a.home
	return c, nil
}

// configCmd is `cohort config show`.
func (a *app) configCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "config", Short: "Node configuration"}
	var config string
	show := &cobra.Command{
		Use:   "show --config FILE",
		Short: "Print a node's resolved configuration: defaults < file < COHORT_* environment",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := a.loadNodeConfig(config)
			if err != nil {
				return err
			}
			if a.json {
				return a.printJSON(c)
			}
			b, err := c.TOML()
			if err != nil {
				return err
			}
			_, err = a.stdout.Write(b)
			return err
		},
	}
	show.Flags().StringVar(&config, "config", "", "node config file (TOML)")
	cmd.AddCommand(show)
	return cmd
}
