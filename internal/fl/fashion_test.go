package fl

import (
	"context"
	"os"
	"testing"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/dataset"
)

// fashionBound is the least test accuracy TestFashionMNISTShort accepts. It was set from a validation
// run (COHORT_FASHION_VALIDATE=1: the same federation scored on 1,000 other training images, never
// the test images): validation accuracy 0.6440; the bound is 3 binomial standard deviations of a
// 1,000-image sample (about 1.5 points each) below it. Training is deterministic, so the test gives
// the same number on every machine (0.6590 when the bound was set; a chance model scores 0.10).
const fashionBound = 0.60

// fashionSmoke trains the Fashion-MNIST preset, shrunk (a 784-32-10 MLP, 10 IID clients on 2,000
// training images, 3 rounds), and returns its accuracy on eval.
func fashionSmoke(t *testing.T, train, eval *dataset.Dataset) float64 {
	t.Helper()
	p := PresetFor(DatasetFashionMNIST, KindMLP, PartitionIID)
	p.Spec.Hidden, p.Clients, p.Rounds = []int{32}, 10, 3
	cfg := p.SimConfig(train, eval)
	cfg.CentralizedEpochs = -1
	res, err := Simulate(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	return res.Final.Accuracy
}

// TestFashionMNISTShort trains a few federated rounds on a Fashion-MNIST subset (Debian's
// dataset-fashion-mnist, which .ci/run installs; skipped when absent unless COHORT_REQUIRE_FASHION
// is set) and checks the accuracy against fashionBound.
func TestFashionMNISTShort(t *testing.T) {
	train, test, err := dataset.LoadFashionMNIST("")
	if cohort.Code(err) == cohort.ENotFound && os.Getenv("COHORT_REQUIRE_FASHION") == "" {
		t.Skip("no Fashion-MNIST (apt-get install dataset-fashion-mnist):", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	parts := dataset.PartitionIID(train.N, 30, 1) // 2,000 images each
	sub := train.Subset(parts[0])
	if os.Getenv("COHORT_FASHION_VALIDATE") != "" {
		val := train.Subset(parts[1][:1000])
		t.Logf("validation accuracy (1,000 other training images): %.4f", fashionSmoke(t, sub, val))
	}
	testSub := test.Subset(dataset.PartitionIID(test.N, 10, 1)[0]) // 1,000 test images
	acc := fashionSmoke(t, sub, testSub)
	t.Logf("test accuracy (1,000 test images): %.4f, bound %.2f", acc, fashionBound)
	if acc < fashionBound {
		t.Errorf("Fashion-MNIST accuracy %.4f after 3 rounds, below the bound %.2f set from the validation run", acc, fashionBound)
	}
}
