package bench

import (
	"context"
	"testing"
)

func TestRunNetworkQuick(t *testing.T) {
	if testing.Short() {
		t.Skip("two devnets, one on the embedded chain")
	}
	res, err := RunNetwork(context.Background(), NetworkOptions{Options: Options{Quick: true}})
	if err != nil {
		t.Fatal(err)
	}
	m := res[0].Metrics
	if m["chain_ms"].(int64) <= 0 || m["no_chain_ms"].(int64) <= 0 || m["chain_accuracy"] != m["no_chain_accuracy"] {
		t.Fatalf("%+v", m)
	}
}
