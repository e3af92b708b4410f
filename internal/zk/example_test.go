package zk_test

import (
	"fmt"

	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/zk"
)

// Example compiles a tiny logistic regression, sets up Groth16 keys, answers a request with a proof
// bound to the request's nonce and the miner's address, and verifies it.
func Example() {
	// A model trained by internal/fl; here its parameters are given (W input-major, then b).
	m := &fl.Model{Spec: fl.ModelSpec{Kind: fl.KindLogReg, Inputs: 2, Classes: 2}, Params: []float64{0.5, -1.25, 0.1}}
	q, _ := zk.FromFL(m, zk.QuantOptions{InFrac: 8, InBits: 12})
	c, _ := zk.Compile(q, false, zk.Groth16)
	pk, vk, _ := c.Setup() // a ceremony for real keys: zk.Phase1Contribute and the rest
	id, _ := zk.ModelIDFromVK(vk)

	miner := [20]byte{0xaa}
	req := &zk.Request{ModelID: id, Nonce: zk.NewNonce(), Prover: miner, Input: q.QuantizeInput([]float64{1, 0.5}), Salt: zk.NewSalt()}
	st, proof, err := c.Prove(pk, id, req)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("logit: %.4f\n", float64(st.Outputs[0])/float64(int64(1)<<(q.InFrac+q.WFrac)))
	fmt.Println("valid:", zk.Verify(vk, st, proof) == nil)
	st.Prover[0] = 0xbb // another miner claims the proof
	fmt.Println("claimed by another miner:", zk.Verify(vk, st, proof) == nil)
	// Output:
	// logit: -0.0250
	// valid: true
	// claimed by another miner: false
}
