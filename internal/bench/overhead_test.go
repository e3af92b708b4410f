package bench

import (
	"context"
	"testing"
)

func TestCoordinatorOverheadSmoke(t *testing.T) {
	r, err := RunCoordinatorOverhead(context.Background(), OverheadOptions{Trainers: 5, Params: 1000, Rounds: 2})
	if err != nil {
		t.Fatal(err)
	}
	if r.Metrics["round_overhead_ms"].(float64) <= 0 || r.Metrics["rounds"].(int) != 2 {
		t.Fatalf("metrics: %v", r.Metrics)
	}
}
