package fl

import (
	"context"
	"testing"
)

func TestRunBenchmarkQuick(t *testing.T) {
	opts := BenchOptions{Quick: true, DataDir: "../../datasets"}
	if testing.Short() {
		opts.FashionDir = t.TempDir() // no Fashion-MNIST: its entries are skipped
	}
	res, err := RunBenchmark(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) == 0 || res[0].Name != "breast_cancer_logreg_dirichlet0.5" {
		t.Fatalf("results %+v", res)
	}
	for _, r := range res {
		t.Logf("%s %v", r.Name, r.Metrics)
	}
	if acc := res[0].Metrics["federated_accuracy"].(float64); acc < 0.9 {
		t.Errorf("breast cancer federated accuracy %v", acc)
	}
}
