package sim

import (
	"context"
	"encoding/json"
	"testing"
)

func TestSmoke(t *testing.T) {
	r, err := Incentives(context.Background(), Config{Tasks: 3, Epochs: 2})
	b, _ := json.MarshalIndent(r, "", " ")
	t.Log(string(b))
	if err != nil {
		t.Fatal(err)
	}
}
