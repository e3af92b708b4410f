package executor

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/artifact/sealed"
	"github.com/cohort-net/cohort/internal/identity"
)

func TestShardSplitsRows(t *testing.T) {
	csv := []byte("x,y\n0,a\n1,b\n2,c\n3,d\n4,e\n")
	var all []string
	for k := range 2 {
		s, rows, total := Shard(csv, 2, k)
		if total != 5 || !strings.HasPrefix(string(s), "x,y\n") {
			t.Fatalf("shard %d: %q, %d of %d", k, s, rows, total)
		}
		all = append(all, strings.Split(strings.TrimSpace(string(s)), "\n")[1:]...)
	}
	if len(all) != 5 {
		t.Fatalf("shards hold %d rows, want 5: %v", len(all), all)
	}
}

// Each selected node opens its own shard and no other: a node holding another's envelope (its CID is
// public) is refused.
func TestAttackNodeOpensAnotherShard(t *testing.T) {
	keys := identity.DevAccounts(3)
	var rs []sealed.Recipient
	for _, k := range keys[:2] {
		rs = append(rs, sealed.RecipientOf(k))
	}
	csv := []byte("x,y\n0,a\n1,b\n2,c\n3,d\n")
	envs, err := SealShards(csv, rs)
	if err != nil {
		t.Fatal(err)
	}
	r, err := sealed.Open(bytes.NewReader(envs[0]), keys[0])
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := io.ReadAll(r); string(got) != "x,y\n0,a\n2,c\n" {
		t.Fatalf("node 0's shard: %q", got)
	}
	for _, k := range keys[1:] { // the other selected node, and one never selected
		if _, err := sealed.Open(bytes.NewReader(envs[0]), k); cohort.Code(err) != cohort.EForbidden {
			t.Fatalf("node %s opened node 0's shard: %v", k.ID(), err)
		}
	}
}
