package zk

import (
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/cohort-net/cohort"
)

// toyCircuit keeps the ceremony's -short test fast: phase 2 costs seconds per 1,000 constraints.
type toyCircuit struct {
	X frontend.Variable `gnark:",public"`
	Y frontend.Variable
}

func (c *toyCircuit) Define(api frontend.API) error {
	api.AssertIsEqual(api.Mul(c.Y, c.Y), c.X)
	return nil
}

// runCeremony runs phase 1 and phase 2 with n contributions each and checks the layouts and the
// rejection of tampered or incomplete chains.
func runCeremony(t *testing.T, c *Compiled, n int) (*ProvingKey, *VerifyingKey) {
	t.Helper()
	d := c.Domain()
	var p1 [][]byte
	var prev []byte
	for range n {
		next, err := Phase1Contribute(prev, d)
		if err != nil {
			t.Fatal(err)
		}
		p1 = append(p1, next)
		prev = next
	}
	srs, err := Phase1Seal(d, []byte("beacon 1"), p1)
	if err != nil {
		t.Fatal(err)
	}
	var p2 [][]byte
	prev = nil
	for range n {
		next, err := c.Phase2Contribute(srs, prev)
		if err != nil {
			t.Fatal(err)
		}
		p2 = append(p2, next)
		prev = next
	}
	checkLayouts(t, p1[0], srs, p2[0])
	pk, vk, err := c.Phase2Seal(srs, []byte("beacon 2"), p2)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Phase1Seal(d, []byte("beacon 1"), p1[1:]); err == nil {
		t.Error("phase 1 chain without its first contribution verified")
	}
	bad := append([]byte(nil), p2[1]...)
	bad[len(bad)/2] ^= 1
	if _, _, err := c.Phase2Seal(srs, []byte("beacon 2"), [][]byte{p2[0], bad}); cohort.Code(err) != cohort.EInvalid {
		t.Errorf("tampered phase 2: %v", err)
	}
	return pk, vk
}

func TestCeremonyToy(t *testing.T) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &toyCircuit{})
	if err != nil {
		t.Fatal(err)
	}
	pk, vk := runCeremony(t, &Compiled{Scheme: Groth16, CCS: ccs}, 2)
	w, _ := frontend.NewWitness(&toyCircuit{X: 9, Y: 3}, ecc.BN254.ScalarField())
	proof, err := groth16.Prove(ccs, pk.g16, w)
	if err != nil {
		t.Fatal(err)
	}
	pw, _ := w.Public()
	if err := groth16.Verify(proof, vk.g16, pw); err != nil {
		t.Fatal(err)
	}
}

func TestCeremonyModel(t *testing.T) {
	if testing.Short() {
		t.Skip("phase 2 of a 1,024-row domain takes about 15 s per step on 2 shared cores")
	}
	q := mustQuantize(t, randMLP(11, 3, 2), QuantOptions{})
	c, err := Compile(q, false, Groth16)
	if err != nil {
		t.Fatal(err)
	}
	pk, vk := runCeremony(t, c, 2)
	id, _ := ModelIDFromVK(vk)
	st, proof, err := c.Prove(pk, id, &Request{ModelID: id, Nonce: NewNonce(), Prover: testProver, Input: randInput(1, q), Salt: NewSalt()})
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(vk, st, proof); err != nil {
		t.Fatal(err)
	}
}
