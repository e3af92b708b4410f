package protocol

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"

	"github.com/cohort-net/cohort"
)

// A frame is one message body: "CMSG", a uvarint-prefixed JSON header (metadata only, never model
// numbers), a uvarint tensor count, then the tensors.
var frameMagic = [4]byte{'C', 'M', 'S', 'G'}

// Limits bound what a decoder accepts.
type Limits struct {
	MaxHeader  int // bytes of JSON header
	MaxTensors int // tensors per frame
	MaxElems   int // elements per tensor
}

// DefaultLimits fit a 10-million-parameter model.
var DefaultLimits = Limits{MaxHeader: 64 << 10, MaxTensors: 8, MaxElems: 10_000_000}

// MaxBody is the largest body the default limits allow, for http.MaxBytesReader.
func (l Limits) MaxBody() int64 {
	return int64(4+binary.MaxVarintLen64*2+l.MaxHeader) + int64(l.MaxTensors)*int64(TensorSize(l.MaxElems))
}

// EncodeFrame marshals header as JSON and appends the tensors.
func EncodeFrame(header any, tensors ...[]float64) ([]byte, error) {
	h, err := json.Marshal(header)
	if err != nil {
		return nil, fmt.Errorf("encode frame header: %w", err)
	}
	size := 4 + 2*binary.MaxVarintLen64 + len(h)
	for _, t := range tensors {
		size += TensorSize(len(t))
	}
	b := make([]byte, 0, size)
	b = append(b, frameMagic[:]...)
	b = binary.AppendUvarint(b, uint64(len(h)))
	b = append(b, h...)
	b = binary.AppendUvarint(b, uint64(len(tensors)))
	for _, t := range tensors {
		b = AppendTensor(b, t)
	}
	return b, nil
}

// DecodeFrame checks the framing, unmarshals the JSON header into header (unknown fields refused) and
// returns the tensors. Trailing bytes are an error.
func DecodeFrame(b []byte, lim Limits, header any) ([][]float64, error) {
	ts, _, err := decodeFrame(b, lim, header, true)
	return ts, err
}

// CheckFrame checks everything DecodeFrame checks (framing, header, sizes, no NaN or Inf) and returns
// the tensors' lengths, without decoding the values.
func CheckFrame(b []byte, lim Limits, header any) ([]int, error) {
	_, lens, err := decodeFrame(b, lim, header, false)
	return lens, err
}

func decodeFrame(b []byte, lim Limits, header any, decode bool) ([][]float64, []int, error) {
	if len(b) < 4 || [4]byte(b[:4]) != frameMagic {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "frame: bad magic (not a Cohort message)")
	}
	b = b[4:]
	hl, n := binary.Uvarint(b)
	if n <= 0 {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "frame: truncated header length")
	}
	if hl > uint64(lim.MaxHeader) {
		return nil, nil, cohort.Errorf(cohort.ETooLarge, "frame: header %d bytes, limit %d", hl, lim.MaxHeader)
	}
	b = b[n:]
	if uint64(len(b)) < hl {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "frame: truncated header")
	}
	if err := strictUnmarshal(b[:hl], header); err != nil {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "frame header: %v", err)
	}
	b = b[hl:]
	count, n := binary.Uvarint(b)
	if n <= 0 {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "frame: truncated tensor count")
	}
	if count > uint64(lim.MaxTensors) {
		return nil, nil, cohort.Errorf(cohort.ETooLarge, "frame: %d tensors, limit %d", count, lim.MaxTensors)
	}
	b = b[n:]
	out := make([][]float64, count)
	lens := make([]int, count)
	for i := range out {
		if len(b) >= tensorHeaderLen {
			lens[i] = int(binary.BigEndian.Uint32(b[4:8]))
		}
		t, rest, err := readTensor(b, lim.MaxElems, decode)
		if err != nil {
			return nil, nil, fmt.Errorf("frame tensor %d: %w", i, err)
		}
		out[i], b = t, rest
	}
	if len(b) != 0 {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "frame: %d trailing bytes", len(b))
	}
	return out, lens, nil
}

func strictUnmarshal(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return fmt.Errorf("trailing data after JSON header")
	}
	return nil
}
