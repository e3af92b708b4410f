package chain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/chain/bindings"
)

// Subnet kinds and statuses of SubnetRegistry.
const (
	SubnetTraining  = "training"
	SubnetInference = "inference"
)

var (
	subnetKinds    = map[uint8]string{1: SubnetTraining, 2: SubnetInference}
	subnetStatuses = map[uint8]string{1: "active", 2: "paused", 3: "retired"}
)

// Subnet limits of SubnetRegistry (MAX_NAME, MAX_CID, MAX_PARAMS).
const (
	SubnetMaxName   = 64
	SubnetMaxCID    = 128
	SubnetMaxParams = 1024
)

// Subnet is one subnet's standard: what every task or inference request in it follows.
type Subnet struct {
	ID          uint64         `json:"id"`
	Name        string         `json:"name"`
	Kind        string         `json:"kind"`   // training | inference
	Status      string         `json:"status"` // active | paused | retired (empty when creating)
	SchedulerID uint8          `json:"scheduler_id"`
	Scheduler   common.Address `json:"scheduler"`          // the market's scheduler under SchedulerID (training)
	SchemaID    common.Hash    `json:"schema_id"`          // SHA-256 of the data schema's canonical form
	VKHash      common.Hash    `json:"vk_hash,omitzero"`   // inference: the model id (verifying key hash)
	ModelCID    string         `json:"model_cid"`          // the model spec's CID
	Strategy    string         `json:"strategy,omitempty"` // the aggregation strategy (training)
	Params      string         `json:"params,omitempty"`   // its parameters, canonical JSON
}

// Validate checks what the registry would refuse (except the scheduler, which only the chain knows).
func (s Subnet) Validate() error {
	switch {
	case s.Name == "" || len(s.Name) > SubnetMaxName:
		return cohort.Errorf(cohort.EInvalid, "subnet name: want 1..%d bytes", SubnetMaxName)
	case s.ModelCID == "" || len(s.ModelCID) > SubnetMaxCID:
		return cohort.Errorf(cohort.EInvalid, "subnet model cid: want 1..%d bytes", SubnetMaxCID)
	case len(s.Strategy) > SubnetMaxName || len(s.Params) > SubnetMaxParams:
		return cohort.Errorf(cohort.EInvalid, "subnet strategy: name at most %d bytes, params at most %d", SubnetMaxName, SubnetMaxParams)
	}
	switch s.Kind {
	case SubnetTraining:
		if s.SchemaID == (common.Hash{}) || s.Strategy == "" || s.VKHash != (common.Hash{}) {
			return cohort.Errorf(cohort.EInvalid, "training subnet: want a schema id and a strategy, no vk hash")
		}
	case SubnetInference:
		if s.VKHash == (common.Hash{}) {
			return cohort.Errorf(cohort.EInvalid, "inference subnet: want a vk hash (the model id)")
		}
	default:
		return cohort.Errorf(cohort.EInvalid, "subnet kind %q: want training or inference", s.Kind)
	}
	return nil
}

func (s Subnet) binding() bindings.Subnet {
	var kind uint8
	for k, name := range subnetKinds {
		if name == s.Kind {
			kind = k
		}
	}
	return bindings.Subnet{Name: s.Name, Kind: kind, SchedulerId: s.SchedulerID, Scheduler: s.Scheduler, SchemaId: s.SchemaID,
		VkHash: s.VKHash, ModelCid: s.ModelCID, Strategy: s.Strategy, Params: s.Params}
}

func subnetFrom(id uint64, b bindings.Subnet) Subnet {
	return Subnet{ID: id, Name: b.Name, Kind: subnetKinds[b.Kind], Status: subnetStatuses[b.Status], SchedulerID: b.SchedulerId,
		Scheduler: b.Scheduler, SchemaID: b.SchemaId, VKHash: b.VkHash, ModelCID: b.ModelCid, Strategy: b.Strategy, Params: b.Params}
}

// SubnetRegistry is a connection's handle on the suite's SubnetRegistry.
type SubnetRegistry struct {
	c    *Conn
	addr common.Address
	abi  *bindings.SubnetRegistry
}

// Subnets returns a handle on the suite's SubnetRegistry (cohort.ENotFound when the suite has none).
func (c *Conn) Subnets() (*SubnetRegistry, error) {
	addr := c.Suite().SubnetRegistry
	if addr == (common.Address{}) {
		return nil, cohort.Errorf(cohort.ENotFound, "the suite has no SubnetRegistry (redeploy with `cohort chain deploy`)")
	}
	return &SubnetRegistry{c: c, addr: addr, abi: bindings.NewSubnetRegistry()}, nil
}

// Address returns the registry's address.
func (r *SubnetRegistry) Address() common.Address { return r.addr }

func (r *SubnetRegistry) send(ctx context.Context, from *Account, data []byte, what string) (*types.Receipt, error) {
	rc, err := r.c.Send(ctx, from, Tx{To: r.addr, Data: data, What: what})
	return rc, extraRevert(err)
}

func (r *SubnetRegistry) call(ctx context.Context, data []byte, what string) ([]byte, error) {
	out, err := r.c.Call(ctx, r.addr, data, what)
	return out, extraRevert(err)
}

// CreateAction is the call that creates subnet s, for a DAO proposal (the timelock holds the
// SUBNET_ADMIN role once DeploySuite has handed the roles over).
func (r *SubnetRegistry) CreateAction(ctx context.Context, s Subnet) (Tx, error) {
	if err := r.fillScheduler(ctx, &s); err != nil {
		return Tx{}, err
	}
	return Tx{To: r.addr, Data: r.abi.PackCreate(s.binding()), What: "create subnet " + s.Name}, nil
}

// IsSubnetAdmin says whether who holds the SUBNET_ADMIN role.
func (r *SubnetRegistry) IsSubnetAdmin(ctx context.Context, who common.Address) (bool, error) {
	return r.c.HasRole(ctx, r.addr, "SUBNET_ADMIN_ROLE", who)
}

// Create creates an active subnet (SUBNET_ADMIN role) and returns its id. A training subnet's
// Scheduler, when zero, is the market's scheduler under SchedulerID.
func (r *SubnetRegistry) Create(ctx context.Context, from *Account, s Subnet) (uint64, *types.Receipt, error) {
	if err := r.fillScheduler(ctx, &s); err != nil {
		return 0, nil, err
	}
	rc, err := r.send(ctx, from, r.abi.PackCreate(s.binding()), "create subnet")
	if err != nil {
		return 0, rc, err
	}
	for _, l := range rc.Logs {
		if ev, err := r.abi.UnpackSubnetCreatedEvent(l); err == nil && l.Address == r.addr {
			return ev.SubnetId.Uint64(), rc, nil
		}
	}
	return 0, rc, cohort.Errorf(cohort.EInternal, "create subnet: no SubnetCreated event")
}

// Update rewrites a subnet's standard (SUBNET_ADMIN role); its kind and status stay.
func (r *SubnetRegistry) Update(ctx context.Context, from *Account, id uint64, s Subnet) (*types.Receipt, error) {
	if err := r.fillScheduler(ctx, &s); err != nil {
		return nil, err
	}
	return r.send(ctx, from, r.abi.PackUpdate(new(big.Int).SetUint64(id), s.binding()), "update subnet")
}

func (r *SubnetRegistry) fillScheduler(ctx context.Context, s *Subnet) error {
	if err := s.Validate(); err != nil {
		return err
	}
	if s.Kind != SubnetTraining || s.Scheduler != (common.Address{}) {
		return nil
	}
	out, err := r.c.Call(ctx, r.c.Suite().Market, r.c.k.market.PackSchedulers(s.SchedulerID), "market scheduler")
	if err != nil {
		return err
	}
	s.Scheduler, err = r.c.k.market.UnpackSchedulers(out)
	return err
}

// SetStatus pauses ("paused"), resumes ("active") or retires ("retired") a subnet (SUBNET_ADMIN role).
func (r *SubnetRegistry) SetStatus(ctx context.Context, from *Account, id uint64, status string) (*types.Receipt, error) {
	for k, name := range subnetStatuses {
		if name == status {
			return r.send(ctx, from, r.abi.PackSetStatus(new(big.Int).SetUint64(id), k), "set subnet status")
		}
	}
	return nil, cohort.Errorf(cohort.EInvalid, "subnet status %q: want active, paused or retired", status)
}

// Attach binds an open task to a training subnet (the task's publisher; the task's scheduler must be
// the subnet's).
func (r *SubnetRegistry) Attach(ctx context.Context, from *Account, taskID *big.Int, subnetID uint64) (*types.Receipt, error) {
	return r.send(ctx, from, r.abi.PackAttach(taskID, new(big.Int).SetUint64(subnetID)), "attach task to subnet")
}

// Get reads one subnet (cohort.ENotFound when unknown).
func (r *SubnetRegistry) Get(ctx context.Context, id uint64) (Subnet, error) {
	out, err := r.call(ctx, r.abi.PackSubnet(new(big.Int).SetUint64(id)), "subnet")
	if err != nil {
		return Subnet{}, err
	}
	b, err := r.abi.UnpackSubnet(out)
	if err != nil {
		return Subnet{}, fmt.Errorf("decode subnet: %w", err)
	}
	return subnetFrom(id, b), nil
}

// List reads every subnet, by id.
func (r *SubnetRegistry) List(ctx context.Context) ([]Subnet, error) {
	out, err := r.call(ctx, r.abi.PackSubnetCount(), "subnet count")
	if err != nil {
		return nil, err
	}
	n, err := r.abi.UnpackSubnetCount(out)
	if err != nil {
		return nil, fmt.Errorf("decode subnet count: %w", err)
	}
	list := make([]Subnet, 0, n.Uint64())
	for id := uint64(1); id <= n.Uint64(); id++ {
		s, err := r.Get(ctx, id)
		if err != nil {
			return nil, err
		}
		list = append(list, s)
	}
	return list, nil
}

// ByName returns the subnet with this name (cohort.ENotFound when none).
func (r *SubnetRegistry) ByName(ctx context.Context, name string) (Subnet, error) {
	list, err := r.List(ctx)
	if err != nil {
		return Subnet{}, err
	}
	for _, s := range list {
		if s.Name == name {
			return s, nil
		}
	}
	return Subnet{}, cohort.Errorf(cohort.ENotFound, "no subnet named %q", name)
}

// SubnetOfTask returns the subnet a task is attached to (0: none).
func (r *SubnetRegistry) SubnetOfTask(ctx context.Context, taskID *big.Int) (uint64, error) {
	out, err := r.call(ctx, r.abi.PackSubnetOfTask(taskID), "subnet of task")
	if err != nil {
		return 0, err
	}
	id, err := r.abi.UnpackSubnetOfTask(out)
	if err != nil {
		return 0, fmt.Errorf("decode subnet of task: %w", err)
	}
	return id.Uint64(), nil
}

// TaskTerms is what a task document states that its subnet standardizes.
type TaskTerms struct {
	SchemaID    common.Hash // the task's data schema id (zero when the task names none)
	Strategy    string      // the task's aggregation strategy
	SchedulerID uint8
}

// CheckTask compares a task's terms with its subnet: the error names the first disagreement
// (cohort.EInvalid), or the subnet's state when it takes no tasks (cohort.EConflict). Publishers run
// it before publishing; nodes before bidding on a task attached to a subnet.
func (s Subnet) CheckTask(t TaskTerms) error {
	switch {
	case s.Kind != SubnetTraining:
		return cohort.Errorf(cohort.EInvalid, "subnet %d (%s) is an %s subnet, not a training one", s.ID, s.Name, s.Kind)
	case s.Status != "active":
		return cohort.Errorf(cohort.EConflict, "subnet %d (%s) is %s", s.ID, s.Name, s.Status)
	case t.SchemaID != s.SchemaID:
		return cohort.Errorf(cohort.EInvalid, "task schema %s, but subnet %s standardizes %s", t.SchemaID.Hex(), s.Name, s.SchemaID.Hex())
	case t.Strategy != s.Strategy:
		return cohort.Errorf(cohort.EInvalid, "task strategy %q, but subnet %s standardizes %q", t.Strategy, s.Name, s.Strategy)
	case t.SchedulerID != s.SchedulerID:
		return cohort.Errorf(cohort.EInvalid, "task scheduler %d, but subnet %s standardizes %d", t.SchedulerID, s.Name, s.SchedulerID)
	}
	return nil
}

// SetSubnets points the oracle at the suite's SubnetRegistry (admin).
func (o *InferenceOracle) SetSubnets(ctx context.Context, from *Account, registry common.Address) (*types.Receipt, error) {
	return o.send(ctx, from, o.abi.PackSetSubnets(registry), "set oracle subnets")
}

// SetModelSubnet places a registered model in an inference subnet whose vk hash is the model id
// (registrar role); requests for the model are then refused whenever the subnet stops agreeing.
func (o *InferenceOracle) SetModelSubnet(ctx context.Context, from *Account, modelID common.Hash, subnetID uint64) (*types.Receipt, error) {
	return o.send(ctx, from, o.abi.PackSetModelSubnet(modelID, new(big.Int).SetUint64(subnetID)), "set model subnet")
}

// ModelSubnet returns the subnet a model serves in (0: none).
func (o *InferenceOracle) ModelSubnet(ctx context.Context, modelID common.Hash) (uint64, error) {
	out, err := o.call(ctx, o.abi.PackSubnetOf(modelID), "model subnet")
	if err != nil {
		return 0, err
	}
	id, err := o.abi.UnpackSubnetOf(out)
	if err != nil {
		return 0, fmt.Errorf("decode model subnet: %w", err)
	}
	return id.Uint64(), nil
}
