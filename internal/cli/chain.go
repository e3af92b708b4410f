package cli

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"strconv"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/bench"
	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/identity"
)

// chainFlags are the flags every command that talks to a chain shares.
type chainFlags struct {
	rpc          string
	suiteFile    string
	keystore     string
	passwordFile string
	devKey       int
}

func (cf *chainFlags) register(f *pflag.FlagSet, signs bool) {
	def := os.Getenv("COHORT_RPC")
	if def == "" {
		def = chain.DefaultDevChainURL
	}
	f.StringVar(&cf.rpc, "rpc", def, "JSON-RPC URL of the chain ($COHORT_RPC; default: the embedded chain of 'cohort chain')")
	f.StringVar(&cf.suiteFile, "deployment", "", "the suite's deployment record (default: $COHORT_HOME/deployments/<chain id>.json, or the embedded chain's fixed addresses)")
	if signs {
		f.StringVar(&cf.keystore, "keystore", "", "keystore v3 file of the signing account (required on a real chain)")
		f.StringVar(&cf.passwordFile, "password-file", "", "file holding the keystore password")
		f.IntVar(&cf.devKey, "dev-key", 0, "on a dev chain (id 1337 or 31337) without --keystore: sign with this well-known dev key (0 holds the token supply)")
	}
}

func isDevChain(c *chain.Conn) bool {
	id := c.ChainID().Int64()
	return id == chain.DevChainID || id == 31337
}

// deploymentPath is where the deployment record of a chain lives: --deployment, or
// <home>/deployments/<chain id>.json.
func (a *app) deploymentPath(cf *chainFlags, chainID uint64) string {
	if cf.suiteFile != "" {
		return cf.suiteFile
	}
	return chain.DeploymentPath(a.home, chainID)
}

// dial connects to --rpc and finds the suite in its deployment record (or, on the embedded dev chain,
// at the addresses `cohort chain` deploys it to).
func (a *app) dial(ctx context.Context, cf *chainFlags) (*chain.Conn, error) {
	c, _, err := a.dialDeployment(ctx, cf)
	return c, err
}

// dialDeployment is dial that also returns the deployment record (zero when the embedded chain's
// fixed addresses are used).
func (a *app) dialDeployment(ctx context.Context, cf *chainFlags) (*chain.Conn, chain.Deployment, error) {
	c, err := chain.Dial(ctx, cf.rpc, chain.Options{Log: a.log})
	if err != nil {
		return nil, chain.Deployment{}, fmt.Errorf("%w (start one with `cohort chain` or pass --rpc URL)", err)
	}
	path := a.deploymentPath(cf, c.ChainID().Uint64())
	d, err := chain.ReadDeployment(path)
	switch {
	case err == nil:
		if d.ChainID != c.ChainID().Uint64() {
			c.Close()
			return nil, d, cohort.Errorf(cohort.EInvalid, "deployment record %s is for chain %d, --rpc serves chain %s", path, d.ChainID, c.ChainID())
		}
		c.UseSuite(d.Suite)
		return c, d, nil
	case cf.suiteFile == "" && c.ChainID().Int64() == chain.DevChainID && cohort.Code(err) == cohort.ENotFound:
		c.UseSuite(chain.DevSuite())
		return c, chain.Deployment{ChainID: chain.DevChainID, RPC: cf.rpc, Suite: chain.DevSuite()}, nil
	}
	c.Close()
	return nil, d, err
}

// dialSigner is dial followed by signer: the connection (closed by the caller) and the account that
// signs.
func (a *app) dialSigner(ctx context.Context, cf *chainFlags) (*chain.Conn, *chain.Account, error) {
	c, err := a.dial(ctx, cf)
	if err != nil {
		return nil, nil, err
	}
	from, err := a.signer(c, cf)
	if err != nil {
		c.Close()
		return nil, nil, err
	}
	return c, from, nil
}

// signer returns the account that signs: the keystore, or a dev key on a dev chain.
func (a *app) signer(c *chain.Conn, cf *chainFlags) (*chain.Account, error) {
	k, err := a.signerKey(c, cf)
	if err != nil {
		return nil, err
	}
	return chain.NewAccount(k), nil
}

// signerKey returns the key that signs: the keystore, or a dev key on a dev chain.
func (a *app) signerKey(c *chain.Conn, cf *chainFlags) (*identity.Key, error) {
	if cf.keystore != "" {
		if cf.passwordFile == "" {
			return nil, usagef("--keystore needs --password-file")
		}
		pw, err := identity.ReadPassword(cf.passwordFile)
		if err != nil {
			return nil, err
		}
		return identity.LoadKeystore(cf.keystore, pw)
	}
	if !isDevChain(c) {
		return nil, usagef("chain %s is not a dev chain: sign with --keystore FILE --password-file FILE", c.ChainID())
	}
	if cf.devKey < 0 || cf.devKey > 1000 {
		return nil, usagef("--dev-key %d out of range", cf.devKey)
	}
	return identity.DevAccount(cf.devKey), nil
}

// chainCmd is `cohort chain`: run the embedded dev chain, or `cohort chain deploy` on any chain.
func (a *app) chainCmd() *cobra.Command {
	var (
		port     int
		period   time.Duration
		accounts int
		noDeploy bool
	)
	cmd := &cobra.Command{
		Use:   "chain",
		Short: "Run an embedded dev chain (chain id 1337, JSON-RPC on 127.0.0.1), deploy the contract suite, print the addresses; Ctrl-C stops",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			d, err := chain.StartDevChain(chain.DevChainConfig{Port: port, Period: period, Accounts: accounts}, a.log)
			if err != nil {
				return err
			}
			defer d.Close()
			out := map[string]any{"chain_id": chain.DevChainID, "rpc_url": d.URL()}
			if !noDeploy {
				c, s, err := chain.DeployDev(ctx, d.URL(), a.log)
				if err != nil {
					return err
				}
				c.Close()
				out["suite"] = s
			}
			var addrs []string
			for _, k := range d.Keys() {
				addrs = append(addrs, chain.NewAccount(k).Addr.Hex())
			}
			out["accounts"] = addrs
			if a.json {
				if err := a.printJSON(out); err != nil {
					return err
				}
			} else {
				mode := "a block per transaction"
				if period > 0 {
					mode = "a block every " + period.String()
				}
				fmt.Fprintf(a.stdout, "embedded chain: chain id %d, JSON-RPC %s (%s)\n", chain.DevChainID, d.URL(), mode)
				if s, ok := out["suite"].(chain.Suite); ok {
					fmt.Fprintf(a.stdout, "\ncontracts\n  token                %s\n  registry             %s\n  market               %s\n  lowest-price         %s\n  reputation-weighted  %s\n",
						s.Token.Hex(), s.Registry.Hex(), s.Market.Hex(), s.LowestPrice.Hex(), s.ReputationWeighted.Hex())
					fmt.Fprintf(a.stdout, "  governor             %s\n  timelock             %s  (holds every admin role: see `cohort gov params`)\n", s.Governor.Hex(), s.Timelock.Hex())
				}
				fmt.Fprintf(a.stdout, "\ndev accounts (well-known test keys, prefunded; never use them on a real chain)\n")
				for i, ad := range addrs {
					note := ""
					if i == 0 {
						note = "  deployer (keeps no role), treasury, holds the token supply and the DAO's votes"
					}
					fmt.Fprintf(a.stdout, "  %2d  %s%s\n", i, ad, note)
				}
				fmt.Fprintln(a.stdout, "\nCtrl-C stops.")
			}
			<-ctx.Done()
			return nil
		},
	}
	f := cmd.Flags()
	intRangeVar(f, &port, "port", chain.DefaultDevChainPort, 0, 65535, "JSON-RPC port on 127.0.0.1 (0 picks a free one)")
	f.DurationVar(&period, "period", 0, "seal a block every period (whole seconds); 0 seals one per transaction")
	intRangeVar(f, &accounts, "accounts", 20, 1, 1000, "prefunded dev accounts")
	f.BoolVar(&noDeploy, "no-deploy", false, "start the chain without deploying the suite")
	cmd.AddCommand(a.chainDeployCmd(), a.chainConsensusCmd())
	return cmd
}

func (a *app) chainDeployCmd() *cobra.Command {
	var (
		cf       chainFlags
		fee      int
		quorum   int
		window   time.Duration
		unbond   time.Duration
		treasury string
		store    string
		epoch    time.Duration
		commit   time.Duration
		bonds    struct{ trainer, validator, bid *big.Int }
		gf       govFlags
	)
	cmd := &cobra.Command{
		Use:   "deploy",
		Short: "Deploy the whole contract suite on the chain at --rpc and write $COHORT_HOME/deployments/<chain id>.json",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if window > unbond {
				return usagef("--dispute-window %v is longer than --unbonding-delay %v", window, unbond)
			}
			if epoch < 2*time.Second || commit < time.Second || commit >= epoch {
				return usagef("--consensus-epoch must be at least 2s and --consensus-commit at least 1s and shorter than it")
			}
			ctx := cmd.Context()
			c, err := chain.Dial(ctx, cf.rpc, chain.Options{Log: a.log})
			if err != nil {
				return err
			}
			defer c.Close()
			admin, err := a.signer(c, &cf)
			if err != nil {
				return err
			}
			p := chain.DeployParams{FeeBps: uint16(fee), AttestQuorum: uint8(quorum), DisputeWindow: window, UnbondingDelay: unbond,
				TrainerBond: bonds.trainer, ValidatorStake: bonds.validator, BidBond: bonds.bid,
				EpochLength: epoch, CommitWindow: commit}
			if p.Gov, err = gf.params(); err != nil {
				return err
			}
			if treasury != "" {
				id, err := cohort.ParseNodeID(treasury)
				if err != nil {
					return err
				}
				p.Treasury = [20]byte(id)
			}
			d, err := c.DeployAll(ctx, admin, p, cf.rpc)
			if err != nil {
				return err
			}
			d.Store = store
			path := a.deploymentPath(&cf, d.ChainID)
			if err := chain.WriteDeployment(path, d); err != nil {
				return fmt.Errorf("write the deployment record: %w", err)
			}
			if a.json {
				return a.printJSON(map[string]any{"chain_id": c.ChainID().String(), "suite": d.Suite, "deployment": path, "block": d.Block})
			}
			s := d.Suite
			fmt.Fprintf(a.stdout, "deployed on chain %s (record: %s)\n  token             %s\n  registry          %s\n  market            %s\n  data registry     %s\n  inference oracle  %s\n  training dispute  %s\n  consensus         %s\n",
				c.ChainID(), path, s.Token.Hex(), s.Registry.Hex(), s.Market.Hex(), s.DataRegistry.Hex(), s.InferenceOracle.Hex(), s.TrainingDispute.Hex(), s.Consensus.Hex())
			return nil
		},
	}
	f := cmd.Flags()
	cf.register(f, true)
	intRangeVar(f, &fee, "fee-bps", 100, 0, 1000, "protocol fee on base pay, basis points")
	intRangeVar(f, &quorum, "quorum", 3, 3, 15, "validator attestations that complete a task (the median of their metrics is the result)")
	positiveDurationVar(f, &window, "dispute-window", time.Hour, 90*24*time.Hour, "time after attestation during which the publisher may dispute, and after a dispute during which the arbiter may resolve it")
	positiveDurationVar(f, &unbond, "unbonding-delay", 7*24*time.Hour, 90*24*time.Hour, "time from an unbonding request to the withdrawal (at least the dispute window, at most 90 days)")
	tokensVar(f, &bonds.trainer, "trainer-bond", "stake bonded per selected trainer per task, tokens (default 1)")
	tokensVar(f, &bonds.validator, "validator-stake", "free stake a validator needs to attest, tokens (default 1)")
	tokensVar(f, &bonds.bid, "bid-bond", "stake bonded with every bid until it ends, tokens (default 0.1)")
	f.DurationVar(&epoch, "consensus-epoch", chain.DefaultEpochLength, "length of a validator consensus epoch (whole seconds)")
	f.DurationVar(&commit, "consensus-commit", chain.DefaultCommitWindow, "the commit phase at the start of each consensus epoch (shorter than the epoch)")
	f.StringVar(&treasury, "treasury", "", "fee recipient (default: the deployer)")
	f.StringVar(&store, "store", "", "URL of the artifact store the network shares (a gateway node or an IPFS node's RPC API), kept in the record")
	gf.register(f)
	return cmd
}

// govFlags are `chain deploy`'s DAO parameters (chain.GovParams).
type govFlags struct {
	quorum, threshold, maxSlash, reports int
	delay, period, timelock, judge       time.Duration
	guardians                            []string
	stake                                *big.Int
}

func (g *govFlags) register(f *pflag.FlagSet) {
	intRangeVar(f, &g.quorum, "gov-quorum", 4, 1, 100, "DAO quorum: percent of the staked supply that must vote for or abstain")
	positiveDurationVar(f, &g.delay, "voting-delay", 24*time.Hour, 30*24*time.Hour, "DAO: time from a proposal to its vote's snapshot (whole seconds)")
	positiveDurationVar(f, &g.period, "voting-period", 7*24*time.Hour, 90*24*time.Hour, "DAO: how long a vote is open")
	positiveDurationVar(f, &g.timelock, "timelock-delay", 2*24*time.Hour, 30*24*time.Hour, "DAO: time from queueing a passed proposal to its execution")
	positiveDurationVar(f, &g.judge, "judge-window", 14*24*time.Hour, 365*24*time.Hour, "DAO arbitration: time to judge a frozen node before the default outcome (release); longer than delay + period + timelock")
	intRangeVar(f, &g.maxSlash, "max-slash-bps", 5000, 1, 10_000, "DAO arbitration: the most a judgement slashes, basis points of the node's stake")
	intRangeVar(f, &g.reports, "freeze-reports", 3, 1, 255, "DAO arbitration: active validators whose reports freeze a node")
	f.StringArrayVar(&g.guardians, "guardian", nil, "a guardian signer's address (repeatable); the guardians may pause new requests, publishes and bids, never withdrawals")
	intRangeVar(f, &g.threshold, "guardian-threshold", 0, 0, 32, "guardian signatures a pause needs (default a majority)")
	tokensVar(f, &g.stake, "dao-stake", "tokens the deployer stakes into the DAO for votes at deployment (default none)")
}

func (g *govFlags) params() (chain.GovParams, error) {
	p := chain.GovParams{QuorumPercent: uint8(g.quorum), VotingDelay: g.delay, VotingPeriod: g.period, TimelockDelay: g.timelock,
		JudgeWindow: g.judge, MaxSlashBps: uint16(g.maxSlash), ReportQuorum: uint8(g.reports), GuardianThreshold: uint8(g.threshold), Stake: g.stake}
	for _, s := range g.guardians {
		id, err := cohort.ParseNodeID(s)
		if err != nil {
			return p, usagef("--guardian %q: %v", s, err)
		}
		p.Guardians = append(p.Guardians, [20]byte(id))
	}
	if p.GuardianThreshold > 0 && int(p.GuardianThreshold) > len(p.Guardians) {
		return p, usagef("--guardian-threshold %d with %d guardians", p.GuardianThreshold, len(p.Guardians))
	}
	if p.JudgeWindow <= p.VotingDelay+p.VotingPeriod+p.TimelockDelay {
		return p, usagef("--judge-window %v must exceed --voting-delay + --voting-period + --timelock-delay (%v)", p.JudgeWindow, p.VotingDelay+p.VotingPeriod+p.TimelockDelay)
	}
	return p, nil
}

// benchChainCmd is `cohort bench chain`.
func (a *app) benchChainCmd() *cobra.Command {
	var o bench.Options
	cmd := &cobra.Command{
		Use:   "chain",
		Short: "Gas of each task lifecycle step and of a whole 10-node task (mainnet-like config)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			o.Log = a.log
			res, err := bench.RunChain(cmd.Context(), o)
			if err != nil {
				return err
			}
			return a.printReport(bench.NewReport("chain", res))
		},
	}
	cmd.Flags().BoolVar(&o.Quick, "quick", false, "one task instead of a cold and a steady one")
	return cmd
}

// parseTaskID parses a task id argument.
func parseTaskID(s string) (int64, error) {
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id <= 0 {
		return 0, usagef("task id %q: want a positive integer", s)
	}
	return id, nil
}
