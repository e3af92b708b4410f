package secagg

import (
	"context"
	"errors"
	"math"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"

	"github.com/cohort-net/cohort"
)

type fixture struct {
	cfg     *Config
	keys    *DevKeyring
	signers []Signer
	updates [][]float64
	weights []float64
}

func newFixture(t testing.TB, n, k, thr, dim int) *fixture {
	return newFixtureRound(t, n, k, thr, dim, 3)
}

func newFixtureRound(t testing.TB, n, k, thr, dim int, round uint64) *fixture {
	t.Helper()
	keys := NewDevKeyring(n, 7)
	p := Params{
		Clients: keys.IDs(), Neighbours: k, Threshold: thr, Bits: 20, ClipRange: 2, Dim: dim,
		TaskID: "task-1", Round: round, Seed: [32]byte{1, 2, 3},
	}
	cfg, err := NewConfig(p)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	f := &fixture{cfg: cfg, keys: keys, signers: keys.Signers()}
	for i := 0; i < n; i++ {
		u := make([]float64, dim)
		for a := range u {
			u[a] = rng.Float64()*4 - 2
		}
		u[0] = 3 // clipped to 2
		f.updates = append(f.updates, u)
		f.weights = append(f.weights, float64(1+rng.IntN(100)))
	}
	return f
}

func (f *fixture) input(i int) ([]float64, float64) { return f.updates[i], f.weights[i] }

// check compares res with the plaintext sum over its survivors, within the quantization error.
func (f *fixture) check(t *testing.T, res *Result) {
	t.Helper()
	cfg := f.cfg
	want := make([]float64, cfg.VectorLen())
	m := 0
	for _, id := range res.Survivors {
		i := cfg.index[id]
		m++
		for a, x := range f.updates[i] {
			want[a] += math.Max(-2, math.Min(2, x))
		}
		want[cfg.p.Dim] += f.weights[i]
	}
	if len(res.Sum) != len(want) {
		t.Fatalf("sum has %d elements, want %d", len(res.Sum), len(want))
	}
	step := 2 * cfg.p.ClipRange / float64(cfg.levels)
	for a := range want {
		tol := float64(m)*step + 1e-9
		if a == cfg.p.Dim {
			tol = 1e-9 // integer weights are exact
		}
		if d := math.Abs(res.Sum[a] - want[a]); d > tol {
			t.Fatalf("element %d: got %v, want %v (diff %g > %g)", a, res.Sum[a], want[a], d, tol)
		}
	}
}

func TestMasksCancel(t *testing.T) {
	for _, tc := range []struct{ n, k, thr int }{{2, 1, 1}, {5, 4, 3}, {12, 4, 3}, {20, 6, 5}} {
		f := newFixture(t, tc.n, tc.k, tc.thr, 50)
		res, st, err := Simulate(context.Background(), f.cfg, f.signers, f.keys, SimOptions{Input: f.input})
		if err != nil {
			t.Fatalf("n=%d: %v (client errors %v)", tc.n, err, st.ClientErrors)
		}
		if len(res.Survivors) != tc.n || len(res.Dropped) != 0 {
			t.Fatalf("n=%d: %d survivors, %d dropped", tc.n, len(res.Survivors), len(res.Dropped))
		}
		f.check(t, res)
	}
}

func TestModulus64(t *testing.T) {
	keys := NewDevKeyring(6, 1)
	cfg, err := NewConfig(Params{Clients: keys.IDs(), Neighbours: 4, Threshold: 3, Bits: 40, ClipRange: 1, Dim: 10, TaskID: "t", Round: 1})
	if err != nil {
		t.Fatal(err)
	}
	if cfg.ModulusBits() != 64 {
		t.Fatalf("modulus %d bits, want 64", cfg.ModulusBits())
	}
	f := &fixture{cfg: cfg, keys: keys, signers: keys.Signers()}
	for i := 0; i < 6; i++ {
		u := make([]float64, 10)
		for a := range u {
			u[a] = float64(a-i) / 10
		}
		f.updates = append(f.updates, u)
		f.weights = append(f.weights, float64(i))
	}
	cfg.p.ClipRange = 2 // check() clips at 2; values here are within 1
	res, _, err := Simulate(context.Background(), cfg, f.signers, keys, SimOptions{Input: f.input})
	cfg.p.ClipRange = 1
	if err != nil {
		t.Fatal(err)
	}
	f.check(t, res)
}

func TestConfigValidation(t *testing.T) {
	keys := NewDevKeyring(10, 1)
	ok := Params{Clients: keys.IDs(), Neighbours: 4, Threshold: 3, Bits: 16, ClipRange: 1, Dim: 4, TaskID: "t"}
	if _, err := NewConfig(ok); err != nil {
		t.Fatal(err)
	}
	bad := map[string]func(p *Params){
		"threshold too low":  func(p *Params) { p.Threshold = 2 },
		"threshold too high": func(p *Params) { p.Threshold = 5 },
		"odd k":              func(p *Params) { p.Neighbours = 5 },
		"unsorted":           func(p *Params) { p.Clients = []cohort.NodeID{p.Clients[1], p.Clients[0]} },
		"bits":               func(p *Params) { p.Bits = 60 },
		"clip":               func(p *Params) { p.ClipRange = 0 },
		"dim":                func(p *Params) { p.Dim = 0 },
		"task":               func(p *Params) { p.TaskID = "" },
	}
	for name, mut := range bad {
		p := ok
		p.Clients = keys.IDs()
		mut(&p)
		if _, err := NewConfig(p); cohort.Code(err) != cohort.EInvalid {
			t.Errorf("%s: got %v, want an invalid error", name, err)
		}
	}
	// The ring: everyone has k neighbours, symmetric, and the seed changes it.
	c1, _ := NewConfig(ok)
	for i, nb := range c1.nbrs {
		if len(nb) != 4 {
			t.Fatalf("client %d has %d neighbours", i, len(nb))
		}
		for _, j := range nb {
			if !c1.isNbr[j][i] {
				t.Fatalf("neighbourhood not symmetric: %d-%d", i, j)
			}
		}
	}
	p2 := ok
	p2.Seed[0] = 9
	c2, _ := NewConfig(p2)
	same := true
	for i := range c1.nbrs {
		if !equalInts(c1.nbrs[i], c2.nbrs[i]) {
			same = false
		}
	}
	if same {
		t.Fatal("a different seed gave the same ring")
	}
	if c1.Session() == c2.Session() {
		t.Fatal("a different seed gave the same session")
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestDropoutsAtEachStage(t *testing.T) {
	for _, stage := range []Stage{StageAdvertise, StageShareKeys, StageMaskedInput, StageConsistency, StageUnmask} {
		f := newFixture(t, 16, 6, 4, 30)
		ids := f.cfg.p.Clients
		drop := map[cohort.NodeID]Stage{ids[2]: stage, ids[9]: stage}
		res, st, err := Simulate(context.Background(), f.cfg, f.signers, f.keys, SimOptions{Input: f.input, DropBefore: drop})
		if err != nil {
			t.Fatalf("drop before stage %d: %v (client errors %v)", stage, err, st.ClientErrors)
		}
		wantSurvivors := 16
		if stage <= StageMaskedInput {
			wantSurvivors = 14 // dropped before their input counted
		}
		if len(res.Survivors) != wantSurvivors {
			t.Fatalf("stage %d: %d survivors, want %d", stage, len(res.Survivors), wantSurvivors)
		}
		f.check(t, res)
	}
}

func TestDropoutsMixed(t *testing.T) {
	f := newFixture(t, 30, 8, 5, 20)
	// Pick one client per stage (two for masked input) so that no client loses more than two of its
	// eight neighbours: every secret keeps t = 5 holders.
	stages := []Stage{StageAdvertise, StageShareKeys, StageMaskedInput, StageMaskedInput, StageConsistency, StageUnmask}
	lost := make([]int, 30)
	drop := map[cohort.NodeID]Stage{}
	for j := 0; j < 30 && len(drop) < len(stages); j++ {
		ok := true
		for _, c := range f.cfg.nbrs[j] {
			ok = ok && lost[c] < 2
		}
		if !ok {
			continue
		}
		for _, c := range f.cfg.nbrs[j] {
			lost[c]++
		}
		drop[f.cfg.p.Clients[j]] = stages[len(drop)]
	}
	if len(drop) != len(stages) {
		t.Fatalf("could only place %d dropouts", len(drop))
	}
	res, st, err := Simulate(context.Background(), f.cfg, f.signers, f.keys, SimOptions{Input: f.input, DropBefore: drop})
	if err != nil {
		t.Fatalf("%v (client errors %v)", err, st.ClientErrors)
	}
	if len(res.Survivors) != 26 {
		t.Fatalf("%d survivors, want 26", len(res.Survivors))
	}
	f.check(t, res)
}

func TestTooManyDropoutsAborts(t *testing.T) {
	f := newFixture(t, 12, 4, 3, 10)
	// Drop two neighbours of client 0 and client 0's other neighbours stay: with k=4 and t=3, losing
	// 2 of 4 neighbours leaves 2 < t holders of client 0's self-mask seed.
	nb := f.cfg.nbrs[0]
	drop := map[cohort.NodeID]Stage{f.cfg.p.Clients[nb[0]]: StageMaskedInput, f.cfg.p.Clients[nb[1]]: StageMaskedInput}
	_, st, err := Simulate(context.Background(), f.cfg, f.signers, f.keys, SimOptions{Input: f.input, DropBefore: drop})
	if err == nil {
		t.Fatal("round completed with too few holders")
	}
	if cohort.Code(err) != cohort.EUnavailable || !strings.Contains(err.Error(), "need t = 3") || !errors.Is(err, ErrTooFew) {
		t.Fatalf("got %v", err)
	}
	_ = st
}

func TestTooFewClientsAborts(t *testing.T) {
	f := newFixture(t, 6, 4, 3, 10)
	drop := map[cohort.NodeID]Stage{}
	for _, id := range f.cfg.p.Clients[:3] {
		drop[id] = StageAdvertise
	}
	_, _, err := Simulate(context.Background(), f.cfg, f.signers, f.keys, SimOptions{Input: f.input, DropBefore: drop})
	if cohort.Code(err) != cohort.EUnavailable {
		t.Fatalf("got %v, want unavailable", err)
	}
}

// harness drives the stages by hand for the adversarial tests.
type harness struct {
	*fixture
	srv     *Server
	clients []*Client
	roster  *RosterMsg
	inboxes map[cohort.NodeID]*ShareInbox
	surv    *SurvivorsMsg
	reqs    map[cohort.NodeID]*UnmaskRequest
}

func newHarness(t testing.TB, n, k, thr int) *harness {
	t.Helper()
	h := &harness{fixture: newFixture(t, n, k, thr, 8)}
	h.srv = NewServer(h.cfg, h.keys, 2)
	for _, s := range h.signers {
		c, err := NewClient(h.cfg, s, h.keys)
		if err != nil {
			t.Fatal(err)
		}
		h.clients = append(h.clients, c)
	}
	return h
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func (h *harness) advertise(t testing.TB) []*AdvertiseMsg {
	var out []*AdvertiseMsg
	for _, c := range h.clients {
		m, err := c.AdvertiseKeys()
		must(t, err)
		must(t, h.srv.AddAdvertise(m))
		out = append(out, m)
	}
	var err error
	h.roster, err = h.srv.Roster()
	must(t, err)
	return out
}

func (h *harness) share(t testing.TB) []*SharesMsg {
	var out []*SharesMsg
	for _, c := range h.clients {
		m, err := c.ShareKeys(h.roster)
		must(t, err)
		must(t, h.srv.AddShares(m))
		out = append(out, m)
	}
	var err error
	h.inboxes, err = h.srv.Inboxes()
	must(t, err)
	return out
}

func (h *harness) mask(t testing.TB) []*MaskedMsg {
	var out []*MaskedMsg
	for i, c := range h.clients {
		m, err := c.MaskedInput(h.inboxes[c.ID()], h.updates[i], h.weights[i])
		must(t, err)
		must(t, h.srv.AddMasked(m))
		out = append(out, m)
	}
	var err error
	h.surv, err = h.srv.Survivors()
	must(t, err)
	return out
}

func (h *harness) consist(t testing.TB) {
	for _, c := range h.clients {
		m, err := c.ConsistencyCheck(h.surv)
		must(t, err)
		must(t, h.srv.AddConsistency(m))
	}
	var err error
	h.reqs, err = h.srv.UnmaskRequests()
	must(t, err)
}

func TestMaliciousServerAsksForBothShares(t *testing.T) {
	h := newHarness(t, 8, 4, 3)
	h.advertise(t)
	h.share(t)
	h.mask(t)
	h.consist(t)
	victim := h.clients[0]
	req := h.reqs[victim.ID()]
	first, err := victim.Unmask(req)
	must(t, err)
	// Asking again for the same thing is a harmless retry.
	if _, err := victim.Unmask(req); err != nil {
		t.Fatalf("retry refused: %v", err)
	}
	// Now claim that one of the victim's neighbours dropped, to get its key share too.
	target := h.cfg.p.Clients[h.cfg.nbrs[0][0]]
	forged := *req
	forged.Survivors = nil
	for _, id := range req.Survivors {
		if id != target {
			forged.Survivors = append(forged.Survivors, id)
		}
	}
	_, err = victim.Unmask(&forged)
	if cohort.Code(err) != cohort.EForbidden || !strings.Contains(err.Error(), "refuses to reveal both") {
		t.Fatalf("double-share request: got %v, want a forbidden refusal", err)
	}
	// A client shown the forged set from the start refuses to sign it after signing the real one.
	if _, err := victim.ConsistencyCheck(&SurvivorsMsg{Header: h.surv.Header, Survivors: forged.Survivors}); cohort.Code(err) != cohort.EConflict {
		t.Fatalf("second survivor set: got %v", err)
	}
	for _, e := range first.Entries {
		if e.Kind != KindSelfMask {
			t.Fatalf("revealed kind %d of a survivor", e.Kind)
		}
	}
}

func TestUnmaskNeedsNeighbourSignatures(t *testing.T) {
	h := newHarness(t, 8, 4, 3)
	h.advertise(t)
	h.share(t)
	h.mask(t)
	h.consist(t)
	c := h.clients[1]
	req := *h.reqs[c.ID()]
	req.Sigs = req.Sigs[:2] // t-1 signatures
	if _, err := c.Unmask(&req); cohort.Code(err) != cohort.EUnauthorized {
		t.Fatalf("t-1 signatures: got %v", err)
	}
	req = *h.reqs[c.ID()]
	req.Sigs = append([]SignedBy(nil), req.Sigs...)
	req.Sigs[0].Sig = append([]byte(nil), req.Sigs[0].Sig...)
	req.Sigs[0].Sig[3] ^= 1
	if _, err := c.Unmask(&req); cohort.Code(err) != cohort.EUnauthorized {
		t.Fatalf("tampered signature: got %v", err)
	}
	// Unmask before the consistency check is out of order.
	h2 := newHarness(t, 5, 4, 3)
	h2.advertise(t)
	h2.share(t)
	h2.mask(t)
	if _, err := h2.clients[0].Unmask(&UnmaskRequest{Header: h2.cfg.header(), To: h2.clients[0].ID(), Survivors: h2.surv.Survivors}); cohort.Code(err) != cohort.EConflict {
		t.Fatalf("unmask before consistency: got %v", err)
	}
}

func TestServerRefusesBadMessages(t *testing.T) {
	h := newHarness(t, 8, 4, 3)
	ads := h.advertise(t)
	// Replays and late messages.
	if err := h.srv.AddAdvertise(ads[0]); cohort.Code(err) != cohort.EConflict {
		t.Fatalf("late advertise: got %v", err)
	}
	sh := make([]*SharesMsg, len(h.clients))
	for i, c := range h.clients {
		m, err := c.ShareKeys(h.roster)
		must(t, err)
		sh[i] = m
	}
	// Forged signature.
	bad := *sh[0]
	bad.Sig = append([]byte(nil), bad.Sig...)
	bad.Sig[0] ^= 1
	if err := h.srv.AddShares(&bad); cohort.Code(err) != cohort.EUnauthorized {
		t.Fatalf("forged shares: got %v", err)
	}
	// Wrong round and wrong session.
	wr := *sh[0]
	wr.Round++
	if err := h.srv.AddShares(&wr); cohort.Code(err) != cohort.EConflict || !strings.Contains(err.Error(), "round") {
		t.Fatalf("wrong round: got %v", err)
	}
	ws := *sh[0]
	ws.Session[0] ^= 1
	if err := h.srv.AddShares(&ws); cohort.Code(err) != cohort.EConflict {
		t.Fatalf("wrong session: got %v", err)
	}
	// Sender impersonation: a valid message of client 0 relabelled as client 1.
	imp := *sh[0]
	imp.Sender = h.clients[1].ID()
	if err := h.srv.AddShares(&imp); cohort.Code(err) != cohort.EUnauthorized {
		t.Fatalf("impersonation: got %v", err)
	}
	for _, m := range sh {
		must(t, h.srv.AddShares(m))
	}
	if err := h.srv.AddShares(sh[0]); cohort.Code(err) != cohort.EConflict || !errors.Is(err, ErrReplayed) {
		t.Fatalf("replayed shares: got %v", err)
	}
	// Masked input before the inbox stage closed is out of order.
	var err error
	h.inboxes, err = h.srv.Inboxes()
	must(t, err)
	// Wrong vector length.
	c0 := h.clients[0]
	if _, err := c0.MaskedInput(h.inboxes[c0.ID()], h.updates[0][:3], 1); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("short update: got %v", err)
	}
	m0, err := c0.MaskedInput(h.inboxes[c0.ID()], h.updates[0], h.weights[0])
	must(t, err)
	short := *m0
	short.Vector = short.Vector[:len(short.Vector)-1]
	if err := h.srv.AddMasked(&short); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("short masked vector: got %v", err)
	}
	tam := *m0
	tam.Vector = append([]uint64(nil), m0.Vector...)
	tam.Vector[2]++
	if err := h.srv.AddMasked(&tam); cohort.Code(err) != cohort.EUnauthorized {
		t.Fatalf("tampered masked vector: got %v", err)
	}
	must(t, h.srv.AddMasked(m0))
	if err := h.srv.AddMasked(m0); cohort.Code(err) != cohort.EConflict || !errors.Is(err, ErrReplayed) {
		t.Fatalf("replayed masked: got %v", err)
	}
	// Out of order: a consistency message while masked inputs are open.
	if err := h.srv.AddConsistency(&ConsistencyMsg{Header: h.cfg.header(), Sender: c0.ID(), Sig: []byte{1}}); cohort.Code(err) != cohort.EConflict {
		t.Fatalf("early consistency: got %v", err)
	}
	for i, c := range h.clients[1:] {
		m, err := c.MaskedInput(h.inboxes[c.ID()], h.updates[i+1], h.weights[i+1])
		must(t, err)
		must(t, h.srv.AddMasked(m))
	}
	h.surv, err = h.srv.Survivors()
	must(t, err)
	h.consist(t)
	// A tampered share in an unmask message fails its dealer's commitment.
	c1 := h.clients[1]
	um, err := c1.Unmask(h.reqs[c1.ID()])
	must(t, err)
	tum := *um
	tum.Entries = append([]RevealedShare(nil), um.Entries...)
	tum.Entries[0].Share[32] ^= 1
	tum.Sig, err = h.signers[1].Sign(tum.digest()) // a malicious client signs its own lie
	must(t, err)
	if err := h.srv.AddUnmask(&tum); cohort.Code(err) != cohort.EUnauthorized || !strings.Contains(err.Error(), "commitment") {
		t.Fatalf("lying unmask: got %v", err)
	}
	for _, c := range h.clients {
		m, err := c.Unmask(h.reqs[c.ID()])
		must(t, err)
		must(t, h.srv.AddUnmask(m))
	}
	res, err := h.srv.Finish()
	must(t, err)
	h.check(t, res)
}

func TestClientRefusesBadMessages(t *testing.T) {
	h := newHarness(t, 6, 4, 3)
	h.advertise(t)
	c := h.clients[0]
	// A forged roster entry for a neighbour.
	r := *h.roster
	r.Entries = append([]AdvertiseMsg(nil), h.roster.Entries...)
	for a := range r.Entries {
		if j := h.cfg.index[r.Entries[a].Sender]; h.cfg.isNbr[0][j] {
			r.Entries[a].MaskKey[0] ^= 1
			break
		}
	}
	if _, err := c.ShareKeys(&r); cohort.Code(err) != cohort.EUnauthorized {
		t.Fatalf("forged roster entry: got %v", err)
	}
	wr := *h.roster
	wr.Round = 99
	if _, err := c.ShareKeys(&wr); cohort.Code(err) != cohort.EConflict {
		t.Fatalf("roster for another round: got %v", err)
	}
	h.share(t)
	ib := *h.inboxes[c.ID()]
	ib.Entries = append([]InboxEntry(nil), ib.Entries...)
	ib.Entries[1].Ciphertext = append([]byte(nil), ib.Entries[1].Ciphertext...)
	ib.Entries[1].Ciphertext[5] ^= 1
	if _, err := c.MaskedInput(&ib, h.updates[0], 1); cohort.Code(err) != cohort.EUnauthorized {
		t.Fatalf("tampered ciphertext: got %v", err)
	}
	// A misrouted inbox: another client's shares.
	other := *h.inboxes[h.clients[1].ID()]
	other.To = c.ID()
	if _, err := c.MaskedInput(&other, h.updates[0], 1); err == nil {
		t.Fatal("misrouted inbox accepted")
	}
	// Out of order.
	if _, err := c.ConsistencyCheck(&SurvivorsMsg{Header: h.cfg.header()}); cohort.Code(err) != cohort.EConflict {
		t.Fatalf("early consistency: got %v", err)
	}
	if _, err := c.AdvertiseKeys(); cohort.Code(err) != cohort.EConflict {
		t.Fatalf("second advertise: got %v", err)
	}
	// Bad inputs.
	if _, err := c.MaskedInput(h.inboxes[c.ID()], h.updates[0], -1); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("negative weight: got %v", err)
	}
	nan := append([]float64(nil), h.updates[0]...)
	nan[1] = math.NaN()
	if _, err := c.MaskedInput(h.inboxes[c.ID()], nan, 1); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("NaN: got %v", err)
	}
	// The honest inbox still works after the refusals.
	if _, err := c.MaskedInput(h.inboxes[c.ID()], h.updates[0], 1); err != nil {
		t.Fatal(err)
	}
}

func TestSimulateTamperedMessagesCountAsDropouts(t *testing.T) {
	f := newFixture(t, 14, 6, 4, 16)
	victim := f.cfg.p.Clients[4]
	tamper := func(from cohort.NodeID, stage Stage, b []byte) []byte {
		if from == victim && stage == StageMaskedInput {
			b = append([]byte(nil), b...)
			b[len(b)/2] ^= 0x40
		}
		return b
	}
	res, st, err := Simulate(context.Background(), f.cfg, f.signers, f.keys, SimOptions{Input: f.input, Tamper: tamper})
	if err != nil {
		t.Fatal(err)
	}
	if e := st.ServerErrors[victim]; cohort.Code(e) != cohort.EUnauthorized {
		t.Fatalf("server error for the tampered input: %v", e)
	}
	if len(res.Survivors) != 13 {
		t.Fatalf("%d survivors, want 13", len(res.Survivors))
	}
	f.check(t, res)
}

func TestServerAbortIsSticky(t *testing.T) {
	h := newHarness(t, 6, 4, 3)
	m, err := h.clients[0].AdvertiseKeys()
	must(t, err)
	must(t, h.srv.AddAdvertise(m))
	_, err = h.srv.Roster()
	if cohort.Code(err) != cohort.EUnavailable {
		t.Fatalf("roster with one client: %v", err)
	}
	if _, err2 := h.srv.Inboxes(); !errors.Is(err2, err) {
		t.Fatalf("after abort: %v", err2)
	}
}

func TestServerConcurrentMessages(t *testing.T) {
	h := newHarness(t, 12, 6, 4)
	h.advertise(t)
	h.share(t)
	var wg sync.WaitGroup
	for i, c := range h.clients {
		m, err := c.MaskedInput(h.inboxes[c.ID()], h.updates[i], h.weights[i])
		must(t, err)
		b, err := m.MarshalBinary()
		must(t, err)
		wg.Add(2)
		for r := 0; r < 2; r++ { // each message twice, concurrently: one is accepted, one refused
			go func() {
				defer wg.Done()
				if err := h.srv.AddMaskedBytes(b); err != nil && cohort.Code(err) != cohort.EConflict {
					t.Errorf("client %d: %v", i, err)
				}
			}()
		}
	}
	wg.Wait()
	var err error
	h.surv, err = h.srv.Survivors()
	must(t, err)
	if len(h.surv.Survivors) != 12 {
		t.Fatalf("%d survivors", len(h.surv.Survivors))
	}
	h.consist(t)
	for _, c := range h.clients {
		m, err := c.Unmask(h.reqs[c.ID()])
		must(t, err)
		must(t, h.srv.AddUnmask(m))
	}
	res, err := h.srv.Finish()
	must(t, err)
	h.check(t, res)
}

// TestSharesFromAnotherRoundRefused replays last round's sealed shares, under this round's header, into
// a client's inbox: the AEAD keys and associated data bind the round, so they do not open.
func TestSharesFromAnotherRoundRefused(t *testing.T) {
	old := &harness{fixture: newFixtureRound(t, 6, 4, 3, 8, 2)}
	old.srv = NewServer(old.cfg, old.keys, 1)
	for _, s := range old.signers {
		c, err := NewClient(old.cfg, s, old.keys)
		must(t, err)
		old.clients = append(old.clients, c)
	}
	old.advertise(t)
	old.share(t)
	h := newHarness(t, 6, 4, 3) // the same clients, round 3
	h.advertise(t)
	h.share(t)
	c := h.clients[0]
	replay := *old.inboxes[c.ID()]
	replay.Header = h.cfg.header()
	if _, err := c.MaskedInput(&replay, h.updates[0], 1); cohort.Code(err) != cohort.EUnauthorized {
		t.Fatalf("last round's shares: got %v", err)
	}
	if _, err := c.MaskedInput(old.inboxes[c.ID()], h.updates[0], 1); cohort.Code(err) != cohort.EConflict {
		t.Fatalf("last round's inbox: got %v", err)
	}
	// Last round's signed shares message is refused by this round's server.
	if err := h.srv.AddAdvertise(&AdvertiseMsg{Header: old.cfg.header(), Sender: c.ID()}); cohort.Code(err) != cohort.EConflict {
		t.Fatalf("last round's advertise: got %v", err)
	}
}

func TestServerPending(t *testing.T) {
	h := newHarness(t, 6, 4, 3)
	if h.srv.Stage() != StageAdvertise || len(h.srv.Pending()) != 6 {
		t.Fatalf("stage %d, %d pending", h.srv.Stage(), len(h.srv.Pending()))
	}
	m, err := h.clients[0].AdvertiseKeys()
	must(t, err)
	must(t, h.srv.AddAdvertise(m))
	if p := h.srv.Pending(); len(p) != 5 || p[0] == h.clients[0].ID() {
		t.Fatalf("pending after one advert: %v", p)
	}
	for _, c := range h.clients[1:] {
		m, err := c.AdvertiseKeys()
		must(t, err)
		must(t, h.srv.AddAdvertise(m))
	}
	if len(h.srv.Pending()) != 0 {
		t.Fatal("pending after every advert")
	}
	h.roster, err = h.srv.Roster()
	must(t, err)
	if h.srv.Stage() != StageShareKeys || len(h.srv.Pending()) != 6 {
		t.Fatalf("stage %d, %d pending", h.srv.Stage(), len(h.srv.Pending()))
	}
}

// TestInconsistentMasksAbort has one client mask with a self-mask seed other than the one it shared:
// the server's reconstruction matches the commitment but the masks do not cancel, and the range check
// on the unmasked sum turns what would be a wrong sum into an abort.
func TestInconsistentMasksAbort(t *testing.T) {
	h := newHarness(t, 8, 4, 3)
	h.advertise(t)
	h.share(t)
	cheat := h.clients[3]
	cheat.selfSeed = make([]byte, 32) // not the seed it shared
	h.mask(t)
	h.consist(t)
	for _, c := range h.clients {
		m, err := c.Unmask(h.reqs[c.ID()])
		must(t, err)
		must(t, h.srv.AddUnmask(m))
	}
	res, err := h.srv.Finish()
	if err == nil {
		t.Fatalf("wrong sum returned: %v", res.Sum[:3])
	}
	if cohort.Code(err) != cohort.EConflict || !strings.Contains(err.Error(), "out of range") {
		t.Fatalf("got %v", err)
	}
}
