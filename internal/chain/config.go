package chain

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
)

// DevChainID is the chain id of the embedded dev chain and of the simulated backend.
const DevChainID = 1337

// MainnetLikeConfig returns a copy of go-ethereum's dev chain config (chain id 1337, every live fork from
// genesis) with the forks that mainnet has not scheduled cleared. The dev config also turns on forks
// that are not live yet, whose gas rules make the suite's transactions cost 2-3x what they cost on
// mainnet; this config keeps gas figures honest.
func MainnetLikeConfig() *params.ChainConfig {
	c := *params.AllDevChainProtocolChanges
	c.ChainID = big.NewInt(DevChainID)
	m := params.MainnetChainConfig
	keep := func(dev, mainnet *uint64) *uint64 {
		if dev == nil || mainnet == nil {
			return nil
		}
		v := *dev
		return &v
	}
	c.ShanghaiTime = keep(c.ShanghaiTime, m.ShanghaiTime)
	c.CancunTime = keep(c.CancunTime, m.CancunTime)
	c.PragueTime = keep(c.PragueTime, m.PragueTime)
	c.OsakaTime = keep(c.OsakaTime, m.OsakaTime)
	c.BPO1Time, c.BPO2Time, c.BPO3Time, c.BPO4Time, c.BPO5Time = nil, nil, nil, nil, nil
	c.AmsterdamTime = keep(c.AmsterdamTime, m.AmsterdamTime)
	c.BogotaTime = keep(c.BogotaTime, m.BogotaTime)
	c.UBTTime = nil
	return &c
}

// devKeyHex are the first ten keys of the well-known test mnemonic ("test test ... junk") that Anvil,
// Hardhat and Foundry prefund. They are public: use them on dev chains only.
var devKeyHex = [...]string{
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

// DevKey returns the i-th deterministic dev key. Keys 0-9 are the well-known prefunded test keys (the
// same accounts Anvil funds); later ones are keccak256("cohort-dev-key-<i>"). Dev chains only.
func DevKey(i int) *ecdsa.PrivateKey {
	var raw []byte
	if i >= 0 && i < len(devKeyHex) {
		raw = common.FromHex(devKeyHex[i])
	} else {
		raw = crypto.Keccak256([]byte(fmt.Sprintf("cohort-dev-key-%d", i)))
	}
	k, err := crypto.ToECDSA(raw)
	if err != nil {
		panic(fmt.Sprintf("dev key %d: %v", i, err)) // constant input: a broken invariant
	}
	return k
}

// DevKeys returns the first n dev keys.
func DevKeys(n int) []*ecdsa.PrivateKey {
	ks := make([]*ecdsa.PrivateKey, n)
	for i := range ks {
		ks[i] = DevKey(i)
	}
	return ks
}

// Ether is 10^18 wei (and 10^18 token base units: CohortToken has 18 decimals).
var Ether = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// Tokens returns n whole tokens in base units.
func Tokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), Ether) }
