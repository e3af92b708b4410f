// Package executor runs a task's own training script (bring your own script: `python3 train.py`, any
// framework) container-free on a node, under the limits the task names.
//
// Each run gets a working directory of its own under the runner's directory, holding only the run's
// declared inputs (RunAssignment opens a data set sealed to the node, SealShards, straight into it)
// and, after the run, its declared outputs. The script starts through a small init (this binary
// re-executed, Init) in new user, mount, network, PID, IPC and UTS namespaces: no network interface
// but a loopback of its own (no route to the host, the internet or other nodes), a private /proc that
// shows only its own processes, and the runner's hidden directories (the node's data directory with
// its keys, /tmp, the other runs' working directories) covered by empty file systems, its own working
// directory bound back on top. The init sets RLIMIT_CPU, RLIMIT_AS, RLIMIT_FSIZE (the output limit,
// per file) and RLIMIT_CORE 0, gives the script a clean environment and execs it. The runner kills the
// namespace's first process at the wall-clock limit, which takes every process of the namespace with
// it (forked children, sleepers, daemons), and sums what the script wrote against the output limit.
//
// A run over a limit ends in a *LimitError naming the limit (wall_time, cpu_time, memory, output_size),
// and its outputs are never returned: a caller commits outputs only from a successful Result. When
// the kernel refuses the namespaces the runner refuses to run (ErrNoSandbox): it never runs a script
// with the network.
//
// The script's user is the node's own (root of its user namespace maps to it, and to nothing else):
// files that user may read outside the hidden directories stay readable to the script, so a node runs
// under a user of its own, never as root, and lists in Config.Hide every directory with its secrets.
//
// A binary that runs scripts calls Init first thing in main (and a test binary in TestMain): the child
// started with Init's argument becomes the init and never returns.
package executor
