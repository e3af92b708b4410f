package identity

import (
	"bytes"
	"testing"

	"github.com/cohort-net/cohort"
)

func TestSealOpen(t *testing.T) {
	alice, _ := DevKey("alice")
	bob, _ := DevKey("bob")
	if id, err := AddressOf(bob.PublicKey()); err != nil || id != bob.ID() {
		t.Fatalf("AddressOf: %v %v, want %v", id, err, bob.ID())
	}
	msg := bytes.Repeat([]byte("share"), 1000)
	ct, err := Seal(bob.PublicKey(), msg, []byte("ctx"))
	if err != nil {
		t.Fatal(err)
	}
	if len(ct) != len(msg)+SealOverhead {
		t.Fatalf("sealed %d bytes, want %d", len(ct), len(msg)+SealOverhead)
	}
	got, err := bob.Open(ct, []byte("ctx"))
	if err != nil || !bytes.Equal(got, msg) {
		t.Fatalf("open: %v", err)
	}
	if _, err := bob.Open(ct, []byte("other")); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("wrong aad: %v", err)
	}
	if _, err := alice.Open(ct, []byte("ctx")); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("wrong key: %v", err)
	}
	bad := bytes.Clone(ct)
	bad[len(bad)/2] ^= 1
	if _, err := bob.Open(bad, []byte("ctx")); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("tampered: %v", err)
	}
	if _, err := Seal([]byte{4, 1, 2}, msg, nil); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("bad key: %v", err)
	}
	if _, err := Seal(bob.PublicKey(), nil, nil); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("empty message: %v", err)
	}
}

func FuzzOpen(f *testing.F) {
	k, _ := DevKey("fuzz")
	ct, _ := Seal(k.PublicKey(), []byte("hello"), []byte("aad"))
	f.Add(ct, []byte("aad"))
	f.Add([]byte{4}, []byte(nil))
	f.Add(make([]byte, SealOverhead+1), []byte(nil))
	f.Fuzz(func(t *testing.T, b, aad []byte) {
		m, err := k.Open(b, aad)
		if err == nil && len(m) == 0 {
			t.Fatal("opened an empty message")
		}
	})
}

func FuzzAddressOf(f *testing.F) {
	k, _ := DevKey("fuzz")
	f.Add(k.PublicKey())
	f.Add(make([]byte, PublicKeyLen))
	f.Fuzz(func(t *testing.T, b []byte) {
		AddressOf(b)
	})
}

func TestSealToCompressedKey(t *testing.T) {
	bob, _ := DevKey("bob")
	cpk := bob.CompressedPublicKey()
	if len(cpk) != CompressedPublicKeyLen {
		t.Fatalf("compressed key of %d bytes", len(cpk))
	}
	if id, err := AddressOf(cpk); err != nil || id != bob.ID() {
		t.Fatalf("AddressOf(compressed): %v %v, want %v", id, err, bob.ID())
	}
	id := bob.ID()
	ct, err := Seal(cpk, []byte("data key"), id[:])
	if err != nil {
		t.Fatal(err)
	}
	if got, err := bob.Open(ct, id[:]); err != nil || string(got) != "data key" {
		t.Fatalf("open: %q %v", got, err)
	}
}
