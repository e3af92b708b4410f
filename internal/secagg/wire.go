package secagg

import (
	"encoding/binary"
	"fmt"

	"github.com/cohort-net/cohort"
)

// Wire format: every message starts with a version byte, a type byte, the round (8 bytes) and the
// session (32 bytes); variable fields carry a 4-byte big-endian length or count, each checked against a
// limit before anything is allocated. Decoders reject trailing bytes, so an encoding is canonical.

const wireVersion = 1

// Message types.
const (
	typeAdvertise   byte = 1
	typeRoster      byte = 2
	typeShares      byte = 3
	typeInbox       byte = 4
	typeMasked      byte = 5
	typeSurvivors   byte = 6
	typeConsistency byte = 7
	typeUnmaskReq   byte = 8
	typeUnmask      byte = 9
)

var typeNames = map[byte]string{
	typeAdvertise: "advertise", typeRoster: "roster", typeShares: "shares", typeInbox: "share inbox",
	typeMasked: "masked input", typeSurvivors: "survivors", typeConsistency: "consistency",
	typeUnmaskReq: "unmask request", typeUnmask: "unmask",
}

// Header is what every message carries: the round and the session it belongs to.
type Header struct {
	Round   uint64
	Session [32]byte
}

func appendBytes(b, v []byte) []byte {
	b = binary.BigEndian.AppendUint32(b, uint32(len(v)))
	return append(b, v...)
}

func appendHeader(b []byte, typ byte, h Header) []byte {
	b = append(b, wireVersion, typ)
	b = binary.BigEndian.AppendUint64(b, h.Round)
	return append(b, h.Session[:]...)
}

// reader decodes with a sticky error.
type reader struct {
	b    []byte
	err  error
	what string
}

func (r *reader) fail(format string, args ...any) {
	if r.err == nil {
		r.err = cohort.Errorf(cohort.EInvalid, "secagg: decode %s: %s", r.what, fmt.Sprintf(format, args...))
	}
}

func (r *reader) take(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > len(r.b) {
		r.fail("truncated: need %d bytes, have %d", n, len(r.b))
		return nil
	}
	v := r.b[:n:n]
	r.b = r.b[n:]
	return v
}

func (r *reader) u8() byte {
	v := r.take(1)
	if v == nil {
		return 0
	}
	return v[0]
}

func (r *reader) u32() uint32 {
	v := r.take(4)
	if v == nil {
		return 0
	}
	return binary.BigEndian.Uint32(v)
}

func (r *reader) u64() uint64 {
	v := r.take(8)
	if v == nil {
		return 0
	}
	return binary.BigEndian.Uint64(v)
}

func (r *reader) fixed(dst []byte) {
	v := r.take(len(dst))
	if v != nil {
		copy(dst, v)
	}
}

func (r *reader) id() (id cohort.NodeID) {
	r.fixed(id[:])
	return id
}

// count reads a 4-byte count and checks it against max and against the bytes left, given that each
// item takes at least minSize bytes.
func (r *reader) count(max, minSize int, field string) int {
	n := r.u32()
	if r.err != nil {
		return 0
	}
	if uint64(n) > uint64(max) {
		r.err = cohort.Errorf(cohort.ETooLarge, "secagg: decode %s: %s count %d over the limit %d", r.what, field, n, max)
		return 0
	}
	if minSize > 0 && uint64(n)*uint64(minSize) > uint64(len(r.b)) {
		r.fail("truncated: %s count %d needs at least %d bytes, have %d", field, n, uint64(n)*uint64(minSize), len(r.b))
		return 0
	}
	return int(n)
}

// bytesField reads a length-prefixed byte string of at most max bytes, copied.
func (r *reader) bytesField(max int, field string) []byte {
	n := r.count(max, 1, field)
	v := r.take(n)
	if v == nil {
		return nil
	}
	return append([]byte(nil), v...)
}

func (r *reader) header(typ byte) Header {
	var h Header
	v := r.u8()
	t := r.u8()
	if r.err != nil {
		return h
	}
	if v != wireVersion {
		r.fail("wire version %d, want %d", v, wireVersion)
		return h
	}
	if t != typ {
		r.fail("message type %d (%s), want %d (%s)", t, typeNames[t], typ, typeNames[typ])
		return h
	}
	h.Round = r.u64()
	r.fixed(h.Session[:])
	return h
}

func (r *reader) done() error {
	if r.err == nil && len(r.b) != 0 {
		r.fail("%d trailing bytes", len(r.b))
	}
	return r.err
}

func newReader(b []byte, what string) *reader { return &reader{b: b, what: what} }
