package node

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cohort-net/cohort/internal/dashboard"
	"github.com/cohort-net/cohort/internal/protocol"
	"github.com/cohort-net/cohort/internal/task"
)

// chromium finds a headless Chromium (Debian's chromium; COHORT_CHROMIUM names another binary), or
// skips the test.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{os.Getenv("COHORT_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"} {
		if name == "" {
			continue
		}
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("COHORT_REQUIRE_CHROMIUM") != "" {
		t.Fatal("COHORT_REQUIRE_CHROMIUM is set but no chromium is on PATH")
	}
	t.Skip("no headless Chromium on PATH (apt-get install chromium; .ci/run installs it): the dashboard's browser test needs one")
	return ""
}

// render loads url in headless Chromium, lets its scripts run (their fetches included) and returns
// the DOM as the page drew it.
func render(t *testing.T, bin, url string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
		"--no-first-run", "--user-data-dir="+t.TempDir(), "--virtual-time-budget=5000", "--dump-dom", url)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium %s: %v\n%s", url, err, stderr.String())
	}
	dom := string(out)
	if !strings.Contains(dom, `data-ready="1"`) {
		t.Fatalf("%s did not finish drawing:\n%.2000s", url, dom)
	}
	return dom
}

var circleRound = regexp.MustCompile(`<circle class="pt s0" data-round="(\d+)"`)

// plotRounds returns the rounds of the points in the SVG plot with the given id.
func plotRounds(t *testing.T, dom, id string) []int {
	t.Helper()
	i := strings.Index(dom, `id="`+id+`"`)
	if i < 0 {
		t.Fatalf("no plot %s in the page", id)
	}
	svg := dom[i:]
	svg = svg[:strings.Index(svg, "</svg>")]
	var rounds []int
	for _, m := range circleRound.FindAllStringSubmatch(svg, -1) {
		r, _ := strconv.Atoi(m[1])
		rounds = append(rounds, r)
	}
	return rounds
}

func wantRounds(t *testing.T, what string, got []int, n int) {
	t.Helper()
	if len(got) != n {
		t.Fatalf("%s: %d points %v, want one per closed round (%d)", what, len(got), got, n)
	}
	for i, r := range got {
		if r != i+1 {
			t.Fatalf("%s: points for rounds %v, want 1..%d", what, got, n)
		}
	}
}

// TestDashboardInChromium runs an off-chain devnet whose coordinator the test holds after each round,
// and loads the dashboard in headless Chromium: the running task is listed, its page plots one point
// per closed round in both SVG plots, and a later load shows it advanced.
func TestDashboardInChromium(t *testing.T) {
	bin := chromium(t)
	const rounds = 3
	closed := make(chan uint64)
	release := make(chan struct{})
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	d, err := StartDevnet(ctx, DevnetOptions{Chain: noChain, Data: "breast_cancer", Nodes: 2, CentralizedEpochs: -1,
		Task: task.Options{Rounds: rounds, Seed: 1},
		OnRound: func(s protocol.RoundSummary) {
			select {
			case closed <- s.Round:
				select { // the coordinator waits here, its round durable: the page sees exactly s.Round rounds
				case <-release:
				case <-ctx.Done():
				}
			case <-ctx.Done():
			}
		}})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { cancel(); d.Close() }()
	base := strings.TrimSuffix(d.DashboardURL(), "/")
	if !strings.HasPrefix(base, "http://127.0.0.1:") {
		t.Fatalf("dashboard URL %q", d.DashboardURL())
	}
	id := d.Spec().ID
	taskURL := base + "/tasks/" + id

	if r := <-closed; r != 1 {
		t.Fatalf("first round reported %d", r)
	}
	market := render(t, bin, base+"/market")
	row := regexp.MustCompile(`(?s)<tr class="task"><td><a href="/tasks/` + regexp.QuoteMeta(id) + `">.*?</tr>`).FindString(market)
	if row == "" || !strings.Contains(row, protocol.StateRunning) || !strings.Contains(row, fmt.Sprintf("1 / %d", rounds)) {
		t.Fatalf("market page: task %s not listed as running with 1 of %d rounds:\n%.3000s", id, rounds, market)
	}
	network := render(t, bin, base+"/network")
	if n := strings.Count(network, `<tr class="node">`); n != 3 {
		t.Errorf("network page lists %d nodes, want 3 (a coordinator, 2 trainers)", n)
	}
	first := render(t, bin, taskURL)
	wantRounds(t, "accuracy plot after round 1", plotRounds(t, first, "accuracy-plot"), 1)

	release <- struct{}{}
	if r := <-closed; r != 2 {
		t.Fatalf("second round reported %d", r)
	}
	second := render(t, bin, taskURL)
	wantRounds(t, "accuracy plot after round 2", plotRounds(t, second, "accuracy-plot"), 2)
	wantRounds(t, "loss plot after round 2", plotRounds(t, second, "loss-plot"), 2)
	if !strings.Contains(second, `data-rounds="2"`) {
		t.Errorf("task page after round 2 does not say 2 rounds closed")
	}

	go func() {
		for range closed {
			release <- struct{}{}
		}
	}()
	release <- struct{}{}
	res, err := d.Wait(ctx)
	if err != nil {
		t.Fatal(err)
	}
	final := render(t, bin, taskURL)
	wantRounds(t, "accuracy plot when done", plotRounds(t, final, "accuracy-plot"), len(res.History))
	wantRounds(t, "loss plot when done", plotRounds(t, final, "loss-plot"), len(res.History))
	if !strings.Contains(final, `id="task-state">done<`) {
		t.Errorf("task page does not show the task done")
	}
	// The plotted accuracies are the coordinator's: each point's tooltip carries its value.
	for _, h := range res.History {
		want := fmt.Sprintf("accuracy round %d: %.4f", h.Round, *h.Accuracy)
		if !strings.Contains(final, want) {
			t.Errorf("task page lacks %q", want)
		}
	}
	t.Logf("first load: %d bytes", firstLoadBytes(t, base))
}

// firstLoadBytes is what a first load of the dashboard transfers: the page, its script and style
// and the JSON the market view fetches.
func firstLoadBytes(t *testing.T, base string) int {
	n := 0
	for _, p := range []string{"/", "/assets/app.js", "/assets/style.css", dashboard.PathTasks} {
		resp, err := http.Get(base + p)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		n += len(b)
	}
	if n > 300<<10 {
		t.Errorf("first load transfers %d bytes, over 300 KB", n)
	}
	return n
}
