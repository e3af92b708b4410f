package cli

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ipfs/go-cid"
	"github.com/spf13/cobra"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/artifact"
	"github.com/cohort-net/cohort/internal/artifact/fsstore"
	"github.com/cohort-net/cohort/internal/artifact/ipfs"
	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/modelfile"
	"github.com/cohort-net/cohort/internal/protocol"
	"github.com/cohort-net/cohort/internal/task"
)

// modelCmd is `cohort model`: trained models as files (internal/modelfile) and the on-chain model
// library (library.go).
func (a *app) modelCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "model", Short: "Trained models: the on-chain library (list, show, rate, claim royalties), model files (export, show)"}
	cmd.AddCommand(a.modelExportCmd(), a.modelShowCmd(), a.modelListCmd(), a.modelClaimCmd(), a.modelRateCmd())
	return cmd
}

// exportFlags are `cohort model export`'s flags.
type exportFlags struct {
	cf           chainFlags
	task, cid    string
	round        int
	out, store   string
	featuresFrom string
}

func (a *app) modelExportCmd() *cobra.Command {
	var x exportFlags
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write a task's trained model (final, or --round N) with its scaler, classes and provenance to a model file",
		Long: `export fetches a round's global model from the network's shared artifact store and writes it as a
model file (cohort-model/1) that ` + "`cohort predict`, `zk compile` and `fhe serve|infer`" + ` read. The coordinator
stores each round's model by CID with the task's scaler, label and classes, and commits the CID on chain:
--task finds the final round's CID (or --round N's) in the task's RoundCommitted events; --cid names one
directly. The store is --store (a gateway or kubo RPC URL, or a local store directory), else the
deployment record's. Tasks match trainers' data by column count, so the chain does not know the feature
names: --features-from names them from a CSV header (its columns but the label, in order); without it,
predict takes a CSV's columns by position.`,
		Example: `  cohort model export --task 1 --out model.json --rpc http://127.0.0.1:8545
  cohort model export --cid bafkrei... --store http://127.0.0.1:5001 --out model.json --features-from rows.csv
  cohort predict --model model.json --data rows.csv --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return a.modelExport(cmd.Context(), &x) },
	}
	f := cmd.Flags()
	x.cf.register(f, false)
	f.StringVar(&x.task, "task", "", "task id on chain: export its final round's model (or --round's)")
	f.IntVar(&x.round, "round", 0, "with --task: the round to export (default: the last committed)")
	f.StringVar(&x.cid, "cid", "", "the CID of a round model in the store (instead of --task)")
	f.StringVar(&x.out, "out", "", "model file to write")
	f.StringVar(&x.store, "store", "", "artifact store: a gateway or kubo RPC URL, or a local store directory (default: the deployment record's)")
	f.StringVar(&x.featuresFrom, "features-from", "", "CSV file whose header names the features (every column but the label, in order)")
	return cmd
}

// check validates the flags before anything is dialled or fetched.
func (x *exportFlags) check() error {
	switch {
	case (x.task == "") == (x.cid == ""):
		return usagef("give --task ID or --cid CID")
	case x.out == "":
		return usagef("--out FILE is required")
	case x.round < 0:
		return usagef("--round %d: want a round number >= 1", x.round)
	case x.round > 0 && x.task == "":
		return usagef("--round goes with --task (a --cid names one round already)")
	}
	if x.task != "" {
		if _, err := parseTaskID(x.task); err != nil {
			return err
		}
	}
	if x.cid != "" {
		if _, err := artifact.ParseCID(x.cid); err != nil {
			return usagef("--cid: %v", err)
		}
	}
	return checkOutFile("--out", x.out)
}

// checkOutFile refuses an output path whose directory does not exist or that is a directory.
func checkOutFile(flag, path string) error {
	dir := filepath.Dir(path)
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return usagef("%s %s: directory %s does not exist", flag, path, dir)
	}
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return usagef("%s %s is a directory", flag, path)
	}
	return nil
}

// exported is what `model export --json` prints.
type exported struct {
	Out      string `json:"out"`
	Name     string `json:"name"`
	Digest   string `json:"digest"`
	TaskID   string `json:"task_id,omitempty"`
	Round    uint64 `json:"round"`
	ModelCID string `json:"model_cid"`
	Model    string `json:"model"`
	Scaled   bool   `json:"scaled"`
	Features int    `json:"named_features"`
}

func (a *app) modelExport(ctx context.Context, x *exportFlags) error {
	if err := x.check(); err != nil {
		return err
	}
	prov := modelfile.Provenance{Source: "export", CreatedAt: time.Now().UTC(), ModelCID: x.cid}
	var info *chain.TaskInfo
	storeURL := x.store
	if x.task != "" || storeURL == "" {
		c, dep, err := a.dialDeployment(ctx, &x.cf)
		if err != nil {
			return err
		}
		defer c.Close()
		prov.ChainID = c.ChainID().Uint64()
		if storeURL == "" {
			if storeURL = dep.Store; storeURL == "" {
				return usagef("the deployment record names no artifact store: pass --store URL|DIR")
			}
		}
		if x.task != "" {
			if info, err = taskRoundModel(ctx, c, x, &prov); err != nil {
				return err
			}
		}
	}
	st, err := a.openStoreAt(storeURL)
	if err != nil {
		return err
	}
	h, m, scaler, err := fetchRoundModel(ctx, st, prov.ModelCID)
	if err != nil {
		return err
	}
	prov.Round = h.Round
	if prov.TaskID == "" {
		prov.TaskID = h.Task
	}
	if info != nil {
		a.taskProvenance(ctx, st, info, &prov)
	}
	var features []string
	if h.Encoding != nil { // a schema task's model names its features and reads raw rows
		features = h.Encoding.Features()
	} else if features, err = a.exportFeatures(x.featuresFrom, h.Label, m.Spec.Inputs); err != nil {
		return err
	}
	f, err := modelfile.New(m, scaler, features, h.Label, h.Classes, prov)
	if err != nil {
		return fmt.Errorf("model %s: %w", prov.ModelCID, err)
	}
	if err := f.SetEncoding(h.Encoding); err != nil {
		return fmt.Errorf("model %s: %w", prov.ModelCID, err)
	}
	if err := modelfile.Write(x.out, f); err != nil {
		return err
	}
	rep := exported{Out: x.out, Name: f.Name(), Digest: f.Digest(), TaskID: prov.TaskID, Round: prov.Round, ModelCID: prov.ModelCID,
		Model: f.Model.String(), Scaled: f.Scaler != nil, Features: len(f.Features)}
	if a.json {
		return a.printJSON(rep)
	}
	fmt.Fprintf(a.stdout, "task %s round %d model %s -> %s (%s, %d classes, scaler %v)\n", rep.TaskID, rep.Round, rep.ModelCID,
		rep.Out, rep.Model, len(f.Classes), rep.Scaled)
	return nil
}

// taskRoundModel finds the CID of the task's round model (--round, else the last committed) in its
// RoundCommitted events and records the task in prov.
func taskRoundModel(ctx context.Context, c *chain.Conn, x *exportFlags, prov *modelfile.Provenance) (*chain.TaskInfo, error) {
	id, _ := parseTaskID(x.task)
	info, err := c.Task(ctx, big.NewInt(id))
	if err != nil {
		return nil, err
	}
	if info.Rounds == 0 {
		return nil, cohort.Errorf(cohort.ENotFound, "task %d has no committed round yet (state %s): nothing to export", id, taskState(info.Status))
	}
	round := uint32(info.Rounds)
	if x.round > 0 {
		if x.round > int(info.Rounds) {
			return nil, cohort.Errorf(cohort.EInvalid, "--round %d: task %d has %d committed rounds", x.round, id, info.Rounds)
		}
		round = uint32(x.round)
	}
	cids, err := c.RoundModels(ctx, big.NewInt(id))
	if err != nil {
		return nil, err
	}
	raw, ok := cids[round]
	if !ok {
		return nil, cohort.Errorf(cohort.ENotFound, "task %d round %d: no RoundCommitted event (or the node at the RPC URL does not serve old logs)", id, round)
	}
	_, mc, err := cid.CidFromBytes(raw)
	if err != nil {
		return nil, fmt.Errorf("task %d round %d: committed model CID: %w", id, round, err)
	}
	prov.TaskID, prov.ModelCID = fmt.Sprint(id), artifact.String(mc)
	if _, err := c.TaskPublication(ctx, &info); err != nil {
		return nil, err
	}
	return &info, nil
}

// taskProvenance adds what the task's document and attestation say: the task's name and seed, and the
// accuracy validators attested (measured on their own hold-out data). A document that does not
// resolve only leaves those out.
func (a *app) taskProvenance(ctx context.Context, st artifact.Store, info *chain.TaskInfo, prov *modelfile.Provenance) {
	if info.AttestedAt != 0 && info.MetricID == task.MetricAccuracyBps && prov.Round == uint64(info.Rounds) {
		acc := float64(info.Metric) / 10000
		prov.Accuracy, prov.AccuracyOn = &acc, "validators' hold-out data (the quorum's median, attested on chain)"
	}
	if info.ModelSpecHash == nil {
		return
	}
	dc := artifact.RawCIDFromDigest(*info.ModelSpecHash)
	fctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	b, err := st.GetBlock(fctx, dc)
	if err == nil {
		var f task.File
		if f, err = task.Parse(b); err == nil { // a document's schema is embedded: Parse reads it
			prov.Dataset, prov.Seed = f.Name, f.Training.Seed
			return
		}
	}
	a.log.Warn("task document not read: provenance without the task's name and seed", "cid", artifact.String(dc), "err", err)
}

// openStoreAt opens an artifact store by URL (a gateway or kubo RPC API) or local directory.
func (a *app) openStoreAt(s string) (artifact.Store, error) {
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") {
		return ipfs.New(ipfs.Config{URL: s, Offline: true, NoPin: true}, a.log)
	}
	if st, err := os.Stat(s); err != nil || !st.IsDir() {
		return nil, usagef("--store %q: neither an http(s) URL nor a store directory", s)
	}
	return fsstore.New(s, a.log)
}

// fetchRoundModel reads a round model (protocol.EncodeModel's frame) from the store by CID.
func fetchRoundModel(ctx context.Context, st artifact.Store, s string) (protocol.ModelHeader, *fl.Model, *dataset.Scaler, error) {
	var h protocol.ModelHeader
	c, err := artifact.ParseCID(s)
	if err != nil {
		return h, nil, nil, err
	}
	fctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	rc, err := st.Get(fctx, c)
	if err != nil {
		return h, nil, nil, fmt.Errorf("fetch model %s: %w", s, err)
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, protocol.ModelLimits().MaxBody()+1))
	if err != nil {
		return h, nil, nil, fmt.Errorf("fetch model %s: %w", s, err)
	}
	h, m, scaler, err := protocol.DecodeModel(b, protocol.ModelLimits())
	if err != nil {
		return h, nil, nil, fmt.Errorf("%s is not a round model: %w", s, err)
	}
	return h, m, scaler, nil
}

// exportFeatures names the model's features from a CSV header (every column but the label), or
// returns none (predict then takes columns by position).
func (a *app) exportFeatures(path, label string, inputs int) ([]string, error) {
	if path == "" {
		a.log.Warn("the task names no feature columns (trainers match data by column count): predict will take a CSV's columns by position; name them with --features-from CSV")
		return nil, nil
	}
	fh, err := os.Open(path)
	if err != nil {
		return nil, usagef("--features-from: %v", err)
	}
	defer fh.Close()
	header, err := csv.NewReader(fh).Read()
	if err != nil {
		return nil, usagef("--features-from %s: no header row: %v", path, err)
	}
	var names []string
	for i, h := range header {
		h = strings.TrimSpace(h)
		if i == 0 {
			h = strings.TrimPrefix(h, "\ufeff")
		}
		if h != label {
			names = append(names, h)
		}
	}
	if len(names) != inputs {
		return nil, usagef("--features-from %s: %d columns besides the label %q, the model takes %d", path, len(names), label, inputs)
	}
	return names, nil
}

func (a *app) modelShowCmd() *cobra.Command {
	var cf chainFlags
	cmd := &cobra.Command{
		Use:   "show FILE|ID",
		Short: "Print a model file (the model, its inputs, classes and provenance) or a listed model of the library (by id, with --rpc)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if !isModelFile(args[0]) {
				return a.modelShowChain(cmd, &cf, args[0])
			}
			f, err := readModelFlag("model show", args[0])
			if err != nil {
				return err
			}
			p := f.Provenance
			if a.json {
				return a.printJSON(map[string]any{"format": f.Format, "name": f.Name(), "digest": f.Digest(), "model": f.Model,
					"scaled": f.Scaler != nil, "features": f.Features, "label": f.Label, "classes": f.Classes, "encoding": f.Encoding, "provenance": p})
			}
			w := a.stdout
			fmt.Fprintf(w, "%s  %s (%s)\n", args[0], f.Name(), f.Format)
			fmt.Fprintf(w, "  model       %s, %d parameters, standardized %v\n", f.Model, len(f.Params), f.Scaler != nil)
			feats := "by position (unnamed)"
			if len(f.Features) > 0 {
				feats = strings.Join(f.Features, ", ")
			}
			fmt.Fprintf(w, "  features    %s\n  label       %s, classes %s\n", feats, f.Label, strings.Join(f.Classes, ", "))
			if e := f.Encoding; e != nil {
				var cols []string
				for _, c := range e.Columns {
					d := fmt.Sprintf("%s (%s, missing: %s", c.Name, c.Type, c.Impute)
					if c.OneHot {
						d += fmt.Sprintf(" %s; one-hot over %d categories", c.FillValue, len(c.Categories))
					} else {
						d += fmt.Sprintf(" %.6g", c.Fill)
					}
					cols = append(cols, d+")")
				}
				fmt.Fprintf(w, "  raw columns %s; left out: %s\n", strings.Join(cols, ", "), orDash(strings.Join(e.Excluded, ", ")))
			}
			fmt.Fprintf(w, "  provenance  source %s, task %s, round %d, model %s, chain %d, data %s, seed %d, created %s\n",
				orDash(p.Source), orDash(p.TaskID), p.Round, orDash(p.ModelCID), p.ChainID, orDash(p.Dataset), p.Seed, p.CreatedAt.Format(time.RFC3339))
			if p.Accuracy != nil {
				fmt.Fprintf(w, "  accuracy    %.4f on %s\n", *p.Accuracy, orDash(p.AccuracyOn))
			}
			return nil
		},
	}
	cf.register(cmd.Flags(), false)
	return cmd
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
