package secagg_test

import (
	"context"
	"fmt"

	"github.com/cohort-net/cohort"

	"github.com/cohort-net/cohort/internal/secagg"
)

// Example runs one round of five clients in memory, one of which drops out after sharing its keys.
func Example() {
	keys := secagg.NewDevKeyring(5, 1)
	cfg, err := secagg.NewConfig(secagg.Params{
		Clients: keys.IDs(), Neighbours: 4, Threshold: 3, Bits: 16, ClipRange: 1, Dim: 3,
		TaskID: "example", Round: 1, Seed: secagg.RingSeed("example", 1, nil),
	})
	if err != nil {
		panic(err)
	}
	input := func(i int) ([]float64, float64) { return []float64{0.5, -0.25, 0}, float64(10 * (i + 1)) }
	drop := map[cohort.NodeID]secagg.Stage{keys.IDs()[4]: secagg.StageMaskedInput}
	res, _, err := secagg.Simulate(context.Background(), cfg, keys.Signers(), keys, secagg.SimOptions{Input: input, DropBefore: drop})
	if err != nil {
		panic(err)
	}
	fmt.Printf("%d survivors, first element %.2f, summed weight %.0f\n", len(res.Survivors), res.Sum[0], res.Sum[3])
	// Output: 4 survivors, first element 2.00, summed weight 100
}
