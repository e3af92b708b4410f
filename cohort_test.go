package cohort

import (
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
