package protocol

import (
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
	return nil
}

// Authenticator checks signed requests: signature, chain id, expiry and replay.
type Authenticator struct {
	ChainID uint64
	Recover Recoverer
	Guard   *ReplayGuard
	Now     func() time.Time // nil: time.Now
}

// Verify authenticates a request (its header h, method and URL path) with its already-read body:
// a.Verify(r.Header, r.Method, r.URL.Path, body). Missing or bad fields, a bad signature, a wrong
// chain or an expired message are EUnauthorized; a nonce seen before is EConflict.
func (a *Authenticator) Verify(h Header, method, path string, body []byte) (Envelope, error) {
	var e Envelope
	unauth := func(format string, args ...any) (Envelope, error) {
		return Envelope{}, cohort.Errorf(cohort.EUnauthorized, format, args...)
	}
	signer, err := cohort.ParseNodeID(h.Get(HeaderSigner))
	if err != nil {
		return unauth("unsigned or malformed %s header", HeaderSigner)
	}
	e.Signer = signer
	if e.ChainID, err = strconv.ParseUint(h.Get(HeaderChain), 10, 64); err != nil {
		return unauth("malformed %s header", HeaderChain)
	}
	if e.ChainID != a.ChainID {
		return unauth("message for chain %d, this node is on chain %d", e.ChainID, a.ChainID)
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
	sig, err := hex.DecodeString(h.Get(HeaderSignature))
	if err != nil {
		return unauth("malformed %s header", HeaderSignature)
	}
	e.BodyHash = sha256.Sum256(body)
	got, err := a.Recover(DigestHashed(e, method, path, e.BodyHash), sig)
	if err != nil {
		return Envelope{}, err
	}
	if got != e.Signer {
		return unauth("signature does not match signer %s", e.Signer)
	}
	now := time.Now()
	if a.Now != nil {
		now = a.Now()
	}
	if !now.Before(e.Expiry) {
		return unauth("message expired at %s", e.Expiry.UTC().Format(time.RFC3339))
	}
	if e.Expiry.Sub(now) > MaxTTL {
		return unauth("message expiry more than %s ahead", MaxTTL)
	}
	if err := a.Guard.Check(e.Signer, e.Nonce, e.Expiry, now); err != nil {
		return Envelope{}, err
	}
	return e, nil
}

// ReplayGuard remembers nonces until their messages expire. It is bounded: when full of unexpired
// nonces it refuses new messages (EUnavailable) rather than forget one and accept a replay.
type ReplayGuard struct {
	mu    sync.Mutex
	max   int
	seen  map[guardKey]time.Time
	calls int
}

type guardKey struct {
	signer cohort.NodeID
	nonce  [16]byte
}

// NewReplayGuard remembers at most max nonces at once.
func NewReplayGuard(max int) *ReplayGuard {
	return &ReplayGuard{max: max, seen: make(map[guardKey]time.Time)}
}

// Check records (signer, nonce) and refuses it if seen before.
func (g *ReplayGuard) Check(signer cohort.NodeID, nonce [16]byte, expiry, now time.Time) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	k := guardKey{signer, nonce}
	if _, ok := g.seen[k]; ok {
		return cohort.Errorf(cohort.EConflict, "replayed message: nonce %x from %s already seen", nonce, signer)
	}
	g.calls++
	if len(g.seen) >= g.max || g.calls%1024 == 0 {
		for key, exp := range g.seen {
			if !now.Before(exp) {
				delete(g.seen, key)
			}
		}
	}
	if len(g.seen) >= g.max {
		return cohort.Errorf(cohort.EUnavailable, "replay guard full (%d nonces): try again later", g.max)
	}
	g.seen[k] = expiry
	return nil
}

// Len returns how many nonces the guard holds.
func (g *ReplayGuard) Len() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return len(g.seen)
}
