package zk

import (
	"testing"

	"github.com/cohort-net/cohort"
)

func TestCeremony(t *testing.T) {
	q := mustQuantize(t, randMLP(11, 3, 2), QuantOptions{})
	c, err := Compile(q, false, Groth16)
	if err != nil {
		t.Fatal(err)
	}
	d := c.Domain()
	var p1 [][]byte
	var prev []byte
	for range 2 {
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
	for range 2 {
		next, err := c.Phase2Contribute(srs, prev)
		if err != nil {
			t.Fatal(err)
		}
		p2 = append(p2, next)
		prev = next
	}
	pk, vk, err := c.Phase2Seal(srs, []byte("beacon 2"), p2)
	if err != nil {
		t.Fatal(err)
	}
	id, _ := ModelIDFromVK(vk)
	st, proof, err := c.Prove(pk, id, &Request{ModelID: id, Nonce: NewNonce(), Prover: testProver, Input: randInput(1, q)})
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(vk, st, proof); err != nil {
		t.Fatal(err)
	}
	// A chain with a contribution left out, or a tampered one, does not verify.
	if _, err := Phase1Seal(d, []byte("beacon 1"), p1[1:]); err == nil {
		t.Error("phase 1 chain without its first contribution verified")
	}
	bad := append([]byte(nil), p2[1]...)
	bad[len(bad)/2] ^= 1
	if _, _, err := c.Phase2Seal(srs, []byte("beacon 2"), [][]byte{p2[0], bad}); cohort.Code(err) != cohort.EInvalid {
		t.Errorf("tampered phase 2: %v", err)
	}
}
