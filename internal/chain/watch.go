package chain

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cohort-net/cohort"
)

// WatchOptions configure a Watcher.
type WatchOptions struct {
	Addresses     []common.Address // contracts to watch; default the suite's market and registry
	Topics        [][]common.Hash  // topic filter as in eth_getLogs
	From          uint64           // first block to read (a persisted Watcher.Next())
	Confirmations uint64           // deliver a block's logs once this many blocks sit on top of it
	Poll          time.Duration    // default 250 ms
	MaxRange      uint64           // most blocks per eth_getLogs request; default 2000
	History       int              // recent blocks remembered for reorg handling; default 128
}

type blockRef struct {
	num  uint64
	hash common.Hash
	logs []types.Log
}

// Watcher delivers logs in chain order, each exactly once, with confirmations. Its cursor only moves
// past logs the handler accepted, so after a lost connection or a failed handler it resumes where it
// stopped. When a reorg replaces blocks it already delivered, it delivers those logs again with
// Removed set (newest first), then the new canonical chain's logs.
type Watcher struct {
	c      *Conn
	opts   WatchOptions
	next   uint64
	recent []blockRef // ascending by number
	seen   map[logKey]bool
}

type logKey struct {
	block common.Hash
	index uint
}

// NewWatcher returns a watcher starting at opts.From.
func (c *Conn) NewWatcher(opts WatchOptions) *Watcher {
	if len(opts.Addresses) == 0 {
		s := c.Suite()
		opts.Addresses = []common.Address{s.Market, s.Registry}
	}
	if opts.Poll <= 0 {
		opts.Poll = 250 * time.Millisecond
	}
	if opts.MaxRange == 0 {
		opts.MaxRange = 2000
	}
	if opts.History <= 0 {
		opts.History = 128
	}
	return &Watcher{c: c, opts: opts, next: opts.From, seen: map[logKey]bool{}}
}

// Next returns the first block not yet fully delivered; persist it to resume after a restart.
func (w *Watcher) Next() uint64 { return w.next }

// Run polls until ctx ends. Transient failures are retried with backoff (up to 10 s between tries);
// a handler error stops Run and is returned.
func (w *Watcher) Run(ctx context.Context, handle func(types.Log) error) error {
	backoff := w.opts.Poll
	for {
		_, err := w.Poll(ctx, handle)
		var herr handlerError
		switch {
		case err == nil:
			backoff = w.opts.Poll
		case asHandlerError(err, &herr):
			return herr.err
		case ctx.Err() != nil:
			return ctx.Err()
		default:
			w.c.log.Warn("chain watcher: poll failed, retrying", "err", err, "in", backoff)
			backoff = min(backoff*2, 10*time.Second)
		}
		t := time.NewTimer(backoff)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
	}
}

type handlerError struct{ err error }

func (e handlerError) Error() string { return "watch handler: " + e.err.Error() }
func (e handlerError) Unwrap() error { return e.err }

func asHandlerError(err error, out *handlerError) bool {
	h, ok := err.(handlerError)
	if ok {
		*out = h
	}
	return ok
}

// Poll does one pass: handles a reorg if one replaced delivered blocks, then delivers the confirmed logs
// from Next() on. It returns how many logs it delivered.
func (w *Watcher) Poll(ctx context.Context, handle func(types.Log) error) (int, error) {
	delivered := 0
	if n, err := w.checkReorg(ctx, handle); err != nil {
		return n, err
	} else {
		delivered += n
	}
	var head uint64
	err := w.c.retry(ctx, "block number", func(ctx context.Context) error {
		var err error
		head, err = w.c.b.BlockNumber(ctx)
		return err
	})
	if err != nil {
		return delivered, wrap(cohort.EUnavailable, "watch: head", err)
	}
	if head < w.opts.Confirmations {
		return delivered, nil
	}
	safe := head - w.opts.Confirmations
	for w.next <= safe {
		to := min(safe, w.next+w.opts.MaxRange-1)
		q := ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(w.next), ToBlock: new(big.Int).SetUint64(to),
			Addresses: w.opts.Addresses, Topics: w.opts.Topics}
		logs, err := w.c.b.FilterLogs(ctx, q)
		if err != nil {
			return delivered, wrap(cohort.EUnavailable, fmt.Sprintf("watch: logs %d-%d", w.next, to), err)
		}
		// The end block's hash anchors reorg detection even when it has no logs.
		endHdr, err := w.c.b.HeaderByNumber(ctx, new(big.Int).SetUint64(to))
		if err != nil {
			return delivered, wrap(cohort.EUnavailable, fmt.Sprintf("watch: header %d", to), err)
		}
		sort.SliceStable(logs, func(i, j int) bool {
			if logs[i].BlockNumber != logs[j].BlockNumber {
				return logs[i].BlockNumber < logs[j].BlockNumber
			}
			return logs[i].Index < logs[j].Index
		})
		for _, l := range logs {
			k := logKey{l.BlockHash, l.Index}
			if w.seen[k] {
				continue
			}
			if err := handle(l); err != nil {
				return delivered, handlerError{err}
			}
			w.seen[k] = true
			w.remember(l.BlockNumber, l.BlockHash, &l)
			delivered++
		}
		w.remember(to, endHdr.Hash(), nil)
		w.next = to + 1
	}
	return delivered, nil
}

func (w *Watcher) remember(num uint64, hash common.Hash, l *types.Log) {
	n := len(w.recent)
	if n == 0 || w.recent[n-1].num < num {
		w.recent = append(w.recent, blockRef{num: num, hash: hash})
		n++
	}
	if l != nil {
		w.recent[n-1].logs = append(w.recent[n-1].logs, *l)
	}
	if len(w.recent) > w.opts.History {
		for _, b := range w.recent[:len(w.recent)-w.opts.History] {
			for _, l := range b.logs {
				delete(w.seen, logKey{l.BlockHash, l.Index})
			}
		}
		w.recent = append([]blockRef(nil), w.recent[len(w.recent)-w.opts.History:]...)
	}
}

// checkReorg compares the remembered blocks with the chain, newest first; blocks no longer canonical
// have their logs delivered again as removed and the cursor moves back to the fork point.
func (w *Watcher) checkReorg(ctx context.Context, handle func(types.Log) error) (int, error) {
	delivered := 0
	for len(w.recent) > 0 {
		top := w.recent[len(w.recent)-1]
		h, err := w.c.b.HeaderByNumber(ctx, new(big.Int).SetUint64(top.num))
		if err != nil && err != ethereum.NotFound {
			return delivered, wrap(cohort.EUnavailable, fmt.Sprintf("watch: header %d", top.num), err)
		}
		if err == nil && h.Hash() == top.hash {
			return delivered, nil
		}
		for i := len(top.logs) - 1; i >= 0; i-- {
			l := top.logs[i]
			l.Removed = true
			if err := handle(l); err != nil {
				return delivered, handlerError{err}
			}
			delete(w.seen, logKey{l.BlockHash, l.Index})
			delivered++
		}
		w.recent = w.recent[:len(w.recent)-1]
		w.next = top.num
		if len(w.recent) > 0 {
			w.next = w.recent[len(w.recent)-1].num + 1
		}
		w.c.log.Warn("chain watcher: reorg", "block", top.num, "removed_logs", len(top.logs))
	}
	return delivered, nil
}

// String describes the watcher for logs.
func (w *Watcher) String() string {
	return fmt.Sprintf("watcher(next=%d confirmations=%d)", w.next, w.opts.Confirmations)
}

// EventWatcher is a Watcher that decodes its logs into typed events (market events, validation
// orders, oracle requests), dropping logs decode does not recognise.
type EventWatcher[E any] struct {
	w      *Watcher
	decode func(types.Log) (E, bool)
}

func newEventWatcher[E any](w *Watcher, decode func(types.Log) (E, bool)) *EventWatcher[E] {
	return &EventWatcher[E]{w: w, decode: decode}
}

// Next returns the first block not yet fully delivered; persist it to resume after a restart.
func (e *EventWatcher[E]) Next() uint64 { return e.w.Next() }

// Run polls until ctx ends, handing every decoded event to handle (see Watcher.Run).
func (e *EventWatcher[E]) Run(ctx context.Context, handle func(E) error) error {
	return e.w.Run(ctx, e.wrap(handle))
}

// Poll does one pass (see Watcher.Poll).
func (e *EventWatcher[E]) Poll(ctx context.Context, handle func(E) error) (int, error) {
	return e.w.Poll(ctx, e.wrap(handle))
}

func (e *EventWatcher[E]) wrap(handle func(E) error) func(types.Log) error {
	return func(l types.Log) error {
		if ev, ok := e.decode(l); ok {
			return handle(ev)
		}
		return nil
	}
}
