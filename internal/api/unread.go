package api

import (
	"io"
	"net/http"
	"sync/atomic"
	"time"
)

// closeUnread answers a request whose body the handler did not read to its end (a 405 for a POST to
// a GET route, a refusal before the body, a handler that ignores it) on a connection that then
// closes. Without it, net/http reads up to 256 KiB of the unread body after the handler returns to
// keep the connection alive, and a stranger's stalled body holds the answer until the read timeout.
func closeUnread(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Body == nil || r.Body == http.NoBody {
			h.ServeHTTP(w, r)
			return
		}
		b := &eofBody{ReadCloser: r.Body, left: r.ContentLength}
		r.Body = b
		uw := &unreadWriter{ResponseWriter: w, body: b}
		h.ServeHTTP(uw, r)
		if !b.eof.Load() {
			if !uw.wrote {
				w.Header().Set("Connection", "close")
			}
			// The server's read of the rest fails at once and the connection closes.
			_ = http.NewResponseController(w).SetReadDeadline(time.Now())
		}
	})
}

// eofBody records whether the body was read to its end: EOF seen, or all of a declared length read.
type eofBody struct {
	io.ReadCloser
	left int64 // bytes of a declared Content-Length not read yet; -1 when none was declared
	eof  atomic.Bool
}

func (b *eofBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	if b.left > 0 {
		b.left -= int64(n)
	}
	if err == io.EOF || b.left == 0 {
		b.eof.Store(true)
	}
	return n, err
}

// unreadWriter marks a response written while the body is unread as the connection's last.
type unreadWriter struct {
	http.ResponseWriter
	body  *eofBody
	wrote bool
}

func (w *unreadWriter) WriteHeader(code int) {
	if !w.wrote && !w.body.eof.Load() {
		w.Header().Set("Connection", "close")
	}
	w.wrote = true
	w.ResponseWriter.WriteHeader(code)
}

func (w *unreadWriter) Write(p []byte) (int, error) {
	if !w.wrote {
		w.WriteHeader(http.StatusOK)
	}
	return w.ResponseWriter.Write(p)
}

// Unwrap lets http.ResponseController reach the connection (deadlines, flushing).
func (w *unreadWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
