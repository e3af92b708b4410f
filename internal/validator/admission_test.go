package validator

import (
	"fmt"
	"net/http"
	"sync"
	"testing"

	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/miner"
)

// A flood of strangers on POST /v1/request (unsigned, and signed by keys that are not clients) is
// refused from the header, before a slot is taken: the client's requests all succeed and the
// validator's rounds are the client's only. (The route used to serve anyone: a flood dropped honest
// success to 2 of 49 and set the validator's round rate and the miners' scores.)
func TestStrangerFloodOnRequests(t *testing.T) {
	n := network(t, []miner.Mode{miner.ModeHonest})
	const strangers, honest = 48, 6
	var wg sync.WaitGroup
	refused := make(chan int, strangers)
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range strangers / 8 {
				var k *identity.Key
				if i%2 == 1 {
					k, _ = identity.Generate()
				}
				body := fmt.Appendf(nil, `{"input":[%d,%d,1,2]}`, g, i)
				st, _ := postAs(t, k, n.srv.URL+RequestPath, body)
				refused <- st
			}
		}()
	}
	ok := 0
	for i := range honest {
		st, msg := post(t, n.srv.URL+RequestPath, fmt.Appendf(nil, `{"input":[%d,-7,3,9]}`, 100+i))
		if st == http.StatusOK {
			ok++
		} else {
			t.Logf("honest request %d: %d %s", i, st, msg)
		}
	}
	wg.Wait()
	close(refused)
	for st := range refused {
		if st != http.StatusUnauthorized && st != http.StatusForbidden {
			t.Errorf("stranger's request: %d, want 401 or 403", st)
		}
	}
	if ok != honest {
		t.Errorf("honest client: %d of %d requests served beside the flood", ok, honest)
	}
	if r := n.v.Scores().Rounds; r != honest {
		t.Errorf("%d validator rounds, want %d (strangers drive none)", r, honest)
	}
}

// One client holds at most half the forwarding slots: another client still gets one.
func TestOneClientCannotTakeEverySlot(t *testing.T) {
	n := network(t, []miner.Mode{miner.ModeHonest})
	a, b := key(t, "a").ID(), key(t, "b").ID()
	var releases []func()
	for i := range n.v.perCli {
		r, err := n.v.takeSlot(a)
		if err != nil {
			t.Fatalf("client a's slot %d: %v", i, err)
		}
		releases = append(releases, r)
	}
	if _, err := n.v.takeSlot(a); err == nil {
		t.Fatal("client a took more than its share of the slots")
	}
	r, err := n.v.takeSlot(b)
	if err != nil {
		t.Fatalf("client b beside a full share of a: %v", err)
	}
	r()
	for _, r := range releases {
		r()
	}
}
