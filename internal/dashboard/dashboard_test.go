package dashboard_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/client"
	"github.com/cohort-net/cohort/internal/dashboard"
	"github.com/cohort-net/cohort/internal/protocol"
)

// fakeSource counts the calls it answers; nodes is how many nodes it lists.
type fakeSource struct {
	calls atomic.Int64
	nodes int
}

func (f *fakeSource) Network(context.Context) ([]dashboard.Node, error) {
	f.calls.Add(1)
	out := make([]dashboard.Node, f.nodes)
	for i := range out {
		out[i] = dashboard.Node{Address: fmt.Sprintf("0x%040x", i), Roles: []string{"trainer"}}
	}
	return out, nil
}

func (f *fakeSource) Tasks(context.Context) ([]dashboard.Task, error) {
	f.calls.Add(1)
	return []dashboard.Task{{ID: "t1", State: protocol.StateRunning, RoundsDone: 2, Rounds: 5}}, nil
}

func (f *fakeSource) Task(_ context.Context, id string) (*dashboard.TaskDetail, error) {
	f.calls.Add(1)
	if id != "t1" {
		return nil, cohort.Errorf(cohort.ENotFound, "no task %q", id)
	}
	acc := 0.9
	h := make([]protocol.RoundSummary, dashboard.MaxRounds+3)
	for i := range h {
		h[i] = protocol.RoundSummary{Round: uint64(i + 1), Accuracy: &acc}
	}
	return &dashboard.TaskDetail{Task: dashboard.Task{ID: id}, History: h}, nil
}

func (f *fakeSource) Models(context.Context) ([]client.ModelInfo, error) {
	f.calls.Add(1)
	return nil, nil
}

func (f *fakeSource) Requests(context.Context) ([]dashboard.Request, error) {
	f.calls.Add(1)
	out := make([]dashboard.Request, dashboard.MaxRequests+2)
	for i := range out {
		out[i] = dashboard.Request{ID: uint64(i + 1), Status: "verified"}
	}
	return out, nil
}

func (f *fakeSource) Rewards(context.Context) ([]dashboard.Reward, error) {
	f.calls.Add(1)
	return []dashboard.Reward{{Address: "0x01", Paid: "5", ValidatorPaid: "0", Slashed: "0", Credit: "5", Balance: "0"}}, nil
}

func get(t *testing.T, url string) (int, string, []byte) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header.Get("Content-Type"), b
}

func TestEveryPageAndEndpointAnswers(t *testing.T) {
	src := &fakeSource{nodes: dashboard.MaxNodes + 5}
	srv := httptest.NewServer(dashboard.Handler(src, nil))
	defer srv.Close()
	for _, p := range []string{"/", "/network", "/market", "/inference", "/rewards", "/tasks/t1", "/tasks/unknown"} {
		code, ct, body := get(t, srv.URL+p)
		if code != http.StatusOK || !strings.HasPrefix(ct, "text/html") || !strings.Contains(string(body), "/assets/app.js") {
			t.Errorf("GET %s: %d %s", p, code, ct)
		}
	}
	for _, p := range []string{"/assets/app.js", "/assets/style.css", "/assets/index.html"} {
		if code, _, body := get(t, srv.URL+p); code != http.StatusOK || len(body) == 0 {
			t.Errorf("GET %s: %d, %d bytes", p, code, len(body))
		}
	}
	for _, p := range []string{dashboard.PathNetwork, dashboard.PathTasks, "/v1/dashboard/tasks/t1", dashboard.PathModels,
		dashboard.PathRequests, dashboard.PathRewards} {
		code, ct, body := get(t, srv.URL+p)
		var v map[string]any
		if code != http.StatusOK || ct != "application/json" || json.Unmarshal(body, &v) != nil {
			t.Errorf("GET %s: %d %s %.200s", p, code, ct, body)
		}
	}
	// Answers are bounded: more nodes or rounds than the limits are cut, and said to be.
	_, _, body := get(t, srv.URL+dashboard.PathNetwork)
	var net struct {
		Nodes     []dashboard.Node `json:"nodes"`
		Truncated bool             `json:"truncated"`
	}
	if err := json.Unmarshal(body, &net); err != nil || len(net.Nodes) != dashboard.MaxNodes || !net.Truncated {
		t.Errorf("network: %d nodes, truncated %v, err %v; want %d, true", len(net.Nodes), net.Truncated, err, dashboard.MaxNodes)
	}
	_, _, body = get(t, srv.URL+"/v1/dashboard/tasks/t1")
	var td dashboard.TaskDetail
	if err := json.Unmarshal(body, &td); err != nil || len(td.History) != dashboard.MaxRounds || !td.Truncated || td.History[len(td.History)-1].Round != dashboard.MaxRounds+3 {
		t.Errorf("task: %d rounds, truncated %v, err %v; want the latest %d", len(td.History), td.Truncated, err, dashboard.MaxRounds)
	}
	_, _, body = get(t, srv.URL+dashboard.PathRequests)
	var reqs struct {
		Requests  []dashboard.Request `json:"requests"`
		Truncated bool                `json:"truncated"`
	}
	if err := json.Unmarshal(body, &reqs); err != nil || len(reqs.Requests) != dashboard.MaxRequests || !reqs.Truncated ||
		reqs.Requests[len(reqs.Requests)-1].ID != dashboard.MaxRequests+2 {
		t.Errorf("requests: %d, truncated %v, err %v; want the newest %d", len(reqs.Requests), reqs.Truncated, err, dashboard.MaxRequests)
	}
	if code, _, _ := get(t, srv.URL+"/v1/dashboard/tasks/nope"); code != http.StatusNotFound {
		t.Errorf("unknown task: %d, want 404", code)
	}
	if code, _, _ := get(t, srv.URL+"/nothing-here"); code != http.StatusNotFound {
		t.Errorf("unknown page: %d, want 404", code)
	}
}

// TestStrangersCannotPost: every route of the dashboard is read-only; any other method is refused
// before the source is asked anything.
func TestStrangersCannotPost(t *testing.T) {
	src := &fakeSource{nodes: 2}
	srv := httptest.NewServer(dashboard.Handler(src, nil))
	defer srv.Close()
	paths := []string{"/", "/network", "/market", "/inference", "/rewards", "/tasks/t1", "/assets/app.js",
		dashboard.PathNetwork, dashboard.PathTasks, "/v1/dashboard/tasks/t1", dashboard.PathModels, dashboard.PathRequests, dashboard.PathRewards}
	for _, p := range paths {
		for _, m := range []string{http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete} {
			req, _ := http.NewRequest(m, srv.URL+p, strings.NewReader(`{"state":"done"}`))
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusMethodNotAllowed {
				t.Errorf("%s %s: %d, want 405", m, p, resp.StatusCode)
			}
		}
	}
	if n := src.calls.Load(); n != 0 {
		t.Errorf("the source was asked %d times by refused requests", n)
	}
}

// TestAssetsFitFirstLoad: everything a first load can fetch (the page, its script and style) is at
// most 300 KB, and the page names nothing outside the node.
func TestAssetsFitFirstLoad(t *testing.T) {
	n, err := dashboard.AssetsSize()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("embedded assets: %d bytes", n)
	if n <= 0 || n > 300<<10 {
		t.Errorf("embedded assets are %d bytes, want 1..%d", n, 300<<10)
	}
	srv := httptest.NewServer(dashboard.Handler(&fakeSource{}, nil))
	defer srv.Close()
	for _, p := range []string{"/", "/assets/app.js", "/assets/style.css"} {
		_, _, body := get(t, srv.URL+p)
		for _, ext := range []string{"http://", "https://", "//cdn"} {
			if i := strings.Index(string(body), ext); i >= 0 && !strings.Contains(string(body[i:min(len(body), i+30)]), "www.w3.org") {
				t.Errorf("%s refers outside the node: %.60s", p, body[i:])
			}
		}
	}
}

// blockingSource holds every Network call until release is closed.
type blockingSource struct {
	fakeSource
	entered chan struct{}
	release chan struct{}
}

func (b *blockingSource) Network(ctx context.Context) ([]dashboard.Node, error) {
	b.calls.Add(1)
	b.entered <- struct{}{}
	<-b.release
	return nil, nil
}

// TestInFlightBounded: the attack is a stranger opening many slow data requests at once (each a
// chain or coordinator read for a real source); past MaxInFlight they are refused before the source
// is asked, and pages still load.
func TestInFlightBounded(t *testing.T) {
	src := &blockingSource{entered: make(chan struct{}, 16), release: make(chan struct{})}
	srv := httptest.NewServer(dashboard.Handler(src, nil))
	defer srv.Close()
	done := make(chan int, dashboard.MaxInFlight)
	for range dashboard.MaxInFlight {
		go func() {
			code, _, _ := get(t, srv.URL+dashboard.PathNetwork)
			done <- code
		}()
		<-src.entered
	}
	for range 3 {
		if code, _, _ := get(t, srv.URL+dashboard.PathNetwork); code != http.StatusTooManyRequests {
			t.Errorf("request past %d in flight: %d, want 429", dashboard.MaxInFlight, code)
		}
	}
	if code, _, _ := get(t, srv.URL+"/market"); code != http.StatusOK {
		t.Errorf("page while busy: %d", code)
	}
	if n := src.calls.Load(); n != dashboard.MaxInFlight {
		t.Errorf("source asked %d times, want %d", n, dashboard.MaxInFlight)
	}
	close(src.release)
	for range dashboard.MaxInFlight {
		if code := <-done; code != http.StatusOK {
			t.Errorf("held request: %d", code)
		}
	}
	if code, _, _ := get(t, srv.URL+dashboard.PathNetwork); code != http.StatusOK {
		t.Errorf("after the burst: %d", code)
	}
}
