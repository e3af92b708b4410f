package node

import (
	"bytes"
	"context"
	"log/slog"
	"math"
	"net/http"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/protocol"
	"github.com/cohort-net/cohort/internal/task"
)

// TestThresholdHEMatchesPlaintext runs the same task twice over the network, once in plaintext and
// once aggregated under a threshold-HE collective key: the models may differ only by the encryption
// (and smudging) error.
func TestThresholdHEMatchesPlaintext(t *testing.T) {
	base := DevnetOptions{Chain: noChain, Data: "breast_cancer", Nodes: 5, Partition: "dirichlet", Alpha: 0.5, CentralizedEpochs: -1,
		Task: task.Options{Rounds: 3, Seed: 5}}
	plainNet, plain := runDevnet(t, base)
	thr := base
	thr.Task.SecureAgg = protocol.SecureThresholdHE
	warns := &warnCounter{}
	thr.Log = slog.New(warns)
	thrNet, enc := runDevnet(t, thr)
	if n := warns.n.Load(); n != 0 {
		t.Fatalf("%d warnings in a run without faults, last: %v", n, warns.last.Load())
	}
	pm, _, _ := plainNet.coord.Result()
	em, _, _ := thrNet.coord.Result()
	var maxDiff float64
	for i := range pm.Params {
		maxDiff = math.Max(maxDiff, math.Abs(pm.Params[i]-em.Params[i]))
	}
	if maxDiff > 1e-3 {
		t.Fatalf("threshold-he and plaintext models differ by up to %g", maxDiff)
	}
	if math.Abs(plain.FederatedAccuracy-enc.FederatedAccuracy) > 0.005 {
		t.Fatalf("accuracy: plaintext %.4f, threshold-he %.4f", plain.FederatedAccuracy, enc.FederatedAccuracy)
	}
	var plainMS, thrMS int64
	for i, h := range enc.History {
		if len(h.Participants) != 5 || h.Selected != 5 {
			t.Fatalf("round %d: %d contributors of %d", h.Round, len(h.Participants), h.Selected)
		}
		// The coordinator never held an individual update, not even encrypted, in its store.
		if ups, err := thrNet.coord.StoredUpdates(h.Round); err != nil || len(ups) != 0 {
			t.Fatalf("round %d: %d individual updates stored (%v)", h.Round, len(ups), err)
		}
		thrMS += h.DurationMS
		plainMS += plain.History[i].DurationMS
	}
	t.Logf("max parameter difference %.2g; accuracy plaintext %.4f threshold-he %.4f; mean round %d ms plaintext, %d ms threshold-he",
		maxDiff, plain.FederatedAccuracy, enc.FederatedAccuracy, plainMS/int64(len(plain.History)), thrMS/int64(len(enc.History)))
}

// warnCounter is a slog handler that counts warnings and errors.
type warnCounter struct {
	n    atomic.Int64
	last atomic.Value
}

func (w *warnCounter) Enabled(_ context.Context, l slog.Level) bool { return l >= slog.LevelWarn }
func (w *warnCounter) Handle(_ context.Context, r slog.Record) error {
	w.n.Add(1)
	msg := r.Message
	r.Attrs(func(a slog.Attr) bool { msg += " " + a.String(); return true })
	w.last.Store(msg)
	return nil
}
func (w *warnCounter) WithAttrs([]slog.Attr) slog.Handler { return w }
func (w *warnCounter) WithGroup(string) slog.Handler      { return w }

// TestThresholdHEToleratesADroppedTrainer stops one trainer after the first round: the second round
// waits for it until the deadline, then runs the session with the four others (threshold 3 of 4).
func TestThresholdHEToleratesADroppedTrainer(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	o := DevnetOptions{Chain: noChain, Data: "breast_cancer", Nodes: 5, CentralizedEpochs: -1,
		Task: task.Options{Rounds: 2, Seed: 6, SecureAgg: protocol.SecureThresholdHE, RoundTimeout: task.Duration(2 * time.Second), MinParticipants: 3,
			ThresholdHE: task.ThresholdOptions{StageTimeout: task.Duration(6 * time.Second)}}}
	round1 := make(chan struct{})
	var once sync.Once
	o.OnRound = func(s protocol.RoundSummary) { once.Do(func() { close(round1) }) }
	d, err := StartDevnet(ctx, o)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	dropped := make(chan struct{})
	go func() {
		<-round1
		d.servers[5].shutdown(time.Second) // trainer 5 goes away: no more train requests reach it
		d.trainers[4].Close()
		close(dropped)
	}()
	res, err := d.Wait(ctx)
	if err != nil {
		t.Fatal(err)
	}
	<-dropped
	if len(res.History) != 2 {
		t.Fatalf("history: %+v", res.History)
	}
	if res.FederatedAccuracy < 0.9 {
		t.Fatalf("accuracy %.4f after a dropout", res.FederatedAccuracy)
	}
	if n := len(res.History[1].Participants); n != 4 {
		t.Fatalf("round 2 aggregated %d contributors, want 4", n)
	}
}

// TestThresholdHEStagesRefuseBadInput posts malformed, unsigned and foreign stage messages to a
// coordinator running a threshold-HE task: every one gets a 4xx, and the task still completes.
func TestThresholdHEStagesRefuseBadInput(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	o := DevnetOptions{Chain: noChain, Data: "breast_cancer", Nodes: 3, CentralizedEpochs: -1,
		Task: task.Options{Rounds: 2, Seed: 7, SecureAgg: protocol.SecureThresholdHE}}
	d, err := StartDevnet(ctx, o)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	spec := d.Spec()
	stranger, err := identity.Generate()
	if err != nil {
		t.Fatal(err)
	}
	big := bytes.Repeat([]byte{0xff}, 64)
	bodies := map[string][]byte{
		"empty":     nil,
		"bad magic": []byte("CMSG\x00"),
		"truncated": []byte("CTH1\x05{}"),
		"oversized": append([]byte("CTH1\xff\xff\xff\xff\x0f"), big...),
		"garbage":   big,
	}
	post := func(path string, body []byte, sign bool) int {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, d.servers[0].URL+path, bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		if sign {
			if err := protocol.Sign(req.Header, req.Method, req.URL.Path, body, stranger, spec.ChainID, spec.ID, 1, time.Minute); err != nil {
				t.Fatal(err)
			}
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	paths := []string{protocol.PathThresholdReady, protocol.PathThresholdKeys, protocol.PathThresholdUpdate, protocol.PathThresholdDecrypt}
	for _, path := range paths {
		for name, body := range bodies {
			if code := post(path, body, true); code < 400 || code >= 500 {
				t.Errorf("%s, %s body: status %d, want 4xx", path, name, code)
			}
		}
		if code := post(path, []byte("CTH1\x02{}\x00"), false); code != http.StatusUnauthorized {
			t.Errorf("%s unsigned: status %d, want 401", path, code)
		}
	}
	// A well-formed ready message from a node that is not a participant.
	ready := protocol.ThresholdMsg{Round: 1, PublicKey: stranger.PublicKey()}
	b, _ := ready.MarshalBinary()
	if code := post(protocol.PathThresholdReady, b, true); code < 400 || code >= 500 {
		t.Errorf("stranger's ready: status %d, want 4xx", code)
	}
	res, err := d.Wait(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.History) != 2 {
		t.Fatalf("history: %+v", res.History)
	}
}
