package node

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/cohort-net/cohort/internal/api"
	"github.com/cohort-net/cohort/internal/metrics"
)

// server is one HTTP server of a node, on its own listener.
type server struct {
	URL    string
	srv    *http.Server
	ln     net.Listener
	health *api.Health
	done   chan error
	// stop cancels every request's context: long polls (a trainer waiting for its round, a client
	// waiting for a stage) end at once instead of holding shutdown for their whole timeout.
	stop context.CancelFunc
	// fresh holds the connections accepted that have not sent a request yet: http.Server.Shutdown
	// waits up to 5 s for each before it counts it idle, so shutdown closes them itself.
	mu    sync.Mutex
	fresh map[net.Conn]bool
}

// track records which connections are fresh (accepted, no request yet).
func (s *server) track(c net.Conn, st http.ConnState) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if st == http.StateNew {
		s.fresh[c] = true
	} else {
		delete(s.fresh, c)
	}
}

// interrupt cancels running requests' contexts and closes connections that never sent one.
func (s *server) interrupt() {
	s.stop()
	s.mu.Lock()
	defer s.mu.Unlock()
	for c := range s.fresh {
		c.Close()
		delete(s.fresh, c)
	}
}

// listen opens addr (host:port; port 0 picks a free one) and serves h with the standard timeouts,
// connection limits, health endpoints and /metrics (m: the node's registry; nil gives the listener
// one of its own). The returned server's URL is http://host:port.
func listen(addr string, h http.Handler, health *api.Health, log *slog.Logger, m *metrics.Metrics) (*server, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listen on %s: %w", addr, err)
	}
	if m == nil {
		m = metrics.New("")
	}
	lim := api.DefaultConnLimits
	lim.Refused = func() { m.Reject(metrics.RejectConnLimit) }
	ln = api.LimitListener(ln, lim)
	mux := http.NewServeMux()
	health.Register(mux)
	mux.Handle("/", h)
	base, stop := context.WithCancel(context.Background())
	s := &server{URL: "http://" + ln.Addr().String(), srv: api.NewObservedServer(instrument(m, mux), m.Reject), ln: ln, health: health, done: make(chan error, 1), stop: stop}
	s.srv.BaseContext = func(net.Listener) context.Context { return base }
	s.fresh = map[net.Conn]bool{}
	prev := s.srv.ConnState
	s.srv.ConnState = func(c net.Conn, st http.ConnState) {
		s.track(c, st)
		if prev != nil {
			prev(c, st)
		}
	}
	go func() {
		err := s.srv.Serve(ln)
		if errors.Is(err, http.ErrServerClosed) {
			err = nil
		}
		if err != nil {
			log.Error("server stopped", "url", s.URL, "err", err)
		}
		s.done <- err
	}()
	return s, nil
}

// shutdown stops taking requests (readyz turns 503 first) and waits for running ones, bounded by
// timeout. Requests still running after a short grace have their contexts cancelled, so long polls
// end instead of holding the shutdown for their whole wait.
func (s *server) shutdown(timeout time.Duration) error {
	s.health.Stopping()
	grace := time.AfterFunc(min(timeout, 300*time.Millisecond), s.interrupt)
	defer grace.Stop()
	defer s.stop()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	err := s.srv.Shutdown(ctx)
	if err != nil {
		s.srv.Close()
	}
	return err
}
