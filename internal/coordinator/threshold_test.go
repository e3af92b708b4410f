package coordinator

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"slices"
	"testing"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/he"
	"github.com/cohort-net/cohort/internal/heagg"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/protocol"
)

// TestThresholdStagesRefuseBadInput opens a threshold-HE session by hand and posts malformed, foreign
// and misdirected stage messages: each gets the right 4xx and leaves the session untouched.
func TestThresholdStagesRefuseBadInput(t *testing.T) {
	spec := testSpec()
	spec.Trainers, spec.MinParticipants = 3, 2
	spec.SecureAgg = protocol.SecureThresholdHE
	spec.ThresholdHE = protocol.ThresholdSpec{StageTimeoutMS: 1000}
	cKey, _ := identity.Generate()
	c, err := New(Config{Spec: spec, DataDir: t.TempDir(), Key: cKey, Recover: identity.Recover})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	srv := httptest.NewServer(c.Handler())
	defer srv.Close()
	keys := make([]*identity.Key, 3)
	ids := make([]cohort.NodeID, 3)
	for i := range keys {
		keys[i], _ = identity.Generate()
		ids[i] = keys[i].ID()
	}
	sortIDs(ids)
	addMembers(c, ids...)
	byID := map[cohort.NodeID]*identity.Key{}
	for _, k := range keys {
		byID[k.ID()] = k
	}
	stranger, _ := identity.Generate()
	dim := c.numParams() + 2
	s := newThresholdSession(1, protocol.ThresholdRound{Attempt: 4, Clients: ids, WeightScale: 1}, dim)
	c.setThresholdSession(s)
	defer c.setThresholdSession(nil)

	post := func(path string, k *identity.Key, body []byte) int {
		t.Helper()
		ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
		defer cancel()
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, srv.URL+path, bytes.NewReader(body))
		if k != nil {
			if err := protocol.Sign(req.Header, req.Method, req.URL.Path, body, k, spec.ChainID, spec.ID, 1, time.Minute); err != nil {
				t.Fatal(err)
			}
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return 0 // accepted: the long poll outlived the client's deadline
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	msg := func(m protocol.ThresholdMsg) []byte {
		b, err := m.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	member := byID[ids[0]]
	check := func(name string, got, want int) {
		t.Helper()
		if got != want {
			t.Errorf("%s: status %d, want %d", name, got, want)
		}
	}
	ready := func(_ *identity.Key, pub []byte, attempt uint64) []byte {
		return msg(protocol.ThresholdMsg{Round: 1, Attempt: attempt, PublicKey: pub})
	}
	check("garbage", post(protocol.PathThresholdReady, member, []byte("nonsense")), 400)
	check("unsigned", post(protocol.PathThresholdReady, nil, ready(member, member.PublicKey(), 4)), 401)
	check("too many blobs", post(protocol.PathThresholdReady, member, append([]byte("CTH1\x02{}"), 0xff, 0xff, 0x7f)), 413)
	check("wrong attempt", post(protocol.PathThresholdReady, member, ready(member, member.PublicKey(), 3)), 409)
	check("stranger", post(protocol.PathThresholdReady, stranger, ready(stranger, stranger.PublicKey(), 4)), 403)
	check("another's key", post(protocol.PathThresholdReady, member, ready(member, byID[ids[1]].PublicKey(), 4)), 403)
	check("bad key", post(protocol.PathThresholdReady, member, ready(member, []byte{4, 1, 2}, 4)), 400)
	check("keys before the roster", post(protocol.PathThresholdKeys, member, msg(protocol.ThresholdMsg{Round: 1, Attempt: 4})), 403)
	if n := s.count(thReady); n != 0 {
		t.Fatalf("%d ready messages recorded after refusals", n)
	}

	// Every member is ready: close the stage by hand.
	for _, id := range ids {
		check("ready", post(protocol.PathThresholdReady, byID[id], ready(byID[id], byID[id].PublicKey(), 4)), 0)
	}
	check("second ready", post(protocol.PathThresholdReady, member, ready(member, member.PublicKey(), 4)), 409)
	replies, next, _, err := c.closeThresholdStage(s, thReady)
	if err != nil || next != 3 {
		t.Fatalf("close ready: %d %v", next, err)
	}
	s.close(thReady, replies, nil)
	check("late ready", post(protocol.PathThresholdReady, stranger, ready(stranger, stranger.PublicKey(), 4)), 403)

	party, err := he.NewThresholdParty(s.cfg, 1)
	if err != nil {
		t.Fatal(err)
	}
	pk, _ := party.PublicKeyShare()
	// Commitments: every member commits to a key share (member to pk) before any is revealed.
	commit := func(k *identity.Key, point uint64, keyShare []byte) []byte {
		c := protocol.ThresholdKeyCommitment(s.sid, point, keyShare)
		sig, _ := k.Sign(protocol.ThresholdCommitDigest(s.sid, point, c[:]))
		return msg(protocol.ThresholdMsg{Round: 1, Attempt: 4, Blobs: [][]byte{c[:], sig}})
	}
	check("keys before the commitments", post(protocol.PathThresholdKeys, member, msg(protocol.ThresholdMsg{Round: 1, Attempt: 4})), 409)
	check("commitment signed by another", post(protocol.PathThresholdCommit, member, commit(byID[ids[1]], 1, pk)), 400)
	check("commitment without signature", post(protocol.PathThresholdCommit, member, msg(protocol.ThresholdMsg{Round: 1, Attempt: 4, Blobs: [][]byte{make([]byte, 32)}})), 400)
	for i, id := range ids {
		check("commit", post(protocol.PathThresholdCommit, byID[id], commit(byID[id], uint64(i+1), append([]byte{byte(i)}, pk...))), 0)
	}
	s.mu.Lock()
	delete(s.got[thCommit], member.ID()) // member commits again, to pk itself
	s.mu.Unlock()
	check("member's commit", post(protocol.PathThresholdCommit, member, commit(member, 1, pk)), 0)
	replies, next, _, err = c.closeThresholdStage(s, thCommit)
	if err != nil || next != 3 {
		t.Fatalf("close commit: %d %v", next, err)
	}
	s.close(thCommit, replies, nil)
	sealed := bytes.Repeat([]byte{4}, identity.SealOverhead+10)
	keysMsg := func(k *identity.Key, keyShare []byte, to []uint64) []byte {
		m := protocol.ThresholdMsg{Round: 1, Attempt: 4, To: to, Blobs: [][]byte{keyShare}}
		for _, p := range to {
			sig, _ := k.Sign(protocol.ThresholdShareDigest(s.sid, 1, p, keyShare, sealed))
			m.Blobs = append(m.Blobs, sealed, sig)
		}
		return msg(m)
	}
	check("wrong recipients", post(protocol.PathThresholdKeys, member, keysMsg(member, pk, []uint64{3, 2})), 400)
	check("missing share", post(protocol.PathThresholdKeys, member, keysMsg(member, pk, []uint64{2})), 400)
	check("key share not its commitment", post(protocol.PathThresholdKeys, member, keysMsg(member, pk[:100], []uint64{2, 3})), 403)
	other, _ := he.NewThresholdParty(s.cfg, 2)
	pk2, _ := other.PublicKeyShare()
	check("another's key share (a rogue key)", post(protocol.PathThresholdKeys, member, keysMsg(member, pk2, []uint64{2, 3})), 403)
	check("signed by another", post(protocol.PathThresholdKeys, member, keysMsg(byID[ids[1]], pk, []uint64{2, 3})), 400)
	check("stranger's keys", post(protocol.PathThresholdKeys, stranger, keysMsg(stranger, pk, []uint64{2, 3})), 403)
	check("valid keys", post(protocol.PathThresholdKeys, member, keysMsg(member, pk, []uint64{2, 3})), 0)
	if n := s.count(thKeys); n != 1 {
		t.Fatalf("%d keys messages recorded, want the valid one", n)
	}

	// Updates: a ciphertext of the wrong length, and bytes that are no ciphertext.
	one := he.ThresholdConfig{Parties: []uint64{1}, Threshold: 1, CRS: s.cfg.CRS}
	p1, _ := he.NewThresholdParty(one, 1)
	share, _ := p1.PublicKeyShare()
	cpk, err := he.AggregatePublicKey(one, map[uint64][]byte{1: share})
	if err != nil {
		t.Fatal(err)
	}
	short, _ := cpk.EncryptUpdate(make([]float64, dim-1))
	sb, _ := short.MarshalBinary()
	junk := make([]byte, identity.SignatureLen)
	update := func(b []byte, sig []byte) []byte {
		return msg(protocol.ThresholdMsg{Round: 1, Attempt: 4, Blobs: [][]byte{b, sig}})
	}
	check("wrong dimension", post(protocol.PathThresholdUpdate, member, update(sb, junk)), 400)
	check("not a ciphertext", post(protocol.PathThresholdUpdate, member, update(sb[:len(sb)-8], junk)), 400)
	check("no ciphertext", post(protocol.PathThresholdUpdate, member, msg(protocol.ThresholdMsg{Round: 1, Attempt: 4})), 400)
	good, _ := cpk.EncryptUpdate(make([]float64, dim))
	gb, _ := good.MarshalBinary()
	check("unsigned update", post(protocol.PathThresholdUpdate, member, update(gb, junk)), 400)
	otherParams := bytes.Clone(gb)
	otherParams[6] ^= 1 // the parameter fingerprint
	check("other parameters", post(protocol.PathThresholdUpdate, member, update(otherParams, junk)), 400)
	otherSig, _ := byID[ids[1]].Sign(protocol.ThresholdUpdateDigest(s.sid, 1, gb))
	check("update signed by another", post(protocol.PathThresholdUpdate, member, update(gb, otherSig)), 400)
	check("decrypt outside the active set", post(protocol.PathThresholdDecrypt, member, msg(protocol.ThresholdMsg{Round: 1, Attempt: 4, Blobs: [][]byte{{1}}})), 403)
	if s.count(thUpdate) != 0 || s.count(thDecrypt) != 0 {
		t.Fatal("a refused message was recorded")
	}
}

// TestThresholdSessionSurvivesUpdateDropout runs one session against four in-test members speaking
// the protocol over HTTP; the fourth goes silent after the keys stage. The session closes the update
// stage at its deadline with three contributors (t = 3) and decrypts exactly their sum.
func TestThresholdSessionSurvivesUpdateDropout(t *testing.T) {
	spec := testSpec()
	spec.Trainers, spec.MinParticipants = 4, 2
	spec.SecureAgg = protocol.SecureThresholdHE
	spec.ThresholdHE = protocol.ThresholdSpec{StageTimeoutMS: 8000}
	cKey, _ := identity.Generate()
	c, err := New(Config{Spec: spec, DataDir: t.TempDir(), Key: cKey, Recover: identity.Recover})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	srv := httptest.NewServer(c.Handler())
	defer srv.Close()
	keys := map[cohort.NodeID]*identity.Key{}
	var ids []cohort.NodeID
	for range 4 {
		k, _ := identity.Generate()
		keys[k.ID()] = k
		ids = append(ids, k.ID())
	}
	sortIDs(ids)
	addMembers(c, ids...)
	global := make([]float64, c.numParams())
	tr := protocol.ThresholdRound{Attempt: 1, Clients: ids, WeightScale: 1}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	type result struct {
		res *thresholdResult
		err error
	}
	done := make(chan result, 1)
	go func() {
		res, err := c.runThresholdSession(ctx, 1, tr, map[cohort.NodeID]string{}, global)
		done <- result{res, err}
	}()
	for c.thresholdSession() == nil {
		time.Sleep(5 * time.Millisecond)
	}
	dim := c.numParams() + 2
	vecs := make([][]float64, 4)
	for i := range vecs {
		vecs[i] = make([]float64, dim)
		for j := range vecs[i] {
			vecs[i][j] = float64(i+1) * 0.01 * float64(j+1)
		}
	}
	post := func(k *identity.Key, path string, m protocol.ThresholdMsg) (*protocol.ThresholdMsg, error) {
		body, _ := m.MarshalBinary()
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, srv.URL+path, bytes.NewReader(body))
		if err := protocol.Sign(req.Header, req.Method, req.URL.Path, body, k, spec.ChainID, spec.ID, 1, time.Minute); err != nil {
			return nil, err
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return nil, err
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != 200 {
			return nil, fmt.Errorf("%s: %d %s", path, resp.StatusCode, b)
		}
		if path == protocol.PathThresholdDecrypt {
			return nil, nil
		}
		return protocol.UnmarshalThresholdMsg(b, protocol.DefaultThresholdLimits)
	}
	member := func(idx int) error {
		k := keys[ids[idx]]
		head := protocol.ThresholdMsg{Round: 1, Attempt: 1}
		m := head
		m.PublicKey = k.PublicKey()
		roster, err := post(k, protocol.PathThresholdReady, m)
		if err != nil {
			return err
		}
		self, err := protocol.CheckRoster(&spec, roster, ids, k.ID(), identity.AddressOf)
		if err != nil {
			return err
		}
		cfg := heagg.Config(&spec, 1, 1, len(roster.Members))
		sid := protocol.ThresholdSessionID(spec.ID, 1, 1, 1, roster.Members, cfg.Threshold)
		party, _ := he.NewThresholdParty(cfg, self)
		pk, _ := party.PublicKeyShare()
		c := protocol.ThresholdKeyCommitment(sid, self, pk)
		csig, _ := k.Sign(protocol.ThresholdCommitDigest(sid, self, c[:]))
		m = head
		m.Blobs = [][]byte{c[:], csig}
		if _, err := post(k, protocol.PathThresholdCommit, m); err != nil {
			return err
		}
		m = head
		m.Blobs = [][]byte{pk}
		for i, mem := range roster.Members {
			p := uint64(i + 1)
			sh, _ := party.ShamirShareFor(p)
			if p == self {
				party.AddShamirShare(p, sh)
				continue
			}
			sealed, _ := identity.Seal(mem.PublicKey, sh, protocol.ThresholdShareAAD(sid, self, p))
			sig, _ := k.Sign(protocol.ThresholdShareDigest(sid, self, p, pk, sealed))
			m.To = append(m.To, p)
			m.Blobs = append(m.Blobs, sealed, sig)
		}
		inbox, err := post(k, protocol.PathThresholdKeys, m)
		if err != nil {
			return err
		}
		if idx == 3 {
			return nil // drops out before sending its update
		}
		pks := map[uint64][]byte{self: pk}
		for i, from := range inbox.From {
			sh, err := k.Open(inbox.Blobs[3*i+1], protocol.ThresholdShareAAD(sid, from, self))
			if err != nil {
				return err
			}
			if err := party.AddShamirShare(from, sh); err != nil {
				return err
			}
			pks[from] = inbox.Blobs[3*i]
		}
		cpk, err := he.AggregatePublicKey(cfg, pks)
		if err != nil {
			return err
		}
		enc, _ := cpk.EncryptUpdate(vecs[idx])
		eb, _ := enc.MarshalBinary()
		sig, _ := k.Sign(protocol.ThresholdUpdateDigest(sid, self, eb))
		m = head
		m.Blobs = [][]byte{eb, sig}
		sumMsg, err := post(k, protocol.PathThresholdUpdate, m)
		if err != nil {
			return err
		}
		if len(sumMsg.Blobs) == 0 {
			return fmt.Errorf("member %d left out of the active set %v", idx, sumMsg.Active)
		}
		var us []*he.EncryptedUpdate
		for i := range sumMsg.Contributors {
			u, err := he.UnmarshalEncryptedUpdate(sumMsg.Blobs[2*i], dim)
			if err != nil {
				return err
			}
			us = append(us, u)
		}
		sum, _ := he.SumUpdates(us...)
		share, err := party.DecryptionShare(sum, sumMsg.Active)
		if err != nil {
			return err
		}
		m = head
		m.Blobs = [][]byte{share}
		_, err = post(k, protocol.PathThresholdDecrypt, m)
		return err
	}
	errs := make(chan error, 4)
	for i := range 4 {
		go func() { errs <- member(i) }()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	r := <-done
	if r.err != nil {
		t.Fatal(r.err)
	}
	if len(r.res.contributors) != 3 || !slices.Equal(r.res.contributors, ids[:3]) {
		t.Fatalf("contributors %v, want the first three members", r.res.contributors)
	}
	for j, got := range r.res.sum {
		want := vecs[0][j] + vecs[1][j] + vecs[2][j]
		if math.Abs(got-want) > 1e-3 { // encryption and smudging noise: about 1e-5
			t.Fatalf("sum[%d] = %g, want %g", j, got, want)
		}
	}
}

// addMembers makes ids trainers of c's task, as if they had joined (sessions opened by hand).
func addMembers(c *Coordinator, ids ...cohort.NodeID) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, id := range ids {
		c.members[id] = 10
	}
}
