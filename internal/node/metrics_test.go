package node

import (
	"bufio"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/cohort-net/cohort/internal/protocol"
	"github.com/cohort-net/cohort/internal/task"
)

// scrape reads one node's /metrics over HTTP into name{labels} -> value.
func scrape(t *testing.T, base string) map[string]float64 {
	t.Helper()
	resp, err := http.Get(base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("GET %s/metrics: %s", base, resp.Status)
	}
	out := map[string]float64{}
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		v, err := strconv.ParseFloat(line[i+1:], 64)
		if err != nil {
			t.Fatalf("metrics line %q: %v", line, err)
		}
		out[line[:i]] = v
	}
	return out
}

// TestDevnetMetrics scrapes every node's /metrics after a short devnet task: the coordinator counted
// its rounds and every trainer's update, requests by route and bytes; each node has a registry of its
// own (the trainers count no rounds). A stranger's unsigned update is refused before its body and
// counted as an admission rejection, and as a refused update.
func TestDevnetMetrics(t *testing.T) {
	const nodes, rounds = 3, 2
	d, _ := runDevnet(t, DevnetOptions{Chain: noChain, Data: "digits", Nodes: nodes, Task: task.Options{Rounds: rounds, Seed: 3}, CentralizedEpochs: -1})
	urls := d.NodeURLs()
	if len(urls) != nodes+1 {
		t.Fatalf("%d node URLs, want %d", len(urls), nodes+1)
	}
	m := scrape(t, urls[0])
	if got := m["cohort_coordinator_rounds_total"]; got < rounds {
		t.Errorf("rounds_total %v, want >= %d", got, rounds)
	}
	if got := m["cohort_coordinator_updates_accepted_total"]; got < nodes*rounds {
		t.Errorf("updates_accepted_total %v, want >= %d", got, nodes*rounds)
	}
	if got := m[`cohort_http_requests_total{code="200",route="`+protocol.PathJoin+`"}`]; got != nodes {
		t.Errorf("joins answered 200: %v, want %d", got, nodes)
	}
	if m["cohort_http_received_bytes_total"] <= 0 || m["cohort_http_sent_bytes_total"] <= 0 {
		t.Errorf("bytes in %v, out %v", m["cohort_http_received_bytes_total"], m["cohort_http_sent_bytes_total"])
	}
	for _, u := range urls[1:] {
		tm := scrape(t, u)
		if tm["cohort_coordinator_rounds_total"] != 0 {
			t.Errorf("trainer %s counts %v rounds: registries are shared", u, tm["cohort_coordinator_rounds_total"])
		}
		if got := tm[`cohort_http_requests_total{code="202",route="`+protocol.PathTrain+`"}`]; got < 1 {
			t.Errorf("trainer %s answered %v train requests", u, got)
		}
	}

	// The attack: a stranger posts an unsigned update.
	before := m[`cohort_api_rejections_total{reason="bad_signature"}`]
	refused := m["cohort_coordinator_updates_refused_total"]
	resp, err := http.Post(urls[0]+protocol.PathUpdate, "application/octet-stream", strings.NewReader("not an update"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Fatalf("unsigned update: %s, want 401", resp.Status)
	}
	m = scrape(t, urls[0])
	if got := m[`cohort_api_rejections_total{reason="bad_signature"}`]; got != before+1 {
		t.Errorf("bad_signature rejections %v -> %v, want +1", before, got)
	}
	if got := m["cohort_coordinator_updates_refused_total"]; got != refused+1 {
		t.Errorf("updates refused %v -> %v, want +1", refused, got)
	}
	if got := m[`cohort_http_requests_total{code="401",route="`+protocol.PathUpdate+`"}`]; got < 1 {
		t.Errorf("401 on %s counted %v times", protocol.PathUpdate, got)
	}
}
