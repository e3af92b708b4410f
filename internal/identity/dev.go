package identity

import (
	"crypto/ecdsa"
	"crypto/sha256"
	"fmt"

	"github.com/ethereum/go-ethereum/crypto"
)

// Dev keys. Two deterministic schemes, both public, for dev networks and tests only; never for a key
// that holds value:
//
//   - DevAccount(i) is the i-th well-known funded account. Accounts 0-9 are the first ten keys of the
//     test mnemonic ("test test ... junk") that Anvil, Hardhat and Foundry prefund; account 0
//     (0xf39F...2266) deploys the contract suite on dev chains. Accounts from 10 on are
//     keccak256("cohort-dev-key-<i>"). The embedded dev chain and the simulated chain prefund
//     DevAccount(0..n-1) (internal/chain: StartDevChain, NewSimulated).
//   - DevKey(label) derives a key from a label (sha256 of a domain tag and the label): the node
//     identities of a dev network, reproducible from its seed. These accounts hold nothing until funded.

// devAccountHex are the first ten keys of the well-known test mnemonic that Anvil, Hardhat and Foundry
// prefund.
var devAccountHex = [...]string{
	"ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
	"59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
	"5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
	"7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
	"47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a",
	"8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba",
	"92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e",
	"4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356",
	"dbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97",
	"2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6",
}

// DevAccount returns the i-th well-known funded dev account (i >= 0): 0-9 are the keys Anvil, Hardhat
// and Foundry prefund, later ones keccak256("cohort-dev-key-<i>"); the dev chains prefund them all.
func DevAccount(i int) *Key {
	if i < 0 {
		panic(fmt.Sprintf("dev account %d: want i >= 0", i))
	}
	var (
		priv *ecdsa.PrivateKey
		err  error
	)
	if i < len(devAccountHex) {
		priv, err = crypto.HexToECDSA(devAccountHex[i])
	} else {
		priv, err = crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("cohort-dev-key-%d", i))))
	}
	if err != nil {
		panic(fmt.Sprintf("dev account %d: %v", i, err)) // constant input: a broken invariant
	}
	return fromECDSA(priv)
}

// DevAccounts returns DevAccount(0..n-1).
func DevAccounts(n int) []*Key {
	ks := make([]*Key, n)
	for i := range ks {
		ks[i] = DevAccount(i)
	}
	return ks
}

// DevKey derives a key from a label, deterministically: for dev networks that must be reproducible
// from their seed. Never use it for a key that holds value.
func DevKey(label string) (*Key, error) {
	d := sha256.Sum256([]byte("cohort/dev-key/v1\x00" + label))
	priv, err := crypto.ToECDSA(d[:])
	if err != nil {
		return nil, fmt.Errorf("derive dev key: %w", err)
	}
	return fromECDSA(priv), nil
}
