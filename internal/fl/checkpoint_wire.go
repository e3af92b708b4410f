package fl

import (
	"encoding/binary"
	"math"

	"github.com/cohort-net/cohort"
)

// Wire form of a BlockDisclosure (MarshalBinary), big-endian:
//
//	"CKD1" | block u32 | state | proof | next [32] | proof | rows u32 | rows x (index u32 | label u32 |
//	width u32 | width x f64 | proof)
//	state: block u32 | step u32 | B1t f64 | B2t f64 | 3 x (len u32 | len x f64), Moment2's length
//	       0xffffffff when it is nil
//	proof: depth u8 | depth x [32]
//
// UnmarshalBinary enforces MaxDisclosureBytes, MaxDisclosedParams, MaxDisclosedRows,
// MaxDisclosedWidth and MaxMerkleDepth before allocating.

const disclosureMagic = "CKD1"

const nilVector = 0xffffffff

func appendProof(b []byte, p [][32]byte) []byte {
	b = append(b, byte(len(p)))
	for _, h := range p {
		b = append(b, h[:]...)
	}
	return b
}

func appendVec(b []byte, v []float64, nilable bool) []byte {
	if nilable && v == nil {
		return binary.BigEndian.AppendUint32(b, nilVector)
	}
	b = binary.BigEndian.AppendUint32(b, uint32(len(v)))
	for _, x := range v {
		b = binary.BigEndian.AppendUint64(b, math.Float64bits(x))
	}
	return b
}

// MarshalBinary encodes ds.
func (ds *BlockDisclosure) MarshalBinary() ([]byte, error) {
	s := &ds.State
	b := append([]byte(nil), disclosureMagic...)
	b = binary.BigEndian.AppendUint32(b, uint32(ds.Block))
	b = binary.BigEndian.AppendUint32(b, uint32(s.Block))
	b = binary.BigEndian.AppendUint32(b, uint32(s.Step))
	b = binary.BigEndian.AppendUint64(b, math.Float64bits(s.B1t))
	b = binary.BigEndian.AppendUint64(b, math.Float64bits(s.B2t))
	b = appendVec(b, s.Params, false)
	b = appendVec(b, s.Moment1, false)
	b = appendVec(b, s.Moment2, true)
	b = appendProof(b, ds.StateProof)
	b = append(b, ds.Next[:]...)
	b = appendProof(b, ds.NextProof)
	b = binary.BigEndian.AppendUint32(b, uint32(len(ds.Rows)))
	for _, r := range ds.Rows {
		b = binary.BigEndian.AppendUint32(b, uint32(r.Index))
		b = binary.BigEndian.AppendUint32(b, uint32(int32(r.Label)))
		b = appendVec(b, r.X, false)
		b = appendProof(b, r.Proof)
	}
	if len(b) > MaxDisclosureBytes {
		return nil, cohort.Errorf(cohort.EInvalid, "disclosure: %d bytes, limit %d", len(b), MaxDisclosureBytes)
	}
	return b, nil
}

type wireReader struct {
	b   []byte
	err error
}

func (r *wireReader) fail(format string, args ...any) {
	if r.err == nil {
		r.err = cohort.Errorf(cohort.EInvalid, "disclosure: "+format, args...)
	}
}

func (r *wireReader) take(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || len(r.b) < n {
		r.fail("truncated")
		return nil
	}
	v := r.b[:n]
	r.b = r.b[n:]
	return v
}

func (r *wireReader) u32() uint32 {
	if v := r.take(4); v != nil {
		return binary.BigEndian.Uint32(v)
	}
	return 0
}

func (r *wireReader) f64() float64 {
	if v := r.take(8); v != nil {
		return math.Float64frombits(binary.BigEndian.Uint64(v))
	}
	return 0
}

func (r *wireReader) vec(limit int, nilable bool, what string) []float64 {
	n := r.u32()
	if r.err != nil {
		return nil
	}
	if nilable && n == nilVector {
		return nil
	}
	if int64(n) > int64(limit) || int64(n)*8 > int64(len(r.b)) {
		r.fail("%s of %d values (limit %d, %d bytes left)", what, n, limit, len(r.b))
		return nil
	}
	v := make([]float64, n)
	for i := range v {
		v[i] = r.f64()
	}
	return v
}

func (r *wireReader) proof() [][32]byte {
	d := r.take(1)
	if d == nil {
		return nil
	}
	if int(d[0]) > MaxMerkleDepth {
		r.fail("proof of depth %d (limit %d)", d[0], MaxMerkleDepth)
		return nil
	}
	p := make([][32]byte, d[0])
	for i := range p {
		if v := r.take(32); v != nil {
			p[i] = [32]byte(v)
		}
	}
	return p
}

// UnmarshalBinary decodes a disclosure from outside bytes (a trainer's answer), within the limits.
// It checks the shape only; ReplayBlock checks the content.
func (ds *BlockDisclosure) UnmarshalBinary(b []byte) error {
	if len(b) > MaxDisclosureBytes {
		return cohort.Errorf(cohort.EInvalid, "disclosure: %d bytes, limit %d", len(b), MaxDisclosureBytes)
	}
	r := &wireReader{b: b}
	if string(r.take(len(disclosureMagic))) != disclosureMagic {
		r.fail("not a block disclosure (bad magic)")
	}
	var out BlockDisclosure
	out.Block = int(r.u32())
	s := &out.State
	s.Block, s.Step = int(r.u32()), int(r.u32())
	s.B1t, s.B2t = r.f64(), r.f64()
	s.Params = r.vec(MaxDisclosedParams, false, "parameters")
	s.Moment1 = r.vec(MaxDisclosedParams, false, "first moment")
	s.Moment2 = r.vec(MaxDisclosedParams, true, "second moment")
	out.StateProof = r.proof()
	if v := r.take(32); v != nil {
		out.Next = [32]byte(v)
	}
	out.NextProof = r.proof()
	n := r.u32()
	if r.err == nil && (n > MaxDisclosedRows || int64(n)*13 > int64(len(r.b))) {
		r.fail("%d rows (limit %d)", n, MaxDisclosedRows)
	}
	for i := 0; r.err == nil && i < int(n); i++ {
		var row DisclosedRow
		row.Index = int(r.u32())
		row.Label = int(int32(r.u32()))
		row.X = r.vec(MaxDisclosedWidth, false, "row")
		row.Proof = r.proof()
		out.Rows = append(out.Rows, row)
	}
	if r.err == nil && len(r.b) != 0 {
		r.fail("%d trailing bytes", len(r.b))
	}
	if r.err != nil {
		return r.err
	}
	*ds = out
	return nil
}
