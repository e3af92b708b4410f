package metrics

import (
	"io"
	"net/http"
	"strconv"
	"time"
)

// Middleware counts every request h answers: cohort_http_requests_total{route, code}, its handling
// time, and the body bytes read and written. route names a request's route from a fixed set (the
// caller maps anything it does not serve to "other", so strangers cannot mint labels); done, when
// set, is told each request's route and status once it is answered.
func (m *Metrics) Middleware(h http.Handler, route func(*http.Request) string, done func(route string, code int)) http.Handler {
	if m == nil {
		return h
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		var in *countBody
		if r.Body != nil && r.Body != http.NoBody {
			in = &countBody{ReadCloser: r.Body}
			r.Body = in
		}
		cw := &countWriter{ResponseWriter: w}
		h.ServeHTTP(cw, r)
		rt := route(r)
		code := cw.code
		if code == 0 {
			code = http.StatusOK
		}
		m.httpRequests.WithLabelValues(rt, strconv.Itoa(code)).Inc()
		m.httpSeconds.WithLabelValues(rt).Observe(time.Since(start).Seconds())
		if in != nil {
			m.bytesIn.Add(float64(in.n))
		}
		m.bytesOut.Add(float64(cw.n))
		if done != nil {
			done(rt, code)
		}
	})
}

type countBody struct {
	io.ReadCloser
	n int64
}

func (b *countBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	b.n += int64(n)
	return n, err
}

type countWriter struct {
	http.ResponseWriter
	code int
	n    int64
}

func (w *countWriter) WriteHeader(code int) {
	if w.code == 0 {
		w.code = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *countWriter) Write(p []byte) (int, error) {
	if w.code == 0 {
		w.code = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(p)
	w.n += int64(n)
	return n, err
}

// Unwrap lets http.ResponseController reach the connection (deadlines, flushing).
func (w *countWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
