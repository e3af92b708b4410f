package miner

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/zk"
)

// TestMinerProvesTheFileVariant: a key directory of the variant that is not the default (lookup range
// checks, a Pedersen commitment: `cohort zk setup --variant lookup`) is loaded, served and proved by
// the miner, and the proof verifies. A miner that compiled the default circuit instead of the file's
// variant proved against the wrong constraint system.
func TestMinerProvesTheFileVariant(t *testing.T) {
	q := tiny(t).q
	c, err := zk.CompileWith(q, zk.Options{Variant: zk.VariantLookup})
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, err := c.Setup()
	if err != nil {
		t.Fatal(err)
	}
	id, err := c.ModelID(vk)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := zk.SaveKeys(dir, zk.CircuitFileOf(c, id), pk, vk); err != nil {
		t.Fatal(err)
	}
	reg, err := LoadRegistered(dir, true)
	if err != nil {
		t.Fatal(err)
	}
	val := key(t, "validator")
	m, err := New(Config{Key: key(t, "miner-nocommit"), ChainID: chainID, Model: reg.Model, Prover: reg.Circuit, ProvingKey: reg.PK,
		ModelID: reg.ModelID, Validators: []cohort.NodeID{val.ID()}})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(m.Handler())
	defer srv.Close()
	req := &zk.Request{ModelID: reg.ModelID, Nonce: zk.NewNonce(), Prover: m.ID(), Input: input, Salt: zk.NewSalt()}
	resp, err := Call(context.Background(), http.DefaultClient, srv.URL, val, chainID, 1, req)
	if err != nil {
		t.Fatalf("the miner could not answer with on-chain-format keys: %v", err)
	}
	if err := zk.Verify(vk, &resp.Statement, resp.Proof); err != nil {
		t.Fatalf("proof: %v", err)
	}
	want, _ := q.Infer(input)
	if resp.Statement.Outputs[0] != want[0] {
		t.Fatalf("outputs %v, want %v", resp.Statement.Outputs, want)
	}
	// The Solidity form carries the commitment and its proof of knowledge: 8 + 4 words.
	sp, err := zk.SolidityProof(zk.Groth16, resp.Proof)
	if err != nil || len(sp) != 256+128 {
		t.Fatalf("solidity proof of %d bytes (%v), want 384 (one commitment)", len(sp), err)
	}
}

// panicOnce panics on its first proof, then proves with the real circuit.
type panicOnce struct {
	c     *zk.Compiled
	calls atomic.Int32
}

func (p *panicOnce) Prove(pk *zk.ProvingKey, id zk.Element, req *zk.Request) (*zk.Statement, []byte, error) {
	if p.calls.Add(1) == 1 {
		panic("index out of range in the prover")
	}
	return p.c.Prove(pk, id, req)
}

// TestMinerSurvivesProverPanic: a model the prover chokes on (here a prover that panics) must not
// crash the miner, nor keep its only proving slot: the next request is answered.
func TestMinerSurvivesProverPanic(t *testing.T) {
	f := tiny(t)
	m, err := New(Config{Key: key(t, "miner-panic"), ChainID: chainID, Model: f.q, Prover: &panicOnce{c: f.c}, ProvingKey: f.pk,
		ModelID: f.id, MaxInflight: 1})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	_, err = m.Answer(ctx, &zk.Request{ModelID: f.id, Nonce: zk.NewNonce(), Prover: m.ID(), Input: input, Salt: zk.NewSalt()})
	if cohort.Code(err) != cohort.EInternal {
		t.Fatalf("a panicking prover: %v, want an internal error", err)
	}
	resp, err := m.Answer(ctx, &zk.Request{ModelID: f.id, Nonce: zk.NewNonce(), Prover: m.ID(), Input: input, Salt: zk.NewSalt()})
	if err != nil {
		t.Fatalf("after a panic the miner no longer proves: %v", err)
	}
	if err := zk.Verify(f.vk, &resp.Statement, resp.Proof); err != nil {
		t.Fatal(err)
	}
}

// TestProveWithForeignKeyIsAnError: the real prover, given a proving key of the other circuit variant
// (keys that do not match the model file), returns an error instead of panicking in gnark.
func TestProveWithForeignKeyIsAnError(t *testing.T) {
	f := tiny(t)
	other, err := zk.CompileWith(f.q, zk.Options{Variant: zk.VariantLookup})
	if err != nil {
		t.Fatal(err)
	}
	pk, _, err := other.Setup()
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = f.c.Prove(pk, f.id, &zk.Request{ModelID: f.id, Nonce: zk.NewNonce(), Prover: key(t, "x").ID(), Input: input, Salt: zk.NewSalt()})
	if err == nil {
		t.Fatal("proved with a key of another circuit")
	}
	t.Logf("foreign key: %v", err)
}
