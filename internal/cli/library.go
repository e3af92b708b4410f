package cli

import (
	"fmt"
	"math/big"
	"os"
	"strconv"

	"github.com/ipfs/go-cid"
	"github.com/spf13/cobra"

	"github.com/cohort-net/cohort/internal/chain"
)

// The model library (ModelRegistry): settled tasks' models, their royalties and ratings.

// libraryModel is a listed model as `model list|show --json` print it.
type libraryModel struct {
	chain.Model
	CID string `json:"cid"`
}

func libraryView(m chain.Model) libraryModel {
	s := fmt.Sprintf("0x%x", m.CID)
	if c, err := cid.Cast(m.CID); err == nil {
		s = c.String()
	}
	if m.Contributors == nil {
		m.Contributors = []chain.Shareholder{}
	}
	return libraryModel{Model: m, CID: s}
}

func parseModelID(s string) (uint64, error) {
	id, err := strconv.ParseUint(s, 10, 64)
	if err != nil || id == 0 {
		return 0, usagef("model id %q: want a positive integer (the id of the task that trained it)", s)
	}
	return id, nil
}

func (a *app) modelListCmd() *cobra.Command {
	var cf chainFlags
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the model library: settled tasks' models with subnet, lineage, validators' score, rating and royalty holders",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := a.dial(cmd.Context(), &cf)
			if err != nil {
				return err
			}
			defer c.Close()
			lib, err := c.ModelLibrary()
			if err != nil {
				return err
			}
			ms, err := lib.Models(cmd.Context())
			if err != nil {
				return err
			}
			out := make([]libraryModel, 0, len(ms))
			for _, m := range ms {
				out = append(out, libraryView(m))
			}
			if a.json {
				return a.printJSON(map[string]any{"models": out})
			}
			fmt.Fprintf(a.stdout, "%-5s %-6s %-6s %-5s %-7s %-9s %-12s %s\n", "ID", "TASK", "SUBNET", "BASE", "SCORE", "RATING", "CONTRIBUTORS", "CID")
			for _, m := range out {
				fmt.Fprintf(a.stdout, "%-5d %-6d %-6d %-5d %-7s %-9s %-12d %s\n", m.ID, m.TaskID, m.Subnet, m.BaseModel,
					fmt.Sprintf("%.2f%%", float64(m.Score)/100), fmt.Sprintf("%.1f (%d)", m.Rating, m.Ratings), len(m.Contributors), m.CID)
			}
			return nil
		},
	}
	cf.register(cmd.Flags(), false)
	return cmd
}

// modelShowChain prints a listed model (`model show ID --rpc URL`).
func (a *app) modelShowChain(cmd *cobra.Command, cf *chainFlags, arg string) error {
	id, err := parseModelID(arg)
	if err != nil {
		return err
	}
	c, err := a.dial(cmd.Context(), cf)
	if err != nil {
		return err
	}
	defer c.Close()
	lib, err := c.ModelLibrary()
	if err != nil {
		return err
	}
	m, err := lib.Model(cmd.Context(), id)
	if err != nil {
		return err
	}
	v := libraryView(m)
	if a.json {
		return a.printJSON(v)
	}
	w := a.stdout
	fmt.Fprintf(w, "model %d  (task %d)\n  cid           %s\n  subnet        %d\n  base model    %d\n", v.ID, v.TaskID, v.CID, v.Subnet, v.BaseModel)
	fmt.Fprintf(w, "  score         %.2f%% (validators' attested median on hold-out data)\n  rating        %.2f from %d ratings\n", float64(v.Score)/100, v.Rating, v.Ratings)
	fmt.Fprintf(w, "  royalty token %s\n  holders:\n", v.RoyaltyToken.Hex())
	for _, h := range v.Contributors {
		pct := new(big.Float).Quo(new(big.Float).SetInt(h.Shares.Int), new(big.Float).SetInt(chain.RoyaltyShares))
		f, _ := pct.Float64()
		fmt.Fprintf(w, "    %s  %7.3f%%\n", h.Address.Hex(), 100*f)
	}
	return nil
}

func (a *app) modelClaimCmd() *cobra.Command {
	var cf chainFlags
	var amount string
	cmd := &cobra.Command{
		Use:   "claim ID",
		Short: "Withdraw the signer's royalties from a listed model (distributing pending fees first)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseModelID(args[0])
			if err != nil {
				return err
			}
			var amt *big.Int
			if amount != "" {
				if amt, err = chain.ParseTokens(amount); err != nil {
					return usagef("--amount %q: %v", amount, err)
				}
			}
			c, from, err := a.dialSigner(cmd.Context(), &cf)
			if err != nil {
				return err
			}
			defer c.Close()
			lib, err := c.ModelLibrary()
			if err != nil {
				return err
			}
			rc, err := lib.Claim(cmd.Context(), from, id, amt)
			if err != nil {
				return err
			}
			paid := lib.Claimed(rc)
			r, err := lib.Royalty(cmd.Context(), id, from.Addr)
			if err != nil {
				return err
			}
			if a.json {
				return a.printJSON(map[string]any{"model": id, "holder": from.Addr, "claimed": chain.Amount{Int: paid},
					"tx": rc.TxHash.Hex(), "gas": rc.GasUsed, "royalty": r})
			}
			fmt.Fprintf(a.stdout, "claimed %s tokens of model %d's royalties to %s (tx %s, %d gas); withdrawn in all %s\n",
				chain.FormatTokens(paid), id, from.Addr.Hex(), rc.TxHash.Hex(), rc.GasUsed, chain.FormatTokens(r.Withdrawn.Int))
			return nil
		},
	}
	cf.register(cmd.Flags(), true)
	cmd.Flags().StringVar(&amount, "amount", "", "tokens to withdraw (default: everything claimable)")
	return cmd
}

func (a *app) modelRateCmd() *cobra.Command {
	var cf chainFlags
	cmd := &cobra.Command{
		Use:   "rate ID STARS",
		Short: "Rate a listed model 1 to 5 stars (once per address)",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseModelID(args[0])
			if err != nil {
				return err
			}
			stars, err := strconv.ParseUint(args[1], 10, 8)
			if err != nil || stars < 1 || stars > 5 {
				return usagef("rating %q: want 1 to 5", args[1])
			}
			c, from, err := a.dialSigner(cmd.Context(), &cf)
			if err != nil {
				return err
			}
			defer c.Close()
			lib, err := c.ModelLibrary()
			if err != nil {
				return err
			}
			rc, err := lib.Rate(cmd.Context(), from, id, uint8(stars))
			if err != nil {
				return err
			}
			m, err := lib.Model(cmd.Context(), id)
			if err != nil {
				return err
			}
			if a.json {
				return a.printJSON(map[string]any{"model": id, "rater": from.Addr, "stars": stars, "rating": m.Rating, "ratings": m.Ratings, "tx": rc.TxHash.Hex()})
			}
			fmt.Fprintf(a.stdout, "rated model %d %d stars; now %.2f from %d ratings\n", id, stars, m.Rating, m.Ratings)
			return nil
		},
	}
	cf.register(cmd.Flags(), true)
	return cmd
}

// isModelFile reports whether arg names an existing file (`model show FILE`) rather than a model id.
func isModelFile(arg string) bool {
	if _, err := parseModelID(arg); err != nil {
		return true
	}
	_, err := os.Stat(arg)
	return err == nil
}
