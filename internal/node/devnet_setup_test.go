package node

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/cohort-net/cohort/internal/task"
)

var errInjected = errors.New("injected setup failure")

// A devnet whose setup fails, or is interrupted (Ctrl-C), at any step returns the error promptly and
// closes everything it started: the chain, the nodes, their servers. Before, a failure after the chain
// step left Close waiting forever on a run that had never started.
func TestDevnetSetupFailsCleanlyAtEveryStep(t *testing.T) {
	steps := []struct {
		step  string
		chain bool
	}{{"data", true}, {"chain", true}, {"deploy", true}, {"fund", true}, {"nodes", true}, {"register", true},
		{"attest", true}, {"publish", true}, {"bidding", true}, {"data", false}, {"local", false}}
	for _, s := range steps {
		for _, mode := range []string{"fail", "interrupt"} {
			if testing.Short() && mode == "fail" && s.chain && s.step != "nodes" && s.step != "publish" {
				continue // -short: every interruption, and failures at two steps
			}
			name := s.step + "/" + mode
			if !s.chain {
				name = "off-chain/" + name
			}
			t.Run(name, func(t *testing.T) { setupStepCase(t, s.step, s.chain, mode) })
		}
	}
}

func setupStepCase(t *testing.T, step string, onChain bool, mode string) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	o := DevnetOptions{Data: "breast_cancer", Nodes: 2, Task: task.Options{Rounds: 2}, Dir: t.TempDir(), Home: t.TempDir(), CentralizedEpochs: -1}
	if !onChain {
		o.Chain.RPC = "none"
	}
	reached := false
	o.setupStep = func(_ context.Context, s string) error {
		if s != step {
			return nil
		}
		reached = true
		if mode == "fail" {
			return errInjected
		}
		cancel() // as the first SIGINT does
		return nil
	}
	type result struct {
		d   *Devnet
		err error
	}
	res := make(chan result, 1)
	go func() {
		d, err := StartDevnet(ctx, o)
		if err == nil {
			// Interrupted at the last step, the setup may finish; the task then ends with the context.
			_, err = d.Wait(ctx)
			d.Close()
		}
		res <- result{d, err}
	}()
	select {
	case r := <-res:
		if !reached {
			t.Fatalf("step %q never reached (err %v)", step, r.err)
		}
		switch {
		case mode == "fail" && !errors.Is(r.err, errInjected):
			t.Fatalf("err %v, want the injected failure", r.err)
		case mode == "interrupt" && !errors.Is(r.err, context.Canceled):
			t.Fatalf("err %v, want context.Canceled", r.err)
		}
	case <-time.After(time.Minute):
		t.Fatalf("setup %s at %q still running after a minute: it hangs", mode, step)
	}
}
