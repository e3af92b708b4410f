package cli

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/artifact"
	"github.com/cohort-net/cohort/internal/artifact/ipfs"
	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/node"
	"github.com/cohort-net/cohort/internal/task"
)

// taskCmd is `cohort task submit|status`.
func (a *app) taskCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "task", Short: "Publish training tasks on chain and follow them"}
	cmd.AddCommand(a.taskSubmitCmd(), a.taskStatusCmd(), a.taskSettleCmd())
	return cmd
}

func (a *app) taskSubmitCmd() *cobra.Command {
	var (
		cf          chainFlags
		dryRun      bool
		store       string
		coordinator string
	)
	cmd := &cobra.Command{
		Use:   "submit FILE",
		Short: "Store a task file by CID and publish the task on chain, escrowing its budget",
		Long: `Store a task file (TOML or JSON; see examples/tasks/breast-cancer.toml) in the network's artifact
store and publish the task on chain with its CID, escrowing the budget. Trainers whose data fits bid,
the scheduler selects, the task's coordinator runs it, validators measure the result on their own data
and the paid nodes settle: nothing else needs to be done. Without market.coordinator (or
--coordinator), the first active node registered with the coordinator role runs it.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			data, err := os.ReadFile(args[0])
			if err != nil {
				return usagef("task file: %v", err)
			}
			f, err := task.ParseWith(data, func(p string) ([]byte, error) {
				if !filepath.IsAbs(p) {
					p = filepath.Join(filepath.Dir(args[0]), p)
				}
				return os.ReadFile(p)
			})
			if err != nil {
				return err
			}
			if f.Executor != nil {
				if !dryRun {
					return cohort.Errorf(cohort.ENotImplemented, "task file: [executor]: nodes do not run executor tasks from the chain yet (no escrow is taken): run it here with --dry-run")
				}
				return a.execDryRun(ctx, &f, args[0])
			}
			if coordinator != "" {
				f.Market.Coordinator = coordinator
			}
			c, dep, err := a.dialDeployment(ctx, &cf)
			if err != nil {
				return err
			}
			defer c.Close()
			if f.Market.Coordinator == "" {
				if f.Market.Coordinator, err = pickCoordinator(ctx, c); err != nil {
					return err
				}
			}
			doc := f.Canonical()
			digest := artifact.RawCID(doc)
			now, err := c.HeadTime(ctx)
			if err != nil {
				return err
			}
			if now.Before(time.Now().Add(-time.Minute)) {
				now = time.Now() // an idle dev chain's head can be old; deadlines count from wall time
			}
			spec, err := node.TaskTerms(&f, [32]byte(digest.Hash()[len(digest.Hash())-32:]), now)
			if err != nil {
				return err
			}
			sub, err := node.CheckTaskSubnet(ctx, c, &f)
			if err != nil {
				return fmt.Errorf("task file: subnet %s: %w", f.Subnet, err)
			}
			from, err := a.signer(c, &cf)
			if err != nil {
				return err
			}
			var lib *chain.ModelLibrary
			if f.BaseModel != 0 {
				if lib, err = c.ModelLibrary(); err != nil {
					return err
				}
				if _, err := lib.Model(ctx, f.BaseModel); err != nil {
					return fmt.Errorf("base_model %d: %w", f.BaseModel, err)
				}
			}
			fmt.Fprintf(a.stderr, "publishing %q from %s on chain %s: budget %s tokens, max rate %s tokens/h, up to %d nodes, bids until %s, coordinator %s\n",
				f.Name, from.Addr.Hex(), c.ChainID(), f.Market.Budget, f.Market.MaxHourlyRate, spec.MaxNodes,
				spec.BiddingDeadline.UTC().Format(time.RFC3339), spec.Coordinator.Hex())
			if dryRun {
				if a.json {
					return a.printJSON(map[string]any{"dry_run": true, "from": from.Addr.Hex(), "spec_cid": artifact.String(digest), "spec": spec})
				}
				fmt.Fprintln(a.stdout, "dry run: nothing stored or sent")
				return nil
			}
			if store == "" {
				store = dep.Store
			}
			if err := putDocument(ctx, store, doc); err != nil {
				return err
			}
			id, r, err := c.Publish(ctx, from, spec)
			if err != nil {
				return err
			}
			out := map[string]any{"chain_id": c.ChainID().String(), "task_id": id.String(), "spec_cid": artifact.String(digest),
				"tx": r.TxHash.Hex(), "gas": r.GasUsed, "budget": spec.Budget.String()}
			if err := a.afterPublish(ctx, c, from, id, &f, lib, sub, out); err != nil {
				return err
			}
			if a.json {
				return a.printJSON(out)
			}
			fmt.Fprintf(a.stdout, "task %s published (spec %s, tx %s, %d gas)\n", id, artifact.String(digest), r.TxHash.Hex(), r.GasUsed)
			return nil
		},
	}
	cf.register(cmd.Flags(), true)
	cmd.Flags().BoolVar(&dryRun, "dry-run", false, "validate and show what would be sent, store and send nothing; an [executor] task runs its script here on one node's shard and reports time, memory and gas")
	cmd.Flags().StringVar(&store, "store", "", "artifact store URL (default: the deployment record's)")
	cmd.Flags().StringVar(&coordinator, "coordinator", "", "address of the node that runs the task (default: the file's, else a registered coordinator)")
	return cmd
}

// afterPublish declares a just-published task's base model in the model library and attaches the task
// to its subnet, as its file says, and records both in out.
func (a *app) afterPublish(ctx context.Context, c *chain.Conn, from *chain.Account, id *big.Int, f *task.File, lib *chain.ModelLibrary,
	sub chain.Subnet, out map[string]any) error {
	if lib != nil {
		if _, err := lib.Declare(ctx, from, id, f.BaseModel, 0); err != nil {
			return fmt.Errorf("task %s published; declaring its base model %d: %w", id, f.BaseModel, err)
		}
		out["base_model"] = f.BaseModel
		fmt.Fprintf(a.stderr, "task %s fine-tunes model %d: declared in the model library\n", id, f.BaseModel)
	}
	if sub.ID != 0 {
		if err := attachSubnet(ctx, c, from, id, sub.ID); err != nil {
			return err
		}
		out["subnet"] = sub.ID
		fmt.Fprintf(a.stderr, "task %s attached to subnet %d (%s)\n", id, sub.ID, sub.Name)
	}
	return nil
}

// attachSubnet binds a just-published task to its subnet on chain.
func attachSubnet(ctx context.Context, c *chain.Conn, from *chain.Account, id *big.Int, subnet uint64) error {
	reg, err := c.Subnets()
	if err != nil {
		return err
	}
	if _, err := reg.Attach(ctx, from, id, subnet); err != nil {
		return fmt.Errorf("task %s published, but attaching it to subnet %d failed: %w", id, subnet, err)
	}
	return nil
}

// putDocument stores the task document as one raw block in the shared store, so its CID follows from
// the digest the chain records.
func putDocument(ctx context.Context, url string, doc []byte) error {
	if url == "" {
		return usagef("no artifact store: pass --store URL (a gateway node) or deploy with --store")
	}
	s, err := ipfs.New(ipfs.Config{URL: url, Offline: true, NoPin: true}, nil)
	if err != nil {
		return err
	}
	if len(doc) > artifact.MaxBlockSize {
		return cohort.Errorf(cohort.ETooLarge, "task document over one block")
	}
	if _, err := s.Put(ctx, bytes.NewReader(doc)); err != nil {
		return fmt.Errorf("store the task document: %w", err)
	}
	return nil
}

// pickCoordinator returns the first active node registered with the coordinator role.
func pickCoordinator(ctx context.Context, c *chain.Conn) (string, error) {
	nodes, err := c.Nodes(ctx, 0, 1000)
	if err != nil {
		return "", err
	}
	for _, n := range nodes {
		if n.Frozen {
			continue
		}
		for _, r := range n.Roles {
			if r == cohort.RoleCoordinator {
				return n.Address.Hex(), nil
			}
		}
	}
	return "", cohort.Errorf(cohort.ENotFound, "no node is registered as a coordinator: name one with --coordinator or market.coordinator")
}

// taskState is the lifecycle state `task status` reports: the market's status, with "selected"
// (bidding closed, training under way) shown as "running".
func taskState(status string) string {
	if status == "selected" {
		return "running"
	}
	return status
}

func (a *app) taskStatusCmd() *cobra.Command {
	var cf chainFlags
	cmd := &cobra.Command{
		Use:   "status ID",
		Short: "Show a task's on-chain state: status, bids, selection, rounds, attestation, payments",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseTaskID(args[0])
			if err != nil {
				return err
			}
			c, err := a.dial(cmd.Context(), &cf)
			if err != nil {
				return err
			}
			defer c.Close()
			t, err := c.Task(cmd.Context(), big.NewInt(id))
			if err != nil {
				return err
			}
			if _, err := c.TaskPublication(cmd.Context(), &t); err != nil {
				return err
			}
			pays, err := c.Payments(cmd.Context(), big.NewInt(id))
			if err != nil {
				return err
			}
			vpays, err := c.ValidatorPayments(cmd.Context(), big.NewInt(id))
			if err != nil {
				return err
			}
			if a.json {
				return a.printJSON(struct {
					chain.TaskInfo
					State             string            `json:"state"`
					SpecCID           string            `json:"spec_cid,omitempty"`
					Payments          map[string]string `json:"payments"`
					ValidatorPayments map[string]string `json:"validator_payments"`
				}{t, taskState(t.Status), specCID(t), pays, vpays})
			}
			a.printTask(t, pays)
			return nil
		},
	}
	cf.register(cmd.Flags(), false)
	return cmd
}

func specCID(t chain.TaskInfo) string {
	if t.ModelSpecHash == nil {
		return ""
	}
	return artifact.String(artifact.RawCIDFromDigest(*t.ModelSpecHash))
}

func (a *app) printTask(t chain.TaskInfo, pays map[string]string) {
	w := a.stdout
	fmt.Fprintf(w, "task %s: %s\n", t.ID, taskState(t.Status))
	fmt.Fprintf(w, "  publisher     %s\n  coordinator   %s\n", t.Publisher.Hex(), t.Coordinator.Hex())
	if s := specCID(t); s != "" {
		fmt.Fprintf(w, "  spec          %s\n", s)
	}
	fmt.Fprintf(w, "  budget        %s tokens (max rate %s/h, up to %d nodes, scheduler %s)\n", chain.FormatTokens(t.Budget.Int),
		chain.FormatTokens(t.MaxHourlyRate.Int), t.MaxNodes, schedulerName(t.Scheduler))
	fmt.Fprintf(w, "  deadlines     bids %s, execution %s\n", t.BiddingDeadline.Format(time.RFC3339), t.ExecutionDeadline.Format(time.RFC3339))
	fmt.Fprintf(w, "  acceptance    metric %d >= %d bps (bonus %d bps; below it nodes are not paid)\n", t.MetricID, t.MetricThreshold, t.BonusBps)
	fmt.Fprintf(w, "  rounds        %d committed of %d planned (pay per contributed round)\n  attestations  %d of a quorum of %d", t.Rounds, t.PlannedRounds, t.Attestations, t.Quorum)
	if t.AttestedAt != 0 {
		fmt.Fprintf(w, " (median metric %d bps)", t.Metric)
	}
	if t.Disputed {
		fmt.Fprintf(w, "; disputed")
	}
	fmt.Fprintln(w)
	if p := t.Privacy; p != nil {
		fmt.Fprintf(w, "  privacy       ε %.6f spent of %.6f at δ %g (recorded with the rounds)\n", p.Epsilon(),
			float64(p.Budget)/chain.EpsilonUnit, float64(p.Delta)/chain.DeltaUnit)
	}
	if t.BaseTotal.Sign() > 0 {
		fmt.Fprintf(w, "  base pay      %s tokens, fee %s, paid %s\n", chain.FormatTokens(t.BaseTotal.Int), chain.FormatTokens(t.Fee.Int), chain.FormatTokens(t.PaidTotal.Int))
	}
	if len(t.Bids) > 0 {
		fmt.Fprintf(w, "  bids\n")
		for _, b := range t.Bids {
			sel := " "
			if b.Selected {
				sel = "*"
			}
			fmt.Fprintf(w, "   %s %s  %s tokens/h x %d h  reputation %d bps\n", sel, b.Node.Hex(), chain.FormatTokens(b.Rate.Int), b.Hours, b.Reputation)
		}
	}
	if len(pays) > 0 {
		fmt.Fprintf(w, "  payments\n")
		for n, v := range pays {
			amt, _ := new(big.Int).SetString(v, 10)
			fmt.Fprintf(w, "    %s  %s tokens\n", n, chain.FormatTokens(amt))
		}
	}
}

func schedulerName(id uint8) string {
	switch id {
	case chain.SchedulerLowestPrice:
		return "lowest-price"
	case chain.SchedulerReputationWeighted:
		return "reputation-weighted"
	}
	return fmt.Sprintf("#%d", id)
}

func roleList(rs []cohort.Role) string {
	s := make([]string, len(rs))
	for i, r := range rs {
		s[i] = string(r)
	}
	return strings.Join(s, ",")
}

// taskSettleCmd is `cohort task settle ID`: what every paid node does by itself (auto_settle), by hand.
func (a *app) taskSettleCmd() *cobra.Command {
	var cf chainFlags
	cmd := &cobra.Command{
		Use:   "settle ID",
		Short: "Settle an attested task once its dispute window has passed (anyone may; nodes do it by themselves)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseTaskID(args[0])
			if err != nil {
				return err
			}
			c, from, err := a.dialSigner(cmd.Context(), &cf)
			if err != nil {
				return err
			}
			defer c.Close()
			r, err := c.Settle(cmd.Context(), from, big.NewInt(id))
			if err != nil {
				return err
			}
			pays, err := c.Payments(cmd.Context(), big.NewInt(id))
			if err != nil {
				return err
			}
			if a.json {
				return a.printJSON(map[string]any{"task_id": fmt.Sprint(id), "tx": r.TxHash.Hex(), "gas": r.GasUsed, "payments": pays})
			}
			fmt.Fprintf(a.stdout, "task %d settled (tx %s); paid %d nodes: withdraw with `cohort market withdraw`\n", id, r.TxHash.Hex(), len(pays))
			return nil
		},
	}
	cf.register(cmd.Flags(), true)
	return cmd
}
