package secagg

import (
	"crypto/cipher"
	"crypto/ecdh"
	"crypto/rand"
	"fmt"
	"slices"

	"github.com/cohort-net/cohort"
)

type clientStage int

const (
	clientNew clientStage = iota
	clientAdvertised
	clientShared
	clientMasked
	clientConsistent
)

var clientStageNames = [...]string{"new", "advertised", "shared keys", "sent masked input", "signed survivors"}

// heldShares are the shares one dealer gave this client.
type heldShares struct {
	self, key [shareLen]byte
}

// Client is one trainer's side of a round: one method per stage, called in order. It is not safe for
// concurrent use. A method that fails leaves the client in its stage, so the caller may retry with
// a corrected input or give up (which the server sees as a dropout).
type Client struct {
	cfg      *Config
	ring     *Config // cfg with its ring (derived from the beacons in ShareKeys when deferred)
	beacon   [32]byte
	path     [][32]byte
	me       int
	id       cohort.NodeID
	signer   Signer
	verifier Verifier
	stage    clientStage

	encKey, maskKey *ecdh.PrivateKey
	peers           map[int]*AdvertiseMsg // verified roster entries of neighbours
	open            map[int]cipher.AEAD   // opens the shares each neighbour sealed to this client
	holders         []int                 // neighbours in the roster: who got my shares
	selfSeed        []byte
	held            map[int]heldShares // dealers in my inbox; the pairwise masks I added
	survivors       []cohort.NodeID
	survivorSet     map[int]bool
	consistencySig  []byte
	revealed        map[int]byte // owner -> kind of the share revealed
}

// NewClient starts signer's side of the round described by cfg.
func NewClient(cfg *Config, signer Signer, verifier Verifier) (*Client, error) {
	id := signer.ID()
	me, ok := cfg.index[id]
	if !ok {
		return nil, cohort.Errorf(cohort.EForbidden, "secagg: %s is not a client of this round", id)
	}
	c := &Client{cfg: cfg, me: me, id: id, signer: signer, verifier: verifier, revealed: map[int]byte{}}
	if !cfg.deferred() {
		c.ring = cfg
	}
	return c, nil
}

// UseBeacon sets the leaf of this client's beacon tree that its advert reveals (BeaconTree.Reveal of
// Params.BeaconLeaf); a session with beacons needs it before AdvertiseKeys.
func (c *Client) UseBeacon(v [32]byte, path [][32]byte) error {
	if err := c.needStage(clientNew, "UseBeacon"); err != nil {
		return err
	}
	if !c.cfg.deferred() {
		return cohort.Errorf(cohort.EInvalid, "secagg: this session uses no beacons")
	}
	if err := c.cfg.checkBeacon(c.me, v, path); err != nil {
		return err
	}
	c.beacon, c.path = v, append([][32]byte(nil), path...)
	return nil
}

// ID returns the client's node ID.
func (c *Client) ID() cohort.NodeID { return c.id }

func (c *Client) needStage(want clientStage, method string) error {
	if c.stage != want {
		return cohort.Errorf(cohort.EConflict, "secagg: client %s: %s out of order (stage %q)", c.id, method, clientStageNames[c.stage])
	}
	return nil
}

// AdvertiseKeys is stage 1: it draws the round's two X25519 key pairs and signs their public halves.
func (c *Client) AdvertiseKeys() (*AdvertiseMsg, error) {
	if err := c.needStage(clientNew, "AdvertiseKeys"); err != nil {
		return nil, err
	}
	enc, err := ecdh.X25519().GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	mask, err := ecdh.X25519().GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	if c.cfg.deferred() && c.path == nil {
		return nil, cohort.Errorf(cohort.EConflict, "secagg: client %s: UseBeacon before AdvertiseKeys", c.id)
	}
	m := &AdvertiseMsg{Header: c.cfg.header(), Sender: c.id, Beacon: c.beacon, BeaconPath: c.path}
	copy(m.EncKey[:], enc.PublicKey().Bytes())
	copy(m.MaskKey[:], mask.PublicKey().Bytes())
	if m.Sig, err = c.signer.Sign(m.digest()); err != nil {
		return nil, fmt.Errorf("secagg: sign advertise: %w", err)
	}
	c.encKey, c.maskKey = enc, mask
	c.stage = clientAdvertised
	return m, nil
}

// ShareKeys is stage 2: it checks the roster's entries for its neighbours, then Shamir-shares its
// self-mask seed and its mask private key among them, each pair of shares sealed to its holder.
func (c *Client) ShareKeys(roster *RosterMsg) (*SharesMsg, error) {
	if err := c.needStage(clientAdvertised, "ShareKeys"); err != nil {
		return nil, err
	}
	cfg := c.cfg
	if err := cfg.checkHeader(roster.Header, "roster"); err != nil {
		return nil, err
	}
	ring, err := c.rosterRing(roster)
	if err != nil {
		return nil, err
	}
	peers := map[int]*AdvertiseMsg{}
	seal, open := map[int]cipher.AEAD{}, map[int]cipher.AEAD{}
	var holders []int
	sawMe := false
	for i := range roster.Entries {
		e := &roster.Entries[i]
		if i > 0 && string(roster.Entries[i-1].Sender[:]) >= string(e.Sender[:]) {
			return nil, cohort.Errorf(cohort.EInvalid, "secagg: roster entries not sorted and unique at %d", i)
		}
		j, ok := cfg.index[e.Sender]
		if !ok {
			return nil, cohort.Errorf(cohort.EInvalid, "secagg: roster names %s, not a client of this round", e.Sender)
		}
		if e.Header != roster.Header {
			return nil, cohort.Errorf(cohort.EInvalid, "secagg: roster entry of %s has another header", e.Sender)
		}
		if j == c.me {
			if [keyLen]byte(c.encKey.PublicKey().Bytes()) != e.EncKey || [keyLen]byte(c.maskKey.PublicKey().Bytes()) != e.MaskKey || e.Beacon != c.beacon {
				return nil, cohort.Errorf(cohort.EConflict, "secagg: roster carries keys for %s that it did not advertise", c.id)
			}
			sawMe = true
			continue
		}
		if !ring.isNbr[c.me][j] {
			continue
		}
		if err := c.verifier.Verify(e.Sender, e.digest(), e.Sig); err != nil {
			return nil, cohort.Errorf(cohort.EUnauthorized, "secagg: roster entry of %s: bad signature: %w", e.Sender, err)
		}
		encPub, err := ecdh.X25519().NewPublicKey(e.EncKey[:])
		var secret []byte
		if err == nil {
			secret, err = c.encKey.ECDH(encPub) // fails on low-order points
		}
		if err != nil {
			return nil, cohort.Errorf(cohort.EInvalid, "secagg: roster entry of %s: bad encryption key: %w", e.Sender, err)
		}
		if seal[j], err = shareAEAD(cfg, secret, c.id, e.Sender); err != nil {
			return nil, err
		}
		if open[j], err = shareAEAD(cfg, secret, e.Sender, c.id); err != nil {
			return nil, err
		}
		cp := *e // keep only this entry, not the whole roster
		cp.Sig = nil
		peers[j] = &cp
		holders = append(holders, j)
	}
	if !sawMe {
		return nil, cohort.Errorf(cohort.EConflict, "secagg: roster omits %s", c.id)
	}
	t := cfg.p.Threshold
	if len(holders) < t {
		return nil, cohort.Errorf(cohort.EUnavailable, "secagg: client %s: %d of %d neighbours advertised keys, need t = %d: %w", c.id, len(holders), len(ring.nbrs[c.me]), t, ErrTooFew)
	}
	slices.Sort(holders)
	seed := make([]byte, 32)
	if _, err := rand.Read(seed); err != nil {
		return nil, err
	}
	xs := make([]int, len(holders))
	for a, j := range holders {
		xs[a] = j + 1
	}
	selfShares, err := shamirSplit(seed, t, xs)
	if err != nil {
		return nil, err
	}
	keyShares, err := shamirSplit(c.maskKey.Bytes(), t, xs)
	if err != nil {
		return nil, err
	}
	m := &SharesMsg{Header: cfg.header(), Sender: c.id, SelfCommit: commitSelf(cfg, c.id, seed)}
	m.Entries = make([]ShareEntry, len(holders))
	for a, j := range holders {
		to := cfg.p.Clients[j]
		nonce, err := randomNonce()
		if err != nil {
			return nil, err
		}
		pt := make([]byte, 0, 2*shareLen)
		pt = append(pt, selfShares[a][:]...)
		pt = append(pt, keyShares[a][:]...)
		m.Entries[a] = ShareEntry{
			To:         to,
			CommitSelf: commitShare(cfg, c.id, to, KindSelfMask, selfShares[a]),
			CommitKey:  commitShare(cfg, c.id, to, KindMaskKey, keyShares[a]),
			Nonce:      nonce,
			Ciphertext: seal[j].Seal(nil, nonce[:], pt, shareAD(cfg, c.id, to)),
		}
	}
	if m.Sig, err = c.signer.Sign(m.digest()); err != nil {
		return nil, fmt.Errorf("secagg: sign shares: %w", err)
	}
	c.peers, c.holders, c.selfSeed, c.open, c.ring = peers, holders, seed, open, ring
	c.stage = clientShared
	return m, nil
}

// rosterRing returns the config with its ring: with beacons, derived from every client's leaf in the
// roster, each checked against its committed root; the roster must hold them all, whatever the
// server would rather have dropped.
func (c *Client) rosterRing(roster *RosterMsg) (*Config, error) {
	cfg := c.cfg
	if !cfg.deferred() {
		return c.ring, nil
	}
	if len(roster.Entries) != cfg.n() {
		return nil, cohort.Errorf(cohort.EUnavailable, "secagg: roster of %d entries, the ring needs all %d clients' beacons: %w", len(roster.Entries), cfg.n(), ErrMissingBeacon)
	}
	values := make([][32]byte, cfg.n())
	for i := range roster.Entries {
		e := &roster.Entries[i]
		j, ok := cfg.index[e.Sender]
		if !ok || j != i {
			return nil, cohort.Errorf(cohort.EInvalid, "secagg: roster entry %d names %s, want client %d", i, e.Sender, i)
		}
		if err := cfg.checkBeacon(j, e.Beacon, e.BeaconPath); err != nil {
			return nil, err
		}
		values[j] = e.Beacon
	}
	return cfg.withBeacons(values), nil
}

// MaskedInput is stage 3: it opens the shares its neighbours sent, quantizes update and weight, and
// masks them with its self mask and one pairwise mask per neighbour whose shares arrived.
func (c *Client) MaskedInput(inbox *ShareInbox, update []float64, weight float64) (*MaskedMsg, error) {
	if err := c.needStage(clientShared, "MaskedInput"); err != nil {
		return nil, err
	}
	cfg := c.cfg
	if err := cfg.checkHeader(inbox.Header, "share inbox"); err != nil {
		return nil, err
	}
	if inbox.To != c.id {
		return nil, cohort.Errorf(cohort.EInvalid, "secagg: share inbox for %s delivered to %s", inbox.To, c.id)
	}
	held := make(map[int]heldShares, len(inbox.Entries))
	for _, e := range inbox.Entries {
		j, ok := cfg.index[e.From]
		if !ok || c.peers[j] == nil {
			return nil, cohort.Errorf(cohort.EInvalid, "secagg: shares from %s, who is not a neighbour of %s in the roster", e.From, c.id)
		}
		if _, dup := held[j]; dup {
			return nil, cohort.Errorf(cohort.EInvalid, "secagg: two share entries from %s", e.From)
		}
		pt, err := c.open[j].Open(nil, e.Nonce[:], e.Ciphertext, shareAD(cfg, e.From, c.id))
		if err != nil || len(pt) != 2*shareLen {
			return nil, cohort.Errorf(cohort.EUnauthorized, "secagg: shares from %s do not authenticate (tampered, misrouted or for another round)", e.From)
		}
		var h heldShares
		copy(h.self[:], pt[:shareLen])
		copy(h.key[:], pt[shareLen:])
		if _, err := parseShare(c.me+1, h.self); err != nil {
			return nil, err
		}
		if _, err := parseShare(c.me+1, h.key); err != nil {
			return nil, err
		}
		held[j] = h
	}
	t := cfg.p.Threshold
	if len(held) < t {
		return nil, cohort.Errorf(cohort.EUnavailable, "secagg: client %s: %d neighbours shared keys, need t = %d: %w", c.id, len(held), t, ErrTooFew)
	}
	acc := make([]uint64, cfg.VectorLen())
	if err := cfg.quantize(acc, update, weight); err != nil {
		return nil, err
	}
	ex := newExpander()
	ex.addMask(acc, selfMaskKey(cfg, c.id, c.selfSeed), cfg.width, false)
	for j := range held {
		pub, err := ecdh.X25519().NewPublicKey(c.peers[j].MaskKey[:])
		var secret []byte
		if err == nil {
			secret, err = c.maskKey.ECDH(pub) // fails on low-order points
		}
		if err != nil {
			return nil, cohort.Errorf(cohort.EInvalid, "secagg: mask key agreement with %s: %w", cfg.p.Clients[j], err)
		}
		// The lower index adds the pairwise mask, the higher subtracts it.
		ex.addMask(acc, pairMaskKey(cfg, secret, c.id, cfg.p.Clients[j]), cfg.width, c.me > j)
	}
	reduce(acc, cfg.width)
	m := &MaskedMsg{Header: cfg.header(), Sender: c.id, Width: byte(cfg.width), Vector: acc}
	var err error
	if m.Sig, err = c.signer.Sign(m.digest()); err != nil {
		return nil, fmt.Errorf("secagg: sign masked input: %w", err)
	}
	c.held = held
	c.stage = clientMasked
	// The keys and the seed have done their work: only the shares held for neighbours stay.
	clear(c.selfSeed)
	c.selfSeed, c.encKey, c.maskKey, c.open, c.peers = nil, nil, nil, nil, nil
	return m, nil
}

// ConsistencyCheck is stage 4: it checks the survivor set against what this client knows and signs
// it. A client signs one survivor set per round; asking again with the same set returns the same
// signature, with another set is refused.
func (c *Client) ConsistencyCheck(survivors *SurvivorsMsg) (*ConsistencyMsg, error) {
	cfg := c.cfg
	if c.stage == clientConsistent {
		if !slices.Equal(c.survivors, survivors.Survivors) || survivors.Header != cfg.header() {
			return nil, cohort.Errorf(cohort.EConflict, "secagg: client %s already signed a different survivor set", c.id)
		}
		return &ConsistencyMsg{Header: cfg.header(), Sender: c.id, Sig: c.consistencySig}, nil
	}
	if err := c.needStage(clientMasked, "ConsistencyCheck"); err != nil {
		return nil, err
	}
	if err := cfg.checkHeader(survivors.Header, "survivors"); err != nil {
		return nil, err
	}
	set, err := c.survivorIndex(survivors.Survivors)
	if err != nil {
		return nil, err
	}
	if !set[c.me] {
		return nil, cohort.Errorf(cohort.EConflict, "secagg: survivor set omits %s, whose masked input was sent", c.id)
	}
	t := cfg.p.Threshold
	if len(set) < t {
		return nil, cohort.Errorf(cohort.EUnavailable, "secagg: %d survivors, need at least t = %d: %w", len(set), t, ErrTooFew)
	}
	alive := 0
	for _, j := range c.ring.nbrs[c.me] {
		if !set[j] {
			continue
		}
		if _, ok := c.held[j]; !ok {
			return nil, cohort.Errorf(cohort.EConflict, "secagg: survivor %s never sent shares to %s", cfg.p.Clients[j], c.id)
		}
		alive++
	}
	if alive < t {
		return nil, cohort.Errorf(cohort.EUnavailable, "secagg: client %s: %d neighbours survived, need t = %d: %w", c.id, alive, t, ErrTooFew)
	}
	sig, err := c.signer.Sign(consistencyDigest(cfg.header(), c.id, survivorsHash(survivors.Survivors)))
	if err != nil {
		return nil, fmt.Errorf("secagg: sign survivors: %w", err)
	}
	c.survivors = slices.Clone(survivors.Survivors)
	c.survivorSet = set
	c.consistencySig = sig
	c.stage = clientConsistent
	return &ConsistencyMsg{Header: cfg.header(), Sender: c.id, Sig: sig}, nil
}

func (c *Client) survivorIndex(ids []cohort.NodeID) (map[int]bool, error) {
	if !sortedIDs(ids) {
		return nil, cohort.Errorf(cohort.EInvalid, "secagg: survivor list not sorted and unique")
	}
	set := make(map[int]bool, len(ids))
	for _, id := range ids {
		j, ok := c.cfg.index[id]
		if !ok {
			return nil, cohort.Errorf(cohort.EInvalid, "secagg: survivor %s is not a client of this round", id)
		}
		set[j] = true
	}
	return set, nil
}

// Unmask is stage 5: given the survivor set it signed and at least t of its neighbours' signatures
// over that same set, it reveals for each neighbour that dealt it shares the self-mask share if the
// neighbour survived, or the mask-key share if it dropped, never both for one neighbour.
func (c *Client) Unmask(req *UnmaskRequest) (*UnmaskMsg, error) {
	if err := c.needStage(clientConsistent, "Unmask"); err != nil {
		return nil, err
	}
	cfg := c.cfg
	if err := cfg.checkHeader(req.Header, "unmask request"); err != nil {
		return nil, err
	}
	if req.To != c.id {
		return nil, cohort.Errorf(cohort.EInvalid, "secagg: unmask request for %s delivered to %s", req.To, c.id)
	}
	if !slices.Equal(req.Survivors, c.survivors) {
		if set, err := c.survivorIndex(req.Survivors); err == nil {
			for j := range c.held {
				if set[j] != c.survivorSet[j] {
					return nil, cohort.Errorf(cohort.EForbidden, "secagg: client %s refuses to reveal both the self-mask share and the key share of %s (the request's survivor set differs from the one it signed)", c.id, cfg.p.Clients[j])
				}
			}
		}
		return nil, cohort.Errorf(cohort.EConflict, "secagg: client %s: unmask request names a survivor set other than the one it signed", c.id)
	}
	valid := 0
	sh := survivorsHash(c.survivors)
	for a, s := range req.Sigs {
		if a > 0 && string(req.Sigs[a-1].Signer[:]) >= string(s.Signer[:]) {
			return nil, cohort.Errorf(cohort.EInvalid, "secagg: consistency signatures not sorted and unique at %d", a)
		}
		j, ok := cfg.index[s.Signer]
		if !ok || !c.survivorSet[j] {
			return nil, cohort.Errorf(cohort.EInvalid, "secagg: consistency signature from %s, not a survivor", s.Signer)
		}
		if err := c.verifier.Verify(s.Signer, consistencyDigest(cfg.header(), s.Signer, sh), s.Sig); err != nil {
			return nil, cohort.Errorf(cohort.EUnauthorized, "secagg: consistency signature of %s does not verify: %w", s.Signer, err)
		}
		if c.ring.isNbr[c.me][j] {
			valid++
		}
	}
	if t := cfg.p.Threshold; valid < t {
		return nil, cohort.Errorf(cohort.EUnauthorized, "secagg: client %s: %d neighbours signed the survivor set, need t = %d before unmasking", c.id, valid, t)
	}
	owners := make([]int, 0, len(c.held))
	for j := range c.held {
		owners = append(owners, j)
	}
	slices.Sort(owners)
	m := &UnmaskMsg{Header: cfg.header(), Sender: c.id, Entries: make([]RevealedShare, 0, len(owners))}
	kinds := make(map[int]byte, len(owners))
	for _, j := range owners {
		kind, s := KindMaskKey, c.held[j].key
		if c.survivorSet[j] {
			kind, s = KindSelfMask, c.held[j].self
		}
		if prev, ok := c.revealed[j]; ok && prev != kind {
			return nil, cohort.Errorf(cohort.EForbidden, "secagg: client %s refuses to reveal both the self-mask share and the key share of %s", c.id, cfg.p.Clients[j])
		}
		kinds[j] = kind
		m.Entries = append(m.Entries, RevealedShare{Owner: cfg.p.Clients[j], Kind: kind, Share: s})
	}
	var err error
	if m.Sig, err = c.signer.Sign(m.digest()); err != nil {
		return nil, fmt.Errorf("secagg: sign unmask: %w", err)
	}
	for j, k := range kinds {
		c.revealed[j] = k
	}
	return m, nil
}
