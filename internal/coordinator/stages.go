package coordinator

import (
	"context"
	"log/slog"
	"net/http"
	"sync"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/api"
)

// stageMachine is the long-poll skeleton both secure-aggregation sessions (SecAgg+ and threshold HE)
// run on: a trainer posts its message of a stage and waits; the coordinator waits until the stage
// has its messages (or its deadline), closes it with every trainer's reply (one broadcast under the
// zero ID, or one per trainer), and each waiting trainer gets its reply; an abort closes every open
// stage with the reason. M is what the session keeps of each message. The mutex also guards the
// embedding session's own fields.
type stageMachine[M any] struct {
	arrived chan struct{} // a message was recorded

	mu       sync.Mutex
	ended    []bool                     // the stage takes no more messages (set as it starts closing)
	got      []map[cohort.NodeID]M      // each stage's recorded messages, by sender
	closed   []chan struct{}            // closed when the stage has its replies, or on abort
	replies  []map[cohort.NodeID][]byte // nil: the stage closed by an abort
	abortErr error
}

// init prepares stages 1..n.
func (s *stageMachine[M]) init(n int) {
	s.arrived = make(chan struct{}, 1)
	s.ended = make([]bool, n+1)
	s.got = make([]map[cohort.NodeID]M, n+1)
	s.closed = make([]chan struct{}, n+1)
	s.replies = make([]map[cohort.NodeID][]byte, n+1)
	for i := 1; i <= n; i++ {
		s.got[i] = make(map[cohort.NodeID]M)
		s.closed[i] = make(chan struct{})
	}
}

// count returns how many messages stage has recorded.
func (s *stageMachine[M]) count(stage int) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.got[stage])
}

// wait returns once expect messages of stage have arrived, or when ctx ends.
func (s *stageMachine[M]) wait(ctx context.Context, stage, expect int) {
	for s.count(stage) < expect {
		select {
		case <-ctx.Done():
			return
		case <-s.arrived:
		}
	}
}

// isClosed reports whether stage has closed (its replies are out, or the session aborted).
func (s *stageMachine[M]) isClosed(stage int) bool {
	select {
	case <-s.closed[stage]:
		return true
	default:
		return false
	}
}

// recordLocked stores signer's message of stage and wakes the waiter (s.mu held).
func (s *stageMachine[M]) recordLocked(stage int, signer cohort.NodeID, m M) {
	s.got[stage][signer] = m
	select {
	case s.arrived <- struct{}{}:
	default:
	}
}

// close ends stage with its replies; a non-nil err is kept as the session's abort reason.
func (s *stageMachine[M]) close(stage int, replies map[cohort.NodeID][]byte, err error) {
	s.mu.Lock()
	s.ended[stage] = true
	s.replies[stage] = replies
	if err != nil && s.abortErr == nil {
		s.abortErr = err
	}
	s.mu.Unlock()
	close(s.closed[stage])
}

// abort closes every open stage with err, so every waiting trainer learns the reason.
func (s *stageMachine[M]) abort(err error) {
	s.mu.Lock()
	if s.abortErr == nil {
		s.abortErr = err
	}
	for i := range s.ended {
		s.ended[i] = true
	}
	s.mu.Unlock()
	for i := 1; i < len(s.closed); i++ {
		select {
		case <-s.closed[i]:
		default:
			close(s.closed[i])
		}
	}
}

// answer waits for stage to close and writes signer's reply: the stage's bytes, an acknowledgement
// after the last stage, or why there is none (the session aborted, or signer was left out). A stage
// that closed with its replies succeeded, whatever ends the session afterwards.
func (s *stageMachine[M]) answer(w http.ResponseWriter, r *http.Request, log *slog.Logger, stage int, signer cohort.NodeID, last bool, mode, name string) {
	select {
	case <-s.closed[stage]:
	case <-r.Context().Done():
		return
	}
	s.mu.Lock()
	abortErr, replies := s.abortErr, s.replies[stage]
	reply, ok := replies[cohort.NodeID{}]
	if !ok {
		reply, ok = replies[signer]
	}
	s.mu.Unlock()
	switch {
	case replies == nil:
		api.WriteError(w, r, log, cohort.Errorf(cohort.EConflict, "%s session aborted: %v", mode, abortErr))
	case last:
		api.WriteJSON(w, http.StatusOK, map[string]string{"status": "accepted"})
	case !ok:
		api.WriteError(w, r, log, cohort.Errorf(cohort.EConflict, "%s was left out of the %s session at stage %s", signer, mode, name))
	default:
		w.Header().Set("Content-Type", "application/octet-stream")
		w.Write(reply)
	}
}
