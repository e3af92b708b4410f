// Package metrics holds a node's Prometheus metrics: one registry per node (never the global default,
// so several nodes in one devnet process keep their own counts), the counters and histograms the roles
// update, an HTTP middleware that counts requests by route and status code and the bytes they carry,
// and the /metrics handler. It is the only package that imports prometheus/client_golang.
//
// Names follow cohort_<subsystem>_<name>_<unit>; counters end in _total; no label carries an address
// or anything else a caller chooses (routes outside the node's own are counted as "other"). A nil
// *Metrics is valid and records nothing.
package metrics
