package miner

import (
	"encoding/json"
	"net/http"
	"testing"

	"github.com/cohort-net/cohort/internal/identity"
)

// Strangers with validly signed requests are refused from the header and record nothing in the
// miner's replay guard (they used to fill it: the nonce was recorded before the signer was checked,
// and a full guard refused the validator's requests, dropping the miner's score); the validator's
// request still gets its proof.
func TestStrangersRecordNothingOnTheMiner(t *testing.T) {
	e := newEnv(t, ModeHonest)
	body, err := json.Marshal(e.request(input))
	if err != nil {
		t.Fatal(err)
	}
	for i := range 200 {
		k, _ := identity.Generate()
		if st, msg := e.post(t, body, k); st != http.StatusForbidden {
			t.Fatalf("stranger %d: %d %s, want 403", i, st, msg)
		}
	}
	if n := e.m.auth.Guard.Len(); n != 0 {
		t.Fatalf("200 refused strangers left %d nonces in the guard", n)
	}
	if _, err := e.call(t, e.request(input)); err != nil {
		t.Fatalf("the validator's request after the flood: %v", err)
	}
}
