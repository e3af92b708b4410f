package chain

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/identity"
)

// flaky fails FilterLogs while down is set, like a node whose RPC connection dropped.
type flaky struct {
	Backend
	down         bool
	loseSendOnce bool // deliver the next transaction but report a dropped connection
}

func (f *flaky) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	err := f.Backend.SendTransaction(ctx, tx)
	if f.loseSendOnce && err == nil {
		f.loseSendOnce = false
		return errors.New("write tcp 127.0.0.1:8545: connection reset by peer")
	}
	return err
}

func (f *flaky) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if f.down {
		return nil, errors.New("dial tcp 127.0.0.1:8545: connection refused")
	}
	return f.Backend.FilterLogs(ctx, q)
}

func TestWatcherConfirmationsRetriesAndReorg(t *testing.T) {
	f := newFixture(t, 0, DeployParams{})
	head, err := f.c.b.BlockNumber(f.ctx)
	f.must("head", err)
	fb := &flaky{Backend: f.c.b}
	conn, err := NewConn(f.ctx, fb, Options{})
	f.must("conn", err)
	conn.UseSuite(f.suite)
	w := conn.NewWatcher(WatchOptions{From: head + 1, Confirmations: 2})
	var got []types.Log
	handle := func(l types.Log) error { got = append(got, l); return nil }

	id := f.publish(f.spec(Tokens(10)))
	if n, err := w.Poll(f.ctx, handle); err != nil || n != 0 {
		t.Fatalf("unconfirmed: %d logs, %v", n, err)
	}
	f.sim.Backend.Commit()
	f.sim.Backend.Commit()
	// The connection drops: the poll fails, nothing is delivered, the cursor stays.
	fb.down = true
	next := w.Next()
	if _, err := w.Poll(f.ctx, handle); cohort.Code(err) != cohort.EUnavailable || w.Next() != next || len(got) != 0 {
		t.Fatalf("poll while down: err %v next %d->%d got %d", err, next, w.Next(), len(got))
	}
	fb.down = false
	// A failing handler: the log stays undelivered and comes again.
	if _, err := w.Poll(f.ctx, func(types.Log) error { return errors.New("busy") }); err == nil {
		t.Fatal("handler error not returned")
	}
	if n, err := w.Poll(f.ctx, handle); err != nil || n != 1 {
		t.Fatalf("after reconnect: %d logs, %v", n, err)
	}
	ev, err := f.c.k.market.UnpackTaskPublishedEvent(&got[0])
	if err != nil || ev.TaskId.Cmp(id) != 0 {
		t.Fatalf("delivered %v, %v", ev, err)
	}
	if n, _ := w.Poll(f.ctx, handle); n != 0 {
		t.Fatalf("delivered %d logs twice", n)
	}

	// Reorg: replace the block holding the TaskPublished log with a longer empty branch.
	pubBlock := got[0].BlockNumber
	parent, err := f.c.b.HeaderByNumber(f.ctx, new(big.Int).SetUint64(pubBlock-1))
	f.must("parent", err)
	f.must("fork", f.sim.Backend.Fork(parent.Hash()))
	for i := 0; i < 6; i++ {
		f.sim.Backend.Commit()
	}
	got = nil
	n, err := w.Poll(f.ctx, handle)
	f.must("poll after reorg", err)
	// The old block's log comes back removed; the transaction, re-included on the new branch, delivers
	// its log again from its new block.
	if n != 2 || !got[0].Removed || got[1].Removed || got[0].TxHash != got[1].TxHash || got[0].BlockHash == got[1].BlockHash {
		t.Fatalf("after reorg: %d logs %+v", n, got)
	}
	if n, _ := w.Poll(f.ctx, handle); n != 0 {
		t.Fatalf("delivered %d logs twice after the reorg", n)
	}
}

// TestSendRetryAfterLostAnswer: the node took the transaction but the answer was lost; the retry must
// not send a second transaction, and the account's nonce stays in step.
func TestSendRetryAfterLostAnswer(t *testing.T) {
	f := newFixture(t, 0, DeployParams{})
	fb := &flaky{Backend: f.c.b}
	conn, err := NewConn(f.ctx, fb, Options{AfterSend: func() { f.sim.Backend.Commit() }})
	f.must("conn", err)
	conn.UseSuite(f.suite)
	acct := NewAccount(identity.DevAccount(1))
	before, _ := f.c.b.NonceAt(f.ctx, acct.Addr, nil)
	fb.loseSendOnce = true
	if _, err := conn.SendETH(f.ctx, acct, f.admin.Addr, big.NewInt(1)); err != nil {
		t.Fatal(err)
	}
	if _, err := conn.SendETH(f.ctx, acct, f.admin.Addr, big.NewInt(1)); err != nil {
		t.Fatal(err)
	}
	after, _ := f.c.b.NonceAt(f.ctx, acct.Addr, nil)
	if after-before != 2 {
		t.Fatalf("%d transactions mined, want 2", after-before)
	}
}
