package protocol

import (
	"cmp"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/cohort-net/cohort"
)

// The signed path is the route (PathJoin, PathTrain, ...), not the full URL path: a node that serves
// several tasks mounts each under a prefix of its own (/t/<task id>), and the task id is signed anyway.

// Header names of a signed request.
const (
	HeaderSigner    = "X-Cohort-Signer"
	HeaderChain     = "X-Cohort-Chain"
	HeaderTask      = "X-Cohort-Task"
	HeaderRound     = "X-Cohort-Round"
	HeaderNonce     = "X-Cohort-Nonce"
	HeaderExpiry    = "X-Cohort-Expiry"
	HeaderSignature = "X-Cohort-Signature"
	// HeaderBody is the body's SHA-256 in hex. The signature covers it, so a server checks who signed
	// a request before it reads the body, then checks the body against it.
	HeaderBody = "X-Cohort-Body"
)

// MaxTTL bounds how far in the future a message may expire, and so how long the replay guard must
// remember a nonce.
const MaxTTL = 10 * time.Minute

// Signer signs digests with a node key (identity.Key satisfies it).
type Signer interface {
	ID() cohort.NodeID
	Sign(digest [32]byte) ([]byte, error)
}

// Recoverer returns the address that signed a digest (identity.Recover satisfies it).
type Recoverer func(digest [32]byte, sig []byte) (cohort.NodeID, error)

// RecoverVerifier checks a signature by recovering its signer: the Verifier the protocol engines
// (secagg, the threshold sessions) declare, on top of a Recoverer.
type RecoverVerifier struct{ Recover Recoverer }

// Verify checks that sig over digest was made by id.
func (v RecoverVerifier) Verify(id cohort.NodeID, digest [32]byte, sig []byte) error {
	got, err := v.Recover(digest, sig)
	if err != nil {
		return err
	}
	if got != id {
		return cohort.Errorf(cohort.EUnauthorized, "signature by %s, want %s", got, id)
	}
	return nil
}

// Envelope is the signed metadata of one message.
type Envelope struct {
	Signer  cohort.NodeID
	ChainID uint64
	Task    string
	Round   uint64
	Nonce   [16]byte
	Expiry  time.Time
	// BodyHash is the SHA-256 of the body, set by Authenticator.Verify.
	BodyHash [32]byte
}

// Digest is what the signature covers: a domain tag, every envelope field, the method, the path and
// the body's SHA-256, each length-prefixed so no two field lists share a digest.
func Digest(e Envelope, method, path string, body []byte) [32]byte {
	return DigestHashed(e, method, path, sha256.Sum256(body))
}

// DigestHashed is Digest for a body whose SHA-256 the caller already has.
func DigestHashed(e Envelope, method, path string, bodyHash [32]byte) [32]byte {
	h := sha256.New()
	put := func(b []byte) {
		var n [8]byte
		binary.BigEndian.PutUint64(n[:], uint64(len(b)))
		h.Write(n[:])
		h.Write(b)
	}
	u64 := func(v uint64) []byte { return binary.BigEndian.AppendUint64(nil, v) }
	put([]byte("cohort/msg/v1"))
	put(e.Signer[:])
	put(u64(e.ChainID))
	put([]byte(e.Task))
	put(u64(e.Round))
	put(e.Nonce[:])
	put(u64(uint64(e.Expiry.Unix())))
	put([]byte(method))
	put([]byte(path))
	put(bodyHash[:])
	var d [32]byte
	h.Sum(d[:0])
	return d
}

// Header is the part of a request's header a signature lives in; http.Header satisfies it, so the
// package stays free of net/http.
type Header interface {
	Get(key string) string
	Set(key, value string)
}

// Sign fills the X-Cohort-* headers h of a request (method, URL path) with body, with a fresh nonce
// and the given time to live: protocol.Sign(req.Header, req.Method, req.URL.Path, body, ...).
func Sign(h Header, method, path string, body []byte, s Signer, chainID uint64, task string, round uint64, ttl time.Duration) error {
	return SignHashed(h, method, path, sha256.Sum256(body), s, chainID, task, round, ttl)
}

// SignHashed is Sign for a body whose SHA-256 the caller already has (one body sent to many peers).
func SignHashed(h Header, method, path string, bodyHash [32]byte, s Signer, chainID uint64, task string, round uint64, ttl time.Duration) error {
	e := Envelope{Signer: s.ID(), ChainID: chainID, Task: task, Round: round, Expiry: time.Now().Add(ttl)}
	if _, err := rand.Read(e.Nonce[:]); err != nil {
		return fmt.Errorf("nonce: %w", err)
	}
	sig, err := s.Sign(DigestHashed(e, method, path, bodyHash))
	if err != nil {
		return err
	}
	h.Set(HeaderSigner, e.Signer.String())
	h.Set(HeaderChain, strconv.FormatUint(chainID, 10))
	h.Set(HeaderTask, task)
	h.Set(HeaderRound, strconv.FormatUint(round, 10))
	h.Set(HeaderNonce, hex.EncodeToString(e.Nonce[:]))
	h.Set(HeaderExpiry, strconv.FormatInt(e.Expiry.Unix(), 10))
	h.Set(HeaderSignature, hex.EncodeToString(sig))
	h.Set(HeaderBody, hex.EncodeToString(bodyHash[:]))
	return nil
}

// Authenticator checks signed requests: signature, chain id, expiry and replay. A server checks a
// request in two steps, so that nothing is read or recorded for a caller it does not admit:
// VerifyHeader (before the body: the signer is admitted, the signature over the announced body hash
// holds, the nonce is fresh) and Accept (after the body: it has the announced hash; the nonce is
// recorded).
type Authenticator struct {
	ChainID uint64
	Recover Recoverer
	Guard   *ReplayGuard
	Now     func() time.Time // nil: time.Now
}

// Admit decides whether an authenticated signer may call a route: a selected participant, the pinned
// coordinator, an allow-listed validator. A refusal is returned as is (EForbidden, usually).
type Admit func(signer cohort.NodeID) error

// Verify authenticates a request (its header h, method and URL path) with its already-read body:
// VerifyHeader with no admission check, then Accept. A request without the X-Cohort-Body header is
// checked against the body it came with.
func (a *Authenticator) Verify(h Header, method, path string, body []byte) (Envelope, error) {
	if h.Get(HeaderBody) == "" {
		sum := sha256.Sum256(body)
		h = bodyHashed{h, hex.EncodeToString(sum[:])}
	}
	e, err := a.VerifyHeader(h, method, path, nil)
	if err != nil {
		return Envelope{}, err
	}
	if err := a.Accept(e, body); err != nil {
		return Envelope{}, err
	}
	return e, nil
}

// bodyHashed is a Header whose X-Cohort-Body is the hash of the body at hand.
type bodyHashed struct {
	Header
	hash string
}

func (h bodyHashed) Get(key string) string {
	if key == HeaderBody {
		return h.hash
	}
	return h.Header.Get(key)
}

// VerifyHeader authenticates a request from its header alone, before its body is read: the claimed
// signer must pass admit (nil admits every signer), the chain and expiry must fit, the signature over
// the announced body hash must be the signer's, and the nonce must be new. It records nothing. Missing
// or bad fields, a bad signature, a wrong chain or an expired message are EUnauthorized; a nonce seen
// before is EConflict.
func (a *Authenticator) VerifyHeader(h Header, method, path string, admit Admit) (Envelope, error) {
	e, sig, err := parseEnvelope(h, a.ChainID)
	if err != nil {
		return Envelope{}, err
	}
	if admit != nil {
		if err := admit(e.Signer); err != nil {
			return Envelope{}, err
		}
	}
	now := time.Now()
	if a.Now != nil {
		now = a.Now()
	}
	if !now.Before(e.Expiry) {
		return Envelope{}, cohort.Errorf(cohort.EUnauthorized, "message expired at %s", e.Expiry.UTC().Format(time.RFC3339))
	}
	if e.Expiry.Sub(now) > MaxTTL {
		return Envelope{}, cohort.Errorf(cohort.EUnauthorized, "message expiry more than %s ahead", MaxTTL)
	}
	got, err := a.Recover(DigestHashed(e, method, path, e.BodyHash), sig)
	if err != nil {
		return Envelope{}, err
	}
	if got != e.Signer {
		return Envelope{}, cohort.Errorf(cohort.EUnauthorized, "signature does not match signer %s", e.Signer)
	}
	if a.Guard.Seen(e.Signer, e.Nonce) {
		return Envelope{}, replayed(e.Signer, e.Nonce)
	}
	return e, nil
}

// Accept finishes what VerifyHeader began, once the body is read: the body must hash to what was
// signed, and the nonce is recorded (EConflict if it was recorded in between, EUnavailable if the
// signer's share of the replay guard is full).
func (a *Authenticator) Accept(e Envelope, body []byte) error {
	if sha256.Sum256(body) != e.BodyHash {
		return cohort.Errorf(cohort.EUnauthorized, "body does not match the signed %s", HeaderBody)
	}
	now := time.Now()
	if a.Now != nil {
		now = a.Now()
	}
	return a.Guard.Check(e.Signer, e.Nonce, e.Expiry, now)
}

// parseEnvelope reads the signed fields and the signature from h.
func parseEnvelope(h Header, chainID uint64) (Envelope, []byte, error) {
	var e Envelope
	unauth := func(format string, args ...any) (Envelope, []byte, error) {
		return Envelope{}, nil, cohort.Errorf(cohort.EUnauthorized, format, args...)
	}
	signer, err := cohort.ParseNodeID(h.Get(HeaderSigner))
	if err != nil {
		return unauth("unsigned or malformed %s header", HeaderSigner)
	}
	e.Signer = signer
	if e.ChainID, err = strconv.ParseUint(h.Get(HeaderChain), 10, 64); err != nil {
		return unauth("malformed %s header", HeaderChain)
	}
	if e.ChainID != chainID {
		return unauth("message for chain %d, this node is on chain %d", e.ChainID, chainID)
	}
	e.Task = h.Get(HeaderTask)
	if len(e.Task) > 128 {
		return unauth("task id over 128 bytes")
	}
	if e.Round, err = strconv.ParseUint(h.Get(HeaderRound), 10, 64); err != nil {
		return unauth("malformed %s header", HeaderRound)
	}
	nonce, err := hex.DecodeString(h.Get(HeaderNonce))
	if err != nil || len(nonce) != len(e.Nonce) {
		return unauth("malformed %s header", HeaderNonce)
	}
	copy(e.Nonce[:], nonce)
	exp, err := strconv.ParseInt(h.Get(HeaderExpiry), 10, 64)
	if err != nil {
		return unauth("malformed %s header", HeaderExpiry)
	}
	e.Expiry = time.Unix(exp, 0)
	bh, err := hex.DecodeString(h.Get(HeaderBody))
	if err != nil || len(bh) != len(e.BodyHash) {
		return unauth("missing or malformed %s header", HeaderBody)
	}
	copy(e.BodyHash[:], bh)
	sig, err := hex.DecodeString(h.Get(HeaderSignature))
	if err != nil {
		return unauth("malformed %s header", HeaderSignature)
	}
	return e, sig, nil
}

func replayed(signer cohort.NodeID, nonce [16]byte) error {
	return cohort.Errorf(cohort.EConflict, "replayed message: nonce %x from %s already seen", nonce, signer)
}

// ReplayGuard remembers nonces until their messages expire. It is bounded in all and per signer: when
// a signer's share is full of unexpired nonces it refuses that signer's new messages (EUnavailable)
// rather than forget one and accept a replay, and one signer never takes another's share. Servers
// record a nonce only once its signer is admitted and its signature checked (Authenticator), so the
// signers that reach the guard are the few a route admits.
type ReplayGuard struct {
	mu        sync.Mutex
	max       int
	perSigner int
	seen      map[guardKey]time.Time
	count     map[cohort.NodeID]int
	calls     int
}

type guardKey struct {
	signer cohort.NodeID
	nonce  [16]byte
}

// NewReplayGuard remembers at most max nonces at once, from any one signer as many.
func NewReplayGuard(max int) *ReplayGuard { return NewReplayGuardQuota(max, max) }

// NewReplayGuardQuota remembers at most max nonces at once, at most perSigner of them from one signer.
func NewReplayGuardQuota(max, perSigner int) *ReplayGuard {
	max = cmp.Or(max, 1)
	perSigner = min(cmp.Or(perSigner, max), max)
	return &ReplayGuard{max: max, perSigner: perSigner, seen: make(map[guardKey]time.Time), count: make(map[cohort.NodeID]int)}
}

// Seen reports whether (signer, nonce) is recorded.
func (g *ReplayGuard) Seen(signer cohort.NodeID, nonce [16]byte) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	_, ok := g.seen[guardKey{signer, nonce}]
	return ok
}

// Check records (signer, nonce) and refuses it if seen before.
func (g *ReplayGuard) Check(signer cohort.NodeID, nonce [16]byte, expiry, now time.Time) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	k := guardKey{signer, nonce}
	if _, ok := g.seen[k]; ok {
		return replayed(signer, nonce)
	}
	g.calls++
	if len(g.seen) >= g.max || g.count[signer] >= g.perSigner || g.calls%1024 == 0 {
		g.expire(now)
	}
	if g.count[signer] >= g.perSigner {
		return cohort.Errorf(cohort.EUnavailable, "replay guard: %s has %d unexpired nonces, its limit: try again later", signer, g.perSigner)
	}
	if len(g.seen) >= g.max {
		return cohort.Errorf(cohort.EUnavailable, "replay guard full (%d nonces): try again later", g.max)
	}
	g.seen[k] = expiry
	g.count[signer]++
	return nil
}

// expire forgets the nonces whose messages have expired.
func (g *ReplayGuard) expire(now time.Time) {
	for key, exp := range g.seen {
		if !now.Before(exp) {
			delete(g.seen, key)
			if g.count[key.signer]--; g.count[key.signer] <= 0 {
				delete(g.count, key.signer)
			}
		}
	}
}

// Len returns how many nonces the guard holds.
func (g *ReplayGuard) Len() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return len(g.seen)
}
