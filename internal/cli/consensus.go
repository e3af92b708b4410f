package cli

import (
	"fmt"
	"math"

	"github.com/spf13/cobra"

	"github.com/cohort-net/cohort/internal/chain"
)

// chainConsensusCmd is `cohort chain consensus`: ValidatorConsensus's epoch, phase, pool and parameters,
// and with --epoch one epoch's scored nodes and revealing validators.
func (a *app) chainConsensusCmd() *cobra.Command {
	var (
		cf    chainFlags
		epoch int
	)
	cmd := &cobra.Command{
		Use:   "consensus",
		Short: "Show the validator consensus: epoch, phase, reward pool, parameters (--epoch N: its nodes and validators)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			c, err := a.dial(ctx, &cf)
			if err != nil {
				return err
			}
			defer c.Close()
			k, err := c.SuiteConsensus()
			if err != nil {
				return err
			}
			st, err := k.Status(ctx)
			if err != nil {
				return err
			}
			out := map[string]any{"chain_id": c.ChainID().String(), "consensus": st}
			var rec chain.EpochRecord
			if epoch >= 0 {
				if rec, err = k.Epoch(ctx, uint64(epoch)); err != nil {
					return err
				}
				out["epoch"] = map[string]any{"epoch": epoch, "nodes": rec.Nodes, "validators": rec.Validators, "finalized": rec.Finalized}
			}
			if a.json {
				return a.printJSON(out)
			}
			phase := "reveal"
			if st.CommitPhase {
				phase = "commit"
			}
			fmt.Fprintf(a.stdout, "validator consensus %s\n  epoch %d (%s phase; epochs of %ds, commit %ds), finalized through %d\n",
				st.Address.Hex(), st.Epoch, phase, st.EpochLength, st.CommitWindow, int64(st.FinalizedThrough)-1)
			fmt.Fprintf(a.stdout, "  pool %s, owed %s, reward per epoch %s, nodes' share %d bps, bond alpha %.3f\n",
				chain.FormatTokens(st.Pool.Int), chain.FormatTokens(st.Owed.Int), chain.FormatTokens(st.RewardPerEpoch.Int),
				st.NodeShareBps, float64(st.Alpha)/1e9)
			if epoch >= 0 {
				fmt.Fprintf(a.stdout, "epoch %d: %d nodes, %d validators revealed, finalized %v\n", epoch, len(rec.Nodes), len(rec.Validators), rec.Finalized)
			}
			return nil
		},
	}
	f := cmd.Flags()
	cf.register(f, false)
	intRangeVar(f, &epoch, "epoch", -1, 0, math.MaxInt32, "also show this epoch's scored nodes and revealing validators")
	return cmd
}
