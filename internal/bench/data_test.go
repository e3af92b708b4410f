package bench

import (
	"context"
	"testing"
)

func TestRunDataQuick(t *testing.T) {
	res, err := RunData(context.Background(), Options{Quick: true, Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 4 {
		t.Fatalf("%d results", len(res))
	}
	for _, r := range res {
		if r.Metrics["peak_rss_mb"] == nil || r.Target == "" {
			t.Errorf("%s: missing peak_rss_mb or target", r.Name)
		}
	}
}
