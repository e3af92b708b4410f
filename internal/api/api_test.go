package api

import (
	"bytes"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/api/apitest"
)

// serve runs h behind NewServer (its timeouts and body budget) on 127.0.0.1.
func serve(t *testing.T, h http.Handler) *httptest.Server {
	t.Helper()
	ts := httptest.NewUnstartedServer(nil)
	ts.Config = NewServer(h)
	ts.Start()
	t.Cleanup(ts.Close)
	return ts
}

func echoLen(limit int64) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, err := ReadBody(w, r, limit)
		if err != nil {
			WriteError(w, r, slog.New(slog.DiscardHandler), err)
			return
		}
		fmt.Fprint(w, len(b))
	})
}

// A caller that announces 256 MiB and sends 64 KiB makes ReadBody allocate what arrived, not what was
// announced. (Before: one buffer of the announced size, 256 MiB per connection.)
func TestReadBodyAllocatesWhatArrives(t *testing.T) {
	ts := serve(t, echoLen(512<<20))
	var status int
	alloc := apitest.Allocated(3, func() {
		var err error
		if status, err = apitest.HugeBody(ts.URL+"/", nil, 256<<20, 64<<10, 20*time.Second); err != nil {
			t.Fatal(err)
		}
	})
	if status != http.StatusBadRequest {
		t.Errorf("short body: status %d, want 400", status)
	}
	if alloc > 1<<20 {
		t.Fatalf("a 256 MiB announcement with 64 KiB sent allocated %d bytes, want < 1 MiB", alloc)
	}
}

func TestReadBodyLimits(t *testing.T) {
	ts := serve(t, echoLen(1000))
	for _, c := range []struct {
		name string
		body []byte
		want int
	}{{"fits", make([]byte, 1000), 200}, {"over", make([]byte, 1001), 413}, {"empty", nil, 200}} {
		resp, err := http.Post(ts.URL, "application/octet-stream", bytes.NewReader(c.body))
		if err != nil {
			t.Fatal(err)
		}
		got, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != c.want || (c.want == 200 && string(got) != fmt.Sprint(len(c.body))) {
			t.Errorf("%s: %d %s, want %d", c.name, resp.StatusCode, got, c.want)
		}
	}
	// Chunked, without a Content-Length: the limit still holds.
	resp, err := http.Post(ts.URL, "application/octet-stream", io.MultiReader(bytes.NewReader(make([]byte, 600)), bytes.NewReader(make([]byte, 600))))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 413 {
		t.Errorf("chunked over the limit: %d, want 413", resp.StatusCode)
	}
}

// Bodies in flight share a server-wide budget: while one request holds 768 KiB of a 1 MiB budget,
// another of 768 KiB is refused with 503, and is taken again once the first is done.
func TestBodyBudgetCapsBytesInFlight(t *testing.T) {
	hold, held := make(chan struct{}), make(chan struct{}, 1)
	b := NewBodyBudget(1 << 20)
	h := b.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, err := ReadBody(w, r, 4<<20); err != nil {
			WriteError(w, r, slog.New(slog.DiscardHandler), err)
			return
		}
		if r.URL.Path == "/hold" {
			held <- struct{}{}
			<-hold
		}
	}))
	ts := httptest.NewServer(h)
	defer ts.Close()
	post := func(path string) int {
		resp, err := http.Post(ts.URL+path, "application/octet-stream", bytes.NewReader(make([]byte, 768<<10)))
		if err != nil {
			t.Error(err)
			return 0
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	first := make(chan int, 1)
	go func() { first <- post("/hold") }()
	<-held
	if got := post("/"); got != http.StatusServiceUnavailable {
		t.Errorf("second body over the budget: %d, want 503", got)
	}
	close(hold)
	if got := <-first; got != 200 {
		t.Errorf("first body: %d", got)
	}
	if got := post("/"); got != 200 {
		t.Errorf("after the first is done: %d, want 200", got)
	}
	if n := b.InFlight(); n != 0 {
		t.Errorf("%d bytes still charged", n)
	}
}

// A body that trickles in is cut off after BodyGrace, not held for the server's read timeout.
func TestSlowBodyIsCut(t *testing.T) {
	if testing.Short() {
		t.Skip("waits BodyGrace")
	}
	ts := serve(t, echoLen(4<<20))
	c, err := net.Dial("tcp", ts.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(25 * time.Second)) // under the server's 30 s read timeout
	fmt.Fprintf(c, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n\r\n", 1<<20)
	go func() {
		for range 250 { // one byte every 100 ms, for at most 25 s
			if _, err := c.Write([]byte{0}); err != nil {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
	}()
	buf := make([]byte, 64)
	n, err := c.Read(buf)
	if err != nil {
		t.Fatalf("no answer to a trickling body: %v", err)
	}
	if !bytes.HasPrefix(buf[:n], []byte("HTTP/1.1 400")) {
		t.Fatalf("answer %q, want 400", buf[:n])
	}
}

// Connections over the per-address limit are closed at once; the ones within it still work.
func TestLimitListenerPerHost(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { fmt.Fprint(w, "ok") }))
	go srv.Serve(LimitListener(ln, ConnLimits{Total: 10, PerHost: 2}))
	defer srv.Close()
	var held []net.Conn
	for range 2 {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		held = append(held, c)
	}
	// A request on a held connection proves the server accepted both before the third dials.
	for _, c := range held {
		fmt.Fprint(c, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
		c.SetReadDeadline(time.Now().Add(10 * time.Second))
		buf := make([]byte, 128)
		if n, err := c.Read(buf); err != nil || !bytes.Contains(buf[:n], []byte("200 OK")) {
			t.Fatalf("held connection: %q %v", buf[:n], err)
		}
	}
	third, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer third.Close()
	fmt.Fprint(third, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
	third.SetReadDeadline(time.Now().Add(10 * time.Second))
	buf := make([]byte, 128)
	n, err := third.Read(buf)
	if err == nil && n > 0 {
		t.Fatalf("a third connection from one address was served: %q", buf[:n])
	}
	if ne, ok := err.(net.Error); ok && ne.Timeout() {
		t.Fatal("a third connection from one address was held open, not closed")
	}
	held[0].Close()
	// Once one closes, a new connection is taken (the release is asynchronous: retry a few times).
	for i := 0; ; i++ {
		resp, err := http.Get("http://" + ln.Addr().String())
		if err == nil {
			resp.Body.Close()
			break
		}
		if i == 50 {
			t.Fatalf("no connection taken after one closed: %v", err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestStatusOfCodes(t *testing.T) {
	if Status(cohort.EUnavailable) != 503 || Status(cohort.ETooLarge) != 413 {
		t.Fatal("status mapping")
	}
}

// The listener holds at most Total connections, whatever their addresses.
func TestLimitListenerTotal(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	lim := LimitListener(ln, ConnLimits{Total: 3, PerHost: 100})
	defer lim.Close()
	accepted := make(chan net.Conn, 10)
	go func() {
		for {
			c, err := lim.Accept()
			if err != nil {
				return
			}
			accepted <- c
		}
	}()
	var conns []net.Conn
	for range 5 {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		conns = append(conns, c)
	}
	for range 3 {
		select {
		case c := <-accepted:
			defer c.Close()
		case <-time.After(10 * time.Second):
			t.Fatal("connections within the limit not accepted")
		}
	}
	// The two over the limit are closed by the server: their reads end (EOF or reset), not time out.
	closed := 0
	for _, c := range conns {
		c.SetReadDeadline(time.Now().Add(500 * time.Millisecond))
		if _, err := c.Read(make([]byte, 1)); err != nil {
			if ne, ok := err.(net.Error); !ok || !ne.Timeout() {
				closed++
			}
		}
	}
	if closed != 2 {
		t.Fatalf("%d connections over the total closed, want 2", closed)
	}
	if total, _ := lim.(*limitListener).Open("127.0.0.1"); total != 3 {
		t.Fatalf("%d connections held, want 3", total)
	}
}
