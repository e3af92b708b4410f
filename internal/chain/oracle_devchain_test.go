package chain

import (
	"context"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cohort-net/cohort/internal/chain/bindings"

	"github.com/cohort-net/cohort/internal/identity"
)

// TestOracleOnEmbeddedChain runs an inference request end to end on the embedded go-ethereum dev chain,
// over JSON-RPC: a requester escrows a fee, a miner proves the registered model's inference with a real
// gnark proof bound to the oracle's nonce and its own address, the exported Solidity verifier checks it,
// the miner is paid and the requesting contract is called back.
func TestOracleOnEmbeddedChain(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	dev, err := StartDevChain(DevChainConfig{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer dev.Close()
	c, _, err := DeployDev(ctx, dev.URL(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	admin, requester, miner := NewAccount(identity.DevAccount(0)), NewAccount(identity.DevAccount(1)), NewAccount(identity.DevAccount(2))
	m := loadTestModel(t, "logreg3")
	o, err := c.DeployOracle(ctx, admin, common.Address{})
	if err != nil {
		t.Fatal(err)
	}
	verifier, err := c.DeployVerifier(ctx, admin, m.verifier)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := o.RegisterModel(ctx, admin, m.id, verifier, m.c.Model.Outputs(), m.c.Model.OutputBits(), requester.Addr); err != nil {
		t.Fatal(err)
	}
	cons := bindings.NewOracleConsumer()
	consumer, _, err := c.Deploy(ctx, admin, append(common.FromHex(bindings.OracleConsumerMetaData.Bin), cons.PackConstructor(o.Address())...), "consumer")
	if err != nil {
		t.Fatal(err)
	}
	fee := Tokens(3)
	if _, err := c.Transfer(ctx, admin, requester.Addr, fee); err != nil {
		t.Fatal(err)
	}
	before, err := c.TokenBalance(ctx, miner.Addr)
	if err != nil {
		t.Fatal(err)
	}

	x := []int64{256, -512, 1024}
	id, nonce, _, err := o.Request(ctx, requester, InferenceRequest{ModelID: m.id, InputCommit: m.commit(x), Fee: fee,
		Callback: consumer, CallbackGas: 200_000, TTL: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	outs, proof, _ := m.prove(t, nonce, miner.Addr, x)
	// A proof bound to another miner is refused on chain.
	if _, err := o.Fulfil(ctx, NewAccount(identity.DevAccount(3)), id, outs, proof); err == nil {
		t.Fatal("another address fulfilled with the miner's proof")
	}
	if _, err := o.Fulfil(ctx, miner, id, outs, proof); err != nil {
		t.Fatal(err)
	}
	res, ok, err := o.Result(ctx, id)
	if err != nil || !ok || res.Miner != miner.Addr || !res.CallbackOK || !slices.Equal(res.Outputs, outs) {
		t.Fatalf("result %+v ok %v err %v", res, ok, err)
	}
	if _, err := o.Fulfil(ctx, miner, id, outs, proof); err == nil {
		t.Fatal("a request was fulfilled twice")
	}
	after, err := c.TokenBalance(ctx, miner.Addr)
	if err != nil {
		t.Fatal(err)
	}
	// The fee is pushed to the miner on fulfilment.
	if got := new(big.Int).Sub(after, before); got.Cmp(fee) != 0 {
		t.Fatalf("the miner was paid %s, want the fee %s", got, fee)
	}
}
