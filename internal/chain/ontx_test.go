package chain

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/cohort-net/cohort/internal/identity"
)

// TestOnTxSeesEveryTransaction: the metrics hook is told each sent transaction's outcome and gas.
func TestOnTxSeesEveryTransaction(t *testing.T) {
	d, err := StartDevChain(DevChainConfig{Port: 0, Accounts: 2}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	type seen struct {
		result string
		gas    uint64
	}
	var got []seen
	c, err := Dial(ctx, d.URL(), Options{OnTx: func(r string, g uint64) { got = append(got, seen{r, g}) }})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	from, to := NewAccount(identity.DevAccount(0)), NewAccount(identity.DevAccount(1))
	for range 2 {
		if _, err := c.SendETH(ctx, from, to.Addr, big.NewInt(1)); err != nil {
			t.Fatal(err)
		}
	}
	if len(got) != 2 || got[0].result != "ok" || got[0].gas != 21000 {
		t.Fatalf("OnTx saw %+v, want two ok transfers of 21000 gas", got)
	}
}
