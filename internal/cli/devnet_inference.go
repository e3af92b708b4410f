package cli

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/cohort-net/cohort/internal/miner"
	"github.com/cohort-net/cohort/internal/node"
)

// inferenceFlags are what `cohort devnet --subnet inference` passes on. The devnet command sets
// Nodes (miners; 3 unless --nodes is given), Rounds (request rounds; 0 = 10), Seed and Once.
// Dishonest is the cheating miner's mode (wrong-output, the default, or replay), for a future flag.
type inferenceFlags struct {
	Nodes     int
	Rounds    int
	Seed      uint64
	Once      bool
	Dishonest string
	RPC       string // "" the embedded chain, none, or a JSON-RPC URL
	Model     string // a built-in inference model; "" the default
}

// runInferenceDevnet runs the inference subnet (miners proving inference, a validator scoring them).
func (a *app) runInferenceDevnet(cmd *cobra.Command, o inferenceFlags) error {
	miners := o.Nodes
	if f := cmd.Flags().Lookup("nodes"); f != nil && !f.Changed {
		miners = 3 // the training devnet's default of 5 trainers is not the subnet's
	}
	if miners < 1 || miners > 64 {
		return usagef("--nodes %d: want 1 to 64 miners", miners)
	}
	if o.Rounds < 0 {
		return usagef("--rounds %d: want a positive number of request rounds", o.Rounds)
	}
	mode := miner.ModeWrongOutput
	if o.Dishonest != "" {
		m, err := miner.ParseMode(o.Dishonest)
		if err != nil || m == miner.ModeHonest {
			return usagef("dishonest mode %q: want wrong-output|replay", o.Dishonest)
		}
		mode = m
	}
	what := "the logistic regression trained on breast_cancer"
	switch o.Model {
	case "", node.InferenceModelLogReg:
	case node.InferenceModelLSTM:
		what = "the LSTM trained federatedly on the CO2 series"
	default:
		return usagef("--model %q: the inference subnet serves %s or %s", o.Model, node.InferenceModelLogReg, node.InferenceModelLSTM)
	}
	ctx := cmd.Context()
	fmt.Fprintf(a.stderr, "devnet: loading %s, compiling its circuit, running the setup...\n", what)
	d, err := node.StartInferenceDevnet(ctx, node.InferenceOptions{Model: o.Model, Miners: miners, Rounds: o.Rounds, Seed: o.Seed, RPC: o.RPC,
		DishonestMode: mode, Log: a.log})
	if err != nil {
		return err
	}
	defer d.Close()
	st := d.Result()
	fmt.Fprintf(a.stderr, "devnet: inference subnet: model %s (%d constraints, id %s, setup %d ms), %d miners (1 %s), validator %s\n",
		st.Model, st.Constraints, st.ModelID, st.SetupMS, miners, mode, d.ValidatorURL())
	res, err := d.Run(ctx)
	if err != nil {
		return err
	}
	if a.json {
		if err := a.printJSON(res); err != nil {
			return err
		}
	} else {
		a.printInferenceTable(res)
	}
	if o.Once {
		return nil
	}
	fmt.Fprintf(a.stderr, "devnet: rounds done; nodes keep serving (GET %s/v1/scores, POST %s/v1/request). Ctrl-C to stop.\n",
		d.ValidatorURL(), d.ValidatorURL())
	<-ctx.Done()
	return nil
}

func (a *app) printInferenceTable(r *node.InferenceResult) {
	fmt.Fprintf(a.stdout, "model %s, %d constraints, accuracy float %.4f quantized %.4f; %d rounds\n",
		r.Model, r.Constraints, r.FloatAccuracy, r.QuantizedAccuracy, r.Rounds)
	tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "MINER\tBEHAVIOUR\tSCORE\tVALID\tINVALID\tMEAN LATENCY\tON-CHAIN WEIGHT")
	for _, m := range r.Miners {
		kind := "honest"
		if !m.Honest {
			kind = "dishonest (" + m.Mode + ")"
		}
		lat := "-"
		if m.Valid > 0 {
			lat = fmt.Sprintf("%.1f ms", m.MeanLatencyMS)
		}
		weight := "-"
		if m.ReputationBPS != nil {
			weight = fmt.Sprintf("%.2f %%", float64(*m.ReputationBPS)/100)
		}
		fmt.Fprintf(tw, "%s\t%s\t%.4f\t%d\t%d\t%s\t%s\n", m.Address, kind, m.Score, m.Valid, m.Invalid, lat, weight)
	}
	tw.Flush()
	fmt.Fprintf(a.stdout, "proofs verified %d, failed %d; mean proving %.1f ms, mean verification %.2f ms\n",
		r.ProofsVerified, r.ProofsFailed, r.MeanProveMS, r.MeanVerifyMS)
	if r.Registry != "" {
		fmt.Fprintf(a.stdout, "weights published as miners' reputation in the NodeRegistry %s on chain %s\n", r.Registry, r.ChainID)
	}
}
