package bench

import (
	"context"
	"testing"
)

func TestRunFloodQuick(t *testing.T) {
	res, err := RunFlood(context.Background(), FloodOptions{Options: Options{Quick: true}, Seconds: 1, Strangers: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 2 {
		t.Fatalf("%d entries", len(res))
	}
	for _, r := range res {
		m := r.Metrics
		if m["unloaded_p99_ms"].(float64) <= 0 || m["flood_p99_ms"].(float64) <= 0 || m["flood_requests"].(int64) <= 0 || m["honest_requests"].(int) == 0 {
			t.Fatalf("%s: %+v", r.Name, m)
		}
		if s := m["honest_success"].(float64); s < 0 || s > 1 {
			t.Fatalf("%s: honest_success %v", r.Name, s)
		}
	}
}
