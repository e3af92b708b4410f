package fault

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/protocol"
)

// route is one of a server's routes as a stranger would call it.
type route struct {
	method, path string
	signed       bool
}

// target is a server under attack. pid > 0 is a real process whose RSS is read from /proc; pid 0 is
// served by this test process, whose Go heap is watched instead.
type target struct {
	name    string
	addr    string // host:port
	pid     int
	routes  []route
	chainID uint64
	task    string
	insider protocol.Signer // a key the server trusts, for replays of well-signed requests (nil: none)
}

// hostileResult counts what came back.
type hostileResult struct {
	sent, answered, closed, refused, server5xx, hangs int
	byStatus                                          map[int]int
	examples                                          []string
}

const (
	answerWait = 10 * time.Second // a complete request must be answered (or its connection closed) by then
	slowWait   = 20 * time.Second // a stalled body must be given up on by the server by then
	hugeLength = 200 << 20        // an announced body that never arrives
)

// hostileCase builds request number i: the raw bytes to write, and whether the request is complete (the
// server owes an answer) or stalls (slow: the rest of the body never comes).
func hostileCase(i int, rng *rand.Rand, tg target) (raw []byte, slow bool, kind string) {
	rt := tg.routes[rng.IntN(len(tg.routes))]
	body := make([]byte, rng.IntN(2048))
	for j := range body {
		body[j] = byte(rng.UintN(256))
	}
	host := "Host: " + tg.addr + "\r\n"
	c := i % 14
	if (c == 4 || c == 5) && i/14 >= size(1<<30, 4) { // -short: a few stalled bodies, each waits slowWait
		c = 6
	}
	switch c {
	case 0:
		return append(body, "\r\n\r\n"...), false, "garbage"
	case 1:
		return []byte(rt.method + " " + rt.path + " HTTP/9.9\r\n" + host + "\r\n"), false, "bad version"
	case 2:
		return []byte(rt.method + " " + rt.path + " HTTP/1.1\r\n" + host + "no colon here\r\n\r\n"), false, "bad header"
	case 3:
		return []byte("POST " + rt.path + " HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n\r\nzz\r\nxx\r\n0\r\n\r\n"), false, "bad chunk"
	case 4:
		return []byte(fmt.Sprintf("POST %s HTTP/1.1\r\n%sContent-Length: %d\r\n\r\n%s", rt.path, host, hugeLength, body[:min(len(body), 1024)])), true, "huge length to " + rt.path
	case 5:
		return []byte(fmt.Sprintf("POST %s HTTP/1.1\r\n%sContent-Length: %d\r\n\r\n%s", rt.path, host, len(body)+500, body)), true, "slow body to " + rt.path
	case 6:
		paths := []string{"/", "/v1/", "/../../etc/passwd", "/v1/" + strings.Repeat("a", 4000), "/%zz", "/v1/join?x=" + strings.Repeat("%", 50)}
		return []byte("GET " + paths[rng.IntN(len(paths))] + " HTTP/1.1\r\n" + host + "\r\n"), false, "wrong route"
	case 7:
		m := "DELETE"
		if rt.method == http.MethodGet {
			m = http.MethodPut
		}
		return []byte(m + " " + rt.path + " HTTP/1.1\r\n" + host + "Content-Length: 0\r\n\r\n"), false, "wrong method"
	case 8:
		return []byte("POST " + rt.path + " HTTP/1.1\r\n" + host + "X-Big: " + strings.Repeat("b", 2<<20) + "\r\n\r\n"), false, "huge header"
	}
	// Signed requests: a stranger's key, a flipped signature, an expired one, the wrong chain, garbage.
	key, _ := identity.Generate()
	var signer protocol.Signer = key
	if i%14 == 13 && tg.insider != nil {
		signer = tg.insider
	}
	req, _ := http.NewRequest(http.MethodPost, "http://"+tg.addr+rt.path, bytes.NewReader(body))
	chain, ttl := tg.chainID, time.Minute
	kind = "stranger signed"
	switch i % 14 {
	case 10:
		ttl, kind = -time.Minute, "expired"
	case 11:
		chain, kind = chain+1, "wrong chain"
	}
	protocol.Sign(req.Header, req.Method, rt.path, body, signer, chain, tg.task, uint64(rng.IntN(3)), ttl)
	if i%14 == 12 {
		kind = "bad signature"
		for k, v := range req.Header {
			if strings.Contains(strings.ToLower(k), "signature") && len(v) > 0 && len(v[0]) > 10 {
				b := []byte(v[0])
				b[len(b)/2] ^= 0x01
				if b[len(b)/2] > 'z' || b[len(b)/2] < '0' {
					b[len(b)/2] = 'a'
				}
				req.Header[k] = []string{string(b)}
			}
		}
	}
	if i%14 == 13 {
		kind = "replay"
	}
	var buf bytes.Buffer
	req.Write(&buf)
	raw = buf.Bytes()
	if kind == "replay" { // the same signed request twice on one connection
		raw = append(append([]byte{}, raw...), raw...)
	}
	return raw, false, kind
}

// sendHostile writes one hostile request on a fresh connection and reads what comes back.
// want is the number of answers the request can get (two for a replay on one connection).
func sendHostile(tg target, raw []byte, slow bool, want int) (statuses []int, hang bool, err error) {
	c, err := net.DialTimeout("tcp", tg.addr, 5*time.Second)
	if err != nil {
		return nil, false, err
	}
	defer c.Close()
	wait := answerWait
	if slow {
		wait = slowWait
	}
	c.SetDeadline(time.Now().Add(wait))
	if _, err := c.Write(raw); err != nil {
		return nil, false, nil // the server hung up while we wrote: it refused, it did not hang
	}
	br := bufio.NewReader(c)
	for {
		resp, err := http.ReadResponse(br, nil)
		if err != nil {
			var ne net.Error
			if errors.As(err, &ne) && ne.Timeout() {
				return statuses, true, nil
			}
			return statuses, false, nil // closed: fine once the server has said what it had to
		}
		io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<20))
		resp.Body.Close()
		statuses = append(statuses, resp.StatusCode)
		if resp.Close || len(statuses) >= want {
			return statuses, false, nil
		}
	}
}

// memory reads the target's resident memory (real process) or this process's heap (in-process server).
func memory(tg target) uint64 {
	if tg.pid == 0 {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapInuse
	}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", tg.pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
			kb, _ := strconv.ParseUint(f[1], 10, 64)
			return kb << 10
		}
	}
	return 0
}

// attack sends count hostile requests, conc at a time, watching memory; it returns the counts and the
// peak growth over the memory measured before the first request.
func attack(t *testing.T, tg target, count, conc int, seed uint64) (hostileResult, uint64) {
	t.Helper()
	runtime.GC()
	base := memory(tg)
	var peak uint64
	stop := make(chan struct{})
	var watch sync.WaitGroup
	watch.Add(1)
	go func() {
		defer watch.Done()
		for {
			if m := memory(tg); m > peak {
				peak = m
			}
			select {
			case <-stop:
				return
			case <-time.After(100 * time.Millisecond):
			}
		}
	}()
	res := hostileResult{byStatus: map[int]int{}}
	var mu sync.Mutex
	var wg sync.WaitGroup
	jobs := make(chan int)
	for w := range conc {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(seed, uint64(w)))
			for i := range jobs {
				raw, slow, kind := hostileCase(i, rng, tg)
				want := 1
				if kind == "replay" {
					want = 2
				}
				sts, hang, err := sendHostile(tg, raw, slow, want)
				mu.Lock()
				res.sent++
				switch {
				case err != nil:
					var ne net.Error
					if errors.As(err, &ne) && ne.Timeout() { // no answer to a connection: a hang
						res.hangs++
						res.examples = append(res.examples, fmt.Sprintf("%s: dial: %v", kind, err))
					} else { // refused at once (a connection limit): an answer
						res.refused++
					}
				case hang:
					res.hangs++
					res.examples = append(res.examples, fmt.Sprintf("%s: no answer in %s", kind, map[bool]time.Duration{false: answerWait, true: slowWait}[slow]))
				case len(sts) == 0:
					res.closed++
				default:
					res.answered++
				}
				for _, s := range sts {
					res.byStatus[s]++
					// 505 is the HTTP/1.1 answer to an unknown protocol version (net/http's own), not a failure.
					if s >= 500 && !(s == http.StatusHTTPVersionNotSupported && kind == "bad version") {
						res.server5xx++
						res.examples = append(res.examples, fmt.Sprintf("%s: %d", kind, s))
					}
				}
				mu.Unlock()
			}
		}()
	}
	for i := range count {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	close(stop)
	watch.Wait()
	if peak < base {
		return res, 0
	}
	return res, peak - base
}

// checkAttack runs the attack on tg and fails on any 5xx, hang or memory growth of 50 MB or more.
func checkAttack(t *testing.T, tg target, count int) {
	t.Helper()
	res, growth := attack(t, tg, count, 8, 14)
	t.Logf("%s: %d hostile requests: %d answered, %d closed without an answer, %d connections refused, %d hangs, %d 5xx, statuses %v, peak memory growth %.1f MB",
		tg.name, res.sent, res.answered, res.closed, res.refused, res.hangs, res.server5xx, res.byStatus, float64(growth)/(1<<20))
	if len(res.examples) > 10 {
		res.examples = res.examples[:10]
	}
	if res.server5xx > 0 || res.hangs > 0 {
		t.Errorf("%s: %d 5xx and %d hangs in %d hostile requests, e.g. %v", tg.name, res.server5xx, res.hangs, res.sent, res.examples)
	}
	if growth >= 50<<20 {
		t.Errorf("%s: memory grew %.1f MB under hostile requests (limit 50 MB)", tg.name, float64(growth)/(1<<20))
	}
}
