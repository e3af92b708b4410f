// Package faultproxy is a TCP proxy that injects network faults between two nodes on loopback: delay,
// dropped and reset connections, a partition (a black hole: bytes stop flowing both ways until healed)
// and a cut (every connection reset, new ones refused, until healed). Tests put one in front of a node's
// listener and point the node's peers at the proxy's address.
//
// Fault decisions for dropped and reset connections come from a seeded generator, so a test run can be
// repeated.
package faultproxy

import (
	"fmt"
	"math/rand/v2"
	"net"
	"sync"
	"time"
)

// Faults is what the proxy does to connections from now on. The zero value forwards faithfully.
type Faults struct {
	// Delay holds back every chunk of bytes, in both directions, this long.
	Delay time.Duration
	// Drop is the probability that a new connection is closed at once, before any byte is forwarded.
	Drop float64
	// Reset is the probability that a connection is reset (RST) after ResetAfter bytes have gone
	// upstream; ResetAfter 0 means after the first chunk.
	Reset      float64
	ResetAfter int
	// Seed seeds the generator behind Drop and Reset.
	Seed uint64
}

// Stats counts what the proxy did.
type Stats struct {
	Accepted, Forwarded, Dropped, Reset, Refused int
}

// Proxy forwards connections from its own loopback address to a target address.
type Proxy struct {
	target string
	ln     net.Listener

	mu     sync.Mutex
	faults Faults
	rng    *rand.Rand
	cut    bool
	gate   chan struct{} // closed while traffic flows; open (blocking) during a partition
	conns  map[net.Conn]struct{}
	stats  Stats
	closed bool
	wg     sync.WaitGroup
}

// Listen starts a proxy on addr (use "127.0.0.1:0" for a free port) that forwards to target.
func Listen(addr, target string) (*Proxy, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("faultproxy: listen %s: %w", addr, err)
	}
	gate := make(chan struct{})
	close(gate)
	p := &Proxy{target: target, ln: ln, gate: gate, conns: map[net.Conn]struct{}{}, rng: rand.New(rand.NewPCG(0, 0))}
	p.wg.Add(1)
	go p.serve()
	return p, nil
}

// Addr is the proxy's host:port; URL is it as an http:// URL.
func (p *Proxy) Addr() string { return p.ln.Addr().String() }

// URL returns "http://" + Addr().
func (p *Proxy) URL() string { return "http://" + p.Addr() }

// SetFaults replaces the faults applied from now on (open connections keep their drop/reset fate).
func (p *Proxy) SetFaults(f Faults) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.faults = f
	p.rng = rand.New(rand.NewPCG(f.Seed, 0x5eed))
}

// Partition stops all traffic: open connections stall (nothing is read or written) and new ones are
// accepted but not forwarded, as when packets are lost. Heal lets the bytes flow again.
func (p *Proxy) Partition() {
	p.mu.Lock()
	defer p.mu.Unlock()
	select {
	case <-p.gate:
		p.gate = make(chan struct{})
	default: // already partitioned
	}
}

// Cut resets every open connection and every new one until Heal: the target has gone away.
func (p *Proxy) Cut() {
	p.mu.Lock()
	p.cut = true
	conns := p.conns
	p.conns = map[net.Conn]struct{}{}
	p.mu.Unlock()
	for c := range conns {
		reset(c)
	}
}

// Heal ends a partition or a cut; the faults set by SetFaults stay.
func (p *Proxy) Heal() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.cut = false
	select {
	case <-p.gate:
	default:
		close(p.gate)
	}
}

// Stats returns the counts so far.
func (p *Proxy) Stats() Stats {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.stats
}

// Close stops the proxy and closes every connection.
func (p *Proxy) Close() error {
	p.mu.Lock()
	p.closed = true
	conns := p.conns
	p.conns = map[net.Conn]struct{}{}
	p.mu.Unlock()
	p.Heal()
	err := p.ln.Close()
	for c := range conns {
		c.Close()
	}
	p.wg.Wait()
	return err
}

func (p *Proxy) serve() {
	defer p.wg.Done()
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		p.wg.Add(1)
		go func() {
			defer p.wg.Done()
			p.handle(c)
		}()
	}
}

// fate decides, under the lock, what happens to a new connection.
type fate struct {
	refuse, drop bool
	resetAfter   int // -1: never
	delay        time.Duration
}

func (p *Proxy) decide(c net.Conn) fate {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.stats.Accepted++
	f := fate{resetAfter: -1, delay: p.faults.Delay}
	switch {
	case p.cut || p.closed:
		f.refuse = true
		p.stats.Refused++
	case p.faults.Drop > 0 && p.rng.Float64() < p.faults.Drop:
		f.drop = true
		p.stats.Dropped++
	case p.faults.Reset > 0 && p.rng.Float64() < p.faults.Reset:
		f.resetAfter = p.faults.ResetAfter
		p.stats.Reset++
	default:
		p.stats.Forwarded++
	}
	if !f.refuse && !f.drop {
		p.conns[c] = struct{}{}
	}
	return f
}

func (p *Proxy) handle(c net.Conn) {
	f := p.decide(c)
	if f.refuse || f.drop {
		reset(c)
		return
	}
	defer p.forget(c)
	if !p.pass(0) { // a partition holds new connections before they reach the target
		return
	}
	p.mu.Lock()
	_, open := p.conns[c] // a Cut during the partition reset it
	p.mu.Unlock()
	if !open {
		return
	}
	up, err := net.DialTimeout("tcp", p.target, 5*time.Second)
	if err != nil {
		reset(c)
		return
	}
	p.mu.Lock()
	p.conns[up] = struct{}{}
	p.mu.Unlock()
	defer p.forget(up)
	done := make(chan struct{}, 2)
	go func() { p.pipe(up, c, f.resetAfter, f.delay, c, up); done <- struct{}{} }()
	go func() { p.pipe(c, up, -1, f.delay, c, up); done <- struct{}{} }()
	<-done
	c.Close()
	up.Close()
	<-done
}

func (p *Proxy) forget(c net.Conn) {
	p.mu.Lock()
	delete(p.conns, c)
	p.mu.Unlock()
	c.Close()
}

// pipe copies src to dst chunk by chunk, waiting out partitions and delays; after resetAfter bytes
// (when ≥ 0) it resets both ends.
func (p *Proxy) pipe(dst, src net.Conn, resetAfter int, delay time.Duration, a, b net.Conn) {
	buf := make([]byte, 32<<10)
	sent := 0
	for {
		n, err := src.Read(buf)
		if n > 0 {
			if !p.pass(delay) {
				return
			}
			if resetAfter >= 0 && sent+n > resetAfter {
				if k := resetAfter - sent; k > 0 {
					dst.Write(buf[:k])
				}
				reset(a)
				reset(b)
				return
			}
			if _, werr := dst.Write(buf[:n]); werr != nil {
				return
			}
			sent += n
		}
		if err != nil {
			return // EOF or an error either way: handle closes both ends
		}
	}
}

// pass waits for the current partition (if any) to heal and for the delay; false once the proxy is
// closed.
func (p *Proxy) pass(delay time.Duration) bool {
	for {
		p.mu.Lock()
		gate, closed := p.gate, p.closed
		p.mu.Unlock()
		if closed {
			return false
		}
		select {
		case <-gate:
			if delay > 0 {
				time.Sleep(delay)
			}
			return true
		case <-time.After(50 * time.Millisecond): // re-check for Close
		}
	}
}

// reset closes c with an RST rather than a FIN.
func reset(c net.Conn) {
	if tc, ok := c.(*net.TCPConn); ok {
		tc.SetLinger(0)
	}
	c.Close()
}
