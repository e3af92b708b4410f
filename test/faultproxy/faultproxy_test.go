package faultproxy

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// echo answers every request with its body, so a test sees whole round trips through the proxy.
func echo(t *testing.T) *Proxy {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		w.Write(b)
	}))
	t.Cleanup(srv.Close)
	p, err := Listen("127.0.0.1:0", strings.TrimPrefix(srv.URL, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	return p
}

// roundTrip posts body through the proxy on a fresh connection, within timeout.
func roundTrip(p *Proxy, body string, timeout time.Duration) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, p.URL(), strings.NewReader(body))
	c := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	resp, err := c.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return string(b), err
}

func TestForwards(t *testing.T) {
	p := echo(t)
	big := strings.Repeat("x", 200<<10)
	for _, body := range []string{"hello", big} {
		got, err := roundTrip(p, body, 10*time.Second)
		if err != nil || got != body {
			t.Fatalf("round trip of %d bytes: %d bytes back, %v", len(body), len(got), err)
		}
	}
	if s := p.Stats(); s.Forwarded != 2 || s.Accepted != 2 {
		t.Fatalf("stats %+v", s)
	}
}

func TestDelay(t *testing.T) {
	p := echo(t)
	p.SetFaults(Faults{Delay: 100 * time.Millisecond})
	start := time.Now()
	if got, err := roundTrip(p, "slow", 10*time.Second); err != nil || got != "slow" {
		t.Fatalf("delayed round trip: %q %v", got, err)
	}
	// Two chunks at least (request, response), each held back: a lower bound cannot flake.
	if d := time.Since(start); d < 200*time.Millisecond {
		t.Fatalf("round trip took %v through a 100ms delay each way", d)
	}
}

func TestDropAndReset(t *testing.T) {
	p := echo(t)
	p.SetFaults(Faults{Drop: 1})
	if _, err := roundTrip(p, "x", 5*time.Second); err == nil {
		t.Fatal("a dropped connection answered")
	}
	p.SetFaults(Faults{Reset: 1, ResetAfter: 1000})
	if _, err := roundTrip(p, strings.Repeat("y", 100<<10), 5*time.Second); err == nil {
		t.Fatal("a connection reset mid-body answered")
	}
	// Half the connections dropped, seeded: some fail, some succeed, and the counts add up.
	p.SetFaults(Faults{Drop: 0.5, Seed: 3})
	ok := 0
	for range 40 {
		if got, err := roundTrip(p, "z", 5*time.Second); err == nil && got == "z" {
			ok++
		}
	}
	s := p.Stats()
	if ok == 0 || ok == 40 || s.Dropped != 1+40-ok || s.Reset != 1 {
		t.Fatalf("%d of 40 through at drop 0.5; stats %+v", ok, s)
	}
}

func TestPartitionAndHeal(t *testing.T) {
	p := echo(t)
	p.Partition()
	if _, err := roundTrip(p, "lost", 300*time.Millisecond); err == nil {
		t.Fatal("a request crossed a partition")
	}
	// A request sent during the partition completes once it heals.
	res := make(chan error, 1)
	go func() {
		got, err := roundTrip(p, "later", 30*time.Second)
		if err == nil && got != "later" {
			err = io.ErrUnexpectedEOF
		}
		res <- err
	}()
	time.Sleep(100 * time.Millisecond)
	select {
	case err := <-res:
		t.Fatalf("request finished during the partition: %v", err)
	default:
	}
	p.Heal()
	if err := <-res; err != nil {
		t.Fatalf("held request after heal: %v", err)
	}
}

func TestCutAndHeal(t *testing.T) {
	p := echo(t)
	// A long-lived connection is reset by the cut.
	c := &http.Client{}
	if resp, err := c.Post(p.URL(), "text/plain", bytes.NewReader([]byte("a"))); err != nil {
		t.Fatal(err)
	} else {
		resp.Body.Close()
	}
	p.Cut()
	if _, err := roundTrip(p, "x", 5*time.Second); err == nil {
		t.Fatal("a request crossed a cut")
	}
	if s := p.Stats(); s.Refused == 0 {
		t.Fatalf("stats %+v", s)
	}
	p.Heal()
	if got, err := roundTrip(p, "back", 5*time.Second); err != nil || got != "back" {
		t.Fatalf("after heal: %q %v", got, err)
	}
}
