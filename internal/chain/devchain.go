package chain

import (
	"context"
	"fmt"
	"log/slog"
	"maps"
	"math/big"
	"net"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/identity"
)

// DefaultDevChainPort is where `cohort chain` serves JSON-RPC unless told otherwise; DefaultDevChainURL
// is the URL the other commands use by default.
const (
	DefaultDevChainPort = 8545
	DefaultDevChainURL  = "http://127.0.0.1:8545"
)

// DevChainConfig configures the embedded dev chain.
type DevChainConfig struct {
	Host     string        // default 127.0.0.1
	Port     int           // 0 picks a free port
	Period   time.Duration // 0: a block as soon as a transaction arrives; else a block per period (whole seconds)
	Accounts int           // prefunded dev accounts identity.DevAccount(0..Accounts-1); default 20
	Balance  *big.Int      // wei per account; default 10^6 ether
}

// DevChain is an in-process go-ethereum node on the mainnet-like config (chain id 1337) with a simulated
// beacon that seals blocks, serving JSON-RPC over HTTP like `geth --dev`.
type DevChain struct {
	stack  *node.Node
	beacon *catalyst.SimulatedBeacon
	eth    *eth.Ethereum
	keys   []*identity.Key
	url    string
}

// StartDevChain starts the embedded chain. Close stops it.
func StartDevChain(cfg DevChainConfig, log *slog.Logger) (*DevChain, error) {
	if cfg.Host == "" {
		cfg.Host = "127.0.0.1"
	}
	if cfg.Accounts <= 0 {
		cfg.Accounts = 20
	}
	if cfg.Balance == nil {
		cfg.Balance = Tokens(1_000_000)
	}
	if cfg.Period < 0 || (cfg.Period > 0 && cfg.Period < time.Second) {
		return nil, cohort.Errorf(cohort.EInvalid, "block period %v: want 0 (a block per transaction) or whole seconds", cfg.Period)
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	keys := identity.DevAccounts(cfg.Accounts)

	nodeConf := node.DefaultConfig
	nodeConf.DataDir = "" // in memory
	nodeConf.P2P = p2p.Config{NoDiscovery: true, MaxPeers: 0, ListenAddr: ""}
	nodeConf.HTTPHost = cfg.Host
	nodeConf.HTTPPort = cfg.Port
	nodeConf.HTTPModules = []string{"eth", "net", "web3"}
	nodeConf.HTTPVirtualHosts = []string{"localhost", "127.0.0.1", cfg.Host}
	nodeConf.HTTPTimeouts = rpc.DefaultHTTPTimeouts
	nodeConf.WSHost = ""
	nodeConf.IPCPath = ""
	nodeConf.AuthPort = 0

	alloc := core.SystemContractAllocs()
	maps.Copy(alloc, DevAlloc(keys, cfg.Balance))
	ethConf := ethconfig.Defaults
	ethConf.Genesis = &core.Genesis{Config: MainnetLikeConfig(), GasLimit: 60_000_000, Alloc: alloc}
	ethConf.SyncMode = ethconfig.FullSync
	ethConf.TxPool.NoLocals = true

	stack, err := node.New(&nodeConf)
	if err != nil {
		return nil, fmt.Errorf("dev chain node: %w", err)
	}
	backend, err := eth.New(stack, &ethConf)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("dev chain eth service: %w", err)
	}
	fs := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(fs)}})
	beacon, err := catalyst.NewSimulatedBeacon(uint64(cfg.Period/time.Second), common.Address{}, backend)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("dev chain beacon: %w", err)
	}
	// With period 0 the beacon's API seals a block whenever the pool has a new transaction.
	catalyst.RegisterSimulatedBeaconAPIs(stack, beacon)
	stack.RegisterLifecycle(beacon)
	if err := stack.Start(); err != nil {
		stack.Close()
		return nil, wrap(cohort.EUnavailable, "start dev chain on "+net.JoinHostPort(cfg.Host, strconv.Itoa(cfg.Port)), err)
	}
	d := &DevChain{stack: stack, beacon: beacon, eth: backend, keys: keys, url: stack.HTTPEndpoint()}
	log.Info("dev chain started", "url", d.url, "chain_id", DevChainID, "accounts", len(keys))
	return d, nil
}

// URL is the JSON-RPC endpoint (http://127.0.0.1:PORT).
func (d *DevChain) URL() string { return d.url }

// Keys returns the prefunded dev keys.
func (d *DevChain) Keys() []*identity.Key { return d.keys }

// Close stops the chain. It first lets the pool drain (for at most 2 s): geth's simulated beacon
// seals from a goroutine of its own, and one still sealing while the chain stops dereferences a nil
// finalized hash (seen at the end of tests whose last node had just sent a transaction).
func (d *DevChain) Close() error {
	deadline := time.Now().Add(2 * time.Second)
	for time.Now().Before(deadline) {
		if pending, queued := d.eth.TxPool().Stats(); pending == 0 && queued == 0 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(50 * time.Millisecond) // the sealing goroutine's last Commit and pool sync
	return d.stack.Close()
}

// DevDisputeWindow is the dispute window of dev chains: short, so a dev task settles seconds after
// its attestation.
const DevDisputeWindow = 2 * time.Second

// DevParams are the suite parameters of dev chains: a DevDisputeWindow dispute window, the 3-validator
// quorum, 1 % fee, and the DAO's DevGovParams.
func DevParams() DeployParams {
	return DeployParams{FeeBps: 100, AttestQuorum: 3, DisputeWindow: DevDisputeWindow, UnbondingDelay: time.Hour, Gov: DevGovParams()}
}

// DeployDev connects to url, deploys the suite from dev account 0 with DevParams and returns the
// connection. Dev account 0 keeps no role but holds the DAO's votes: PassProposal with it changes
// anything.
func DeployDev(ctx context.Context, url string, log *slog.Logger) (*Conn, Suite, error) {
	return DeployDevParams(ctx, url, DevParams(), log)
}

// DeployDevParams is DeployDev with other parameters (start from DevParams).
func DeployDevParams(ctx context.Context, url string, p DeployParams, log *slog.Logger) (*Conn, Suite, error) {
	c, err := Dial(ctx, url, Options{Log: log})
	if err != nil {
		return nil, Suite{}, err
	}
	s, err := c.DeploySuite(ctx, NewAccount(identity.DevAccount(0)), p)
	if err != nil {
		c.Close()
		return nil, Suite{}, err
	}
	return c, s, nil
}

// DevSuite returns the addresses DeployDev gives the suite on a fresh dev chain: dev account 0 deploys the
// token, the registry, the MarketSettlement library, the market, the two strategies, SubnetRegistry and
// Delegation with its first eight nonces, after five wiring transactions ValidatorConsensus with its
// fourteenth, after its scorer grant and the market's pool share ModelRegistry with its seventeenth, and
// the DAO's voting token, timelock, arbitration, guardian multisig and governor with the next five, so
// they are the same on every fresh embedded chain.
func DevSuite() Suite {
	admin := common.Address(identity.DevAccount(0).ID())
	at := func(n uint64) common.Address { return crypto.CreateAddress(admin, n) }
	return Suite{Token: at(0), Registry: at(1), MarketSettlement: at(2), Market: at(3), LowestPrice: at(4), ReputationWeighted: at(5),
		SubnetRegistry: at(6), Delegation: at(7), Consensus: at(13), ModelRegistry: at(16),
		Votes: at(17), Timelock: at(18), Arbitration: at(19), Guardian: at(20), Governor: at(21)}
}
