package secagg

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/sha256"
	"encoding/binary"

	"github.com/cohort-net/cohort"
)

// Masks are AES-128-CTR keystreams (zero IV; every key is used for one stream only) read as
// little-endian elements of Z_2^32 or Z_2^64. Keys come from HKDF-SHA256 with the session as salt.

// maskKey derives the AES key of a mask from its seed: a pairwise X25519 secret (info names both ends,
// lower index first) or a self-mask seed (info names the owner).
func maskKey(session [32]byte, seed []byte, label string, a, b cohort.NodeID) [16]byte {
	info := make([]byte, 0, len(label)+40)
	info = append(info, label...)
	info = append(info, a[:]...)
	info = append(info, b[:]...)
	k, err := hkdf.Key(sha256.New, seed, session[:], string(info), 16)
	if err != nil {
		panic("secagg: hkdf: " + err.Error()) // only for lengths out of range, never here
	}
	var out [16]byte
	copy(out[:], k)
	return out
}

// expander adds mask streams into accumulators, a chunk at a time so that the keystream stays in
// cache. It owns its buffers and is not safe for concurrent use.
type expander struct {
	zero, buf []byte
}

const expandChunk = 32 << 10 // bytes of keystream per step

func newExpander() *expander {
	return &expander{zero: make([]byte, expandChunk), buf: make([]byte, expandChunk)}
}

// addMask adds (neg=false) or subtracts (neg=true) the mask of key, read as little-endian elements of
// width bytes, into acc.
func (e *expander) addMask(acc []uint64, key [16]byte, width int, neg bool) {
	blk, err := aes.NewCipher(key[:])
	if err != nil {
		panic("secagg: aes: " + err.Error()) // only for bad key lengths, never here
	}
	var iv [aes.BlockSize]byte
	ctr := cipher.NewCTR(blk, iv[:])
	per := expandChunk / width
	for a := acc; len(a) > 0; {
		c := min(per, len(a))
		ctr.XORKeyStream(e.buf[:c*width], e.zero[:c*width])
		addStream(a[:c], e.buf[:c*width], width, neg)
		a = a[c:]
	}
}

// keystream returns the first n bytes of key's mask stream (tests).
func keystream(key [16]byte, n int) []byte {
	blk, err := aes.NewCipher(key[:])
	if err != nil {
		panic(err)
	}
	var iv [aes.BlockSize]byte
	out := make([]byte, n)
	cipher.NewCTR(blk, iv[:]).XORKeyStream(out, out)
	return out
}

// addStream adds (neg=false) or subtracts (neg=true) the little-endian elements of s into acc, modulo
// 2^64; callers reduce modulo 2^32 at the end when width is 4. The loops advance slices so that the
// compiler drops the bounds checks; width 4 loads two elements at a time.
func addStream(acc []uint64, s []byte, width int, neg bool) {
	if width == 4 {
		s = s[:4*len(acc)]
		a := acc
		if neg {
			for len(a) >= 2 && len(s) >= 8 {
				x := binary.LittleEndian.Uint64(s[:8])
				a[0] -= x & 0xffffffff
				a[1] -= x >> 32
				a, s = a[2:], s[8:]
			}
			if len(a) == 1 {
				a[0] -= uint64(binary.LittleEndian.Uint32(s[:4]))
			}
		} else {
			for len(a) >= 2 && len(s) >= 8 {
				x := binary.LittleEndian.Uint64(s[:8])
				a[0] += x & 0xffffffff
				a[1] += x >> 32
				a, s = a[2:], s[8:]
			}
			if len(a) == 1 {
				a[0] += uint64(binary.LittleEndian.Uint32(s[:4]))
			}
		}
		return
	}
	s = s[:8*len(acc)]
	a := acc
	if neg {
		for len(a) >= 1 && len(s) >= 8 {
			a[0] -= binary.LittleEndian.Uint64(s[:8])
			a, s = a[1:], s[8:]
		}
	} else {
		for len(a) >= 1 && len(s) >= 8 {
			a[0] += binary.LittleEndian.Uint64(s[:8])
			a, s = a[1:], s[8:]
		}
	}
}

// putVector writes v as little-endian elements of width bytes into dst (len(v)*width bytes).
func putVector(dst []byte, v []uint64, width int) {
	if width == 4 {
		dst = dst[:4*len(v)]
		for len(v) >= 1 && len(dst) >= 4 {
			binary.LittleEndian.PutUint32(dst[:4], uint32(v[0]))
			v, dst = v[1:], dst[4:]
		}
		return
	}
	dst = dst[:8*len(v)]
	for len(v) >= 1 && len(dst) >= 8 {
		binary.LittleEndian.PutUint64(dst[:8], v[0])
		v, dst = v[1:], dst[8:]
	}
}

// reduce keeps the low 8*width bits of every element.
func reduce(acc []uint64, width int) {
	if width == 4 {
		for i := range acc {
			acc[i] &= 0xffffffff
		}
	}
}
