package artifact

import (
	"bytes"
	"encoding/json"
	"strconv"

	"github.com/ipfs/go-cid"

	"github.com/cohort-net/cohort"
)

// ManifestType is the "type" field of every manifest block this version writes.
const ManifestType = "cohort-manifest-v1"

// Limits of the manifest tree.
const (
	MaxLinks = 4096 // links per manifest block (a link is at most ~90 bytes: under 400 KiB a block)
	MaxDepth = 8    // manifests from root to leaf: 4096^8 MiB, far beyond any artifact
)

// Link is one child of a manifest: a raw block or a sub-manifest, and the content bytes below it.
type Link struct {
	CID  cid.Cid
	Size uint64
}

// Manifest lists the children of a large artifact in order.
type Manifest struct {
	Links []Link
	Size  uint64 // sum of the links' sizes
}

// Encode returns the manifest's canonical DAG-JSON bytes.
func (m *Manifest) Encode() []byte {
	var b bytes.Buffer
	b.Grow(64 + 90*len(m.Links))
	b.WriteString(`{"links":[`)
	for i, l := range m.Links {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`{"cid":{"/":"`)
		b.WriteString(String(l.CID))
		b.WriteString(`"},"size":`)
		b.WriteString(strconv.FormatUint(l.Size, 10))
		b.WriteByte('}')
	}
	b.WriteString(`],"size":`)
	b.WriteString(strconv.FormatUint(m.Size, 10))
	b.WriteString(`,"type":"` + ManifestType + `"}`)
	return b.Bytes()
}

type wireLink struct {
	CID struct {
		Slash string `json:"/"`
	} `json:"cid"`
	Size *uint64 `json:"size"`
}

type wireManifest struct {
	Links []wireLink `json:"links"`
	Size  *uint64    `json:"size"`
	Type  string     `json:"type"`
}

// DecodeManifest parses and checks a manifest block: canonical encoding, known type, 1..MaxLinks
// links each naming a CID Cohort stores with a non-zero size (a raw link at most MaxBlockSize), and
// sizes that add up without overflow. Errors are coded EInvalid.
func DecodeManifest(data []byte) (*Manifest, error) {
	if len(data) > MaxBlockSize {
		return nil, cohort.Errorf(cohort.ETooLarge, "manifest: %d bytes, over %d", len(data), MaxBlockSize)
	}
	var w wireManifest
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&w); err != nil {
		return nil, cohort.Errorf(cohort.EInvalid, "manifest: %v", err)
	}
	if w.Type != ManifestType {
		return nil, cohort.Errorf(cohort.EInvalid, "manifest: type %q, want %q", w.Type, ManifestType)
	}
	if w.Size == nil {
		return nil, cohort.Errorf(cohort.EInvalid, "manifest: no size")
	}
	if len(w.Links) == 0 || len(w.Links) > MaxLinks {
		return nil, cohort.Errorf(cohort.EInvalid, "manifest: %d links, want 1..%d", len(w.Links), MaxLinks)
	}
	m := &Manifest{Links: make([]Link, len(w.Links)), Size: *w.Size}
	var sum uint64
	for i, wl := range w.Links {
		c, err := ParseCID(wl.CID.Slash)
		if err != nil {
			return nil, cohort.Errorf(cohort.EInvalid, "manifest link %d: %v", i, err)
		}
		if wl.Size == nil || *wl.Size == 0 {
			return nil, cohort.Errorf(cohort.EInvalid, "manifest link %d: missing or zero size", i)
		}
		if c.Type() == CodecRaw && *wl.Size > MaxBlockSize {
			return nil, cohort.Errorf(cohort.EInvalid, "manifest link %d: raw block of %d bytes", i, *wl.Size)
		}
		if sum+*wl.Size < sum {
			return nil, cohort.Errorf(cohort.EInvalid, "manifest: sizes overflow")
		}
		sum += *wl.Size
		m.Links[i] = Link{CID: c, Size: *wl.Size}
	}
	if sum != m.Size {
		return nil, cohort.Errorf(cohort.EInvalid, "manifest: size %d, links add up to %d", m.Size, sum)
	}
	if !bytes.Equal(m.Encode(), data) {
		return nil, cohort.Errorf(cohort.EInvalid, "manifest: not in canonical form")
	}
	return m, nil
}
