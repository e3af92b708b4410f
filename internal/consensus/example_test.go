package consensus_test

import (
	"fmt"
	"math/big"

	"github.com/cohort-net/cohort/internal/consensus"
)

// Two honest validators and one that pushes node 2: the push is clipped to the consensus, so node 2
// gains only a third of 0.1 and the pusher, whose clipped vote is small, earns a tenth of an honest
// validator.
func ExampleCompute() {
	honest := []uint16{6_000, 3_000, 1_000}
	e := consensus.Epoch{Nodes: 3, Reward: big.NewInt(1_000_000), Validators: []consensus.Validator{
		{Stake: big.NewInt(100), Weights: honest},
		{Stake: big.NewInt(100), Weights: honest},
		{Stake: big.NewInt(100), Weights: []uint16{0, 0, 10_000}},
	}}
	r, err := consensus.Compute(consensus.Default, e)
	if err != nil {
		panic(err)
	}
	fmt.Println("consensus:", r.Consensus)
	fmt.Println("reputation:", r.Reputation)
	fmt.Println("node rewards:", r.NodeRewards)
	fmt.Println("validator rewards:", r.ValidatorRewards)
	// Output:
	// consensus: [600000000 300000000 100000000]
	// reputation: [10000 4999 2499]
	// node rewards: [285714 142857 71428]
	// validator rewards: [238095 238095 23809]
}
