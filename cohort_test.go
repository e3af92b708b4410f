package cohort

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"
)

func TestCodeThroughWrapping(t *testing.T) {
	base := Errorf(EConflict, "nonce %d replayed", 7)
	wrapped := fmt.Errorf("submit update: %w", base)
	if got := Code(wrapped); got != EConflict {
		t.Fatalf("Code = %q, want %q", got, EConflict)
	}
	if Code(errors.New("plain")) != EInternal || Code(nil) != "" {
		t.Fatal("plain errors must be internal, nil must have no code")
	}
	sentinel := errors.New("cause")
	if e := Errorf(EInvalid, "bad row: %w", sentinel); !errors.Is(e, sentinel) || e.Error() != "bad row: cause" {
		t.Fatalf("Errorf must wrap a %%w operand and print it once: %q", e)
	}
	if e := (&Error{Code: EConflict, Message: "stale", Err: sentinel}); e.Error() != "stale: cause" {
		t.Fatalf("a hand-built Error prints its cause: %q", e)
	}
}

func TestParseNodeID(t *testing.T) {
	id, err := ParseNodeID("0x00000000000000000000000000000000000000aB")
	if err != nil || id[19] != 0xab || id.String() != "0x00000000000000000000000000000000000000ab" {
		t.Fatalf("ParseNodeID: %v %v", id, err)
	}
	for _, bad := range []string{"", "0x12", "zz00000000000000000000000000000000000000"} {
		if _, err := ParseNodeID(bad); Code(err) != EInvalid {
			t.Errorf("ParseNodeID(%q) = %v, want invalid", bad, err)
		}
	}
}

func TestNodeIDText(t *testing.T) {
	id, _ := ParseNodeID("0x00000000000000000000000000000000000000aB")
	b, err := json.Marshal(struct{ ID NodeID }{id})
	if err != nil || string(b) != `{"ID":"0x00000000000000000000000000000000000000ab"}` {
		t.Fatalf("json = %s, %v; want the hex string", b, err)
	}
	var back struct{ ID NodeID }
	if err := json.Unmarshal(b, &back); err != nil || back.ID != id {
		t.Fatalf("round trip: %v %v", back.ID, err)
	}
	// Documents written before NodeID had a text form hold the byte array.
	legacy := `{"ID":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,171]}`
	if err := json.Unmarshal([]byte(legacy), &back); err != nil || back.ID != id {
		t.Fatalf("legacy array: %v %v", back.ID, err)
	}
	for _, bad := range []string{`{"ID":"0x12"}`, `{"ID":[1,2]}`, `{"ID":7}`} {
		if err := json.Unmarshal([]byte(bad), &back); err == nil {
			t.Errorf("%s: accepted", bad)
		}
	}
}
