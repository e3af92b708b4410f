package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/cohort-net/cohort/internal/dp"
)

func (a *app) dpCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "dp",
		Short: "Differential privacy: account for the privacy a training run spends",
		Args:  cobra.NoArgs,
		RunE:  func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	cmd.AddCommand(a.dpAccountCmd())
	return cmd
}

// dpAccount is what `cohort dp account --json` prints.
type dpAccount struct {
	Epsilon         float64 `json:"epsilon"`
	Delta           float64 `json:"delta"`
	Order           float64 `json:"order"`
	NoiseMultiplier float64 `json:"noise_multiplier"`
	SampleRate      float64 `json:"sample_rate"`
	Steps           int     `json:"steps"`
}

func (a *app) dpAccountCmd() *cobra.Command {
	var noise, rate, delta float64
	var steps int
	cmd := &cobra.Command{
		Use:   "account",
		Short: "Print the ε of T steps of the Poisson-subsampled Gaussian mechanism (DP-SGD, DP-FedAvg)",
		Long: `account composes --steps steps of the Poisson-subsampled Gaussian mechanism (each record sampled
with probability --sample-rate, Gaussian noise of --noise times the clip norm) with a Rényi-DP accountant
(Mironov, Talwar and Zhang 2019; Opacus's default orders) and prints the ε at --delta, converted with
Balle et al. 2020 (Theorem 21), the conversion Opacus's get_privacy_spent uses, and the RDP order that
gave it. For DP-SGD, steps = epochs / sample rate.`,
		Example: "  cohort dp account --noise 1.1 --sample-rate 0.004267 --steps 14063 --delta 1e-5 --json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := dp.CheckMechanism(rate, noise); err != nil {
				return usagef("--noise %v, --sample-rate %v: %v", noise, rate, err)
			}
			if steps < 0 {
				return usagef("--steps %d: want >= 0", steps)
			}
			if err := dp.CheckDelta(delta); err != nil {
				return usagef("--delta: %v", err)
			}
			sp, err := dp.Epsilon(rate, noise, steps, delta)
			if err != nil {
				return err
			}
			out := dpAccount{Epsilon: sp.Epsilon, Delta: sp.Delta, Order: sp.Order, NoiseMultiplier: noise, SampleRate: rate, Steps: steps}
			if a.json {
				return a.printJSON(out)
			}
			_, err = fmt.Fprintf(a.stdout, "ε = %.4g at δ = %g (RDP order %g; σ = %g, q = %g, %d steps)\n",
				sp.Epsilon, sp.Delta, sp.Order, noise, rate, steps)
			return err
		},
	}
	f := cmd.Flags()
	f.Float64Var(&noise, "noise", 0, "noise multiplier σ: the noise's standard deviation over the clip norm")
	f.Float64Var(&rate, "sample-rate", 0, "sample rate q: each record's probability of being in a step (batch size / records)")
	f.IntVar(&steps, "steps", 0, "number of steps T")
	f.Float64Var(&delta, "delta", 1e-5, "δ, in (0, 1)")
	for _, n := range []string{"noise", "sample-rate", "steps"} {
		_ = cmd.MarkFlagRequired(n)
	}
	return cmd
}
