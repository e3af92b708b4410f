package executor

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"io"
	"slices"

	"github.com/ipfs/go-cid"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/artifact"
	"github.com/cohort-net/cohort/internal/artifact/sealed"
)

// StoredInput is an input named by CID in the shared artifact store.
type StoredInput struct {
	Name   string
	CID    cid.Cid
	Sealed bool // a sealed envelope (the publisher's data): opened with the node's key into the directory
}

// Assignment is one run a node is asked to make for a task: one epoch of its script.
type Assignment struct {
	Task     string
	Epoch    int
	Node     cohort.NodeID   // the node that runs it
	Selected []cohort.NodeID // the nodes the task selected (read from the chain by the caller)
	Command  []string
	Inputs   []StoredInput
	Outputs  []string
	Limits   Limits
	Env      []string
}

// Outcome is an assignment run within its limits, its outputs stored by CID.
type Outcome struct {
	Task    string
	Epoch   int
	Node    cohort.NodeID
	Outputs map[string]cid.Cid
	Digest  [32]byte // Commitment's digest, what the node's work commits to
	Result  *Result
}

// Commitment is the digest of a run's outputs: SHA-256 over the task, epoch, node and every output's
// name and CID, in the declared order.
func Commitment(task string, epoch int, node cohort.NodeID, names []string, cids map[string]cid.Cid) [32]byte {
	h := sha256.New()
	fmt.Fprintf(h, "cohort-exec-v1\x00%s\x00%d\x00%s\x00", task, epoch, node)
	for _, n := range names {
		fmt.Fprintf(h, "%s\x00%s\x00", n, artifact.String(cids[n]))
	}
	return [32]byte(h.Sum(nil))
}

// CheckSelected refuses a node the task did not select (EForbidden), before anything is fetched or run.
func (a *Assignment) CheckSelected() error {
	if !slices.Contains(a.Selected, a.Node) {
		return cohort.Errorf(cohort.EForbidden, "node %s was not selected for task %s: it runs no script for it", a.Node, a.Task)
	}
	return nil
}

// RunAssignment runs a after checking that key's node is a's node and was selected: it fetches the
// inputs by CID (a sealed one is opened with key straight into the working directory, so its plaintext
// exists nowhere else), runs the script and, only when it stayed within its limits, stores the declared
// outputs. A run over a limit returns its *LimitError and stores nothing.
func (r *Runner) RunAssignment(ctx context.Context, store artifact.Store, key sealed.Key, a Assignment) (*Outcome, error) {
	if key.ID() != a.Node {
		return nil, cohort.Errorf(cohort.EForbidden, "assignment for node %s, this node is %s", a.Node, key.ID())
	}
	if err := a.CheckSelected(); err != nil {
		return nil, err
	}
	job := Job{Command: a.Command, Outputs: a.Outputs, Limits: a.Limits, Env: a.Env}
	for _, in := range a.Inputs {
		data, err := fetch(ctx, store, key, in)
		if err != nil {
			return nil, err
		}
		job.Inputs = append(job.Inputs, Input{Name: in.Name, Data: data})
	}
	res, err := r.Run(ctx, job)
	if err != nil {
		return nil, fmt.Errorf("task %s epoch %d: %w", a.Task, a.Epoch, err)
	}
	out := &Outcome{Task: a.Task, Epoch: a.Epoch, Node: a.Node, Outputs: map[string]cid.Cid{}, Result: res}
	for _, name := range a.Outputs {
		c, err := store.Put(ctx, bytes.NewReader(res.Outputs[name]))
		if err != nil {
			return nil, fmt.Errorf("store output %s: %w", name, err)
		}
		out.Outputs[name] = c
	}
	out.Digest = Commitment(a.Task, a.Epoch, a.Node, a.Outputs, out.Outputs)
	return out, nil
}

// fetch returns a reader of an input's contents: the stored bytes, or a sealed envelope's plaintext.
// The envelope's header is checked (the node among its recipients) before the runner starts writing.
func fetch(ctx context.Context, store artifact.Store, key sealed.Key, in StoredInput) (io.Reader, error) {
	rc, err := store.Get(ctx, in.CID)
	if err != nil {
		return nil, fmt.Errorf("input %s: %w", in.Name, err)
	}
	const maxInput = 1 << 30
	b, err := io.ReadAll(io.LimitReader(rc, maxInput+1))
	rc.Close()
	if err != nil {
		return nil, fmt.Errorf("input %s: %w", in.Name, err)
	}
	if len(b) > maxInput {
		return nil, cohort.Errorf(cohort.ETooLarge, "input %s over %d bytes", in.Name, maxInput)
	}
	if !in.Sealed {
		return bytes.NewReader(b), nil
	}
	plain, err := sealed.Open(bytes.NewReader(b), key)
	if err != nil {
		return nil, fmt.Errorf("input %s: %w", in.Name, err)
	}
	return plain, nil
}

// NodeWorker is a Worker that runs its epochs on this node, through RunAssignment.
type NodeWorker struct {
	Runner *Runner
	Store  artifact.Store
	Key    sealed.Key
	// Base is the assignment without its epoch: the global model is added to its inputs as ModelInput.
	Base       Assignment
	ModelInput string
}

var _ Worker = (*NodeWorker)(nil)

// RunEpoch runs one epoch from the global model.
func (w *NodeWorker) RunEpoch(ctx context.Context, epoch int, model cid.Cid) (*Outcome, error) {
	a := w.Base
	a.Epoch = epoch
	a.Inputs = slices.Clone(a.Inputs)
	if model.Defined() {
		a.Inputs = append(a.Inputs, StoredInput{Name: w.ModelInput, CID: model})
	}
	return w.Runner.RunAssignment(ctx, w.Store, w.Key, a)
}
