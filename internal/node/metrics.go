package node

import (
	"net/http"
	"strings"

	"github.com/cohort-net/cohort/internal/metrics"
	"github.com/cohort-net/cohort/internal/protocol"
)

// knownRoutes are the paths a node's servers answer (under a task's /t/<id> prefix or at the root):
// the only values the route label takes besides "other", so strangers cannot mint labels.
var knownRoutes = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range []string{
		protocol.PathTask, protocol.PathJoin, protocol.PathUpdate, protocol.PathStatus, protocol.PathModel, protocol.PathTrain,
		protocol.PathSecAggAdvertise, protocol.PathSecAggShares, protocol.PathSecAggMasked, protocol.PathSecAggConsistency,
		protocol.PathSecAggUnmask, protocol.PathThresholdReady, protocol.PathThresholdCommit, protocol.PathThresholdKeys,
		protocol.PathThresholdUpdate, protocol.PathThresholdDecrypt,
		"/v1/infer", "/v1/request", "/v1/node", "/v1/status", "/v1/oracle/input", "/v1/orders",
		"/livez", "/readyz", "/metrics", "/openapi.json", "/v1/models",
	} {
		m[p] = true
	}
	return m
}()

// dashboardPages are the dashboard's fixed page paths (internal/dashboard.Pages, /tasks/{id} aside).
var dashboardPages = map[string]bool{"/": true, "/network": true, "/market": true, "/inference": true}

// updateRoutes are the routes whose requests carry a trainer's update (plain, masked, encrypted).
var updateRoutes = map[string]bool{protocol.PathUpdate: true, protocol.PathSecAggMasked: true, protocol.PathThresholdUpdate: true}

// routeLabel names r's route for metrics: a known path, prefixed /t/{task} when under a task, or
// "other".
func routeLabel(r *http.Request) string {
	p, prefix := r.URL.Path, ""
	if rest, ok := strings.CutPrefix(p, "/t/"); ok {
		i := strings.IndexByte(rest, '/')
		if i < 0 {
			return "other"
		}
		p, prefix = rest[i:], "/t/{task}"
	}
	switch {
	case strings.HasPrefix(p, "/api/v0/"):
		return "/api/v0"
	case strings.HasPrefix(p, "/v1/models/"):
		return prefix + "/v1/models/{id}"
	case strings.HasPrefix(p, "/v1/orders/"):
		return prefix + "/v1/orders/{id}"
	case prefix == "" && strings.HasPrefix(p, "/v1/dashboard/"):
		return "/v1/dashboard"
	case prefix == "" && (dashboardPages[p] || strings.HasPrefix(p, "/tasks/") || strings.HasPrefix(p, "/assets/")):
		return "/dashboard" // the dashboard's pages and assets, one label
	case knownRoutes[p]:
		return prefix + p
	}
	return "other"
}

// countRounds wraps a coordinator's OnRound so that m counts each closed round.
func countRounds(m *metrics.Metrics, next func(protocol.RoundSummary)) func(protocol.RoundSummary) {
	return func(s protocol.RoundSummary) {
		m.Round()
		if next != nil {
			next(s)
		}
	}
}

// instrument serves /metrics on mux and wraps it so that m counts its requests (by route and code,
// their bytes, trainers' updates); the server's refusals are counted through api.NewObservedServer.
func instrument(m *metrics.Metrics, mux *http.ServeMux) http.Handler {
	mux.Handle("GET /metrics", m.Handler())
	return m.Middleware(mux, routeLabel, func(route string, code int) {
		_, path, _ := strings.Cut(route, "/t/{task}")
		if path == "" {
			path = route
		}
		if updateRoutes[path] && code != http.StatusMethodNotAllowed {
			m.Update(code < 300)
		}
	})
}
