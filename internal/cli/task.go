package cli

import (
	"fmt"
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/chain"
)

// taskCmd is `cohort task submit|status`.
func (a *app) taskCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "task", Short: "Publish training tasks on chain and follow them"}
	cmd.AddCommand(a.taskSubmitCmd(), a.taskStatusCmd())
	return cmd
}

func (a *app) taskSubmitCmd() *cobra.Command {
	var (
		cf     chainFlags
		dryRun bool
	)
	cmd := &cobra.Command{
		Use:   "submit FILE",
		Short: "Publish the task described by a JSON file, escrowing its budget",
		Long: `Publish the task described by a JSON file, escrowing its budget. Amounts are whole tokens as decimal
strings, windows Go durations from now:

  {"budget": "1000", "max_hourly_rate": "20", "bidding_window": "1h", "execution_window": "24h",
   "max_nodes": 10, "metric_id": 1, "metric_threshold": 900000, "bonus_bps": 1000,
   "scheduler": "lowest-price", "min_reputation_bps": 0, "min_cpu_cores": 4, "min_memory_mb": 8192,
   "min_gpu_count": 0, "model_spec_hash": "0x...", "data_schema_hash": "0x...", "coordinator": "0x..."}`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			data, err := os.ReadFile(args[0])
			if err != nil {
				return usagef("task file: %v", err)
			}
			c, err := a.dial(ctx, &cf)
			if err != nil {
				return err
			}
			defer c.Close()
			now, err := c.HeadTime(ctx)
			if err != nil {
				return err
			}
			if now.Before(time.Now().Add(-time.Minute)) {
				now = time.Now() // an idle dev chain's head can be old; deadlines count from wall time
			}
			spec, err := chain.ParseTaskFile(data, now)
			if err != nil {
				return err
			}
			from, err := a.signer(c, &cf)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stderr, "publishing from %s on chain %s: budget %s tokens, max rate %s tokens/h, up to %d nodes, bids until %s\n",
				from.Addr.Hex(), c.ChainID(), chain.FormatTokens(spec.Budget), chain.FormatTokens(spec.MaxHourlyRate),
				spec.MaxNodes, spec.BiddingDeadline.UTC().Format(time.RFC3339))
			if dryRun {
				if a.json {
					return a.printJSON(map[string]any{"dry_run": true, "from": from.Addr.Hex(), "spec": spec})
				}
				fmt.Fprintln(a.stdout, "dry run: nothing sent")
				return nil
			}
			id, r, err := c.Publish(ctx, from, spec)
			if err != nil {
				return err
			}
			if a.json {
				return a.printJSON(map[string]any{"chain_id": c.ChainID().String(), "task_id": id.String(),
					"tx": r.TxHash.Hex(), "gas": r.GasUsed, "budget": spec.Budget.String()})
			}
			fmt.Fprintf(a.stdout, "task %s published (tx %s, %d gas)\n", id, r.TxHash.Hex(), r.GasUsed)
			return nil
		},
	}
	cf.register(cmd.Flags(), true)
	cmd.Flags().BoolVar(&dryRun, "dry-run", false, "validate and show what would be sent, send nothing")
	return cmd
}

func (a *app) taskStatusCmd() *cobra.Command {
	var cf chainFlags
	cmd := &cobra.Command{
		Use:   "status ID",
		Short: "Show a task's on-chain state: status, bids, selection, rounds, attestation, payments",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseTaskID(args[0])
			if err != nil {
				return err
			}
			c, err := a.dial(cmd.Context(), &cf)
			if err != nil {
				return err
			}
			defer c.Close()
			t, err := c.Task(cmd.Context(), big.NewInt(id))
			if err != nil {
				return err
			}
			if a.json {
				return a.printJSON(t)
			}
			w := a.stdout
			fmt.Fprintf(w, "task %s: %s\n", t.ID, t.Status)
			fmt.Fprintf(w, "  publisher     %s\n  coordinator   %s\n", t.Publisher.Hex(), t.Coordinator.Hex())
			fmt.Fprintf(w, "  budget        %s tokens (max rate %s/h, up to %d nodes, scheduler %s)\n", chain.FormatTokens(t.Budget.Int),
				chain.FormatTokens(t.MaxHourlyRate.Int), t.MaxNodes, schedulerName(t.Scheduler))
			fmt.Fprintf(w, "  deadlines     bids %s, execution %s\n", t.BiddingDeadline.Format(time.RFC3339), t.ExecutionDeadline.Format(time.RFC3339))
			fmt.Fprintf(w, "  acceptance    metric %d >= %d (bonus %d bps)\n", t.MetricID, t.MetricThreshold, t.BonusBps)
			fmt.Fprintf(w, "  rounds        %d committed\n  attestations  %d", t.Rounds, t.Attestations)
			if t.AttestedAt != 0 {
				fmt.Fprintf(w, " (mean metric %d)", t.Metric)
			}
			fmt.Fprintln(w)
			if t.BaseTotal.Sign() > 0 {
				fmt.Fprintf(w, "  base pay      %s tokens, fee %s, paid %s\n", chain.FormatTokens(t.BaseTotal.Int), chain.FormatTokens(t.Fee.Int), chain.FormatTokens(t.PaidTotal.Int))
			}
			if len(t.Bids) > 0 {
				fmt.Fprintf(w, "  bids\n")
				for _, b := range t.Bids {
					sel := " "
					if b.Selected {
						sel = "*"
					}
					fmt.Fprintf(w, "   %s %s  %s tokens/h x %d h  reputation %d bps\n", sel, b.Node.Hex(), chain.FormatTokens(b.Rate.Int), b.Hours, b.Reputation)
				}
			}
			return nil
		},
	}
	cf.register(cmd.Flags(), false)
	return cmd
}

func schedulerName(id uint8) string {
	switch id {
	case chain.SchedulerLowestPrice:
		return "lowest-price"
	case chain.SchedulerReputationWeighted:
		return "reputation-weighted"
	}
	return fmt.Sprintf("#%d", id)
}

func roleList(rs []cohort.Role) string {
	s := make([]string, len(rs))
	for i, r := range rs {
		s[i] = string(r)
	}
	return strings.Join(s, ",")
}
