package zk

import (
	"encoding/binary"
	"fmt"

	"github.com/cohort-net/cohort"
)

// gnark's decoders allocate a slice as soon as they read its 32-bit length prefix, so a few hostile
// bytes can ask for gigabytes. The walkers below check the layout of every format we decode from
// outside (proofs, verifying keys, ceremony files) before gnark sees the bytes: every length prefix
// must fit in the bytes that remain.

type walker struct {
	b   []byte
	off int
	err error
}

func (w *walker) fail(f string, a ...any) {
	if w.err == nil {
		w.err = fmt.Errorf("at byte %d: "+f, append([]any{w.off}, a...)...)
	}
}

func (w *walker) skip(n int) {
	if w.err != nil {
		return
	}
	if n < 0 || n > len(w.b)-w.off {
		w.fail("%d bytes needed, %d left", n, len(w.b)-w.off)
		return
	}
	w.off += n
}

// point skips a compressed (size) or uncompressed (2*size) curve point, by its flag bits.
func (w *walker) point(size int) {
	if w.err != nil {
		return
	}
	if w.off >= len(w.b) {
		w.fail("truncated point")
		return
	}
	if w.b[w.off]>>6 == 0 {
		size *= 2
	}
	w.skip(size)
}

func (w *walker) g1() { w.point(32) }
func (w *walker) g2() { w.point(64) }

func (w *walker) u16() int {
	if w.err != nil || len(w.b)-w.off < 2 {
		w.fail("truncated length")
		return 0
	}
	v := int(binary.BigEndian.Uint16(w.b[w.off:]))
	w.off += 2
	return v
}

func (w *walker) u32() int {
	if w.err != nil || len(w.b)-w.off < 4 {
		w.fail("truncated length")
		return 0
	}
	v := int(binary.BigEndian.Uint32(w.b[w.off:]))
	w.off += 4
	return v
}

func (w *walker) u64() uint64 {
	if w.err != nil || len(w.b)-w.off < 8 {
		w.fail("truncated word")
		return 0
	}
	v := binary.BigEndian.Uint64(w.b[w.off:])
	w.off += 8
	return v
}

// count reads a slice length whose elements take at least minSize bytes each, and checks it fits.
func (w *walker) count(minSize, max int) int {
	n := w.u32()
	if w.err == nil && (n > max || n*minSize > len(w.b)-w.off) {
		w.fail("slice of %d elements does not fit", n)
		return 0
	}
	return n
}

func (w *walker) g1s(max int) {
	for range w.count(32, max) {
		w.g1()
	}
}

func (w *walker) g2s(max int) {
	for range w.count(64, max) {
		w.g2()
	}
}

func (w *walker) end() {
	if w.err == nil && w.off != len(w.b) {
		w.fail("%d trailing bytes", len(w.b)-w.off)
	}
}

func layoutErr(what string, w *walker) error {
	if w.err != nil {
		return cohort.Errorf(cohort.EInvalid, "%s: malformed %v", what, w.err)
	}
	return nil
}

func checkGroth16Proof(b []byte) error {
	w := &walker{b: b}
	w.g1()
	w.g2()
	w.g1()
	w.g1s(8)
	w.g1()
	w.end()
	return layoutErr("groth16 proof", w)
}

func checkPlonkProof(b []byte) error {
	w := &walker{b: b}
	for range 8 { // L, R, O, Z, H0..2, batched opening H
		w.g1()
	}
	w.skip(32 * w.count(32, 64)) // claimed values
	w.g1()                       // shifted opening H
	w.skip(32)                   // its claimed value
	w.g1s(8)
	w.end()
	return layoutErr("plonk proof", w)
}

func checkGroth16VK(b []byte) error { return checkGroth16VKPoints(b, 1<<16) }

// checkGroth16VKPoints is checkGroth16VK with at most maxK points K (public inputs + 1).
func checkGroth16VKPoints(b []byte, maxK int) error {
	w := &walker{b: b}
	w.g1()
	w.g1()
	w.g2()
	w.g2()
	w.g1()
	w.g2()
	w.g1s(maxK)
	for range w.count(4, 8) { // public and commitment committed
		w.skip(8 * w.count(8, 1<<16))
	}
	nc := w.u32()
	if nc > 8 {
		w.fail("%d commitment keys", nc)
	}
	for range nc {
		w.g2()
		w.g2()
	}
	w.end()
	return layoutErr("groth16 verifying key", w)
}

func checkPlonkVK(b []byte) error {
	w := &walker{b: b}
	if w.u64() != 0 || w.u64() != 1 {
		w.fail("not a version-1 plonk verifying key")
	}
	w.u64()       // size
	w.skip(32)    // size inverse
	w.skip(32)    // generator
	w.u64()       // public variables
	w.skip(32)    // coset shift
	for range 8 { // S0..2, Ql, Qr, Qm, Qo, Qk
		w.g1()
	}
	w.g1s(8) // Qcp
	w.g1()
	w.g2()
	w.g2()
	w.skip(2 * 2 * 66 * 128) // pairing lines: fixed size
	w.skip(8 * w.count(8, 8))
	w.end()
	return layoutErr("plonk verifying key", w)
}

// srsCommons checks an encoded SrsCommons: N, then 5N-2 points (3N-1 in G1, N in G2 counting beta).
func (w *walker) srsCommons() {
	n := w.u64()
	if w.err != nil {
		return
	}
	if n == 0 || n&(n-1) != 0 || n > 1<<26 || int(n)*4*32 > len(w.b)-w.off {
		w.fail("domain %d does not fit", n)
		return
	}
	w.g2() // beta
	for range 2*n - 2 {
		w.g1()
	}
	for range n - 1 {
		w.g2()
	}
	for range 2 * n {
		w.g1()
	}
}

func checkSrsCommons(b []byte) error {
	w := &walker{b: b}
	w.srsCommons()
	w.end()
	return layoutErr("phase 1 srs", w)
}

func checkPhase1(b []byte) error {
	w := &walker{b: b}
	for range 3 { // update proofs for tau, alpha, beta
		w.g1()
		w.g2()
	}
	w.srsCommons()
	if w.err == nil && w.off < len(w.b) {
		w.skip(1 + int(w.b[w.off])) // challenge
	}
	w.end()
	return layoutErr("phase 1 contribution", w)
}

func checkPhase2(b []byte) error {
	w := &walker{b: b}
	nc := w.u16()
	if nc > 8 {
		w.fail("%d commitments", nc)
	}
	w.g1()         // delta
	w.g1s(1 << 27) // PKK
	w.g1s(1 << 27) // Z
	w.g2()         // delta
	for range nc {
		w.g1s(1 << 27)
	}
	for range nc {
		w.g2()
	}
	for range 1 + nc { // update proofs
		w.g1()
		w.g2()
	}
	if w.err == nil && w.off < len(w.b) {
		w.skip(1 + int(w.b[w.off])) // challenge
	}
	w.end()
	return layoutErr("phase 2 contribution", w)
}
