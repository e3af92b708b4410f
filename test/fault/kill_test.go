package fault

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/failpoint"
	"github.com/cohort-net/cohort/internal/protocol"
	bolt "go.etcd.io/bbolt"
)

const (
	killRounds   = 3
	killTrainers = 3
	killTask     = `id = "fault-kill"
rounds = 3
local_epochs = 2
seed = 11
round_timeout = "4s"`
)

// killPoint is one seeded crash: the process (-1 for the coordinator, else a trainer) armed with the
// failpoint name at its n-th hit.
type killPoint struct {
	proc int
	name string
	n    int
}

func (k killPoint) String() string {
	who := "coordinator"
	if k.proc >= 0 {
		who = fmt.Sprintf("trainer-%d", k.proc)
	}
	return fmt.Sprintf("%s@%s:%d", who, k.name, k.n)
}

// failpoints lists every point with the number of hits a run is sure to reach, so that a drawn n lands.
var failpoints = []struct {
	coordinator bool
	name        string
	hits        int
}{
	{true, "coordinator/join-committed", killTrainers},
	{true, "coordinator/participants-selected", killRounds},
	{true, "coordinator/train-sent", killRounds * killTrainers},
	{true, "coordinator/update-committed", killRounds * killTrainers},
	{true, "coordinator/round-aggregated", killRounds},
	{true, "coordinator/round-committed", killRounds},
	{false, "trainer/train-accepted", killRounds},
	{false, "trainer/trained", killRounds},
	{false, "trainer/update-acked", killRounds},
}

// drawPoints draws count crash points from seed. The first len(failpoints) cover every point once.
func drawPoints(seed uint64, count int) []killPoint {
	rng := rand.New(rand.NewPCG(seed, 14))
	out := make([]killPoint, count)
	for i := range out {
		fp := failpoints[rng.IntN(len(failpoints))]
		if i < len(failpoints) {
			fp = failpoints[i]
		}
		k := killPoint{proc: -1, name: fp.name, n: 1 + rng.IntN(fp.hits)}
		if !fp.coordinator {
			k.proc = rng.IntN(killTrainers)
		}
		out[i] = k
	}
	return out
}

// TestSIGKILLAtFailpoints kills the coordinator or a trainer with SIGKILL at seeded failpoints (between a
// store commit and its reply among them), restarts it on the same data directory, and requires of every
// run: no update the coordinator acknowledged is missing from its store when it dies or when the task
// ends (0 lost), every round closed exactly once with every trainer (0 applied twice), and every round's
// model bit-identical to an uninterrupted run of the same nodes.
func TestSIGKILLAtFailpoints(t *testing.T) {
	parts, eval := splitData(t, "breast_cancer", killTrainers)
	k := makeKeys(t, killTrainers)
	ctx := context.Background()

	ref := newNetwork(t, k, parts, eval, netOpts{task: killTask})
	ref.start(ref.coordConf, "coordinator.log")
	for i, c := range ref.trainers {
		ref.start(c, fmt.Sprintf("trainer-%d.log", i))
	}
	checkHistory(t, ref.waitDone(ctx, 2*time.Minute), killRounds, killTrainers)
	want := ref.models(killRounds)
	ref.stopAll()

	seed := uint64(20261203)
	if s, err := strconv.ParseUint(os.Getenv("COHORT_FAULT_SEED"), 10, 64); err == nil {
		seed = s
	}
	points := drawPoints(seed, max(100, len(failpoints)))
	if !full() { // three points: between commit and reply, after a round's commit, a trainer mid-round
		points = []killPoint{points[3], points[5], points[7]}
	}
	t.Logf("seed %d, %d kill points", seed, len(points))
	for i, p := range points {
		t.Run(fmt.Sprintf("%03d-%s", i, p), func(t *testing.T) {
			runKillPoint(t, ctx, k, parts, eval, p, want)
		})
	}
}

func runKillPoint(t *testing.T, ctx context.Context, k keys, parts []*dataset.Dataset, eval *dataset.Dataset, p killPoint, want [][]float64) {
	n := newNetwork(t, k, parts, eval, netOpts{task: killTask})
	arm := failpoint.EnvVar + "=" + fmt.Sprintf("%s:%d", p.name, p.n)
	confs := append([]string{n.coordConf}, n.trainers...)
	logs := []string{"coordinator.log"}
	for i := range n.trainers {
		logs = append(logs, fmt.Sprintf("trainer-%d.log", i))
	}
	target := p.proc + 1
	procs := make([]*proc, len(confs))
	for i := range confs {
		if i == target {
			procs[i] = n.start(confs[i], logs[i], arm)
		} else {
			procs[i] = n.start(confs[i], logs[i])
		}
	}
	killed := false
	deadline := time.Now().Add(2 * time.Minute)
	for !killed && time.Now().Before(deadline) {
		select {
		case <-procs[target].done:
		case <-time.After(100 * time.Millisecond):
			st, err := n.status()
			if err != nil || st.State == protocol.StateJoining || st.State == protocol.StateRunning {
				continue
			}
			// The task ended: a point after the last acknowledgement fires just after it, or never.
			select {
			case <-procs[target].done:
			case <-time.After(10 * time.Second):
				t.Fatalf("task %s before the failpoint fired", st.State)
			}
		}
		if !procs[target].killed() {
			t.Fatalf("%s exited with %v, not by its failpoint", logs[target], procs[target].state)
		}
		killed = true
		if target == 0 { // the dead coordinator's store must hold every update it acknowledged
			checkAcked(t, n, k)
		}
		procs[target] = n.start(confs[target], logs[target])
	}
	if !killed {
		t.Fatalf("failpoint %s never fired", p)
	}
	st := n.waitDone(ctx, 2*time.Minute)
	checkHistory(t, st, killRounds, killTrainers)
	sameModels(t, p.String(), n.models(killRounds), want)
	procs[0].stop()
	checkAcked(t, n, k)
}

// checkAcked opens the stopped coordinator's store and fails if an update a trainer logged as
// acknowledged is not recorded as accepted.
func checkAcked(t *testing.T, n *network, k keys) {
	t.Helper()
	db, err := bolt.Open(filepath.Join(n.dir, "coord-data", "coordinator.db"), 0o600, &bolt.Options{ReadOnly: true, Timeout: 5 * time.Second})
	if err != nil {
		t.Fatalf("open the coordinator's store: %v", err)
	}
	defer db.Close()
	acked := 0
	err = db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("accepted"))
		if b == nil {
			return fmt.Errorf("no accepted bucket")
		}
		for i := range k.ids {
			id, err := cohort.ParseNodeID(k.ids[i])
			if err != nil {
				return err
			}
			for _, r := range n.ackedRounds(i) {
				key := append(binaryRound(r), id[:]...)
				if b.Get(key) == nil {
					return fmt.Errorf("trainer-%d's round %d update was acknowledged but is not in the store", i, r)
				}
				acked++
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d acknowledged updates, all in the store", acked)
}

func binaryRound(r uint64) []byte {
	b := make([]byte, 8)
	for i := range 8 {
		b[7-i] = byte(r >> (8 * i))
	}
	return b
}
