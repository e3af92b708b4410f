package task

import (
	"strings"

	"github.com/cohort-net/cohort"
)

// Exec is a task that runs the publisher's own script on the selected nodes ([executor]), container
// free, under its limits (internal/executor). Each epoch every selected node runs Command once on its
// shard of the publisher's data, starting from the global model; the coordinator averages the Model
// outputs, weighted by the samples each run reports in Metrics, into the next global model, which it
// stores by CID and commits as that epoch's round.
type Exec struct {
	Command []string    `toml:"command" json:"command"` // e.g. ["python3", "train.py"]
	Inputs  []ExecInput `toml:"inputs" json:"inputs,omitempty"`
	Data    ExecData    `toml:"data" json:"data"`
	Outputs []string    `toml:"outputs" json:"outputs"`
	// Model is the output averaged each epoch (little-endian float32 values, one flat vector), given
	// back to the next epoch's runs as an input of the same name; Metrics the output holding the run's
	// JSON metrics (samples, loss, accuracy).
	Model   string     `toml:"model" json:"model"`
	Metrics string     `toml:"metrics" json:"metrics"`
	Epochs  int        `toml:"epochs" json:"epochs"`
	Env     []string   `toml:"env" json:"env,omitempty"` // KEY=VALUE for the script
	Limits  ExecLimits `toml:"limits" json:"limits"`
}

// ExecInput is a file of the script's working directory named by CID; a task file may name a local
// file instead, which `cohort task submit` stores and replaces by its CID.
type ExecInput struct {
	Name string `toml:"name" json:"name"`
	CID  string `toml:"cid" json:"cid,omitempty"`
	File string `toml:"file" json:"-"`
}

// ExecData is the publisher's data set: each selected node gets its shard, sealed to its key, as the
// file Name. File is the publisher's local copy (the dry run runs on its first shard).
type ExecData struct {
	Name string `toml:"name" json:"name"`
	File string `toml:"file" json:"-"`
}

// ExecLimits are a run's limits (per node and epoch).
type ExecLimits struct {
	CPUTime  Duration `toml:"cpu_time" json:"cpu_time"`
	WallTime Duration `toml:"wall_time" json:"wall_time"`
	MemoryMB int      `toml:"memory_mb" json:"memory_mb"`
	OutputMB int      `toml:"output_mb" json:"output_mb"`
}

// Exec limits' bounds and defaults.
const (
	MaxExecEpochs      = 1000
	DefaultExecCPU     = Duration(10 * 60e9)
	DefaultExecWall    = Duration(15 * 60e9)
	DefaultExecMemory  = 4096
	DefaultExecOutput  = 64
	maxExecMemoryMB    = 1 << 20
	maxExecOutputMB    = 4096
	maxExecTime        = Duration(24 * 3600e9)
	maxExecFiles       = 64
	maxExecCommandArgs = 64
)

func (e *Exec) fill() {
	l := &e.Limits
	l.CPUTime = pick(l.CPUTime, DefaultExecCPU)
	l.WallTime = pick(l.WallTime, DefaultExecWall)
	l.MemoryMB = pick(l.MemoryMB, DefaultExecMemory)
	l.OutputMB = pick(l.OutputMB, DefaultExecOutput)
	e.Epochs = pick(e.Epochs, 1)
}

// plainName accepts a file name without directories.
func plainName(s string) bool {
	return s != "" && s != "." && s != ".." && len(s) <= 255 && !strings.ContainsAny(s, "/\x00")
}

// Validate checks the executor section; resolved requires every input named by CID (a document nodes
// read), otherwise a local file may stand in.
func (e *Exec) Validate(resolved bool) error {
	bad := func(format string, args ...any) error {
		return cohort.Errorf(cohort.EInvalid, "task file: executor."+format, args...)
	}
	l := e.Limits
	switch {
	case len(e.Command) == 0 || e.Command[0] == "" || len(e.Command) > maxExecCommandArgs:
		return bad("command: want a program and at most %d arguments", maxExecCommandArgs-1)
	case len(e.Inputs) > maxExecFiles || len(e.Outputs) > maxExecFiles:
		return bad("inputs, outputs: at most %d each", maxExecFiles)
	case e.Epochs < 1 || e.Epochs > MaxExecEpochs:
		return bad("epochs %d: want 1..%d", e.Epochs, MaxExecEpochs)
	case l.CPUTime <= 0 || l.CPUTime > maxExecTime || l.WallTime <= 0 || l.WallTime > maxExecTime:
		return bad("limits: cpu_time and wall_time want 0..24h")
	case l.MemoryMB < 64 || l.MemoryMB > maxExecMemoryMB || l.OutputMB < 1 || l.OutputMB > maxExecOutputMB:
		return bad("limits: memory_mb 64..%d, output_mb 1..%d", maxExecMemoryMB, maxExecOutputMB)
	case !plainName(e.Data.Name):
		return bad("data.name %q: want a plain file name", e.Data.Name)
	}
	names := map[string]bool{e.Data.Name: true}
	for _, in := range e.Inputs {
		switch {
		case !plainName(in.Name) || names[in.Name]:
			return bad("inputs: name %q: want a plain file name, used once", in.Name)
		case in.CID == "" && (resolved || in.File == ""):
			return bad("inputs: %s: want a cid (or, in a task file, a file)", in.Name)
		}
		names[in.Name] = true
	}
	outs := map[string]bool{}
	for _, o := range e.Outputs {
		if !plainName(o) || outs[o] {
			return bad("outputs: name %q: want a plain file name, used once", o)
		}
		outs[o] = true
	}
	if !outs[e.Model] || !outs[e.Metrics] || e.Model == e.Metrics {
		return bad("model %q and metrics %q: want two of the outputs", e.Model, e.Metrics)
	}
	for _, kv := range e.Env {
		if k, _, ok := strings.Cut(kv, "="); !ok || k == "" || strings.ContainsAny(kv, "\x00") {
			return bad("env %q: want KEY=VALUE", kv)
		}
	}
	return nil
}
