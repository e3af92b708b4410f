package cli

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/cohort-net/cohort/internal/chain"
)

// marketCmd is `cohort market nodes|withdraw` and the delegation commands (delegate.go).
func (a *app) marketCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "market", Short: "The on-chain marketplace: registered nodes, their rates, hardware and stakes"}
	cmd.AddCommand(a.marketNodesCmd(), a.marketWithdrawCmd())
	cmd.AddCommand(a.delegationCmds()...)
	return cmd
}

func (a *app) marketNodesCmd() *cobra.Command {
	var (
		cf    chainFlags
		limit int
	)
	cmd := &cobra.Command{
		Use:   "nodes",
		Short: "List registered nodes: roles, hourly rate, hardware, reputation, stake",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if limit < 1 || limit > 10_000 {
				return usagef("--limit must be 1..10000")
			}
			c, err := a.dial(cmd.Context(), &cf)
			if err != nil {
				return err
			}
			defer c.Close()
			nodes, err := c.Nodes(cmd.Context(), 0, limit)
			if err != nil {
				return err
			}
			if a.json {
				if nodes == nil {
					nodes = []chain.NodeInfo{}
				}
				return a.printJSON(map[string]any{"chain_id": c.ChainID().String(), "nodes": nodes})
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "NODE\tROLES\tRATE/H\tHARDWARE\tREPUTATION\tSTAKE\tSTATE\tENDPOINT")
			for _, n := range nodes {
				hw := fmt.Sprintf("%d cpu, %d MiB", n.CPUCores, n.MemoryMB)
				if n.GPUCount > 0 {
					hw += fmt.Sprintf(", %dx %s", n.GPUCount, n.GPUModel)
				}
				state := "active"
				if n.Frozen {
					state = "frozen"
				} else if n.Unbonding.Sign() > 0 {
					state = "unbonding " + chain.FormatTokens(n.Unbonding.Int)
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%.2f%%\t%s\t%s\t%s\n", n.Address.Hex(), roleList(n.Roles), chain.FormatTokens(n.HourlyRate.Int),
					hw, float64(n.Reputation)/100, chain.FormatTokens(n.Stake.Int), state, n.Endpoint)
			}
			if len(nodes) == 0 {
				fmt.Fprintln(tw, "(no nodes registered)")
			}
			return tw.Flush()
		},
	}
	cf.register(cmd.Flags(), false)
	countVar(cmd.Flags(), &limit, "limit", 200, "most nodes to list")
	return cmd
}

// marketWithdrawCmd is `cohort market withdraw`: the signer's whole market balance (pull payments).
func (a *app) marketWithdrawCmd() *cobra.Command {
	var cf chainFlags
	cmd := &cobra.Command{
		Use:   "withdraw",
		Short: "Withdraw the signer's market balance (what settlements credited it); nodes do it by themselves",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			c, from, err := a.dialSigner(ctx, &cf)
			if err != nil {
				return err
			}
			defer c.Close()
			bal, err := c.MarketBalance(ctx, from.Addr)
			if err != nil {
				return err
			}
			out := map[string]any{"account": from.Addr.Hex(), "amount": bal.String()}
			if bal.Sign() > 0 {
				r, err := c.Withdraw(ctx, from, bal)
				if err != nil {
					return err
				}
				out["tx"] = r.TxHash.Hex()
			}
			if a.json {
				return a.printJSON(out)
			}
			fmt.Fprintf(a.stdout, "%s withdrew %s tokens\n", from.Addr.Hex(), chain.FormatTokens(bal))
			return nil
		},
	}
	cf.register(cmd.Flags(), true)
	return cmd
}
