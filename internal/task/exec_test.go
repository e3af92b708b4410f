package task

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cohort-net/cohort"
)

func TestExampleExecTasksParse(t *testing.T) {
	for _, name := range []string{"digits-torch.toml", "digits-numpy.toml"} {
		path := filepath.Join("..", "..", "examples", "exec", name)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		f, err := ParseWith(data, os.ReadFile)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		e := f.Executor
		if e == nil || e.Epochs != 8 || e.Model != "model.f32" || e.Inputs[0].File == "" || e.Limits.MemoryMB == 0 {
			t.Fatalf("%s: executor %+v", name, e)
		}
		// A document nodes read needs every input by CID.
		if err := e.Validate(true); cohort.Code(err) != cohort.EInvalid {
			t.Fatalf("%s: unresolved inputs accepted: %v", name, err)
		}
	}
}

func TestExecValidate(t *testing.T) {
	good := func() *Exec {
		e := &Exec{Command: []string{"python3", "train.py"}, Outputs: []string{"m", "j"}, Model: "m", Metrics: "j",
			Data: ExecData{Name: "train.csv"}, Inputs: []ExecInput{{Name: "train.py", CID: "bafk"}}}
		e.fill()
		return e
	}
	if err := good().Validate(true); err != nil {
		t.Fatal(err)
	}
	for name, mutate := range map[string]func(e *Exec){
		"no command":         func(e *Exec) { e.Command = nil },
		"path input":         func(e *Exec) { e.Inputs[0].Name = "../../keys/key.json" },
		"path output":        func(e *Exec) { e.Outputs[0] = "/etc/passwd"; e.Model = "/etc/passwd" },
		"input named twice":  func(e *Exec) { e.Inputs = append(e.Inputs, ExecInput{Name: "train.csv", CID: "x"}) },
		"model not output":   func(e *Exec) { e.Model = "other" },
		"no memory":          func(e *Exec) { e.Limits.MemoryMB = 1 },
		"endless wall time":  func(e *Exec) { e.Limits.WallTime = 48 * 3600e9 },
		"too many epochs":    func(e *Exec) { e.Epochs = MaxExecEpochs + 1 },
		"env without equals": func(e *Exec) { e.Env = []string{"PATH"} },
	} {
		e := good()
		mutate(e)
		if err := e.Validate(true); cohort.Code(err) != cohort.EInvalid || !strings.Contains(err.Error(), "executor") {
			t.Errorf("%s: %v", name, err)
		}
	}
}
