package artifact

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"

	"github.com/ipfs/go-cid"

	"github.com/cohort-net/cohort"
)

// putWorkers is how many blocks Put hashes and writes at once: enough to overlap hashing with a
// backend's fsync or network round trip.
func putWorkers() int { return min(max(4, runtime.GOMAXPROCS(0)), 8) }

// putBlock stores a block whose CID the caller just computed from data.
func putBlock(ctx context.Context, b Blocks, c cid.Cid, data []byte) error {
	if u, ok := b.(UncheckedPutter); ok {
		return u.PutBlockUnchecked(ctx, c, data)
	}
	return b.PutBlock(ctx, c, data)
}

// getWindow is how many blocks Get fetches ahead of the reader.
const getWindow = 4

// Put cuts everything r yields into blocks of MaxBlockSize, stores them in b and returns the root
// CID: the raw block itself when the content fits one block, otherwise the root of a manifest tree.
// Backends must not keep a reference to the data slice passed to PutBlock after it returns.
func Put(ctx context.Context, b Blocks, r io.Reader) (cid.Cid, error) {
	buf := make([]byte, MaxBlockSize)
	n, err := io.ReadFull(r, buf)
	switch {
	case err == io.EOF || err == io.ErrUnexpectedEOF:
		c := RawCID(buf[:n])
		return c, putBlock(ctx, b, c, buf[:n])
	case err != nil:
		return cid.Undef, fmt.Errorf("read artifact: %w", err)
	}
	links, err := putLeaves(ctx, b, buf, r)
	if err != nil {
		return cid.Undef, err
	}
	if len(links) == 1 { // exactly one full block
		return links[0].CID, nil
	}
	return putTree(ctx, b, links, MaxLinks)
}

// putTree stores manifests of at most fanout links over links, level by level, and returns the root.
func putTree(ctx context.Context, b Blocks, links []Link, fanout int) (cid.Cid, error) {
	for depth := 1; ; depth++ {
		if depth > MaxDepth {
			return cid.Undef, cohort.Errorf(cohort.ETooLarge, "artifact: manifest tree deeper than %d", MaxDepth)
		}
		var next []Link
		for i := 0; i < len(links); i += fanout {
			m := &Manifest{Links: links[i:min(i+fanout, len(links))]}
			for _, l := range m.Links {
				m.Size += l.Size
			}
			data := m.Encode()
			c := BlockCID(CodecDagJSON, data)
			if err := putBlock(ctx, b, c, data); err != nil {
				return cid.Undef, fmt.Errorf("put manifest: %w", err)
			}
			next = append(next, Link{CID: c, Size: m.Size})
		}
		if len(next) == 1 {
			return next[0].CID, nil
		}
		links = next
	}
}

// putLeaves stores first (a full block) and the rest of r as raw blocks, several at a time, and
// returns their links in order.
func putLeaves(ctx context.Context, b Blocks, first []byte, r io.Reader) ([]Link, error) {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	type job struct {
		i    int
		data []byte
	}
	workers := putWorkers()
	jobs := make(chan job)
	free := make(chan []byte, workers+1)
	for range workers + 1 {
		free <- nil
	}
	var (
		mu    sync.Mutex
		links []Link
		wg    sync.WaitGroup
	)
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				c := RawCID(j.data)
				if err := putBlock(ctx, b, c, j.data); err != nil {
					cancel(fmt.Errorf("put block %d: %w", j.i, err))
				}
				mu.Lock()
				for len(links) <= j.i {
					links = append(links, Link{})
				}
				links[j.i] = Link{CID: c, Size: uint64(len(j.data))}
				mu.Unlock()
				free <- j.data[:cap(j.data)]
			}
		})
	}
	var readErr error
	buf := first
	<-free
	for i := 0; ; i++ {
		select {
		case jobs <- job{i, buf}:
		case <-ctx.Done():
		}
		if ctx.Err() != nil {
			break
		}
		buf = <-free
		if buf == nil {
			buf = make([]byte, MaxBlockSize)
		}
		n, err := io.ReadFull(r, buf)
		if err == io.EOF {
			break
		}
		if err != nil && err != io.ErrUnexpectedEOF {
			readErr = fmt.Errorf("read artifact: %w", err)
			break
		}
		buf = buf[:n]
		if err == io.ErrUnexpectedEOF {
			select {
			case jobs <- job{i + 1, buf}:
			case <-ctx.Done():
			}
			break
		}
	}
	close(jobs)
	wg.Wait()
	if readErr != nil {
		return nil, readErr
	}
	if err := context.Cause(ctx); err != nil {
		return nil, err
	}
	return links, nil
}

// Has reports whether b holds root's block.
func Has(ctx context.Context, b Blocks, root cid.Cid) (bool, error) {
	if err := CheckCID(root); err != nil {
		return false, err
	}
	return b.HasBlock(ctx, root)
}

// Get returns a reader of the artifact root names. Every block is checked against its CID and every
// manifest against its links' sizes before a byte of it is served; a missing or corrupt block ends the
// read with an error (ErrNotFound, ErrCorrupt). The root block is fetched before Get returns, so a
// missing artifact fails here rather than on the first Read. Close the reader to stop fetching.
func Get(ctx context.Context, b Blocks, root cid.Cid) (io.ReadCloser, error) {
	data, err := getVerified(ctx, b, root)
	if err != nil {
		return nil, err
	}
	if root.Type() == CodecRaw {
		return &blockReader{data: data}, nil
	}
	m, err := DecodeManifest(data)
	if err != nil {
		return nil, fmt.Errorf("manifest %s: %w", String(root), err)
	}
	ctx, cancel := context.WithCancel(ctx)
	rd := &dagReader{cancel: cancel, ch: make(chan []byte, getWindow)}
	go func() {
		defer close(rd.ch)
		rd.err = walk(ctx, b, m, 1, rd.ch)
	}()
	return rd, nil
}

func getVerified(ctx context.Context, b Blocks, c cid.Cid) ([]byte, error) {
	if err := CheckCID(c); err != nil {
		return nil, err
	}
	data, err := b.GetBlock(ctx, c)
	if err != nil {
		return nil, err
	}
	if _, checked := b.(CheckedBlocks); checked {
		return data, nil
	}
	if err := Verify(c, data); err != nil {
		return nil, err
	}
	return data, nil
}

// walk sends m's content, block by block in order, fetching up to getWindow blocks ahead.
func walk(ctx context.Context, b Blocks, m *Manifest, depth int, out chan<- []byte) error {
	if depth > MaxDepth {
		return cohort.Errorf(cohort.EInvalid, "manifest tree deeper than %d", MaxDepth)
	}
	type result struct {
		data []byte
		err  error
	}
	pending := make([]chan result, len(m.Links))
	start := func(i int) {
		ch := make(chan result, 1)
		pending[i] = ch
		go func() {
			d, err := getVerified(ctx, b, m.Links[i].CID)
			ch <- result{d, err}
		}()
	}
	for i := 0; i < min(getWindow, len(m.Links)); i++ {
		start(i)
	}
	for i, l := range m.Links {
		res := <-pending[i]
		pending[i] = nil
		if i+getWindow < len(m.Links) {
			start(i + getWindow)
		}
		if res.err != nil {
			return fmt.Errorf("link %d %s: %w", i, String(l.CID), res.err)
		}
		if l.CID.Type() == CodecDagJSON {
			sub, err := DecodeManifest(res.data)
			if err != nil {
				return fmt.Errorf("manifest %s: %w", String(l.CID), err)
			}
			if sub.Size != l.Size {
				return cohort.Errorf(cohort.EInvalid, "manifest %s: size %d, parent says %d", String(l.CID), sub.Size, l.Size)
			}
			if err := walk(ctx, b, sub, depth+1, out); err != nil {
				return err
			}
			continue
		}
		if uint64(len(res.data)) != l.Size {
			return cohort.Errorf(cohort.EInvalid, "block %s: %d bytes, manifest says %d", String(l.CID), len(res.data), l.Size)
		}
		select {
		case out <- res.data:
		case <-ctx.Done():
			// Drain the fetches still running so no goroutine is left behind.
			for j := i + 1; j < len(m.Links) && j < i+1+getWindow; j++ {
				if pending[j] != nil {
					<-pending[j]
				}
			}
			return ctx.Err()
		}
	}
	return nil
}

type blockReader struct{ data []byte }

func (r *blockReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

func (r *blockReader) WriteTo(w io.Writer) (int64, error) {
	n, err := w.Write(r.data)
	r.data = r.data[n:]
	return int64(n), err
}

func (r *blockReader) Close() error { return nil }

type dagReader struct {
	cancel context.CancelFunc
	ch     chan []byte
	cur    []byte
	err    error // set by the walker before it closes ch
	closed bool
}

func (r *dagReader) Read(p []byte) (int, error) {
	if r.closed {
		return 0, errors.New("artifact: read after close")
	}
	for len(r.cur) == 0 {
		d, ok := <-r.ch
		if !ok {
			if r.err != nil {
				return 0, r.err
			}
			return 0, io.EOF
		}
		r.cur = d
	}
	n := copy(p, r.cur)
	r.cur = r.cur[n:]
	return n, nil
}

// WriteTo streams whole blocks to w without an intermediate copy.
func (r *dagReader) WriteTo(w io.Writer) (int64, error) {
	var total int64
	for {
		if len(r.cur) == 0 {
			d, ok := <-r.ch
			if !ok {
				return total, r.err
			}
			r.cur = d
		}
		n, err := w.Write(r.cur)
		total += int64(n)
		r.cur = r.cur[n:]
		if err != nil {
			return total, err
		}
	}
}

func (r *dagReader) Close() error {
	if r.closed {
		return nil
	}
	r.closed = true
	r.cancel()
	for range r.ch {
	}
	return nil
}

// Sum returns the root CID r's content would have in any artifact store, without storing it.
func Sum(ctx context.Context, r io.Reader) (cid.Cid, error) { return Put(ctx, discard{}, r) }

type discard struct{}

func (discard) PutBlock(context.Context, cid.Cid, []byte) error { return nil }
func (discard) GetBlock(_ context.Context, c cid.Cid) ([]byte, error) {
	return nil, NotFound(c)
}
func (discard) HasBlock(context.Context, cid.Cid) (bool, error) { return false, nil }
