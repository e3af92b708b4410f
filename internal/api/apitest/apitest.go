// Package apitest holds the attacks tests run against Cohort servers over real HTTP connections: a
// stranger that announces a huge body and sends a little of it, and a measure of what a server
// allocates meanwhile.
package apitest

import (
	"bufio"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"runtime"
	"strings"
	"time"
)

// HugeBody sends, on a fresh connection to rawURL, a POST with header h that announces a body of
// announced bytes, sends only sent bytes of it, then closes its side for writing and reads the
// answer. It returns the status (0 when the server closed without one). Every wait is bounded by
// timeout.
func HugeBody(rawURL string, h http.Header, announced int64, sent int, timeout time.Duration) (int, error) {
	c, err := Hold(rawURL, h, announced, sent, timeout)
	if err != nil {
		return 0, err
	}
	defer c.Close()
	if tc, ok := c.(*net.TCPConn); ok {
		_ = tc.CloseWrite()
	}
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		return 0, nil
	}
	resp.Body.Close()
	return resp.StatusCode, nil
}

// Hold opens a connection to rawURL and sends a POST with header h that announces a body of
// announced bytes and only sent bytes of it, and returns the connection, still open (a slow body):
// the caller closes it. Reads and writes on it time out after timeout.
func Hold(rawURL string, h http.Header, announced int64, sent int, timeout time.Duration) (net.Conn, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, err
	}
	c, err := net.DialTimeout("tcp", u.Host, timeout)
	if err != nil {
		return nil, err
	}
	c.SetDeadline(time.Now().Add(timeout))
	var b strings.Builder
	fmt.Fprintf(&b, "POST %s HTTP/1.1\r\nHost: %s\r\nContent-Length: %d\r\n", u.RequestURI(), u.Host, announced)
	for k, vs := range h {
		for _, v := range vs {
			fmt.Fprintf(&b, "%s: %s\r\n", k, v)
		}
	}
	b.WriteString("\r\n")
	if _, err := c.Write([]byte(b.String())); err != nil {
		c.Close()
		return nil, err
	}
	// The server may answer (and close) before the body is sent: a failed write is not an error.
	_, _ = c.Write(make([]byte, sent))
	return c, nil
}

// Status reads the answer on a connection Hold opened (0 when the server closed without one).
func Status(c net.Conn) int {
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		return 0
	}
	resp.Body.Close()
	return resp.StatusCode
}

// Allocated returns the bytes the whole process allocated while f ran (runtime.MemStats.TotalAlloc),
// the least of runs tries, so that unrelated work in other goroutines is not counted against f.
func Allocated(runs int, f func()) uint64 {
	best := ^uint64(0)
	for range max(runs, 1) {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		f()
		runtime.ReadMemStats(&after)
		best = min(best, after.TotalAlloc-before.TotalAlloc)
	}
	return best
}
