package protocol

import (
	"encoding/binary"
	"math"

	"github.com/cohort-net/cohort"
)

// A tensor on the wire: "CT", version 1, dtype 1 (float32), element count (uint32, big-endian), then
// the elements as little-endian IEEE-754 float32.
const (
	tensorHeaderLen = 8
	dtypeFloat32    = 1
)

// TensorSize returns the encoded size of an n-element tensor.
func TensorSize(n int) int { return tensorHeaderLen + 4*n }

// AppendTensor appends v rounded to float32. Callers that need sender and receiver to agree bit for bit
// round their own copy the same way first (fl.RoundFloat32).
func AppendTensor(dst []byte, v []float64) []byte {
	dst = append(dst, 'C', 'T', 1, dtypeFloat32)
	dst = binary.BigEndian.AppendUint32(dst, uint32(len(v)))
	for _, x := range v {
		dst = binary.LittleEndian.AppendUint32(dst, math.Float32bits(float32(x)))
	}
	return dst
}

// ReadTensor decodes one tensor from the front of b, with at most maxElems elements, and returns the
// rest of b. NaN and Inf are refused.
func ReadTensor(b []byte, maxElems int) ([]float64, []byte, error) {
	return readTensor(b, maxElems, true)
}

// readTensor checks one tensor and, if decode is set, returns its values (else a nil slice of the
// right length is not allocated: callers get len via checkTensor).
func readTensor(b []byte, maxElems int, decode bool) ([]float64, []byte, error) {
	if len(b) < tensorHeaderLen {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "tensor: truncated header (%d bytes)", len(b))
	}
	if b[0] != 'C' || b[1] != 'T' || b[2] != 1 {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "tensor: bad magic or version")
	}
	if b[3] != dtypeFloat32 {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "tensor: unknown dtype %d", b[3])
	}
	n := binary.BigEndian.Uint32(b[4:8])
	if int64(n) > int64(maxElems) {
		return nil, nil, cohort.Errorf(cohort.ETooLarge, "tensor: %d elements, limit %d", n, maxElems)
	}
	need := tensorHeaderLen + 4*int(n)
	if len(b) < need {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "tensor: truncated: %d elements need %d bytes, have %d", n, need, len(b))
	}
	var v []float64
	if decode {
		v = make([]float64, n)
	}
	data := b[tensorHeaderLen:need]
	for i := 0; len(data) >= 4; i, data = i+1, data[4:] {
		bits := binary.LittleEndian.Uint32(data)
		if bits&0x7f800000 == 0x7f800000 { // exponent all ones: Inf or NaN
			return nil, nil, cohort.Errorf(cohort.EInvalid, "tensor: element %d is %v", i, math.Float32frombits(bits))
		}
		if decode {
			v[i] = float64(math.Float32frombits(bits))
		}
	}
	return v, b[need:], nil
}
