package coordinator

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/protocol"
)

// The coordinator's durable state, one bbolt file per task. Every write is a transaction that bbolt
// fsyncs before it returns, so anything acknowledged survives a SIGKILL; a round closes in one
// transaction (new model, strategy state, summary, next round), so a crash never half-applies it.
var (
	bucketMeta     = []byte("meta")     // spec, state, scaler, strategy
	bucketTrainers = []byte("trainers") // address -> join frame
	bucketModels   = []byte("models")   // round (8 bytes BE) -> tensor (global params after that round; 0 = initial)
	bucketUpdates  = []byte("updates")  // round || address -> update frame (deleted once the round closes)
	bucketAccepted = []byte("accepted") // round || address -> sha256 of the accepted frame (kept, for idempotency)
	bucketSelected = []byte("selected") // round -> JSON list of addresses
	bucketRounds   = []byte("rounds")   // round -> JSON RoundSummary

	keySpec     = []byte("spec")
	keyState    = []byte("state")
	keyScaler   = []byte("scaler")
	keyStrategy = []byte("strategy")
	keyVersion  = []byte("version")
	keyEncoding = []byte("encoding") // a schema task's encoding (JSON), fixed at start
)

// storeVersion is the on-disk format; a newer one on disk is refused.
const storeVersion = 1

type state struct {
	State string `json:"state"`
	Round uint64 `json:"round"` // the open round while running
	Error string `json:"error,omitempty"`
}

type store struct{ db *bolt.DB }

func openStore(dir string) (*store, error) {
	// The freelist is rebuilt on open instead of written at every commit: update payloads are large and
	// freed every round, and syncing their freelist would slow every acknowledged write.
	db, err := bolt.Open(filepath.Join(dir, "coordinator.db"), 0o600, &bolt.Options{
		Timeout: 2 * time.Second, NoFreelistSync: true, FreelistType: bolt.FreelistMapType,
	})
	if err != nil {
		return nil, fmt.Errorf("open coordinator store in %s: %w", dir, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketMeta, bucketTrainers, bucketModels, bucketUpdates, bucketAccepted, bucketSelected, bucketRounds} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		meta := tx.Bucket(bucketMeta)
		if v := meta.Get(keyVersion); v != nil {
			if got := binary.BigEndian.Uint64(v); got > storeVersion {
				return fmt.Errorf("store format %d is newer than this binary's %d", got, storeVersion)
			}
			return nil
		}
		return meta.Put(keyVersion, binary.BigEndian.AppendUint64(nil, storeVersion))
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("init coordinator store: %w", err)
	}
	return &store{db: db}, nil
}

func (s *store) close() error { return s.db.Close() }

func roundKey(r uint64) []byte { return binary.BigEndian.AppendUint64(nil, r) }

func updateKey(r uint64, id cohort.NodeID) []byte { return append(roundKey(r), id[:]...) }

func getJSON(b *bolt.Bucket, key []byte, v any) (bool, error) {
	raw := b.Get(key)
	if raw == nil {
		return false, nil
	}
	return true, json.Unmarshal(raw, v)
}

func putJSON(b *bolt.Bucket, key []byte, v any) error {
	raw, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return b.Put(key, raw)
}

// initSpec stores spec on first start, or checks that the stored spec is the same task.
func (s *store) initSpec(spec *protocol.TaskSpec) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		var stored protocol.TaskSpec
		ok, err := getJSON(meta, keySpec, &stored)
		if err != nil {
			return fmt.Errorf("stored spec: %w", err)
		}
		if ok {
			a, _ := json.Marshal(stored)
			b, _ := json.Marshal(spec)
			if string(a) != string(b) {
				return cohort.Errorf(cohort.EConflict, "data dir holds task %q with another spec: use a new data dir", stored.ID)
			}
			return nil
		}
		if err := putJSON(meta, keySpec, spec); err != nil {
			return err
		}
		return putJSON(meta, keyState, state{State: protocol.StateJoining})
	})
}

func (s *store) state() (state, error) {
	var st state
	err := s.db.View(func(tx *bolt.Tx) error {
		_, err := getJSON(tx.Bucket(bucketMeta), keyState, &st)
		return err
	})
	return st, err
}

// joined is one trainer's join record.
type joined struct {
	ID      cohort.NodeID
	Header  protocol.JoinHeader
	Sum     []float64
	SumSq   []float64
	Encoded []byte
}

// joinLimits decode a join: a schema task's header carries table statistics (bounded by the task's
// schema through the route's body limit, and by protocol.MaxSchemaHeader).
var joinLimits = protocol.Limits{MaxHeader: protocol.DefaultLimits.MaxHeader + protocol.MaxSchemaHeader,
	MaxTensors: protocol.DefaultLimits.MaxTensors, MaxElems: protocol.DefaultLimits.MaxElems}

func decodeJoin(id cohort.NodeID, raw []byte) (joined, error) {
	j := joined{ID: id, Encoded: raw}
	ts, err := protocol.DecodeFrame(raw, joinLimits, &j.Header)
	if err != nil {
		return j, err
	}
	if len(ts) != 2 {
		return j, cohort.Errorf(cohort.EInvalid, "join: want 2 tensors (sum, sum of squares), got %d", len(ts))
	}
	j.Sum, j.SumSq = ts[0], ts[1]
	return j, nil
}

// putTrainer records a join. Joining is allowed while the task gathers trainers; afterwards only a
// trainer already in the task may re-join (for instance with a new endpoint).
func (s *store) putTrainer(id cohort.NodeID, raw []byte) (int, error) {
	var n int
	err := s.db.Update(func(tx *bolt.Tx) error {
		var st state
		if _, err := getJSON(tx.Bucket(bucketMeta), keyState, &st); err != nil {
			return err
		}
		tb := tx.Bucket(bucketTrainers)
		if st.State != protocol.StateJoining && tb.Get(id[:]) == nil {
			return cohort.Errorf(cohort.EConflict, "task is %s: no new trainers", st.State)
		}
		if err := tb.Put(id[:], raw); err != nil {
			return err
		}
		// Stats does not count this transaction's own writes: count the keys.
		return tb.ForEach(func(_, _ []byte) error { n++; return nil })
	})
	return n, err
}

func (s *store) trainers() ([]joined, error) {
	var out []joined
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketTrainers).ForEach(func(k, v []byte) error {
			j, err := decodeJoin(cohort.NodeID(k), v)
			if err != nil {
				return fmt.Errorf("stored join of %x: %w", k, err)
			}
			out = append(out, j)
			return nil
		})
	})
	return out, err
}

// start moves the task from joining to running with the initial model (and, for a schema task, its
// encoding).
func (s *store) start(scaler []byte, model []float64, strategy, encoding []byte) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if encoding != nil {
			if err := meta.Put(keyEncoding, encoding); err != nil {
				return err
			}
		}
		if err := meta.Put(keyScaler, scaler); err != nil {
			return err
		}
		if err := meta.Put(keyStrategy, strategy); err != nil {
			return err
		}
		if err := tx.Bucket(bucketModels).Put(roundKey(0), protocol.AppendTensor(nil, model)); err != nil {
			return err
		}
		return putJSON(meta, keyState, state{State: protocol.StateRunning, Round: 1})
	})
}

func (s *store) scalerAndStrategy() (scaler, strategy []byte, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		scaler = append([]byte(nil), meta.Get(keyScaler)...)
		strategy = append([]byte(nil), meta.Get(keyStrategy)...)
		return nil
	})
	return scaler, strategy, err
}

// encoding returns a schema task's stored encoding (nil before start or without a schema).
func (s *store) encoding() ([]byte, error) {
	var raw []byte
	err := s.db.View(func(tx *bolt.Tx) error {
		if v := tx.Bucket(bucketMeta).Get(keyEncoding); v != nil {
			raw = append([]byte(nil), v...)
		}
		return nil
	})
	return raw, err
}

// model returns the global parameters after round r (0: the initial model).
func (s *store) model(r uint64) ([]float64, error) {
	var v []float64
	err := s.db.View(func(tx *bolt.Tx) error {
		raw := tx.Bucket(bucketModels).Get(roundKey(r))
		if raw == nil {
			return cohort.Errorf(cohort.ENotFound, "no global model for round %d", r)
		}
		var err error
		v, _, err = protocol.ReadTensor(raw, protocol.DefaultLimits.MaxElems)
		return err
	})
	return v, err
}

func (s *store) selected(r uint64) ([]cohort.NodeID, error) {
	var ids []cohort.NodeID
	err := s.db.View(func(tx *bolt.Tx) error {
		_, err := getJSON(tx.Bucket(bucketSelected), roundKey(r), &ids)
		return err
	})
	return ids, err
}

func (s *store) putSelected(r uint64, ids []cohort.NodeID) error {
	return s.db.Update(func(tx *bolt.Tx) error { return putJSON(tx.Bucket(bucketSelected), roundKey(r), ids) })
}

var errRoundClosed = errors.New("round closed")

// acceptUpdate stores a validated update frame (whose SHA-256 is sum) for (r, id) durably and reports whether it was a
// duplicate of one accepted before. Concurrent calls are coalesced into one fsync (bolt's Batch); each
// returns only once its own write is on disk.
func (s *store) acceptUpdate(r uint64, id cohort.NodeID, raw []byte, sum [32]byte) (dup bool, err error) {
	err = s.db.Batch(func(tx *bolt.Tx) error {
		dup = false
		key := updateKey(r, id)
		if prev := tx.Bucket(bucketAccepted).Get(key); prev != nil {
			if string(prev) == string(sum[:]) {
				dup = true
				return nil
			}
			return cohort.Errorf(cohort.EConflict, "round %d: a different update from %s was already accepted", r, id)
		}
		var st state
		if _, err := getJSON(tx.Bucket(bucketMeta), keyState, &st); err != nil {
			return err
		}
		if st.State != protocol.StateRunning || st.Round != r {
			return cohort.Errorf(cohort.EConflict, "round %d is not open (task %s, open round %d)", r, st.State, st.Round)
		}
		if err := tx.Bucket(bucketUpdates).Put(key, raw); err != nil {
			return err
		}
		return tx.Bucket(bucketAccepted).Put(key, sum[:])
	})
	return dup, err
}

// updates returns the accepted update frames of round r by trainer.
func (s *store) updates(r uint64) (map[cohort.NodeID][]byte, error) {
	out := make(map[cohort.NodeID][]byte)
	err := s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketUpdates).Cursor()
		prefix := roundKey(r)
		for k, v := c.Seek(prefix); k != nil && string(k[:8]) == string(prefix); k, v = c.Next() {
			out[cohort.NodeID(k[8:])] = append([]byte(nil), v...)
		}
		return nil
	})
	return out, err
}

// forEachUpdate calls f with each accepted update frame of round r, inside one read transaction: raw
// points into the database's memory map and is valid only during the call (decode, do not keep it).
func (s *store) forEachUpdate(r uint64, f func(id cohort.NodeID, raw []byte) error) error {
	return s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketUpdates).Cursor()
		prefix := roundKey(r)
		for k, v := c.Seek(prefix); k != nil && string(k[:8]) == string(prefix); k, v = c.Next() {
			if err := f(cohort.NodeID(k[8:]), v); err != nil {
				return err
			}
		}
		return nil
	})
}

// closeRound applies a round in one transaction: the new model, the strategy state, the summary, and
// the next state; the round's update payloads are dropped (their hashes stay for idempotency).
func (s *store) closeRound(r uint64, model []float64, strategy []byte, sum protocol.RoundSummary, next state) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		var st state
		if _, err := getJSON(tx.Bucket(bucketMeta), keyState, &st); err != nil {
			return err
		}
		if st.State != protocol.StateRunning || st.Round != r {
			return fmt.Errorf("close round %d: %w (state %s, round %d)", r, errRoundClosed, st.State, st.Round)
		}
		if err := tx.Bucket(bucketModels).Put(roundKey(r), protocol.AppendTensor(nil, model)); err != nil {
			return err
		}
		meta := tx.Bucket(bucketMeta)
		if err := meta.Put(keyStrategy, strategy); err != nil {
			return err
		}
		if err := putJSON(tx.Bucket(bucketRounds), roundKey(r), sum); err != nil {
			return err
		}
		ub := tx.Bucket(bucketUpdates)
		prefix := roundKey(r)
		var keys [][]byte
		c := ub.Cursor()
		for k, _ := c.Seek(prefix); k != nil && string(k[:8]) == string(prefix); k, _ = c.Next() {
			keys = append(keys, append([]byte(nil), k...))
		}
		for _, k := range keys {
			if err := ub.Delete(k); err != nil {
				return err
			}
		}
		return putJSON(meta, keyState, next)
	})
}

// nextAttempt durably counts the SecAgg+ sessions of round r and returns this one's number (from 1),
// so that no session id is ever used twice, across restarts too.
func (s *store) nextAttempt(r uint64) (uint64, error) {
	var n uint64
	err := s.db.Update(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		key := append([]byte("secure-attempt/"), roundKey(r)...)
		if v := meta.Get(key); v != nil {
			n = binary.BigEndian.Uint64(v)
		}
		n++
		return meta.Put(key, binary.BigEndian.AppendUint64(nil, n))
	})
	return n, err
}

// recordSurvivors durably records the survivor set the coordinator announces in round r; a second,
// different set for the same round is refused, across sessions and restarts, so no two sums of one
// round can be subtracted from each other. Trainers enforce the same rule on their side.
func (s *store) recordSurvivors(r uint64, ids []cohort.NodeID) error {
	var b []byte
	for _, id := range ids {
		b = append(b, id[:]...)
	}
	return s.db.Update(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		key := append([]byte("secure-survivors/"), roundKey(r)...)
		if v := meta.Get(key); v != nil {
			if !bytes.Equal(v, b) {
				return cohort.Errorf(cohort.EConflict, "round %d: a different survivor set (%d trainers, now %d) was already announced; refusing a second", r, len(v)/len(cohort.NodeID{}), len(ids))
			}
			return nil
		}
		return meta.Put(key, b)
	})
}

func (s *store) fail(reason string) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		var st state
		if _, err := getJSON(meta, keyState, &st); err != nil {
			return err
		}
		st.State, st.Error = protocol.StateFailed, reason
		return putJSON(meta, keyState, st)
	})
}

// history returns the summaries of the rounds after round after, at most limit of them (0: all), and
// whether more follow.
func (s *store) history(after uint64, limit int) ([]protocol.RoundSummary, bool, error) {
	var out []protocol.RoundSummary
	more := false
	err := s.db.View(func(tx *bolt.Tx) error {
		cur := tx.Bucket(bucketRounds).Cursor()
		for k, v := cur.Seek(roundKey(after + 1)); k != nil; k, v = cur.Next() {
			if limit > 0 && len(out) == limit {
				more = true
				return nil
			}
			var rs protocol.RoundSummary
			if err := json.Unmarshal(v, &rs); err != nil {
				return err
			}
			out = append(out, rs)
		}
		return nil
	})
	return out, more, err
}
