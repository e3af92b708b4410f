package trainer

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/api"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/protocol"
	"github.com/cohort-net/cohort/internal/verify"
)

// Training verification (protocol.VerifySpec): in a task that verifies training the trainer trains
// with fl.TrainCheckpointed, sends its signed commitment with the update, and keeps the chain of the
// last rounds it keeps jobs for (three) to answer disclosure requests (POST /v1/disclose) from its
// coordinator or an auditor in Config.Auditors. A disclosure reveals the rows of the block asked for.

// localTrain trains m on data for one round: checkpointed in a verification task.
func localTrain(ctx context.Context, spec *protocol.TaskSpec, m *fl.Model, data *dataset.Dataset, cfg fl.TrainConfig) (fl.TrainStats, *fl.CheckpointChain, error) {
	if !spec.Verify.Enabled() {
		st, err := fl.Train(ctx, m, data, cfg)
		return st, nil, err
	}
	return fl.TrainCheckpointed(ctx, m, data, cfg, spec.Verify.BlockSteps)
}

// commit builds and signs the commitment an update carries for chain, global and the delta sent.
func (t *Trainer) commit(spec *protocol.TaskSpec, round uint64, chain *fl.CheckpointChain, global, delta []float64) (*protocol.CheckpointCommit, error) {
	c := verify.Commit(protocol.TaskKey(spec.ID), round, t.ID(), chain, global, delta)
	sig, err := verify.Sign(t.cfg.Key, c)
	if err != nil {
		return nil, err
	}
	return &protocol.CheckpointCommit{Root: c.Root, DataRoot: c.DataRoot, Checkpoints: c.Checkpoints, Rows: c.Rows,
		Steps: c.Steps, BlockSteps: c.BlockSteps, Sig: sig}, nil
}

func (t *Trainer) handleDisclose(w http.ResponseWriter, r *http.Request) {
	b, err := t.disclose(w, r)
	if err != nil {
		api.WriteError(w, r, t.log, err)
		return
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	_, _ = w.Write(b)
}

func (t *Trainer) disclose(w http.ResponseWriter, r *http.Request) ([]byte, error) {
	t.mu.Lock()
	spec, auth := t.spec, t.auth
	t.mu.Unlock()
	if spec == nil || !spec.Verify.Enabled() {
		return nil, cohort.Errorf(cohort.ENotFound, "this trainer's task does not verify training")
	}
	admit := func(id cohort.NodeID) error {
		if id == t.cfg.Coordinator {
			return nil
		}
		for _, a := range t.cfg.Auditors {
			if id == a {
				return nil
			}
		}
		return cohort.Errorf(cohort.EForbidden, "disclosures go to the coordinator and configured auditors only, not %s", id)
	}
	body, env, err := api.Authenticate(w, r, auth, admit, 1<<10)
	if err != nil {
		return nil, err
	}
	if env.Task != spec.ID {
		return nil, cohort.Errorf(cohort.ENotFound, "not a member of task %q", env.Task)
	}
	var req protocol.DiscloseRequest
	if err := json.Unmarshal(body, &req); err != nil {
		return nil, cohort.Errorf(cohort.EInvalid, "disclose request: %v", err)
	}
	if req.Round != env.Round {
		return nil, cohort.Errorf(cohort.EInvalid, "disclose request for round %d signed for round %d", req.Round, env.Round)
	}
	t.mu.Lock()
	j := t.jobs[jobKey{round: req.Round}]
	var chain *fl.CheckpointChain
	if j != nil && j.done {
		chain = j.chain
	}
	t.mu.Unlock()
	if chain == nil {
		return nil, cohort.Errorf(cohort.ENotFound, "round %d: no checkpoint chain kept (trained rounds are kept for three rounds)", req.Round)
	}
	ds, err := chain.Disclose(req.Block)
	if err != nil {
		return nil, err
	}
	return ds.MarshalBinary()
}
