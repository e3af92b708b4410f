package api

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

// A stranger POSTs to a GET route and stalls its body: the 405 comes at once (net/http would wait to
// read the rest of the body until its read timeout), and the connection closes. A body read to its
// end keeps the connection alive.
func TestUnreadBodyIsAnsweredAtOnce(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/status", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "ok") })
	mux.HandleFunc("POST /v1/echo", func(w http.ResponseWriter, r *http.Request) {
		b, _ := ReadBody(w, r, 1<<20)
		w.Write(b)
	})
	srv := httptest.NewUnstartedServer(nil)
	srv.Config = NewServer(mux)
	srv.Start()
	defer srv.Close()

	c, err := net.Dial("tcp", srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	// 100 bytes announced, 10 sent, then nothing.
	fmt.Fprintf(c, "POST /v1/status HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n0123456789")
	c.SetReadDeadline(time.Now().Add(10 * time.Second)) // the server's read timeout is 30 s
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		t.Fatalf("no answer while the body stalls: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed || !resp.Close {
		t.Fatalf("status %d, close %v; want 405 on a closing connection", resp.StatusCode, resp.Close)
	}

	// A body read to its end: the connection stays open for the next request.
	c2, err := net.Dial("tcp", srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close()
	br := bufio.NewReader(c2)
	for i := range 2 {
		fmt.Fprintf(c2, "POST /v1/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello")
		c2.SetReadDeadline(time.Now().Add(10 * time.Second))
		resp, err := http.ReadResponse(br, nil)
		if err != nil {
			t.Fatalf("request %d: %v", i, err)
		}
		b, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != 200 || string(b) != "hello" || resp.Close {
			t.Fatalf("request %d: %d %q close %v", i, resp.StatusCode, b, resp.Close)
		}
	}
}
