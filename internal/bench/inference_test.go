package bench

import (
	"context"
	"testing"
)

func TestInferenceBenchmarkQuick(t *testing.T) {
	res, err := RunInferenceBenchmark(context.Background(), InferenceBenchOptions{Quick: true})
	if err != nil {
		t.Fatal(err)
	}
	m := res[0].Metrics
	if len(res) != 1 || m["rounds"] != 3 || m["proof_bytes"].(int) == 0 || m["peak_rss_mb"].(float64) <= 0 {
		t.Errorf("%+v", res)
	}
}
