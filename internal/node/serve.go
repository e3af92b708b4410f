package node

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/cohort-net/cohort/internal/api"
)

// server is one HTTP server of a node, on its own listener.
type server struct {
	URL    string
	srv    *http.Server
	ln     net.Listener
	health *api.Health
	done   chan error
}

// listen opens addr (host:port; port 0 picks a free one) and serves h with the standard timeouts and
// health endpoints. The returned server's URL is http://host:port.
func listen(addr string, h http.Handler, health *api.Health, log *slog.Logger) (*server, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listen on %s: %w", addr, err)
	}
	mux := http.NewServeMux()
	health.Register(mux)
	mux.Handle("/", h)
	s := &server{URL: "http://" + ln.Addr().String(), srv: api.NewServer(mux), ln: ln, health: health, done: make(chan error, 1)}
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

// shutdown stops taking requests (readyz turns 503 first) and waits for running ones, bounded by timeout.
func (s *server) shutdown(timeout time.Duration) error {
	s.health.Stopping()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	err := s.srv.Shutdown(ctx)
	if err != nil {
		s.srv.Close()
	}
	return err
}
