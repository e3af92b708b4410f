package identity

import (
	"strings"
	"testing"
)

// TestDevAccountsMatchAnvil pins the well-known funded accounts that Anvil, Hardhat and Foundry
// prefund, and the derived ones past them (the dev chain funds those; their addresses must not move).
func TestDevAccountsMatchAnvil(t *testing.T) {
	for i, want := range map[int]string{
		0: "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
		1: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
		9: "0xa0Ee7A142d267C1f36714E4a8F75612F20a79720",
	} {
		if got := DevAccount(i).ID().String(); got != strings.ToLower(want) {
			t.Errorf("DevAccount(%d) = %s, want %s", i, got, want)
		}
	}
	ks := DevAccounts(12)
	seen := map[string]bool{}
	for i, k := range ks {
		if k.ID() != DevAccount(i).ID() {
			t.Fatalf("DevAccounts(12)[%d] differs from DevAccount(%d)", i, i)
		}
		if seen[k.ID().String()] {
			t.Fatalf("dev account %d repeats an address", i)
		}
		seen[k.ID().String()] = true
	}
	if l, _ := DevKey("0"); l.ID() == DevAccount(0).ID() {
		t.Fatal("DevKey and DevAccount share a key")
	}
}
