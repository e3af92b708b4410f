package protocol

import (
	"bytes"
	"testing"

	"github.com/cohort-net/cohort"
)

func TestThresholdMsgRoundTrip(t *testing.T) {
	m := &ThresholdMsg{Round: 3, Attempt: 7, To: []uint64{2, 3}, Blobs: [][]byte{{1, 2, 3}, {}, bytes.Repeat([]byte{9}, 300)}}
	b, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	got, err := UnmarshalThresholdMsg(b, DefaultThresholdLimits)
	if err != nil {
		t.Fatal(err)
	}
	if got.Round != 3 || got.Attempt != 7 || len(got.To) != 2 || len(got.Blobs) != 3 || !bytes.Equal(got.Blobs[2], m.Blobs[2]) || len(got.Blobs[1]) != 0 {
		t.Fatalf("round trip: %+v", got)
	}
	lim := ThresholdLimits{MaxHeader: 1 << 10, MaxBlobs: 2, MaxBlob: 100}
	if _, err := UnmarshalThresholdMsg(b, lim); cohort.Code(err) != cohort.ETooLarge {
		t.Fatalf("over limits: %v", err)
	}
	for i := range len(b) {
		if _, err := UnmarshalThresholdMsg(b[:i], DefaultThresholdLimits); err == nil {
			t.Fatalf("truncated at %d accepted", i)
		}
	}
	if _, err := UnmarshalThresholdMsg(append(b, 0), DefaultThresholdLimits); err == nil {
		t.Fatal("trailing byte accepted")
	}
	unknown := []byte("CTH1\x0b{\"x\":1}    \x00")
	if _, err := UnmarshalThresholdMsg(unknown, DefaultThresholdLimits); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("unknown field: %v", err)
	}
}

func TestThresholdT(t *testing.T) {
	s := &TaskSpec{}
	if s.ThresholdT(5) != 3 || s.ThresholdT(4) != 3 || s.ThresholdT(1) != 1 {
		t.Fatal("majority")
	}
	s.ThresholdHE.Threshold = 2
	if s.ThresholdT(5) != 2 {
		t.Fatal("fixed")
	}
}

func FuzzThresholdMsg(f *testing.F) {
	m := &ThresholdMsg{Round: 1, Attempt: 2, Members: []ThresholdMember{{PublicKey: []byte{4, 5}}}, Active: []uint64{1}, Blobs: [][]byte{{1}, {2, 3}}}
	b, _ := m.MarshalBinary()
	f.Add(b)
	f.Add([]byte("CTH1"))
	f.Add([]byte("CTH1\x02{}\x01\xff\xff\xff\xff\x0f"))
	// A commit message and a commit reply (commitment and signature pairs from other members).
	c := ThresholdKeyCommitment([32]byte{1}, 2, []byte("key share"))
	for _, cm := range []*ThresholdMsg{{Round: 1, Attempt: 1, Blobs: [][]byte{c[:], make([]byte, 65)}},
		{Round: 1, Attempt: 1, From: []uint64{1, 3}, Blobs: [][]byte{c[:], make([]byte, 65), c[:], make([]byte, 65)}}} {
		cb, _ := cm.MarshalBinary()
		f.Add(cb)
	}
	lim := ThresholdLimits{MaxHeader: 4096, MaxBlobs: 8, MaxBlob: 4096}
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := UnmarshalThresholdMsg(b, lim)
		if err != nil {
			return
		}
		out, err := m.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := UnmarshalThresholdMsg(out, lim); err != nil {
			t.Fatalf("re-encoded message refused: %v", err)
		}
	})
}

func TestCheckThreshold(t *testing.T) {
	base := TaskSpec{Trainers: 5, MinParticipants: 3, SecureAgg: SecureThresholdHE, ThresholdHE: ThresholdSpec{StageTimeoutMS: 1000}}
	for name, mod := range map[string]func(*TaskSpec){
		"threshold above the minimum": func(s *TaskSpec) { s.ThresholdHE.Threshold = 4 },
		"negative threshold":          func(s *TaskSpec) { s.ThresholdHE.Threshold = -1 },
		"weak smudging":               func(s *TaskSpec) { s.ThresholdHE.SmudgingLog2 = 40 },
		"smudging beyond precision":   func(s *TaskSpec) { s.ThresholdHE.SmudgingLog2 = 70 },
		"short stage timeout":         func(s *TaskSpec) { s.ThresholdHE.StageTimeoutMS = 10 },
	} {
		s := base
		mod(&s)
		if err := s.checkThreshold(); cohort.Code(err) != cohort.EInvalid {
			t.Errorf("%s: %v", name, err)
		}
	}
	s := base
	s.ThresholdHE.Threshold, s.ThresholdHE.SmudgingLog2 = 3, 56
	if err := s.checkThreshold(); err != nil {
		t.Fatal(err)
	}
}

func TestThresholdSessionBinding(t *testing.T) {
	m := []ThresholdMember{{ID: cohort.NodeID{1}, PublicKey: []byte{4, 1}}, {ID: cohort.NodeID{2}, PublicKey: []byte{4, 2}}}
	a := ThresholdSessionID("t", 1, 1, 0.5, m, 2)
	if a == ThresholdSessionID("t", 1, 1, 0.5, m[:1], 2) || a == ThresholdSessionID("t", 1, 2, 0.5, m, 2) || a == ThresholdSessionID("t", 1, 1, 0.5, m, 1) ||
		a == ThresholdSessionID("t", 1, 1, 1e-9, m, 2) {
		t.Fatal("session id ignores part of the roster or session")
	}
	if ThresholdShareDigest(a, 1, 2, []byte("k"), []byte("s")) == ThresholdShareDigest(a, 2, 1, []byte("k"), []byte("s")) {
		t.Fatal("share digest ignores the direction")
	}
	if string(ThresholdShareAAD(a, 1, 2)) == string(ThresholdShareAAD(a, 2, 1)) {
		t.Fatal("share AAD ignores the direction")
	}
}

func TestThresholdModelSizeLimit(t *testing.T) {
	if n := maxThresholdParams(); thresholdUpdateBytes(n+2) > DefaultThresholdLimits.MaxBlob || thresholdUpdateBytes(n+3) <= DefaultThresholdLimits.MaxBlob {
		t.Fatalf("max parameters %d inconsistent with the blob limit", n)
	}
}
