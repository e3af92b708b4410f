package cli

import (
	"context"
	"encoding/hex"
	"fmt"
	"math/big"
	"strings"

	"github.com/spf13/cobra"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/chain"
)

func (a *app) govCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "gov",
		Short: "The DAO that holds every admin role: parameters, staking for votes, proposals (slash, release, parameters), votes, queue, execute",
		Long: `The DAO holds every admin, slasher, arbiter and registrar role of the suite through its timelock; the
deployer keeps none. Stake the network token for votes (gov stake), propose (gov propose), vote during the
voting period (gov vote), queue a succeeded proposal (gov queue) and execute it once the timelock has
passed (gov execute). Frozen nodes are judged by proposal: --slash or --release before the case's
deadline, after which anyone may apply the default outcome (release).`,
	}
	cmd.AddCommand(a.govParamsCmd(), a.govStakeCmd(), a.govProposeCmd(), a.govVoteCmd(), a.govStepCmd("queue"), a.govStepCmd("execute"), a.govStatusCmd())
	return cmd
}

func (a *app) govParamsCmd() *cobra.Command {
	var cf chainFlags
	cmd := &cobra.Command{
		Use:   "params",
		Short: "Show the DAO's contracts and parameters: quorum, voting delay and period, timelock delay, guardians, arbitration",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, d, err := a.dialDeployment(cmd.Context(), &cf)
			if err != nil {
				return err
			}
			defer c.Close()
			info, err := c.Gov(cmd.Context())
			if err != nil {
				return err
			}
			if a.json {
				return a.printJSON(map[string]any{"chain": info, "deployment": d.Governance, "deployer": d.Deployer})
			}
			w := a.stdout
			fmt.Fprintf(w, "governor      %s\ntimelock      %s (holds every admin role)\nvoting token  %s (%s staked)\narbitration   %s\n",
				info.Governor.Hex(), info.Timelock.Hex(), info.Votes.Hex(), chain.FormatTokens(info.StakedSupply.Int), info.Arbitration.Hex())
			fmt.Fprintf(w, "quorum %d %% of the staked supply, voting delay %ds, voting period %ds, timelock %ds\n",
				info.QuorumPercent, info.VotingDelay, info.VotingPeriod, info.TimelockDelay)
			fmt.Fprintf(w, "arbitration: judge within %ds, slash at most %d bps, %d validator reports freeze, treasury %s\n",
				info.JudgeWindow, info.MaxSlashBps, info.ReportQuorum, info.Treasury.Hex())
			if info.Guardian == [20]byte{} {
				fmt.Fprintln(w, "guardians: none")
			} else {
				fmt.Fprintf(w, "guardians: %d of %d at %s may pause new requests, publishes and bids (never withdrawals)\n", info.GuardianThreshold, len(info.Guardians), info.Guardian.Hex())
			}
			return nil
		},
	}
	cf.register(cmd.Flags(), false)
	return cmd
}

func (a *app) govStakeCmd() *cobra.Command {
	var cf chainFlags
	cmd := &cobra.Command{
		Use:   "stake AMOUNT",
		Short: "Stake AMOUNT network tokens into the DAO for as many votes (delegated to yourself unless delegated before)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			amount, err := chain.ParseTokens(args[0])
			if err != nil {
				return usagef("amount: %v", err)
			}
			c, from, err := a.dialSigner(cmd.Context(), &cf)
			if err != nil {
				return err
			}
			defer c.Close()
			if err := c.StakeVotes(cmd.Context(), from, amount); err != nil {
				return err
			}
			if a.json {
				return a.printJSON(map[string]any{"staked": chain.Amount{Int: amount}, "account": from.Addr})
			}
			fmt.Fprintf(a.stdout, "staked %s for votes from %s\n", chain.FormatTokens(amount), from.Addr.Hex())
			return nil
		},
	}
	cf.register(cmd.Flags(), true)
	return cmd
}

// proposeFlags are `gov propose`'s actions.
type proposeFlags struct {
	slash, release, freeze, to, harmed, dispute, amount string
	setParams                                           []string
	target, calldata, value, description                string
}

// calls turns the flags into the proposal's calls.
func (pf *proposeFlags) calls(ctx context.Context, c *chain.Conn) ([]chain.Tx, error) {
	var txs []chain.Tx
	addr := func(flag, s string) ([20]byte, error) {
		id, err := cohort.ParseNodeID(s)
		if err != nil {
			return [20]byte{}, usagef("--%s %q: not an address", flag, s)
		}
		return [20]byte(id), nil
	}
	dispute := func() ([32]byte, error) {
		if pf.dispute == "" {
			return [32]byte{}, usagef("--slash, --release and --freeze need --dispute ID (the case's dispute)")
		}
		return chain.ParseDispute(pf.dispute)
	}
	if pf.slash != "" {
		node, err := addr("slash", pf.slash)
		if err != nil {
			return nil, err
		}
		amount, err := chain.ParseTokens(pf.amount)
		if err != nil {
			return nil, usagef("--slash needs --amount: %v", err)
		}
		to, err := addr("to", pf.to)
		if err != nil {
			return nil, err
		}
		d, err := dispute()
		if err != nil {
			return nil, err
		}
		tx, err := c.SlashAction(node, amount, to, d)
		if err != nil {
			return nil, err
		}
		txs = append(txs, tx)
	}
	for _, one := range []struct {
		flag, val string
		mk        func([20]byte, [32]byte) (chain.Tx, error)
	}{
		{"release", pf.release, func(n [20]byte, d [32]byte) (chain.Tx, error) { return c.ReleaseAction(n, d), nil }},
		{"freeze", pf.freeze, func(n [20]byte, d [32]byte) (chain.Tx, error) {
			var h [20]byte
			if pf.harmed != "" {
				var err error
				if h, err = addr("harmed", pf.harmed); err != nil {
					return chain.Tx{}, err
				}
			}
			return c.FreezeAction(n, d, h), nil
		}},
	} {
		if one.val == "" {
			continue
		}
		node, err := addr(one.flag, one.val)
		if err != nil {
			return nil, err
		}
		d, err := dispute()
		if err != nil {
			return nil, err
		}
		tx, err := one.mk(node, d)
		if err != nil {
			return nil, err
		}
		txs = append(txs, tx)
	}
	if len(pf.setParams) > 0 {
		tx, err := c.SetParamAction(ctx, pf.setParams)
		if err != nil {
			return nil, err
		}
		txs = append(txs, tx)
	}
	if pf.target != "" || pf.calldata != "" {
		to, err := addr("target", pf.target)
		if err != nil {
			return nil, err
		}
		value, ok := new(big.Int).SetString(pf.value, 10)
		if !ok || value.Sign() < 0 {
			return nil, usagef("--value %q: want wei as a decimal number", pf.value)
		}
		data, err := hex.DecodeString(strings.TrimPrefix(pf.calldata, "0x"))
		if err != nil {
			return nil, usagef("--calldata: %v", err)
		}
		tx := chain.Tx{To: to, Data: data, Value: value, What: fmt.Sprintf("call 0x%x", to)}
		if err := c.CheckCall(ctx, tx); err != nil {
			return nil, err
		}
		txs = append(txs, tx)
	}
	if len(txs) == 0 {
		return nil, usagef("nothing to propose: give --slash, --release, --freeze, --set-param or --target/--calldata")
	}
	return txs, nil
}

func (a *app) govProposeCmd() *cobra.Command {
	var (
		cf chainFlags
		pf proposeFlags
	)
	cmd := &cobra.Command{
		Use:   "propose",
		Short: "Propose actions to the DAO: --slash NODE --amount X --to ADDR --dispute ID, --release NODE --dispute ID, --set-param NAME=VALUE, or --target ADDR --calldata HEX",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			c, from, err := a.dialSigner(ctx, &cf)
			if err != nil {
				return err
			}
			defer c.Close()
			txs, err := pf.calls(ctx, c)
			if err != nil {
				return err
			}
			p := chain.Proposal{Calls: txs, Description: pf.description}
			if p.Description == "" {
				p.Description = chain.Describe(txs)
			}
			id, r, err := c.Propose(ctx, from, p)
			if err != nil {
				return err
			}
			st, err := c.ProposalState(ctx, id)
			if err != nil {
				return err
			}
			if a.json {
				return a.printJSON(map[string]any{"proposal": id.String(), "tx": r.TxHash, "description": p.Description, "status": st})
			}
			fmt.Fprintf(a.stdout, "proposal %s: %s\nvoting opens after %d and closes after %d (unix time)\n", id, p.Description, st.Snapshot, st.Deadline)
			return nil
		},
	}
	f := cmd.Flags()
	cf.register(f, true)
	f.StringVar(&pf.slash, "slash", "", "judge a frozen node: slash it (with --amount, --to, --dispute)")
	f.StringVar(&pf.amount, "amount", "", "tokens to slash (at most the arbitration cap)")
	f.StringVar(&pf.to, "to", "", "who receives the slash: the treasury or the case's harmed party")
	f.StringVar(&pf.release, "release", "", "judge a frozen node: release it (with --dispute)")
	f.StringVar(&pf.freeze, "freeze", "", "freeze a node and open its case (with --dispute, optionally --harmed)")
	f.StringVar(&pf.harmed, "harmed", "", "with --freeze: the party that may receive a slash besides the treasury")
	f.StringVar(&pf.dispute, "dispute", "", "the case's dispute: a decimal id or 0x and 64 hex digits")
	f.StringArrayVar(&pf.setParams, "set-param", nil, "change a market parameter NAME=VALUE (repeatable): "+strings.Join(chain.MarketParamNames, ", "))
	f.StringVar(&pf.target, "target", "", "raw call: the contract (its function must be on the DAO's list)")
	f.StringVar(&pf.calldata, "calldata", "", "raw call: 0x calldata")
	f.StringVar(&pf.value, "value", "0", "raw call: wei sent from the timelock")
	f.StringVar(&pf.description, "description", "", "the proposal's description (default: its actions in words)")
	return cmd
}

// parseProposalID reads a proposal id (decimal, as propose prints it).
func parseProposalID(s string) (*big.Int, error) {
	id, ok := new(big.Int).SetString(s, 10)
	if !ok || id.Sign() <= 0 {
		return nil, usagef("proposal id %q: want the decimal id `gov propose` printed", s)
	}
	return id, nil
}

func (a *app) govVoteCmd() *cobra.Command {
	var (
		cf      chainFlags
		support string
	)
	cmd := &cobra.Command{
		Use:   "vote ID",
		Short: "Vote on an active proposal: --support for|against|abstain",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseProposalID(args[0])
			if err != nil {
				return err
			}
			choice, ok := map[string]uint8{"for": chain.VoteFor, "against": chain.VoteAgainst, "abstain": chain.VoteAbstain}[support]
			if !ok {
				return usagef("--support %q: want for, against or abstain", support)
			}
			c, from, err := a.dialSigner(cmd.Context(), &cf)
			if err != nil {
				return err
			}
			defer c.Close()
			r, err := c.CastVote(cmd.Context(), from, id, choice)
			if err != nil {
				return err
			}
			if a.json {
				return a.printJSON(map[string]any{"proposal": id.String(), "support": support, "tx": r.TxHash, "gas": r.GasUsed})
			}
			fmt.Fprintf(a.stdout, "voted %s on proposal %s (gas %d)\n", support, id, r.GasUsed)
			return nil
		},
	}
	cf.register(cmd.Flags(), true)
	cmd.Flags().StringVar(&support, "support", "for", "for, against or abstain")
	return cmd
}

// govStepCmd is `gov queue` and `gov execute`: both find the proposal's calls from its id.
func (a *app) govStepCmd(step string) *cobra.Command {
	var cf chainFlags
	short := map[string]string{"queue": "Queue a succeeded proposal in the timelock", "execute": "Execute a queued proposal whose timelock delay has passed"}[step]
	cmd := &cobra.Command{
		Use:   step + " ID",
		Short: short,
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			id, err := parseProposalID(args[0])
			if err != nil {
				return err
			}
			c, d, err := a.dialDeployment(ctx, &cf)
			if err != nil {
				return err
			}
			defer c.Close()
			from, err := a.signer(c, &cf)
			if err != nil {
				return err
			}
			p, err := c.FindProposal(ctx, id, d.Block)
			if err != nil {
				return err
			}
			run := c.QueueProposal
			if step == "execute" {
				run = c.ExecuteProposal
			}
			r, err := run(ctx, from, p)
			if err != nil {
				return err
			}
			st, err := c.ProposalState(ctx, id)
			if err != nil {
				return err
			}
			if a.json {
				return a.printJSON(map[string]any{"proposal": id.String(), "tx": r.TxHash, "status": st})
			}
			fmt.Fprintf(a.stdout, "proposal %s: %s\n", id, st.State)
			if st.State == "queued" {
				fmt.Fprintf(a.stdout, "executable after %d (unix time)\n", st.ETA)
			}
			return nil
		},
	}
	cf.register(cmd.Flags(), true)
	return cmd
}

func (a *app) govStatusCmd() *cobra.Command {
	var cf chainFlags
	cmd := &cobra.Command{
		Use:   "status ID",
		Short: "Show a proposal's state, times, tally and quorum",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseProposalID(args[0])
			if err != nil {
				return err
			}
			c, err := a.dial(cmd.Context(), &cf)
			if err != nil {
				return err
			}
			defer c.Close()
			st, err := c.ProposalState(cmd.Context(), id)
			if err != nil {
				return err
			}
			if a.json {
				return a.printJSON(st)
			}
			fmt.Fprintf(a.stdout, "proposal %s: %s\nvote from %d to %d; for %s, against %s, abstain %s (quorum %s)\n", id, st.State, st.Snapshot, st.Deadline,
				chain.FormatTokens(st.For.Int), chain.FormatTokens(st.Against.Int), chain.FormatTokens(st.Abstain.Int), chain.FormatTokens(st.Quorum.Int))
			if st.ETA != 0 {
				fmt.Fprintf(a.stdout, "executable after %d\n", st.ETA)
			}
			return nil
		},
	}
	cf.register(cmd.Flags(), false)
	return cmd
}
