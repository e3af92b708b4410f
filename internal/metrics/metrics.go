package metrics

import (
	"net/http"
	"runtime"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Rejection reasons: why a server refused a caller before doing its work.
const (
	RejectConnLimit   = "conn_limit"     // a connection over the server's or one address's limit
	RejectSignature   = "bad_signature"  // a missing, malformed, expired or forged signed header
	RejectNotAdmitted = "not_admitted"   // a valid signer the route does not admit
	RejectReplay      = "replay"         // a nonce already seen (the replay guard)
	RejectGuardFull   = "replay_guard"   // the replay guard has no room for the signer
	RejectTooLarge    = "body_too_large" // a body over the route's limit
	RejectBudget      = "body_budget"    // the server's body bytes in flight are spent
	RejectBadBody     = "bad_body"       // a body too slow, cut, or not the one signed
	RejectRate        = "rate_limit"     // a public route's request rate exceeded
)

// Metrics is one node's registry and the collectors its roles update.
type Metrics struct {
	reg *prometheus.Registry

	rounds          prometheus.Counter
	updatesReceived prometheus.Counter
	updatesAccepted prometheus.Counter
	updatesRefused  prometheus.Counter
	bytesIn         prometheus.Counter
	bytesOut        prometheus.Counter
	proofSeconds    *prometheus.HistogramVec
	fheSeconds      prometheus.Histogram
	inferSeconds    *prometheus.HistogramVec
	inferences      *prometheus.CounterVec
	chainCalls      *prometheus.CounterVec
	gasUsed         prometheus.Counter
	rejections      *prometheus.CounterVec
	httpRequests    *prometheus.CounterVec
	httpSeconds     *prometheus.HistogramVec
}

// New makes a node's metrics in a registry of their own, with the Go runtime's and the process's
// collectors and cohort_build_info{version, goversion} = 1.
func New(version string) *Metrics {
	reg := prometheus.NewRegistry()
	f := factory{reg}
	lat := prometheus.ExponentialBuckets(0.0005, 4, 10) // 0.5 ms .. ~2 min
	m := &Metrics{
		reg:             reg,
		rounds:          f.counter("cohort_coordinator_rounds_total", "Training rounds closed (aggregated and stored) by this node's coordinators."),
		updatesReceived: f.counter("cohort_coordinator_updates_received_total", "Signed update requests received (plain, SecAgg+ masked and threshold-HE)."),
		updatesAccepted: f.counter("cohort_coordinator_updates_accepted_total", "Updates accepted (answered 2xx)."),
		updatesRefused:  f.counter("cohort_coordinator_updates_refused_total", "Updates refused (answered with an error status)."),
		bytesIn:         f.counter("cohort_http_received_bytes_total", "Request body bytes read by this node's server."),
		bytesOut:        f.counter("cohort_http_sent_bytes_total", "Response body bytes written by this node's server."),
		proofSeconds: f.histogramVec("cohort_zk_proof_duration_seconds", "Time to prove (miner) or verify (validator, gateway) one inference.",
			lat, "op"),
		fheSeconds:   f.histogram("cohort_fhe_inference_duration_seconds", "Time to evaluate one encrypted inference.", lat),
		inferSeconds: f.histogramVec("cohort_gateway_inference_duration_seconds", "Time the gateway takes to answer one inference request, by mode.", lat, "mode"),
		inferences:   f.counterVec("cohort_gateway_inferences_total", "Inference requests answered by the gateway, by mode and result.", "mode", "result"),
		chainCalls:   f.counterVec("cohort_chain_transactions_total", "Transactions this node sent, by result (ok, reverted, error).", "result"),
		gasUsed:      f.counter("cohort_chain_gas_used_total", "Gas used by the transactions this node sent and saw mined."),
		rejections:   f.counterVec("cohort_api_rejections_total", "Callers refused before their request's work: by reason.", "reason"),
		httpRequests: f.counterVec("cohort_http_requests_total", "HTTP requests answered, by route and status code.", "route", "code"),
		httpSeconds:  f.histogramVec("cohort_http_request_duration_seconds", "HTTP request handling time, by route.", lat, "route"),
	}
	bi := prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "cohort_build_info", Help: "The running build: always 1."}, []string{"version", "goversion"})
	reg.MustRegister(bi, collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	bi.WithLabelValues(version, runtime.Version()).Set(1)
	return m
}

type factory struct{ reg *prometheus.Registry }

func (f factory) counter(name, help string) prometheus.Counter {
	c := prometheus.NewCounter(prometheus.CounterOpts{Name: name, Help: help})
	f.reg.MustRegister(c)
	return c
}

func (f factory) counterVec(name, help string, labels ...string) *prometheus.CounterVec {
	c := prometheus.NewCounterVec(prometheus.CounterOpts{Name: name, Help: help}, labels)
	f.reg.MustRegister(c)
	return c
}

func (f factory) histogram(name, help string, buckets []float64) prometheus.Histogram {
	h := prometheus.NewHistogram(prometheus.HistogramOpts{Name: name, Help: help, Buckets: buckets})
	f.reg.MustRegister(h)
	return h
}

func (f factory) histogramVec(name, help string, buckets []float64, labels ...string) *prometheus.HistogramVec {
	h := prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: name, Help: help, Buckets: buckets}, labels)
	f.reg.MustRegister(h)
	return h
}

// Handler serves the registry in the Prometheus text format (GET /metrics).
func (m *Metrics) Handler() http.Handler {
	if m == nil {
		return http.NotFoundHandler()
	}
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{MaxRequestsInFlight: 4})
}

// Round counts a closed training round.
func (m *Metrics) Round() {
	if m != nil {
		m.rounds.Inc()
	}
}

// Update counts one update request and whether it was accepted.
func (m *Metrics) Update(accepted bool) {
	if m == nil {
		return
	}
	m.updatesReceived.Inc()
	if accepted {
		m.updatesAccepted.Inc()
	} else {
		m.updatesRefused.Inc()
	}
}

// Proof records one proof operation ("prove" or "verify") and its duration.
func (m *Metrics) Proof(op string, d time.Duration) {
	if m != nil {
		m.proofSeconds.WithLabelValues(op).Observe(d.Seconds())
	}
}

// ProveTime records one proof's time (a miner's OnProof).
func (m *Metrics) ProveTime(d time.Duration) { m.Proof("prove", d) }

// FHE records one encrypted inference's duration.
func (m *Metrics) FHE(d time.Duration) {
	if m != nil {
		m.fheSeconds.Observe(d.Seconds())
	}
}

// Inference records one gateway inference request: its mode, whether it succeeded and its time.
func (m *Metrics) Inference(mode string, ok bool, d time.Duration) {
	if m == nil {
		return
	}
	result := "ok"
	if !ok {
		result = "error"
	}
	m.inferences.WithLabelValues(mode, result).Inc()
	if ok {
		m.inferSeconds.WithLabelValues(mode).Observe(d.Seconds())
	}
}

// ChainTx records one transaction this node sent: result is ok, reverted or error; gas is what the
// mined transaction used (0 when it was not mined).
func (m *Metrics) ChainTx(result string, gas uint64) {
	if m == nil {
		return
	}
	m.chainCalls.WithLabelValues(result).Inc()
	m.gasUsed.Add(float64(gas))
}

// Reject counts a caller refused for reason (one of the Reject constants).
func (m *Metrics) Reject(reason string) {
	if m != nil {
		m.rejections.WithLabelValues(reason).Inc()
	}
}
