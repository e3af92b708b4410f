// Package api is the HTTP edge every Cohort server shares: it turns coded domain errors into status
// codes (the only place that does), reads request bodies under a size limit, and serves the
// Kubernetes-style health endpoints.
//
// It also holds what keeps strangers from exhausting a server before they are admitted: Authenticate
// (a request's signer admitted from its signed header before its body is read or its nonce
// recorded), ReadBody (buffers that grow with what arrives, a per-route limit, a BodyBudget of bytes
// in flight, a minimum rate) and LimitListener (connections per server and per remote address).
// NewObservedServer and ConnLimits.Refused tell an observer (a node's metrics) each refusal and why.
package api

import (
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/cohort-net/cohort"
)

// Status maps an error code to its HTTP status.
func Status(code cohort.ErrorCode) int {
	switch code {
	case cohort.EInvalid:
		return http.StatusBadRequest
	case cohort.EUnauthorized:
		return http.StatusUnauthorized
	case cohort.EForbidden:
		return http.StatusForbidden
	case cohort.ENotFound:
		return http.StatusNotFound
	case cohort.EConflict:
		return http.StatusConflict
	case cohort.ETooLarge:
		return http.StatusRequestEntityTooLarge
	case cohort.EUnavailable:
		return http.StatusServiceUnavailable
	case cohort.ERateLimited:
		return http.StatusTooManyRequests
	case cohort.ENotImplemented:
		return http.StatusNotImplemented
	default:
		return http.StatusInternalServerError
	}
}

// ErrorBody is the JSON body of every error response.
type ErrorBody struct {
	Code    cohort.ErrorCode `json:"code"`
	Message string           `json:"message"`
}

// WriteError answers with err's status and a JSON body, and logs it: refusals of outside input at
// warn, internal failures at error. Internal errors do not leak their message.
func WriteError(w http.ResponseWriter, r *http.Request, log *slog.Logger, err error) {
	code := cohort.Code(err)
	status := Status(code)
	msg := err.Error()
	if status >= 500 && code == cohort.EInternal {
		log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
		msg = "internal error"
	} else {
		log.Warn("request refused", "method", r.Method, "path", r.URL.Path, "remote", r.RemoteAddr, "status", status, "err", err)
	}
	WriteJSON(w, status, ErrorBody{Code: code, Message: msg})
}

// WriteJSON writes v with status.
func WriteJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// DecodeError turns a non-2xx response into an error with the server's code and message.
func DecodeError(resp *http.Response) error {
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	var eb ErrorBody
	if json.Unmarshal(b, &eb) == nil && eb.Code != "" {
		return &cohort.Error{Code: eb.Code, Message: fmt.Sprintf("%s: %s", resp.Status, eb.Message)}
	}
	return fmt.Errorf("%s: %.200s", resp.Status, b)
}

// Health serves /livez (the process answers) and /readyz (its dependencies answer, and it is not
// shutting down).
type Health struct {
	stopping atomic.Bool
	Checks   map[string]func() error
}

// Stopping makes /readyz answer 503 from now on (graceful shutdown has begun).
func (h *Health) Stopping() { h.stopping.Store(true) }

// Register adds /livez and /readyz to mux.
func (h *Health) Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /livez", func(w http.ResponseWriter, _ *http.Request) {
		w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, _ *http.Request) {
		if h.stopping.Load() {
			http.Error(w, "shutting down", http.StatusServiceUnavailable)
			return
		}
		for name, check := range h.Checks {
			if err := check(); err != nil {
				http.Error(w, name+": "+err.Error(), http.StatusServiceUnavailable)
				return
			}
		}
		w.Write([]byte("ok\n"))
	})
}

// NewServer wraps h with the timeouts every Cohort server uses and a DefaultBodyBudget of body bytes
// in flight. Headers must arrive within 5 s and a request within 30 s (ReadBody cuts slow bodies
// sooner and lifts the limit once a body is read, so long polls are not cut).
func NewServer(h http.Handler) *http.Server { return newServer(h, NewBodyBudget(DefaultBodyBudget)) }

func newServer(h http.Handler, b *BodyBudget) *http.Server {
	return &http.Server{
		Handler:           closeUnread(b.Handler(h)),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      2 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
}
