package fault

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/cohort-net/cohort/internal/protocol"
	"github.com/cohort-net/cohort/test/faultproxy"
)

// TestRoundsCloseThroughFaults runs a task with every link behind a fault proxy (trainer to coordinator
// and coordinator to trainer): delayed chunks, dropped connections and connections reset mid-request,
// seeded, and one trainer partitioned away in the middle of the task and healed. Every round must still
// close with every trainer, and every round's model must equal an uninterrupted run's bit for bit.
func TestRoundsCloseThroughFaults(t *testing.T) {
	const trainers = 3
	rounds := size(8, 3)
	task := fmt.Sprintf(`id = "fault-proxy"
rounds = %d
local_epochs = 2
seed = 5
round_timeout = "20s"`, rounds)
	parts, eval := splitData(t, "breast_cancer", trainers)
	k := makeKeys(t, trainers)
	ctx := context.Background()

	ref := newNetwork(t, k, parts, eval, netOpts{task: task})
	ref.start(ref.coordConf, "coordinator.log")
	for i, c := range ref.trainers {
		ref.start(c, fmt.Sprintf("trainer-%d.log", i))
	}
	checkHistory(t, ref.waitDone(ctx, 2*time.Minute), rounds, trainers)
	want := ref.models(rounds)
	ref.stopAll()

	var proxies [][2]*faultproxy.Proxy // per trainer: toward the coordinator, toward the trainer
	listen := func(target string) *faultproxy.Proxy {
		p, err := faultproxy.Listen("127.0.0.1:0", strings.TrimPrefix(target, "http://"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { p.Close() })
		return p
	}
	proxies = make([][2]*faultproxy.Proxy, trainers)
	n := newNetwork(t, k, parts, eval, netOpts{task: task,
		coordFor: func(i int, direct string) string {
			proxies[i][0] = listen(direct)
			return proxies[i][0].URL()
		},
		advertise: func(i int, direct string) string {
			proxies[i][1] = listen(direct)
			return proxies[i][1].URL()
		},
	})
	for i, pp := range proxies {
		for j, p := range pp {
			p.SetFaults(faultproxy.Faults{Delay: 5 * time.Millisecond, Drop: 0.15, Reset: 0.15, ResetAfter: 100, Seed: uint64(10*i + j)})
		}
	}
	n.start(n.coordConf, "coordinator.log")
	for i, c := range n.trainers {
		n.start(c, fmt.Sprintf("trainer-%d.log", i))
	}
	partitioned := false
	deadline := time.Now().Add(3 * time.Minute)
	for !partitioned && time.Now().Before(deadline) {
		st, err := n.status()
		if err == nil && st.State == protocol.StateRunning && st.Round >= 2 {
			for _, p := range proxies[0] {
				p.Partition()
			}
			time.Sleep(1500 * time.Millisecond)
			for _, p := range proxies[0] {
				p.Heal()
			}
			partitioned = true
		}
		time.Sleep(20 * time.Millisecond)
	}
	st := n.waitDone(ctx, 3*time.Minute)
	checkHistory(t, st, rounds, trainers)
	sameModels(t, "through faults", n.models(rounds), want)
	var total faultproxy.Stats
	for _, pp := range proxies {
		for _, p := range pp {
			s := p.Stats()
			total.Accepted += s.Accepted
			total.Dropped += s.Dropped
			total.Reset += s.Reset
		}
	}
	if !partitioned || total.Dropped == 0 || total.Reset == 0 {
		t.Fatalf("faults did not land: partitioned %v, %+v", partitioned, total)
	}
	t.Logf("%d connections through the proxies, %d dropped, %d reset, one trainer partitioned and healed; all %d rounds closed, models identical", total.Accepted, total.Dropped, total.Reset, rounds)
}
