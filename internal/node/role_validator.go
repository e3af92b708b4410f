package node

import (
	"context"
	"fmt"
	"io"
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
	s       *system
	holdout *dataset.Dataset
}

func newValidatorRole(s *system) (*validatorRole, error) {
	d, err := dataset.LoadCSVFile(s.cfg.Validator.Holdout, s.cfg.Validator.Label)
	if err != nil {
		return nil, fmt.Errorf("validator hold-out data: %w", err)
	}
	return &validatorRole{s: s, holdout: d}, nil
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
	if last, err := spec.PrivacyRounds(); err != nil || int(ev.Round) < last { // a privacy budget may end a task early
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
	acc, err := v.measure(ctx, ev.ModelCID)
	if err != nil {
		v.s.log.Warn("cannot measure the final model: not attesting", "task", ev.Task, "err", err)
		return nil
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
	v.s.log.Info("attested", "task", ev.Task, "accuracy", acc, "holdout_rows", v.holdout.N)
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

// measure fetches the model by CID and returns its accuracy on the hold-out rows.
func (v *validatorRole) measure(ctx context.Context, modelCID []byte) (float64, error) {
	_, c, err := cid.CidFromBytes(modelCID)
	if err != nil {
		return 0, cohort.Errorf(cohort.EInvalid, "model cid: %v", err)
	}
	m, scaler, h, err := fetchModelHeader(ctx, v.s.store, c)
	if err != nil {
		return 0, err
	}
	test, err := remapClasses(v.holdout, h.Classes)
	if err != nil {
		return 0, err
	}
	if scaler != nil {
		test = scaler.Apply(test)
	}
	return fl.Evaluate(m, test).Accuracy, nil
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
	b, err := io.ReadAll(io.LimitReader(rc, protocol.DefaultLimits.MaxBody()+1))
	if err != nil {
		return nil, nil, h, fmt.Errorf("fetch model %s: %w", artifact.String(c), err)
	}
	h, m, scaler, err := protocol.DecodeModel(b, protocol.DefaultLimits)
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
