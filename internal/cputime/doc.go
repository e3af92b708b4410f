// Package cputime reads the CPU-time clocks of the calling thread and of the process (Linux; 0
// elsewhere). Measurements report them beside wall time, because on a shared machine wall time also
// counts other processes' work.
package cputime
