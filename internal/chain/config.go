package chain

import (
	"math/big"

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

// Ether is 10^18 wei (and 10^18 token base units: CohortToken has 18 decimals).
var Ether = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// Tokens returns n whole tokens in base units.
func Tokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), Ether) }
