package secagg

import (
	"bytes"
	"encoding"
	"sync"
	"testing"

	"github.com/cohort-net/cohort"
)

var (
	seedOnce sync.Once
	seeds    map[string][][]byte
)

// seedMessages runs a small round by hand and keeps one encoding of every message type.
func seedMessages(tb testing.TB) map[string][][]byte {
	seedOnce.Do(func() {
		t := tb
		h := newHarness(t, 5, 4, 3)
		out := map[string][][]byte{}
		enc := func(name string, m encoding.BinaryMarshaler) {
			b, err := m.MarshalBinary()
			if err != nil {
				panic(err)
			}
			out[name] = append(out[name], b)
		}
		for _, m := range h.advertise(t) {
			enc("advertise", m)
		}
		enc("roster", h.roster)
		for _, m := range h.share(t) {
			enc("shares", m)
		}
		for _, ib := range h.inboxes {
			enc("inbox", ib)
		}
		for _, m := range h.mask(t)[:2] {
			enc("masked", m)
		}
		enc("survivors", h.surv)
		for _, c := range h.clients {
			m, err := c.ConsistencyCheck(h.surv)
			if err != nil {
				panic(err)
			}
			enc("consistency", m)
			must(t, h.srv.AddConsistency(m))
		}
		var err error
		h.reqs, err = h.srv.UnmaskRequests()
		if err != nil {
			panic(err)
		}
		for _, c := range h.clients {
			enc("unmaskreq", h.reqs[c.ID()])
			m, err := c.Unmask(h.reqs[c.ID()])
			if err != nil {
				panic(err)
			}
			enc("unmask", m)
		}
		seeds = out
	})
	return seeds
}

type codec interface {
	encoding.BinaryMarshaler
	encoding.BinaryUnmarshaler
}

// fuzzDecoder checks that a decoder never panics, refuses with a coded error, and accepts only
// canonical encodings (decode then encode gives the same bytes).
func fuzzDecoder(f *testing.F, name string, fresh func() codec) {
	for _, b := range seedMessages(f)[name] {
		f.Add(b)
		f.Add(b[:len(b)/2])
		f.Add(append(append([]byte(nil), b...), 0))
	}
	f.Add([]byte{})
	f.Add([]byte{1, 0xff, 0, 0, 0, 0, 0, 0, 0, 0})
	f.Fuzz(func(t *testing.T, b []byte) {
		m := fresh()
		if err := m.UnmarshalBinary(b); err != nil {
			if c := cohort.Code(err); c != cohort.EInvalid && c != cohort.ETooLarge {
				t.Fatalf("decode error with code %q: %v", c, err)
			}
			return
		}
		out, err := m.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out, b) {
			t.Fatalf("not canonical: %x re-encodes as %x", b, out)
		}
	})
}

func FuzzAdvertiseMsg(f *testing.F) {
	fuzzDecoder(f, "advertise", func() codec { return new(AdvertiseMsg) })
}
func FuzzRosterMsg(f *testing.F)  { fuzzDecoder(f, "roster", func() codec { return new(RosterMsg) }) }
func FuzzSharesMsg(f *testing.F)  { fuzzDecoder(f, "shares", func() codec { return new(SharesMsg) }) }
func FuzzShareInbox(f *testing.F) { fuzzDecoder(f, "inbox", func() codec { return new(ShareInbox) }) }
func FuzzMaskedMsg(f *testing.F)  { fuzzDecoder(f, "masked", func() codec { return new(MaskedMsg) }) }
func FuzzSurvivorsMsg(f *testing.F) {
	fuzzDecoder(f, "survivors", func() codec { return new(SurvivorsMsg) })
}
func FuzzConsistencyMsg(f *testing.F) {
	fuzzDecoder(f, "consistency", func() codec { return new(ConsistencyMsg) })
}
func FuzzUnmaskRequest(f *testing.F) {
	fuzzDecoder(f, "unmaskreq", func() codec { return new(UnmaskRequest) })
}
func FuzzUnmaskMsg(f *testing.F) { fuzzDecoder(f, "unmask", func() codec { return new(UnmaskMsg) }) }

func TestDecodersRefuseTruncationAndLimits(t *testing.T) {
	for name, list := range seedMessages(t) {
		b := list[0]
		for cut := 0; cut < len(b); cut += 1 + len(b)/50 {
			var m codec
			switch name {
			case "advertise":
				m = new(AdvertiseMsg)
			case "roster":
				m = new(RosterMsg)
			case "shares":
				m = new(SharesMsg)
			case "inbox":
				m = new(ShareInbox)
			case "masked":
				m = new(MaskedMsg)
			case "survivors":
				m = new(SurvivorsMsg)
			case "consistency":
				m = new(ConsistencyMsg)
			case "unmaskreq":
				m = new(UnmaskRequest)
			case "unmask":
				m = new(UnmaskMsg)
			}
			if err := m.UnmarshalBinary(b[:cut]); cohort.Code(err) != cohort.EInvalid && cohort.Code(err) != cohort.ETooLarge {
				t.Fatalf("%s cut at %d of %d: got %v", name, cut, len(b), err)
			}
		}
	}
	// A huge count is refused before allocation.
	b := appendHeader(nil, typeMasked, Header{})
	b = append(b, make([]byte, 20)...)
	b = append(b, 4, 0xff, 0xff, 0xff, 0xff)
	var m MaskedMsg
	if err := m.UnmarshalBinary(b); cohort.Code(err) != cohort.ETooLarge {
		t.Fatalf("huge vector: got %v", err)
	}
	// A message of one type is not decoded as another.
	var a AdvertiseMsg
	if err := a.UnmarshalBinary(seedMessages(t)["consistency"][0]); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("type confusion: got %v", err)
	}
}

func TestMaskedDigestMatchesBody(t *testing.T) {
	for _, w := range []byte{4, 8} {
		m := &MaskedMsg{Header: Header{Round: 5}, Sender: cohort.NodeID{7}, Width: w, Vector: make([]uint64, 10001)}
		for i := range m.Vector {
			m.Vector[i] = uint64(i) * 0x9e3779b1
			if w == 4 {
				m.Vector[i] &= 0xffffffff
			}
		}
		if m.digest() != sigDigest(m.body()) {
			t.Fatalf("width %d: chunked digest differs from the body's", w)
		}
	}
}

// FuzzServerAddMaskedBytes feeds arbitrary bytes to the server's zero-copy masked-input path.
func FuzzServerAddMaskedBytes(f *testing.F) {
	h := newHarness(f, 5, 4, 3)
	h.advertise(f)
	h.share(f)
	for i, c := range h.clients {
		m, err := c.MaskedInput(h.inboxes[c.ID()], h.updates[i], h.weights[i])
		must(f, err)
		b, err := m.MarshalBinary()
		must(f, err)
		f.Add(b)
		f.Add(b[:len(b)-3])
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		err := h.srv.AddMaskedBytes(b)
		switch cohort.Code(err) {
		case "", cohort.EInvalid, cohort.ETooLarge, cohort.EConflict, cohort.EUnauthorized, cohort.EForbidden:
		default:
			t.Fatalf("unexpected error code %q: %v", cohort.Code(err), err)
		}
	})
}
