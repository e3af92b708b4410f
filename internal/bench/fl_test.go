package bench

import (
	"context"
	"testing"
)

func TestRunFLQuick(t *testing.T) {
	opts := Options{Quick: true} // breast cancer from the copy embedded in the binary
	if testing.Short() {
		opts.FashionDir = t.TempDir() // no Fashion-MNIST: its entries are skipped
	}
	res, err := RunFL(context.Background(), opts)
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
