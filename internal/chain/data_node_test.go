package chain

import (
	"bytes"
	"strings"
	"testing"

	"github.com/cohort-net/cohort/internal/identity"
)

func TestServiceEndpointRoundTrip(t *testing.T) {
	k := identity.DevAccount(3)
	e := ServiceEndpoint{URL: "http://10.0.0.7:7100", PubKey: k.CompressedPublicKey()}
	got, err := ParseServiceEndpoint(e.String())
	if err != nil || got.URL != e.URL || !bytes.Equal(got.PubKey, e.PubKey) {
		t.Fatalf("round trip %q: %+v %v", e.String(), got, err)
	}
	if len(e.String()) > MaxServiceEndpoint {
		t.Fatalf("endpoint of %d bytes", len(e.String()))
	}
	plain, err := ParseServiceEndpoint("manual validation, mail me")
	if err != nil || plain.PubKey != nil || plain.URL != "manual validation, mail me" {
		t.Fatalf("plain: %+v %v", plain, err)
	}
	for _, bad := range []string{"x cohort-sealed:0x1234", "cohort-sealed:0x" + strings.Repeat("zz", 33), "cohort-sealed:0x04" + strings.Repeat("00", 32)} {
		if _, err := ParseServiceEndpoint(bad); err == nil {
			t.Errorf("%q parsed", bad)
		}
	}
}

// FuzzParseServiceEndpoint: endpoints come from the chain, written by anyone who lists a service.
func FuzzParseServiceEndpoint(f *testing.F) {
	f.Add(ServiceEndpoint{URL: "http://a", PubKey: identity.DevAccount(1).CompressedPublicKey()}.String())
	f.Add("cohort-sealed:0x")
	f.Fuzz(func(t *testing.T, s string) {
		e, err := ParseServiceEndpoint(s)
		if err != nil {
			return
		}
		if e.PubKey != nil && len(e.PubKey) != 33 {
			t.Fatalf("key of %d bytes", len(e.PubKey))
		}
		again, err := ParseServiceEndpoint(e.String())
		if err != nil || !bytes.Equal(again.PubKey, e.PubKey) {
			t.Fatalf("re-parse of %q: %+v %v", e.String(), again, err)
		}
	})
}
