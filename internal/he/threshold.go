package he

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"log/slog"
	"math"
	mrand "math/rand/v2"
	"slices"
	"sync"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/multiparty"
	"github.com/tuneinsight/lattigo/v6/ring"
	"github.com/tuneinsight/lattigo/v6/ring/ringqp"
	"github.com/tuneinsight/lattigo/v6/schemes/ckks"
	"github.com/tuneinsight/lattigo/v6/utils/sampling"

	"github.com/cohort-net/cohort"
)

// Threshold aggregation under a collective key (ProfileAgg).
//
//  1. Setup. Every party i of Parties (Shamir points, distinct and nonzero) creates a ThresholdParty,
//     sends PublicKeyShare() to the aggregator and ShamirShareFor(j) to every party j over a private,
//     authenticated channel (the share is secret), and feeds what it receives to AddShamirShare.
//     The aggregator builds the collective public key with AggregatePublicKey (from the common
//     random string CRS; the secret key is the sum of the parties' keys and exists nowhere).
//  2. Each party encrypts its update vector with CollectivePublicKey.EncryptUpdate
//     (ceil(d/16384) ciphertexts).
//  3. The aggregator adds the updates with SumUpdates.
//  4. Any Threshold parties of an agreed active set produce DecryptionShare(sum, active): a key
//     switch of the sum to the zero key with smudging noise of standard deviation 2^SmudgingLog2
//     (by default SmudgingLog2For(n): 2^40 times the sum's own noise, ThresholdNoiseLog2(n)).
//     A party refuses to produce a second share for the same ciphertext, whatever the active set.
//  5. CombineShares adds Threshold shares and decodes the plaintext sum.
//
// The parties cannot check that the ciphertext they are asked to decrypt is really the sum of several
// updates: the coordinator must be trusted for that (or the parties recompute the sum themselves).
//
// Range: with ProfileAgg (values in the coefficients at scale 2^80, modulus 2^120) every value of a sum must stay below
// MaxSumMagnitude. For weighted FedAvg, encrypt (w_i * n_i/S, n_i/S) with a public S such as the
// round's expected total of samples, not raw counts.
//
// Wiring (`--secure-agg threshold-he`): the coordinator picks the party points (e.g. 1..N in the
// round's trainer order) and the CRS (DeriveCRS of the task and round), the trainers exchange Shamir
// shares over an encrypted, authenticated channel (X25519 + AEAD between their node keys), the
// coordinator aggregates the public key shares and sends the key, sums the updates, and asks the first
// Threshold responsive trainers for decryption shares of the sum with that active set.

const (
	magicShamir  = "CHS1"
	magicPKShare = "CHP1"
	magicPK      = "CHK2"
	magicUpdate  = "CHU1"
	magicDec     = "CHD1"

	// SmudgingMarginLog2 is how many bits the smudging noise's standard deviation is above the RMS
	// noise of the ciphertext it hides (ThresholdNoiseLog2): 2^40, so that a decryption share's
	// statistical distance from one computed from the plaintext alone is about 2^-40 per coefficient.
	SmudgingMarginLog2 = 40
	// MinSmudgingLog2 is the smallest smudging any session accepts (a session of n parties needs
	// SmudgingLog2For(n), at least this): no decryption share without it.
	MinSmudgingLog2 = 49
	// MaxSmudgingLog2 is the largest: beyond it the smudging of Threshold shares eats the precision
	// (2^61 * sqrt(1024 shares) at the coefficient scale 2^80 is an error near 2^-14), and 6 sigma stays
	// below 2^64 (addSmudging).
	MaxSmudgingLog2 = 61
	// MaxParties bounds the number of parties of one threshold session.
	MaxParties = 1024
	// MaxUpdateDim bounds the length of one encrypted update vector.
	MaxUpdateDim = 1 << 24
)

// ThresholdConfig is one threshold session, the same for every party.
type ThresholdConfig struct {
	Parties      []uint64 // every party's Shamir point, distinct and nonzero
	Threshold    int      // parties needed to decrypt, 1..len(Parties)
	CRS          [32]byte // common random string (e.g. derived from the round id)
	SmudgingLog2 float64  // log2 of the smudging noise's sigma; 0 means SmudgingLog2For(len(Parties))
}

func (c *ThresholdConfig) validate() error {
	if len(c.Parties) == 0 || len(c.Parties) > MaxParties {
		return cohort.Errorf(cohort.EInvalid, "threshold: %d parties (want 1..%d)", len(c.Parties), MaxParties)
	}
	seen := map[uint64]bool{}
	for _, p := range c.Parties {
		if p == 0 || seen[p] {
			return cohort.Errorf(cohort.EInvalid, "threshold: party points must be distinct and nonzero")
		}
		seen[p] = true
	}
	if c.Threshold < 1 || c.Threshold > len(c.Parties) {
		return cohort.Errorf(cohort.EInvalid, "threshold: t=%d of %d parties", c.Threshold, len(c.Parties))
	}
	need := SmudgingLog2For(len(c.Parties))
	if c.SmudgingLog2 == 0 {
		c.SmudgingLog2 = need
	}
	if c.SmudgingLog2 < need || c.SmudgingLog2 > MaxSmudgingLog2 || math.IsNaN(c.SmudgingLog2) {
		return cohort.Errorf(cohort.EInvalid, "threshold: smudging 2^%g out of 2^%g..2^%d for %d parties (2^%d times the ciphertext noise, 2^%.1f)",
			c.SmudgingLog2, need, MaxSmudgingLog2, len(c.Parties), SmudgingMarginLog2, ThresholdNoiseLog2(len(c.Parties)))
	}
	return nil
}

// ThresholdNoiseLog2 is log2 of a bound on the RMS noise, per coefficient, of the sum of n fresh
// encryptions under the collective key of n parties (ProfileAgg): the key's secret is the sum of n
// ternary secrets (variance n*2/3 per coefficient) and its error the sum of n Gaussians (n*3.2^2);
// one public-key encryption's noise is v*e_pk + e_1*s + e_0, of variance 3.2^2 * (1 + 2 * (2N) * n * 2/3)
// (2N: products in the conjugate-invariant ring are taken modulo X^(2N)+1), and n of them add up.
// The bound is that RMS times sqrt(2), half a bit above it (measured: within 0.05 bit of the RMS for
// 3 and 6 parties, TestSmudgingHidesCiphertextNoise).
func ThresholdNoiseLog2(n int) float64 {
	const sigma, density = 3.2, 2.0 / 3
	ringN := 2 * float64(int(1)<<14)
	v := float64(n) * sigma * sigma * (1 + 2*ringN*float64(n)*density)
	return math.Log2(math.Sqrt(v)) + 0.5
}

// SmudgingLog2For is the smudging a session of n parties uses by default and needs at least:
// SmudgingMarginLog2 bits above ThresholdNoiseLog2(n), rounded up, never below MinSmudgingLog2.
func SmudgingLog2For(n int) float64 {
	return max(float64(MinSmudgingLog2), math.Ceil(SmudgingMarginLog2+ThresholdNoiseLog2(max(n, 1))))
}

func (c *ThresholdConfig) has(p uint64) bool { return slices.Contains(c.Parties, p) }

// ThresholdParty is one party's state. It is safe for concurrent use.
type ThresholdParty struct {
	cfg    ThresholdConfig
	self   uint64
	params Params

	mu       sync.Mutex
	sk       *rlwe.SecretKey
	thr      multiparty.Thresholdizer
	poly     multiparty.ShamirPolynomial
	tsk      multiparty.ShamirSecretShare
	received map[uint64]bool
	shared   map[[32]byte]bool
	cks      multiparty.KeySwitchProtocol
}

// NewThresholdParty creates party self's secret key and Shamir polynomial.
func NewThresholdParty(cfg ThresholdConfig, self uint64) (*ThresholdParty, error) {
	cfg.Parties = slices.Clone(cfg.Parties)
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	if !cfg.has(self) {
		return nil, cohort.Errorf(cohort.EInvalid, "threshold: party %d not in the session", self)
	}
	p, err := NewParams(ProfileAgg)
	if err != nil {
		return nil, err
	}
	tp := &ThresholdParty{cfg: cfg, self: self, params: p, received: map[uint64]bool{}, shared: map[[32]byte]bool{}}
	tp.sk = rlwe.NewKeyGenerator(p.p).GenSecretKeyNew()
	tp.thr = multiparty.NewThresholdizer(p.p)
	if tp.poly, err = tp.thr.GenShamirPolynomial(cfg.Threshold, tp.sk); err != nil {
		return nil, err
	}
	tp.tsk = tp.thr.AllocateThresholdSecretShare()
	// The key switch adds only its own fresh noise; addSmudging adds the smudging (lattigo's sampler
	// wraps values above a 60-bit modulus, which a sigma of 2^58 already reaches at 6 sigma).
	if tp.cks, err = multiparty.NewKeySwitchProtocol(p.p, ring.DiscreteGaussian{}); err != nil {
		return nil, err
	}
	return tp, nil
}

// LogValue redacts the party's secrets.
func (tp *ThresholdParty) LogValue() slog.Value {
	return slog.GroupValue(slog.Uint64("party", tp.self), slog.String("secret", "[redacted]"))
}

// Self returns the party's Shamir point.
func (tp *ThresholdParty) Self() uint64 { return tp.self }

func crpFor(p Params, crs [32]byte) (multiparty.PublicKeyGenProtocol, multiparty.PublicKeyGenCRP, error) {
	prng, err := sampling.NewKeyedPRNG(crs[:])
	if err != nil {
		return multiparty.PublicKeyGenProtocol{}, multiparty.PublicKeyGenCRP{}, err
	}
	ckg := multiparty.NewPublicKeyGenProtocol(p.p)
	return ckg, ckg.SampleCRP(prng), nil
}

// PublicKeyShare returns this party's share of the collective public key (for the aggregator).
func (tp *ThresholdParty) PublicKeyShare() ([]byte, error) {
	ckg, crp, err := crpFor(tp.params, tp.cfg.CRS)
	if err != nil {
		return nil, err
	}
	share := ckg.AllocateShare()
	tp.mu.Lock()
	ckg.GenShare(tp.sk, crp, &share)
	tp.mu.Unlock()
	return encodeQPMsg(magicPKShare, tp.params, []uint64{tp.self}, share.Value), nil
}

// ShamirShareFor returns party peer's Shamir share of this party's secret key. It is secret: send it
// to peer alone over an encrypted, authenticated channel.
func (tp *ThresholdParty) ShamirShareFor(peer uint64) ([]byte, error) {
	if !tp.cfg.has(peer) {
		return nil, cohort.Errorf(cohort.EInvalid, "threshold: party %d not in the session", peer)
	}
	sh := tp.thr.AllocateThresholdSecretShare()
	tp.mu.Lock()
	tp.thr.GenShamirSecretShare(multiparty.ShamirPublicPoint(peer), tp.poly, &sh)
	tp.mu.Unlock()
	return encodeQPMsg(magicShamir, tp.params, []uint64{tp.self, peer}, sh.Poly), nil
}

// AddShamirShare adds the Shamir share party from sent to this party (once per sender; its own
// share included, from ShamirShareFor(self)).
func (tp *ThresholdParty) AddShamirShare(from uint64, b []byte) error {
	meta, polys, err := decodeQPMsg(magicShamir, tp.params, 2, 1, b)
	if err != nil {
		return err
	}
	if meta[0] != from || meta[1] != tp.self {
		return cohort.Errorf(cohort.EInvalid, "threshold: Shamir share from %d to %d, expected from %d to %d", meta[0], meta[1], from, tp.self)
	}
	if !tp.cfg.has(from) {
		return cohort.Errorf(cohort.EInvalid, "threshold: party %d not in the session", from)
	}
	tp.mu.Lock()
	defer tp.mu.Unlock()
	if tp.received[from] {
		return cohort.Errorf(cohort.EConflict, "threshold: second Shamir share from %d", from)
	}
	if err := tp.thr.AggregateShares(tp.tsk, multiparty.ShamirSecretShare{Poly: polys[0]}, &tp.tsk); err != nil {
		return err
	}
	tp.received[from] = true
	return nil
}

// Ready reports whether every party's Shamir share has arrived.
func (tp *ThresholdParty) Ready() bool {
	tp.mu.Lock()
	defer tp.mu.Unlock()
	return len(tp.received) == len(tp.cfg.Parties)
}

// CollectivePublicKey is the session's public key: every party encrypts its update under it.
type CollectivePublicKey struct {
	params Params
	pk     *rlwe.PublicKey
}

// AggregatePublicKey builds the collective public key from every party's PublicKeyShare.
func AggregatePublicKey(cfg ThresholdConfig, shares map[uint64][]byte) (*CollectivePublicKey, error) {
	cfg.Parties = slices.Clone(cfg.Parties)
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	p, err := NewParams(ProfileAgg)
	if err != nil {
		return nil, err
	}
	if len(shares) != len(cfg.Parties) {
		return nil, cohort.Errorf(cohort.EInvalid, "threshold: %d public key shares, want %d", len(shares), len(cfg.Parties))
	}
	ckg, crp, err := crpFor(p, cfg.CRS)
	if err != nil {
		return nil, err
	}
	agg := ckg.AllocateShare()
	for _, party := range cfg.Parties {
		b, ok := shares[party]
		if !ok {
			return nil, cohort.Errorf(cohort.EInvalid, "threshold: no public key share from %d", party)
		}
		meta, polys, err := decodeQPMsg(magicPKShare, p, 1, 1, b)
		if err != nil {
			return nil, fmt.Errorf("public key share of %d: %w", party, err)
		}
		if meta[0] != party {
			return nil, cohort.Errorf(cohort.EInvalid, "threshold: share of %d labelled %d", party, meta[0])
		}
		ckg.AggregateShares(agg, multiparty.PublicKeyGenShare{Value: polys[0]}, &agg)
	}
	pk := rlwe.NewPublicKey(p.p)
	ckg.GenPublicKey(agg, crp, pk)
	return &CollectivePublicKey{params: p, pk: pk}, nil
}

// MarshalBinary encodes the public key.
func (k *CollectivePublicKey) MarshalBinary() ([]byte, error) {
	return encodeQPMsg(magicPK, k.params, nil, k.pk.Value[0], k.pk.Value[1]), nil
}

// UnmarshalCollectivePublicKey decodes a public key of ProfileAgg.
func UnmarshalCollectivePublicKey(b []byte) (*CollectivePublicKey, error) {
	p, err := NewParams(ProfileAgg)
	if err != nil {
		return nil, err
	}
	_, polys, err := decodeQPMsg(magicPK, p, 0, 2, b)
	if err != nil {
		return nil, err
	}
	pk := rlwe.NewPublicKey(p.p)
	pk.Value[0], pk.Value[1] = polys[0], polys[1]
	return &CollectivePublicKey{params: p, pk: pk}, nil
}

// EncryptedUpdate is an update vector encrypted under a collective key, or a sum of them.
type EncryptedUpdate struct {
	params Params
	dim    int
	cts    []*rlwe.Ciphertext
}

// Dim returns the vector length.
func (u *EncryptedUpdate) Dim() int { return u.dim }

// Ciphertexts returns the number of ciphertexts.
func (u *EncryptedUpdate) Ciphertexts() int { return len(u.cts) }

// EncryptUpdate encrypts a vector (|v_i| well below 2^13 so that sums of many parties fit) in
// ceil(len/slots) ciphertexts.
func (k *CollectivePublicKey) EncryptUpdate(v []float64) (*EncryptedUpdate, error) {
	if len(v) == 0 || len(v) > MaxUpdateDim {
		return nil, cohort.Errorf(cohort.EInvalid, "update of %d values (want 1..%d)", len(v), MaxUpdateDim)
	}
	for _, x := range v {
		if math.IsNaN(x) || math.Abs(x) > 1<<12 {
			return nil, cohort.Errorf(cohort.EInvalid, "update value %g out of range", x)
		}
	}
	p := k.params
	enc := rlwe.NewEncryptor(p.p, k.pk)
	slots := p.Slots()
	rq := p.p.RingQ().AtLevel(p.MaxLevel())
	u := &EncryptedUpdate{params: p, dim: len(v)}
	for off := 0; off < len(v); off += slots {
		pt := ckks.NewPlaintext(p.p, p.MaxLevel())
		if err := encodeCoeffs(rq, v[off:min(off+slots, len(v))], pt); err != nil {
			return nil, err
		}
		ct := ckks.NewCiphertext(p.p, 1, p.MaxLevel())
		if err := enc.Encrypt(pt, ct); err != nil {
			return nil, err
		}
		u.cts = append(u.cts, ct)
	}
	return u, nil
}

// SumUpdates adds encrypted updates of the same length.
func SumUpdates(us ...*EncryptedUpdate) (*EncryptedUpdate, error) {
	if len(us) == 0 {
		return nil, cohort.Errorf(cohort.EInvalid, "no updates to sum")
	}
	p := us[0].params
	sum := &EncryptedUpdate{params: p, dim: us[0].dim, cts: make([]*rlwe.Ciphertext, len(us[0].cts))}
	for i, ct := range us[0].cts {
		sum.cts[i] = ct.CopyNew()
	}
	rq := p.p.RingQ()
	for k, u := range us[1:] {
		if u.dim != sum.dim || len(u.cts) != len(sum.cts) || u.params.fp != p.fp {
			return nil, cohort.Errorf(cohort.EInvalid, "update %d: shape differs from update 0", k+1)
		}
		for i := range sum.cts {
			// Same parameters, level and (coefficient) encoding: the sum is the components' sum.
			a, b := sum.cts[i], u.cts[i]
			if a.Level() != b.Level() || a.Degree() != b.Degree() || a.IsNTT != b.IsNTT {
				return nil, cohort.Errorf(cohort.EInvalid, "update %d: ciphertext %d of another level or form", k+1, i)
			}
			for c := range a.Value {
				rq.AtLevel(a.Level()).Add(a.Value[c], b.Value[c], a.Value[c])
			}
		}
	}
	return sum, nil
}

// MarshalBinary encodes the update: magic, fingerprint, dim u32, count u32, then the ciphertexts in
// the ciphertext format.
func (u *EncryptedUpdate) MarshalBinary() ([]byte, error) {
	b := append([]byte(magicUpdate), u.params.fp[:]...)
	b = binary.LittleEndian.AppendUint32(b, uint32(u.dim))
	b = binary.LittleEndian.AppendUint32(b, uint32(len(u.cts)))
	for _, ct := range u.cts {
		cb, err := (&Ciphertext{params: u.params, ct: ct}).MarshalBinary()
		if err != nil {
			return nil, err
		}
		b = append(b, cb...)
	}
	return b, nil
}

// UnmarshalEncryptedUpdate decodes an update of at most maxDim values.
func UnmarshalEncryptedUpdate(b []byte, maxDim int) (*EncryptedUpdate, error) {
	p, err := NewParams(ProfileAgg)
	if err != nil {
		return nil, err
	}
	const hdr = 4 + 8 + 4 + 4
	if len(b) < hdr || string(b[:4]) != magicUpdate {
		return nil, cohort.Errorf(cohort.EInvalid, "encrypted update: bad header")
	}
	if [8]byte(b[4:12]) != p.fp {
		return nil, cohort.Errorf(cohort.EInvalid, "encrypted update: wrong parameters")
	}
	dim := int(binary.LittleEndian.Uint32(b[12:16]))
	count := int(binary.LittleEndian.Uint32(b[16:20]))
	if maxDim <= 0 || maxDim > MaxUpdateDim {
		maxDim = MaxUpdateDim
	}
	if dim < 1 || dim > maxDim || count != (dim+p.Slots()-1)/p.Slots() {
		return nil, cohort.Errorf(cohort.EInvalid, "encrypted update: dim %d in %d ciphertexts", dim, count)
	}
	one := ctBinarySize(p, p.MaxLevel(), false)
	if len(b) != hdr+count*one {
		return nil, cohort.Errorf(cohort.EInvalid, "encrypted update: %d bytes, want %d", len(b), hdr+count*one)
	}
	u := &EncryptedUpdate{params: p, dim: dim}
	for i := 0; i < count; i++ {
		off := hdr + i*one
		c, err := p.UnmarshalCiphertext(b[off:off+one], CiphertextLimits{MinLevel: p.MaxLevel(), MaxLevel: p.MaxLevel()})
		if err != nil {
			return nil, fmt.Errorf("encrypted update ciphertext %d: %w", i, err)
		}
		u.cts = append(u.cts, c.ct)
	}
	return u, nil
}

func ctDigest(ct *rlwe.Ciphertext) [32]byte {
	h := sha256.New()
	var buf [8]byte
	for _, poly := range ct.Value {
		for _, row := range poly.Coeffs {
			for _, v := range row {
				binary.LittleEndian.PutUint64(buf[:], v)
				h.Write(buf[:])
			}
		}
	}
	return [32]byte(h.Sum(nil))
}

func activeDigest(active []uint64) uint64 {
	h := sha256.New()
	for _, a := range active {
		binary.Write(h, binary.LittleEndian, a)
	}
	return binary.LittleEndian.Uint64(h.Sum(nil))
}

func (cfg *ThresholdConfig) checkActive(active []uint64) ([]uint64, error) {
	a := slices.Clone(active)
	slices.Sort(a)
	if len(a) != cfg.Threshold || len(slices.Compact(slices.Clone(a))) != len(a) {
		return nil, cohort.Errorf(cohort.EInvalid, "threshold: active set of %d distinct parties, want exactly t=%d", len(active), cfg.Threshold)
	}
	for _, p := range a {
		if !cfg.has(p) {
			return nil, cohort.Errorf(cohort.EInvalid, "threshold: active party %d not in the session", p)
		}
	}
	return a, nil
}

// DecryptionShare returns this party's decryption share of sum for the active set (exactly Threshold
// parties, this one among them). It refuses (EConflict) to share any ciphertext a second time, and
// before every Shamir share has arrived.
func (tp *ThresholdParty) DecryptionShare(sum *EncryptedUpdate, active []uint64) ([]byte, error) {
	a, err := tp.cfg.checkActive(active)
	if err != nil {
		return nil, err
	}
	if !slices.Contains(a, tp.self) {
		return nil, cohort.Errorf(cohort.EInvalid, "threshold: party %d not in the active set", tp.self)
	}
	if sum.params.fp != tp.params.fp {
		return nil, cohort.Errorf(cohort.EInvalid, "threshold: update of other parameters")
	}
	digests := make([][32]byte, len(sum.cts))
	for i, ct := range sum.cts {
		digests[i] = ctDigest(ct)
	}
	tp.mu.Lock()
	defer tp.mu.Unlock()
	if len(tp.received) != len(tp.cfg.Parties) {
		return nil, cohort.Errorf(cohort.EConflict, "threshold: %d of %d Shamir shares received", len(tp.received), len(tp.cfg.Parties))
	}
	for i, d := range digests {
		if tp.shared[d] || slices.Contains(digests[:i], d) {
			return nil, cohort.Errorf(cohort.EConflict, "threshold: refusing a second decryption share for ciphertext %d", i)
		}
	}
	points := make([]multiparty.ShamirPublicPoint, len(a))
	for i, p := range a {
		points[i] = multiparty.ShamirPublicPoint(p)
	}
	cmb := multiparty.NewCombiner(tp.params.p, multiparty.ShamirPublicPoint(tp.self), points, tp.cfg.Threshold)
	skAdd := rlwe.NewSecretKey(tp.params.p)
	if err := cmb.GenAdditiveShare(points, multiparty.ShamirPublicPoint(tp.self), tp.tsk, skAdd); err != nil {
		return nil, err
	}
	zero := rlwe.NewSecretKey(tp.params.p)
	polys := make([]ring.Poly, len(sum.cts))
	for i, ct := range sum.cts {
		sh := tp.cks.AllocateShare(ct.Level())
		tp.cks.GenShare(skAdd, zero, ct, &sh)
		rq := tp.params.p.RingQ().AtLevel(ct.Level())
		rq.Reduce(sh.Value, sh.Value) // GenShare leaves lazy [0, 2q) values
		if err := addSmudging(rq, sh.Value, tp.cfg.SmudgingLog2, ct.IsNTT); err != nil {
			return nil, err
		}
		polys[i] = sh.Value
	}
	for _, d := range digests {
		tp.shared[d] = true
	}
	return encodeQMsg(magicDec, tp.params, []uint64{tp.self, activeDigest(a), uint64(sum.dim)}, polys), nil
}

// CombineShares adds the decryption shares of the active set's parties (exactly Threshold of them,
// keyed by party) and returns the decrypted sum.
func CombineShares(cfg ThresholdConfig, sum *EncryptedUpdate, active []uint64, shares map[uint64][]byte) ([]float64, error) {
	cfg.Parties = slices.Clone(cfg.Parties)
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	a, err := cfg.checkActive(active)
	if err != nil {
		return nil, err
	}
	p := sum.params
	if len(shares) != len(a) {
		return nil, cohort.Errorf(cohort.EInvalid, "threshold: %d decryption shares for %d active parties", len(shares), len(a))
	}
	cks, err := multiparty.NewKeySwitchProtocol(p.p, ring.DiscreteGaussian{})
	if err != nil {
		return nil, err
	}
	agg := make([]multiparty.KeySwitchShare, len(sum.cts))
	for i, ct := range sum.cts {
		agg[i] = cks.AllocateShare(ct.Level())
	}
	ad := activeDigest(a)
	for _, party := range a {
		b, ok := shares[party]
		if !ok {
			return nil, cohort.Errorf(cohort.EInvalid, "threshold: no decryption share from active party %d", party)
		}
		meta, polys, err := decodeQMsg(magicDec, p, 3, len(sum.cts), p.MaxLevel(), b)
		if err != nil {
			return nil, fmt.Errorf("decryption share of %d: %w", party, err)
		}
		if meta[0] != party || meta[1] != ad || meta[2] != uint64(sum.dim) {
			return nil, cohort.Errorf(cohort.EInvalid, "threshold: decryption share of %d is for another party, active set or update", party)
		}
		for i := range agg {
			if err := cks.AggregateShares(agg[i], multiparty.KeySwitchShare{Value: polys[i]}, &agg[i]); err != nil {
				return nil, err
			}
		}
	}
	rq := p.p.RingQ().AtLevel(p.MaxLevel())
	dec := rlwe.NewDecryptor(p.p, rlwe.NewSecretKey(p.p))
	out := make([]float64, 0, sum.dim)
	buf := make([]float64, p.Slots())
	for i, ct := range sum.cts {
		ks := ct.CopyNew()
		cks.KeySwitch(ct, agg[i], ks)
		if err := decodeCoeffs(rq, dec.DecryptNew(ks), buf); err != nil {
			return nil, err
		}
		out = append(out, buf[:min(p.Slots(), sum.dim-len(out))]...)
	}
	return out, nil
}

// encodeQPMsg: magic[4] fp[8] meta u64... then each QP poly (Q rows then P rows) at full level.
func encodeQPMsg(magic string, p Params, meta []uint64, polys ...ringqp.Poly) []byte {
	size := 12 + 8*len(meta) + len(polys)*(p.p.MaxLevelQ()+1+p.p.MaxLevelP()+1)*p.p.N()*8
	b := append(make([]byte, 0, size), magic...)
	b = append(b, p.fp[:]...)
	for _, m := range meta {
		b = binary.LittleEndian.AppendUint64(b, m)
	}
	for _, poly := range polys {
		b = appendPoly(b, poly.Q, p.p.Q(), p.p.MaxLevelQ())
		b = appendPoly(b, poly.P, p.p.P(), p.p.MaxLevelP())
	}
	return b
}

func decodeQPMsg(magic string, p Params, nmeta, npolys int, b []byte) ([]uint64, []ringqp.Poly, error) {
	lq, lp := p.p.MaxLevelQ(), p.p.MaxLevelP()
	want := 12 + 8*nmeta + npolys*(lq+1+lp+1)*p.p.N()*8
	if len(b) != want || string(b[:min(4, len(b))]) != magic {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "%s message: %d bytes or bad magic (want %d bytes)", magic, len(b), want)
	}
	if [8]byte(b[4:12]) != p.fp {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "%s message: wrong parameters", magic)
	}
	meta := make([]uint64, nmeta)
	for i := range meta {
		meta[i] = binary.LittleEndian.Uint64(b[12+8*i:])
	}
	rest := b[12+8*nmeta:]
	polys := make([]ringqp.Poly, npolys)
	var err error
	for i := range polys {
		polys[i] = p.p.RingQP().NewPoly()
		if rest, err = readPoly(rest, polys[i].Q, p.p.Q(), lq); err != nil {
			return nil, nil, err
		}
		if rest, err = readPoly(rest, polys[i].P, p.p.P(), lp); err != nil {
			return nil, nil, err
		}
	}
	return meta, polys, nil
}

func encodeQMsg(magic string, p Params, meta []uint64, polys []ring.Poly) []byte {
	size := 12 + 8*len(meta) + 4
	for _, poly := range polys {
		size += (poly.Level() + 1) * p.p.N() * 8
	}
	b := append(make([]byte, 0, size), magic...)
	b = append(b, p.fp[:]...)
	for _, m := range meta {
		b = binary.LittleEndian.AppendUint64(b, m)
	}
	b = binary.LittleEndian.AppendUint32(b, uint32(len(polys)))
	for _, poly := range polys {
		b = appendPoly(b, poly, p.p.Q(), poly.Level())
	}
	return b
}

func decodeQMsg(magic string, p Params, nmeta, npolys, level int, b []byte) ([]uint64, []ring.Poly, error) {
	want := 12 + 8*nmeta + 4 + npolys*(level+1)*p.p.N()*8
	if len(b) != want || string(b[:min(4, len(b))]) != magic {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "%s message: %d bytes or bad magic (want %d bytes)", magic, len(b), want)
	}
	if [8]byte(b[4:12]) != p.fp {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "%s message: wrong parameters", magic)
	}
	meta := make([]uint64, nmeta)
	for i := range meta {
		meta[i] = binary.LittleEndian.Uint64(b[12+8*i:])
	}
	off := 12 + 8*nmeta
	if int(binary.LittleEndian.Uint32(b[off:])) != npolys {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "%s message: wrong poly count", magic)
	}
	rest := b[off+4:]
	polys := make([]ring.Poly, npolys)
	var err error
	for i := range polys {
		polys[i] = p.p.RingQ().AtLevel(level).NewPoly()
		if rest, err = readPoly(rest, polys[i], p.p.Q(), level); err != nil {
			return nil, nil, err
		}
	}
	return meta, polys, nil
}

// MaxSumMagnitude bounds every slot of a decrypted sum (values beyond wrap around the modulus).
const MaxSumMagnitude = 1 << 13

// DeriveCRS derives a session's common random string from a public label (task id and round): every
// party computes the same value and nobody chooses it.
func DeriveCRS(label string) [32]byte {
	return sha256.Sum256([]byte("cohort/threshold-he/crs/v1|" + label))
}

// NewCRS returns a fresh random common reference string.
func NewCRS() ([32]byte, error) {
	var c [32]byte
	_, err := rand.Read(c[:])
	return c, err
}

// addSmudging adds to poly (in the NTT domain when ntt) a fresh sample, per coefficient, of a
// centred Gaussian of standard deviation 2^log2Sigma truncated at 6 sigma (below 2^64 for
// log2Sigma <= MaxSmudgingLog2), from a ChaCha8 stream keyed by crypto/rand. A sample is drawn as
// a float64 norm times sigma, its bits below the float's precision filled uniformly, then reduced
// modulo every row's modulus; it is never wrapped by a modulus smaller than itself.
func addSmudging(rq *ring.Ring, poly ring.Poly, log2Sigma float64, ntt bool) error {
	if log2Sigma < 1 || log2Sigma > MaxSmudgingLog2 {
		return cohort.Errorf(cohort.EInvalid, "smudging 2^%g out of range", log2Sigma)
	}
	var seed [32]byte
	if _, err := rand.Read(seed[:]); err != nil {
		return fmt.Errorf("smudging seed: %w", err)
	}
	rng := mrand.New(mrand.NewChaCha8(seed))
	sigma := math.Exp2(log2Sigma)
	bound := 6 * sigma
	e := rq.NewPoly()
	moduli := rq.ModuliChain()[:rq.Level()+1]
	for i := 0; i < rq.N(); i++ {
		var mag uint64
		var neg bool
		for {
			x := rng.NormFloat64() * sigma
			neg = x < 0
			x = math.Abs(x)
			if x > bound {
				continue
			}
			mag = uint64(x + 0.5)
			if x >= 1<<53 { // the float's last bit is worth 2^(e-52): fill what lies below it
				_, exp := math.Frexp(x)
				mag &^= 1<<(exp-53) - 1
				mag |= rng.Uint64() & (1<<(exp-53) - 1)
			}
			break
		}
		for j, q := range moduli {
			v := mag % q
			if neg && v != 0 {
				v = q - v
			}
			e.Coeffs[j][i] = v
		}
	}
	if ntt {
		rq.NTT(e, e)
	}
	rq.Add(poly, e, poly)
	return nil
}
