package api

import (
	"net"
	"sync"
)

// ConnLimits bound the connections a server holds open.
type ConnLimits struct {
	Total   int // connections at once (default 1024)
	PerHost int // connections at once from one remote IP address (default 128)
	// Refused, when set, is called for each connection closed at accept for being over a limit.
	Refused func()
}

// DefaultConnLimits are the limits every node server uses.
var DefaultConnLimits = ConnLimits{Total: 1024, PerHost: 128}

// LimitListener wraps ln so that it holds at most lim.Total connections, and at most lim.PerHost
// from one remote address: a connection over either limit is closed as soon as it is accepted, so a
// stranger holding many slow connections exhausts its own share and not the server.
func LimitListener(ln net.Listener, lim ConnLimits) net.Listener {
	if lim.Total <= 0 {
		lim.Total = DefaultConnLimits.Total
	}
	if lim.PerHost <= 0 {
		lim.PerHost = DefaultConnLimits.PerHost
	}
	return &limitListener{Listener: ln, lim: lim, hosts: make(map[string]int)}
}

type limitListener struct {
	net.Listener
	lim   ConnLimits
	mu    sync.Mutex
	total int
	hosts map[string]int
}

// Accept returns the next connection within the limits.
func (l *limitListener) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		host := remoteHost(c)
		l.mu.Lock()
		ok := l.total < l.lim.Total && l.hosts[host] < l.lim.PerHost
		if ok {
			l.total++
			l.hosts[host]++
		}
		l.mu.Unlock()
		if !ok {
			c.Close()
			if l.lim.Refused != nil {
				l.lim.Refused()
			}
			continue
		}
		return &limitConn{Conn: c, l: l, host: host}, nil
	}
}

// Open returns how many connections the listener holds, in all and from host.
func (l *limitListener) Open(host string) (total, fromHost int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.total, l.hosts[host]
}

func (l *limitListener) release(host string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.total--
	if l.hosts[host]--; l.hosts[host] <= 0 {
		delete(l.hosts, host)
	}
}

func remoteHost(c net.Conn) string {
	a := c.RemoteAddr()
	if a == nil {
		return ""
	}
	host, _, err := net.SplitHostPort(a.String())
	if err != nil {
		return a.String()
	}
	return host
}

type limitConn struct {
	net.Conn
	l    *limitListener
	host string
	once sync.Once
}

func (c *limitConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(func() { c.l.release(c.host) })
	return err
}
