package cli

import (
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/spf13/cobra"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/bench"
	"github.com/cohort-net/cohort/internal/secagg"
)

// benchSecaggCmd is `cohort bench secagg`.
func (a *app) benchSecaggCmd() *cobra.Command {
	var o bench.Options
	cmd := &cobra.Command{
		Use:   "secagg",
		Short: "SecAgg+ secure aggregation: client and server time, bytes per client, beside a plaintext round",
		Long: `secagg runs one SecAgg+ round in process with n = 100 and one with n = 1000 clients of 100,000
parameters each, 10 % of them dropping after sending their shares, and a plaintext round of the same
size in the same run. Clients run one after another so each is timed alone; the secure round counts
the slowest client plus the server, as if the clients ran in parallel. Times are given as wall time
and as CPU time (load_avg_1m says how busy the machine was). The n = 1000 entry takes a minute or more
on 2 cores.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			res, err := bench.RunSecAgg(cmd.Context(), o)
			if err != nil {
				return err
			}
			return a.printReport(bench.NewReport("secagg", res))
		},
	}
	f := cmd.Flags()
	f.BoolVar(&o.Quick, "quick", false, "20 and 40 clients of 2,000 parameters: a smoke run")
	natVar(f, &o.Workers, "workers", 0, "server goroutines for unmasking (default GOMAXPROCS)")
	return cmd
}

// secaggCmd is `cohort secagg`: tools around the secure-aggregation protocol.
func (a *app) secaggCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "secagg", Short: "SecAgg+ secure aggregation tools"}
	cmd.AddCommand(a.secaggSimulateCmd())
	return cmd
}

func (a *app) secaggSimulateCmd() *cobra.Command {
	var (
		n, k, t, bits, dim int
		clip, dropout      float64
		stage              string
		seed               uint64
	)
	stages := map[string]secagg.Stage{
		"advertise": secagg.StageAdvertise, "share": secagg.StageShareKeys, "masked": secagg.StageMaskedInput,
		"consistency": secagg.StageConsistency, "unmask": secagg.StageUnmask,
	}
	cmd := &cobra.Command{
		Use:   "simulate",
		Short: "Run one SecAgg+ round in memory with random updates and dropouts; check the sum against the plaintext sum",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, ok := stages[stage]
			if !ok {
				return usagef("--drop-before %q: want advertise|share|masked|consistency|unmask", stage)
			}
			if dropout < 0 || dropout >= 1 {
				return usagef("--dropout %v: want [0, 1)", dropout)
			}
			keys := secagg.NewDevKeyring(n, seed)
			cfg, err := secagg.NewConfig(secagg.Params{
				Clients: keys.IDs(), Neighbours: k, Threshold: t, Bits: bits, ClipRange: clip, Dim: dim,
				TaskID: "simulate", Round: 1, Seed: [32]byte{byte(seed), byte(seed >> 8)},
			})
			if err != nil {
				return err
			}
			rng := rand.New(rand.NewPCG(seed, 1))
			drop := map[cohort.NodeID]secagg.Stage{}
			for _, i := range rng.Perm(n)[:int(math.Round(dropout*float64(n)))] {
				drop[keys.IDs()[i]] = st
			}
			updates := make([][]float64, n)
			weights := make([]float64, n)
			for i := range updates {
				updates[i] = make([]float64, dim)
				for j := range updates[i] {
					updates[i][j] = (rng.Float64()*2 - 1) * clip
				}
				weights[i] = float64(1 + rng.IntN(1000))
			}
			res, stats, err := secagg.Simulate(cmd.Context(), cfg, keys.Signers(), keys, secagg.SimOptions{
				DropBefore: drop,
				Input:      func(i int) ([]float64, float64) { return updates[i], weights[i] },
			})
			if err != nil {
				return err
			}
			index := map[cohort.NodeID]int{}
			for i, id := range keys.IDs() {
				index[id] = i
			}
			var maxErr, wantW float64
			for j := 0; j < dim; j++ {
				var want float64
				for _, id := range res.Survivors {
					want += updates[index[id]][j]
				}
				maxErr = math.Max(maxErr, math.Abs(res.Sum[j]-want))
			}
			for _, id := range res.Survivors {
				wantW += weights[index[id]]
			}
			out := map[string]any{
				"clients": n, "neighbours": cfg.Neighbours(), "threshold": t, "dim": dim,
				"modulus_bits": cfg.ModulusBits(), "survivors": len(res.Survivors), "dropped": len(res.Dropped),
				"summed_weight": res.Sum[dim], "expected_weight": wantW, "max_abs_error": maxErr,
				"server_ms": float64(stats.ServerTime.Microseconds()) / 1000, "client_errors": len(stats.ClientErrors),
			}
			if a.json {
				return a.printJSON(out)
			}
			fmt.Fprintf(a.stdout, "%d clients (k=%d, t=%d, Z_2^%d), %d survivors, %d dropped\n", n, cfg.Neighbours(), t, cfg.ModulusBits(), len(res.Survivors), len(res.Dropped))
			fmt.Fprintf(a.stdout, "summed weight %.0f (expected %.0f), max abs error %.3g over %d elements, server %.1f ms\n",
				res.Sum[dim], wantW, maxErr, dim, float64(stats.ServerTime.Microseconds())/1000)
			return nil
		},
	}
	f := cmd.Flags()
	countVar(f, &n, "clients", 20, "number of clients")
	countVar(f, &k, "neighbours", 8, "neighbours per client on the ring (even)")
	countVar(f, &t, "threshold", 5, "Shamir threshold (k/2 < t <= k)")
	intRangeVar(f, &bits, "bits", 20, 2, 52, "quantization bits per element")
	countVar(f, &dim, "dim", 1000, "update length")
	positiveVar(f, &clip, "clip", 1, "clip updates to [-clip, clip]")
	floatRangeVar(f, &dropout, "dropout", 0.1, 0, 1, "fraction of clients that drop out")
	f.StringVar(&stage, "drop-before", "masked", "stage before which they drop: advertise|share|masked|consistency|unmask")
	f.Uint64Var(&seed, "seed", 1, "seed for keys, updates and dropouts")
	return cmd
}
