package cli

import (
	"context"
	"fmt"
	"math/big"
	"strconv"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/chain"
)

// delegationCmds are `cohort market delegate|undelegate|delegations|claim-rewards|commission`.
func (a *app) delegationCmds() []*cobra.Command {
	return []*cobra.Command{a.marketDelegateCmd(), a.marketUndelegateCmd(), a.marketDelegationsCmd(), a.marketClaimRewardsCmd(), a.marketCommissionCmd()}
}

func parseNode(s string) (cohort.NodeID, error) {
	id, err := cohort.ParseNodeID(s)
	if err != nil {
		return id, usagef("%q is not an address", s)
	}
	return id, nil
}

// txOut prints a transaction's outcome: one JSON document, or a line.
func (a *app) txOut(out map[string]any, line string) error {
	if a.json {
		return a.printJSON(out)
	}
	fmt.Fprintln(a.stdout, line)
	return nil
}

func (a *app) marketDelegateCmd() *cobra.Command {
	var cf chainFlags
	cmd := &cobra.Command{
		Use:   "delegate NODE AMOUNT",
		Short: "Delegate AMOUNT tokens of the signer's to NODE: it shares the node's rewards after its commission, and its slashes",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			nodeID, err := parseNode(args[0])
			if err != nil {
				return err
			}
			node := chain.Addr(nodeID)
			amount, err := chain.ParseTokens(args[1])
			if err != nil {
				return usageError{err}
			}
			c, from, d, err := a.dialDelegations(ctx, &cf)
			if err != nil {
				return err
			}
			defer c.Close()
			r, err := d.Delegate(ctx, from, node, amount)
			if err != nil {
				return err
			}
			return a.txOut(map[string]any{"delegator": from.Addr.Hex(), "node": node.Hex(), "amount": amount.String(), "tx": r.TxHash.Hex(), "gas": r.GasUsed},
				fmt.Sprintf("%s delegated %s tokens to %s (tx %s, %d gas)", from.Addr.Hex(), chain.FormatTokens(amount), node.Hex(), r.TxHash.Hex(), r.GasUsed))
		},
	}
	cf.register(cmd.Flags(), true)
	return cmd
}

func (a *app) marketUndelegateCmd() *cobra.Command {
	var cf chainFlags
	cmd := &cobra.Command{
		Use:   "undelegate NODE [AMOUNT]",
		Short: "Undelegate AMOUNT tokens (default all) from NODE: they wait out the unbonding delay, still slashable; then `market claim-rewards --withdraw`",
		Args:  cobra.RangeArgs(1, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			nodeID, err := parseNode(args[0])
			if err != nil {
				return err
			}
			node := chain.Addr(nodeID)
			var amount *big.Int
			if len(args) == 2 {
				if amount, err = chain.ParseTokens(args[1]); err != nil {
					return usageError{err}
				}
			}
			c, from, d, err := a.dialDelegations(ctx, &cf)
			if err != nil {
				return err
			}
			defer c.Close()
			var shares *big.Int
			if amount != nil {
				if shares, err = d.SharesFor(ctx, node, from.Addr, amount); err != nil {
					return err
				}
			}
			r, err := d.Undelegate(ctx, from, node, shares)
			if err != nil {
				return err
			}
			pos, err := d.Position(ctx, node, from.Addr)
			if err != nil {
				return err
			}
			return a.txOut(map[string]any{"delegator": from.Addr.Hex(), "node": node.Hex(), "unbonding": pos.Unbonding.String(),
				"release_at": pos.ReleaseAt, "tx": r.TxHash.Hex(), "gas": r.GasUsed},
				fmt.Sprintf("%s tokens unbonding from %s until %s (tx %s)", chain.FormatTokens(pos.Unbonding.Int), node.Hex(),
					pos.ReleaseTime().UTC().Format(time.RFC3339), r.TxHash.Hex()))
		},
	}
	cf.register(cmd.Flags(), true)
	return cmd
}

func (a *app) marketDelegationsCmd() *cobra.Command {
	var (
		cf        chainFlags
		delegator string
		nodeArg   string
		limit     int
	)
	cmd := &cobra.Command{
		Use:   "delegations",
		Short: "A delegator's stakes in nodes (--delegator ADDRESS), or a node's pool (--node ADDRESS)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			c, err := a.dial(ctx, &cf)
			if err != nil {
				return err
			}
			defer c.Close()
			d, err := c.Delegations()
			if err != nil {
				return err
			}
			if nodeArg != "" {
				nodeID, err := parseNode(nodeArg)
				if err != nil {
					return err
				}
				node := chain.Addr(nodeID)
				p, err := d.Pool(ctx, node)
				if err != nil {
					return err
				}
				return a.txOut(map[string]any{"pool": p}, fmt.Sprintf("node %s: %s tokens delegated, %s unbonding, commission %.2f%%, node rewards %s",
					node.Hex(), chain.FormatTokens(p.Active.Int), chain.FormatTokens(p.Unbonding.Int), float64(p.CommissionBps)/100, chain.FormatTokens(p.NodeRewards.Int)))
			}
			whoID, err := parseNode(delegator)
			if err != nil {
				return err
			}
			who := chain.Addr(whoID)
			list, err := d.Positions(ctx, who, limit)
			if err != nil {
				return err
			}
			if a.json {
				if list == nil {
					list = []chain.DelegationPosition{}
				}
				return a.printJSON(map[string]any{"delegator": who.Hex(), "delegations": list})
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "NODE\tVALUE\tREWARDS\tUNBONDING\tRELEASE")
			for _, p := range list {
				rel := "-"
				if p.ReleaseAt != 0 {
					rel = p.ReleaseTime().UTC().Format(time.RFC3339)
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", p.Node.Hex(), chain.FormatTokens(p.Value.Int), chain.FormatTokens(p.Rewards.Int),
					chain.FormatTokens(p.Unbonding.Int), rel)
			}
			if len(list) == 0 {
				fmt.Fprintln(tw, "(no delegations)")
			}
			return tw.Flush()
		},
	}
	cf.register(cmd.Flags(), false)
	cmd.Flags().StringVar(&delegator, "delegator", "", "the delegator's address")
	cmd.Flags().StringVar(&nodeArg, "node", "", "show this node's pool instead")
	countVar(cmd.Flags(), &limit, "limit", 200, "most nodes to look through")
	return cmd
}

func (a *app) marketClaimRewardsCmd() *cobra.Command {
	var (
		cf       chainFlags
		withdraw bool
		asNode   bool
	)
	cmd := &cobra.Command{
		Use:   "claim-rewards [NODE]",
		Short: "Claim the signer's delegation rewards from NODE (--withdraw: and its undelegated tokens once due); --node: the signer's own node rewards",
		Args:  cobra.RangeArgs(0, 1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if asNode == (len(args) == 1) {
				return usagef("name a NODE, or pass --node to claim the signer's own node rewards")
			}
			c, from, d, err := a.dialDelegations(ctx, &cf)
			if err != nil {
				return err
			}
			defer c.Close()
			before, err := c.TokenBalance(ctx, from.Addr)
			if err != nil {
				return err
			}
			out := map[string]any{"account": from.Addr.Hex()}
			if asNode {
				err = claimIfAny(func() (*big.Int, error) { return d.NodeRewards(ctx, from.Addr) }, func() error { _, err := d.ClaimNodeRewards(ctx, from, nil); return err })
			} else {
				nodeID, perr := parseNode(args[0])
				if perr != nil {
					return perr
				}
				node := chain.Addr(nodeID)
				out["node"] = node.Hex()
				pos, perr := d.Position(ctx, node, from.Addr)
				if perr != nil {
					return perr
				}
				if pos.Rewards.Sign() > 0 {
					_, err = d.Claim(ctx, from, node, nil)
				}
				if err == nil && withdraw && pos.Unbonding.Sign() > 0 {
					_, err = d.Withdraw(ctx, from, node)
				}
			}
			if err != nil {
				return err
			}
			after, err := c.TokenBalance(ctx, from.Addr)
			if err != nil {
				return err
			}
			got := new(big.Int).Sub(after, before)
			out["received"] = got.String()
			return a.txOut(out, fmt.Sprintf("%s received %s tokens", from.Addr.Hex(), chain.FormatTokens(got)))
		},
	}
	cf.register(cmd.Flags(), true)
	cmd.Flags().BoolVar(&withdraw, "withdraw", false, "also withdraw undelegated tokens whose unbonding delay has passed")
	cmd.Flags().BoolVar(&asNode, "node", false, "claim the signer's own node rewards (its share and commission)")
	return cmd
}

func claimIfAny(have func() (*big.Int, error), claim func() error) error {
	v, err := have()
	if err != nil || v.Sign() == 0 {
		return err
	}
	return claim()
}

func (a *app) marketCommissionCmd() *cobra.Command {
	var cf chainFlags
	cmd := &cobra.Command{
		Use:   "commission BPS",
		Short: "Set the signer node's commission on its delegators' rewards (basis points, at most 5000; a raise applies after the unbonding delay)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			bps, err := strconv.ParseUint(args[0], 10, 16)
			if err != nil || bps > chain.DelegationMaxCommissionBps {
				return usagef("commission %q: want 0..%d basis points", args[0], chain.DelegationMaxCommissionBps)
			}
			c, from, d, err := a.dialDelegations(ctx, &cf)
			if err != nil {
				return err
			}
			defer c.Close()
			r, err := d.SetCommission(ctx, from, uint16(bps))
			if err != nil {
				return err
			}
			p, err := d.Pool(ctx, from.Addr)
			if err != nil {
				return err
			}
			line := fmt.Sprintf("commission %.2f%% now", float64(p.CommissionBps)/100)
			if p.PendingAt != 0 {
				line += fmt.Sprintf(", %.2f%% from %s", float64(p.PendingBps)/100, time.Unix(int64(p.PendingAt), 0).UTC().Format(time.RFC3339))
			}
			return a.txOut(map[string]any{"pool": p, "tx": r.TxHash.Hex()}, line)
		},
	}
	cf.register(cmd.Flags(), true)
	return cmd
}

// dialDelegations connects and loads the signing account, as dialSigner does, and the suite's
// Delegation contract; the caller closes the connection.
func (a *app) dialDelegations(ctx context.Context, cf *chainFlags) (*chain.Conn, *chain.Account, *chain.Delegation, error) {
	c, from, err := a.dialSigner(ctx, cf)
	if err != nil {
		return nil, nil, nil, err
	}
	d, err := c.Delegations()
	if err != nil {
		c.Close()
		return nil, nil, nil, err
	}
	return c, from, d, nil
}
