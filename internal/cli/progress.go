package cli

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/cohort-net/cohort/internal/protocol"
)

// roundProgress shows a federated task's rounds: a live bar on a terminal, one line per round
// otherwise. In JSON mode the lines still go to stderr, never to stdout.
type roundProgress struct {
	mu     sync.Mutex
	w      io.Writer
	tty    bool
	rounds int
	start  time.Time
}

func newRoundProgress(w io.Writer, tty bool, rounds int) *roundProgress {
	return &roundProgress{w: w, tty: tty, rounds: rounds, start: time.Now()}
}

// setRounds sets the number of rounds once the task is resolved (a round may have closed before).
func (p *roundProgress) setRounds(n int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.rounds = n
}

// printf writes a line to the progress's writer under its lock: rounds may close (and print) while
// the devnet's own announcements are written.
func (p *roundProgress) printf(format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	fmt.Fprintf(p.w, format, args...)
}

func (p *roundProgress) round(s protocol.RoundSummary) {
	p.mu.Lock()
	defer p.mu.Unlock()
	acc := "n/a"
	if s.Accuracy != nil {
		acc = fmt.Sprintf("%.4f", *s.Accuracy)
	}
	total := "?" // the task not resolved yet (setRounds)
	if p.rounds > 0 {
		total = fmt.Sprint(p.rounds)
	}
	line := fmt.Sprintf("round %d/%s  participants %d/%d  loss %.4f  accuracy %s  (%.1fs)",
		s.Round, total, len(s.Participants), s.Selected, s.TrainLoss, acc, float64(s.DurationMS)/1000)
	if !p.tty {
		fmt.Fprintln(p.w, line)
		return
	}
	const width = 24
	filled := int(float64(width) * float64(s.Round) / float64(max(p.rounds, 1)))
	bar := strings.Repeat("█", filled) + strings.Repeat("░", width-filled)
	fmt.Fprintf(p.w, "\r\033[K%s %s", bar, line)
	if int(s.Round) >= p.rounds {
		fmt.Fprintln(p.w)
	}
}
