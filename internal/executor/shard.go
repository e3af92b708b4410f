package executor

import (
	"bytes"
	"strings"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/artifact/sealed"
)

// Shard returns shard k of n of a CSV data set: its header and data rows k, k+n, k+2n, ..., with the
// number of rows it holds and the data's. Node k of a task's n selected nodes gets shard k.
func Shard(csv []byte, n, k int) ([]byte, int, int) {
	lines := strings.Split(strings.TrimRight(string(csv), "\r\n"), "\n")
	var b strings.Builder
	b.WriteString(lines[0] + "\n")
	rows := 0
	for i := 1 + k; i < len(lines); i += max(n, 1) {
		b.WriteString(lines[i] + "\n")
		rows++
	}
	return []byte(b.String()), rows, len(lines) - 1
}

// SealShards splits a CSV data set among the selected nodes, in selection order, and seals each
// node's shard to that node's key alone: a node opens its own shard and no other.
func SealShards(csv []byte, nodes []sealed.Recipient) ([][]byte, error) {
	if len(nodes) == 0 {
		return nil, cohort.Errorf(cohort.EInvalid, "seal shards: no nodes")
	}
	out := make([][]byte, len(nodes))
	for k, node := range nodes {
		shard, _, _ := Shard(csv, len(nodes), k)
		var env bytes.Buffer
		if err := sealed.Seal(&env, bytes.NewReader(shard), []sealed.Recipient{node}); err != nil {
			return nil, err
		}
		out[k] = env.Bytes()
	}
	return out, nil
}
