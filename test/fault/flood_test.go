package fault

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/protocol"
)

// TestStrangerFloodDuringTask floods the coordinator and every trainer with well-formed requests signed
// by fresh stranger keys (joins, updates, train requests: each a new nonce) from the moment the task
// runs until it ends. The task must still finish with every round and every trainer, bit-identical to an
// uninterrupted run, and the flood must get no 5xx.
func TestStrangerFloodDuringTask(t *testing.T) {
	const trainers, rounds = 3, 3
	task := `id = "fault-flood"
rounds = 3
local_epochs = 2
seed = 9
round_timeout = "20s"`
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

	// Two of three trainers join; the flood fills every server's memory of nonces before the third
	// trainer joins and the task runs, and goes on until it ends.
	n := newNetwork(t, k, parts, eval, netOpts{task: task})
	n.start(n.coordConf, "coordinator.log")
	for i, c := range n.trainers[:trainers-1] {
		n.start(c, fmt.Sprintf("trainer-%d.log", i))
	}
	var spec protocol.TaskSpec
	waitFor(t, "two trainers to join", func() bool {
		return getJSON(n.coordURL+protocol.PathTask, &spec) == nil &&
			strings.Contains(n.logOf("trainer-0.log"), "joined task") && strings.Contains(n.logOf("trainer-1.log"), "joined task")
	})
	fctx, stop := context.WithCancel(ctx)
	defer stop()
	var sent, fivexx atomic.Int64
	var wg sync.WaitGroup
	targets := floodTargets(n, spec)
	if !full() {
		targets = targets[:2] // -short: the coordinator and one trainer
	}
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			flood(fctx, targets, w, spec, &sent, &fivexx)
		}()
	}
	before := int64(len(targets) * size(10000, 4500)) // over 4096 nonces per server
	waitFor(t, "the flood's first requests", func() bool { return sent.Load() >= before })
	n.start(n.trainers[trainers-1], fmt.Sprintf("trainer-%d.log", trainers-1))
	go func() { // the flood is bounded: it ends after as many requests again, or with the task
		for fctx.Err() == nil && sent.Load() < before+int64(size(int(before), 2000)) {
			time.Sleep(50 * time.Millisecond)
		}
		stop()
	}()
	st := n.waitDone(ctx, 3*time.Minute)
	stop()
	wg.Wait()
	t.Logf("%d stranger requests during the task, %d answered 5xx", sent.Load(), fivexx.Load())
	checkHistory(t, st, rounds, trainers)
	sameModels(t, "under a stranger flood", n.models(rounds), want)
	if fivexx.Load() > 0 {
		t.Errorf("%d of %d stranger requests got a 5xx", fivexx.Load(), sent.Load())
	}
}

type floodTarget struct {
	url, path string
	body      []byte
}

// floodTargets are the signed routes a stranger can reach: the coordinator's update route (its join
// route admits anyone while a task gathers trainers off chain) and each trainer's train route.
func floodTargets(n *network, spec protocol.TaskSpec) []floodTarget {
	update, _ := protocol.EncodeFrame(protocol.UpdateHeader{Round: 1, Samples: 10}, make([]float64, spec.Model.NumParams()))
	train, _ := protocol.EncodeFrame(protocol.TrainHeader{Round: 1, DeadlineMS: time.Now().Add(time.Hour).UnixMilli(), Train: spec.Train},
		make([]float64, spec.Model.NumParams()), nil, nil)
	out := []floodTarget{{n.coordURL + protocol.PathUpdate, protocol.PathUpdate, update}}
	for _, u := range n.trainURLs {
		out = append(out, floodTarget{u + protocol.PathTrain, protocol.PathTrain, train})
	}
	return out
}

// flood sends stranger-signed, well-formed requests round robin to targets until ctx ends.
func flood(ctx context.Context, targets []floodTarget, w int, spec protocol.TaskSpec, sent, fivexx *atomic.Int64) {
	client := &http.Client{Timeout: 10 * time.Second}
	for i := w; ctx.Err() == nil; i++ {
		tg := targets[i%len(targets)]
		key, _ := identity.Generate()
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, tg.url, bytes.NewReader(tg.body))
		protocol.Sign(req.Header, req.Method, tg.path, tg.body, key, spec.ChainID, spec.ID, 1, time.Minute)
		resp, err := client.Do(req)
		sent.Add(1) // attempts: a server may refuse strangers' connections outright
		if err != nil {
			time.Sleep(10 * time.Millisecond)
			continue
		}
		resp.Body.Close()
		if resp.StatusCode >= 500 {
			fivexx.Add(1)
		}
	}
}
