package secagg

import (
	"crypto/ecdh"
	"errors"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"

	"github.com/cohort-net/cohort"
)

type serverStage int

const (
	serverAdvertise serverStage = iota
	serverShares
	serverMasked
	serverConsistency
	serverUnmask
	serverDone
)

var serverStageNames = [...]string{"advertise keys", "share keys", "masked input", "consistency check", "unmask", "done"}

// Result is what a completed round yields.
type Result struct {
	Sum       []float64       // the de-quantized sum of the survivors' updates; element Dim is their summed weight
	Survivors []cohort.NodeID // the clients whose inputs are in Sum
	Dropped   []cohort.NodeID // invited clients whose inputs are not
}

// Server is the coordinator's side of a round. Add* methods take one client message each and may be
// called concurrently (the transport's handlers); the closing methods (Roster, Inboxes, Survivors,
// UnmaskRequests, Finish) end a stage when the caller decides (every message arrived or a deadline
// passed) and return what to send next. A closing method called again returns the same answer.
// When a stage cannot complete the server aborts: every later call returns the same error, which
// names the reason.
type Server struct {
	cfg      *Config
	ring     *Config // cfg with its ring: cfg itself, or derived from the beacons when stage 1 closes
	verifier Verifier
	workers  int

	mu       sync.Mutex
	stage    serverStage
	abortErr error

	adverts  map[int]*AdvertiseMsg
	maskPubs map[int]*ecdh.PublicKey
	roster   *RosterMsg

	shares  map[int]*SharesMsg
	inU2    []bool
	inboxes map[cohort.NodeID]*ShareInbox

	acc      []uint64
	masked   map[int][32]byte
	inU3     []bool
	surv     *SurvivorsMsg
	survHash [32]byte

	consist   map[int][]byte
	requested []bool
	requests  map[cohort.NodeID]*UnmaskRequest

	unmasked   map[int]bool
	selfShares map[int][]share
	keyShares  map[int][]share

	result *Result
}

// NewServer starts the server's side of the round described by cfg. workers bounds the goroutines of
// the final unmasking; 0 means GOMAXPROCS.
func NewServer(cfg *Config, verifier Verifier, workers int) *Server {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var ring *Config
	if !cfg.deferred() {
		ring = cfg
	}
	return &Server{
		cfg: cfg, ring: ring, verifier: verifier, workers: workers,
		adverts: map[int]*AdvertiseMsg{}, maskPubs: map[int]*ecdh.PublicKey{},
		shares: map[int]*SharesMsg{}, masked: map[int][32]byte{}, consist: map[int][]byte{},
		unmasked: map[int]bool{}, selfShares: map[int][]share{}, keyShares: map[int][]share{},
	}
}

// sender resolves and checks a message's header and sender.
func (s *Server) sender(h Header, id cohort.NodeID, what string) (int, error) {
	if err := s.cfg.checkHeader(h, what); err != nil {
		return 0, err
	}
	i, ok := s.cfg.index[id]
	if !ok {
		return 0, cohort.Errorf(cohort.EForbidden, "secagg: %s from %s, not a client of this round", what, id)
	}
	return i, nil
}

func (s *Server) verify(id cohort.NodeID, d [32]byte, sig []byte, what string) error {
	if err := s.verifier.Verify(id, d, sig); err != nil {
		return cohort.Errorf(cohort.EUnauthorized, "secagg: %s from %s: bad signature: %w", what, id, err)
	}
	return nil
}

// inStage checks, with s.mu held, that the round is open and in stage want.
func (s *Server) inStage(want serverStage, what string) error {
	if s.abortErr != nil {
		return s.abortErr
	}
	if s.stage != want {
		return cohort.Errorf(cohort.EConflict, "secagg: %s message arrived in stage %q (late, replayed or out of order)", what, serverStageNames[s.stage])
	}
	return nil
}

// Sentinels under the coded errors, for callers that act on the cause: a transport may treat
// ErrReplayed on a retry as delivered, and a coordinator may start a new round after ErrTooFew.
var (
	ErrReplayed = errors.New("replayed")
	ErrTooFew   = errors.New("too few participants")
)

func duplicate(what string, id cohort.NodeID, same bool) error {
	if same {
		return cohort.Errorf(cohort.EConflict, "secagg: %s from %s: %w", what, id, ErrReplayed)
	}
	return cohort.Errorf(cohort.EConflict, "secagg: a second, different %s from %s", what, id)
}

// abort ends the round with err, with s.mu held.
func (s *Server) abort(err error) error {
	s.abortErr = err
	s.stage = serverDone
	return err
}

// AddAdvertise accepts a client's stage-1 message.
func (s *Server) AddAdvertise(m *AdvertiseMsg) error {
	const what = "advertise"
	i, err := s.sender(m.Header, m.Sender, what)
	if err != nil {
		return err
	}
	if err := s.verify(m.Sender, m.digest(), m.Sig, what); err != nil {
		return err
	}
	if err := s.cfg.checkBeacon(i, m.Beacon, m.BeaconPath); err != nil {
		return err
	}
	if _, err := parsePublic(m.EncKey); err != nil {
		return cohort.Errorf(cohort.EInvalid, "secagg: advertise from %s: bad encryption key: %w", m.Sender, err)
	}
	mp, err := parsePublic(m.MaskKey)
	if err != nil {
		return cohort.Errorf(cohort.EInvalid, "secagg: advertise from %s: bad mask key: %w", m.Sender, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.inStage(serverAdvertise, what); err != nil {
		return err
	}
	if prev := s.adverts[i]; prev != nil {
		return duplicate(what, m.Sender, prev.EncKey == m.EncKey && prev.MaskKey == m.MaskKey && prev.Beacon == m.Beacon)
	}
	cp := *m
	cp.Sig = append([]byte(nil), m.Sig...)
	s.adverts[i] = &cp
	s.maskPubs[i] = mp
	return nil
}

// Roster closes stage 1 and returns the roster to broadcast.
func (s *Server) Roster() (*RosterMsg, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.roster != nil {
		return s.roster, nil
	}
	if err := s.inStage(serverAdvertise, "roster"); err != nil {
		return nil, err
	}
	if t := s.cfg.p.Threshold; len(s.adverts) < t+1 {
		return nil, s.abort(cohort.Errorf(cohort.EUnavailable, "secagg: %d clients advertised keys, need at least t+1 = %d: %w", len(s.adverts), t+1, ErrTooFew))
	}
	if s.cfg.deferred() {
		if n := s.cfg.n(); len(s.adverts) < n {
			var missing []cohort.NodeID
			for i, id := range s.cfg.p.Clients {
				if s.adverts[i] == nil {
					missing = append(missing, id)
				}
			}
			return nil, s.abort(cohort.Errorf(cohort.EUnavailable, "secagg: %d of %d clients advertised (missing %v); the ring needs every client's beacon: %w", len(s.adverts), n, missing, ErrMissingBeacon))
		}
		values := make([][32]byte, s.cfg.n())
		for i := range values {
			values[i] = s.adverts[i].Beacon
		}
		s.ring = s.cfg.withBeacons(values)
	}
	r := &RosterMsg{Header: s.cfg.header()}
	for _, i := range sortedKeys(s.adverts) {
		r.Entries = append(r.Entries, *s.adverts[i])
	}
	s.roster = r
	s.stage = serverShares
	return r, nil
}

// Advertised returns the clients whose stage-1 adverts were accepted, sorted.
func (s *Server) Advertised() []cohort.NodeID {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]cohort.NodeID, 0, len(s.adverts))
	for _, i := range sortedKeys(s.adverts) {
		out = append(out, s.cfg.p.Clients[i])
	}
	return out
}

// holders returns client i's neighbours among those in set.
func (s *Server) nbrsIn(i int, in func(int) bool) []int {
	var out []int
	for _, j := range s.ring.nbrs[i] {
		if in(j) {
			out = append(out, j)
		}
	}
	return out
}

// AddShares accepts a client's stage-2 message: its sealed shares for exactly its neighbours in the
// roster.
func (s *Server) AddShares(m *SharesMsg) error {
	const what = "shares"
	i, err := s.sender(m.Header, m.Sender, what)
	if err != nil {
		return err
	}
	if err := s.verify(m.Sender, m.digest(), m.Sig, what); err != nil {
		return err
	}
	for _, e := range m.Entries {
		if len(e.Ciphertext) != shareCTLen {
			return cohort.Errorf(cohort.EInvalid, "secagg: shares from %s: ciphertext for %s of %d bytes, want %d", m.Sender, e.To, len(e.Ciphertext), shareCTLen)
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.inStage(serverShares, what); err != nil {
		return err
	}
	if s.adverts[i] == nil {
		return cohort.Errorf(cohort.EConflict, "secagg: shares from %s, who did not advertise keys", m.Sender)
	}
	want := s.nbrsIn(i, func(j int) bool { return s.adverts[j] != nil })
	if len(want) != len(m.Entries) {
		return cohort.Errorf(cohort.EInvalid, "secagg: shares from %s for %d holders, its neighbours in the roster are %d", m.Sender, len(m.Entries), len(want))
	}
	for a, j := range want {
		if m.Entries[a].To != s.cfg.p.Clients[j] {
			return cohort.Errorf(cohort.EInvalid, "secagg: shares from %s: entry %d is for %s, want %s", m.Sender, a, m.Entries[a].To, s.cfg.p.Clients[j])
		}
	}
	if prev := s.shares[i]; prev != nil {
		return duplicate(what, m.Sender, prev.digest() == m.digest())
	}
	s.shares[i] = m
	return nil
}

// Inboxes closes stage 2 and returns each client's share inbox, keyed by client. Clients without an
// inbox did not share keys and are out of the round.
func (s *Server) Inboxes() (map[cohort.NodeID]*ShareInbox, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.inboxes != nil {
		return s.inboxes, nil
	}
	if err := s.inStage(serverShares, "inboxes"); err != nil {
		return nil, err
	}
	cfg := s.cfg
	if t := cfg.p.Threshold; len(s.shares) < t+1 {
		return nil, s.abort(cohort.Errorf(cohort.EUnavailable, "secagg: %d clients shared keys, need at least t+1 = %d: %w", len(s.shares), t+1, ErrTooFew))
	}
	s.inU2 = make([]bool, cfg.n())
	for i := range s.shares {
		s.inU2[i] = true
	}
	out := make(map[cohort.NodeID]*ShareInbox, len(s.shares))
	for _, i := range sortedKeys(s.shares) {
		id := cfg.p.Clients[i]
		ib := &ShareInbox{Header: cfg.header(), To: id}
		for _, j := range s.nbrsIn(i, func(j int) bool { return s.inU2[j] }) {
			e := s.shares[j].entryFor(id)
			ib.Entries = append(ib.Entries, InboxEntry{From: cfg.p.Clients[j], Nonce: e.Nonce, Ciphertext: e.Ciphertext})
		}
		out[id] = ib
	}
	s.inboxes = out
	s.acc = make([]uint64, cfg.VectorLen())
	s.stage = serverMasked
	return out, nil
}

// entryFor finds the entry for holder id; AddShares made sure it exists for every roster neighbour.
func (m *SharesMsg) entryFor(id cohort.NodeID) *ShareEntry {
	k := sort.Search(len(m.Entries), func(a int) bool { return string(m.Entries[a].To[:]) >= string(id[:]) })
	if k < len(m.Entries) && m.Entries[k].To == id {
		return &m.Entries[k]
	}
	return nil
}

// AddMasked accepts a client's stage-3 message and adds it to the running sum. A transport that holds
// the message's bytes should call AddMaskedBytes, which skips decoding the vector.
func (s *Server) AddMasked(m *MaskedMsg) error {
	b, err := m.MarshalBinary()
	if err != nil {
		return err
	}
	return s.AddMaskedBytes(b)
}

// AddMaskedBytes accepts an encoded MaskedMsg: it checks the encoding, the header, the vector's length
// and the signature over the bytes as received, then adds the vector to the running sum straight from
// the bytes.
func (s *Server) AddMaskedBytes(b []byte) error {
	const what = "masked input"
	cfg := s.cfg
	r := newReader(b, what)
	h := r.header(typeMasked)
	sender := r.id()
	width := r.u8()
	n := r.count(MaxDim+1, 1, "element")
	if r.err == nil && (int(width) != cfg.width || n != cfg.VectorLen()) {
		return cohort.Errorf(cohort.EInvalid, "secagg: masked input from %s: %d elements of %d bytes, want %d of %d", sender, n, width, cfg.VectorLen(), cfg.width)
	}
	raw := r.take(n * int(width))
	bodyEnd := len(b) - len(r.b)
	sig := r.bytesField(MaxSigLen, "signature")
	if err := r.done(); err != nil {
		return err
	}
	i, err := s.sender(h, sender, what)
	if err != nil {
		return err
	}
	// Refuse what cannot be accepted before hashing the whole vector.
	s.mu.Lock()
	err = s.inStage(serverMasked, what)
	if err == nil && !s.inU2[i] {
		err = cohort.Errorf(cohort.EConflict, "secagg: masked input from %s, who did not share keys", sender)
	}
	s.mu.Unlock()
	if err != nil {
		return err
	}
	d := sigDigest(b[:bodyEnd])
	if err := s.verify(sender, d, sig, what); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.inStage(serverMasked, what); err != nil {
		return err
	}
	if !s.inU2[i] {
		return cohort.Errorf(cohort.EConflict, "secagg: masked input from %s, who did not share keys", sender)
	}
	if k, t := len(s.nbrsIn(i, func(j int) bool { return s.inU2[j] })), cfg.p.Threshold; k < t {
		return cohort.Errorf(cohort.EConflict, "secagg: masked input from %s, whose inbox had %d dealers, fewer than t = %d", sender, k, t)
	}
	if prev, ok := s.masked[i]; ok {
		return duplicate(what, sender, prev == d)
	}
	s.masked[i] = d
	addStream(s.acc, raw, cfg.width, false)
	return nil
}

// Survivors closes stage 3 and returns the survivor set to broadcast. It aborts when some secret the
// unmasking needs has fewer than t surviving holders.
func (s *Server) Survivors() (*SurvivorsMsg, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.surv != nil {
		return s.surv, nil
	}
	if err := s.inStage(serverMasked, "survivors"); err != nil {
		return nil, err
	}
	cfg := s.cfg
	t := cfg.p.Threshold
	if len(s.masked) < t {
		return nil, s.abort(cohort.Errorf(cohort.EUnavailable, "secagg: %d clients sent masked input, need at least t = %d: %w", len(s.masked), t, ErrTooFew))
	}
	s.inU3 = make([]bool, cfg.n())
	for i := range s.masked {
		s.inU3[i] = true
	}
	if err := s.recoverable(func(j int) bool { return s.inU3[j] }, "survived stage 3"); err != nil {
		return nil, s.abort(err)
	}
	m := &SurvivorsMsg{Header: cfg.header()}
	for _, i := range sortedKeys(s.masked) {
		m.Survivors = append(m.Survivors, cfg.p.Clients[i])
	}
	s.surv = m
	s.survHash = survivorsHash(m.Survivors)
	s.stage = serverConsistency
	return m, nil
}

// recoverable checks that every secret the unmasking needs (each survivor's self-mask seed, the mask
// key of each dropped client paired with a survivor) has at least t holders for which answers(holder).
func (s *Server) recoverable(answers func(int) bool, how string) error {
	cfg := s.cfg
	t := cfg.p.Threshold
	for i := 0; i < cfg.n(); i++ {
		if !s.inU2[i] {
			continue
		}
		survivors := s.nbrsIn(i, func(j int) bool { return s.inU3[j] })
		if !s.inU3[i] && len(survivors) == 0 {
			continue // dropped, and no survivor added a mask with it
		}
		if h := len(s.nbrsIn(i, answers)); h < t {
			what := "self mask"
			if !s.inU3[i] {
				what = "mask key of the dropped client"
			}
			return cohort.Errorf(cohort.EUnavailable, "secagg: cannot recover the %s %s: %d of its neighbours %s, need t = %d: %w", what, cfg.p.Clients[i], h, how, t, ErrTooFew)
		}
	}
	return nil
}

// AddConsistency accepts a survivor's stage-4 signature over the survivor set.
func (s *Server) AddConsistency(m *ConsistencyMsg) error {
	const what = "consistency"
	i, err := s.sender(m.Header, m.Sender, what)
	if err != nil {
		return err
	}
	s.mu.Lock()
	if err := s.inStage(serverConsistency, what); err != nil {
		s.mu.Unlock()
		return err
	}
	surv := s.survHash
	inU3 := s.inU3[i]
	s.mu.Unlock()
	if !inU3 {
		return cohort.Errorf(cohort.EConflict, "secagg: consistency signature from %s, not a survivor", m.Sender)
	}
	if err := s.verify(m.Sender, consistencyDigest(s.cfg.header(), m.Sender, surv), m.Sig, what); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.inStage(serverConsistency, what); err != nil {
		return err
	}
	if prev, ok := s.consist[i]; ok {
		return duplicate(what, m.Sender, string(prev) == string(m.Sig))
	}
	s.consist[i] = append([]byte(nil), m.Sig...)
	return nil
}

// UnmaskRequests closes stage 4 and returns, for each survivor that signed and has at least t
// neighbours that signed, its unmask request.
func (s *Server) UnmaskRequests() (map[cohort.NodeID]*UnmaskRequest, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.requests != nil {
		return s.requests, nil
	}
	if err := s.inStage(serverConsistency, "unmask requests"); err != nil {
		return nil, err
	}
	cfg := s.cfg
	t := cfg.p.Threshold
	signed := func(j int) bool { _, ok := s.consist[j]; return ok }
	s.requested = make([]bool, cfg.n())
	out := map[cohort.NodeID]*UnmaskRequest{}
	for _, i := range sortedKeys(s.consist) {
		nb := s.nbrsIn(i, signed)
		if len(nb) < t {
			continue
		}
		id := cfg.p.Clients[i]
		req := &UnmaskRequest{Header: cfg.header(), To: id, Survivors: s.surv.Survivors}
		for _, j := range nb {
			req.Sigs = append(req.Sigs, SignedBy{Signer: cfg.p.Clients[j], Sig: s.consist[j]})
		}
		out[id] = req
		s.requested[i] = true
	}
	if err := s.recoverable(func(j int) bool { return s.requested[j] }, "signed the survivor set with enough neighbour signatures"); err != nil {
		return nil, s.abort(err)
	}
	s.requests = out
	s.stage = serverUnmask
	return out, nil
}

// AddUnmask accepts a client's stage-5 shares, each checked against its dealer's commitment.
func (s *Server) AddUnmask(m *UnmaskMsg) error {
	const what = "unmask"
	cfg := s.cfg
	i, err := s.sender(m.Header, m.Sender, what)
	if err != nil {
		return err
	}
	if err := s.verify(m.Sender, m.digest(), m.Sig, what); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.inStage(serverUnmask, what); err != nil {
		return err
	}
	if !s.requested[i] {
		return cohort.Errorf(cohort.EConflict, "secagg: unmask from %s, who was not asked", m.Sender)
	}
	if s.unmasked[i] {
		return cohort.Errorf(cohort.EConflict, "secagg: unmask from %s: %w", m.Sender, ErrReplayed)
	}
	type add struct {
		owner int
		kind  byte
		sh    share
	}
	adds := make([]add, 0, len(m.Entries))
	for a, e := range m.Entries {
		if a > 0 && string(m.Entries[a-1].Owner[:]) >= string(e.Owner[:]) {
			return cohort.Errorf(cohort.EInvalid, "secagg: unmask from %s: shares not sorted and unique by owner at %d", m.Sender, a)
		}
		j, ok := cfg.index[e.Owner]
		if !ok || !s.ring.isNbr[i][j] || !s.inU2[j] {
			return cohort.Errorf(cohort.EInvalid, "secagg: unmask from %s reveals a share of %s, who did not deal it one", m.Sender, e.Owner)
		}
		want := KindMaskKey
		if s.inU3[j] {
			want = KindSelfMask
		}
		if e.Kind != want {
			return cohort.Errorf(cohort.EInvalid, "secagg: unmask from %s reveals share kind %d of %s, want %d", m.Sender, e.Kind, e.Owner, want)
		}
		entry := s.shares[j].entryFor(m.Sender)
		commit := entry.CommitKey
		if e.Kind == KindSelfMask {
			commit = entry.CommitSelf
		}
		if commitShare(cfg, e.Owner, m.Sender, e.Kind, e.Share) != commit {
			return cohort.Errorf(cohort.EUnauthorized, "secagg: unmask from %s: share of %s does not match its dealer's commitment", m.Sender, e.Owner)
		}
		sh, err := parseShare(i+1, e.Share)
		if err != nil {
			return err
		}
		adds = append(adds, add{j, e.Kind, sh})
	}
	for _, a := range adds {
		if a.kind == KindSelfMask {
			s.selfShares[a.owner] = append(s.selfShares[a.owner], a.sh)
		} else {
			s.keyShares[a.owner] = append(s.keyShares[a.owner], a.sh)
		}
	}
	s.unmasked[i] = true
	return nil
}

// Finish closes stage 5: it reconstructs the survivors' self-mask seeds and the dropped clients' mask
// keys, removes their masks from the sum (on s.workers goroutines), and returns the de-quantized sum.
// It aborts, naming the client, when a secret has fewer than t valid shares or its shares do not
// reconstruct what its owner committed to: it never returns a wrong sum.
func (s *Server) Finish() (*Result, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.result != nil {
		return s.result, nil
	}
	if err := s.inStage(serverUnmask, "finish"); err != nil {
		return nil, err
	}
	cfg := s.cfg
	t := cfg.p.Threshold
	var tasks []int // owners: survivors (self mask) and dropped clients paired with a survivor (mask key)
	for i := 0; i < cfg.n(); i++ {
		if !s.inU2[i] {
			continue
		}
		if s.inU3[i] || len(s.nbrsIn(i, func(j int) bool { return s.inU3[j] })) > 0 {
			tasks = append(tasks, i)
		}
	}
	for _, i := range tasks {
		have := len(s.selfShares[i])
		what := "self mask of"
		if !s.inU3[i] {
			have, what = len(s.keyShares[i]), "mask key of the dropped client"
		}
		if have < t {
			return nil, s.abort(cohort.Errorf(cohort.EUnavailable, "secagg: cannot recover the %s %s: %d valid shares, need t = %d: %w", what, cfg.p.Clients[i], have, t, ErrTooFew))
		}
	}
	w := min(s.workers, len(tasks))
	accs := make([][]uint64, w)
	var next atomic.Int64
	var firstErr error
	var errOnce sync.Once
	var wg sync.WaitGroup
	for k := 0; k < w; k++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			acc := make([]uint64, cfg.VectorLen())
			ex := newExpander()
			for {
				a := int(next.Add(1)) - 1
				if a >= len(tasks) {
					break
				}
				if err := s.removeMasks(tasks[a], acc, ex); err != nil {
					errOnce.Do(func() { firstErr = err })
					next.Store(int64(len(tasks)))
					break
				}
			}
			accs[k] = acc
		}(k)
	}
	wg.Wait()
	if firstErr != nil {
		return nil, s.abort(firstErr)
	}
	sum := s.acc
	for _, acc := range accs {
		for a, v := range acc {
			sum[a] -= v
		}
	}
	reduce(sum, cfg.width)
	// Each quantized element lies in [0, L], so the true sum of m inputs lies in [0, m*L], a small part
	// of the modulus. A client that masked inconsistently (a wrong pairwise or self mask) leaves a
	// uniformly random error, which lands outside that range in almost every element: refuse it.
	bound := uint64(len(s.masked)) * cfg.levels
	for a, v := range sum {
		if v > bound {
			return nil, s.abort(cohort.Errorf(cohort.EConflict, "secagg: unmasked sum out of range at element %d (%d > %d): some client's masks were inconsistent", a, v, bound))
		}
	}
	res := &Result{Sum: cfg.dequantize(sum, len(s.masked))}
	for i, id := range cfg.p.Clients {
		if s.inU3[i] {
			res.Survivors = append(res.Survivors, id)
		} else {
			res.Dropped = append(res.Dropped, id)
		}
	}
	s.result = res
	s.stage = serverDone
	return res, nil
}

// removeMasks reconstructs owner i's secret and adds into acc the masks that it put in the sum: its
// self mask if it survived, else the pairwise masks its surviving neighbours added for it.
func (s *Server) removeMasks(i int, acc []uint64, ex *expander) error {
	cfg := s.cfg
	t := cfg.p.Threshold
	id := cfg.p.Clients[i]
	if s.inU3[i] {
		seed, err := shamirCombine(s.selfShares[i][:t])
		if err != nil || commitSelf(cfg, id, seed) != s.shares[i].SelfCommit {
			return cohort.Errorf(cohort.EConflict, "secagg: the self-mask shares of %s do not reconstruct its committed seed (inconsistent dealing)", id)
		}
		ex.addMask(acc, selfMaskKey(cfg, id, seed), cfg.width, false)
		return nil
	}
	raw, err := shamirCombine(s.keyShares[i][:t])
	var key *ecdh.PrivateKey
	if err == nil {
		key, err = ecdh.X25519().NewPrivateKey(raw)
	}
	if err != nil || [keyLen]byte(key.PublicKey().Bytes()) != s.adverts[i].MaskKey {
		return cohort.Errorf(cohort.EConflict, "secagg: the mask-key shares of dropped client %s do not reconstruct its advertised key (inconsistent dealing)", id)
	}
	for _, j := range s.nbrsIn(i, func(j int) bool { return s.inU3[j] }) {
		secret, err := key.ECDH(s.maskPubs[j])
		if err != nil {
			return cohort.Errorf(cohort.EInternal, "secagg: key agreement %s-%s: %w", id, cfg.p.Clients[j], err)
		}
		// Survivor j added the pair mask if j < i, subtracted it otherwise.
		ex.addMask(acc, pairMaskKey(cfg, secret, cfg.p.Clients[j], id), cfg.width, j > i)
	}
	return nil
}

func sortedKeys[V any](m map[int]V) []int {
	out := make([]int, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Ints(out)
	return out
}

// Stage returns the stage whose messages the server is taking now, or 0 once the round finished or
// aborted.
func (s *Server) Stage() Stage {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stage == serverDone {
		return 0
	}
	return Stage(s.stage + 1)
}

// Pending returns the clients whose message for the current stage has not arrived, sorted: when it is
// empty the caller can close the stage without waiting for its deadline.
func (s *Server) Pending() []cohort.NodeID {
	s.mu.Lock()
	defer s.mu.Unlock()
	var expect func(i int) bool
	var got func(i int) bool
	switch s.stage {
	case serverAdvertise:
		expect = func(int) bool { return true }
		got = func(i int) bool { return s.adverts[i] != nil }
	case serverShares:
		expect = func(i int) bool { return s.adverts[i] != nil }
		got = func(i int) bool { return s.shares[i] != nil }
	case serverMasked:
		expect = func(i int) bool { return s.inU2[i] }
		got = func(i int) bool { _, ok := s.masked[i]; return ok }
	case serverConsistency:
		expect = func(i int) bool { return s.inU3[i] }
		got = func(i int) bool { _, ok := s.consist[i]; return ok }
	case serverUnmask:
		expect = func(i int) bool { return s.requested[i] }
		got = func(i int) bool { return s.unmasked[i] }
	default:
		return nil
	}
	var out []cohort.NodeID
	for i, id := range s.cfg.p.Clients {
		if expect(i) && !got(i) {
			out = append(out, id)
		}
	}
	return out
}
