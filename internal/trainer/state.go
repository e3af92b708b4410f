package trainer

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/atomicfile"
)

// stateFile is what a trainer must not forget across a restart (Config.StateFile): the SecAgg+
// attempts it took part in and the survivor sets it signed, per round, so that a restarted trainer
// still refuses a re-run attempt or a second survivor set; and its beacon secret, so that it reveals
// leaves of the tree it committed to.
type stateFile struct {
	Task         string                     `json:"task"`
	Attempts     map[string]uint64          `json:"attempts"` // round -> highest attempt taken part in
	Signed       map[string][]cohort.NodeID `json:"signed"`   // round -> the survivor set signed
	BeaconSecret []byte                     `json:"beacon_secret,omitempty"`
	BeaconDepth  int                        `json:"beacon_depth,omitempty"`
}

// maxStateFile bounds the state file read back (it keeps at most 9 rounds).
const maxStateFile = 16 << 20

// loadState reads the state file; a missing file is an empty state.
func loadState(path string) (*stateFile, error) {
	st := &stateFile{Attempts: map[string]uint64{}, Signed: map[string][]cohort.NodeID{}}
	if path == "" {
		return st, nil
	}
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return st, nil
	}
	if err != nil {
		return nil, fmt.Errorf("trainer state: %w", err)
	}
	if len(b) > maxStateFile {
		return nil, cohort.Errorf(cohort.EInvalid, "trainer state %s: %d bytes", path, len(b))
	}
	if err := json.Unmarshal(b, st); err != nil {
		return nil, cohort.Errorf(cohort.EInvalid, "trainer state %s: %v", path, err)
	}
	if st.Attempts == nil {
		st.Attempts = map[string]uint64{}
	}
	if st.Signed == nil {
		st.Signed = map[string][]cohort.NodeID{}
	}
	for k := range st.Attempts {
		if _, err := strconv.ParseUint(k, 10, 64); err != nil {
			return nil, cohort.Errorf(cohort.EInvalid, "trainer state %s: round %q", path, k)
		}
	}
	for k := range st.Signed {
		if _, err := strconv.ParseUint(k, 10, 64); err != nil {
			return nil, cohort.Errorf(cohort.EInvalid, "trainer state %s: round %q", path, k)
		}
	}
	if len(st.BeaconSecret) != 0 && len(st.BeaconSecret) != 32 {
		return nil, cohort.Errorf(cohort.EInvalid, "trainer state %s: beacon secret of %d bytes", path, len(st.BeaconSecret))
	}
	return st, nil
}

// restore fills the trainer's maps from st (t.mu held or not yet shared).
func (t *Trainer) restore(st *stateFile) {
	for k, v := range st.Attempts {
		r, _ := strconv.ParseUint(k, 10, 64)
		t.attempts[r] = v
	}
	for k, v := range st.Signed {
		r, _ := strconv.ParseUint(k, 10, 64)
		t.signed[r] = v
	}
	t.saved = st
}

// persist writes the trainer's state (t.mu held) before what it records is acted on: a refusal
// remembered only in memory would not survive a crash.
func (t *Trainer) persist() error {
	if t.cfg.StateFile == "" {
		return nil
	}
	st := &stateFile{Task: t.saved.Task, Attempts: map[string]uint64{}, Signed: map[string][]cohort.NodeID{},
		BeaconSecret: t.saved.BeaconSecret, BeaconDepth: t.saved.BeaconDepth}
	for r, a := range t.attempts {
		st.Attempts[strconv.FormatUint(r, 10)] = a
	}
	for r, s := range t.signed {
		st.Signed[strconv.FormatUint(r, 10)] = s
	}
	b, err := json.Marshal(st)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(t.cfg.StateFile), 0o700); err != nil {
		return fmt.Errorf("trainer state: %w", err)
	}
	if err := atomicfile.WriteFile(t.cfg.StateFile, b, 0o600); err != nil {
		return fmt.Errorf("trainer state: %w", err)
	}
	t.saved = st
	return nil
}
