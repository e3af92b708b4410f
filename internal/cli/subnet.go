package cli

import (
	"fmt"
	"os"
	"strconv"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/schema"
	"github.com/cohort-net/cohort/internal/task"
)

// subnetCmd is `cohort subnet create|show|list`.
func (a *app) subnetCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "subnet", Short: "Subnets: the standards (schema, model, strategy, scheduler or circuit) tasks and inference requests follow"}
	cmd.AddCommand(a.subnetCreateCmd(), a.subnetShowCmd(), a.subnetListCmd())
	return cmd
}

// subnetSchemaID reads --schema: 0x and 64 hex digits, or a schema file (YAML or JSON) whose id it is.
func subnetSchemaID(v string) ([32]byte, error) {
	if v == "" {
		return [32]byte{}, nil
	}
	if id, err := chain.ParseHash32(v); err == nil {
		return id, nil
	}
	raw, err := os.ReadFile(v)
	if err != nil {
		return [32]byte{}, usagef("--schema %q: neither a schema id (0x + 64 hex digits) nor a readable schema file", v)
	}
	s, err := schema.Parse(raw)
	if err != nil {
		return [32]byte{}, fmt.Errorf("--schema %s: %w", v, err)
	}
	return chain.ParseHash32(task.SchemaHash(s))
}

func (a *app) subnetCreateCmd() *cobra.Command {
	var (
		cf                          chainFlags
		s                           chain.Subnet
		schemaArg, vkArg, scheduler string
	)
	cmd := &cobra.Command{
		Use:   "create",
		Short: "Create a subnet (the subnet admin role: the DAO's timelock, or the deployer on a dev chain)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			var err error
			if s.SchemaID, err = subnetSchemaID(schemaArg); err != nil {
				return err
			}
			if vkArg != "" {
				if s.VKHash, err = chain.ParseHash32(vkArg); err != nil {
					return usagef("--vk-hash %q: want 0x and 64 hex digits", vkArg)
				}
			}
			switch scheduler {
			case "lowest-price":
				s.SchedulerID = chain.SchedulerLowestPrice
			case "reputation-weighted":
				s.SchedulerID = chain.SchedulerReputationWeighted
			default:
				return usagef("--scheduler %q: want lowest-price or reputation-weighted", scheduler)
			}
			if err := s.Validate(); err != nil {
				return usageError{err}
			}
			c, from, err := a.dialSigner(ctx, &cf)
			if err != nil {
				return err
			}
			defer c.Close()
			reg, err := c.Subnets()
			if err != nil {
				return err
			}
			id, r, err := reg.Create(ctx, from, s)
			if err != nil {
				return err
			}
			got, err := reg.Get(ctx, id)
			if err != nil {
				return err
			}
			if a.json {
				return a.printJSON(map[string]any{"subnet": got, "tx": r.TxHash.Hex(), "gas": r.GasUsed})
			}
			fmt.Fprintf(a.stdout, "subnet %d (%s) created (tx %s, %d gas)\n", id, got.Name, r.TxHash.Hex(), r.GasUsed)
			return nil
		},
	}
	cf.register(cmd.Flags(), true)
	f := cmd.Flags()
	f.StringVar(&s.Name, "name", "", "the subnet's name (tasks name it in their `subnet` field)")
	f.StringVar(&s.Kind, "kind", chain.SubnetTraining, "training | inference")
	f.StringVar(&schemaArg, "schema", "", "the data schema: its id (0x + 64 hex digits) or a schema file (training)")
	f.StringVar(&s.ModelCID, "model-cid", "", "the model spec's CID")
	f.StringVar(&vkArg, "vk-hash", "", "inference: the circuit's verifying-key hash (the model id)")
	f.StringVar(&scheduler, "scheduler", "lowest-price", "training: lowest-price | reputation-weighted")
	f.StringVar(&s.Strategy, "strategy", "", "training: the aggregation strategy (fedavg, trimmed-mean, ...)")
	f.StringVar(&s.Params, "params", "", "training: the strategy's parameters, canonical JSON")
	return cmd
}

func (a *app) subnetShowCmd() *cobra.Command {
	var cf chainFlags
	cmd := &cobra.Command{
		Use:   "show ID|NAME",
		Short: "Show one subnet",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			c, err := a.dial(ctx, &cf)
			if err != nil {
				return err
			}
			defer c.Close()
			reg, err := c.Subnets()
			if err != nil {
				return err
			}
			var s chain.Subnet
			if id, perr := strconv.ParseUint(args[0], 10, 64); perr == nil {
				s, err = reg.Get(ctx, id)
			} else {
				s, err = reg.ByName(ctx, args[0])
			}
			if err != nil {
				return err
			}
			if a.json {
				return a.printJSON(map[string]any{"subnet": s})
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
			for _, kv := range [][2]string{{"id", strconv.FormatUint(s.ID, 10)}, {"name", s.Name}, {"kind", s.Kind}, {"status", s.Status},
				{"schema", s.SchemaID.Hex()}, {"model cid", s.ModelCID}, {"vk hash", s.VKHash.Hex()},
				{"scheduler", fmt.Sprintf("%d (%s)", s.SchedulerID, s.Scheduler.Hex())}, {"strategy", s.Strategy}, {"params", s.Params}} {
				fmt.Fprintf(tw, "%s\t%s\n", kv[0], kv[1])
			}
			return tw.Flush()
		},
	}
	cf.register(cmd.Flags(), false)
	return cmd
}

func (a *app) subnetListCmd() *cobra.Command {
	var cf chainFlags
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the subnets",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			c, err := a.dial(ctx, &cf)
			if err != nil {
				return err
			}
			defer c.Close()
			reg, err := c.Subnets()
			if err != nil {
				return err
			}
			list, err := reg.List(ctx)
			if err != nil {
				return err
			}
			if a.json {
				if list == nil {
					list = []chain.Subnet{}
				}
				return a.printJSON(map[string]any{"chain_id": c.ChainID().String(), "subnets": list})
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tNAME\tKIND\tSTATUS\tSTRATEGY\tMODEL")
			for _, s := range list {
				fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\n", s.ID, s.Name, s.Kind, s.Status, s.Strategy, s.ModelCID)
			}
			if len(list) == 0 {
				fmt.Fprintln(tw, "(no subnets)")
			}
			return tw.Flush()
		},
	}
	cf.register(cmd.Flags(), false)
	return cmd
}
