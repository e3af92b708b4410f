package zk

import (
	"fmt"
	"os"
	"testing"
)

func TestScratchCounts(t *testing.T) {
	if os.Getenv("ZK_SCRATCH") == "" {
		t.Skip()
	}
	mp := mustQuantize(t, randMLP(1, 784, 128, 10), QuantOptions{InFrac: 8, InBits: 9, ActBits: 24, WBits: 8})
	s := NewSalt()
	mp.WeightsSalt = &s
	lq := mustQuantize(t, randLSTM(1, 8, 50, 2, 5, 1), QuantOptions{InFrac: 6, WBits: 12, ActBits: 16, TableBits: 10})
	for _, v := range []struct {
		n string
		q *QModel
		o Options
	}{{"mlp priv lookup", mp, Options{Private: true, Variant: VariantLookup}}, {"mlp priv binary", mp, Options{Private: true, Variant: VariantBinary}}, {"lstm", lq, Options{}}} {
		c, err := CompileWith(v.q, v.o)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Println(v.n, c.Constraints())
	}
}
