package chain

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/identity"
)

// Backend is what the connector needs from a chain: an ethclient.Client (any JSON-RPC URL, the
// embedded dev chain) or the simulated backend's client.
type Backend interface {
	ethereum.BlockNumberReader
	ethereum.ChainReader
	ethereum.ChainStateReader
	ethereum.ContractCaller
	ethereum.GasEstimator
	ethereum.GasPricer1559
	ethereum.LogFilterer
	ethereum.PendingStateReader
	ethereum.TransactionReader
	ethereum.TransactionSender
	ethereum.ChainIDReader
}

// Options tune a Conn. The zero value is usable.
type Options struct {
	// PollInterval is the receipt poller's first interval (default 5 ms); it doubles up to 100 ms.
	PollInterval time.Duration
	// TxTimeout bounds the wait for one receipt (default 2 min).
	TxTimeout time.Duration
	// Retries is how often a transient RPC failure is retried with backoff (default 5).
	Retries int
	// AfterSend is called after every transaction is sent; the simulated backend seals a block here.
	AfterSend func()
	// AdvanceTime, when set, moves the chain's clock on by d (the simulated backend); without it,
	// waiting for chain time (a proposal's delays) sleeps and seals blocks with empty transactions.
	AdvanceTime func(d time.Duration) error
	// Log receives debug lines; nil discards them.
	Log *slog.Logger
	// OnTx, when set, is told the outcome of every transaction sent (ok, reverted or error: not
	// mined) and the gas it used (metrics).
	OnTx func(result string, gasUsed uint64)
}

// Conn is a connection to one chain: a backend, its chain id, and the suite's addresses once known.
type Conn struct {
	b       Backend
	chainID *big.Int
	opts    Options
	log     *slog.Logger
	closer  func()
	suite   Suite
	suiteMu sync.RWMutex
	k       contracts
	gk      govContracts
}

// NewConn wraps a backend. It asks the backend for the chain id (with retries).
func NewConn(ctx context.Context, b Backend, opts Options) (*Conn, error) {
	if opts.PollInterval <= 0 {
		opts.PollInterval = 5 * time.Millisecond
	}
	if opts.TxTimeout <= 0 {
		opts.TxTimeout = 2 * time.Minute
	}
	if opts.Retries <= 0 {
		opts.Retries = 5
	}
	log := opts.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	c := &Conn{b: b, opts: opts, log: log, k: newContracts(), gk: newGovContracts()}
	var id *big.Int
	err := c.retry(ctx, "chain id", func(ctx context.Context) error {
		var err error
		id, err = b.ChainID(ctx)
		return err
	})
	if err != nil {
		return nil, err
	}
	c.chainID = id
	return c, nil
}

// Dial connects to a JSON-RPC URL (http, ws or an IPC path).
func Dial(ctx context.Context, url string, opts Options) (*Conn, error) {
	// Its own HTTP transport, so Close can close the pooled connections: a request cancelled while
	// dialing leaves a connection that never sent one, and a server's graceful shutdown waits 5 s on
	// each such connection (the embedded chain's, at the end of every devnet).
	tr := http.DefaultTransport.(*http.Transport).Clone()
	rc, err := rpc.DialOptions(ctx, url, rpc.WithHTTPClient(&http.Client{Transport: tr}))
	if err != nil {
		return nil, wrap(cohort.EUnavailable, fmt.Sprintf("dial %s", url), err)
	}
	cl := ethclient.NewClient(rc)
	closeAll := func() {
		cl.Close()
		tr.CloseIdleConnections()
	}
	c, err := NewConn(ctx, cl, opts)
	if err != nil {
		closeAll()
		return nil, wrap(cohort.EUnavailable, fmt.Sprintf("chain at %s", url), err)
	}
	c.closer = closeAll
	return c, nil
}

// Close releases the connection (the backend itself when Dial opened it).
func (c *Conn) Close() {
	if c.closer != nil {
		c.closer()
	}
}

// ChainID returns the chain id.
func (c *Conn) ChainID() *big.Int { return new(big.Int).Set(c.chainID) }

// Backend returns the underlying backend.
func (c *Conn) Backend() Backend { return c.b }

// Account is the chain's view of a signer: an identity key, its address and its own nonce counter. It
// signs through the key and never sees the private scalar. Transactions of one account are sent one at
// a time; different accounts may send concurrently.
type Account struct {
	key   *identity.Key
	Addr  common.Address
	mu    sync.Mutex
	nonce uint64
	known bool
}

// NewAccount makes the account of an identity key.
func NewAccount(k *identity.Key) *Account {
	return &Account{key: k, Addr: common.Address(k.ID())}
}

// Key returns the account's identity key.
func (a *Account) Key() *identity.Key { return a.key }

// LogValue keeps the key out of logs.
func (a *Account) LogValue() slog.Value { return slog.StringValue(a.Addr.Hex()) }

// Tx is one transaction to send.
type Tx struct {
	To    common.Address
	Data  []byte
	Value *big.Int
	// What names the call in errors ("publish", "bid").
	What string
}

// Send estimates gas (a revert here returns the decoded error and sends nothing), signs with the
// account's next nonce, sends with retries, and waits for the receipt. A mined transaction that failed
// returns its decoded revert.
func (c *Conn) Send(ctx context.Context, from *Account, tx Tx) (*types.Receipt, error) {
	return c.send(ctx, from, &tx.To, tx.Data, tx.Value, tx.What)
}

// Deploy sends a contract creation and returns the new contract's address and receipt.
func (c *Conn) Deploy(ctx context.Context, from *Account, code []byte, what string) (common.Address, *types.Receipt, error) {
	r, err := c.send(ctx, from, nil, code, nil, "deploy "+what)
	if err != nil {
		return common.Address{}, nil, err
	}
	return r.ContractAddress, r, nil
}

func (c *Conn) send(ctx context.Context, from *Account, to *common.Address, data []byte, value *big.Int, what string) (*types.Receipt, error) {
	if value == nil {
		value = new(big.Int)
	}
	msg := ethereum.CallMsg{From: from.Addr, To: to, Data: data, Value: value}
	var gas uint64
	err := c.retry(ctx, what+": estimate gas", func(ctx context.Context) error {
		var err error
		gas, err = c.b.EstimateGas(ctx, msg)
		return err
	})
	if err != nil {
		return nil, c.revertError(what, err)
	}
	gas = gas + gas/4 + 5_000
	tip, feeCap, err := c.fees(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: fees: %w", what, err)
	}
	from.mu.Lock()
	signed, err := c.signAndSend(ctx, from, to, data, value, gas, tip, feeCap, what)
	from.mu.Unlock()
	if err != nil {
		return nil, err
	}
	if c.opts.AfterSend != nil {
		c.opts.AfterSend()
	}
	r, err := c.WaitMined(ctx, signed.Hash())
	if err != nil {
		c.onTx("error", 0)
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		c.onTx("reverted", r.GasUsed)
		// Replay the call at the parent block to recover the revert data.
		_, cerr := c.b.CallContract(ctx, msg, new(big.Int).Sub(r.BlockNumber, big.NewInt(1)))
		if cerr != nil {
			return r, c.revertError(what, cerr)
		}
		return r, cohort.Errorf(cohort.EConflict, "%s: transaction %s reverted", what, signed.Hash().Hex())
	}
	c.onTx("ok", r.GasUsed)
	return r, nil
}

func (c *Conn) onTx(result string, gas uint64) {
	if c.opts.OnTx != nil {
		c.opts.OnTx(result, gas)
	}
}

func (c *Conn) signAndSend(ctx context.Context, from *Account, to *common.Address, data []byte, value *big.Int, gas uint64, tip, feeCap *big.Int, what string) (*types.Transaction, error) {
	signer := types.LatestSignerForChainID(c.chainID)
	for attempt := 0; ; attempt++ {
		if !from.known {
			var n uint64
			err := c.retry(ctx, what+": nonce", func(ctx context.Context) error {
				var err error
				n, err = c.b.PendingNonceAt(ctx, from.Addr)
				return err
			})
			if err != nil {
				return nil, err
			}
			from.nonce, from.known = n, true
		}
		tx := types.NewTx(&types.DynamicFeeTx{
			ChainID: c.chainID, Nonce: from.nonce, GasTipCap: tip, GasFeeCap: feeCap,
			Gas: gas, To: to, Value: value, Data: data,
		})
		signed, err := signTx(tx, signer, from.key)
		if err != nil {
			return nil, fmt.Errorf("%s: sign: %w", what, err)
		}
		tries := 0
		err = c.retry(ctx, what+": send", func(ctx context.Context) error {
			tries++
			err := c.b.SendTransaction(ctx, signed)
			// A retry after a lost answer may find the node already holding this very transaction.
			if err != nil && tries > 1 && strings.Contains(strings.ToLower(err.Error()), "already known") {
				return nil
			}
			return err
		})
		if err == nil {
			from.nonce++
			return signed, nil
		}
		msg := strings.ToLower(err.Error())
		if tries > 1 && strings.Contains(msg, "nonce too low") {
			// An earlier try may have gone through before the connection dropped: then it is ours.
			if r, rerr := c.b.TransactionReceipt(ctx, signed.Hash()); rerr == nil && r != nil {
				from.nonce++
				return signed, nil
			}
		}
		if attempt < 3 && (strings.Contains(msg, "nonce too low") || strings.Contains(msg, "nonce too high") ||
			strings.Contains(msg, "already known") || strings.Contains(msg, "replacement transaction underpriced")) {
			from.known = false // resync from the chain and try again
			continue
		}
		from.known = false
		return nil, c.revertError(what, err)
	}
}

// signTx is types.SignTx with the identity key doing the signing.
func signTx(tx *types.Transaction, signer types.Signer, k *identity.Key) (*types.Transaction, error) {
	sig, err := k.Sign(signer.Hash(tx))
	if err != nil {
		return nil, err
	}
	return tx.WithSignature(signer, sig)
}

// fees returns an EIP-1559 tip and fee cap: tip from the node (1 gwei when it cannot say), cap twice the
// base fee plus the tip.
func (c *Conn) fees(ctx context.Context) (tip, feeCap *big.Int, err error) {
	var head *types.Header
	err = c.retry(ctx, "head", func(ctx context.Context) error {
		var err error
		head, err = c.b.HeaderByNumber(ctx, nil)
		return err
	})
	if err != nil {
		return nil, nil, err
	}
	tip, err = c.b.SuggestGasTipCap(ctx)
	if err != nil || tip == nil {
		tip = big.NewInt(1_000_000_000)
	}
	base := head.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	feeCap = new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), tip)
	return tip, feeCap, nil
}

// WaitMined polls for a receipt every Options.PollInterval (5 ms) for a second, then doubling up to 100 ms, until
// it arrives, ctx ends or Options.TxTimeout passes. bind.WaitMined polls once a second.
func (c *Conn) WaitMined(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(ctx, c.opts.TxTimeout)
	defer cancel()
	interval := c.opts.PollInterval
	start := time.Now()
	fails := 0
	for {
		r, err := c.b.TransactionReceipt(ctx, hash)
		if err == nil && r != nil {
			// A node may serve a receipt before its head moves to the receipt's block (seen on the
			// embedded chain under load): the next call, estimated against "latest", would then miss
			// this transaction's effects (an approval, a registration). Wait for the head too.
			if h, herr := c.b.HeaderByNumber(ctx, nil); herr == nil && h.Number.Cmp(r.BlockNumber) >= 0 {
				return r, nil
			}
		}
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			fails++
			if fails > c.opts.Retries*4 {
				return nil, wrap(cohort.EUnavailable, fmt.Sprintf("receipt of %s", hash.Hex()), err)
			}
		}
		t := time.NewTimer(interval)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, wrap(cohort.EUnavailable, fmt.Sprintf("waiting for %s", hash.Hex()), ctx.Err())
		case <-t.C:
		}
		// Poll fast for the first second (a dev chain seals in tens of ms), then back off to 100 ms.
		if time.Since(start) > time.Second && interval < 100*time.Millisecond {
			interval *= 2
		}
	}
}

// Call runs a read-only call against the latest block.
func (c *Conn) Call(ctx context.Context, to common.Address, data []byte, what string) ([]byte, error) {
	var out []byte
	err := c.retry(ctx, what, func(ctx context.Context) error {
		var err error
		out, err = c.b.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
		return err
	})
	if err != nil {
		return nil, c.revertError(what, err)
	}
	return out, nil
}

// retry runs f, retrying transient failures (connection errors, timeouts, 5xx) with exponential backoff
// from 50 ms. Reverts and other definite answers return at once.
func (c *Conn) retry(ctx context.Context, what string, f func(context.Context) error) error {
	delay := 50 * time.Millisecond
	for attempt := 0; ; attempt++ {
		err := f(ctx)
		if err == nil || !transient(err) || attempt >= c.opts.Retries {
			return err
		}
		c.log.Debug("chain: retrying", "what", what, "attempt", attempt+1, "err", err)
		t := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			t.Stop()
			return err
		case <-t.C:
		}
		delay *= 2
		if delay > 2*time.Second {
			delay = 2 * time.Second
		}
	}
}

// transient reports whether err looks like a lost connection rather than an answer from the chain.
func transient(err error) bool {
	if err == nil || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return false
	}
	if _, ok := revertData(err); ok {
		return false
	}
	s := strings.ToLower(err.Error())
	for _, p := range []string{"connection refused", "connection reset", "broken pipe", "eof", "timeout",
		"no such host", "502", "503", "504", "too many requests", "i/o timeout", "server closed"} {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}
