package secagg

import (
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding"
	"encoding/binary"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/cputime"
)

// Stage names a protocol stage, for dropout plans.
type Stage int

// The stages, in order.
const (
	StageAdvertise Stage = iota + 1
	StageShareKeys
	StageMaskedInput
	StageConsistency
	StageUnmask
)

// SimOptions drives Simulate.
type SimOptions struct {
	// Input returns client i's update (len Dim) and sample weight; i indexes Params.Clients. It is
	// called once per client that reaches the masked-input stage, outside the timed client work.
	Input func(i int) ([]float64, float64)
	// DropBefore makes a client go silent before sending its message of the given stage.
	DropBefore map[cohort.NodeID]Stage
	// Workers bounds the server's unmasking goroutines; 0 means GOMAXPROCS.
	Workers int
	// Beacons are the clients' beacon trees (indexed like Params.Clients) of a config with
	// Params.Beacons; each client reveals its leaf before advertising.
	Beacons []*BeaconTree
	// Tamper, when set, may change each encoded message a client sends before the server decodes it
	// (tests of the server's refusals). A message the server refuses counts as a dropout.
	Tamper func(from cohort.NodeID, stage Stage, b []byte) []byte
}

// SimStats is what Simulate measured, per client indexed like Params.Clients.
type SimStats struct {
	ClientTime   []time.Duration         // each client's compute (wall), decoding what it received and encoding what it sent
	ClientCPU    []time.Duration         // the same as CPU time of its thread (Linux; 0 elsewhere)
	BytesSent    []int                   // encoded bytes each client sent
	ServerTime   time.Duration           // the server's compute (wall): decoding, checking, routing, summing, unmasking
	ServerCPU    time.Duration           // the same as CPU time, all of the server's goroutines (Linux; 0 elsewhere)
	ServerStage  map[Stage]time.Duration // ServerTime by stage: taking that stage's messages and closing it
	ClientErrors map[cohort.NodeID]error
	ServerErrors map[cohort.NodeID]error // client messages the server refused
}

// Simulate runs one round in memory: n clients and a server, every message encoded and decoded as the
// network would carry it, clients one after another so that each client's compute is measured alone.
// A client whose method fails drops out (its error is in the stats); the round's result or the
// server's abort error is returned. It is the reference for wiring the protocol into the nodes.
func Simulate(ctx context.Context, cfg *Config, signers []Signer, verifier Verifier, opts SimOptions) (*Result, *SimStats, error) {
	n := cfg.n()
	if len(signers) != n {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "secagg: simulate: %d signers for %d clients", len(signers), n)
	}
	if opts.Input == nil {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "secagg: simulate: no input function")
	}
	// Pin the driver to one OS thread so that thread CPU time measures each step alone.
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	sim, err := newSimRound(ctx, cfg, signers, verifier, opts)
	if err != nil {
		return nil, nil, err
	}
	st := sim.st
	rosterBytes, err := sim.advertise()
	if err != nil {
		return nil, st, err
	}
	inboxBytes, err := sim.shareKeys(rosterBytes)
	if err != nil {
		return nil, st, err
	}
	survBytes, err := sim.maskedInput(inboxBytes)
	if err != nil {
		return nil, st, err
	}
	reqBytes, err := sim.consistency(survBytes)
	if err != nil {
		return nil, st, err
	}
	res, err := sim.unmask(reqBytes)
	return res, st, err
}

// simRound is the state of one simulated round: the server, the clients still in it (nil once out)
// and what has been measured.
type simRound struct {
	ctx     context.Context
	cfg     *Config
	opts    SimOptions
	st      *SimStats
	srv     *Server
	clients []*Client
}

func newSimRound(ctx context.Context, cfg *Config, signers []Signer, verifier Verifier, opts SimOptions) (*simRound, error) {
	n := cfg.n()
	st := &SimStats{ClientTime: make([]time.Duration, n), ClientCPU: make([]time.Duration, n), BytesSent: make([]int, n),
		ClientErrors: map[cohort.NodeID]error{}, ServerErrors: map[cohort.NodeID]error{},
		ServerStage: map[Stage]time.Duration{}}
	srv := NewServer(cfg, verifier, opts.Workers)
	clients := make([]*Client, n)
	for i, sg := range signers {
		if sg.ID() != cfg.p.Clients[i] {
			return nil, cohort.Errorf(cohort.EInvalid, "secagg: simulate: signer %d is %s, want %s", i, sg.ID(), cfg.p.Clients[i])
		}
		c, err := NewClient(cfg, sg, verifier)
		if err != nil {
			return nil, err
		}
		if cfg.deferred() {
			if len(opts.Beacons) != n {
				return nil, cohort.Errorf(cohort.EInvalid, "secagg: simulate: %d beacon trees for %d clients", len(opts.Beacons), n)
			}
			v, path, err := opts.Beacons[i].Reveal(cfg.p.BeaconLeaf)
			if err == nil {
				err = c.UseBeacon(v, path)
			}
			if err != nil {
				return nil, err
			}
		}
		clients[i] = c
	}
	return &simRound{ctx: ctx, cfg: cfg, opts: opts, st: st, srv: srv, clients: clients}, nil
}

// alive reports whether client i takes part in stage, dropping it as the plan says.
func (r *simRound) alive(i int, stage Stage) bool {
	if r.clients[i] == nil || r.ctx.Err() != nil {
		return false
	}
	if s, ok := r.opts.DropBefore[r.cfg.p.Clients[i]]; ok && stage >= s {
		r.clients[i] = nil
		return false
	}
	return true
}

func (r *simRound) clientFail(i int, err error) {
	r.st.ClientErrors[r.cfg.p.Clients[i]] = err
	r.clients[i] = nil
}

// send encodes a client's message (client time), then decodes it and hands it to the server
// (server time).
func (r *simRound) send(i int, stage Stage, m encoding.BinaryMarshaler, dst encoding.BinaryUnmarshaler, add func() error) {
	st := r.st
	t0, c0 := time.Now(), cputime.Thread()
	b, err := m.MarshalBinary()
	st.ClientTime[i] += time.Since(t0)
	st.ClientCPU[i] += cputime.Thread() - c0
	if err != nil {
		r.clientFail(i, err)
		return
	}
	st.BytesSent[i] += len(b)
	if r.opts.Tamper != nil {
		b = r.opts.Tamper(r.cfg.p.Clients[i], stage, b)
	}
	t0, c0 = time.Now(), cputime.Thread()
	err = dst.UnmarshalBinary(b)
	if err == nil {
		err = add()
	}
	st.ServerTime += time.Since(t0)
	st.ServerStage[stage] += time.Since(t0)
	st.ServerCPU += cputime.Thread() - c0
	if err != nil {
		st.ServerErrors[r.cfg.p.Clients[i]] = err
	}
}

// server times a server step.
func (r *simRound) server(stage Stage, f func() error) error {
	if err := r.ctx.Err(); err != nil {
		return err
	}
	// Process CPU time: the final unmasking runs on several goroutines.
	t0, c0 := time.Now(), cputime.Process()
	err := f()
	r.st.ServerTime += time.Since(t0)
	r.st.ServerStage[stage] += time.Since(t0)
	r.st.ServerCPU += cputime.Process() - c0
	return err
}

// receive decodes a broadcast for client i (client time).
func (r *simRound) receive(i int, b []byte, dst encoding.BinaryUnmarshaler) bool {
	return r.clientStep(i, func() error { return dst.UnmarshalBinary(b) })
}

// clientStep times a step of client i; a client whose step fails drops out.
func (r *simRound) clientStep(i int, f func() error) bool {
	t0, c0 := time.Now(), cputime.Thread()
	err := f()
	r.st.ClientTime[i] += time.Since(t0)
	r.st.ClientCPU[i] += cputime.Thread() - c0
	if err != nil {
		r.clientFail(i, err)
	}
	return err == nil
}

// advertise is stage 1: every client advertises its keys; the server returns the encoded roster.
func (r *simRound) advertise() ([]byte, error) {
	for i := range r.clients {
		if !r.alive(i, StageAdvertise) {
			continue
		}
		var m *AdvertiseMsg
		if r.clientStep(i, func() (err error) { m, err = r.clients[i].AdvertiseKeys(); return }) {
			var got AdvertiseMsg
			r.send(i, StageAdvertise, m, &got, func() error { return r.srv.AddAdvertise(&got) })
		}
	}
	var rosterBytes []byte
	err := r.server(StageAdvertise, func() error {
		ro, err := r.srv.Roster()
		if err == nil {
			rosterBytes, err = ro.MarshalBinary()
		}
		return err
	})
	return rosterBytes, err
}

// shareKeys is stage 2: every client shares its keys; the server returns each client's encoded
// inbox.
func (r *simRound) shareKeys(rosterBytes []byte) (map[cohort.NodeID][]byte, error) {
	for i := range r.clients {
		if !r.alive(i, StageShareKeys) {
			continue
		}
		var ro RosterMsg
		if !r.receive(i, rosterBytes, &ro) {
			continue
		}
		var m *SharesMsg
		if r.clientStep(i, func() (err error) { m, err = r.clients[i].ShareKeys(&ro); return }) {
			var got SharesMsg
			r.send(i, StageShareKeys, m, &got, func() error { return r.srv.AddShares(&got) })
		}
	}
	inboxBytes := map[cohort.NodeID][]byte{}
	err := r.server(StageShareKeys, func() error {
		ibs, err := r.srv.Inboxes()
		for id, ib := range ibs {
			if err != nil {
				break
			}
			inboxBytes[id], err = ib.MarshalBinary()
		}
		return err
	})
	return inboxBytes, err
}

// maskedInput is stage 3: every client sends its masked input; the server returns the encoded
// survivor set.
func (r *simRound) maskedInput(inboxBytes map[cohort.NodeID][]byte) ([]byte, error) {
	for i := range r.clients {
		if !r.alive(i, StageMaskedInput) {
			continue
		}
		b, ok := inboxBytes[r.cfg.p.Clients[i]]
		if !ok {
			r.clientFail(i, errors.New("no share inbox"))
			continue
		}
		var ib ShareInbox
		if !r.receive(i, b, &ib) {
			continue
		}
		update, weight := r.opts.Input(i)
		var m *MaskedMsg
		if r.clientStep(i, func() (err error) { m, err = r.clients[i].MaskedInput(&ib, update, weight); return }) {
			// The server sums straight from the bytes, as a transport would.
			var raw rawMsg
			r.send(i, StageMaskedInput, m, &raw, func() error { return r.srv.AddMaskedBytes(raw) })
		}
	}
	var survBytes []byte
	err := r.server(StageMaskedInput, func() error {
		sv, err := r.srv.Survivors()
		if err == nil {
			survBytes, err = sv.MarshalBinary()
		}
		return err
	})
	return survBytes, err
}

// consistency is stage 4: every survivor signs the survivor set; the server returns each client's
// encoded unmask request.
func (r *simRound) consistency(survBytes []byte) (map[cohort.NodeID][]byte, error) {
	for i := range r.clients {
		if !r.alive(i, StageConsistency) {
			continue
		}
		var sv SurvivorsMsg
		if !r.receive(i, survBytes, &sv) {
			continue
		}
		if !slices.Contains(sv.Survivors, r.cfg.p.Clients[i]) {
			r.clients[i] = nil // its masked input was refused: it is out
			continue
		}
		var m *ConsistencyMsg
		if r.clientStep(i, func() (err error) { m, err = r.clients[i].ConsistencyCheck(&sv); return }) {
			var got ConsistencyMsg
			r.send(i, StageConsistency, m, &got, func() error { return r.srv.AddConsistency(&got) })
		}
	}
	reqBytes := map[cohort.NodeID][]byte{}
	err := r.server(StageConsistency, func() error {
		reqs, err := r.srv.UnmaskRequests()
		for id, rq := range reqs {
			if err != nil {
				break
			}
			reqBytes[id], err = rq.MarshalBinary()
		}
		return err
	})
	return reqBytes, err
}

// unmask is stage 5: every client asked reveals its shares; the server unmasks the sum.
func (r *simRound) unmask(reqBytes map[cohort.NodeID][]byte) (*Result, error) {
	for i := range r.clients {
		if !r.alive(i, StageUnmask) {
			continue
		}
		b, ok := reqBytes[r.cfg.p.Clients[i]]
		if !ok {
			continue
		}
		var rq UnmaskRequest
		if !r.receive(i, b, &rq) {
			continue
		}
		var m *UnmaskMsg
		if r.clientStep(i, func() (err error) { m, err = r.clients[i].Unmask(&rq); return }) {
			var got UnmaskMsg
			r.send(i, StageUnmask, m, &got, func() error { return r.srv.AddUnmask(&got) })
		}
	}
	if err := r.ctx.Err(); err != nil {
		return nil, err
	}
	var res *Result
	err := r.server(StageUnmask, func() (err error) { res, err = r.srv.Finish(); return })
	return res, err
}

// DevKeyring holds ed25519 identity keys for tests, benchmarks and local simulations; it is not the
// node's identity key (the node adapts its secp256k1 key to Signer and Verifier). A NodeID is the
// first 20 bytes of SHA-256 of the public key.
type DevKeyring struct {
	ids  []cohort.NodeID
	keys map[cohort.NodeID]ed25519.PrivateKey
}

// NewDevKeyring derives n keys deterministically from seed; IDs are returned sorted.
func NewDevKeyring(n int, seed uint64) *DevKeyring {
	k := &DevKeyring{keys: make(map[cohort.NodeID]ed25519.PrivateKey, n)}
	for i := 0; i < n; i++ {
		var b []byte
		b = append(b, "cohort/secagg/dev-key"...)
		b = binary.BigEndian.AppendUint64(b, seed)
		b = binary.BigEndian.AppendUint64(b, uint64(i))
		s := sha256.Sum256(b)
		priv := ed25519.NewKeyFromSeed(s[:])
		h := sha256.Sum256(priv.Public().(ed25519.PublicKey))
		var id cohort.NodeID
		copy(id[:], h[:20])
		k.keys[id] = priv
		k.ids = append(k.ids, id)
	}
	slices.SortFunc(k.ids, func(a, b cohort.NodeID) int { return slices.Compare(a[:], b[:]) })
	return k
}

// IDs returns the node IDs, sorted.
func (k *DevKeyring) IDs() []cohort.NodeID { return slices.Clone(k.ids) }

// Signers returns one Signer per ID, in IDs order.
func (k *DevKeyring) Signers() []Signer {
	out := make([]Signer, len(k.ids))
	for i, id := range k.ids {
		out[i] = devSigner{id, k.keys[id]}
	}
	return out
}

// Verify implements Verifier.
func (k *DevKeyring) Verify(id cohort.NodeID, digest [32]byte, sig []byte) error {
	priv, ok := k.keys[id]
	if !ok {
		return fmt.Errorf("unknown node %s", id)
	}
	if !ed25519.Verify(priv.Public().(ed25519.PublicKey), digest[:], sig) {
		return errors.New("ed25519 signature does not verify")
	}
	return nil
}

type devSigner struct {
	id   cohort.NodeID
	priv ed25519.PrivateKey
}

func (s devSigner) ID() cohort.NodeID { return s.id }

func (s devSigner) Sign(d [32]byte) ([]byte, error) { return ed25519.Sign(s.priv, d[:]), nil }

var _ Verifier = (*DevKeyring)(nil)

// rawMsg keeps a message's bytes undecoded.
type rawMsg []byte

func (r *rawMsg) UnmarshalBinary(b []byte) error { *r = b; return nil }
