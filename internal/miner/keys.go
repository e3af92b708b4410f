package miner

import (
	"fmt"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/zk"
)

// Registered is a model as the subnet's nodes hold it: the quantized model, its circuit, its keys
// and its model id. Miners need the proving key; validators only the verifying key.
type Registered struct {
	Model   *zk.QModel
	Circuit *zk.Compiled
	PK      *zk.ProvingKey // nil unless loaded withPK
	VK      *zk.VerifyingKey
	ModelID zk.Element
}

// LoadRegistered reads a key directory (zk.SaveKeys: circuit.json, pk.bin, vk.bin), recompiles the
// circuit when withPK (a prover needs it) and checks that the keys give the model id the directory
// records.
func LoadRegistered(dir string, withPK bool) (*Registered, error) {
	cf, pk, vk, err := zk.LoadKeys(dir, withPK)
	if err != nil {
		return nil, fmt.Errorf("key directory %s: %w", dir, err)
	}
	r := &Registered{Model: cf.Model, PK: pk, VK: vk, ModelID: cf.ModelID}
	if cf.IDIsKeyHash() {
		id, err := zk.ModelIDFromVK(vk)
		if err != nil {
			return nil, err
		}
		if id != cf.ModelID {
			return nil, cohort.Errorf(cohort.EInvalid, "key directory %s: verifying key hashes to %s, circuit.json names model %s", dir, id, cf.ModelID)
		}
	}
	if withPK {
		if r.Circuit, err = zk.CompileWith(cf.Model, cf.Options()); err != nil {
			return nil, fmt.Errorf("compile %s: %w", dir, err)
		}
		if id, err := r.Circuit.ModelID(vk); err != nil || id != cf.ModelID {
			return nil, cohort.Errorf(cohort.EInvalid, "key directory %s: the circuit's model id %s is not %s (%v)", dir, id, cf.ModelID, err)
		}
	}
	return r, nil
}
