package schema

import (
	"bytes"
	"errors"
	"io"
)

// The CSV reader: RFC 4180 (comma-separated, optional double quotes with "" as an escaped quote,
// LF or CRLF line ends), cut into chunks of whole records so that workers parse them in parallel.

// chunkSize is how many bytes one worker parses at a time.
const chunkSize = 4 << 20

// maxRecordBytes bounds one record: a chunk never grows past chunkSize+maxRecordBytes.
const maxRecordBytes = 16 << 20

var errRecordTooLong = errors.New("a record is longer than 16 MiB")

type chunk struct {
	idx    int
	data   []byte
	quoted bool // the chunk holds a '"' somewhere: use the quote-aware splitter
}

// lastRecordEnd returns the index just past the last complete record in b (after its '\n'), or -1.
// b starts at a record boundary.
func lastRecordEnd(b []byte, quoted bool) int {
	if !quoted {
		i := bytes.LastIndexByte(b, '\n')
		if i < 0 {
			return -1
		}
		return i + 1
	}
	end, in := -1, false
	for i := 0; i < len(b); {
		j := bytes.IndexAny(b[i:], "\"\n")
		if j < 0 {
			break
		}
		i += j
		if b[i] == '"' {
			in = !in
		} else if !in {
			end = i + 1
		}
		i++
	}
	return end
}

// readChunks reads r and sends chunks of whole records, in order, until EOF or an error; the last
// chunk may lack a final newline.
func readChunks(r io.Reader, first []byte, send func(chunk) bool) error {
	carry := first
	for idx := 0; ; idx++ {
		buf := make([]byte, len(carry), len(carry)+chunkSize)
		copy(buf, carry)
		n, err := io.ReadFull(r, buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		eof := err == io.EOF || err == io.ErrUnexpectedEOF
		if err != nil && !eof {
			return err
		}
		quoted := bytes.IndexByte(buf, '"') >= 0
		if eof {
			if len(buf) > 0 {
				send(chunk{idx: idx, data: buf, quoted: quoted})
			}
			return nil
		}
		end := lastRecordEnd(buf, quoted)
		if end < 0 {
			if len(buf) > maxRecordBytes {
				return errRecordTooLong
			}
			carry = buf
			idx--
			continue
		}
		if !send(chunk{idx: idx, data: buf[:end], quoted: quoted}) {
			return nil
		}
		carry = buf[end:]
	}
}

// nextRecord splits b into its first record (without the line end) and the rest.
func nextRecord(b []byte, quoted bool) (rec, rest []byte) {
	var i int
	if !quoted {
		i = bytes.IndexByte(b, '\n')
	} else {
		i = -1
		in := false
		for k := 0; k < len(b); {
			j := bytes.IndexAny(b[k:], "\"\n")
			if j < 0 {
				break
			}
			k += j
			if b[k] == '"' {
				in = !in
			} else if !in {
				i = k
				break
			}
			k++
		}
	}
	if i < 0 {
		rec, rest = b, nil
	} else {
		rec, rest = b[:i], b[i+1:]
	}
	if n := len(rec); n > 0 && rec[n-1] == '\r' {
		rec = rec[:n-1]
	}
	return rec, rest
}

// splitFields appends rec's fields to fields. Quoted fields are unquoted into scratch (returned grown);
// ok is false for a malformed quote.
func splitFields(rec []byte, fields [][]byte, scratch []byte, quoted bool) (_ [][]byte, _ []byte, ok bool) {
	if !quoted || bytes.IndexByte(rec, '"') < 0 {
		for {
			i := bytes.IndexByte(rec, ',')
			if i < 0 {
				return append(fields, rec), scratch, true
			}
			fields = append(fields, rec[:i])
			rec = rec[i+1:]
		}
	}
	scratch = scratch[:0]
	// Unquoted values are collected in scratch as well so every field is a slice of it; remember
	// offsets and slice after the loop, since scratch may move as it grows.
	var offs []int
	for {
		start := len(scratch)
		if len(rec) > 0 && rec[0] == '"' {
			rec = rec[1:]
			for {
				i := bytes.IndexByte(rec, '"')
				if i < 0 {
					return fields, scratch, false
				}
				scratch = append(scratch, rec[:i]...)
				rec = rec[i+1:]
				if len(rec) > 0 && rec[0] == '"' {
					scratch = append(scratch, '"')
					rec = rec[1:]
					continue
				}
				break
			}
			if len(rec) > 0 && rec[0] != ',' {
				return fields, scratch, false
			}
		} else {
			i := bytes.IndexByte(rec, ',')
			if i < 0 {
				i = len(rec)
			}
			if bytes.IndexByte(rec[:i], '"') >= 0 {
				return fields, scratch, false
			}
			scratch = append(scratch, rec[:i]...)
			rec = rec[i:]
		}
		offs = append(offs, start, len(scratch))
		if len(rec) == 0 {
			break
		}
		rec = rec[1:] // the comma
	}
	for k := 0; k < len(offs); k += 2 {
		fields = append(fields, scratch[offs[k]:offs[k+1]:offs[k+1]])
	}
	return fields, scratch, true
}
