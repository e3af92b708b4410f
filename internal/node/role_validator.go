package node

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"time"

	"github.com/ipfs/go-cid"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/artifact"
	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/protocol"
	"github.com/cohort-net/cohort/internal/task"
)

// validatorRole measures every task's final model on the validator's own hold-out data (never a
// number the coordinator reports) and attests what it measured.
type validatorRole struct {
	s *system
	// raw is the hold-out file as it is on disk: a schema task's model carries its encoding, which
	// reads these raw rows (NA cells, categories) as training read the trainers'. holdout is the same
	// file read as all-numeric, for tasks without a schema; nil when it is not (numErr says why).
	raw     []byte
	holdout *dataset.Dataset
	numErr  error
}

func newValidatorRole(s *system) (*validatorRole, error) {
	raw, err := os.ReadFile(s.cfg.Validator.Holdout)
	if err != nil {
		return nil, fmt.Errorf("validator hold-out data: %w", err)
	}
	d, numErr := dataset.LoadCSV(bytes.NewReader(raw), s.cfg.Validator.Label)
	if numErr != nil {
		s.log.Info("hold-out data is not all numeric: only models of schema tasks (with their encoding) can be measured on it", "reason", numErr)
	}
	return &validatorRole{s: s, raw: raw, holdout: d, numErr: numErr}, nil
}

func (v *validatorRole) name() string { return RoleValidator }

func (v *validatorRole) chainRoles() []cohort.Role { return []cohort.Role{cohort.RoleValidator} }

func (v *validatorRole) handle(ctx context.Context, ev chain.MarketEvent) error {
	if ev.Kind != chain.EvRoundCommitted {
		return nil
	}
	f, err := v.s.published(ctx, ev.Task)
	if err != nil {
		v.s.log.Info("skipping task", "task", ev.Task, "reason", err)
		return nil
	}
	spec, err := f.Spec("", v.s.dep.ChainID, max(len(ev.Participants), 1))
	if err != nil {
		return nil
	}
	last, err := spec.PrivacyRounds() // a privacy budget may end a task early
	if err != nil {
		return nil
	}
	if int(ev.Round) < last && spec.Stop == nil {
		return nil
	}
	if why := v.fits(f); why != "" {
		v.s.log.Info("cannot validate task", "task", ev.Task, "reason", why)
		return nil
	}
	info, err := v.s.conn.Task(ctx, ev.Task)
	if err != nil {
		return err
	}
	done, err := v.s.conn.HasAttested(ctx, ev.Task, v.s.key.ID())
	if err != nil {
		return err
	}
	if info.Status != "selected" || done || int(info.Rounds) != int(ev.Round) {
		return nil
	}
	if why := privacyRecordMismatch(f, &spec, ev.Round, ev.Epsilon, info.Privacy); why != "" {
		v.s.log.Warn("not attesting: the on-chain privacy record disagrees with the task's spec", "task", ev.Task, "reason", why)
		return nil
	}
	acc, final, err := v.measure(ctx, ev.ModelCID)
	if err == nil && int(ev.Round) < last && !final {
		return nil // automatic rounds: not the round the coordinator ended the task with
	}
	if err != nil {
		v.s.log.Warn("cannot measure the final model: not attesting", "task", ev.Task, "err", err)
		return nil
	}
	if v.s.votes != nil {
		for _, p := range ev.Participants {
			v.s.votes.setQuality(cohort.NodeID(p), acc) // committed in the next consensus epoch
		}
	}
	metric := uint32(acc*10_000 + 0.5)
	// The attestation names the round commitment the validator checked: the market refuses it when a
	// later round was committed since (or the event was not the chain's).
	commitment := chain.RoundCommitment(ev.ModelCID, ev.Participants, ev.Epsilon)
	if _, err := v.s.conn.Attest(ctx, v.s.acct, ev.Task, commitment, metric); err != nil {
		if chain.IsRevert(err) {
			v.s.log.Info("attestation refused by the market", "task", ev.Task, "reason", err)
			return nil
		}
		return err
	}
	v.s.log.Info("attested", "task", ev.Task, "accuracy", acc)
	return nil
}

// privacyRecordMismatch says why the chain's privacy record of a task (its budget, and the cumulative
// ε committed with round) disagrees with what the validator recomputes from the task's public spec
// (σ, q, steps per round, through internal/dp's accountant); "" when it agrees. The recorded ε may differ
// from the recomputed one by one unit of the fixed point (floating-point rounding across machines).
func privacyRecordMismatch(f *task.File, spec *protocol.TaskSpec, round uint32, recorded uint64, onChain *chain.Privacy) string {
	p := f.PrivacyBudget()
	if p.Mode == "" {
		if onChain != nil || recorded != 0 {
			return "the task document has no privacy budget, the chain records one"
		}
		return ""
	}
	budget, err := chain.EpsilonFixed(p.Epsilon)
	if err != nil {
		return err.Error()
	}
	delta, err := chain.DeltaFixed(p.Delta)
	if err != nil {
		return err.Error()
	}
	if onChain == nil || onChain.Budget != budget || onChain.Delta != delta {
		return fmt.Sprintf("budget on chain %+v, the document's ε %v at δ %v", onChain, p.Epsilon, p.Delta)
	}
	sp, err := spec.PrivacySpent(int(round))
	if err != nil {
		return err.Error()
	}
	want, err := chain.EpsilonFixed(sp.Epsilon)
	if err != nil {
		return err.Error()
	}
	if recorded+1 < want || recorded > want+1 {
		return fmt.Sprintf("round %d recorded ε %.6f, the spec gives %.6f", round, float64(recorded)/chain.EpsilonUnit, sp.Epsilon)
	}
	return ""
}

func (v *validatorRole) fits(f *task.File) string {
	switch {
	case f.Acceptance.Metric != "accuracy":
		return "metric " + f.Acceptance.Metric
	case len(f.Data.SchemaDoc) > 0:
		if l := v.s.cfg.Validator.Label; l != "" && l != f.Data.Label {
			return fmt.Sprintf("the task's label is %q, the hold-out set's %q", f.Data.Label, l)
		}
		return "" // the rows are read with the final model's encoding (measure)
	case v.holdout == nil:
		return fmt.Sprintf("the task names no schema and the hold-out data is not all numeric (%v)", v.numErr)
	case f.Data.Label != v.holdout.Label || f.Data.Features != v.holdout.D:
		return fmt.Sprintf("the task's data (%q, %d features) is not the hold-out set's (%q, %d)", f.Data.Label, f.Data.Features, v.holdout.Label, v.holdout.D)
	}
	for _, c := range v.holdout.Classes {
		if !slices.Contains(f.Data.Classes, c) {
			return fmt.Sprintf("hold-out label value %q is not one of the task's classes", c)
		}
	}
	return ""
}

// measure fetches the model by CID and returns its accuracy on the hold-out rows, and whether its
// header marks it the task's final round.
func (v *validatorRole) measure(ctx context.Context, modelCID []byte) (float64, bool, error) {
	_, c, err := cid.CidFromBytes(modelCID)
	if err != nil {
		return 0, false, cohort.Errorf(cohort.EInvalid, "model cid: %v", err)
	}
	m, scaler, h, err := fetchModelHeader(ctx, v.s.store, c)
	if err != nil {
		return 0, false, err
	}
	holdout := v.holdout
	if h.Encoding != nil {
		if holdout, err = v.encodeHoldout(h); err != nil {
			return 0, h.Final, err
		}
	} else if holdout == nil {
		return 0, h.Final, cohort.Errorf(cohort.EInvalid, "the model has no encoding and the hold-out data is not all numeric (%v)", v.numErr)
	}
	test, err := remapClasses(holdout, h.Classes)
	if err != nil {
		return 0, h.Final, err
	}
	if scaler != nil {
		test = scaler.Apply(test)
	}
	return fl.Evaluate(m, test).Accuracy, h.Final, nil
}

// encodeHoldout reads the raw hold-out rows with a schema task's encoding (its columns by name, each
// cell as its type, missing ones filled; a category the model never saw is the all-zero fallback,
// logged with the column and first line) and returns them as the model's inputs.
func (v *validatorRole) encodeHoldout(h protocol.ModelHeader) (*dataset.Dataset, error) {
	label := v.s.cfg.Validator.Label
	if label == "" {
		label = h.Label
	}
	tab, err := h.Encoding.ReadTable(bytes.NewReader(v.raw), label)
	if err != nil {
		return nil, fmt.Errorf("hold-out data read with the model's encoding: %w", err)
	}
	if len(tab.Labels) == 0 || tab.Labels[0] == "" {
		return nil, cohort.Errorf(cohort.EInvalid, "hold-out data has no label column %q", label)
	}
	d, cnt, err := h.Encoding.Encode(tab)
	if err != nil {
		return nil, fmt.Errorf("hold-out data: %w", err)
	}
	for col, n := range cnt.Unseen {
		v.s.log.Warn("hold-out rows hold categories the model never saw; encoded all-zero", "column", col, "rows", n, "first_line", cnt.FirstUnseen[col])
	}
	return d, nil
}

// fetchModel fetches a model file by CID (as text) from the store.
func fetchModel(ctx context.Context, store artifact.Store, s string) (*fl.Model, *dataset.Scaler, error) {
	c, err := artifact.ParseCID(s)
	if err != nil {
		return nil, nil, err
	}
	m, scaler, _, err := fetchModelHeader(ctx, store, c)
	return m, scaler, err
}

func fetchModelHeader(ctx context.Context, store artifact.Store, c cid.Cid) (*fl.Model, *dataset.Scaler, protocol.ModelHeader, error) {
	fctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	var h protocol.ModelHeader
	rc, err := store.Get(fctx, c)
	if err != nil {
		return nil, nil, h, fmt.Errorf("fetch model %s: %w", artifact.String(c), err)
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, protocol.ModelLimits().MaxBody()+1))
	if err != nil {
		return nil, nil, h, fmt.Errorf("fetch model %s: %w", artifact.String(c), err)
	}
	h, m, scaler, err := protocol.DecodeModel(b, protocol.ModelLimits())
	return m, scaler, h, err
}

// remapClasses renumbers d's class indices to the model's class list.
func remapClasses(d *dataset.Dataset, classes []string) (*dataset.Dataset, error) {
	out := *d
	out.Y = make([]int, len(d.Y))
	for i, y := range d.Y {
		j := slices.Index(classes, d.Classes[y])
		if j < 0 {
			return nil, cohort.Errorf(cohort.EInvalid, "label value %q is not one of the model's classes", d.Classes[y])
		}
		out.Y[i] = j
	}
	out.Classes = classes
	return &out, nil
}
