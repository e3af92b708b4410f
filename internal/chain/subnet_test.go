package chain

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func trainingSubnet() Subnet {
	return Subnet{Name: "breast-cancer", Kind: SubnetTraining, SchedulerID: SchedulerLowestPrice,
		SchemaID: common.HexToHash("0x02"), ModelCID: "bafy-model-spec", Strategy: "fedavg", Params: `{"rounds":5}`}
}

// TestSubnetCreateAttach: the subnet admin creates a training subnet; the publisher of an open task
// whose scheduler is the subnet's attaches it; a stranger, a second attach, another scheduler, a paused
// subnet and a non-admin creator are refused with their custom errors.
func TestSubnetCreateAttach(t *testing.T) {
	f := newFixture(t, 1, DeployParams{})
	reg, err := f.c.Subnets()
	f.must("subnets", err)
	id, _, err := reg.Create(f.ctx, f.admin, trainingSubnet())
	f.must("create", err)
	got, err := reg.Get(f.ctx, id)
	f.must("get", err)
	if got.Status != "active" || got.Scheduler != f.suite.LowestPrice || got.Strategy != "fedavg" || got.Kind != SubnetTraining {
		t.Fatalf("subnet %+v", got)
	}
	// Only SUBNET_ADMIN creates: the publisher (a token holder, not the DAO) cannot.
	_, _, err = reg.Create(f.ctx, f.pub, trainingSubnet())
	f.wantRevert(err, "AccessControlUnauthorizedAccount")

	task := f.publish(f.spec(Tokens(100)))
	// A stranger cannot bind someone else's task.
	_, err = reg.Attach(f.ctx, f.trs[0], task, id)
	f.wantRevert(err, "NotTaskPublisher")
	_, err = reg.Attach(f.ctx, f.pub, task, id)
	f.must("attach", err)
	if sn, _ := reg.SubnetOfTask(f.ctx, task); sn != id {
		t.Fatalf("subnet of task %d, want %d", sn, id)
	}
	_, err = reg.Attach(f.ctx, f.pub, task, id)
	f.wantRevert(err, "TaskAlreadyAttached")

	// A task selecting with another scheduler cannot join the subnet.
	spec := f.spec(Tokens(100))
	spec.Scheduler = SchedulerReputationWeighted
	other := f.publish(spec)
	_, err = reg.Attach(f.ctx, f.pub, other, id)
	f.wantRevert(err, "SchedulerMismatch")

	// A paused subnet takes no tasks.
	_, err = reg.SetStatus(f.ctx, f.admin, id, "paused")
	f.must("pause", err)
	third := f.publish(f.spec(Tokens(100)))
	_, err = reg.Attach(f.ctx, f.pub, third, id)
	f.wantRevert(err, "SubnetNotActive")

	list, err := reg.List(f.ctx)
	f.must("list", err)
	if len(list) != 1 || list[0].Status != "paused" {
		t.Fatalf("list %+v", list)
	}
}

// TestSubnetCheckTask: a task document disagreeing with its subnet in schema, strategy or scheduler is
// refused, as is any task for a paused subnet.
func TestSubnetCheckTask(t *testing.T) {
	s := trainingSubnet()
	s.ID, s.Status = 1, "active"
	ok := TaskTerms{SchemaID: s.SchemaID, Strategy: "fedavg", SchedulerID: SchedulerLowestPrice}
	if err := s.CheckTask(ok); err != nil {
		t.Fatal(err)
	}
	for name, tt := range map[string]TaskTerms{
		"schema":    {SchemaID: common.HexToHash("0x03"), Strategy: "fedavg"},
		"strategy":  {SchemaID: s.SchemaID, Strategy: "median"},
		"scheduler": {SchemaID: s.SchemaID, Strategy: "fedavg", SchedulerID: SchedulerReputationWeighted},
	} {
		if err := s.CheckTask(tt); err == nil {
			t.Errorf("%s: a disagreeing task passed", name)
		}
	}
	s.Status = "paused"
	if err := s.CheckTask(ok); err == nil {
		t.Error("a paused subnet took a task")
	}
}

// TestSubnetInferenceModelCheck: a model is placed in an inference subnet only when its id is the
// subnet's vk hash; once placed, its requests are refused when the subnet is paused or its vk hash
// changes (the attacker: a registrar swapping in a model whose circuit the subnet did not standardize).
func TestSubnetInferenceModelCheck(t *testing.T) {
	f := newFixture(t, 0, DeployParams{})
	o, err := f.c.DeployOracle(f.ctx, f.admin, common.Address{})
	f.must("deploy oracle", err)
	reg, err := f.c.Subnets()
	f.must("subnets", err)
	_, err = o.SetSubnets(f.ctx, f.admin, reg.Address())
	f.must("set subnets", err)
	verifier := f.suite.Token // any contract: no request here is fulfilled
	model, rogue := common.HexToHash("0x1234"), common.HexToHash("0x5678")
	for _, m := range []common.Hash{model, rogue} {
		_, err = o.RegisterModel(f.ctx, f.admin, m, verifier, 2, 16, f.admin.Addr)
		f.must("register model", err)
	}
	sn, _, err := reg.Create(f.ctx, f.admin, Subnet{Name: "logreg", Kind: SubnetInference, VKHash: model, ModelCID: "bafy-logreg"})
	f.must("create inference subnet", err)

	_, err = o.SetModelSubnet(f.ctx, f.admin, rogue, sn)
	f.wantRevert(err, "SubnetMismatch")
	_, err = o.SetModelSubnet(f.ctx, f.admin, model, sn)
	f.must("set model subnet", err)
	req := InferenceRequest{ModelID: model, InputCommit: common.HexToHash("0x99")}
	_, _, _, err = o.Request(f.ctx, f.pub, req)
	f.must("request in subnet", err)

	_, err = reg.SetStatus(f.ctx, f.admin, sn, "paused")
	f.must("pause", err)
	_, _, _, err = o.Request(f.ctx, f.pub, req)
	f.wantRevert(err, "SubnetMismatch")
	_, err = reg.SetStatus(f.ctx, f.admin, sn, "active")
	f.must("resume", err)
	// The DAO re-standardizes the subnet on another circuit: the old model is out.
	_, err = reg.Update(f.ctx, f.admin, sn, Subnet{Name: "logreg", Kind: SubnetInference, VKHash: rogue, ModelCID: "bafy-logreg-2"})
	f.must("update", err)
	_, _, _, err = o.Request(f.ctx, f.pub, req)
	f.wantRevert(err, "SubnetMismatch")
	if got, _ := o.ModelSubnet(f.ctx, model); got != sn {
		t.Fatalf("model subnet %d", got)
	}
}
