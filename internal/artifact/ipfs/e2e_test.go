package ipfs_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cohort-net/cohort/internal/artifact"
	"github.com/cohort-net/cohort/internal/artifact/artifacttest"
	"github.com/cohort-net/cohort/internal/artifact/ipfs"
)

// TestE2EKubo runs the conformance suite against a real kubo daemon, offline on 127.0.0.1 in a
// temporary repo, and checks that kubo's own commands compute the CIDs Cohort does. Build the binary
// with scripts/ci-kubo.sh and point COHORT_KUBO_BIN at it.
func TestE2EKubo(t *testing.T) {
	bin := os.Getenv("COHORT_KUBO_BIN")
	if bin == "" {
		t.Skip("COHORT_KUBO_BIN is not set: build kubo with `export COHORT_KUBO_BIN=$(scripts/ci-kubo.sh)` to run the kubo e2e test")
	}
	if _, err := os.Stat(bin); err != nil {
		t.Skipf("COHORT_KUBO_BIN=%s: %v", bin, err)
	}
	repo := t.TempDir()
	ipfsCmd := func(ctx context.Context, args ...string) *exec.Cmd {
		cmd := exec.CommandContext(ctx, bin, args...)
		cmd.Env = append(os.Environ(), "IPFS_PATH="+repo)
		return cmd
	}
	run := func(stdin []byte, args ...string) string {
		t.Helper()
		ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		defer cancel()
		cmd := ipfsCmd(ctx, args...)
		if stdin != nil {
			cmd.Stdin = bytes.NewReader(stdin)
		}
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("ipfs %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return strings.TrimSpace(string(out))
	}
	// The test profile: loopback addresses on port 0, no bootstrap peers, no MDNS.
	run(nil, "init", "--profile", "test", "--empty-repo")
	for _, kv := range [][2]string{
		{"Addresses.API", `"/ip4/127.0.0.1/tcp/0"`},
		{"Addresses.Gateway", `"/ip4/127.0.0.1/tcp/0"`},
		{"Addresses.Swarm", `["/ip4/127.0.0.1/tcp/0"]`},
		{"Bootstrap", `[]`},
	} {
		run(nil, "config", "--json", kv[0], kv[1])
	}

	dctx, stop := context.WithCancel(context.Background())
	daemon := ipfsCmd(dctx, "daemon", "--offline")
	dlog := &syncBuffer{}
	daemon.Stdout, daemon.Stderr = dlog, dlog
	daemon.Cancel = func() error { return daemon.Process.Signal(os.Interrupt) }
	daemon.WaitDelay = 10 * time.Second
	if err := daemon.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { stop(); daemon.Wait() })

	apiURL := ""
	for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		b, err := os.ReadFile(filepath.Join(repo, "api"))
		if err == nil && strings.Contains(string(b), "/tcp/") {
			// /ip4/127.0.0.1/tcp/PORT
			f := strings.Split(strings.TrimSpace(string(b)), "/")
			apiURL = fmt.Sprintf("http://%s:%s", f[2], f[4])
			if strings.Contains(dlog.String(), "Daemon is ready") {
				break
			}
		}
	}
	if apiURL == "" || !strings.Contains(dlog.String(), "Daemon is ready") {
		t.Fatalf("kubo daemon did not start:\n%s", dlog.String())
	}
	if !strings.HasPrefix(apiURL, "http://127.0.0.1:") {
		t.Fatalf("api on %s, want loopback", apiURL)
	}
	store, err := ipfs.New(ipfs.Config{URL: apiURL, Offline: true, Timeout: 30 * time.Second}, nil)
	if err != nil {
		t.Fatal(err)
	}

	artifacttest.Run(t, func(t *testing.T) artifact.Store { return store }, artifacttest.Options{})

	t.Run("SameCIDsAsKubo", func(t *testing.T) {
		data := []byte("Cohort: the same bytes, the same CID.\n")
		file := filepath.Join(t.TempDir(), "small.txt")
		os.WriteFile(file, data, 0o644)
		want := artifact.String(artifact.RawCID(data))
		if got := run(nil, "block", "put", "--cid-codec=raw", "--mhtype=sha2-256", file); got != want {
			t.Errorf("ipfs block put = %s, ours %s", got, want)
		}
		if got := run(nil, "add", "--raw-leaves", "--cid-version", "1", "-Q", file); got != want {
			t.Errorf("ipfs add --raw-leaves --cid-version 1 = %s, ours %s", got, want)
		}
		// A large artifact put through Cohort: kubo serves its manifest as DAG-JSON and every leaf.
		big := artifacttest.Content(42, 2*artifact.MaxBlockSize+9)
		root, err := store.Put(context.Background(), bytes.NewReader(big))
		if err != nil {
			t.Fatal(err)
		}
		var m struct {
			Links []struct {
				CID  map[string]string `json:"cid"`
				Size int               `json:"size"`
			} `json:"links"`
			Size int `json:"size"`
		}
		if err := json.Unmarshal([]byte(run(nil, "dag", "get", artifact.String(root))), &m); err != nil {
			t.Fatalf("ipfs dag get of the manifest: %v", err)
		}
		if m.Size != len(big) || len(m.Links) != 3 {
			t.Fatalf("ipfs dag get: size %d, %d links", m.Size, len(m.Links))
		}
		leaf := run(nil, "block", "get", m.Links[2].CID["/"])
		if leaf != string(big[2*artifact.MaxBlockSize:]) {
			t.Fatal("ipfs block get of the last leaf differs")
		}
		if pins := run(nil, "pin", "ls", "--type=recursive", "-q"); !strings.Contains(pins, artifact.String(root)) {
			t.Fatalf("root %s not pinned: %s", artifact.String(root), pins)
		}
	})
}

// syncBuffer collects the daemon's output while the test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
