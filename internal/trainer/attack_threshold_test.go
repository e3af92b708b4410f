package trainer

import (
	"net/http"
	"slices"
	"testing"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/he"
	"github.com/cohort-net/cohort/internal/heagg"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/protocol"
)

// collect waits for n messages of a stage (refusing messages of other stages) or the timeout.
func (e *evilCoord) collect(t *testing.T, stage, n int, timeout time.Duration) []stageMsg {
	t.Helper()
	var out []stageMsg
	end := time.After(timeout)
	for len(out) < n {
		select {
		case m := <-e.in:
			if m.stage != stage {
				m.reply <- nil
				continue
			}
			out = append(out, m)
		case <-end:
			return out
		}
	}
	return out
}

func thrMsgOf(t *testing.T, b []byte) *protocol.ThresholdMsg {
	t.Helper()
	m, err := protocol.UnmarshalThresholdMsg(b, protocol.DefaultThresholdLimits)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func encodeThr(t *testing.T, m protocol.ThresholdMsg) []byte {
	t.Helper()
	b, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestAttackRogueThresholdMember: a member in league with the coordinator commits to one public-key
// share and, after seeing the honest members' shares, reveals another (a rogue key chosen against
// theirs would let it decrypt alone). The coordinator relays everything unchecked. Every honest
// trainer refuses the key share that does not open its commitment and encrypts nothing under the
// collective key.
func TestAttackRogueThresholdMember(t *testing.T) {
	const honest = 4
	e := newEvilCoord(t, honest, func(s *protocol.TaskSpec) {
		s.SecureAgg, s.SecAgg = protocol.SecureThresholdHE, protocol.SecAggSpec{}
		s.ThresholdHE = protocol.ThresholdSpec{StageTimeoutMS: 1000}
		s.Trainers, s.MinParticipants = honest+1, 2
	})
	rogue, _ := identity.Generate()
	e.colluders = map[cohort.NodeID]*identity.Key{rogue.ID(): rogue}
	ids := e.ids()
	global := attackGlobal(e.spec.Model.NumParams())
	tr := protocol.ThresholdRound{Attempt: 1, Clients: ids, WeightScale: 1.0 / 12}
	for _, x := range e.trainers {
		if code, body := e.trainHeader(x.ID(), protocol.TrainHeader{Round: 1, Threshold: &tr}, global); code != http.StatusAccepted {
			t.Fatalf("train refused: %d %s", code, body)
		}
	}
	head := protocol.ThresholdMsg{Round: 1, Attempt: 1}

	// ready: the roster is everyone, the rogue included.
	ready := e.collect(t, thresholdStage0, honest, 10*time.Second)
	if len(ready) != honest {
		t.Fatalf("%d ready messages", len(ready))
	}
	keyOf := map[cohort.NodeID][]byte{rogue.ID(): rogue.PublicKey()}
	for _, m := range ready {
		pub := thrMsgOf(t, m.body).PublicKey
		id, err := identity.AddressOf(pub)
		if err != nil {
			t.Fatal(err)
		}
		keyOf[id] = pub
	}
	roster := head
	for _, id := range ids {
		roster.Members = append(roster.Members, protocol.ThresholdMember{ID: id, PublicKey: keyOf[id]})
	}
	roster.Threshold = e.spec.ThresholdT(len(ids))
	rb := encodeThr(t, roster)
	for _, m := range ready {
		m.reply <- rb
	}
	cfg := heagg.Config(&e.spec, 1, 1, len(ids))
	sid := protocol.ThresholdSessionID(e.spec.ID, 1, 1, tr.WeightScale, roster.Members, cfg.Threshold)
	rp := uint64(slices.Index(ids, rogue.ID()) + 1)
	party, err := he.NewThresholdParty(cfg, rp)
	if err != nil {
		t.Fatal(err)
	}
	committed, _ := party.PublicKeyShare()
	other, _ := he.NewThresholdParty(cfg, rp)
	revealed, _ := other.PublicKeyShare() // stands in for a share computed from the others'

	// commit: the rogue commits honestly to a share it will not reveal.
	commits := map[uint64][]byte{}
	cms := e.collect(t, thresholdStage0+1, honest, 5*time.Second)
	for _, m := range cms {
		c := thrMsgOf(t, m.body)
		commits[pointOfCommit(t, sid, ids, m.body)] = append(slices.Clone(c.Blobs[0]), c.Blobs[1]...)
	}
	rc := protocol.ThresholdKeyCommitment(sid, rp, committed)
	rsig, _ := rogue.Sign(protocol.ThresholdCommitDigest(sid, rp, rc[:]))
	commits[rp] = append(rc[:], rsig...)
	if len(commits) != len(ids) {
		t.Fatalf("%d commitments", len(commits))
	}
	for _, m := range cms {
		self := pointOfCommit(t, sid, ids, m.body)
		rep := head
		for p := uint64(1); p <= uint64(len(ids)); p++ {
			if p != self {
				rep.From = append(rep.From, p)
				rep.Blobs = append(rep.Blobs, commits[p][:32], commits[p][32:])
			}
		}
		m.reply <- encodeThr(t, rep)
	}

	// keys: the rogue reveals the other share, with valid sealed Shamir shares and signatures.
	keys := e.collect(t, thresholdStage0+2, honest, 5*time.Second)
	byPoint := map[uint64]*protocol.ThresholdMsg{}
	for _, m := range keys {
		k := thrMsgOf(t, m.body)
		for p := uint64(1); p <= uint64(len(ids)); p++ {
			if !slices.Contains(k.To, p) {
				byPoint[p] = k
			}
		}
	}
	rk := protocol.ThresholdMsg{Blobs: [][]byte{revealed}}
	for i, mem := range roster.Members {
		p := uint64(i + 1)
		if p == rp {
			continue
		}
		sh, _ := party.ShamirShareFor(p)
		sealed, err := identity.Seal(mem.PublicKey, sh, protocol.ThresholdShareAAD(sid, rp, p))
		if err != nil {
			t.Fatal(err)
		}
		sig, _ := rogue.Sign(protocol.ThresholdShareDigest(sid, rp, p, revealed, sealed))
		rk.To = append(rk.To, p)
		rk.Blobs = append(rk.Blobs, sealed, sig)
	}
	byPoint[rp] = &rk
	for _, m := range keys {
		self := uint64(0)
		k := thrMsgOf(t, m.body)
		for p := uint64(1); p <= uint64(len(ids)); p++ {
			if !slices.Contains(k.To, p) {
				self = p
			}
		}
		in := head
		for p := uint64(1); p <= uint64(len(ids)); p++ {
			if p == self {
				continue
			}
			from := byPoint[p]
			j := slices.Index(from.To, self)
			in.From = append(in.From, p)
			in.Blobs = append(in.Blobs, from.Blobs[0], from.Blobs[1+2*j], from.Blobs[2+2*j])
		}
		m.reply <- encodeThr(t, in)
	}
	if ups := e.collect(t, thresholdStage0+3, 1, 3*time.Second); len(ups) > 0 {
		t.Fatalf("an honest trainer encrypted its update under a collective key with a rogue share")
	}
	e.waitLog(t, "does not open the commitment")
}

// pointOfCommit finds the party whose signature a commit message carries.
func pointOfCommit(t *testing.T, sid [32]byte, ids []cohort.NodeID, body []byte) uint64 {
	c := thrMsgOf(t, body)
	for p := range ids {
		if got, err := identity.Recover(protocol.ThresholdCommitDigest(sid, uint64(p+1), c.Blobs[0]), c.Blobs[1]); err == nil && got == ids[p] {
			return uint64(p + 1)
		}
	}
	t.Fatalf("a commitment signed by no member")
	return 0
}

// thresholdSpec makes an attack task aggregate under threshold HE.
func thresholdSpec(trainers int) func(*protocol.TaskSpec) {
	return func(s *protocol.TaskSpec) {
		s.SecureAgg, s.SecAgg = protocol.SecureThresholdHE, protocol.SecAggSpec{}
		s.ThresholdHE = protocol.ThresholdSpec{StageTimeoutMS: 1000}
		s.Trainers, s.MinParticipants = trainers, 2
	}
}

// TestAttackThresholdPerTrainerWeightScale: the coordinator gives the victim the honest weight scale
// and everyone else 1e-9, then relays the ready and commit stages. The scale is bound into the
// session id, so the commitments signed under the others' sessions do not verify for the victim, nor
// the victim's for them: nobody reveals a key share, let alone encrypts an update.
func TestAttackThresholdPerTrainerWeightScale(t *testing.T) {
	const n = 5
	e := newEvilCoord(t, n, thresholdSpec(n))
	ids := e.ids()
	victim := ids[0]
	global := attackGlobal(e.spec.Model.NumParams())
	honest := protocol.ThresholdRound{Attempt: 1, Clients: ids, WeightScale: 1.0 / 12}
	others := honest
	others.WeightScale = 1e-9
	for _, id := range ids {
		tr := others
		if id == victim {
			tr = honest
		}
		if code, body := e.trainHeader(id, protocol.TrainHeader{Round: 1, Threshold: &tr}, global); code != http.StatusAccepted {
			t.Fatalf("train refused: %d %s", code, body)
		}
	}
	head := protocol.ThresholdMsg{Round: 1, Attempt: 1}
	ready := e.collect(t, thresholdStage0, n, 10*time.Second)
	keyOf := map[cohort.NodeID][]byte{}
	for _, m := range ready {
		pub := thrMsgOf(t, m.body).PublicKey
		id, _ := identity.AddressOf(pub)
		keyOf[id] = pub
	}
	roster := head
	for _, id := range ids {
		roster.Members = append(roster.Members, protocol.ThresholdMember{ID: id, PublicKey: keyOf[id]})
	}
	roster.Threshold = e.spec.ThresholdT(n)
	rb := encodeThr(t, roster)
	for _, m := range ready {
		m.reply <- rb
	}
	// Relay every commitment to everyone (the sender is the one whose signature it carries under
	// either session).
	cms := e.collect(t, thresholdStage0+1, n, 5*time.Second)
	if len(cms) != n {
		t.Fatalf("%d commitments", len(cms))
	}
	var sids [][32]byte
	for _, s := range []float64{honest.WeightScale, others.WeightScale} {
		sids = append(sids, protocol.ThresholdSessionID(e.spec.ID, 1, 1, s, roster.Members, roster.Threshold))
	}
	point := map[int]uint64{}
	for i, m := range cms {
		c := thrMsgOf(t, m.body)
		for _, sid := range sids {
			for p := range ids {
				if got, err := identity.Recover(protocol.ThresholdCommitDigest(sid, uint64(p+1), c.Blobs[0]), c.Blobs[1]); err == nil && got == ids[p] {
					point[i] = uint64(p + 1)
				}
			}
		}
	}
	for i, m := range cms {
		rep := head
		for j, o := range cms {
			if j != i {
				c := thrMsgOf(t, o.body)
				rep.From = append(rep.From, point[j])
				rep.Blobs = append(rep.Blobs, c.Blobs[0], c.Blobs[1])
			}
		}
		slicesSortPairs(&rep)
		m.reply <- encodeThr(t, rep)
	}
	if keys := e.collect(t, thresholdStage0+2, 1, 3*time.Second); len(keys) > 0 {
		t.Fatalf("a trainer revealed its key share across sessions with different weight scales")
	}
	e.waitLog(t, "is not signed by")
}

// slicesSortPairs orders a commit reply's (commitment, signature) pairs by sender point.
func slicesSortPairs(m *protocol.ThresholdMsg) {
	idx := make([]int, len(m.From))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int { return int(m.From[a]) - int(m.From[b]) })
	from, blobs := make([]uint64, 0, len(idx)), make([][]byte, 0, len(m.Blobs))
	for _, i := range idx {
		from = append(from, m.From[i])
		blobs = append(blobs, m.Blobs[2*i], m.Blobs[2*i+1])
	}
	m.From, m.Blobs = from, blobs
}
