package trainer

import (
	"errors"
	"math"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/protocol"
	"github.com/cohort-net/cohort/internal/secagg"
)

// attackTrainers is the roster size of the attack tests: 10 at γ = 0.2, δ = 0.1 gives k = 6 < n-1.
const attackTrainers = 10

func mustConfig(t *testing.T, spec *protocol.TaskSpec, round uint64, sr protocol.SecureRound) *secagg.Config {
	t.Helper()
	cfg, err := protocol.SecAggConfig(spec, round, &sr)
	if err != nil {
		t.Fatal(err)
	}
	if k := cfg.Neighbours(); k >= len(sr.Clients)-1 {
		t.Fatalf("k = %d of %d clients: the attack must run on a ring, not the complete graph", k, len(sr.Clients))
	}
	return cfg
}

// TestAttackPerTrainerWeightScale: the coordinator gives the victim the honest weight scale and
// everyone else 1e-9, so that the "mean" would be the victim's update. The scale is bound into the
// session, so the victim's advertisement does not verify for the others: they refuse the roster.
func TestAttackPerTrainerWeightScale(t *testing.T) {
	e := newEvilCoord(t, attackTrainers)
	global := attackGlobal(e.spec.Model.NumParams())
	victim := e.trainers[0].ID()
	honest := e.honestRound(1, global)
	others := honest
	others.WeightScale = 1e-9
	for _, id := range e.ids() {
		sr := others
		if id == victim {
			sr = honest
		}
		if code, body := e.train(id, 1, &sr, global); code != http.StatusAccepted {
			t.Fatalf("train refused before the session: %d %s", code, body)
		}
	}
	// One server for the others' session. The victim's advertisement joins it if it verifies there
	// (the scale not bound: the attack goes through); otherwise it is slipped into the others' roster.
	// The roster is forged from every advertisement received, since the server, which needs every
	// client's beacon, refuses to close stage 1 without the victim's.
	cfg := mustConfig(t, &e.spec, 1, others)
	var victimAd []byte
	var ads [][]byte
	tp := tamper{
		keep: func(stage int, sender cohort.NodeID, body []byte) bool {
			if stage == 0 {
				ads = append(ads, body)
			}
			if stage == 0 && sender == victim {
				var m secagg.AdvertiseMsg
				if err := m.UnmarshalBinary(body); err != nil || m.Session == cfg.Session() {
					return true
				}
				victimAd = body
				return false
			}
			return true
		},
		replies: func(stage int, replies map[cohort.NodeID][]byte) {
			if stage == 0 && victimAd != nil {
				replies[cohort.NodeID{}] = forgeRoster(t, ads)
			}
		},
	}
	res, err := e.session(cfg, nil, tp)
	if ok, diff := revealsVictim(res, e.victimDelta(t, victim, 1, global)); ok {
		t.Fatalf("the coordinator learned the victim's update (max error %g)", diff)
	}
	if err == nil {
		t.Fatalf("the session completed with %d survivors", len(res.Survivors))
	}
	e.waitLog(t, "session values differ between trainers")
	t.Logf("session ended: %v", err)
}

// forgeRoster encodes a roster of the given advertisements, sorted, under the header of the last.
func forgeRoster(t *testing.T, ads [][]byte) []byte {
	var r secagg.RosterMsg
	for _, ad := range ads {
		var a secagg.AdvertiseMsg
		if err := a.UnmarshalBinary(ad); err != nil {
			t.Fatal(err)
		}
		r.Header = a.Header
		r.Entries = append(r.Entries, a)
	}
	slices.SortFunc(r.Entries, func(x, y secagg.AdvertiseMsg) int { return strings.Compare(string(x.Sender[:]), string(y.Sender[:])) })
	b, err := r.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestAttackForgedModelHash: the session names a model other than the one sent. Every trainer
// refuses the train request before training or masking anything.
func TestAttackForgedModelHash(t *testing.T) {
	e := newEvilCoord(t, attackTrainers)
	global := attackGlobal(e.spec.Model.NumParams())
	sr := e.honestRound(1, global)
	sr.ModelHash[0] ^= 1
	for _, id := range e.ids() {
		code, body := e.train(id, 1, &sr, global)
		if code != http.StatusBadRequest || !strings.Contains(body, "the model sent hashes to") {
			t.Fatalf("trainer %s answered a forged model hash with %d %s", id, code, body)
		}
	}
	e.waitLog(t, "refusing a secure aggregation session")
	select {
	case m := <-e.in:
		t.Fatalf("a trainer sent a stage %d message under a forged model hash", m.stage)
	default:
	}
}

// TestAttackRerolledAttempts: after a session of attempt 2, the coordinator tries to run the round
// again under attempt 2 (no new masking: the trainer keeps its one job), attempt 1 (refused: not
// above 2) and attempt MaxSecureAttempts+1 (refused: over the cap). The ring does not depend on the
// attempt or the model, so re-rolling could not move the victim's neighbours anyway.
func TestAttackRerolledAttempts(t *testing.T) {
	e := newEvilCoord(t, attackTrainers)
	global := attackGlobal(e.spec.Model.NumParams())
	sr := e.honestRound(2, global)
	for _, id := range e.ids() {
		if code, body := e.train(id, 1, &sr, global); code != http.StatusAccepted {
			t.Fatalf("honest attempt refused: %d %s", code, body)
		}
	}
	res, err := e.session(mustConfig(t, &e.spec, 1, sr), nil, tamper{})
	if err != nil || len(res.Survivors) != attackTrainers {
		t.Fatalf("honest session: %v", err)
	}
	victim := e.trainers[0].ID()
	for _, c := range []struct {
		attempt uint64
		code    int
		reason  string
	}{{2, http.StatusAccepted, ""}, {1, http.StatusConflict, "is not above attempt 2"}, {protocol.MaxSecureAttempts + 1, http.StatusBadRequest, "outside 1.."}} {
		again := e.honestRound(c.attempt, global)
		code, body := e.train(victim, 1, &again, global)
		if code != c.code || !strings.Contains(body, c.reason) {
			t.Fatalf("attempt %d: %d %s, want %d %q", c.attempt, code, body, c.code, c.reason)
		}
	}
	select {
	case m := <-e.in:
		t.Fatalf("the victim masked again (stage %d message)", m.stage)
	default:
	}
	e.waitLog(t, "is not above attempt 2")
	// The ring is the same for every attempt and any model hash.
	a := mustConfig(t, &e.spec, 1, e.honestRound(1, global))
	other := e.honestRound(5, global)
	other.ModelHash[3] ^= 0xff
	b := mustConfig(t, &e.spec, 1, other)
	for _, id := range e.ids() {
		na, _ := a.NeighboursOf(id)
		nb, _ := b.NeighboursOf(id)
		if !slices.Equal(na, nb) {
			t.Fatalf("%s: neighbours %v under attempt 1, %v under attempt 5 and another model", id, na, nb)
		}
	}
}

// TestAttackExcludeHonestTrainers: two colluders join the roster; at the masked stage the coordinator
// keeps only the victim's and the colluders' inputs, so that the sum would be the victim's update
// plus zeros. The victim sees fewer than t survivors (t > the corrupt neighbours any client has, by
// secagg.PlanParams) and refuses to go on; the excluded trainers see themselves omitted and refuse
// too.
func TestAttackExcludeHonestTrainers(t *testing.T) {
	e := newEvilCoord(t, attackTrainers-2)
	e.collude(2)
	global := attackGlobal(e.spec.Model.NumParams())
	sr := e.honestRound(1, global)
	victim := e.trainers[0].ID()
	for _, tr := range e.trainers {
		if code, body := e.train(tr.ID(), 1, &sr, global); code != http.StatusAccepted {
			t.Fatalf("train refused: %d %s", code, body)
		}
	}
	cfg := mustConfig(t, &e.spec, 1, sr)
	// The server itself would refuse so few survivors; the coordinator announces them anyway.
	few := []cohort.NodeID{victim}
	for id := range e.colluders {
		few = append(few, id)
	}
	slices.SortFunc(few, func(a, b cohort.NodeID) int { return strings.Compare(string(a[:]), string(b[:])) })
	tp := tamper{
		keep: func(stage int, sender cohort.NodeID, _ []byte) bool { return stage != 2 || sender == victim },
		replies: func(stage int, replies map[cohort.NodeID][]byte) {
			if stage == 2 {
				b, err := (&secagg.SurvivorsMsg{Header: secagg.Header{Round: cfg.Params().Round, Session: cfg.Session()}, Survivors: few}).MarshalBinary()
				if err != nil {
					t.Fatal(err)
				}
				replies[cohort.NodeID{}] = b
			}
		},
	}
	res, err := e.session(cfg, e.colluderClients(t, cfg), tp)
	if ok, diff := revealsVictim(res, e.victimDelta(t, victim, 1, global)); ok {
		t.Fatalf("the coordinator learned the victim's update (max error %g)", diff)
	}
	if err == nil {
		t.Fatalf("the session completed with survivors %v", res.Survivors)
	}
	e.waitLog(t, "survivors, need at least t =", "neighbours survived, need t =")
	t.Logf("session ended: %v", err)
}

// TestAttackSplitSurvivorSets: the coordinator tells half the trainers (with the victim) that everyone
// survived and the other half that the victim dropped, hoping for the victim's self-mask shares from
// the first half and its mask-key shares from the second. A trainer unmasks only for the survivor set
// it signed, once t of its neighbours signed the same set: the second half refuses.
func TestAttackSplitSurvivorSets(t *testing.T) {
	e := newEvilCoord(t, attackTrainers)
	global := attackGlobal(e.spec.Model.NumParams())
	sr := e.honestRound(1, global)
	ids := e.ids()
	victim := e.trainers[0].ID()
	for _, id := range ids {
		if code, body := e.train(id, 1, &sr, global); code != http.StatusAccepted {
			t.Fatalf("train refused: %d %s", code, body)
		}
	}
	cfg := mustConfig(t, &e.spec, 1, sr)
	half := map[cohort.NodeID]bool{} // told that the victim dropped
	for i, id := range ids {
		if id != victim && i%2 == 1 {
			half[id] = true
		}
	}
	sets := map[cohort.NodeID][]cohort.NodeID{} // the set each trainer was shown
	sigs := map[bool][]secagg.SignedBy{}        // consistency signatures, by half
	tp := tamper{
		keep: func(stage int, sender cohort.NodeID, body []byte) bool {
			if stage == 3 {
				var m secagg.ConsistencyMsg
				if err := m.UnmarshalBinary(body); err != nil {
					t.Fatal(err)
				}
				sigs[half[sender]] = append(sigs[half[sender]], secagg.SignedBy{Signer: m.Sender, Sig: m.Sig})
				return false
			}
			return true
		},
		replies: func(stage int, replies map[cohort.NodeID][]byte) {
			if stage == 3 { // each trainer is shown the signatures of those who signed its set
				for _, id := range ids {
					sg := slices.Clone(sigs[half[id]])
					slices.SortFunc(sg, func(a, b secagg.SignedBy) int { return strings.Compare(string(a.Signer[:]), string(b.Signer[:])) })
					q := secagg.UnmaskRequest{Header: secagg.Header{Round: cfg.Params().Round, Session: cfg.Session()}, To: id, Survivors: sets[id], Sigs: sg}
					b, err := q.MarshalBinary()
					if err != nil {
						t.Fatal(err)
					}
					replies[id] = b
				}
				return
			}
			if stage != 2 {
				return
			}
			all := replies[cohort.NodeID{}]
			var sv secagg.SurvivorsMsg
			if err := sv.UnmarshalBinary(all); err != nil {
				t.Fatal(err)
			}
			sv.Survivors = slices.DeleteFunc(sv.Survivors, func(id cohort.NodeID) bool { return id == victim })
			split, err := sv.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			delete(replies, cohort.NodeID{})
			for _, id := range ids {
				replies[id], sets[id] = all, slices.Clone(sv.Survivors)
				if half[id] {
					replies[id] = split
				} else {
					var full secagg.SurvivorsMsg
					full.UnmarshalBinary(all)
					sets[id] = full.Survivors
				}
			}
		},
	}
	res, err := e.session(cfg, nil, tp)
	if ok, diff := revealsVictim(res, e.victimDelta(t, victim, 1, global)); ok {
		t.Fatalf("the coordinator learned the victim's update (max error %g)", diff)
	}
	e.waitLog(t, "names a survivor set other than the one it signed", "neighbours signed the survivor set, need t")
	t.Logf("session ended: %v", err)
}

// TestDropoutAtEveryStage: over HTTP, one trainer drops out at each of the five stages in turn (its
// message is lost and it is told so); the session still completes, with the survivors' exact sum.
// A dropout at the first stage withholds its beacon, without which there is no ring: that session
// ends (secagg.ErrMissingBeacon) and the next attempt, without the dropout, completes.
func TestDropoutAtEveryStage(t *testing.T) {
	for stage := range stagePaths {
		t.Run(strings.TrimPrefix(stagePaths[stage], "/v1/secagg/"), func(t *testing.T) {
			e := newEvilCoord(t, attackTrainers)
			global := attackGlobal(e.spec.Model.NumParams())
			sr := e.honestRound(1, global)
			gone := e.trainers[3].ID()
			for _, id := range e.ids() {
				if code, body := e.train(id, 1, &sr, global); code != http.StatusAccepted {
					t.Fatalf("train refused: %d %s", code, body)
				}
			}
			drop := func(st int, body []byte) bool {
				if st != stage {
					return false
				}
				sender, err := senderOf(st, body)
				return err == nil && sender == gone
			}
			res, err := e.session(mustConfig(t, &e.spec, 1, sr), nil, tamper{drop: drop})
			if stage == 0 {
				if !errors.Is(err, secagg.ErrMissingBeacon) {
					t.Fatalf("a session without a client's beacon ended with %v", err)
				}
				sr = e.honestRound(2, global)
				sr.Clients = slices.DeleteFunc(sr.Clients, func(id cohort.NodeID) bool { return id == gone })
				sr.Beacons = e.roots(sr.Clients)
				for _, id := range sr.Clients {
					if code, body := e.train(id, 1, &sr, global); code != http.StatusAccepted {
						t.Fatalf("attempt 2 refused: %d %s", code, body)
					}
				}
				res, err = e.session(mustConfig(t, &e.spec, 1, sr), nil, tamper{}, len(sr.Clients))
			}
			if err != nil {
				t.Fatal(err)
			}
			// Before its masked input is in, the dropout is out of the sum; after, it is in.
			in := stage >= 3
			if slices.Contains(res.Survivors, gone) != in || len(res.Survivors) != attackTrainers-1+boolInt(in) {
				t.Fatalf("survivors %d, dropout included %v", len(res.Survivors), slices.Contains(res.Survivors, gone))
			}
			p := len(global)
			want := make([]float64, p)
			for _, id := range res.Survivors {
				for i, v := range e.victimDelta(t, id, 1, global) {
					want[i] += v // weight 12 samples x 1/12 = 1
				}
			}
			for i := range want {
				if d := res.Sum[i] - want[i]; d > 1e-4 || d < -1e-4 {
					t.Fatalf("element %d: sum %g, want %g", i, res.Sum[i], want[i])
				}
			}
			if w := res.Sum[p+1]; math.Abs(w-float64(len(res.Survivors))) > 1e-4 { // quantized weights: 16/2^24 each
				t.Fatalf("summed weight %g for %d survivors", w, len(res.Survivors))
			}
		})
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// senderOf decodes the sender of a stage message.
func senderOf(stage int, body []byte) (cohort.NodeID, error) {
	var sender cohort.NodeID
	var err error
	switch stage {
	case 0:
		var m secagg.AdvertiseMsg
		err = m.UnmarshalBinary(body)
		sender = m.Sender
	case 1:
		var m secagg.SharesMsg
		err = m.UnmarshalBinary(body)
		sender = m.Sender
	case 2:
		var m secagg.MaskedMsg
		err = m.UnmarshalBinary(body)
		sender = m.Sender
	case 3:
		var m secagg.ConsistencyMsg
		err = m.UnmarshalBinary(body)
		sender = m.Sender
	default:
		var m secagg.UnmaskMsg
		err = m.UnmarshalBinary(body)
		sender = m.Sender
	}
	return sender, err
}

// TestAttackRingGrindingOverHTTP: a coordinator that wants a ring it can compute (and grind) before
// the trainers speak names no beacon roots, or substitutes a root of its own for a victim's so that
// it knows the victim's leaf. Every trainer refuses the first before training; the victim refuses the
// second (the others would then miss its advert, and the session has no ring).
func TestAttackRingGrindingOverHTTP(t *testing.T) {
	e := newEvilCoord(t, attackTrainers)
	global := attackGlobal(e.spec.Model.NumParams())
	sr := e.honestRound(1, global)
	sr.Beacons = nil
	for _, id := range e.ids() {
		if code, body := e.train(id, 1, &sr, global); code != http.StatusBadRequest || !strings.Contains(body, "beacon") {
			t.Fatalf("trainer %s took a session without beacon roots: %d %s", id, code, body)
		}
	}
	victim := e.trainers[0].ID()
	sr = e.honestRound(1, global)
	sr.Beacons = slices.Clone(sr.Beacons)
	mine, err := secagg.NewBeaconTree([32]byte{0xee}, protocol.BeaconDepth(&e.spec))
	if err != nil {
		t.Fatal(err)
	}
	sr.Beacons[slices.Index(sr.Clients, victim)] = mine.Root()
	if code, body := e.train(victim, 1, &sr, global); code != http.StatusBadRequest || !strings.Contains(body, "beacon root") {
		t.Fatalf("the victim took a session naming a beacon root of the coordinator's: %d %s", code, body)
	}
	select {
	case m := <-e.in:
		t.Fatalf("a trainer sent a stage %d message in a session whose ring the coordinator could compute", m.stage)
	default:
	}
}
