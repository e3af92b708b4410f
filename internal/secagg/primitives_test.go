package secagg

import (
	"bytes"
	"crypto/ecdh"
	"crypto/rand"
	"math"
	"math/big"
	"testing"
)

func TestFieldPrime(t *testing.T) {
	if !fieldP.ProbablyPrime(32) || fieldP.BitLen() != 257 {
		t.Fatal("field modulus is not the 257-bit prime 2^256+297")
	}
}

func TestShamirThreshold(t *testing.T) {
	secret := make([]byte, 32)
	for i := range secret {
		secret[i] = 0xff // the largest 32-byte value still fits the field
	}
	for _, tc := range []struct{ t, n int }{{1, 1}, {2, 3}, {3, 4}, {16, 31}, {21, 30}} {
		xs := make([]int, tc.n)
		for i := range xs {
			xs[i] = 3*i + 7 // holder indices need not be contiguous
		}
		raw, err := shamirSplit(secret, tc.t, xs)
		if err != nil {
			t.Fatal(err)
		}
		shares := make([]share, tc.n)
		for i := range raw {
			shares[i], err = parseShare(xs[i], raw[i])
			if err != nil {
				t.Fatal(err)
			}
		}
		// Any t shares reconstruct: the first t and the last t.
		for _, sub := range [][]share{shares[:tc.t], shares[tc.n-tc.t:]} {
			got, err := shamirCombine(sub)
			if err != nil || !bytes.Equal(got, secret) {
				t.Fatalf("t=%d n=%d: t shares gave %x, %v", tc.t, tc.n, got, err)
			}
		}
		// t-1 shares do not.
		if tc.t > 1 {
			got, err := shamirCombine(shares[:tc.t-1])
			if err == nil && bytes.Equal(got, secret) {
				t.Fatalf("t=%d n=%d: t-1 shares reconstructed the secret", tc.t, tc.n)
			}
		}
	}
	// Duplicate points are refused.
	raw, _ := shamirSplit(secret, 2, []int{1, 2})
	s0, _ := parseShare(1, raw[0])
	if _, err := shamirCombine([]share{s0, s0}); err == nil {
		t.Fatal("duplicate shares accepted")
	}
	// Values outside the field are refused.
	var big [shareLen]byte
	for i := range big {
		big[i] = 0xff
	}
	if _, err := parseShare(1, big); err == nil {
		t.Fatal("share above the field accepted")
	}
}

func TestShamirSharesLookRandom(t *testing.T) {
	// Two sharings of the same secret differ (fresh coefficients from crypto/rand).
	secret := make([]byte, 32)
	rand.Read(secret)
	a, _ := shamirSplit(secret, 3, []int{1, 2, 3})
	b, _ := shamirSplit(secret, 3, []int{1, 2, 3})
	if a[0] == b[0] {
		t.Fatal("two sharings gave the same share")
	}
}

// TestMaskUniformity is a chi-square test of the mask PRG on byte buckets and on the top byte of
// 32-bit elements, with a fixed key so the outcome is deterministic. With 255 degrees of freedom the
// statistic has mean 255 and standard deviation 22.6; the bound is 6 sigma.
func TestMaskUniformity(t *testing.T) {
	var session [32]byte
	key := maskKey(session, []byte("fixed seed for the uniformity test"), "test", [20]byte{1}, [20]byte{2})
	const elems = 1 << 18
	s := keystream(key, 4*elems)
	chi := func(counts []float64, total float64) float64 {
		exp := total / float64(len(counts))
		var x float64
		for _, c := range counts {
			x += (c - exp) * (c - exp) / exp
		}
		return x
	}
	bound := 255 + 6*math.Sqrt(2*255)
	bytesC := make([]float64, 256)
	for _, b := range s {
		bytesC[b]++
	}
	if x := chi(bytesC, float64(len(s))); x > bound || x < 255-6*math.Sqrt(2*255) {
		t.Fatalf("byte chi-square %.1f outside [%.1f, %.1f]", x, 255-6*math.Sqrt(2*255), bound)
	}
	top := make([]float64, 256)
	for i := 0; i < elems; i++ {
		top[s[4*i+3]]++
	}
	if x := chi(top, elems); x > bound {
		t.Fatalf("top-byte chi-square %.1f over %.1f", x, bound)
	}
	// Different keys give unrelated streams; the same key gives the same stream.
	key2 := maskKey(session, []byte("fixed seed for the uniformity test"), "test", [20]byte{2}, [20]byte{1})
	s1 := append([]byte(nil), s...)
	s2 := keystream(key2, 4*elems)
	if bytes.Equal(s1[:64], s2[:64]) {
		t.Fatal("different info gave the same stream")
	}
	if !bytes.Equal(keystream(key, 4*elems), s1) {
		t.Fatal("the same key gave another stream")
	}
}

func TestAddMaskCancelsAndMatchesKeystream(t *testing.T) {
	for _, w := range []int{4, 8} {
		const n = 3*expandChunk/4 + 5 // several chunks and a ragged end
		acc := make([]uint64, n)
		for i := range acc {
			acc[i] = uint64(i)
		}
		ex := newExpander()
		k := [16]byte{9}
		ex.addMask(acc, k, w, false)
		// The chunked mask equals the whole keystream read as elements.
		want := make([]uint64, n)
		for i := range want {
			want[i] = uint64(i)
		}
		addStream(want, keystream(k, w*n), w, false)
		for i := range acc {
			if acc[i] != want[i] {
				t.Fatalf("width %d: element %d differs", w, i)
			}
		}
		ex.addMask(acc, k, w, true)
		reduce(acc, w)
		for i := range acc {
			if acc[i] != uint64(i) {
				t.Fatalf("width %d: element %d = %d after adding and subtracting", w, i, acc[i])
			}
		}
	}
}

func TestQuantizeUnbiased(t *testing.T) {
	keys := NewDevKeyring(2, 1)
	cfg, err := NewConfig(Params{Clients: keys.IDs(), Neighbours: 1, Threshold: 1, Bits: 4, ClipRange: 1, Dim: 20000, TaskID: "q", Round: 1})
	if err != nil {
		t.Fatal(err)
	}
	u := make([]float64, 20000)
	for i := range u {
		u[i] = 0.1 // between two of the 15 levels
	}
	q := make([]uint64, 20001)
	if err := cfg.quantize(q, u, 3); err != nil {
		t.Fatal(err)
	}
	out := cfg.dequantize(q, 1)
	var mean float64
	for _, v := range out[:20000] {
		mean += v
	}
	mean /= 20000
	if math.Abs(mean-0.1) > 0.005 {
		t.Fatalf("stochastic rounding biased: mean %v, want 0.1", mean)
	}
	if out[20000] != 3 {
		t.Fatalf("weight %v, want 3", out[20000])
	}
}

// TestLowOrderKeys checks the blocklist: each listed u is a point of order dividing 8 (x-only doubling
// reaches u = 0 and then infinity), crypto/ecdh refuses each as giving an all-zero secret, and random
// keys pass both checks alike.
func TestLowOrderKeys(t *testing.T) {
	p := lowOrder[5]
	A := big.NewInt(486662)
	// double returns the u-coordinate of 2P, or nil for the point at infinity.
	double := func(u *big.Int) *big.Int {
		u2 := new(big.Int).Mul(u, u)
		num := new(big.Int).Sub(u2, big.NewInt(1))
		num.Mul(num, num).Mod(num, p)
		den := new(big.Int).Mul(A, u)
		den.Add(den, u2).Add(den, big.NewInt(1)).Mul(den, u).Mul(den, big.NewInt(4)).Mod(den, p)
		if den.Sign() == 0 {
			return nil
		}
		return num.Mul(num, den.ModInverse(den, p)).Mod(num, p)
	}
	enc := func(u *big.Int) (b [keyLen]byte) {
		be := make([]byte, keyLen)
		u.FillBytes(be)
		for i := range b {
			b[i] = be[keyLen-1-i]
		}
		return b
	}
	priv, _ := ecdh.X25519().GenerateKey(rand.Reader)
	for _, u := range lowOrder {
		x := new(big.Int).Set(u)
		steps := 0
		for x != nil && steps < 4 {
			x = double(x)
			steps++
		}
		if x != nil {
			t.Fatalf("u=%v does not reach infinity in 3 doublings", u)
		}
		b := enc(u)
		if _, err := parsePublic(b); err == nil {
			t.Fatalf("u=%v accepted", u)
		}
		pub, err := ecdh.X25519().NewPublicKey(b[:])
		if err != nil {
			t.Fatal(err)
		}
		if _, err := priv.ECDH(pub); err == nil {
			t.Fatalf("crypto/ecdh accepted u=%v", u)
		}
		b[31] |= 0x80 // the ignored top bit does not hide it
		if _, err := parsePublic(b); err == nil {
			t.Fatalf("u=%v with the top bit set accepted", u)
		}
	}
	if b := enc(new(big.Int).Add(p, big.NewInt(1))); true {
		if _, err := parsePublic(b); err == nil {
			t.Fatal("non-canonical u = p+1 accepted")
		}
	}
	for i := 0; i < 50; i++ {
		k, _ := ecdh.X25519().GenerateKey(rand.Reader)
		if _, err := parsePublic([keyLen]byte(k.PublicKey().Bytes())); err != nil {
			t.Fatal(err)
		}
	}
}
