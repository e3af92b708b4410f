package api

import (
	"context"
	"errors"
	"io"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cohort-net/cohort"
)

// Body reading: a body is read only once its caller is admitted, into a buffer that grows with the
// bytes that actually arrive (an announced Content-Length reserves nothing), under the route's limit,
// a server-wide budget of body bytes in flight, and a minimum rate.
const (
	// firstChunk is the most a body's buffer holds before any of it has arrived.
	firstChunk = 32 << 10
	// BodyGrace is how long a body may take before the minimum rate applies.
	BodyGrace = 5 * time.Second
	// MinBodyRate is the slowest a body may arrive, in bytes per second, once BodyGrace has passed: a
	// body that trickles in is cut off in seconds.
	MinBodyRate = 64 << 10
	// MaxBodyTime is the longest any body may take, however fast it arrives.
	MaxBodyTime = 2 * time.Minute
	// DefaultBodyBudget is the default server-wide cap on body bytes held by requests in flight.
	DefaultBodyBudget = 256 << 20
)

// BodyBudget caps the body bytes all requests in flight hold together. Wrap a server's handler with
// Handler; ReadBody charges the budget as bytes arrive and the bytes are returned when the request's
// handler returns. A request that would exceed it is refused with EUnavailable.
type BodyBudget struct {
	max     int64
	used    atomic.Int64
	refused func(reason string) // NewObservedServer's observer, nil when none
}

// NewBodyBudget allows max body bytes in flight at once.
func NewBodyBudget(max int64) *BodyBudget { return &BodyBudget{max: max} }

// InFlight returns the body bytes held now.
func (b *BodyBudget) InFlight() int64 { return b.used.Load() }

// Handler makes ReadBody under h charge b.
func (b *BodyBudget) Handler(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c := &charge{budget: b}
		defer c.release()
		h.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), chargeKey{}, c)))
	})
}

type chargeKey struct{}

// charge is what one request holds of a budget.
type charge struct {
	budget *BodyBudget
	mu     sync.Mutex
	held   int64
}

func (c *charge) take(n int64) error {
	if c == nil || n <= 0 {
		return nil
	}
	if c.budget.used.Add(n) > c.budget.max {
		c.budget.used.Add(-n)
		return cohort.Errorf(cohort.EUnavailable, "server busy: %d body bytes in flight, limit %d", c.budget.used.Load(), c.budget.max)
	}
	c.mu.Lock()
	c.held += n
	c.mu.Unlock()
	return nil
}

func (c *charge) release() {
	c.mu.Lock()
	n := c.held
	c.held = 0
	c.mu.Unlock()
	c.budget.used.Add(-n)
}

// ReadBody reads the whole body, refusing more than limit bytes with ETooLarge. Call it only once the
// caller is admitted. The buffer grows with what arrives: an announced Content-Length is checked
// against limit but allocates nothing. Under a BodyBudget the bytes are charged as they arrive
// (EUnavailable when the server holds too many), and a body slower than MinBodyRate after BodyGrace,
// or longer than MaxBodyTime, is cut off (EInvalid).
func ReadBody(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, error) {
	body, err := readBody(w, r, limit)
	if err != nil {
		refusedBody(r, err)
	}
	return body, err
}

func readBody(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, error) {
	if r.ContentLength > limit {
		return nil, cohort.Errorf(cohort.ETooLarge, "body of %d bytes, limit %d", r.ContentLength, limit)
	}
	c, _ := r.Context().Value(chargeKey{}).(*charge)
	rc := http.NewResponseController(w)
	start := time.Now()
	deadline := func(n int) {
		d := min(MaxBodyTime, BodyGrace+time.Duration(float64(n)/MinBodyRate*float64(time.Second)))
		_ = rc.SetReadDeadline(start.Add(d))
	}
	deadline(0)
	// The body is read: the request's remaining time (a long poll's wait) is not a body's.
	defer rc.SetReadDeadline(time.Time{})
	want := limit + 1 // one byte more than allowed tells an oversized body
	if r.ContentLength >= 0 {
		want = r.ContentLength + 1 // and one byte more than announced, a body longer than its header
	}
	body := make([]byte, 0, min(want, firstChunk))
	if err := c.take(int64(cap(body))); err != nil {
		return nil, err
	}
	for {
		if len(body) == cap(body) {
			if int64(len(body)) >= want {
				break
			}
			grow := min(want, 2*int64(cap(body))) - int64(cap(body))
			if err := c.take(grow); err != nil {
				return nil, err
			}
			nb := make([]byte, len(body), int64(cap(body))+grow)
			copy(nb, body)
			body = nb
		}
		n, err := r.Body.Read(body[len(body):cap(body)])
		body = body[:len(body)+n]
		deadline(len(body))
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, readError(err)
		}
	}
	switch {
	case int64(len(body)) > limit:
		return nil, cohort.Errorf(cohort.ETooLarge, "body over %d bytes", limit)
	case r.ContentLength >= 0 && int64(len(body)) > r.ContentLength:
		return nil, cohort.Errorf(cohort.EInvalid, "body longer than its Content-Length")
	}
	return body, nil
}

func readError(err error) error {
	var ne interface{ Timeout() bool }
	if errors.As(err, &ne) && ne.Timeout() {
		return cohort.Errorf(cohort.EInvalid, "read body: slower than %d bytes/s", MinBodyRate)
	}
	return cohort.Errorf(cohort.EInvalid, "read body: %v", err)
}
